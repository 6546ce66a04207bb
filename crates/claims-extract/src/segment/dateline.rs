//! The dateline that opens a news article: `ASTANA (Kazakhstan):`,
//! `WASHINGTON (AP) —`, `LONDON, Nov 9 (Reuters) -`, `ST. LOUIS -`,
//! `NAIROBI, Kenya (AFP) -`, `Paris (AFP) -`.
//!
//! Shape: a place in capitals (or in title case when an agency or country in
//! brackets follows), an optional `, region or date`, an optional
//! `(agency or country)`, then `:` or a dash. The dateline is not a sentence
//! of its own: the segmenter keeps it at the head of the first sentence.

use claims_model::{Dateline, Span};

/// The dateline that opens the article, if any (`ASTANA (Kazakhstan):`): at
/// the start of the text, or of its first body line when a headline or byline
/// (lines of at most 200 bytes that do not end a sentence) comes first.
pub fn dateline(text: &str) -> Option<Dateline> {
    let mut line = 0;
    for _ in 0..4 {
        if let Some(d) = dateline_at(text, line) {
            return Some(d);
        }
        let rest = &text[line..];
        let lead = rest.len() - rest.trim_start().len();
        let body = &rest[lead..];
        let end = body.find('\n')?;
        let this = body[..end].trim_end();
        if this.len() > 200 || this.ends_with(['.', '!', '?', '"', '”', ':', ';']) {
            return None;
        }
        line += lead + end + 1;
    }
    None
}

/// The dateline at the start of `text[from..]` (after white space), if any.
fn dateline_at(text: &str, from: usize) -> Option<Dateline> {
    let start = from + (text[from..].len() - text[from..].trim_start().len());
    let s = &text[start..];
    // (A byte search: both breaks are ASCII.)
    let line_end = memchr::memchr2(b'\n', b'\r', s.as_bytes()).unwrap_or(s.len());
    let head = &s[..floor_boundary(s, line_end.min(160))];

    // The place: words of capitals (`ST. LOUIS`, `RIO DE JANEIRO`) or title case.
    let mut i = 0;
    let bytes = head.as_bytes();
    let mut words = 0;
    let mut all_caps = true;
    loop {
        let ws = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_alphabetic()
                || bytes[i] >= 0x80
                || matches!(bytes[i], b'.' | b'\'' | b'-')
                // Two places of one report (`DOHA/GAZA, Nov 27 (Reuters) -`).
                || bytes[i] == b'/' && i > 0 && bytes.get(i + 1).is_some_and(|c| c.is_ascii_uppercase()))
        {
            if bytes[i].is_ascii_lowercase() {
                all_caps = false;
            }
            i += 1;
        }
        if i == ws {
            break;
        }
        let w = &head[ws..i];
        if !w.chars().next().is_some_and(|c| c.is_uppercase()) {
            return None;
        }
        words += 1;
        if words > 4 {
            return None;
        }
        if i < bytes.len() && bytes[i] == b' ' && bytes.get(i + 1).is_some_and(|c| c.is_ascii_uppercase()) {
            // Another word of the place only if it is in capitals too (`NEW YORK`).
            let nxt = &head[i + 1..];
            let nw_end = nxt.find(|c: char| !(c.is_alphabetic() || c == '.' || c == '\'')).unwrap_or(nxt.len());
            let nw = &nxt[..nw_end];
            if nw.len() >= 2 && nw.chars().all(|c| !c.is_lowercase()) && all_caps {
                i += 1;
                continue;
            }
        }
        break;
    }
    if words == 0 {
        return None;
    }
    let place = head[..i].trim_end_matches(['.', '-']);
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || is_label(place) {
        return None;
    }
    let mut k = i;
    // `, Kenya` or `, Nov 9`
    if head[k..].starts_with(", ") {
        let rest = &head[k + 2..];
        let end = rest.find(['(', ':', '—', '–']).or_else(|| rest.find(" - ")).unwrap_or(rest.len());
        let part = rest[..end].trim_end();
        if part.is_empty() || part.len() > 30 || !part.chars().next().is_some_and(|c| c.is_uppercase()) {
            return None;
        }
        if part.contains(['.', ',', '"']) && !is_short_date(part) && !is_abbreviated_region(part) {
            return None;
        }
        k += 2 + part.len();
    }
    // ` (AP)`, ` (Kazakhstan)`
    let mut bracket = false;
    let after = &head[k..];
    let after_trim = after.trim_start();
    if after_trim.starts_with('(') {
        let close = after_trim.find(')')?;
        let inner = &after_trim[1..close];
        if inner.is_empty() || inner.len() > 40 || !inner.chars().next().is_some_and(|c| c.is_uppercase()) {
            return None;
        }
        k += after.len() - after_trim.len() + close + 1;
        bracket = true;
    }
    if !all_caps && !bracket {
        return None;
    }
    // The separator: `:` or a dash with spaces around.
    let tail = &head[k..];
    let sep_end = if let Some(r) = tail.strip_prefix(':') {
        r.starts_with(' ').then_some(k + 1)?
    } else {
        let t = tail.trim_start();
        let lead = tail.len() - t.len();
        if lead == 0 {
            return None;
        }
        let dash = ["—", "–", "--", "-"].iter().find(|d| t.starts_with(**d))?;
        if !t[dash.len()..].starts_with(' ') {
            return None;
        }
        k + lead + dash.len()
    };
    // Something must follow on the line.
    if head[sep_end..].trim().is_empty() {
        return None;
    }
    let span = Span::new(start, start + sep_end);
    Some(Dateline { place: place.to_string(), text: text[span.start..span.end].to_string(), span })
}

