//! Dates as written in post signatures: `November 9, 2023`, `Nov 9, 2023`,
//! `Nov. 9, 2023`, `9 November 2023`, `2023-11-09`.

use chrono::NaiveDate;

/// A month name (full or abbreviated, optional `.`) at the start of `s`: month and bytes used.
fn month(s: &str) -> Option<(u32, usize)> {
    let word_len = s.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if word_len == 0 {
        return None;
    }
    let m = crate::temporal::month_number(&s[..word_len])?;
    let used = if s[word_len..].starts_with('.') { word_len + 1 } else { word_len };
    Some((m, used))
}

/// Digits at the start of `s` (at most `max`), their value and length.
fn number(s: &str, max: usize) -> Option<(u32, usize)> {
    let n = s.bytes().take_while(|b| b.is_ascii_digit()).count();
    if n == 0 || n > max {
        return None;
    }
    Some((s[..n].parse().ok()?, n))
}

fn skip_spaces(s: &str, at: usize) -> usize {
    at + s[at..].len() - s[at..].trim_start().len()
}

/// Ordinal suffix after a day number (`9th`).
fn skip_ordinal(s: &str, at: usize) -> usize {
    let rest = &s[at..];
    for suf in ["st", "nd", "rd", "th"] {
        if rest.len() >= 2
            && rest.is_char_boundary(2)
            && rest[..2].eq_ignore_ascii_case(suf)
            && !rest[2..].starts_with(|c: char| c.is_alphabetic())
        {
            return at + 2;
        }
    }
    at
}

fn year_ok(y: u32) -> bool {
    (1990..=2100).contains(&y)
}

/// The `, YYYY` (comma optional) that ends a written date at `at`: the date and
/// the bytes used from the start of `s`.
fn comma_year(s: &str, mut at: usize, m: u32, d: u32) -> Option<(NaiveDate, usize)> {
    if s[at..].starts_with(',') {
        at += 1;
    }
    at = skip_spaces(s, at);
    let (y, yl) = number(&s[at..], 4)?;
    at += yl;
    if yl != 4 || !year_ok(y) || s[at..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).map(|x| (x, at))
}

/// Parses a date at the very start of `s`; returns it and how many bytes it used.
pub fn parse_date(s: &str) -> Option<(NaiveDate, usize)> {
    // ISO: 2023-11-09
    if let Some((y, 4)) = number(s, 4) {
        let b = s.as_bytes();
        if b.get(4) == Some(&b'-') {
            let (m, ml) = number(&s[5..], 2)?;
            if b.get(5 + ml) == Some(&b'-') {
                let (d, dl) = number(&s[6 + ml..], 2)?;
                let used = 6 + ml + dl;
                if year_ok(y) && !s[used..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
                    return NaiveDate::from_ymd_opt(y as i32, m, d).map(|x| (x, used));
                }
            }
        }
        return None;
    }
    // Month D, YYYY
    if let Some((m, ml)) = month(s) {
        let mut at = skip_spaces(s, ml);
        let (d, dl) = number(&s[at..], 2)?;
        at = skip_ordinal(s, at + dl);
        return comma_year(s, at, m, d);
    }
    // D Month YYYY
    if let Some((d, dl)) = number(s, 2) {
        let mut at = skip_ordinal(s, dl);
        at = skip_spaces(s, at);
        if at == dl {
            return None;
        }
        let (m, ml) = month(&s[at..])?;
        return comma_year(s, at + ml, m, d);
    }
    None
}

/// A clock time at the start of `s` (`10:42 AM`, `10:42 p.m.`, `22:05`): bytes used.
pub fn parse_time(s: &str) -> Option<usize> {
    let (_, hl) = number(s, 2)?;
    if !s[hl..].starts_with(':') {
        return None;
    }
    let (_, ml) = number(&s[hl + 1..], 2)?;
    if ml != 2 {
        return None;
    }
    let mut at = hl + 1 + ml;
    let after = skip_spaces(s, at);
    let rest = s[after..].to_ascii_lowercase();
    for ampm in ["a.m.", "p.m.", "am", "pm"] {
        if rest.starts_with(ampm) && !rest[ampm.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
            at = after + ampm.len();
            break;
        }
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn formats() {
        assert_eq!(parse_date("November 9, 2023"), Some((d(2023, 11, 9), 16)));
        assert_eq!(parse_date("Nov 9, 2023 more"), Some((d(2023, 11, 9), 11)));
        assert_eq!(parse_date("Nov. 9, 2023"), Some((d(2023, 11, 9), 12)));
        assert_eq!(parse_date("Sept 30 2023"), Some((d(2023, 9, 30), 12)));
        assert_eq!(parse_date("9 November 2023"), Some((d(2023, 11, 9), 15)));
        assert_eq!(parse_date("9th Nov, 2023"), Some((d(2023, 11, 9), 13)));
        assert_eq!(parse_date("2023-11-09"), Some((d(2023, 11, 9), 10)));
    }

    #[test]
    fn not_dates() {
        assert_eq!(parse_date("November 31, 2023"), None);
        assert_eq!(parse_date("May I say"), None);
        assert_eq!(parse_date("Nov 9"), None);
        assert_eq!(parse_date("2023 was a year"), None);
        assert_eq!(parse_date("9 times 2023"), None);
        assert_eq!(parse_date("Marching 9, 2023"), None);
        assert_eq!(parse_date(""), None);
        // Multi-byte characters right after a day number (found by proptest).
        assert_eq!(parse_date("9ල🕴:"), None);
        assert_eq!(parse_date("Nov 9é, 2023"), None);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("10:42 AM · Nov"), Some(8));
        assert_eq!(parse_time("9:05 p.m."), Some(9));
        assert_eq!(parse_time("22:05"), Some(5));
        assert_eq!(parse_time("22:5"), None);
        assert_eq!(parse_time("Nov"), None);
    }
}
