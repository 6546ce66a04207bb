//! URLs in article text.
//!
//! A link starts at `https://`, `http://` (anywhere, even glued to the word
//! before it: `region.https://t.co/x`), or at `www.`, `pic.twitter.com/`,
//! `t.co/` where no letter or digit stands just before. It runs to the first
//! white space, quotation mark, angle bracket, ellipsis or dash, or to the next
//! `http(s)://` glued to it; trailing sentence punctuation (`.,;:!?'`) and an
//! unbalanced closing bracket are left out.

use claims_model::{Mention, Span};

/// Prefixes that start a link, lower case.
const SCHEMES: &[&str] = &["https://", "http://"];
/// Prefixes that start a link only at a word boundary, lower case.
const BARE: &[&str] = &["www.", "pic.twitter.com/", "t.co/"];

fn starts_with_ci(hay: &[u8], needle: &str) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle.as_bytes())
}

/// True for characters that end a URL wherever they stand.
fn stops_url(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '“' | '”' | '‘' | '’' | '«' | '»' | '<' | '>' | '…' | '—' | '–' | '|' | '\\' | '^' | '`' | '{' | '}'
        )
        || c.is_control()
        // Emoji and other symbols outside ASCII end a URL; letters of any script do not.
        || (!c.is_ascii() && !c.is_alphanumeric() && !is_mark(c))
}

/// Combining marks (accents written as separate code points) stay inside a URL.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Where the link starting at `start` ends (exclusive), before trailing punctuation.
fn url_end(text: &str, start: usize, prefix_len: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start + prefix_len;
    for (i, c) in text[start + prefix_len..].char_indices() {
        let at = start + prefix_len + i;
        if stops_url(c) {
            break;
        }
        // Another scheme glued on: `https://t.co/ahttps://t.co/b`.
        if c == 'h' && SCHEMES.iter().any(|s| starts_with_ci(&bytes[at..], s)) {
            break;
        }
        end = at + c.len_utf8();
    }
    // Trailing punctuation is the sentence's, not the URL's.
    loop {
        let s = &text[start..end];
        let Some(last) = s.chars().next_back() else { break };
        let drop = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' => true,
            ')' => s.matches('(').count() < s.matches(')').count(),
            ']' => s.matches('[').count() < s.matches(']').count(),
            _ => false,
        };
        if drop && end - last.len_utf8() > start + prefix_len {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// True when the link text has something after its prefix that looks like an address.
fn plausible(url: &str, prefix_len: usize) -> bool {
    let rest = &url[prefix_len..];
    if rest.is_empty() {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("www.") {
        // `www.example.org`: a dot after the first label.
        return rest.split('/').next().is_some_and(|host| host.contains('.') && !host.ends_with('.'));
    }
    rest.chars().next().is_some_and(|c| c.is_alphanumeric())
}

/// Finds URLs (`https://…`, `http://…`, `www.…`, `pic.twitter.com/…`, `t.co/…`)
/// with exact byte spans.
pub fn find_links(text: &str) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Where a prefix can start: `http://` and `https://` 4 and 5 bytes before a
    // `:`, `www.` and `pic.twitter.com/` 3 bytes before a `.`, `t.co/` 1 byte
    // before one. Other positions start no link: only these are tried, in order.
    let mut starts: Vec<usize> = Vec::new();
    // (A start whose byte opens no prefix is passed over below: it is not kept.)
    each_mark(bytes, |k| {
        let back: &[usize] = if bytes[k] == b':' { &[5, 4] } else { &[3, 1] };
        starts.extend(
            back.iter()
                .filter_map(|&d| k.checked_sub(d))
                .filter(|&at| matches!(bytes[at], b'h' | b'H' | b'w' | b'W' | b'p' | b'P' | b't' | b'T')),
        );
    });
    if starts.is_empty() {
        return out;
    }
    starts.sort_unstable();
    starts.dedup();
    let mut i = 0;
    for &at in &starts {
        if at < i {
            continue;
        }
        i = at;
        let b = bytes[i];
        if !matches!(b, b'h' | b'H' | b'w' | b'W' | b'p' | b'P' | b't' | b'T') || !text.is_char_boundary(i) {
            continue;
        }
        let rest = &bytes[i..];
        let mut prefix = SCHEMES.iter().find(|s| starts_with_ci(rest, s)).map(|s| s.len());
        if prefix.is_none() {
            let boundary = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != '@');
            if boundary {
                prefix = BARE.iter().find(|s| starts_with_ci(rest, s)).map(|s| s.len());
            }
        }
        let Some(plen) = prefix else { continue };
        let end = url_end(text, i, plen);
        if plausible(&text[i..end], plen) {
            out.push(Mention::from_span(text, Span::new(i, end)));
            i = end;
        } else {
            i += plen;
        }
    }
    out
}

/// Calls `f` with the position of each `:` and `.` in `bytes`, in order
/// (eight bytes at a time past those with neither).
fn each_mark(bytes: &[u8], mut f: impl FnMut(usize)) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has = |x: u64, c: u8| {
        let y = x ^ (ONES * u64::from(c));
        y.wrapping_sub(ONES) & !y & HIGH != 0
    };
    let mut from = 0;
    while from + 8 <= bytes.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[from..from + 8]);
        let x = u64::from_le_bytes(w);
        if has(x, b':') || has(x, b'.') {
            w.iter().enumerate().filter(|(_, b)| matches!(b, b':' | b'.')).for_each(|(k, _)| f(from + k));
        }
        from += 8;
    }
    bytes[from..].iter().enumerate().filter(|(_, b)| matches!(b, b':' | b'.')).for_each(|(k, _)| f(from + k));
}

