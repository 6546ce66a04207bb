//! Sources that are not speakers: pasted social posts, links and news outlets.
//!
//! - [`find_posts`]: a social post pasted into the article as text, in the
//!   forms embeds leave behind when copied: the post's text, then a signature
//!   line `— Name (@handle) Month D, YYYY` (any dash or none, `on X`, a time,
//!   a status URL), or a header line `Name (@handle) on X:` with the text after
//!   it. See [`find_posts`] for the rules.
//! - [`find_links`]: every URL with its exact span.
//! - [`find_outlets`]: news outlets and wire services named as sources.
//! - [`is_promotional`] and [`clean_statement`]: lines that are not claims, and
//!   post text normalised for a claim statement (`#Putin` → `Putin`).

mod dates;
mod links;
mod outlets;
mod promo;

use chrono::NaiveDate;
use claims_model::{Mention, Sentence, Span};

pub use dates::parse_date;
pub use links::{find_links, is_status_url};
pub use outlets::{canonical_outlet, find_outlets, OUTLETS};
pub use promo::{clean_statement, is_promotional};

/// A social-media post pasted into the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    /// The whole post: body and signature (or header and body).
    pub span: Span,
    /// The post's block as it stands in the article: its text with any
    /// enclosing quotation marks and trailing links (`pic.twitter.com/…`), so
    /// that every sentence of the post lies wholly inside it.
    pub body: Span,
    /// The post's own words only: `body` without enclosing quotation marks and
    /// without the trailing link tail.
    pub text: Span,
    /// The signature line (`— Name (@handle) November 9, 2023`) or header line
    /// (`Name (@handle) on X:`).
    pub signature: Option<Span>,
    /// The account's display name.
    pub name: Option<String>,
    /// Where the display name stands (inside the signature); the handle's
    /// span when the post is signed by its handle alone.
    pub name_span: Option<Span>,
    /// The account's handle with its `@`.
    pub handle: Option<String>,
    /// The post's date.
    pub date: Option<NaiveDate>,
    /// The post's status URL (`…/status/123`), when given.
    pub url: Option<String>,
    /// Every link in the post, body and signature (t.co, pic.twitter.com, status URL).
    pub links: Vec<Mention>,
}

/// A news outlet named in the text (`according to Reuters`, `(AP)`).
#[derive(Debug, Clone, PartialEq)]
pub struct OutletMention {
    /// Canonical outlet name.
    pub name: String,
    /// Where it stands.
    pub span: Span,
    /// True for a wire credit (`(AFP)`, `(Reuters) -`, `— AP`): the outlet
    /// supplies the article, not one claim.
    pub credit: bool,
}

/// The outlets that back a claim read from `sentence` (the span of the claim's
/// sentence or sentences): outlets named as sources inside it (`according to
/// Reuters`, `told the BBC`), and, for a claim without a speaker (the
/// publisher's own), the article's wire credits (`(AFP)`). Returns indices into
/// `outlets`.
pub fn outlets_backing(outlets: &[OutletMention], sentence: Span, has_speaker: bool) -> Vec<usize> {
    outlets
        .iter()
        .enumerate()
        .filter(|(_, o)| if o.credit { !has_speaker || sentence.contains(&o.span) } else { sentence.contains(&o.span) })
        .map(|(i, _)| i)
        .collect()
}

/// Lines longer than this (in chars) are paragraphs of their own: a body never
/// grows upward past or into one, except for the line right above the signature.
const LONG_LINE: usize = 100;
/// Trailing links are looked for in this many bytes before a signature.
const TAIL_WINDOW: usize = 1000;
/// A post body is never longer than this many bytes.
const MAX_BODY: usize = 6000;

/// Lower-case words allowed inside a display name (`Ministry of Foreign Affairs`).
const NAME_CONNECTORS: &[&str] =
    &["of", "the", "and", "for", "de", "la", "le", "al", "el", "van", "von", "der", "du", "da", "del", "bin", "&"];

/// Platforms named after a handle (`on X`, `on Twitter`).
const PLATFORMS: &[&str] = &[
    "x",
    "twitter",
    "instagram",
    "threads",
    "bluesky",
    "facebook",
    "mastodon",
    "telegram",
    "tiktok",
    "linkedin",
    "youtube",
    "truth social",
    "weibo",
    "vk",
];

