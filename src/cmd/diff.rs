//! `claims diff`.

use std::process::ExitCode;

use anyhow::Result;
use clap::ValueEnum;

use crate::{input, output};

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// The SPEC document.
    Json,
    /// Readable, most serious changes first.
    Text,
    /// For a review comment.
    Markdown,
}

/// Compare two versions of an article claim by claim.
#[derive(Debug, clap::Args)]
#[command(after_help = "Exit status: 0 no claim changed, 1 some changed, 2 error (like diff).

Examples:
  claims diff v1.txt v2.txt
  claims diff v1.txt v2.txt --old-published 2023-11-08 --new-published 2023-11-09 --format json")]
pub struct Args {
    /// The old version (a path, or - for standard input).
    pub old: String,
    /// The new version (a path, or - for standard input).
    pub new: String,
    /// Publication date of the old version.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub old_published: Option<String>,
    /// Publication date of the new version.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub new_published: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also list unchanged claims.
    #[arg(long)]
    pub all: bool,
    /// Input format of both versions; detected from each file's name or content when absent.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input: Option<input::InputKind>,
}

/// Runs `diff`.
pub fn run(args: Args) -> Result<ExitCode> {
    if args.old == "-" && args.new == "-" {
        anyhow::bail!("only one of OLD and NEW can be standard input");
    }
    let old_opts = claims_extract::Options {
        published: args.old_published.as_deref().map(|d| input::parse_date("--old-published", d)).transpose()?,
        ..Default::default()
    };
    let new_opts = claims_extract::Options {
        published: args.new_published.as_deref().map(|d| input::parse_date("--new-published", d)).transpose()?,
        ..Default::default()
    };
    let (_, old) = input::extract(&args.old, args.input, old_opts)?;
    let (_, new) = input::extract(&args.new, args.input, new_opts)?;
    let report = claims_diff::diff(&old, &new, &claims_diff::DiffOptions { all: args.all });
    match args.format {
        Format::Json => output::print_json(&report)?,
        Format::Text => output::print(&claims_diff::render::text(&report, output::use_color()))?,
        Format::Markdown => output::print(&claims_diff::render::markdown(&report))?,
    }
    let changed = report.summary.added + report.summary.removed + report.summary.modified > 0;
    Ok(if changed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