/// True when the URL is the address of one post (`…/status/123`, an Instagram `/p/…`).
pub fn is_status_url(url: &str) -> bool {
    let l = url.to_ascii_lowercase();
    let social = ["twitter.com/", "x.com/", "instagram.com/", "bsky.app/", "facebook.com/", "threads.net/", "t.me/"]
        .iter()
        .any(|d| l.contains(d));
    social && ["/status/", "/statuses/", "/p/", "/post/", "/posts/", "/reel/"].iter().any(|p| l.contains(p))
        || (l.contains("t.me/")
            && l.rsplit('/').next().is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(t: &str) -> Vec<String> {
        let found = find_links(t);
        for m in &found {
            assert_eq!(&t[m.start..m.end], m.text);
        }
        found.into_iter().map(|m| m.text).collect()
    }

    #[test]
    fn schemes_and_bare_prefixes() {
        assert_eq!(urls("See https://example.org/a?b=1&c=2#x now"), ["https://example.org/a?b=1&c=2#x"]);
        assert_eq!(urls("old http://example.org/ site"), ["http://example.org/"]);
        assert_eq!(urls("visit www.gov.kz/en today"), ["www.gov.kz/en"]);
        assert_eq!(urls("photo pic.twitter.com/Duhb40q2D8"), ["pic.twitter.com/Duhb40q2D8"]);
        assert_eq!(urls("short t.co/abc123 link"), ["t.co/abc123"]);
        assert_eq!(urls("HTTPS://EXAMPLE.ORG/X"), ["HTTPS://EXAMPLE.ORG/X"]);
    }

    #[test]
    fn trailing_punctuation_is_left_out() {
        assert_eq!(urls("Read it at https://example.org/story."), ["https://example.org/story"]);
        assert_eq!(urls("(see https://example.org/a), then"), ["https://example.org/a"]);
        assert_eq!(
            urls("wiki https://en.wikipedia.org/wiki/Foo_(bar) ok"),
            ["https://en.wikipedia.org/wiki/Foo_(bar)"]
        );
        assert_eq!(urls("here: https://t.co/JwIV69eopy\" pic"), ["https://t.co/JwIV69eopy"]);
        assert_eq!(urls("“https://example.org/q”"), ["https://example.org/q"]);
        assert_eq!(urls("link https://example.org/a… more"), ["https://example.org/a"]);
        assert_eq!(urls("is it https://example.org/?"), ["https://example.org/"]);
    }

    #[test]
    fn glued_links_are_found() {
        assert_eq!(urls("in the region.https://t.co/ICta5gnHhw"), ["https://t.co/ICta5gnHhw"]);
        assert_eq!(urls("https://t.co/ahttps://t.co/b"), ["https://t.co/a", "https://t.co/b"]);
        assert_eq!(urls("end.pic.twitter.com/xyz"), ["pic.twitter.com/xyz"]);
    }

    #[test]
    fn not_links() {
        assert!(urls("the Microsoft.co/ thing and http:// alone").is_empty());
        assert!(urls("www. is a prefix; www.x is not a host").is_empty());
        assert!(urls("He went to the bat.co/ store and emailed a@t.co/x").is_empty());
        assert!(urls("").is_empty());
        assert!(urls("naïve café — ünïcode only").is_empty());
    }

    #[test]
    fn unicode_around_links_keeps_char_boundaries() {
        assert_eq!(urls("Ссылка:https://example.org/путь—дальше"), ["https://example.org/путь"]);
        assert_eq!(urls("🚨https://t.co/x🚨"), ["https://t.co/x"]);
    }

    #[test]
    fn status_urls() {
        assert!(is_status_url("https://twitter.com/AlArabiya_Eng/status/1722566939474694331"));
        assert!(is_status_url("https://x.com/TOPXNews/status/1"));
        assert!(is_status_url("https://www.instagram.com/p/Cz1/"));
        assert!(is_status_url("https://t.me/channel/1234"));
        assert!(!is_status_url("https://t.co/ICta5gnHhw"));
        assert!(!is_status_url("https://example.org/status/1"));
    }
}