/// A parsed signature or header line.
#[derive(Debug, Clone)]
struct Sig {
    /// The signature itself: from its dash (or name) to the end of what was parsed.
    span: Span,
    name: Option<Span>,
    handle: Option<Span>,
    date: Option<NaiveDate>,
    /// `Name (@handle) on X:` — the body follows the line (or the colon).
    header: bool,
}

/// What follows a handle on a signature line.
#[derive(Debug, Default)]
struct Tail {
    date: Option<NaiveDate>,
    platform: bool,
    urls: bool,
    time: bool,
    /// Byte offset just past a `:` that makes this a header line.
    colon: Option<usize>,
    /// Where unparsed text starts (== input length when all was understood).
    rest: usize,
    /// Where the last understood item ends.
    end: usize,
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '‒' | '-' | '~')
}

/// Parses what may follow `(@handle)`: `on X`, separators, a time, a date, URLs, a colon.
fn parse_tail(s: &str) -> Tail {
    let mut t = Tail::default();
    let mut at = 0;
    loop {
        // Separators between items.
        let skip = s[at..]
            .char_indices()
            .find(|&(_, c)| !(c.is_whitespace() || matches!(c, ',' | '.' | '·' | '|' | '•') || is_dash(c)))
            .map_or(s.len() - at, |(i, _)| i);
        at += skip;
        if at >= s.len() {
            break;
        }
        let rest = &s[at..];
        let lower = rest.to_ascii_lowercase();
        if let Some(p) = lower.strip_prefix("on ").and_then(|r| {
            PLATFORMS.iter().find(|p| r.starts_with(*p) && !r[p.len()..].starts_with(|c: char| c.is_alphanumeric()))
        }) {
            at += 3 + p.len();
            t.platform = true;
            t.end = at;
            continue;
        }
        if let Some(n) = dates::parse_time(rest) {
            at += n;
            t.time = true;
            t.end = at;
            continue;
        }
        if let Some((d, n)) = dates::parse_date(rest) {
            at += n;
            t.date = Some(d);
            t.end = at;
            continue;
        }
        if let Some(l) = find_links(rest).first().filter(|l| l.start == 0) {
            at += l.end;
            t.urls = true;
            t.end = at;
            continue;
        }
        if rest.starts_with(':') {
            t.colon = Some(at + 1);
            t.end = at + 1;
            t.rest = at + 1;
            return t;
        }
        t.rest = at;
        return t;
    }
    t.rest = s.len();
    t
}

/// True when `name` can be a display name; `strict` when nothing else on the line vouches for it.
fn name_ok(name: &str, strict: bool) -> bool {
    let n_chars = name.chars().count();
    if name.is_empty() || n_chars > 64 || name.contains(['"', '“', '”', ':', ';', '(', ')', '[', ']', '{', '}']) {
        return false;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() > if strict { 7 } else { 10 } {
        return false;
    }
    let lower = words
        .iter()
        .filter(|w| {
            w.chars().next().is_some_and(|c| c.is_lowercase())
                && !NAME_CONNECTORS.contains(&crate::text::Lower::new(w).as_str())
        })
        .count();
    let first_ok = name.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_ascii());
    if strict {
        lower == 0 && first_ok && !name.ends_with([',', '.'])
    } else {
        lower <= 2
    }
}

/// A handle after `@` at `text[at..]`: `@name`, `@name.bsky.social`, `@name@instance.org`. Returns its end.
fn handle_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(at) != Some(&b'@') {
        return None;
    }
    // Letters, digits, `_`, and `-` inside (Bluesky: `@dana-akh.bsky.social`).
    let word = |i: usize| {
        let n = b[i..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'-').count();
        b[i..i + n].iter().rposition(|c| *c != b'-').map_or(0, |k| k + 1)
    };
    let n = word(at + 1);
    if n == 0 || n > 50 {
        return None;
    }
    let mut end = at + 1 + n;
    // Dotted (Bluesky) or @instance (Mastodon) continuations.
    while matches!(b.get(end), Some(b'.') | Some(b'@')) {
        let m = b[end + 1..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b'_').count();
        if m == 0 {
            break;
        }
        end += 1 + m;
    }
    Some(end)
}