/// Capitalised labels that open a text like a dateline but name no place.
fn is_label(place: &str) -> bool {
    const LABELS: &[&str] = &[
        "BREAKING",
        "BREAKING NEWS",
        "UPDATE",
        "UPDATED",
        "ALERT",
        "URGENT",
        "FLASH",
        "EXCLUSIVE",
        "WATCH",
        "LIVE",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "CORRECTION",
        "CLARIFICATION",
        "VIDEO",
        "PHOTOS",
        "NEW",
        "NOTE",
        "EDITOR'S NOTE",
        "FACT CHECK",
        "FACTBOX",
        "EXPLAINER",
        "REVIEW",
        "COMMENT",
        "SPONSORED",
        "ADVERTISEMENT",
    ];
    LABELS.iter().any(|l| place.eq_ignore_ascii_case(l))
}

/// A region abbreviated in the wire style: a known abbreviation (`Mich.`,
/// `Calif.`) or initials (`D.C.`, `N.Y.`, `W.Va.`), ending in a period.
fn is_abbreviated_region(s: &str) -> bool {
    let Some(core) = s.strip_suffix('.') else {
        return false;
    };
    let initials = core.contains('.')
        && core.split('.').all(|w| {
            (1..=2).contains(&w.len())
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.bytes().all(|c| c.is_ascii_alphabetic())
        });
    initials
        || (core.starts_with(|c: char| c.is_ascii_uppercase())
            && super::lexicon::abbrev(core) == Some(super::lexicon::Abbrev::Other))
}

/// `Nov 9`, `Nov. 9`, `9 November`.
fn is_short_date(s: &str) -> bool {
    let mut parts = s.split(' ');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let is_num = |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|c| c.is_ascii_digit());
    (is_num(b) && a.trim_end_matches('.').chars().all(|c| c.is_alphabetic()))
        || (is_num(a) && b.chars().all(|c| c.is_alphabetic()))
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(t: &str) -> Option<(String, String)> {
        dateline(t).map(|d| {
            assert_eq!(&t[d.span.start..d.span.end], d.text);
            (d.place, d.text)
        })
    }

    #[test]
    fn wire_styles() {
        let some = |p: &str, t: &str| Some((p.to_string(), t.to_string()));
        assert_eq!(dl("ASTANA (Kazakhstan): Russian President"), some("ASTANA", "ASTANA (Kazakhstan):"));
        assert_eq!(dl("WASHINGTON (AP) — Senate Democrats"), some("WASHINGTON", "WASHINGTON (AP) —"));
        assert_eq!(dl("LONDON, Nov 9 (Reuters) - The Bank"), some("LONDON", "LONDON, Nov 9 (Reuters) -"));
        assert_eq!(dl("ST. LOUIS - Dr. Miriam K. Osei"), some("ST. LOUIS", "ST. LOUIS -"));
        assert_eq!(dl("NAIROBI, Kenya (AFP) - A cholera"), some("NAIROBI", "NAIROBI, Kenya (AFP) -"));
        assert_eq!(dl("  NEW YORK — Stocks fell"), some("NEW YORK", "NEW YORK —"));
        assert_eq!(dl("Paris (AFP) - France said"), some("Paris", "Paris (AFP) -"));
        // US wire style: the state abbreviated with a period.
        assert_eq!(dl("DAYTON, Ohio. - x"), None);
        assert_eq!(dl("FRESNO, Calif. (AP) — Crews said"), some("FRESNO", "FRESNO, Calif. (AP) —"));
        assert_eq!(dl("ALBANY, N.Y. - Lawmakers met"), some("ALBANY", "ALBANY, N.Y. -"));
        // A joint dateline.
        assert_eq!(dl("DOHA/GAZA, Nov 27 (Reuters) - Israel"), some("DOHA/GAZA", "DOHA/GAZA, Nov 27 (Reuters) -"));
        assert_eq!(dl("A/B testing shows"), None);
    }

    #[test]
    fn after_a_headline_and_a_byline() {
        let some = |p: &str, t: &str| Some((p.to_string(), t.to_string()));
        let t = "Ferry strike ends\n\nBy Ana Ruiz\nLISBON — Ferries ran again on Monday.";
        assert_eq!(dl(t), some("LISBON", "LISBON —"));
        // A body sentence first: what follows is no dateline.
        assert_eq!(dl("Ferries ran again on Monday.\nLISBON — Crews returned."), None);
        // Only the first few lines are looked at.
        assert_eq!(dl("a\nb\nc\nd\nLISBON — Ferries ran."), None);
    }

    #[test]
    fn not_datelines() {
        assert_eq!(dl("The Bank of England said: rates stay."), None);
        assert_eq!(dl("Live: Storm Ciaran batters France"), None);
        assert_eq!(dl("Floods close hundreds of schools"), None);
        assert_eq!(dl("WASHINGTON"), None);
        assert_eq!(dl("BREAKING: The Taquari river burst its banks"), None);
        assert_eq!(dl("UPDATE - Officials said"), None);
        assert_eq!(dl(""), None);
        assert_eq!(dl("Ölçü — x"), None);
    }
}
