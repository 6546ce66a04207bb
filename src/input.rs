//! Reading articles: a file or standard input, checked to be text.

use std::io::Read;

use anyhow::{bail, Context, Result};

/// Inputs larger than this are refused (the whole article is held in memory).
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// The display name of an input path (`-` is standard input).
pub fn display_name(path: &str) -> String {
    if path == "-" {
        "standard input".to_string()
    } else {
        path.to_string()
    }
}

/// Reads the raw bytes of `path` (or standard input for `-`), at most [`MAX_INPUT_BYTES`].
pub fn read_bytes(path: &str) -> Result<Vec<u8>> {
    let name = display_name(path);
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read {name}"))?;
    } else {
        let file = std::fs::File::open(path).with_context(|| format!("cannot read {name}"))?;
        let meta = file.metadata().with_context(|| format!("cannot read {name}"))?;
        if meta.is_dir() {
            bail!("cannot read {name}: it is a directory");
        }
        file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes).with_context(|| format!("cannot read {name}"))?;
    }
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        bail!("{name} is larger than {} MiB; split it into articles", MAX_INPUT_BYTES / (1024 * 1024));
    }
    Ok(bytes)
}

/// Checks that `bytes` read from `path` are a text article: no NUL byte, valid UTF-8.
pub fn bytes_to_text(path: &str, bytes: Vec<u8>) -> Result<String> {
    let name = display_name(path);
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        bail!("{name} looks binary (NUL byte at offset {pos}); expected a text article");
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            bail!("{name} is not valid UTF-8 (first bad byte at offset {at}); convert it to UTF-8 first")
        }
    }
}

/// Reads `path` (or standard input for `-`) as UTF-8 text.
///
/// Errors name the input: unreadable, too large, binary (NUL bytes), not UTF-8.
pub fn read_text(path: &str) -> Result<String> {
    bytes_to_text(path, read_bytes(path)?)
}

/// What kind of input an article is (`--input`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputKind {
    /// A web page or HTML fragment: its main text, metadata and embedded posts are read.
    Html,
    /// Plain text, used as it is (offsets refer to the input bytes).
    Text,
    /// Markdown, reduced to plain text.
    Markdown,
}

/// An article as read from its input, whatever its format.
#[derive(Debug, Clone)]
pub struct ArticleInput {
    /// The text that is extracted and that every offset refers to.
    pub text: String,
    /// What the page said about the article (empty for plain text).
    pub meta: claims_html::Meta,
    /// The format it was read as.
    pub kind: InputKind,
}

/// Reads an article from `path`: as `kind` when given, else by its file name
/// (`.html`, `.htm`, `.xhtml`, `.md`, `.markdown`), else by its content
/// ([`claims_html::sniff`]: HTML by doctype, `<html>`/`<body>`/`<article>` or tag density;
/// Markdown only when obvious). Plain text must be UTF-8 without NUL bytes; HTML is
/// decoded from its declared charset.
pub fn read_article(path: &str, kind: Option<InputKind>) -> Result<ArticleInput> {
    let bytes = read_bytes(path)?;
    let name = display_name(path);
    let lower = path.to_ascii_lowercase();
    let kind = kind.unwrap_or_else(|| {
        if [".html", ".htm", ".xhtml"].iter().any(|e| lower.ends_with(e)) {
            InputKind::Html
        } else if [".md", ".markdown"].iter().any(|e| lower.ends_with(e)) {
            InputKind::Markdown
        } else {
            match claims_html::sniff(&bytes) {
                claims_html::Format::Html => InputKind::Html,
                claims_html::Format::Markdown => InputKind::Markdown,
                claims_html::Format::Text => InputKind::Text,
            }
        }
    });
    let (text, meta) = match kind {
        InputKind::Text => (bytes_to_text(path, bytes)?, claims_html::Meta::default()),
        InputKind::Markdown => {
            let page = claims_html::read_markdown(&bytes_to_text(path, bytes)?);
            (page.text, page.meta)
        }
        InputKind::Html => {
            let page = claims_html::read_html(&bytes).map_err(|e| anyhow::anyhow!("{name} {e}"))?;
            (page.text, page.meta)
        }
    };
    Ok(ArticleInput { text, meta, kind })
}

/// Reads and extracts one article: the page's metadata fills what `opts` (the flags)
/// leave empty, and for HTML and Markdown input the extracted text is returned in
/// [`claims_model::Extraction::text`], so every offset can be looked up. Returns the
/// text the offsets refer to (for every kind of input) and the extraction.
pub fn extract(
    path: &str,
    kind: Option<InputKind>,
    opts: claims_extract::Options,
) -> Result<(String, claims_model::Extraction)> {
    let input = read_article(path, kind)?;
    let opts = claims_extract::Options {
        published: opts.published.or(input.meta.published),
        outlet: opts.outlet.or_else(|| input.meta.outlet.clone()),
        url: opts.url.or_else(|| input.meta.url.clone()),
    };
    let mut ex = claims_extract::extract(&input.text, &opts);
    let a = &mut ex.article;
    a.published = a.published.or(opts.published);
    a.outlet = a.outlet.take().or(opts.outlet);
    a.url = a.url.take().or(opts.url);
    a.headline = a.headline.take().or(input.meta.headline);
    a.author = a.author.take().or(input.meta.author);
    a.modified = a.modified.or(input.meta.modified);
    if input.kind != InputKind::Text {
        ex.text = Some(input.text.clone());
    }
    Ok((input.text, ex))
}

/// Parses a `YYYY-MM-DD` date given to `flag`.
pub fn parse_date(flag: &str, value: &str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .with_context(|| format!("{flag} {value:?} is not a date of the form YYYY-MM-DD"))
}