/// The dash that opens a signature before `before` on the line starting at `line_start`:
/// the last `—`, `–`, `―`, or a ` - `/` -- ` standing alone. Returns its start and end.
fn signature_dash(text: &str, line_start: usize, before: usize) -> Option<(usize, usize)> {
    let seg = &text[line_start..before];
    let mut found = None;
    let mut iter = seg.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let prev_space = seg[..i].chars().next_back().is_none_or(|p| p.is_whitespace() || !p.is_alphanumeric());
        match c {
            '—' | '–' | '―' | '‒' => {
                let mut end = i + c.len_utf8();
                while seg[end..].starts_with(['—', '–']) {
                    end += 3;
                }
                found = Some((line_start + i, line_start + end));
            }
            '-' | '~' if prev_space => {
                let mut end = i + 1;
                if seg[end..].starts_with('-') {
                    end += 1;
                    iter.next();
                }
                if seg[end..].starts_with(char::is_whitespace) {
                    found = Some((line_start + i, line_start + end));
                }
            }
            _ => {}
        }
    }
    found
}

/// `Name on X:` / `Name on Twitter: "…"` at the start of a line, with a strict name.
fn handleless_header(text: &str, line: Span) -> Option<Sig> {
    let l = &text[line.start..line.end];
    // The first ` on ` in any case (ASCII lower-casing keeps every byte's place), found
    // from the `o`s of the line; only a line that has one is lower-cased.
    let lb = l.as_bytes();
    let on = memchr::memchr2_iter(b'o', b'O', lb)
        .filter(|&i| i > 0)
        .map(|i| i - 1)
        .find(|&i| lb[i..].get(..4).is_some_and(|w| w.eq_ignore_ascii_case(b" on ")))?;
    let lower = l.to_ascii_lowercase();
    let after_on = &lower[on + 4..];
    let p = PLATFORMS.iter().find(|p| after_on.starts_with(*p) && after_on[p.len()..].trim_start().starts_with(':'))?;
    let colon = on + 4 + p.len() + after_on[p.len()..].find(':')? + 1;
    let rest = l[colon..].trim_start();
    if !(rest.is_empty() || rest.starts_with(['"', '“', '«'])) {
        return None;
    }
    let name_span = crate::text::trim(text, Span::new(line.start, line.start + on));
    let name = &text[name_span.start..name_span.end];
    if !name_ok(name, true) || name_span.start != crate::text::trim(text, line).start {
        return None;
    }
    Some(Sig {
        span: Span::new(name_span.start, line.start + colon),
        name: Some(name_span),
        handle: None,
        date: None,
        header: true,
    })
}

