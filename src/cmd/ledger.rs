//! The ledger commands: `track`, `log`, `show`, `sources`, `verdict`, `export`, `check`.
//!
//! The store is `./claims` unless `--store DIR` or `CLAIMS_STORE` says
//! otherwise. Read commands never create it: a missing folder is an error; a
//! folder with no story yet gives empty results (`sources`, `export`,
//! `check`). Times come from the clock, or from `SOURCE_DATE_EPOCH` (seconds
//! since 1970) when set, so that a regenerated ledger is byte-identical.

use std::process::ExitCode;

use anyhow::{bail, Result};
use chrono::{DateTime, Utc};
use claims_store::{render, Rating, Store, TrackOutcome, Verdict};
use clap::ValueEnum;

use super::extract::MetaArgs;
use crate::{input, output};

/// Where the ledger is.
#[derive(Debug, Clone, clap::Args)]
pub struct StoreArgs {
    /// The ledger folder; `track` creates it, the other commands need it to exist.
    #[arg(long, env = "CLAIMS_STORE", default_value = "claims", value_name = "DIR")]
    pub store: std::path::PathBuf,
}

impl StoreArgs {
    fn open(&self) -> Store {
        Store::new(&self.store)
    }
}

/// Output formats of the ledger's read commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// The SPEC document.
    Json,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// schema.org ClaimReview JSON-LD: a JSON array, one review per verdict.
    Claimreview,
}

/// `track` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = "Extracts the claims of FILE, diffs them against the story's latest version and records
the new version (text, extraction, changes) in the ledger, in one atomic, locked write.
Tracking the same text as the latest version again records nothing.

Examples:
  claims track v1.txt --story central-asia --published 2023-11-09
  claims track v2.txt --story central-asia --published 2023-11-10 --url https://example.com/a")]
pub struct TrackArgs {
    /// The article version: a file path, or - for standard input.
    pub file: String,
    /// The story this version belongs to (letters, digits, `-`, `_`, `.`).
    #[arg(long)]
    pub story: String,
    #[command(flatten)]
    pub meta: MetaArgs,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Output format of the summary.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// `log` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claims log central-asia
  claims log central-asia --format json")]
pub struct LogArgs {
    /// The story.
    pub story: String,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// `show` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claims show c-0123456789ab
  claims show c-0123456789ab --format json")]
pub struct ShowArgs {
    /// The claim id (`c-…`).
    pub claim: String,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// `sources` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = "Sources with the most claims come first. An empty ledger gives an empty list.

Examples:
  claims sources
  claims sources --story central-asia --format json")]
pub struct SourcesArgs {
    /// Only this story (claims counted within it).
    #[arg(long)]
    pub story: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// `verdict` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = "Ratings: true, mostly-true, half-true, mostly-false, false, misleading, unverifiable.

Examples:
  claims verdict c-0123456789ab --rating misleading --reviewer \"Fact desk\" --url https://example.org/check/1")]
pub struct VerdictArgs {
    /// The claim id (`c-…`).
    pub claim: String,
    /// The rating: true, mostly-true, half-true, mostly-false, false, misleading or unverifiable.
    #[arg(long)]
    pub rating: String,
    /// Who reviewed the claim (a fact-checking desk or person).
    #[arg(long, value_name = "NAME")]
    pub reviewer: Option<String>,
    /// Where the fact-check is published (http or https).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// A short explanation of the verdict.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// The verdict's date (default today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `export` arguments.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Prints a JSON array with one schema.org ClaimReview per verdict (an empty array when there is none).

Examples:
  claims export --format claimreview > reviews.jsonld
  claims export --story central-asia --format claimreview"
)]
pub struct ExportArgs {
    /// Only claims of this story.
    #[arg(long)]
    pub story: Option<String>,
    /// The export format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `check` arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = "Re-extracts every stored version with this build's extractor and lists the claims whose
output differs from what was recorded (added, removed, or modified with the fields that differ).
The ledger is not changed.

Exit status: 0 no claim changed, 1 some changed, 2 error (like diff).

Examples:
  claims check
  claims check --store claims --format json")]
pub struct CheckArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// The current time, or `SOURCE_DATE_EPOCH` when set.
fn now() -> Result<DateTime<Utc>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) if !s.trim().is_empty() => {
            let secs: i64 =
                s.trim().parse().map_err(|_| anyhow::anyhow!("SOURCE_DATE_EPOCH {s:?} is not a number of seconds"))?;
            DateTime::from_timestamp(secs, 0).ok_or_else(|| anyhow::anyhow!("SOURCE_DATE_EPOCH {s:?} is out of range"))
        }
        _ => Ok(Utc::now()),
    }
}

