//! A linear pre-pass over raw HTML that bounds element nesting.
//!
//! HTML parsers keep a stack of open elements and scan it for many tags, so a page
//! nested tens of thousands of levels deep costs quadratic time to parse, and tree
//! walks over it risk deep recursion. Like browsers (Blink caps its tree at 512
//! levels), this pass keeps the first [`MAX_DEPTH`] levels of elements that need an
//! end tag and drops the tags (never the text) of anything nested deeper, together
//! with as many of the end tags that follow. Elements whose end tag is optional
//! (`p`, `li`, `td`, …) and void elements (`br`, `img`, …) do not count, so ordinary
//! pages with unclosed paragraphs pass through unchanged. Comments, doctype and the
//! raw text of `script`, `style` and the like are copied as they are.

/// How deep elements may nest; deeper tags are dropped, their text kept.
pub const MAX_DEPTH: usize = 256;

const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
    "meta", "param", "source", "track", "wbr",
];
const OPTIONAL_END: &[&str] = &[
    "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p", "rb", "rp", "rt",
    "rtc", "tbody", "td", "tfoot", "th", "thead", "tr",
];
/// Elements whose content the parser always reads as text (`noscript` is not one:
/// without scripting its content is markup, so it is scanned and counted like any other).
const RAW_TEXT: &[&str] =
    &["iframe", "noembed", "noframes", "plaintext", "script", "style", "textarea", "title", "xmp"];

/// Returns `html` with element nesting bounded by [`MAX_DEPTH`], and how many tags were dropped.
pub fn bound_nesting(html: &str) -> (String, usize) {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut i = 0;
    let mut depth = 0usize;
    let mut excess = 0usize;
    let mut dropped = 0usize;
    while i < b.len() {
        let Some(lt) = html[i..].find('<').map(|p| p + i) else {
            out.push_str(&html[i..]);
            break;
        };
        out.push_str(&html[i..lt]);
        i = lt;
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            let end = find(html, i + 4, "-->").map_or(b.len(), |p| p + 3);
            out.push_str(&html[i..end]);
            i = end;
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            let end = html[i..].find('>').map_or(b.len(), |p| i + p + 1);
            out.push_str(&html[i..end]);
            i = end;
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = i + if closing { 2 } else { 1 };
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            out.push('<');
            i += 1;
            continue;
        }
        let mut name_end = name_start;
        while name_end < b.len() && (b[name_end].is_ascii_alphanumeric() || b[name_end] == b'-' || b[name_end] == b':')
        {
            name_end += 1;
        }
        let name = html[name_start..name_end].to_ascii_lowercase();
        let tag_end = tag_end(b, name_end);
        let tag = &html[i..tag_end];
        i = tag_end;
        let self_closing = tag.ends_with("/>");
        let counted = !VOID.contains(&name.as_str())
            && !OPTIONAL_END.contains(&name.as_str())
            && !RAW_TEXT.contains(&name.as_str());
        if closing {
            if !counted {
                out.push_str(tag);
            } else if excess > 0 {
                excess -= 1;
                dropped += 1;
            } else {
                depth = depth.saturating_sub(1);
                out.push_str(tag);
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) && !self_closing {
            out.push_str(tag);
            let close = format!("</{name}");
            let end = find_ci(html, i, &close).unwrap_or(b.len());
            out.push_str(&html[i..end]);
            i = end;
            continue;
        }
        if !counted || self_closing {
            out.push_str(tag);
        } else if depth < MAX_DEPTH {
            depth += 1;
            out.push_str(tag);
        } else {
            excess += 1;
            dropped += 1;
        }
    }
    (out, dropped)
}

/// The byte after the `>` that ends a tag whose name ends at `from` (quotes respected).
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut j = from;
    let mut quote: Option<u8> = None;
    while j < b.len() {
        let c = b[j];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => {
                // Only an attribute value opens a quote: `= "…"`.
                let prev = b[from..j].iter().rev().find(|c| !c.is_ascii_whitespace());
                if prev == Some(&b'=') {
                    quote = Some(c);
                }
            }
            None if c == b'>' => return j + 1,
            None => {}
        }
        j += 1;
    }
    b.len()
}

fn find(hay: &str, from: usize, needle: &str) -> Option<usize> {
    hay.get(from..)?.find(needle).map(|p| p + from)
}

/// Case-insensitive ASCII search for `needle` in `hay` from byte `from`.
fn find_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (from..=h.len() - n.len()).find(|&k| h[k..k + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass_unchanged() {
        let page = "<!DOCTYPE html><html><head><title>a<b</title><script>if (a<b) {x='</div>'}</script></head>\
                    <body><div class=\"x>y\"><p>One<p>Two<br>three</div><!-- <div> --></body></html>";
        assert_eq!(bound_nesting(page), (page.to_string(), 0));
    }

    #[test]
    fn deep_nesting_is_cut_but_text_kept() {
        let n = 10_000;
        let page = format!("{}<p>Deep text.</p>{}<p>After.</p>", "<div>".repeat(n), "</div>".repeat(n));
        let (out, dropped) = bound_nesting(&page);
        assert_eq!(dropped, 2 * (n - MAX_DEPTH));
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("<p>Deep text.</p>") && out.ends_with("<p>After.</p>"));
    }

    #[test]
    fn noscript_content_is_counted() {
        let page = format!("<noscript>{}x", "<div>".repeat(1000));
        assert_eq!(bound_nesting(&page).0.matches("<div>").count(), MAX_DEPTH - 1);
    }

    #[test]
    fn unicode_and_stray_brackets_are_safe() {
        let page = "a < b, «ü» <é <div x='>'>ç</div> <";
        assert_eq!(bound_nesting(page).0, page);
    }
}