/// Parses one line as a post signature or header.
fn parse_line(text: &str, line: Span) -> Option<Sig> {
    let l = &text[line.start..line.end];
    // `— @handle November 9, 2023`: a handle without a display name.
    let trimmed = l.trim_start();
    let lead = line.start + l.len() - trimmed.len();
    if let Some(c) = trimmed.chars().next().filter(|&c| is_dash(c)) {
        let after = lead + c.len_utf8();
        let after = after + text[after..line.end].len() - text[after..line.end].trim_start_matches(['-', ' ']).len();
        if let Some(h_end) = handle_end(text, after) {
            let tail = parse_tail(&text[h_end..line.end]);
            if tail.rest == line.end - h_end && tail.colon.is_none() && (tail.date.is_some() || tail.urls) {
                return Some(Sig {
                    span: Span::new(lead, h_end + tail.end),
                    name: None,
                    handle: Some(Span::new(after, h_end)),
                    date: tail.date,
                    header: false,
                });
            }
        }
    }
    // `Name on X: "…"` (a page title or caption without the handle): the post
    // must be quoted, on this line or in the next paragraph (checked by the caller).
    if let Some(sig) = handleless_header(text, line) {
        return Some(sig);
    }
    // `Name (@handle) …` — try each `(@` on the line.
    let mut from = 0;
    // (`(@` found from the line's `(`s.)
    while let Some(rel) =
        memchr::memchr_iter(b'(', &l.as_bytes()[from..]).find(|&i| l.as_bytes().get(from + i + 1) == Some(&b'@'))
    {
        let open = line.start + from + rel;
        from += rel + 2;
        let Some(h_end) = handle_end(text, open + 1) else { continue };
        if text.as_bytes().get(h_end) != Some(&b')') {
            continue;
        }
        let tail_start = h_end + 1;
        let tail = parse_tail(&text[tail_start..line.end]);
        let tail_done = tail.rest == line.end - tail_start;
        let dash = signature_dash(text, line.start, open);
        let mut name_from = dash.map_or(line.start, |d| d.1);
        let mut shared_by = None;
        // Instagram embeds: `A post shared by Name (@handle)`.
        let region = text[name_from..open].trim_start();
        const SHARED_BY: &str = "a post shared by ";
        if region.len() > SHARED_BY.len()
            && region.is_char_boundary(SHARED_BY.len())
            && region[..SHARED_BY.len()].eq_ignore_ascii_case(SHARED_BY)
        {
            shared_by = Some(open - region.len());
            name_from = open - region.len() + SHARED_BY.len();
        }
        let name_span = crate::text::trim(text, Span::new(name_from, open));
        let prefix = dash.map(|d| crate::text::trim(text, Span::new(line.start, d.0)));
        let has_prefix = prefix.is_some_and(|p| !p.is_empty());
        let name = &text[name_span.start..name_span.end];
        let vouched = tail.date.is_some() || tail.platform || tail.urls || tail.time;
        let sig_start = dash.map_or(shared_by.unwrap_or(name_span.start), |d| d.0);
        let handle = Some(Span::new(open + 1, h_end));
        let mk = |header: bool, end: usize| Sig {
            span: Span::new(sig_start, end),
            name: (!name_span.is_empty()).then_some(name_span),
            handle,
            date: tail.date,
            header,
        };
        if tail.colon.is_some() {
            // Header: `Name (@handle) on X:` at the start of its line.
            if !has_prefix && name_ok(name, !tail.platform) {
                return Some(mk(true, tail_start + tail.end));
            }
            continue;
        }
        if !tail_done {
            continue;
        }
        let ok = match (dash.is_some(), has_prefix) {
            // Mid-line signature after the post text: needs a date, URL or platform too.
            (true, true) => vouched && name_ok(name, false),
            (true, false) => name_ok(name, false),
            // No dash: the line is only `Name (@handle) [date…]`.
            (false, _) => name_ok(name, true),
        };
        if ok {
            return Some(mk(false, tail_start + tail.end));
        }
    }
    None
}

/// Byte spans of the lines of `text` (without the line break and any `\r`).
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let end = if i > start && text.as_bytes()[i - 1] == b'\r' { i - 1 } else { i };
        out.push(Span::new(start, end));
        start = i + 1;
    }
    out.push(Span::new(start, text.len()));
    out
}

fn is_blank(text: &str, s: Span) -> bool {
    text[s.start..s.end].trim().is_empty()
}

/// True for a line holding only links (a picture or link tail on its own line).
fn is_links_only(text: &str, s: Span) -> bool {
    let t = text[s.start..s.end].trim();
    let links = find_links(t);
    !links.is_empty() && links.iter().fold(t.to_string(), |acc, l| acc.replacen(&l.text, "", 1)).trim().is_empty()
}

fn is_long(text: &str, s: Span) -> bool {
    text[s.start..s.end].chars().count() > LONG_LINE
}

/// The largest char boundary at or below `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Start of the quotation that closes just before `close` (a closing mark at `close`):
/// the nearest opening mark in opening position whose inside is balanced.
fn opening_quote(text: &str, floor: usize, close: usize) -> Option<usize> {
    let closing = text[close..].chars().next()?;
    let (open_c, close_c) = match closing {
        '"' => ('"', '"'),
        '”' => ('“', '”'),
        '»' => ('«', '»'),
        _ => return None,
    };
    let lo = floor_boundary(text, close.saturating_sub(MAX_BODY)).max(floor);
    for (i, c) in text[lo..close].char_indices().rev() {
        if c != open_c {
            continue;
        }
        let at = lo + i;
        let prev = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        let opening_pos = prev.is_none_or(|p| p.is_whitespace() || matches!(p, ':' | '(' | '—' | '–' | '[' | ','))
            && next.is_some_and(|n| !n.is_whitespace());
        if !opening_pos {
            continue;
        }
        let inside = &text[at + c.len_utf8()..close];
        let balanced = if open_c == close_c {
            inside.matches(open_c).count() % 2 == 0
        } else {
            inside.matches(open_c).count() == inside.matches(close_c).count()
        };
        if balanced {
            return Some(at);
        }
    }
    None
}

