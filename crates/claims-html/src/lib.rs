//! Article pages as people save them — HTML pages, HTML fragments, Markdown —
//! reduced to the plain article text the claim extractor reads, with the page's
//! metadata and its embedded social posts.
//!
//! - [`sniff`] tells HTML and Markdown from plain text by content.
//! - [`read_html`] decodes a page's bytes ([`charset`]), bounds its nesting
//!   ([`sanitize`]), reads its metadata ([`meta`]) and embedded posts ([`embeds`])
//!   from the full page, then keeps the main text with `dom_smoothie` (a port of
//!   Mozilla's Readability) and renders it as paragraphs joined by a blank line.
//! - [`read_markdown`] does the same for Markdown ([`markdown`]).
//!
//! All offsets computed later refer to [`Page::text`]. Nothing here prints, panics on
//! input, or touches the network.

pub mod charset;
pub mod clean;
pub mod detect;
pub mod embeds;
pub mod markdown;
pub mod meta;
pub mod sanitize;
pub mod text;

use dom_query::Document;

pub use detect::{sniff, Format};
pub use embeds::Embed;
pub use meta::Meta;

/// HTML pages larger than this are refused (a news page is a few MiB at most).
pub const MAX_HTML_BYTES: usize = 64 * 1024 * 1024;

/// Why a page could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// The bytes hold a NUL byte (and no UTF-16 byte-order mark): not a web page.
    #[error("looks binary (NUL byte at offset {offset}); expected an HTML page")]
    Binary {
        /// Where the first NUL byte is.
        offset: usize,
    },
    /// The page is larger than [`MAX_HTML_BYTES`].
    #[error("is an HTML page of {bytes} bytes, more than the {max} this tool reads")]
    TooLarge {
        /// The page's size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
}

/// An article read from a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The article text: paragraphs joined by a blank line, posts in pasted style.
    pub text: String,
    /// What the page says about the article.
    pub meta: Meta,
    /// The embedded posts, in page order (their renderings are in `text`).
    pub embeds: Vec<Embed>,
    /// The encoding the page was decoded from (`UTF-8` for text input).
    pub encoding: &'static str,
}

/// Reads an HTML page from its bytes (see [`charset::decode_html`] for the encoding).
pub fn read_html(bytes: &[u8]) -> Result<Page, Error> {
    if bytes.len() > MAX_HTML_BYTES {
        return Err(Error::TooLarge { bytes: bytes.len(), max: MAX_HTML_BYTES });
    }
    let (html, encoding) = charset::decode_html(bytes)?;
    let mut page = html_to_page(&html);
    page.encoding = encoding;
    Ok(page)
}

/// Reads Markdown text (see [`markdown`]).
pub fn read_markdown(md: &str) -> Page {
    let (text, meta) = markdown::to_text(md);
    Page { text, meta, embeds: Vec::new(), encoding: "UTF-8" }
}

/// Elements left out when Readability finds no article and the whole body is read.
const BOILERPLATE: &[&str] = &["header", "footer", "nav", "aside", "form"];

/// Reduces an HTML page (already decoded) to its article text and metadata.
///
/// Never fails: a page with no article text gives an empty text.
pub fn html_to_page(html: &str) -> Page {
    let (bounded, _) = sanitize::bound_nesting(html);
    let doc = Document::from(bounded.as_str());
    let meta = meta::read(&doc);
    let embeds = embeds::take(&doc);
    clean::remove_furniture(&doc);
    let body_copy = Document::from(doc.html());
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Raw, ..Default::default() };
    let mut paras = match dom_smoothie::Readability::with_document(doc, None, Some(cfg)).and_then(|mut r| r.parse()) {
        Ok(article) => {
            let content = Document::from(article.content.as_ref());
            text::paragraphs(&content.root(), &[])
        }
        Err(_) => Vec::new(),
    };
    let markers: Vec<String> = (0..embeds.len()).map(embeds::marker).collect();
    let is_marker = |p: &str| markers.iter().any(|m| p.contains(m.as_str()));
    if paras.iter().all(|p| is_marker(p)) {
        // Readability found nothing: read the body, less its furniture.
        paras = text::paragraphs(&body_copy.root(), BOILERPLATE);
    }
    // The headline stands in the metadata; a first paragraph repeating it is dropped.
    if let (Some(h), Some(first)) = (&meta.headline, paras.first()) {
        if first == h {
            paras.remove(0);
        }
    }
    let mut used = vec![false; embeds.len()];
    for p in paras.iter_mut() {
        for (i, m) in markers.iter().enumerate() {
            if p.contains(m.as_str()) {
                *p = p.replace(m.as_str(), &embeds[i].render());
                used[i] = true;
            }
        }
    }
    // A post whose place was cleaned away is still a source: it goes at the end.
    for (i, e) in embeds.iter().enumerate() {
        if !used[i] {
            paras.push(e.render());
        }
    }
    let text = paras
        .into_iter()
        .map(|p| p.replace(['\u{E000}', '\u{E001}'], ""))
        .filter(|p| !p.trim().is_empty() && !clean::is_label(p))
        .collect::<Vec<_>>()
        .join("\n\n");
    Page { text, meta, embeds, encoding: "UTF-8" }
}
