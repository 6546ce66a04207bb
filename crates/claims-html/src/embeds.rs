//! Embedded social posts, read from their markup before the clean-up can drop them.
//!
//! Recognised: Twitter/X (`blockquote.twitter-tweet`, `.twitter-video`), Bluesky
//! (`blockquote.bluesky-embed`), Mastodon (`blockquote.mastodon-embed`), Threads
//! (`blockquote.text-post-media`), Instagram (`blockquote.instagram-media`) and
//! Facebook (`div.fb-post`, `blockquote.fb-xfbml-parse-ignore`). Each post is
//! rendered in the pasted style the text pipeline reads: the post text as one
//! line, then a signature line `— Name (@handle) Month D, YYYY` followed by the
//! post's status URL when the markup gives one. Its place in the page is taken by
//! a marker paragraph, swapped for the rendering once the main text is extracted.

use chrono::NaiveDate;
use dom_query::{Document, NodeRef};

use crate::text::collapse_ws;

/// Elements that are embedded posts.
const SELECTOR: &str = "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.bluesky-embed, \
     blockquote.mastodon-embed, blockquote.text-post-media, blockquote.instagram-media, div.fb-post, \
     blockquote.fb-xfbml-parse-ignore";

/// An embedded post as read from its markup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Embed {
    /// The platform (`twitter`, `bluesky`, `mastodon`, `threads`, `instagram`, `facebook`).
    pub platform: &'static str,
    /// The post's text, on one line.
    pub text: String,
    /// The account's display name.
    pub name: Option<String>,
    /// The account's handle, with its `@`.
    pub handle: Option<String>,
    /// The post's date.
    pub date: Option<NaiveDate>,
    /// The post's own address (status URL), without tracking parameters.
    pub url: Option<String>,
}

impl Embed {
    /// The post in pasted style: text line, then `— Name (@handle) Month D, YYYY URL`.
    pub fn render(&self) -> String {
        let mut sig = String::from("—");
        for part in [
            self.name.clone(),
            self.handle.as_ref().map(|h| format!("({h})")),
            self.date.map(|d| d.format("%B %-d, %Y").to_string()),
            self.url.clone(),
        ]
        .into_iter()
        .flatten()
        {
            sig.push(' ');
            sig.push_str(&part);
        }
        match (self.text.is_empty(), sig.len() > "—".len()) {
            (false, true) => format!("{}\n{sig}", self.text),
            (false, false) => self.text.clone(),
            (true, _) => sig,
        }
    }
}

/// The marker paragraph text standing for embed `i`.
pub(crate) fn marker(i: usize) -> String {
    format!("\u{E000}claims-embed-{i}\u{E001}")
}

/// Reads every embedded post of `doc`, replacing each with a marker paragraph.
pub(crate) fn take(doc: &Document) -> Vec<Embed> {
    let mut found = Vec::new();
    let nodes: Vec<NodeRef> = doc.select(SELECTOR).nodes().to_vec();
    for node in nodes {
        // An embed inside another (the Facebook blockquote in its div) is read with it.
        if node.ancestors_it(None).any(|a| a.is(SELECTOR)) {
            continue;
        }
        let embed = read(&node);
        // Embed code without the post's text ("Post by @x · View on Mastodon") gives nothing to check.
        if embed.text.is_empty() {
            node.remove_from_parent();
            continue;
        }
        node.replace_with_html(format!("<p>{}</p>", marker(found.len())));
        found.push(embed);
    }
    found
}