/// The post block that ends before `end` (a signature's start), not reaching above `floor`.
/// Returns `(body, text)`: see [`Post`].
fn body_before(text: &str, all_lines: &[Span], blank_style: bool, floor: usize, end: usize) -> Option<(Span, Span)> {
    let block = crate::text::trim(text, Span::new(floor, end));
    if block.is_empty() {
        return None;
    }
    let end = block.end;
    // Peel the link tail: `… pic.twitter.com/x`, `…region.https://t.co/y`.
    let lo = floor_boundary(text, end.saturating_sub(TAIL_WINDOW)).max(floor);
    let links = find_links(&text[lo..end]);
    let mut core_end = end;
    for l in links.iter().rev() {
        if lo + l.end == core_end {
            core_end = crate::text::trim(text, Span::new(block.start, lo + l.start)).end;
        }
    }
    if core_end <= block.start {
        // Only links: the post is a picture or a link.
        return Some((Span::new(block.start, end), Span::new(block.start, end)));
    }
    // A quoted post: from its opening quotation mark.
    let last = text[..core_end].chars().next_back()?;
    if matches!(last, '"' | '”' | '»') {
        let close = core_end - last.len_utf8();
        if let Some(open) = opening_quote(text, block.start, close) {
            let open_len = text[open..].chars().next().map_or(1, char::len_utf8);
            return Some((Span::new(open, end), Span::new(open + open_len, close)));
        }
    }
    // A paragraph. Where blank lines separate paragraphs: the line above the
    // signature and the short lines above it (a hard-wrapped or multi-line
    // post), up to a blank line or a long line. Where every line is a paragraph:
    // the line above the signature (and the one above a link-only line).
    let idx = Some(all_lines.partition_point(|l| l.end < core_end)).filter(|&i| i < all_lines.len())?;
    if all_lines[idx].start > core_end {
        return None;
    }
    let mut top = idx;
    while top > 0 {
        let prev = all_lines[top - 1];
        let cur = Span::new(all_lines[top].start, all_lines[top].end.min(end));
        let cur_links_only = is_links_only(text, cur);
        if prev.end <= floor
            || is_blank(text, prev)
            || end - prev.start > MAX_BODY
            || (blank_style && !cur_links_only && (is_long(text, prev) || is_long(text, cur)))
            || (!blank_style && !cur_links_only)
        {
            break;
        }
        top -= 1;
    }
    let start = all_lines[top].start.max(block.start);
    let body = crate::text::trim(text, Span::new(start, end));
    Some((body, crate::text::trim(text, Span::new(body.start, core_end))))
}

/// The body after a header line ending at `after`: the rest of the line, else
/// the next paragraph. Returns `(body, text)` and the line index after the body.
fn body_after(text: &str, all_lines: &[Span], line_idx: usize, after: usize) -> Option<(Span, Span, usize)> {
    let line = all_lines[line_idx];
    let rest = crate::text::trim(text, Span::new(after, line.end));
    let (body, next) = if !rest.is_empty() {
        (rest, line_idx + 1)
    } else {
        let first = (line_idx + 1..all_lines.len()).find(|&i| !is_blank(text, all_lines[i]))?;
        if first > line_idx + 2 {
            return None;
        }
        let mut last = first;
        while last + 1 < all_lines.len() {
            let nl = all_lines[last + 1];
            if is_blank(text, nl)
                || is_long(text, all_lines[last])
                || is_long(text, nl)
                || parse_line(text, nl).is_some()
                || date_line(text, nl).is_some()
                || nl.end - all_lines[first].start > MAX_BODY
            {
                break;
            }
            last += 1;
        }
        (crate::text::trim(text, Span::new(all_lines[first].start, all_lines[last].end)), last + 1)
    };
    if body.is_empty() {
        return None;
    }
    // A page title's ` / X` or ` / Twitter` tail is not the post's.
    let mut body = body;
    for tail in [" / X", " / Twitter"] {
        if text[body.start..body.end].ends_with(tail) {
            body = crate::text::trim(text, Span::new(body.start, body.end - tail.len()));
        }
    }
    // Inner text: without enclosing quotation marks or a link tail.
    let links = find_links(&text[body.start..body.end]);
    let mut core_end = body.end;
    for l in links.iter().rev() {
        if body.start + l.end == core_end {
            core_end = crate::text::trim(text, Span::new(body.start, body.start + l.start)).end;
        }
    }
    let mut inner = Span::new(body.start, core_end.max(body.start));
    let s = &text[inner.start..inner.end];
    if let (Some(o), Some(c)) = (s.chars().next(), s.chars().next_back()) {
        if matches!((o, c), ('"', '"') | ('“', '”') | ('«', '»')) && s.len() > o.len_utf8() + c.len_utf8() {
            inner = Span::new(inner.start + o.len_utf8(), inner.end - c.len_utf8());
        }
    }
    Some((body, inner, next))
}

