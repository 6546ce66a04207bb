//! The files of a store and the reports of the read commands.
//!
//! Every map is a `BTreeMap` and every set a `BTreeSet`, so files are written
//! in a stable order and a `git diff` of the store shows only what changed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use claims_model::{Certainty, ChangeKind, ChangeType, Claim, Source, SourceKind};
use serde::{Deserialize, Serialize};

use crate::error::StoreError;

/// The name in `store.json`'s `format` field.
pub const FORMAT_NAME: &str = "claims-ledger";
/// The format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// `store.json`: marks a folder as a ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreInfo {
    /// Always `claims-ledger`.
    pub format: String,
    /// The format version.
    pub version: u32,
}

/// `stories/<slug>/story.json`: the versions of a story (also the JSON of `claims log`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The story name.
    pub story: String,
    /// Every tracked version, oldest first.
    pub versions: Vec<VersionInfo>,
}

/// One tracked version of a story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionInfo {
    /// 1 for the first version.
    pub version: u32,
    /// Publication date given when tracked.
    pub published: Option<NaiveDate>,
    /// When it was recorded (UTC, seconds).
    pub recorded: DateTime<Utc>,
    /// Number of claims (distinct ids) in this version.
    pub claims: usize,
    /// Claims new in this version.
    pub added: usize,
    /// Claims of the previous version gone from this one.
    pub removed: usize,
    /// Claims changed from the previous version.
    pub modified: usize,
    /// Claims kept as they were.
    pub unchanged: usize,
    /// The article id (content address of the text).
    pub article: String,
    /// The outlet given when tracked.
    pub outlet: Option<String>,
    /// The URL given when tracked.
    pub url: Option<String>,
}

impl VersionInfo {
    /// The date the version stands for: its publication date, else the day it was recorded.
    pub fn date(&self) -> NaiveDate {
        self.published.unwrap_or_else(|| self.recorded.date_naive())
    }
}

/// One claim change of a version (`changes.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeRecord {
    /// Added, removed or modified.
    pub change: ChangeType,
    /// What changed (for modified claims).
    pub kinds: Vec<ChangeKind>,
    /// False for cosmetic edits.
    pub substantive: bool,
    /// The claim id in this version (the old id for a removed claim).
    pub claim: String,
    /// The claim's id in the previous version, when it changed.
    pub from: Option<String>,
    /// The statement in this version (the old one for a removed claim).
    pub statement: String,
    /// The diff's one-line explanation.
    pub explanation: Option<String>,
}

/// Where and when a claim was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    /// The story.
    pub story: String,
    /// The version.
    pub version: u32,
    /// The version's date (published, else recorded).
    pub date: NaiveDate,
}

/// One step in the history of a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryRow {
    /// The version.
    pub version: u32,
    /// Added, removed, modified or unchanged in that version.
    pub change: ChangeType,
    /// What changed.
    pub kinds: Vec<ChangeKind>,
    /// The statement in that version.
    pub statement: String,
    /// The story.
    pub story: String,
    /// The version's date (published, else recorded).
    pub date: NaiveDate,
    /// The claim's id in that version.
    pub claim: String,
    /// The claim's id in the version before, when it changed.
    pub from: Option<String>,
    /// The speaker's name, `null` for the publisher's own assertion.
    pub speaker: Option<String>,
    /// The certainty in that version.
    pub certainty: Certainty,
    /// Whether the claim was negated in that version.
    pub negated: bool,
    /// The diff's explanation of a modification.
    pub explanation: Option<String>,
}

/// A fact-check rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rating {
    /// Accurate.
    True,
    /// Accurate but needs clarification.
    MostlyTrue,
    /// Partly accurate.
    HalfTrue,
    /// Has an element of truth but ignores facts that would give a different impression.
    MostlyFalse,
    /// Not accurate.
    False,
    /// Accurate in parts but presented so as to mislead.
    Misleading,
    /// Cannot be checked with the evidence available.
    Unverifiable,
}

impl Rating {
    /// Every rating, in the order shown to users.
    pub const ALL: [Rating; 7] = [
        Rating::True,
        Rating::MostlyTrue,
        Rating::HalfTrue,
        Rating::MostlyFalse,
        Rating::False,
        Rating::Misleading,
        Rating::Unverifiable,
    ];

    /// The name used on the command line and in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Rating::True => "true",
            Rating::MostlyTrue => "mostly-true",
            Rating::HalfTrue => "half-true",
            Rating::MostlyFalse => "mostly-false",
            Rating::False => "false",
            Rating::Misleading => "misleading",
            Rating::Unverifiable => "unverifiable",
        }
    }

    /// A label for people (`Mostly false`).
    pub fn label(&self) -> String {
        let s = self.as_str().replace('-', " ");
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    }

    /// Parses a rating name (case-insensitive; `_` and space accepted for `-`).
    pub fn parse(s: &str) -> Result<Rating, StoreError> {
        let norm = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Rating::ALL.into_iter().find(|r| r.as_str() == norm).ok_or_else(|| StoreError::BadRating {
            given: s.to_string(),
            valid: Rating::ALL.map(|r| r.as_str()).join(", "),
        })
    }
}

