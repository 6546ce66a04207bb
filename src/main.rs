//! `claims`: attributable claims from news articles — extract them, diff
//! versions claim by claim, and keep a ledger of claims, sources and verdicts.

mod cmd;
mod input;
mod output;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Attributable claims from news articles.
///
/// Reads an article, turns its sentences into claims (who says what, with what
/// certainty, when, backed by which source), shows what changed between two
/// versions claim by claim, and keeps a ledger of tracked claims and verdicts.
#[derive(Debug, Parser)]
#[command(name = "claims", version, about, long_about = None, after_help = "Examples:
  claims segment article.txt
  claims extract article.txt --published 2023-11-09 --format text
  claims diff v1.txt v2.txt --format markdown
  claims track v1.txt --story central-asia --published 2023-11-09
  claims verdict c-0123456789ab --rating misleading --reviewer \"Desk\"")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Split an article into sentences (exact byte offsets).
    Segment(cmd::segment::Args),
    /// Extract claims, attributions and sources from one article.
    Extract(cmd::extract::Args),
    /// Show which claims changed between two versions of an article.
    Diff(cmd::diff::Args),
    /// Record a new version of a story in the ledger.
    Track(cmd::ledger::TrackArgs),
    /// History of a story: its versions and what changed in each.
    Log(cmd::ledger::LogArgs),
    /// One claim across versions: wording, certainty, attribution, sources, verdicts.
    Show(cmd::ledger::ShowArgs),
    /// The source registry across stories (kind, claims backed, first and last seen).
    Sources(cmd::ledger::SourcesArgs),
    /// Record a fact-check verdict for a claim.
    Verdict(cmd::ledger::VerdictArgs),
    /// Export verdicts as schema.org ClaimReview JSON-LD.
    Export(cmd::ledger::ExportArgs),
    /// Re-extract every stored version and report claims whose output changed.
    Check(cmd::ledger::CheckArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Segment(a) => cmd::segment::run(a),
        Command::Extract(a) => cmd::extract::run(a),
        Command::Diff(a) => cmd::diff::run(a),
        Command::Track(a) => cmd::ledger::track(a),
        Command::Log(a) => cmd::ledger::log(a),
        Command::Show(a) => cmd::ledger::show(a),
        Command::Sources(a) => cmd::ledger::sources(a),
        Command::Verdict(a) => cmd::ledger::verdict(a),
        Command::Export(a) => cmd::ledger::export(a),
        Command::Check(a) => cmd::ledger::check(a),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if output::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let msg = format!("{err:#}").replace('\n', " ");
            eprintln!("claims: {msg}");
            ExitCode::from(2)
        }
    }
}
