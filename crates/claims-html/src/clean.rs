//! Page furniture removed before Readability scores the page.
//!
//! Readability already drops elements whose class or id sounds like comments,
//! sidebars, footers, social or sponsor boxes. This pass also removes navigation,
//! forms and dialogs, and elements whose class or id *tokens* name ads, share bars,
//! cookie or consent banners, newsletter and subscription boxes, related or
//! recommended links, comments, paywall prompts (see [`FURNITURE`]). An element is kept
//! when it holds the page's `<h1>` or `<main>`, or more than half of the page's
//! paragraph text, so a wrapper with an unlucky class name cannot take the story with it.
//! After extraction, paragraphs that are only an ad label (`Advertisement`, `Story
//! continues below advertisement`, …) are dropped as well.

use dom_query::{Document, NodeRef};

/// Class/id token prefixes and suffixes that mark page furniture (a token matches
/// when it equals one, starts with it followed by `-` or `_`, or ends with `-`/`_` and it).
pub const FURNITURE: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "advert",
    "advertisement",
    "dfp",
    "sponsored",
    "promo",
    "share",
    "sharing",
    "sharebar",
    "social",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "related",
    "recommended",
    "recommendations",
    "comments",
    "comment",
    "disqus",
    "outbrain",
    "taboola",
    "paywall",
    "most-read",
    "mostread",
    "trending",
    "read-next",
    "readnext",
    "more-stories",
    "popular",
];

/// Paragraphs that are only an ad or navigation label (compared case-insensitively).
const LABELS: &[&str] = &[
    "advertisement",
    "advertisement · scroll to continue",
    "advertisement - scroll to continue",
    "story continues below advertisement",
    "article continues below advertisement",
    "skip advertisement",
    "continue reading the main story",
    "scroll to continue",
];

/// Openings of promotional paragraphs that are mostly a link ("Read more: …").
const PROMO_OPENINGS: &[&str] = &[
    "read more",
    "related:",
    "related coverage",
    "see also",
    "also read",
    "read also",
    "more:",
    "recommended:",
    "watch:",
    "listen:",
    "sign up",
    "subscribe",
    "click here",
    "follow us",
];

/// True when `p` is only an ad label.
pub fn is_label(p: &str) -> bool {
    let l = p.trim().to_lowercase();
    LABELS.contains(&l.as_str())
}

fn token_matches(token: &str) -> bool {
    let t = token.to_ascii_lowercase();
    FURNITURE.iter().any(|f| {
        t == *f
            || t.strip_prefix(f).is_some_and(|r| r.starts_with(['-', '_']))
            || t.strip_suffix(f).is_some_and(|r| r.ends_with(['-', '_']))
    })
}

fn is_furniture(node: &NodeRef) -> bool {
    let class = node.class().map(|c| c.to_string()).unwrap_or_default();
    let id = node.id_attr().map(|c| c.to_string()).unwrap_or_default();
    class.split_whitespace().chain(std::iter::once(id.as_str())).filter(|t| !t.is_empty()).any(token_matches)
}

/// Removes page furniture from `doc` (see the module docs).
pub fn remove_furniture(doc: &Document) {
    doc.select("nav, [role=navigation], [role=banner], [role=contentinfo], dialog, form").remove();
    let total: usize = doc.select("p").nodes().iter().map(|p| p.normalized_char_count()).sum();
    // Page-level headers and footers (not those of an article) are furniture too.
    let outside_story = |n: &NodeRef| !n.ancestors_it(None).any(|a| a.is("article, main, [role=main]"));
    let mut candidates: Vec<NodeRef> =
        doc.select("body header, body footer").nodes().iter().filter(|n| outside_story(n)).copied().collect();
    candidates.extend(doc.select("body [class], body [id]").nodes().iter().filter(|n| is_furniture(n)).copied());
    // "Read more: <a>…</a>" paragraphs: a promotional opening, and mostly link text.
    for p in doc.select("p, li").nodes() {
        let text = crate::text::collapse_ws(&p.text()).to_lowercase();
        if text.len() > 300 || !PROMO_OPENINGS.iter().any(|o| text.starts_with(o)) {
            continue;
        }
        let links: usize = p.find(&["a"]).iter().map(|a| a.normalized_char_count()).sum();
        if links * 2 >= text.chars().count() {
            p.remove_from_parent();
        }
    }
    for node in candidates {
        // Already gone with an ancestor?
        if !node.ancestors_it(None).any(|a| a.is_document()) {
            continue;
        }
        let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        if matches!(name.as_str(), "body" | "main" | "article" | "html")
            || !node.find(&["h1"]).is_empty()
            || !node.find(&["main"]).is_empty()
        {
            continue;
        }
        let text: usize = node.find(&["p"]).iter().map(|p| p.normalized_char_count()).sum();
        if total > 0 && text * 2 > total {
            continue;
        }
        node.remove_from_parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_goes_story_stays() {
        let doc = Document::from(
            "<html><body><div class=\"share-bar\">Share</div><div class=\"story\"><p>Long story text here.</p>\
             <p class=\"newsletter-signup\">Sign up</p><p>Read more: <a href=/x>Other story</a></p>\
             <p>Read more about it, said the ministry in a statement on its site.</p></div><div id=\"comments\"><p>A comment.</p></div></body></html>",
        );
        remove_furniture(&doc);
        let text = doc.select("body").text().to_string();
        assert_eq!(text, "Long story text here.Read more about it, said the ministry in a statement on its site.");
    }

    #[test]
    fn tokens() {
        for t in ["ad", "ad-slot", "inline-ad", "share-bar", "cookie_banner", "related-coverage", "comments"] {
            assert!(token_matches(t), "{t}");
        }
        for t in ["head", "shadow", "adjacent", "loader", "header", "commentary", "story-body", "leads"] {
            assert!(!token_matches(t), "{t}");
        }
    }
}