/// A line holding only a date (and time, separators): `9:41 AM · Nov 9, 2023`.
fn date_line(text: &str, line: Span) -> Option<(NaiveDate, Span)> {
    let t = crate::text::trim(text, line);
    if t.is_empty() {
        return None;
    }
    let tail = parse_tail(&text[t.start..t.end]);
    (tail.rest == t.len() && tail.colon.is_none()).then_some(())?;
    tail.date.map(|d| (d, t))
}

/// Social platforms a report may name as where something was posted.
const REPORT_PLATFORMS: &[(&str, &str)] = &[
    ("X", "X"),
    ("Twitter", "X"),
    ("Facebook", "Facebook"),
    ("Instagram", "Instagram"),
    ("Telegram", "Telegram"),
    ("TikTok", "TikTok"),
    ("Threads", "Threads"),
    ("YouTube", "YouTube"),
    ("LinkedIn", "LinkedIn"),
    ("Bluesky", "Bluesky"),
    ("Truth Social", "Truth Social"),
    ("Weibo", "Weibo"),
];

/// The platform a report names as where it was posted, with the span of its
/// name: `In a post on X, he wrote …`, `… she wrote on Facebook`, `said in a
/// tweet`. Looked for in `sentence` (the report's sentence), in a phrase
/// `on <Platform>` after `post`, `posted`, `wrote`, `said`, `posting` or
/// `writing`, or the words `tweet`/`tweeted`, within 60 bytes of the cue.
pub fn platform_of_report(text: &str, sentence: Span, cue: Span) -> Option<(&'static str, Span)> {
    let s = text.get(sentence.start..sentence.end)?;
    let near = |at: usize| {
        let at = sentence.start + at;
        at + 60 >= cue.start && at <= cue.end + 60
    };
    // (The searchers find the non-overlapping occurrences, left to right, as `match_indices` does.)
    static ON: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" on "));
    static TWEET: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("tweet"));
    for i in ON.find_iter(s.as_bytes()) {
        let after = &s[i + 4..];
        let Some(&(name, platform)) = REPORT_PLATFORMS.iter().find(|(n, _)| {
            after.starts_with(n) && !after[n.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        }) else {
            continue;
        };
        let before = s[..i].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let verb = matches!(
            before.to_ascii_lowercase().as_str(),
            "post" | "posted" | "posts" | "posting" | "wrote" | "writes" | "writing" | "said" | "says" | "message"
        );
        if verb && near(i) {
            let start = sentence.start + i + 4;
            return Some((platform, Span::new(start, start + name.len())));
        }
    }
    TWEET.find_iter(s.as_bytes()).find(|&i| near(i) && !s[..i].ends_with(|c: char| c.is_alphanumeric())).map(|i| {
        let start = sentence.start + i;
        (REPORT_PLATFORMS[0].1, Span::new(start, start + 5))
    })
}

