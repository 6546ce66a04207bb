//! `claims segment`.

use std::process::ExitCode;

use anyhow::Result;
use clap::ValueEnum;

use crate::{input, output};

/// Output formats of `segment`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// A JSON array of sentences with byte offsets.
    Json,
    /// One sentence per line.
    Text,
}

/// Split an article into sentences.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claims segment article.txt
  cat article.txt | claims segment - --format text")]
pub struct Args {
    /// The article: a file path, or - for standard input.
    pub file: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
}

/// Runs `segment`.
pub fn run(args: Args) -> Result<ExitCode> {
    let text = input::read_text(&args.file)?;
    let sentences = claims_extract::segment(&text);
    match args.format {
        Format::Json => output::print_json(&sentences)?,
        Format::Text => {
            let mut s = String::new();
            for sent in &sentences {
                s.push_str(&sent.text.replace('\n', " "));
                s.push('\n');
            }
            output::print(&s)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
