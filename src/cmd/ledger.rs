//! The ledger commands: `track`, `log`, `show`, `sources`, `verdict`, `export`, `check`.

use std::process::ExitCode;

use anyhow::{bail, Result};

use super::extract::MetaArgs;

/// Where the ledger is.
#[derive(Debug, Clone, clap::Args)]
pub struct StoreArgs {
    /// The ledger folder.
    #[arg(long, env = "CLAIMS_STORE", default_value = "claims", value_name = "DIR")]
    pub store: std::path::PathBuf,
}

/// `track` arguments.
#[derive(Debug, clap::Args)]
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
}

/// `log` arguments.
#[derive(Debug, clap::Args)]
pub struct LogArgs {
    /// The story.
    pub story: String,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `show` arguments.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The claim id (`c-…`).
    pub claim: String,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `sources` arguments.
#[derive(Debug, clap::Args)]
pub struct SourcesArgs {
    /// Only this story.
    #[arg(long)]
    pub story: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `verdict` arguments.
#[derive(Debug, clap::Args)]
pub struct VerdictArgs {
    /// The claim id (`c-…`).
    pub claim: String,
    /// The rating.
    #[arg(long)]
    pub rating: String,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `export` arguments.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Only this story.
    #[arg(long)]
    pub story: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `check` arguments.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub store: StoreArgs,
}

fn not_yet() -> Result<ExitCode> {
    bail!("the ledger is not available in this build")
}

/// Runs `track`.
pub fn track(_a: TrackArgs) -> Result<ExitCode> {
    not_yet()
}
/// Runs `log`.
pub fn log(_a: LogArgs) -> Result<ExitCode> {
    not_yet()
}
/// Runs `show`.
pub fn show(_a: ShowArgs) -> Result<ExitCode> {
    not_yet()
}
/// Runs `sources`.
pub fn sources(_a: SourcesArgs) -> Result<ExitCode> {
    not_yet()
}
/// Runs `verdict`.
pub fn verdict(_a: VerdictArgs) -> Result<ExitCode> {
    not_yet()
}
/// Runs `export`.
pub fn export(_a: ExportArgs) -> Result<ExitCode> {
    not_yet()
}
/// Runs `check`.
pub fn check(_a: CheckArgs) -> Result<ExitCode> {
    not_yet()
}
