//! Types of `claims diff` output.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Claim, Source};

/// Refers to one article version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DocRef {
    /// The article id.
    pub id: String,
    /// The published date of that version, if known.
    #[serde(default)]
    pub published: Option<chrono::NaiveDate>,
}

/// Whether a claim was added, removed, modified or kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeType {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both, changed.
    Modified,
    /// In both, the same.
    Unchanged,
}

/// What about a modified claim changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Negation flipped.
    Negation,
    /// A number changed.
    Number,
    /// Speaker added, dropped or changed; cue changed.
    Attribution,
    /// Certainty changed (planned → asserted).
    Certainty,
    /// The resolved date changed.
    Date,
    /// A backing source (post, link) added or removed.
    Source,
    /// Other wording.
    Wording,
    /// The claim moved to another place in the article.
    Moved,
}

/// One operation of a word-level diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WordOpKind {
    /// In both.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

/// One run of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct WordOp {
    /// Equal, delete or insert.
    pub op: WordOpKind,
    /// The words, with their white space.
    pub text: String,
}

/// One claim-level change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    /// Added, removed, modified or unchanged.
    pub change: ChangeType,
    /// What changed, most serious first.
    pub kinds: Vec<ChangeKind>,
    /// False for cosmetic edits.
    pub substantive: bool,
    /// The claim in the old version.
    pub old: Option<Claim>,
    /// The claim in the new version.
    pub new: Option<Claim>,
    /// Matcher similarity of old and new, 0..1 (0 for added/removed).
    pub similarity: f64,
    /// One line a reviewer reads.
    pub explanation: String,
    /// Word-level diff of the claim texts.
    pub word_diff: Vec<WordOp>,
}

/// Sources that appear or disappear between versions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SourceChanges {
    /// Only in the new version.
    pub added: Vec<Source>,
    /// Only in the old version.
    pub removed: Vec<Source>,
}

/// Counts of changes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Summary {
    /// Claims only in the new version.
    pub added: usize,
    /// Claims only in the old version.
    pub removed: usize,
    /// Claims in both, changed.
    pub modified: usize,
    /// Claims in both, the same.
    pub unchanged: usize,
}

/// The output of `claims diff`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DiffReport {
    /// The old version.
    pub old: DocRef,
    /// The new version.
    pub new: DocRef,
    /// Claim-level changes, most serious first.
    pub changes: Vec<Change>,
    /// Sources added and removed.
    pub sources: SourceChanges,
    /// Counts.
    pub summary: Summary,
}