fn read(node: &NodeRef) -> Embed {
    let class = node.class().map(|c| c.to_string()).unwrap_or_default();
    if class.contains("instagram-media") {
        return instagram(node);
    }
    if class.contains("fb-post") || class.contains("fb-xfbml-parse-ignore") {
        return facebook(node);
    }
    let platform = if class.contains("bluesky") {
        "bluesky"
    } else if class.contains("mastodon") {
        "mastodon"
    } else if class.contains("text-post-media") {
        "threads"
    } else {
        "twitter"
    };
    // The post text is in its paragraphs; the signature is what stands outside them.
    let paras: Vec<NodeRef> = node.find(&["p"]);
    let text = paras.iter().map(|p| inline_text(p)).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ");
    let mut sig = String::new();
    let mut url = None;
    for child in node.children_it(false) {
        if child.is_element() && child.node_name().is_some_and(|n| &*n == "p") {
            continue;
        }
        if child.is_element() && child.node_name().is_some_and(|n| &*n == "script") {
            continue;
        }
        sig.push_str(&child.text());
        let mut links: Vec<NodeRef> = child.find(&["a"]);
        if child.node_name().is_some_and(|n| &*n == "a") {
            links.insert(0, child);
        }
        for a in links {
            if let Some(h) = a.attr("href") {
                if is_status_url(&h) {
                    url = Some(clean_url(&h));
                }
            }
        }
    }
    if url.is_none() {
        url = node.attr("data-embed-url").or_else(|| node.attr("cite")).map(|u| clean_url(&u));
    }
    let (name, handle, date) = signature(&collapse_ws(&sig));
    Embed { platform, text, name, handle, date, url }
}

fn instagram(node: &NodeRef) -> Embed {
    let mut e = Embed { platform: "instagram", ..Default::default() };
    let mut caption = Vec::new();
    for p in node.find(&["p"]) {
        let t = inline_text(&p);
        if let Some(rest) = t.strip_prefix("A post shared by ") {
            let (name, handle, _) = signature(rest);
            e.name = name;
            e.handle = handle;
        } else if !t.is_empty() {
            caption.push(t);
        }
    }
    e.text = caption.join(" ");
    e.date = node.find(&["time"]).iter().find_map(|t| t.attr("datetime").and_then(|d| crate::meta::date(&d)));
    e.url = node
        .attr("data-instgrm-permalink")
        .or_else(|| node.find(&["a"]).iter().find_map(|a| a.attr("href").filter(|h| h.contains("instagram.com/"))))
        .map(|u| clean_url(&u));
    e
}

fn facebook(node: &NodeRef) -> Embed {
    let mut e = Embed { platform: "facebook", ..Default::default() };
    e.url = node.attr("data-href").or_else(|| node.attr("cite")).map(|u| clean_url(&u));
    e.text = node.find(&["p"]).iter().map(inline_text).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ");
    // "Posted by <a>Name</a> on <a href=…>Thursday, November 9, 2023</a>"
    let links: Vec<NodeRef> =
        node.find(&["a"]).into_iter().filter(|a| !a.ancestors_it(None).any(|x| x.is("p"))).collect();
    for a in &links {
        let t = collapse_ws(&a.text());
        if let Some(d) = parse_date_words(&t) {
            e.date = Some(d);
            if let Some(h) = a.attr("href") {
                if e.url.is_none() {
                    e.url = Some(clean_url(&h));
                }
            }
        } else if e.name.is_none() && !t.is_empty() {
            e.name = Some(t);
        }
    }
    e
}

/// Text of an inline run (a post paragraph): whitespace collapsed, `<br>` as a space.
fn inline_text(node: &NodeRef) -> String {
    collapse_ws(&crate::text::paragraphs(node, &[]).join(" "))
}

/// Splits `— Name (@handle) November 9, 2023` into its parts.
pub(crate) fn signature(sig: &str) -> (Option<String>, Option<String>, Option<NaiveDate>) {
    let s = sig.trim().trim_start_matches(['—', '–', '-', '―', ' ', '\u{a0}']).trim();
    let Some(open) = s.rfind("(@") else {
        // No handle: "Name November 9, 2023" or a bare date.
        let date = date_suffix(s);
        let name = date.map_or(s, |(_, at)| &s[..at]).trim();
        return ((!name.is_empty()).then(|| name.to_string()), None, date.map(|(d, _)| d));
    };
    let close = s[open..].find(')').map_or(s.len(), |c| open + c);
    let name = s[..open].trim();
    let handle = s[open + 1..close].trim();
    let rest = s.get(close + 1..).unwrap_or("").trim();
    (
        (!name.is_empty()).then(|| name.to_string()),
        (handle.len() > 1).then(|| handle.to_string()),
        parse_date_words(rest),
    )
}

