//! Telling HTML and Markdown from plain text by content.
//!
//! Only the first [`SNIFF_BYTES`] are looked at. A page is HTML when, after white space
//! and a byte-order mark, it starts with `<!doctype html`, `<html`, `<head`, `<body`,
//! `<article`, `<meta`, `<!--` or `<?xml`, or when it starts with `<` and holds an
//! `<html`, `<body` or `<article` tag anywhere; or, for fragments, when paragraph and
//! line-break tags (`<p>`, `</p>`, `<br>`, `<div`, `</div>`) are dense: at least four,
//! and one per 400 bytes. Markdown is recognised conservatively: the first line is an
//! ATX heading (`# Title`) and the text also holds a Markdown link (`](http`) or
//! another heading line; anything else is plain text (use `--input` to say otherwise).

/// What kind of input a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: used as it is.
    Text,
    /// An HTML page or fragment.
    Html,
    /// A Markdown document.
    Markdown,
}

/// How much of the input is looked at.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// Guesses the format of `bytes` from their content (see the module docs).
pub fn sniff(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(head);
    let lower = text.to_ascii_lowercase();
    let trimmed = lower.trim_start();
    const STARTS: &[&str] = &["<!doctype html", "<html", "<head", "<body", "<article", "<meta", "<!--", "<?xml"];
    if STARTS.iter().any(|s| trimmed.starts_with(s)) {
        return Format::Html;
    }
    if trimmed.starts_with('<') && ["<html", "<body", "<article"].iter().any(|t| has_tag(&lower, t)) {
        return Format::Html;
    }
    let tags: usize = ["<p>", "<p ", "</p>", "<br>", "<br/>", "<br />", "<div", "</div>"]
        .iter()
        .map(|t| lower.matches(t).count())
        .sum();
    if tags >= 4 && tags * 400 >= lower.len() {
        return Format::Html;
    }
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    if lines.next().is_some_and(is_atx_heading) {
        let more = text.lines().skip(1).any(is_atx_heading) || text.contains("](http");
        if more {
            return Format::Markdown;
        }
    }
    Format::Text
}

/// `<name` followed by white space, `>` or `/`.
fn has_tag(lower: &str, open: &str) -> bool {
    lower.match_indices(open).any(|(p, _)| {
        lower[p + open.len()..].chars().next().is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
    })
}

fn is_atx_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') && !line[hashes..].trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_fragments() {
        assert_eq!(sniff(b"\xEF\xBB\xBF  <!DOCTYPE html><html></html>"), Format::Html);
        assert_eq!(sniff(b"<div class=x><article><p>Hi</p></article></div>"), Format::Html);
        let frag = "<p>One sentence here.</p>\n<p>Another one, said the minister.</p>\n".repeat(3);
        assert_eq!(sniff(frag.as_bytes()), Format::Html);
    }

    #[test]
    fn plain_text_mentioning_tags_stays_text() {
        let t = "The site's editors said the <p> tag was misused.\n".to_string() + &"Long plain text. ".repeat(100);
        assert_eq!(sniff(t.as_bytes()), Format::Text);
        assert_eq!(sniff("ASTANA (Kazakhstan): Putin visited.".as_bytes()), Format::Text);
        assert_eq!(sniff("#Putin is set to visit Kazakhstan.\n## not markdown".as_bytes()), Format::Text);
    }

    #[test]
    fn markdown_only_when_obvious() {
        assert_eq!(sniff(b"# Title\n\nText with [a link](https://example.org).\n"), Format::Markdown);
        assert_eq!(sniff(b"# Title\n\nBody.\n\n## Section\n\nMore.\n"), Format::Markdown);
        assert_eq!(sniff(b"# Title only\n\nBody.\n"), Format::Text);
    }
}