impl std::fmt::Display for Rating {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A fact-check verdict on a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// The rating.
    pub rating: Rating,
    /// Who reviewed it (a fact-checking desk or person).
    pub reviewer: Option<String>,
    /// Where the fact-check is published.
    pub url: Option<String>,
    /// When the verdict was given.
    pub date: NaiveDate,
    /// A short explanation.
    pub note: Option<String>,
}

/// One claim in the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimEntry {
    /// The latest statement of the claim.
    pub statement: String,
    /// Where the claim was first seen.
    pub first_seen: Seen,
    /// Where the claim was last present.
    pub last_seen: Seen,
    /// Stories the claim appeared in.
    pub stories: BTreeSet<String>,
    /// Every source that ever backed the claim.
    pub sources: BTreeSet<String>,
    /// The claim across versions, in the order recorded; for a claim whose id
    /// changed (a reworded claim), the rows of its earlier id come first.
    pub history: Vec<HistoryRow>,
    /// Verdicts, oldest first.
    pub verdicts: Vec<Verdict>,
}

/// A shard of the claim index: claim id → entry.
pub type ClaimShard = BTreeMap<String, ClaimEntry>;

/// One source in the registry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceEntry {
    /// Person, organization, outlet, post…
    pub kind: SourceKind,
    /// Canonical name.
    pub name: String,
    /// Social-media handle.
    pub handle: Option<String>,
    /// The source's URL.
    pub url: Option<String>,
    /// Role or title.
    pub role: Option<String>,
    /// Number of distinct claims it backs.
    pub claims: usize,
    /// Stories it appears in.
    pub stories: BTreeSet<String>,
    /// Earliest version date it appears in.
    pub first_seen: NaiveDate,
    /// Latest version date it appears in.
    pub last_seen: NaiveDate,
}

/// A shard of the source registry: source id → entry.
pub type SourceShard = BTreeMap<String, SourceEntry>;

/// One row of `claims sources`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRow {
    /// The source id.
    pub id: String,
    /// Person, organization, outlet, post…
    pub kind: SourceKind,
    /// Canonical name.
    pub name: String,
    /// Number of distinct claims it backs.
    pub claims: usize,
    /// Stories it appears in.
    pub stories: Vec<String>,
    /// Earliest version date (published, else recorded) it appears in.
    pub first_seen: NaiveDate,
    /// Latest version date it appears in.
    pub last_seen: NaiveDate,
    /// Social-media handle.
    pub handle: Option<String>,
    /// The source's URL.
    pub url: Option<String>,
    /// Role or title.
    pub role: Option<String>,
}

impl SourceRow {
    /// The row of a registry entry.
    pub fn new(id: &str, e: &SourceEntry) -> Self {
        SourceRow {
            id: id.to_string(),
            kind: e.kind,
            name: e.name.clone(),
            claims: e.claims,
            stories: e.stories.iter().cloned().collect(),
            first_seen: e.first_seen,
            last_seen: e.last_seen,
            handle: e.handle.clone(),
            url: e.url.clone(),
            role: e.role.clone(),
        }
    }
}

/// The JSON of `claims show`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShowReport {
    /// The claim as last recorded.
    pub claim: Claim,
    /// Stories it appeared in.
    pub stories: Vec<String>,
    /// The claim across versions.
    pub history: Vec<HistoryRow>,
    /// The sources backing it, as in the version it was last seen in.
    pub sources: Vec<Source>,
    /// Verdicts, oldest first.
    pub verdicts: Vec<Verdict>,
    /// Where it was first seen.
    pub first_seen: Seen,
    /// Where it was last present.
    pub last_seen: Seen,
}

/// What `track` did.
#[derive(Debug, Clone, PartialEq)]
pub enum TrackOutcome {
    /// A new version was recorded.
    Recorded {
        /// The manifest entry of the new version.
        version: VersionInfo,
        /// Its claim changes against the previous version.
        changes: Vec<ChangeRecord>,
    },
    /// The text is the same as the story's latest version: nothing recorded.
    Same {
        /// The latest version.
        version: u32,
    },
}

/// One claim whose extraction changed (`claims check`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckChange {
    /// The story.
    pub story: String,
    /// The version.
    pub version: u32,
    /// `added` (only in the new output), `removed` (only in the stored) or `modified`.
    pub change: ChangeType,
    /// The claim id.
    pub claim: String,
    /// The statement (stored one for removed and modified claims).
    pub statement: String,
    /// The new statement, for modified claims whose statement changed.
    pub new_statement: Option<String>,
    /// Top-level claim fields that differ (`certainty`, `span`, …), for modified claims.
    pub fields: Vec<String>,
}

/// The report of `claims check`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckReport {
    /// Stories checked.
    pub stories: usize,
    /// Versions re-extracted.
    pub versions: usize,
    /// Claims stored across those versions.
    pub claims: usize,
    /// Every claim whose output changed.
    pub changes: Vec<CheckChange>,
}