/// Finds social posts pasted into the article text.
///
/// A post is recognised by its signature line, which gives the account:
///
/// - `— Name (@handle) November 9, 2023` on its own line, with any dash
///   (`—`, `–`, `-`, `--`) or none, the date as `November 9, 2023`,
///   `Nov 9, 2023`, `9 November 2023` or `2023-11-09`, optionally a time,
///   `on X`/`on Twitter`, and status or picture URLs; also `— @handle date`.
///   Without a dash the line must hold nothing but a capitalised name, the
///   handle and such items. The body is the block just before it: a quotation
///   (`"…" pic.twitter.com/…`) when it ends with a closing quotation mark,
///   otherwise the line above (plus the short lines above that line, for
///   hard-wrapped or multi-line posts, up to a blank line or a long paragraph).
/// - The same signature at the end of the post's own line (`…text — Name
///   (@handle) Nov 9, 2023`), when a date, URL or platform vouches for it.
/// - A header `Name (@handle) on X:` (or `Name (@handle):`) with the post text
///   after the colon or in the next paragraph, optionally followed by a
///   date line (`9:41 AM · Nov 9, 2023`); also `Name on X: "…"` without a
///   handle (a page title, ` / X` tail dropped) when the post is quoted.
/// - Instagram's `A post shared by Name (@handle)` signature.
///
/// Not posts: a handle inside a sentence (`officials (@StateDept) said …`), an
/// em dash in prose, a signature with nothing before it. Sentence spans are not
/// needed (posts are found from lines), the parameter keeps the stage signature.
pub fn find_posts(text: &str, _sentences: &[Sentence]) -> Vec<Post> {
    if !text.contains('@') && !text.contains(':') {
        return Vec::new();
    }
    let all = lines(text);
    // Whether blank lines separate paragraphs (else every line is one).
    let first = all.iter().position(|l| !is_blank(text, *l));
    let last = all.iter().rposition(|l| !is_blank(text, *l));
    let blank_style = match (first, last) {
        (Some(a), Some(b)) => all[a..b].iter().any(|l| is_blank(text, *l)),
        _ => false,
    };
    let mut posts = Vec::new();
    let mut floor = 0;
    let mut i = 0;
    while i < all.len() {
        let line = all[i];
        if line.start < floor || memchr::memchr2(b'@', b':', &text.as_bytes()[line.start..line.end]).is_none() {
            i += 1;
            continue;
        }
        let Some(sig) = parse_line(text, line) else {
            i += 1;
            continue;
        };
        let (body, inner, span, signature, date, next) = if sig.header {
            let Some((body, inner, mut next)) = body_after(text, &all, i, sig.span.end) else {
                i += 1;
                continue;
            };
            if sig.handle.is_none() && !text[body.start..body.end].starts_with(['"', '“', '«']) {
                i += 1;
                continue;
            }
            let mut span = sig.span.cover(&body);
            let mut date = sig.date;
            // A date line right after the body (an embed's footer).
            if let Some(j) = (next..all.len().min(next + 2)).find(|&j| !is_blank(text, all[j])) {
                if let Some((d, dspan)) = date_line(text, all[j]) {
                    date = date.or(Some(d));
                    span = span.cover(&dspan);
                    next = j + 1;
                }
            }
            (body, inner, span, sig.span, date, next)
        } else {
            let Some((body, inner)) = body_before(text, &all, blank_style, floor, sig.span.start) else {
                i += 1;
                continue;
            };
            (body, inner, body.cover(&sig.span), sig.span, sig.date, i + 1)
        };
        let links: Vec<Mention> = find_links(&text[span.start..span.end])
            .into_iter()
            .map(|m| Mention { start: m.start + span.start, end: m.end + span.start, text: m.text })
            .collect();
        let url = links.iter().filter(|l| signature.contains(&l.span())).find(|l| is_status_url(&l.text));
        let url = url.or_else(|| links.iter().find(|l| is_status_url(&l.text))).map(|l| l.text.clone());
        posts.push(Post {
            span,
            body,
            text: inner,
            signature: Some(signature),
            name: sig.name.map(|s| text[s.start..s.end].to_string()),
            // A post signed by its handle alone is named by the handle where it stands.
            name_span: sig.name.or(sig.handle),
            handle: sig.handle.map(|h| text[h.start..h.end].to_string()),
            date,
            url,
            links,
        });
        floor = span.end;
        i = next;
    }
    posts
}

#[cfg(test)]
mod tests;