/// Runs `track`.
pub fn track(a: TrackArgs) -> Result<ExitCode> {
    claims_store::layout::check_slug(&a.story)?;
    let (text, ex) = super::extract::extract_file(&a.file, &a.meta)?;
    let store = a.store.open();
    let outcome = store.track(&a.story, &text, &ex, now()?)?;
    match a.format {
        Format::Text => output::print(&render::track(&a.story, &a.store.store.display().to_string(), &outcome))?,
        Format::Json => {
            let v = match &outcome {
                TrackOutcome::Recorded { version, changes } => {
                    serde_json::json!({"story": a.story, "recorded": true, "version": version, "changes": changes})
                }
                TrackOutcome::Same { version } => {
                    serde_json::json!({"story": a.story, "recorded": false, "version": {"version": version}, "changes": []})
                }
            };
            output::print_json(&v)?
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `log`.
pub fn log(a: LogArgs) -> Result<ExitCode> {
    let store = a.store.open();
    let m = store.log(&a.story)?;
    match a.format {
        Format::Json => output::print_json(&m)?,
        Format::Text => {
            let changes =
                m.versions.iter().map(|v| store.changes(&a.story, v.version)).collect::<Result<Vec<_>, _>>()?;
            output::print(&render::log(&m, &changes))?
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `show`.
pub fn show(a: ShowArgs) -> Result<ExitCode> {
    let r = a.store.open().show(&a.claim)?;
    match a.format {
        Format::Json => output::print_json(&r)?,
        Format::Text => output::print(&render::show(&r))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `sources`.
pub fn sources(a: SourcesArgs) -> Result<ExitCode> {
    let store = a.store.open();
    let rows = match &a.story {
        Some(s) => store.story_sources(s)?,
        None => store.sources()?,
    };
    match a.format {
        Format::Json => output::print_json(&rows)?,
        Format::Text => output::print(&render::sources(&rows))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `verdict`.
pub fn verdict(a: VerdictArgs) -> Result<ExitCode> {
    let rating = Rating::parse(&a.rating)?;
    claims_store::layout::check_claim_id(&a.claim)?;
    if let Some(u) = &a.url {
        if !(u.starts_with("https://") || u.starts_with("http://")) || u.contains(char::is_whitespace) {
            bail!("--url {u:?} is not an http or https URL");
        }
    }
    let date = match &a.date {
        Some(d) => input::parse_date("--date", d)?,
        None => now()?.date_naive(),
    };
    let clean = |s: &Option<String>| s.as_ref().map(|x| x.trim().to_string()).filter(|x| !x.is_empty());
    let v = Verdict { rating, reviewer: clean(&a.reviewer), url: clean(&a.url), date, note: clean(&a.note) };
    a.store.open().verdict(&a.claim, v)?;
    output::print(&format!("Recorded verdict {rating} on {} in {}.\n", a.claim, a.store.store.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `export`.
pub fn export(a: ExportArgs) -> Result<ExitCode> {
    match a.format {
        ExportFormat::Claimreview => {
            let reviewed = a.store.open().reviewed(a.story.as_deref())?;
            output::print_json(&claims_store::claimreview::claim_reviews(&reviewed))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `check`.
pub fn check(a: CheckArgs) -> Result<ExitCode> {
    let report = a.store.open().check(|text, article| {
        let opts = claims_extract::Options {
            published: article.published,
            outlet: article.outlet.clone(),
            url: article.url.clone(),
        };
        claims_extract::extract(text, &opts)
    })?;
    match a.format {
        Format::Json => output::print_json(&report)?,
        Format::Text => output::print(&render::check(&report))?,
    }
    Ok(if report.changes.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
