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
/// Steps: bound the nesting, read metadata and embedded posts from the full page,
/// remove furniture ([`clean`]), keep the main text with Readability; when Readability
/// finds nothing, read the whole body less headers, footers, navigation and asides;
/// when the page's JSON-LD `articleBody` is much longer than what the markup gave (a
/// page rendered by scripts), use it. Posts cleaned away with their container go at
/// the end. Never fails: a page with no article text gives an empty text.
pub fn html_to_page(html: &str) -> Page {
    let (bounded, _) = sanitize::bound_nesting(html);
    let doc = Document::from(bounded.as_str());
    let mut meta = meta::read(&doc);
    let ld_body = meta::article_body(&doc);
    let embeds = embeds::take(&doc);
    clean::remove_furniture(&doc);
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Raw, ..Default::default() };
    let mut paras = match dom_smoothie::Readability::with_document(doc, None, Some(cfg)).and_then(|mut r| r.parse()) {
        Ok(article) => {
            // Readability's own guesses fill what the markup did not say.
            if meta.author.is_none() {
                meta.author = article.byline.as_deref().map(meta::strip_by).filter(|a| !a.is_empty() && a.len() <= 200);
            }
            if meta.published.is_none() {
                meta.published = article.published_time.as_deref().and_then(meta::date);
            }
            let content = Document::from(article.content.as_ref());
            text::paragraphs(&content.root(), &[])
        }
        Err(_) => Vec::new(),
    };
    let markers: Vec<String> = (0..embeds.len()).map(embeds::marker).collect();
    let is_marker = |p: &str| markers.iter().any(|m| p.contains(m.as_str()));
    if paras.iter().all(|p| is_marker(p)) {
        // Readability found nothing: read the body, less its furniture.
        let again = Document::from(bounded.as_str());
        embeds::take(&again);
        clean::remove_furniture(&again);
        paras = text::paragraphs(&again.root(), BOILERPLATE);
    }
    // A page that renders its story with scripts may give it only in JSON-LD.
    let chars = |ps: &[String]| ps.iter().filter(|p| !is_marker(p)).map(|p| p.chars().count()).sum::<usize>();
    if chars(&ld_body) > 2 * chars(&paras) + 200 {
        paras = ld_body;
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

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "<p>The regional council said on Monday that the new bridge over the river would open to traffic in June, \
        two months later than planned, because of delays in the delivery of steel.</p>\
        <p>Engineers found no structural problems during the final inspection, the council's chief engineer said in a statement \
        published on its website, adding that the cost had stayed within the budget of 48 million euros.</p>";

    fn page(extra: &str) -> String {
        format!("<html><head><title>Bridge opening delayed</title></head><body><article><h1>Bridge opening delayed</h1>{BODY}{extra}</article></body></html>")
    }

    #[test]
    fn other_platforms_embeds() {
        let insta = r#"<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/C0abcDEF/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C0abcDEF/?utm_source=ig_embed"><div>View this post on Instagram</div></a>
            <p><a href="https://www.instagram.com/p/C0abcDEF/?utm_source=ig_embed">First cars crossed the bridge this morning.</a></p>
            <p>A post shared by <a href="https://www.instagram.com/bridgeworks/">Bridge Works</a> (@bridgeworks) on <time datetime="2023-11-09T15:00:00+00:00">Nov 9, 2023 at 7:00am PST</time></p></div></blockquote>"#;
        let fb = r#"<div class="fb-post" data-href="https://www.facebook.com/CityCouncil/posts/pfbid0abc" data-width="500"><blockquote cite="https://www.facebook.com/CityCouncil/posts/pfbid0abc" class="fb-xfbml-parse-ignore"><p>Road closures for Saturday's opening start at 6am.</p>Posted by <a href="https://www.facebook.com/CityCouncil">City Council</a> on&nbsp;<a href="https://www.facebook.com/CityCouncil/posts/pfbid0abc">Friday, November 10, 2023</a></blockquote></div>"#;
        let bsky = r#"<figure class="embed"><blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:xyz/app.bsky.feed.post/3kabc"><p lang="en">The bridge is open again.</p>&mdash; Road Desk (<a href="https://bsky.app/profile/did:plc:xyz?ref_src=embed">@roaddesk.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:xyz/post/3kabc?ref_src=embed">November 9, 2023 at 10:02 AM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js"></script></figure>"#;
        let masto = r#"<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@user/1115/embed"><a href="https://mastodon.social/@user/1115"><div>Post by @user@mastodon.social</div><div>View on Mastodon</div></a></blockquote>"#;
        let p = html_to_page(&page(&format!("{insta}{fb}{bsky}{masto}")));
        let want = [
            "First cars crossed the bridge this morning.\n— Bridge Works (@bridgeworks) November 9, 2023 https://www.instagram.com/p/C0abcDEF/",
            "Road closures for Saturday's opening start at 6am.\n— City Council November 10, 2023 https://www.facebook.com/CityCouncil/posts/pfbid0abc",
            "The bridge is open again.\n— Road Desk (@roaddesk.bsky.social) November 9, 2023 https://bsky.app/profile/did:plc:xyz/post/3kabc",
        ];
        for w in want {
            assert!(p.text.contains(w), "{w:?} not in {:?}", p.text);
        }
        assert_eq!(p.embeds.iter().map(|e| e.platform).collect::<Vec<_>>(), ["instagram", "facebook", "bluesky"]);
        assert!(!p.text.contains("View on Mastodon") && !p.text.contains("View this post"), "{}", p.text);
        assert!(p.text.starts_with("The regional council said"), "headline left out: {}", p.text);
    }

    #[test]
    fn post_outside_the_story_is_kept_at_the_end() {
        let html = format!(
            "<html><body><article>{BODY}</article><div class=\"sidebar\"><blockquote class=\"twitter-tweet\"><p>Opening day set.</p>\
             &mdash; City (@city) <a href=\"https://twitter.com/city/status/9\">June 1, 2024</a></blockquote></div></body></html>"
        );
        let p = html_to_page(&html);
        assert!(
            p.text.ends_with("\n\nOpening day set.\n— City (@city) June 1, 2024 https://twitter.com/city/status/9"),
            "{}",
            p.text
        );
    }

    #[test]
    fn short_pages_fall_back_to_the_body_less_its_furniture() {
        let p = html_to_page(
            "<html><body><header>Site</header><nav><a href=/>Home</a></nav><p>Police said two people were hurt.</p><footer>(c) Site</footer></body></html>",
        );
        assert_eq!(p.text, "Police said two people were hurt.");
        assert_eq!(html_to_page("").text, "");
        assert_eq!(html_to_page("<script>var x = '<p>no</p>';</script>").text, "");
    }

    #[test]
    fn paragraphs_headings_quotes_and_breaks() {
        let p = html_to_page(&page(
            "<h2>What comes next</h2><blockquote><p>We will open on time, the mayor told reporters at the site on Tuesday afternoon.</p></blockquote>\
             <ul><li>Tolls will be free for the first month, the council said.</li></ul><p>Line one<br>line two</p>",
        ));
        assert!(
            p.text.ends_with(
                "What comes next\n\nWe will open on time, the mayor told reporters at the site on Tuesday afternoon.\n\n\
                 Tolls will be free for the first month, the council said.\n\nLine one\nline two"
            ),
            "{}",
            p.text
        );
    }

    #[test]
    fn script_rendered_pages_use_json_ld_article_body() {
        let body = "The central bank raised its main interest rate by a quarter point on Wednesday, the bank said in a statement.\\n\\n\
            Inflation slowed to 3.1% in October, official figures showed, but remained above the bank's target of 2%, economists said.\\n\\n\
            The decision was expected by most analysts polled before the meeting, who said further increases were unlikely this year.";
        let html = format!(
            "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"articleBody\":\"{body}\"}}</script></head>\
             <body><div id=\"app\">Loading…</div><script src=\"/app.js\"></script></body></html>"
        );
        let p = html_to_page(&html);
        assert_eq!(p.text.split("\n\n").count(), 3, "{}", p.text);
        assert!(p.text.starts_with("The central bank raised") && !p.text.contains("Loading"), "{}", p.text);
        // A page whose markup has the story keeps it.
        let p = html_to_page(&page(""));
        assert!(p.text.starts_with("The regional council said"));
    }

    #[test]
    fn too_large_and_binary_pages_are_errors() {
        assert_eq!(read_html(b"<p>\0</p>"), Err(Error::Binary { offset: 3 }));
        assert_eq!(
            Error::Binary { offset: 3 }.to_string(),
            "looks binary (NUL byte at offset 3); expected an HTML page"
        );
    }
}
