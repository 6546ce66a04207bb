//! `claims extract`.

use std::process::ExitCode;

use anyhow::Result;
use clap::ValueEnum;

use crate::{input, output};

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// The SPEC document: article, sentences, sources, claims.
    Json,
    /// One claim per line, with the article id.
    Jsonl,
    /// Readable, sentence by sentence.
    Text,
    /// A review table.
    Markdown,
}

/// Article metadata flags shared by `extract`, `track` and friends.
#[derive(Debug, Clone, clap::Args)]
pub struct MetaArgs {
    /// Publication date (YYYY-MM-DD), to resolve "on Thursday" and the like.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<String>,
    /// The outlet that published the article.
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// Where the article was read from.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Input format; detected from the file name or content when absent.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input: Option<input::InputKind>,
}

impl MetaArgs {
    /// Extractor options from the flags.
    pub fn options(&self) -> Result<claims_extract::Options> {
        Ok(claims_extract::Options {
            published: self.published.as_deref().map(|d| input::parse_date("--published", d)).transpose()?,
            outlet: self.outlet.clone(),
            url: self.url.clone(),
        })
    }
}

/// Extract claims from one article.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claims extract article.txt --published 2023-11-09
  claims extract article.txt --published 2023-11-09 --format text
  curl -s https://… | claims extract - --format markdown")]
pub struct Args {
    /// The article: a file path, or - for standard input.
    pub file: String,
    #[command(flatten)]
    pub meta: MetaArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
}

/// Reads and extracts one article (plain text, HTML or Markdown); returns the text
/// the offsets refer to and the extraction.
pub fn extract_file(file: &str, meta: &MetaArgs) -> Result<(String, claims_model::Extraction)> {
    input::extract(file, meta.input, meta.options()?)
}

/// Runs `extract`.
pub fn run(args: Args) -> Result<ExitCode> {
    let (_text, ex) = extract_file(&args.file, &args.meta)?;
    match args.format {
        Format::Json => output::print_json(&ex)?,
        Format::Jsonl => {
            let mut s = String::new();
            for c in &ex.claims {
                let line = serde_json::json!({"article": ex.article.id, "claim": c});
                s.push_str(&serde_json::to_string(&line)?);
                s.push('\n');
            }
            output::print(&s)?;
        }
        Format::Text => output::print(&claims_extract::render::text(&ex, output::use_color()))?,
        Format::Markdown => output::print(&claims_extract::render::markdown(&ex))?,
    }
    Ok(ExitCode::SUCCESS)
}