/// A date written out at the end of `s` (`… November 9, 2023`), and where it starts.
fn date_suffix(s: &str) -> Option<(NaiveDate, usize)> {
    let words: Vec<(usize, &str)> =
        s.split_whitespace().map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w)).collect();
    for k in (0..words.len()).rev().take(4) {
        let tail = &s[words[k].0..];
        if let Some(d) = parse_date_words(tail) {
            return Some((d, words[k].0));
        }
    }
    None
}

/// Parses `November 9, 2023`, `Nov 9, 2023`, `Thursday, November 9, 2023` or
/// `November 9, 2023 at 10:00 AM` (the date part only).
pub(crate) fn parse_date_words(s: &str) -> Option<NaiveDate> {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    if words
        .first()
        .is_some_and(|w| w.ends_with(',') && w.len() > 4 && w.chars().all(|c| c.is_alphabetic() || c == ','))
    {
        words.remove(0); // weekday
    }
    if words.len() < 3 {
        return None;
    }
    let candidate = format!("{} {} {}", words[0].trim_end_matches('.'), words[1], words[2]);
    let candidate = candidate.trim_end_matches(['.', ',']);
    ["%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y"].iter().find_map(|f| NaiveDate::parse_from_str(candidate, f).ok())
}

fn is_status_url(h: &str) -> bool {
    h.starts_with("http")
        && (h.contains("/status/") || h.contains("/post/") || h.contains("/statuses/") || h.contains("/@"))
}

/// Drops the query string (`?ref_src=twsrc…`) and fragment of a post URL.
fn clean_url(u: &str) -> String {
    let end = u.find(['?', '#']).unwrap_or(u.len());
    u[..end].trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_parts() {
        let (n, h, d) = signature("— Al Arabiya English (@AlArabiya_Eng) November 9, 2023");
        assert_eq!(n.as_deref(), Some("Al Arabiya English"));
        assert_eq!(h.as_deref(), Some("@AlArabiya_Eng"));
        assert_eq!(d, NaiveDate::from_ymd_opt(2023, 11, 9));
        let (n, h, d) = signature("— Jay (@jay.bsky.social) Nov 9, 2023 at 10:02 AM");
        assert_eq!((n.as_deref(), h.as_deref()), (Some("Jay"), Some("@jay.bsky.social")));
        assert_eq!(d, NaiveDate::from_ymd_opt(2023, 11, 9));
        assert_eq!(signature("Posted by nobody"), (Some("Posted by nobody".into()), None, None));
    }

    #[test]
    fn tweet_markup() {
        let doc = Document::from(
            r#"<div><blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Line one<br>line two <a href="https://t.co/abc">https://t.co/abc</a></p>&mdash; Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/17?ref_src=twsrc%5Etfw">November 9, 2023</a></blockquote></div>"#,
        );
        let e = take(&doc);
        assert_eq!(
            e,
            [Embed {
                platform: "twitter",
                text: "Line one line two https://t.co/abc".into(),
                name: Some("Jane Roe".into()),
                handle: Some("@janeroe".into()),
                date: NaiveDate::from_ymd_opt(2023, 11, 9),
                url: Some("https://twitter.com/janeroe/status/17".into()),
            }]
        );
        assert_eq!(doc.select("div").inner_html().to_string(), format!("<p>{}</p>", marker(0)));
    }

    #[test]
    fn rendering() {
        let e = Embed {
            platform: "twitter",
            text: "Putin lands in Astana.".into(),
            name: Some("Jane Roe".into()),
            handle: Some("@janeroe".into()),
            date: NaiveDate::from_ymd_opt(2023, 11, 9),
            url: Some("https://twitter.com/janeroe/status/1".into()),
        };
        assert_eq!(
            e.render(),
            "Putin lands in Astana.\n— Jane Roe (@janeroe) November 9, 2023 https://twitter.com/janeroe/status/1"
        );
    }
}
