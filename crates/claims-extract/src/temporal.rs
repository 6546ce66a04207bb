//! Time expressions, resolved against the published date.
//!
//! Recognised: ISO dates (`2023-11-09`); `November 9, 2023`, `Nov. 9`, `9 November
//! 2023`, `9th of November`; month names with a preposition or year (`in May`,
//! `March 2022`, `mid-November`); bare years after a preposition (`in 2022`,
//! `since 2014`); weekdays (`on Thursday`, `last Monday`, `next Friday`);
//! `yesterday`, `today`, `tonight`, `this morning`, `last night`, `tomorrow`;
//! `N days/weeks/months/years ago`, `in N days`; `last/this/next
//! week/month/year/weekend`, `earlier/later this week/month/year`.
//!
//! ## Conventions
//! - A period resolves to its **first day**: a year to 1 January (`in 2022` →
//!   2022-01-01), a month to its 1st, a week to its Monday, a weekend to its
//!   Saturday; `earlier this month` → the 1st of the published month.
//! - A weekday or a date without a year is placed by the clause's tense: past
//!   (`visited … on Thursday`) → on or before the published date; future (`will
//!   visit`, `is set to`, `is expected`) → on or after; present → the nearest.
//!   `last Thursday` is strictly before, `next Thursday` strictly after.
//! - Without a published date, relative expressions keep their `text` with a
//!   null `date`; explicit dates with a year (`November 9, 2023`) still resolve.
//! - Vague counts (`a few days ago`) keep `text` with a null `date`.
//! - `text` is the expression itself, without a leading `on`/`in`.
//! - Of several expressions the main clause's wins over an aside's, then the most
//!   precise (day over week, month, year), then the first.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use claims_model::{Certainty, Span, TimeRef};

use std::sync::LazyLock;

use crate::clause::{clamp, toks, Tok, While};
use crate::text::each_word_in;
use crate::wordbits::WordBits;
use crate::words::ClauseWords;

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];
const NUMBERS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
];
const MONTH_PREPS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "during",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "of",
    "before",
    "after",
    "between",
    "through",
    "to",
    "and",
    "or",
    "since",
    "on",
    "throughout",
    "that",
    "each",
    "every",
];
const YEAR_PREPS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "during",
    "early",
    "late",
    "mid",
    "of",
    "before",
    "after",
    "between",
    "through",
    "to",
    "and",
    "or",
    "throughout",
    "year",
    "around",
    "circa",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];
/// Seasons by their first month (meteorological, northern hemisphere).
const SEASONS: &[(&str, u32)] = &[("spring", 3), ("summer", 6), ("autumn", 9), ("fall", 9), ("winter", 12)];
/// Words before a season (or `the` + season) that make it a time: `in (the) spring`.
const SEASON_PREPS: &[&str] = &[
    "in",
    "during",
    "by",
    "until",
    "since",
    "from",
    "through",
    "throughout",
    "before",
    "after",
    "over",
    "early",
    "late",
    "of",
];
const PAST_IRREGULAR: &[&str] = &[
    "said", "told", "went", "met", "came", "held", "took", "made", "gave", "saw", "began", "won", "lost", "left",
    "spoke", "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "sent", "led", "fell", "rose",
    "struck", "flew", "ran", "paid", "sold", "bought", "built", "brought", "thought", "found", "got", "hit", "set",
    "wrote", "became", "grew", "drew", "chose", "broke", "stood", "kept", "felt", "heard", "meant", "beat", "shot",
    "spent", "wore", "threw", "knew", "froze", "sank", "swore", "fought", "caught", "taught", "sought", "ago", "took",
    "ate", "drove", "rode", "tore", "hid", "lay", "slid", "sat", "spoke",
];

/// [`PAST_IRREGULAR`] as a table.
static PAST_WORDS: LazyLock<WordBits> = LazyLock::new(|| WordBits::of(PAST_IRREGULAR));

/// Lower-case words that can open a time expression (a cheap filter), with
/// the month and weekday names: a word outside them that neither starts with
/// a digit nor holds a hyphen opens none.
static TRIGGERS: LazyLock<WordBits> = LazyLock::new(|| WordBits::of(&trigger_words()));

/// The words of [`TRIGGERS`].
pub(crate) fn trigger_words() -> Vec<&'static str> {
    let mut w: Vec<&'static str> = vec![
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "this",
        "last",
        "next",
        "past",
        "coming",
        "few",
        "several",
        "many",
        "couple",
        "weekend",
    ];
    w.extend(NUMBERS.iter().map(|x| x.0));
    w.extend(MONTHS.iter().map(|x| x.0));
    w.extend(WEEKDAYS.iter().map(|x| x.0));
    w.extend(SEASONS.iter().map(|x| x.0));
    w
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Precision {
    Year,
    Season,
    Month,
    Week,
    Day,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Present,
    Future,
}

#[derive(Debug, Clone, Copy)]
enum What {
    Full(NaiveDate),
    MonthDay(u32, u32),
    MonthYear(i32, u32),
    Month(u32),
    Year(i32),
    Weekday(Weekday, i8),
    DayOffset(i64),
    Ago(u32, Unit),
    In(u32, Unit),
    Period(Unit, i32),
    /// A season by its first month: `this winter` (0), `last summer` (-1), `next spring` (1).
    Season(u32, i8),
    /// A month of the year before, of, or after the published one: `March of last year` (-1).
    MonthOfYear(u32, i8),
    /// The n-th weekday of a month (`the first Sunday of November`; n = 5: the last), with the year if given.
    NthWeekday(u32, Weekday, u32, Option<i32>),
    Vague,
}

/// For the month at token `i`: `of last year` / `of this year` / `of next year` after
/// it, or after `and` and a second month (`March and August of last year`), as the
/// year's offset and the index of `year`.
fn of_relative_year(m: &[Tok<'_>], i: usize) -> Option<(i8, usize)> {
    let at = |k: usize| m.get(k);
    let of = if at(i + 1).is_some_and(|x| x.is("of")) {
        i + 1
    } else if at(i + 1).is_some_and(|x| x.is_any(&["and", "to", "through"]))
        && at(i + 2).is_some_and(|x| month_of(x.text).is_some())
        && at(i + 3).is_some_and(|x| x.is("of"))
    {
        i + 3
    } else {
        return None;
    };
    let w = at(of + 1)?;
    let off = if w.is_any(&["last", "past"]) {
        -1
    } else if w.is("this") {
        0
    } else if w.is("next") {
        1
    } else {
        return None;
    };
    at(of + 2).filter(|x| x.is("year")).map(|_| (off, of + 2))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    Weekend,
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    span: Span,
    what: What,
    prec: Precision,
    aside: bool,
    /// The index of the word whose reading found it (whose `aside` it took).
    at: usize,
}

fn month_of(w: &str) -> Option<u32> {
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    month_number(w)
}

/// The month number of a month name or its usual abbreviation (`March`, `mar`,
/// `Sept`), in any letter case; no trailing `.`.
pub(crate) fn month_number(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)).map(|x| x.1)
}

/// True for a capitalised weekday name (`Tuesday`).
pub fn is_weekday(w: &str) -> bool {
    weekday_of(w).is_some()
}

fn weekday_of(w: &str) -> Option<Weekday> {
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // `Wednesday's match` is a match on that Wednesday.
    let w = strip_possessive(w);
    WEEKDAYS.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)).map(|x| x.1)
}

fn day_of(w: &str) -> Option<u32> {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[d.len()..];
    if !(suffix.is_empty() || ["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s))) {
        return None;
    }
    if d.is_empty() || d.len() > 2 {
        return None;
    }
    d.parse::<u32>().ok().filter(|x| (1..=31).contains(x))
}

fn year_of(w: &str) -> Option<i32> {
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y))
}

fn number_of(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse::<u32>() {
        return (n < 1000).then_some(n);
    }
    NUMBERS.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)).map(|x| x.1)
}

/// `w` without a trailing possessive `'s` / `’s` (`year's` → `year`).
fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

fn unit_of(w: &str) -> Option<Unit> {
    // Possessive dropped (`next year's election`), lower case, then trailing
    // `s` trimmed: `Days` → `day`.
    let w = strip_possessive(w).trim_end_matches(['s', 'S']);
    [("day", Unit::Day), ("week", Unit::Week), ("month", Unit::Month), ("year", Unit::Year), ("weekend", Unit::Weekend)]
        .into_iter()
        .find(|(n, _)| w.eq_ignore_ascii_case(n))
        .map(|x| x.1)
}

/// The first month of a season word (`winter` → 12), in any letter case.
fn season_of(w: &str) -> Option<u32> {
    SEASONS.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)).map(|x| x.1)
}

/// The first year of a season spanning two years: `2022-23`, `2022/23`, `2022-2023`.
fn split_years(w: &str) -> Option<i32> {
    let (a, b) = w.split_once(['-', '/'])?;
    let y = year_of(a)?;
    let ok = match b.len() {
        2 => b.parse::<i32>().ok() == Some((y + 1) % 100),
        4 => b.parse::<i32>().ok() == Some(y + 1),
        _ => false,
    };
    ok.then_some(y)
}

fn iso(w: &str) -> Option<NaiveDate> {
    if w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
        NaiveDate::parse_from_str(w, "%Y-%m-%d").ok()
    } else {
        None
    }
}

/// Splits `mid-November` / `early-2024` into the prefix length and the rest.
fn strip_period_prefix(w: &str) -> (usize, &str) {
    for p in ["mid-", "early-", "late-", "Mid-", "Early-", "Late-"] {
        if let Some(rest) = w.strip_prefix(p) {
            return (p.len(), rest);
        }
    }
    (0, w)
}

/// `w.contains(&b'-')` for a word: a plain loop, cheaper than a `memchr` call on a few bytes.
#[inline]
fn has_hyphen(w: &[u8]) -> bool {
    let mut found = false;
    for &c in w {
        found |= c == b'-';
    }
    found
}

fn raw_candidates(m: &[Tok<'_>]) -> Vec<Cand> {
    raw_candidates_by(m, |i| TRIGGERS.has(m[i].text))
}

/// [`raw_candidates`] of `m`, told whether the word `i` is one of [`TRIGGERS`].
fn raw_candidates_by(m: &[Tok<'_>], trigger: impl Fn(usize) -> bool) -> Vec<Cand> {
    let n = m.len();
    let mut out = Vec::new();
    let mut i = 0;
    let sp = |a: usize, b: usize| Span::new(m[a].span.start, m[b].span.end);
    while i < n {
        let t = &m[i];
        // (A capitalised word is relevant only as a month or weekday name.)
        let tb = t.text.as_bytes();
        let hyphen = has_hyphen(tb);
        let relevant = tb.first().is_some_and(u8::is_ascii_digit) || hyphen || trigger(i) || {
            // (A word without a possessive was just looked up.)
            let bare = strip_possessive(t.text);
            bare.len() != t.text.len() && TRIGGERS.has(bare)
        };
        // `a`/`an` opens a time expression only before a unit (`a week ago`, `in a year`).
        if !relevant || t.is_any(&["a", "an"]) && m.get(i + 1).is_none_or(|x| unit_of(x.text).is_none()) {
            i += 1;
            continue;
        }
        let (aside, at) = (t.aside, i);
        let push = |span: Span, what: What, prec: Precision, out: &mut Vec<Cand>| {
            out.push(Cand { span, what, prec, aside, at });
        };
        // (The period prefixes end with a hyphen.)
        let (plen, core) = if hyphen { strip_period_prefix(t.text) } else { (0, t.text) };
        let prev_prep = || i > 0 && m[i - 1].is_any(MONTH_PREPS) || plen > 0;
        if let Some(d) = iso(t.text) {
            push(t.span, What::Full(d), Precision::Day, &mut out);
        } else if let Some(mo) = month_of(core).filter(|_| !may_the_name(m, i)) {
            // `the Fourth of July`, `the first of March`: a day in words.
            if let Some(d) = (i >= 2 && plen == 0 && m[i - 1].is("of")).then(|| ordinal_day(m[i - 2].text)).flatten() {
                push(sp(i - 2, i), What::MonthDay(mo, d), Precision::Day, &mut out);
                i += 1;
                continue;
            }
            let day = m.get(i + 1).and_then(|x| day_of(x.text)).filter(|_| plen == 0);
            let year_after = |j: usize| m.get(j).and_then(|x| year_of(x.text));
            if let Some(d) = day {
                if let Some(y) = year_after(i + 2) {
                    if let Some(date) = NaiveDate::from_ymd_opt(y, mo, d) {
                        push(sp(i, i + 2), What::Full(date), Precision::Day, &mut out);
                        i += 3;
                        continue;
                    }
                }
                push(sp(i, i + 1), What::MonthDay(mo, d), Precision::Day, &mut out);
                i += 2;
                continue;
            } else if let Some(y) = year_after(i + 1) {
                push(sp(i, i + 1), What::MonthYear(y, mo), Precision::Month, &mut out);
                i += 2;
                continue;
            } else if let Some((off, end)) = of_relative_year(m, i) {
                // `in March of last year`; `between March and August of last year` (the
                // first month takes the year of the range).
                let end = if m.get(i + 1).is_some_and(|x| x.is("of")) { end } else { i };
                push(sp(i, end), What::MonthOfYear(mo, off), Precision::Month, &mut out);
                i = end + 1;
                continue;
            } else if prev_prep() && !(mo == 5 && t.text != "May") {
                let mut a = i;
                if i > 0 && m[i - 1].is_any(&["last", "next", "this", "early", "late", "mid"]) {
                    a = i - 1;
                }
                let dir = if i > 0 && m[i - 1].is("last") {
                    -1
                } else if i > 0 && m[i - 1].is("next") {
                    1
                } else {
                    0
                };
                let what = if dir == 0 { What::Month(mo) } else { What::Period(Unit::Month, dir * 100 + mo as i32) };
                push(sp(a, i), what, Precision::Month, &mut out);
            }
        } else if let Some((d, mi, mo)) =
            day_of(t.text).filter(|_| t.text.starts_with(|c: char| c.is_ascii_digit())).and_then(|d| {
                let mi = if m.get(i + 1).is_some_and(|x| x.is("of")) { i + 2 } else { i + 1 };
                m.get(mi).and_then(|x| month_of(x.text)).map(|mo| (d, mi, mo))
            })
        {
            if let Some(y) = m.get(mi + 1).and_then(|x| year_of(x.text)) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, mo, d) {
                    push(sp(i, mi + 1), What::Full(date), Precision::Day, &mut out);
                    i = mi + 2;
                    continue;
                }
            }
            push(sp(i, mi), What::MonthDay(mo, d), Precision::Day, &mut out);
            i = mi + 1;
            continue;
        } else if let Some(y) = year_of(core) {
            let after_month = i > 0 && month_of(m[i - 1].text).is_some();
            if (prev_prep() || i > 0 && m[i - 1].is_any(YEAR_PREPS)) && !after_month {
                let a = if i > 0 && m[i - 1].is_any(&["early", "late", "mid"]) { i - 1 } else { i };
                push(sp(a, i), What::Year(y), Precision::Year, &mut out);
            }
        } else if let Some(y) = split_years(t.text).filter(|_| plen == 0) {
            // `the 2022-23 season`, `in 2022/23`: the season's first year.
            if i > 0 && (m[i - 1].is_any(YEAR_PREPS) || m[i - 1].is("the")) {
                push(t.span, What::Year(y), Precision::Year, &mut out);
            }
        } else if let Some(mo) = season_of(t.text) {
            // `this winter`, `last summer`, `in (the) spring`, `(the) summer of 2022`, `spring 2024`.
            let prev = |k: usize| i >= k && m[i - k].is_any(SEASON_PREPS);
            let dir_word = i > 0 && m[i - 1].is_any(&["this", "last", "next", "past", "coming"]);
            let the_prep = i > 1 && m[i - 1].is("the") && prev(2);
            let year_at = if m.get(i + 1).is_some_and(|x| x.is("of")) { i + 2 } else { i + 1 };
            let year = m.get(year_at).and_then(|x| year_of(x.text));
            if let Some(y) = year {
                // A winter spans two years: its year alone is sure.
                let (what, prec) = if mo == 12 {
                    (What::Year(y), Precision::Year)
                } else {
                    (What::MonthYear(y, mo), Precision::Season)
                };
                push(sp(i, year_at), what, prec, &mut out);
                i = year_at + 1;
                continue;
            } else if dir_word {
                let dir = if m[i - 1].is_any(&["last", "past"]) {
                    -1
                } else if m[i - 1].is_any(&["next", "coming"]) {
                    1
                } else {
                    0
                };
                push(sp(i - 1, i), What::Season(mo, dir), Precision::Season, &mut out);
            } else if the_prep || prev(1) && !t.is("fall") {
                push(t.span, What::Season(mo, 0), Precision::Season, &mut out);
            }
        } else if let Some((n, wd, mo, year, last)) = nth_weekday(m, i) {
            push(sp(i - 1, last), What::NthWeekday(n, wd, mo, year), Precision::Day, &mut out);
            i = last + 1;
            continue;
        } else if let Some(wd) = weekday_of(t.text).filter(|_| !weekday_in_name(m, i)) {
            let mut a = i;
            let mut dir = 0i8;
            if i > 0 && m[i - 1].is_any(&["last", "past"]) {
                a = i - 1;
                dir = -1;
            } else if i > 0 && m[i - 1].is_any(&["next", "coming"]) {
                a = i - 1;
                dir = 1;
            } else if i > 0 && m[i - 1].is("this") {
                a = i - 1;
            }
            // (`Wednesday's match`: the span ends with the name.)
            let end = m[i].span.start + strip_possessive(m[i].text).len();
            push(Span::new(m[a].span.start, end), What::Weekday(wd, dir), Precision::Day, &mut out);
        } else if t.is("yesterday") {
            push(t.span, What::DayOffset(-1), Precision::Day, &mut out);
        } else if t.is_any(&["today", "tonight"]) {
            push(t.span, What::DayOffset(0), Precision::Day, &mut out);
        } else if t.is("tomorrow") {
            push(t.span, What::DayOffset(1), Precision::Day, &mut out);
        } else if t.is("this") && m.get(i + 1).is_some_and(|x| x.is_any(&["morning", "afternoon", "evening"])) {
            push(sp(i, i + 1), What::DayOffset(0), Precision::Day, &mut out);
            i += 2;
            continue;
        } else if t.is("weekend")
            && i > 1
            && m[i - 1].is("the")
            && m[i - 2].is_any(&["over", "at", "during", "on", "this", "that"])
            && m.get(i + 1).is_none_or(|x| {
                x.is_any(&["in", "at", "when", "after", "before", "and", "as", "with", "to", "for", "by", "while"])
                    || text_gap_has_punct(*t, *x)
            })
        {
            push(t.span, What::Period(Unit::Weekend, 0), Precision::Day, &mut out);
        } else if t.is("last") && m.get(i + 1).is_some_and(|x| x.is("night")) {
            push(sp(i, i + 1), What::DayOffset(-1), Precision::Day, &mut out);
            i += 2;
            continue;
        } else if let (Some(k), Some(u)) = (number_of(t.text), m.get(i + 1).and_then(|x| unit_of(x.text))) {
            let vague_a = t.is_any(&["a", "an"]) && i > 0 && m[i - 1].is_any(&["few", "couple"]);
            if m.get(i + 2).is_some_and(|x| x.is("ago")) {
                let a = if vague_a { i - 1 } else { i };
                let what = if vague_a { What::Vague } else { What::Ago(k, u) };
                push(sp(a, i + 2), what, prec_of(u), &mut out);
                i += 3;
                continue;
            } else if i > 0 && m[i - 1].is_any(&["in", "within"]) && u != Unit::Weekend {
                // `the third storm in five months`, `the highest in ten years`: a span up to now.
                let span_of_time = m[i.saturating_sub(5)..i - 1].iter().any(|x| {
                    x.is_any(&["first", "second", "third", "fourth", "fifth", "most", "least", "only", "again"])
                        || (x.text.len() > 4
                            && x.text.ends_with("est")
                            && !x.is_any(&[
                                "interest", "forest", "request", "protest", "harvest", "arrest", "contest", "suggest",
                                "test", "west", "invest",
                            ]))
                });
                let what = if span_of_time { What::Vague } else { What::In(k, u) };
                push(sp(i - 1, i + 1), what, prec_of(u), &mut out);
                i += 2;
                continue;
            }
        } else if t.is_any(&["few", "several", "many", "couple"])
            && m.get(i + 1).and_then(|x| unit_of(x.text)).is_some()
            && m.get(i + 2).is_some_and(|x| x.is("ago"))
        {
            let a = if i > 0 && m[i - 1].is_any(&["a"]) { i - 1 } else { i };
            push(sp(a, i + 2), What::Vague, Precision::Week, &mut out);
            i += 3;
            continue;
        } else if t.is_any(&["last", "this", "next", "past", "coming"]) {
            if let Some(u) = m.get(i + 1).and_then(|x| unit_of(x.text)).filter(|u| *u != Unit::Day) {
                let plural = strip_possessive(m[i + 1].text).ends_with('s');
                let the_before = i > 0 && m[i - 1].is("the");
                if !(plural || the_before && t.is_any(&["past", "coming"])) {
                    let dir = if t.is_any(&["last", "past"]) {
                        -1
                    } else if t.is_any(&["next", "coming"]) {
                        1
                    } else {
                        0
                    };
                    let a = if dir == 0 && i > 0 && m[i - 1].is_any(&["earlier", "later"]) { i - 1 } else { i };
                    push(sp(a, i + 1), What::Period(u, dir), prec_of(u), &mut out);
                    i += 2;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// The time expressions of the words `m`, without the points of comparison:
/// a time after `since` following a superlative or `first time` (`the
/// largest since 2008`, `for the first time since 1955`) is what the claim is
/// measured against, not when it happened.
fn candidates(m: &[Tok<'_>]) -> Vec<Cand> {
    since_filter(m, raw_candidates(m))
}

/// [`candidates`] of `m` whose raw candidates are `out`.
fn since_filter(m: &[Tok<'_>], mut out: Vec<Cand>) -> Vec<Cand> {
    if out.is_empty() || !m.iter().any(|t| t.is("since")) {
        return out;
    }
    out.retain(|c| {
        let Some(mut j) = m.iter().position(|t| t.span.start == c.span.start) else { return true };
        if j > 1 && m[j - 1].is("the") {
            j -= 1;
        }
        if j == 0 || !m[j - 1].is("since") {
            return true;
        }
        let lo = (j - 1).saturating_sub(6);
        !m[lo..j - 1].iter().enumerate().any(|(k, t)| {
            let l = t.text.len();
            // (`at least 23 people since October`: no comparison.)
            t.is_any(&["first", "most", "least", "best", "worst", "fewest"]) && !(lo + k > 0 && m[lo + k - 1].is("at"))
                || t.is("time") && lo + k > 0 && m[lo + k - 1].is_any(&["first", "last"])
                || l > 5
                    && t.text.ends_with("est")
                    && t.text.starts_with(char::is_lowercase)
                    && !t.is_any(&[
                        "interest", "protest", "request", "arrest", "harvest", "contest", "suggest", "invest",
                    ])
        })
    });
    out
}

/// `the first Sunday of November (2025)`, `the last Thursday in May`: at the
/// weekday `i`, the ordinal (1–4, 5 for `last`), the weekday, the month, the
/// year if written, and the index of the expression's last word.
fn nth_weekday(m: &[Tok<'_>], i: usize) -> Option<(u32, Weekday, u32, Option<i32>, usize)> {
    let wd = weekday_of(m[i].text)?;
    let n = match m.get(i.checked_sub(1)?)?.text.to_ascii_lowercase().as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "last" => 5,
        _ => return None,
    };
    if !m.get(i + 1)?.is_any(&["of", "in"]) {
        return None;
    }
    let mo = month_of(m.get(i + 2)?.text)?;
    let year = m.get(i + 3).and_then(|x| year_of(x.text));
    Some((n, wd, mo, year, if year.is_some() { i + 3 } else { i + 2 }))
}

/// The `n`-th (5: the last) weekday `wd` of month `mo` of year `y`.
fn nth_weekday_date(y: i32, mo: u32, wd: Weekday, n: u32) -> Option<NaiveDate> {
    if n == 5 {
        let next = if mo == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, mo + 1, 1) }?;
        let last = next.pred_opt()?;
        let back = (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
        return Some(add_days(last, -(back as i64)));
    }
    NaiveDate::from_weekday_of_month_opt(y, mo, wd, n as u8)
}

/// True when the word at `idx` stands in a participial phrase set off by
/// commas (`The law, passed in 2019, would …`): its first word a lower-case
/// `-ed` form right after a comma, a comma after it.
fn comma_participle(text: &str, m: &[Tok<'_>], idx: usize) -> bool {
    let gap = |a: usize, b: usize| text.get(m[a].span.end..m[b].span.start).is_some_and(|g| g.contains(','));
    let Some(start) = (idx.saturating_sub(6)..=idx).rev().find(|&k| k > 0 && gap(k - 1, k)) else { return false };
    let w = m[start].text;
    let participle = w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase);
    let closed = (idx + 1..m.len().min(idx + 8)).any(|k| gap(k - 1, k));
    participle && closed && (start..idx).all(|k| !gap(k, k + 1))
}

/// The day of an ordinal in words (`first` … `thirty-first`, any case).
fn ordinal_day(w: &str) -> Option<u32> {
    const ORD: &[&str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let l = w.to_ascii_lowercase();
    if let Some(k) = ORD.iter().position(|o| *o == l) {
        return Some(k as u32 + 1);
    }
    if l == "thirtieth" {
        return Some(30);
    }
    let (tens, rest) = l.split_once('-')?;
    let base = match tens {
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    let k = ORD[..9].iter().position(|o| *o == rest)? as u32 + 1;
    Some(base + k).filter(|d| *d <= 31)
}

/// True when the weekday at `i` is part of a name, not a date: a title
/// (`the Sunday Times`, `the BBC's Sunday with Laura Kuenssberg`, `the Mail on
/// Sunday`) or a named day of the calendar (`Good Friday`, `Super Tuesday`,
/// `Black Friday`, `Bloody Sunday`), which no weekday rule resolves.
fn weekday_in_name(m: &[Tok<'_>], i: usize) -> bool {
    /// Words that follow a weekday in the names of papers and programmes.
    const TITLE_TAILS: &[&str] = &[
        "times",
        "telegraph",
        "mirror",
        "express",
        "post",
        "herald",
        "mail",
        "tribune",
        "independent",
        "star",
        "sport",
        "politics",
        "live",
        "brunch",
        "kitchen",
        "night",
        "morning",
        "people",
        "journal",
        "standard",
        "record",
        "world",
    ];
    /// Capitalised words that make a weekday a named day.
    const NAMED_DAYS: &[&str] =
        &["good", "black", "super", "ash", "holy", "easter", "palm", "bloody", "cyber", "maundy", "shrove", "giving"];
    /// Papers named `… on Sunday`.
    const ON_SUNDAY: &[&str] = &["mail", "independent", "scotland", "wales", "observer"];
    let cap = |x: &Tok<'_>| x.text.starts_with(|c: char| c.is_uppercase());
    let prev = i.checked_sub(1).map(|k| &m[k]);
    let next = m.get(i + 1);
    // (The weekday ends with no possessive: `Sunday's` is a date's.)
    let bare = strip_possessive(m[i].text).len() == m[i].text.len();
    let next_cap = bare
        && next.is_some_and(|x| {
            cap(x)
                && month_of(x.text).is_none()
                && weekday_of(x.text).is_none()
                && !x.text.starts_with(|c: char| c.is_ascii_digit())
        });
    if next_cap && next.is_some_and(|x| x.is_any(TITLE_TAILS)) {
        return true;
    }
    let possessive_name = prev.is_some_and(|p| cap(p) && strip_possessive(p.text).len() < p.text.len());
    if prev.is_some_and(|p| p.is_any(&["the", "a"])) && next_cap {
        return true;
    }
    if possessive_name && bare && (next_cap || next.is_some_and(|x| x.is("with"))) {
        return true;
    }
    if prev.is_some_and(|p| cap(p) && p.is_any(NAMED_DAYS)) {
        return true;
    }
    i >= 2 && m[i - 1].is("on") && cap(&m[i - 2]) && m[i - 2].is_any(ON_SUNDAY) && i >= 3 && m[i - 3].is("the")
}

/// True when `May` at `i` after `to`, `and` or `or` is no month: no other
/// month or day stands before it (`spoke to May`, `Johnson and May`, against
/// `from March to May`, `April and May`).
fn may_the_name(m: &[Tok<'_>], i: usize) -> bool {
    if m[i].text != "May" || i == 0 || !m[i - 1].is_any(&["to", "and", "or"]) {
        return false;
    }
    let lo = i.saturating_sub(6);
    !m[lo..i - 1].iter().any(|x| {
        month_of(x.text).is_some() || x.is_any(&["from", "between"]) || x.text.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// True when the two adjacent words are not separated by white space alone.
fn text_gap_has_punct(a: Tok<'_>, b: Tok<'_>) -> bool {
    b.span.start > a.span.end + 1
}

fn prec_of(u: Unit) -> Precision {
    match u {
        Unit::Day | Unit::Weekend => Precision::Day,
        Unit::Week => Precision::Week,
        Unit::Month => Precision::Month,
        Unit::Year => Precision::Year,
    }
}

/// The tense of the main clause: future when planned or expected, past with a
/// past-tense verb, else present.
fn tense(c: Certainty, m: &[Tok<'_>]) -> Tense {
    // (A noun's relative clause has its own tense: `since March, when it warned
    // that profits would drop` is past.)
    tense_main(c, &crate::negation::main_words(m))
}

/// [`tense`] given the main words (`crate::negation::main_words`) of the clause.
fn tense_main(c: Certainty, main: &[Tok<'_>]) -> Tense {
    let modal_future = main.iter().enumerate().any(|(i, t)| {
        t.is_any(&["will", "may", "might", "could", "would", "shall", "won't"])
            && t.text != "May"
            && !main.get(i + 1).is_some_and(|x| x.is("have"))
    });
    if matches!(c, Certainty::Planned | Certainty::Expected) || modal_future {
        return Tense::Future;
    }
    let past = main.iter().enumerate().any(|(i, t)| {
        if PAST_WORDS.has(t.text)
            || t.is_any(&["has", "have"]) && main.get(i + 1).is_some_and(|x| x.text.ends_with("ed"))
        {
            return true;
        }
        let w = t.text;
        let present_passive = i > 0 && main[i - 1].is_any(&["is", "are", "am", "be", "being", "to"]);
        w.len() > 4
            && w.ends_with("ed")
            && w.starts_with(|c: char| c.is_lowercase())
            && !present_passive
            && !t.is_any(&["need", "speed", "indeed", "proceed", "exceed", "succeed", "breed", "based", "armed"])
    });
    if past {
        Tense::Past
    } else {
        Tense::Present
    }
}

/// The tense of the verb just before the time expression at word `idx` (up to
/// six words back, within its comma segment): `told Reuters on Thursday that …
/// would` is past, `will visit Astana on Monday` future. `None` when no verb is
/// close enough.
fn local_tense(m: &[Tok<'_>], idx: usize) -> Option<Tense> {
    const FUTURE: &[&str] = &[
        "will",
        "'ll",
        "shall",
        "would",
        "won't",
        "expected",
        "scheduled",
        "due",
        "set",
        "planned",
        "plans",
        "plan",
        "going",
        "may",
        "might",
        "could",
        "tomorrow",
        "upcoming",
    ];
    let lo = idx.saturating_sub(6);
    // A present form read so far (`is sentenced`, `ends`).
    let mut present = false;
    for k in (lo..idx).rev() {
        let t = &m[k];
        if t.aside != m[idx].aside {
            break;
        }
        if t.is_any(FUTURE) || t.text.ends_with("'ll") || t.text.ends_with("’ll") {
            return Some(Tense::Future);
        }
        // `faces 20 years when he is sentenced in January`: a present tense in a
        // clause of time speaks of what is to come.
        if present && t.is_any(&["when", "once", "until", "till"]) && t.text.starts_with(char::is_lowercase) {
            return Some(Tense::Future);
        }
        present |= t.is_any(&["is", "are", "am"]);
        if t.is("to") && k > 0 && m[k - 1].is_any(&["is", "are", "am", "was", "were"]) {
            return Some(Tense::Future); // `is to visit`
        }
        let w = t.text;
        // A participle after `be` (`will be held`) or `to` says nothing yet: keep looking.
        let be_before = k > 0 && m[k - 1].is_any(&["is", "are", "am", "be", "been", "being", "to"]);
        let past_form =
            PAST_WORDS.has(t.text) || (w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase));
        if past_form && !be_before && !t.is_any(&["ago", "was", "were", "had", "did"]) {
            // A participle after a wish in the present (`wants the bridge
            // reopened by March`) is still to come.
            let wish = (k.saturating_sub(4)..k.saturating_sub(1)).any(|j| {
                m[j].is_any(&["wants", "want", "needs", "need", "expects", "expect", "hopes", "hope"])
                    && m[j].aside == t.aside
                    && m[j + 1].is_any(&["the", "a", "an", "its", "his", "her", "their", "this", "our", "all"])
            });
            if wish {
                return Some(Tense::Future);
            }
            // `has been expected`, `had planned to`: the future words win above.
            return Some(Tense::Past);
        }
    }
    None
}

/// The tense of the word just before byte `at` of `text` when only spaces
/// part them: a time expression that opens a claim's span may follow its verb
/// outside it (`Nowak said Monday she would stand …`, the claim read from
/// `Monday she would stand …`): `said Monday` is a past Monday. `None` unless
/// that word is a past form.
fn tense_just_before(text: &str, at: usize) -> Option<Tense> {
    let before = text.get(..at)?;
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() {
        return None;
    }
    let w = trimmed.rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).next()?;
    let past = PAST_WORDS.has(w) || w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase);
    // (`expected Monday`, `scheduled Friday` look ahead.)
    let ahead = ["ago", "expected", "scheduled", "planned", "slated", "set"].iter().any(|x| w.eq_ignore_ascii_case(x));
    (past && !ahead).then_some(Tense::Past)
}

fn weekday_rel(p: NaiveDate, wd: Weekday, dir: i8, tense: Tense) -> NaiveDate {
    let pw = p.weekday().num_days_from_monday() as i64;
    let w = wd.num_days_from_monday() as i64;
    let back = (pw - w).rem_euclid(7); // days back to the one on or before p
    let fwd = (w - pw).rem_euclid(7); // days forward to the one on or after p
    let off = match (dir, tense) {
        (-1, _) => -(if back == 0 { 7 } else { back }),
        (1, _) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        (_, Tense::Past) => -back,
        (_, Tense::Future) => fwd,
        (_, Tense::Present) => {
            if back <= fwd {
                -back
            } else {
                fwd
            }
        }
    };
    add_days(p, off)
}

fn add_days(p: NaiveDate, d: i64) -> NaiveDate {
    if d >= 0 {
        p.checked_add_days(Days::new(d as u64)).unwrap_or(p)
    } else {
        p.checked_sub_days(Days::new((-d) as u64)).unwrap_or(p)
    }
}

fn add_months(p: NaiveDate, k: i64) -> Option<NaiveDate> {
    if k >= 0 {
        p.checked_add_months(Months::new(k as u32))
    } else {
        p.checked_sub_months(Months::new((-k) as u32))
    }
}

fn first_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, 1)
}

/// Places a date without a year near `p` by tense.
fn place_year(p: NaiveDate, mo: u32, d: u32, tense: Tense) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(p.year(), mo, d);
    let prev = NaiveDate::from_ymd_opt(p.year() - 1, mo, d);
    let next = NaiveDate::from_ymd_opt(p.year() + 1, mo, d);
    let this_d = this?;
    match tense {
        Tense::Past if this_d > p => prev,
        Tense::Future if this_d < p => next,
        Tense::Present => {
            let dist = |x: Option<NaiveDate>| x.map(|x| (x - p).num_days().abs()).unwrap_or(i64::MAX);
            [this, prev, next].into_iter().min_by_key(|x| dist(*x)).flatten()
        }
        _ => this,
    }
}

/// The first day of the season starting in month `mo` meant near `p`: the one
/// `p` stands in when `dir` is 0 and it does, else by tense as a month is
/// placed; `last` is the latest one over before `p`'s month, `next` the first
/// one starting after it.
fn season(p: NaiveDate, mo: u32, dir: i8, tense: Tense) -> Option<NaiveDate> {
    let cur = first_of_month(p.year(), p.month())?;
    let starts: Vec<NaiveDate> = (p.year() - 2..=p.year() + 1).filter_map(|y| first_of_month(y, mo)).collect();
    let ends = |d: NaiveDate| add_months(d, 3);
    match dir {
        -1 => starts.iter().rev().find(|d| ends(**d).is_some_and(|e| e <= cur)).copied(),
        1 => starts.iter().find(|d| **d > cur).copied(),
        _ => {
            if let Some(d) = starts.iter().find(|d| **d <= cur && ends(**d).is_some_and(|e| cur < e)) {
                return Some(*d);
            }
            let month =
                Cand { span: Span::new(0, 0), what: What::Month(mo), prec: Precision::Month, aside: false, at: 0 };
            resolve(&month, Some(p), tense)
        }
    }
}

fn resolve(c: &Cand, p: Option<NaiveDate>, tense: Tense) -> Option<NaiveDate> {
    if let What::Full(d) = c.what {
        return Some(d);
    }
    if let What::MonthYear(y, mo) = c.what {
        return first_of_month(y, mo);
    }
    if let What::Year(y) = c.what {
        return NaiveDate::from_ymd_opt(y, 1, 1);
    }
    let p = p?;
    match c.what {
        What::MonthDay(mo, d) => place_year(p, mo, d, tense),
        What::Month(mo) => {
            let this = first_of_month(p.year(), mo)?;
            let cur = first_of_month(p.year(), p.month())?;
            let prev = first_of_month(p.year() - 1, mo)?;
            let next = first_of_month(p.year() + 1, mo)?;
            match tense {
                Tense::Past if this > cur => Some(prev),
                Tense::Future if this < cur => Some(next),
                Tense::Present => {
                    // The nearest such month.
                    let dist = |d: NaiveDate| (d - cur).num_days().abs();
                    [this, prev, next].into_iter().min_by_key(|d| dist(*d))
                }
                _ => Some(this),
            }
        }
        What::Season(mo, dir) => season(p, mo, dir, tense),
        What::MonthOfYear(mo, off) => first_of_month(p.year() + i32::from(off), mo),
        What::NthWeekday(n, wd, mo, Some(y)) => nth_weekday_date(y, mo, wd, n),
        What::NthWeekday(n, wd, mo, None) => {
            // The year the month is placed in, as for the month alone.
            let year = resolve(&Cand { what: What::Month(mo), ..*c }, Some(p), tense)?.year();
            nth_weekday_date(year, mo, wd, n)
        }
        What::Weekday(wd, dir) => Some(weekday_rel(p, wd, dir, tense)),
        What::DayOffset(k) => Some(add_days(p, k)),
        What::Ago(k, u) => match u {
            Unit::Day => Some(add_days(p, -(k as i64))),
            Unit::Week | Unit::Weekend => Some(add_days(p, -7 * k as i64)),
            Unit::Month => add_months(p, -(k as i64)),
            Unit::Year => add_months(p, -12 * k as i64),
        },
        // `in five months` outside a future clause is a span of time up to now
        // (`the third storm in five months`), not a date.
        What::In(..) if tense == Tense::Past => None,
        What::In(k, u) => match u {
            Unit::Day => Some(add_days(p, k as i64)),
            Unit::Week | Unit::Weekend => Some(add_days(p, 7 * k as i64)),
            Unit::Month => add_months(p, k as i64),
            Unit::Year => add_months(p, 12 * k as i64),
        },
        What::Period(Unit::Month, code) if code.abs() > 12 => {
            // `last March` / `next March`: strictly before / after the published month.
            let mo = (code.abs() % 100) as u32;
            let this = first_of_month(p.year(), mo)?;
            let cur = first_of_month(p.year(), p.month())?;
            if code < 0 {
                if this < cur {
                    Some(this)
                } else {
                    first_of_month(p.year() - 1, mo)
                }
            } else if this > cur {
                Some(this)
            } else {
                first_of_month(p.year() + 1, mo)
            }
        }
        What::Period(u, dir) => {
            let dir = dir as i64;
            match u {
                Unit::Week => {
                    let monday = add_days(p, -(p.weekday().num_days_from_monday() as i64));
                    Some(add_days(monday, 7 * dir))
                }
                Unit::Weekend => {
                    let sat_this = add_days(p, 5 - p.weekday().num_days_from_monday() as i64);
                    let base = match (dir, tense) {
                        (0, Tense::Past) if sat_this > p => add_days(sat_this, -7),
                        (0, _) => sat_this,
                        (-1, _) if sat_this >= p => add_days(sat_this, -7),
                        (-1, _) => sat_this,
                        (_, _) if sat_this <= p => add_days(sat_this, 7),
                        _ => sat_this,
                    };
                    Some(base)
                }
                Unit::Month => add_months(first_of_month(p.year(), p.month())?, dir),
                Unit::Year => NaiveDate::from_ymd_opt(p.year() + dir as i32, 1, 1),
                Unit::Day => Some(add_days(p, dir)),
            }
        }
        _ => None,
    }
}

/// True when the aside holding the word at byte `at` is a relative clause
/// (`which`, `who`, `whom`, `whose`) or a parenthesis.
fn in_relative_or_paren(text: &str, m: &[Tok<'_>], at: usize) -> bool {
    let Some(mut k) = m.iter().position(|t| t.span.start == at) else { return false };
    // Back to the start of this aside: a closed parenthesis or a dash between
    // two aside words parts two asides (`(AP) — United fired … on Sunday`).
    while k > 0 && m[k - 1].aside && !text[m[k - 1].span.end..m[k].span.start].contains([')', ']', '—', '–']) {
        k -= 1;
    }
    let before = text[..m[k].span.start].trim_end();
    m[k].is_any(&["which", "who", "whom", "whose"]) || before.ends_with(['(', '['])
}

/// Words that open a clause or phrase about another event than the claim's.
const SUBORDINATORS: &[&str] =
    &["after", "before", "since", "until", "till", "when", "while", "as", "because", "following"];

/// A time that follows a subordinator standing after an earlier time of the
/// same clause belongs to that other event (`reopened its shelters last week
/// after flooding on Oct. 12`, `postponed the trial on Tuesday until Feb. 12`):
/// it loses to the earlier one whatever its precision, as an aside would.
fn demote_subordinate(m: &[Tok<'_>], cands: &mut [Cand]) {
    if cands.len() < 2 {
        return;
    }
    for k in 1..cands.len() {
        let c = cands[k];
        let earlier = cands[..k].iter().filter(|e| e.aside == c.aside && !e.aside).map(|e| e.span.end).min();
        let Some(end) = earlier else { continue };
        let sub = m.iter().any(|t| {
            t.span.start >= end && t.span.end <= c.span.start && t.aside == c.aside && t.is_any(SUBORDINATORS)
        });
        if sub {
            cands[k].aside = true;
        }
    }
}

fn best(cands: &[Cand]) -> Option<Cand> {
    let mut best: Option<Cand> = None;
    for c in cands {
        let better = match &best {
            None => true,
            Some(b) => (!c.aside, c.prec) > (!b.aside, b.prec),
        };
        if better {
            best = Some(*c);
        }
    }
    best
}

/// True when the main clause of `text[span]` is in a past or perfect tense
/// (`visited`, `has been postponed`) and not future-marked.
pub fn past_tense(text: &str, span: Span) -> bool {
    let span = clamp(text, span);
    let m = toks(text, span, While::Aside);
    tense(Certainty::Asserted, &m) == Tense::Past
}

/// [`past_tense`] of a claim core read once ([`ClauseWords`]).
pub(crate) fn past_tense_words(cw: &ClauseWords<'_>) -> bool {
    tense_main(Certainty::Asserted, cw.main().0) == Tense::Past
}

/// The main time expression of `text[span]`, resolved against `published`.
pub fn time(text: &str, span: Span, published: Option<NaiveDate>) -> Option<TimeRef> {
    time_with(text, span, published, None)
}

/// [`time`] for a caller that already knows the span's certainty (it sets the tense).
pub fn time_with(
    text: &str,
    span: Span,
    published: Option<NaiveDate>,
    certainty: Option<Certainty>,
) -> Option<TimeRef> {
    let span = clamp(text, span);
    if !may_hold_time(&text[span.start..span.end]) {
        return None;
    }
    // The candidates do not depend on asides: read them from the plain words
    // first, and the words' asides only when there is one.
    let mut plain: Vec<Tok<'_>> = Vec::with_capacity(span.len() / 4 + 2);
    each_word_in(text, span, |b, e| plain.push(Tok { text: &text[b..e], span: Span::new(b, e), aside: false }));
    let mut cands = candidates(&plain);
    if cands.is_empty() {
        return None;
    }
    // The same words with their asides (no second split), and each candidate
    // the aside of the word that found it: the candidates `time_in` would read.
    let m = crate::clause::toks_of(text, span, plain, While::Aside);
    for c in &mut cands {
        c.aside = m[c.at].aside;
    }
    time_read(text, span, published, certainty, &m, cands, |c| tense(c, &m))
}

/// False when `s` holds no time expression [`candidates`] could read: no
/// digit, no hyphen, and no run of ASCII letters that is a month or weekday
/// name, `yesterday`/`today`/`tonight`/`tomorrow`/`weekend`, `night`/`morning`/
/// `afternoon`/`evening`, or a unit (`day`, `weeks`…). The other words that
/// open a time expression (`a`, `three`, `last`, `few`…) need one of those next.
/// A word of the span that opens one is such a run of the text (its
/// neighbours are no letters or digits), so the test never misses one.
fn may_hold_time(s: &str) -> bool {
    static STRONG: LazyLock<WordBits> = LazyLock::new(|| {
        let mut w: Vec<&'static str> =
            vec!["yesterday", "today", "tonight", "tomorrow", "weekend", "night", "morning", "afternoon", "evening"];
        w.extend(MONTHS.iter().map(|x| x.0));
        w.extend(WEEKDAYS.iter().map(|x| x.0));
        w.extend(SEASONS.iter().map(|x| x.0));
        WordBits::of(&w)
    });
    // One pass over the bytes: a digit or hyphen, or a run of ASCII letters
    // that is such a word (a unit starts with `d`, `w`, `m` or `y`).
    crate::wordbits::any_in_scan(
        s,
        |b, i| b[i].is_ascii_digit() || b[i] == b'-',
        |run| {
            STRONG.has(run) || matches!(run.as_bytes()[0] | 0x20, b'd' | b'w' | b'm' | b'y') && unit_of(run).is_some()
        },
    )
}

/// [`time_with`] of `text[span]` read from its words `m` (`clause::toks` of
/// `span` read with [`While::Aside`]), already made by the caller.
pub fn time_in(
    text: &str,
    span: Span,
    published: Option<NaiveDate>,
    certainty: Option<Certainty>,
    m: &[Tok<'_>],
) -> Option<TimeRef> {
    time_read(text, span, published, certainty, m, candidates(m), |c| tense(c, m))
}

/// [`time_in`] of a claim core read once ([`ClauseWords`]) whose certainty is
/// known: the candidates told by the words' list bits, the tense read from
/// the main words shared with the other stages.
pub(crate) fn time_words(
    text: &str,
    cw: &ClauseWords<'_>,
    published: Option<NaiveDate>,
    certainty: Certainty,
) -> Option<TimeRef> {
    let (m, bits) = (cw.toks(), cw.bits());
    let cands = since_filter(m, raw_candidates_by(m, |i| bits[i] & crate::words::bit::TIME != 0));
    time_read(text, cw.span(), published, Some(certainty), m, cands, |c| tense_main(c, cw.main().0))
}

/// [`time_in`] given the candidates of `m` and the tense of its main clause.
fn time_read(
    text: &str,
    span: Span,
    published: Option<NaiveDate>,
    certainty: Option<Certainty>,
    m: &[Tok<'_>],
    mut cands: Vec<Cand>,
    tense: impl FnOnce(Certainty) -> Tense,
) -> Option<TimeRef> {
    // Times inside relative clauses and parentheses belong to the aside, not the claim.
    cands.retain(|c| !(c.aside && in_relative_or_paren(text, m, c.span.start)));
    // `The law, passed in 2019, would be reviewed …`: a past time in an aside
    // is no time of a claim about the future.
    if matches!(certainty, Some(Certainty::Planned | Certainty::Expected)) {
        cands.retain(|c| {
            let idx = m.iter().position(|t| t.span.start >= c.span.start).unwrap_or(0);
            !((c.aside || comma_participle(text, m, idx)) && local_tense(m, idx) == Some(Tense::Past))
        });
    }
    demote_subordinate(m, &mut cands);
    let c = best(&cands)?;
    let idx = m.iter().position(|t| t.span.start >= c.span.start).unwrap_or(0);
    // `since March`: a time that something has lasted from is past.
    let since = idx > 0 && m[idx - 1].is("since")
        || idx > 1 && m[idx - 1].is_any(&["early", "late", "mid", "last"]) && m[idx - 2].is("since");
    let tense = since
        .then_some(Tense::Past)
        .or_else(|| local_tense(m, idx))
        .or_else(|| if idx == 0 { tense_just_before(text, c.span.start) } else { None })
        .unwrap_or_else(|| tense(certainty.unwrap_or_else(|| crate::modality::certainty_in(text, span, m).0)));
    let date = resolve(&c, published, tense);
    Some(TimeRef { text: text[c.span.start..c.span.end].to_string(), date, span: c.span })
}

/// The date of a social-post signature line (`— Al Arabiya English (@AlArabiya_Eng)
/// November 9, 2023`): the last full date (with its year) in `text[span]`.
pub fn signature_date(text: &str, span: Span) -> Option<TimeRef> {
    let span = clamp(text, span);
    let m = toks(text, span, While::Main);
    candidates(&m).into_iter().rev().find_map(|c| match c.what {
        What::Full(d) => {
            Some(TimeRef { text: text[c.span.start..c.span.end].to_string(), date: Some(d), span: c.span })
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words and marks around time expressions, for the pre-check property.
    const VOCAB: &[&str] = &[
        "on",
        "Monday",
        "May",
        "may",
        "in",
        "March",
        "2023",
        "5",
        "three",
        "a",
        "few",
        "days",
        "weeks",
        "ago",
        "last",
        "next",
        "this",
        "week",
        "morning",
        "night",
        "yesterday",
        "tomorrow",
        "the",
        "weekend",
        "mid-",
        "November",
        "year",
        "which",
        "(",
        ")",
        ",",
        "will",
        "visited",
        "said",
        "early-2024",
        "Putin",
        "of",
        "-",
        "winter",
        "summer",
        "fall",
        "2022-23",
        "Wednesday's",
        "year's",
        "within",
        "after",
        "until",
        "(AP)",
        "—",
    ];

    proptest::proptest! {
        #[test]
        fn the_pre_checks_never_change_the_time(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..14),
            a in 0usize..90,
            b in 0usize..90,
        ) {
            let text = words.join(" ");
            let span = clamp(&text, Span::new(a.min(b), a.max(b)));
            let p = NaiveDate::from_ymd_opt(2023, 11, 9);
            let full = time_in(&text, span, p, None, &toks(&text, span, While::Aside));
            proptest::prop_assert_eq!(time(&text, span, p), full);
        }
    }

    fn pubd() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2023, 11, 9) // a Thursday
    }
    fn t(s: &str) -> Option<(String, Option<String>)> {
        time(s, Span::new(0, s.len()), pubd()).map(|r| {
            assert_eq!(&s[r.span.start..r.span.end], r.text);
            (r.text, r.date.map(|d| d.to_string()))
        })
    }
    fn d(s: &str) -> Option<String> {
        t(s).and_then(|x| x.1)
    }

    #[test]
    fn a_month_of_last_or_next_year() {
        // (Published 2023-11-09.)
        assert_eq!(
            t("Sales fell in March of last year."),
            Some(("March of last year".into(), Some("2022-03-01".into())))
        );
        assert_eq!(d("The plant will open in June of next year."), Some("2024-06-01".into()));
        // The first month of a range takes the range's year.
        assert_eq!(d("Shipments slipped between March and August of last year."), Some("2022-03-01".into()));
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(
            t("The deal was signed on November 9, 2023."),
            Some(("November 9, 2023".into(), Some("2023-11-09".into())))
        );
        assert_eq!(d("It opened on 2023-11-09."), Some("2023-11-09".into()));
        assert_eq!(d("He arrived on 9 November 2023."), Some("2023-11-09".into()));
        assert_eq!(t("He arrived on Nov. 3."), Some(("Nov. 3".into(), Some("2023-11-03".into()))));
        assert_eq!(d("The vote will be held on Dec. 3."), Some("2023-12-03".into()));
        assert_eq!(d("The vote was held on Dec. 3."), Some("2022-12-03".into()));
        assert_eq!(d("He arrived on the 5th of November."), Some("2023-11-05".into()));
    }

    #[test]
    fn years_and_months() {
        assert_eq!(t("Sales fell in 2022."), Some(("2022".into(), Some("2022-01-01".into()))));
        assert_eq!(d("Prices rose in March 2021."), Some("2021-03-01".into()));
        assert_eq!(d("The law took effect in May."), Some("2023-05-01".into()));
        assert_eq!(d("The law will take effect in February."), Some("2024-02-01".into()));
        assert_eq!(d("Talks resume in mid-December."), Some("2023-12-01".into()));
        assert_eq!(t("The firm has 2022 employees."), None);
        assert_eq!(t("The talks may resume."), None);
    }

    #[test]
    fn in_a_span_of_time_is_a_date_only_in_the_future() {
        assert_eq!(d("The plant will reopen in two weeks."), Some("2023-11-23".into()));
        assert_eq!(t("We are facing the third storm in five months."), Some(("in five months".into(), None)));
        assert_eq!(t("Prices doubled in three years."), Some(("in three years".into(), None)));
    }

    #[test]
    fn weekdays_by_tense() {
        assert_eq!(t("Putin visited Kazakhstan on Thursday."), Some(("Thursday".into(), Some("2023-11-09".into()))));
        assert_eq!(d("Putin visited Kazakhstan on Monday."), Some("2023-11-06".into()));
        assert_eq!(d("Putin will visit Kazakhstan on Monday."), Some("2023-11-13".into()));
        assert_eq!(d("Putin is set to visit on Thursday."), Some("2023-11-09".into()));
        assert_eq!(d("He met them last Thursday."), Some("2023-11-02".into()));
        assert_eq!(d("They meet next Tuesday."), Some("2023-11-14".into()));
        assert_eq!(d("The summit opens Saturday."), Some("2023-11-11".into()));
    }

    #[test]
    fn relative_days_and_periods() {
        assert_eq!(d("The ministry said so yesterday."), Some("2023-11-08".into()));
        assert_eq!(d("The results come out today."), Some("2023-11-09".into()));
        assert_eq!(d("It will rain tomorrow."), Some("2023-11-10".into()));
        assert_eq!(d("He resigned two days ago."), Some("2023-11-07".into()));
        assert_eq!(d("He resigned three weeks ago."), Some("2023-10-19".into()));
        assert_eq!(d("He resigned a year ago."), Some("2022-11-09".into()));
        assert_eq!(t("Prices rose last week."), Some(("last week".into(), Some("2023-10-30".into()))));
        assert_eq!(
            t("Prices rose earlier this month."),
            Some(("earlier this month".into(), Some("2023-11-01".into())))
        );
        assert_eq!(d("Elections are due next year."), Some("2024-01-01".into()));
        assert_eq!(d("Growth slowed last year."), Some("2022-01-01".into()));
        assert_eq!(d("The plant opens in two weeks."), Some("2023-11-23".into()));
        assert_eq!(t("He resigned a few days ago."), Some(("a few days ago".into(), None)));
        assert_eq!(d("He was arrested 10 days ago."), Some("2023-10-30".into()));
        assert_eq!(
            t("Storms killed two people over the weekend."),
            Some(("weekend".into(), Some("2023-11-04".into())))
        );
        assert_eq!(t("No deal was reached at the weekend talks."), None);
    }

    #[test]
    fn tense_of_the_nearest_verb() {
        let p = NaiveDate::from_ymd_opt(2024, 3, 15); // a Friday
        let s = "The minister told Reuters on Thursday that a campaign would begin.";
        assert_eq!(time(s, Span::new(0, s.len()), p).unwrap().date, NaiveDate::from_ymd_opt(2024, 3, 14));
        let s = "Officials said the bridge will reopen on Thursday.";
        assert_eq!(time(s, Span::new(0, s.len()), p).unwrap().date, NaiveDate::from_ymd_opt(2024, 3, 21));
    }

    #[test]
    fn without_published() {
        let s = "Putin visited Kazakhstan on Thursday.";
        let r = time(s, Span::new(0, s.len()), None).unwrap();
        assert_eq!((r.text.as_str(), r.date), ("Thursday", None));
        let s = "It was signed on November 9, 2023.";
        assert_eq!(time(s, Span::new(0, s.len()), None).unwrap().date, NaiveDate::from_ymd_opt(2023, 11, 9));
    }

    #[test]
    fn main_clause_and_precision_win() {
        assert_eq!(d("Putin, who was last there in 2019, visited Astana on Thursday."), Some("2023-11-09".into()));
        assert_eq!(d("In 2022, growth slowed on Monday."), Some("2023-11-06".into()));
        assert_eq!(t("The summit, which opens on Friday, was organised by Uzbekistan."), None);
        assert_eq!(t("The summit (held on Friday) was organised by Uzbekistan."), None);
        assert_eq!(d("After talks on Monday, the leaders signed a deal."), Some("2023-11-06".into()));
    }

    #[test]
    fn signature() {
        let s = "— Al Arabiya English (@AlArabiya_Eng) November 9, 2023";
        let r = signature_date(s, Span::new(0, s.len())).unwrap();
        assert_eq!((r.text.as_str(), r.date), ("November 9, 2023", NaiveDate::from_ymd_opt(2023, 11, 9)));
    }

    #[test]
    fn a_verb_just_before_the_span_sets_the_tense() {
        // The claim read from `Monday she would …`: `said Monday` is the past Monday.
        let s = "The mayor said Monday she would stand again.";
        let at = s.find("Monday").unwrap();
        let r = time(s, Span::new(at, s.len()), pubd()).unwrap();
        assert_eq!((r.text.as_str(), r.date), ("Monday", NaiveDate::from_ymd_opt(2023, 11, 6)));
        // A comma between them parts the two.
        let s = "As expected, Monday she would stand again.";
        let at = s.find("Monday").unwrap();
        assert_eq!(time(s, Span::new(at, s.len()), pubd()).unwrap().date, NaiveDate::from_ymd_opt(2023, 11, 13));
    }

    #[test]
    fn a_time_after_a_closed_parenthesis_is_kept() {
        // A dateline's `(AP) —` does not make the dash aside part of the parenthesis.
        let s = "PARIS (AFP) — The minister resigned on Tuesday.";
        assert_eq!(t(s), Some(("Tuesday".into(), Some("2023-11-07".into()))));
        assert_eq!(t("The summit (held on Friday) was organised by Uzbekistan."), None);
    }

    #[test]
    fn possessive_weekdays_and_periods() {
        assert_eq!(
            t("The coach will lead Saturday's game against Leeds."),
            Some(("Saturday".into(), Some("2023-11-11".into())))
        );
        assert_eq!(d("She will run in next year's election."), Some("2024-01-01".into()));
        assert_eq!(d("Last week's storm flooded 200 homes."), Some("2023-10-30".into()));
    }

    #[test]
    fn a_weekday_in_a_name_is_no_date() {
        assert_eq!(t("Sunak told the BBC's Sunday with Laura Kuenssberg programme that growth was strong."), None);
        assert_eq!(t("Reeves told the Sunday Times that inflation had peaked."), None);
        assert_eq!(t("The Mail on Sunday reported that he had moved."), None);
        assert_eq!(t("Talks collapsed on Good Friday."), None);
        assert_eq!(t("He will step down after Super Tuesday."), None);
        // Dates stay dates.
        assert_eq!(d("The Times reported on Sunday that he had moved."), Some("2023-11-05".into()));
        assert_eq!(d("Turnout fell in the Thursday vote."), Some("2023-11-09".into()));
        assert_eq!(d("Sunday's vote was delayed."), Some("2023-11-05".into()));
    }

    #[test]
    fn the_nth_weekday_of_a_month() {
        assert_eq!(
            t("The vote will take place on the first Sunday of November."),
            Some(("first Sunday of November".into(), Some("2023-11-05".into())))
        );
        assert_eq!(d("The vote will take place on the first Sunday of December."), Some("2023-12-03".into()));
        assert_eq!(d("Americans vote on the first Tuesday of November 2024."), Some("2024-11-05".into()));
        assert_eq!(d("The parade is held on the last Monday in May."), Some("2023-05-29".into()));
        assert_eq!(d("Results came on the last Friday of October."), Some("2023-10-27".into()));
    }

    #[test]
    fn a_past_time_in_an_aside_is_no_time_of_a_plan() {
        let s = "The law, passed in 2019, would be reviewed soon.";
        assert_eq!(time_with(s, Span::new(0, s.len()), pubd(), Some(Certainty::Planned)), None);
        let s = "The law, passed in 2019, was reviewed.";
        assert!(time_with(s, Span::new(0, s.len()), pubd(), Some(Certainty::Asserted)).is_some());
    }

    #[test]
    fn since_looks_back() {
        assert_eq!(d("Shares have fallen 30% since March."), Some("2023-03-01".into()));
        assert_eq!(d("Talks have stalled since December."), Some("2022-12-01".into()));
        assert_eq!(
            d("The shares have fallen since March, when the firm warned that profits would drop."),
            Some("2023-03-01".into())
        );
    }

    #[test]
    fn a_point_of_comparison_is_no_time() {
        assert_eq!(t("The party lost its majority for the first time since 1955."), None);
        assert_eq!(t("The strike was the largest since the Fourth of July."), None);
        assert_eq!(t("Prices rose the most since 2008."), None);
        assert_eq!(d("At least 23 people have died since late October."), Some("2023-10-01".into()));
        assert_eq!(d("Troops have held the town since March."), Some("2023-03-01".into()));
        assert_eq!(d("The largest strike began on Monday."), Some("2023-11-06".into()));
    }

    #[test]
    fn a_present_tense_in_a_clause_of_time_is_to_come() {
        assert_eq!(
            d("Reyes faces up to 20 years in prison when he is sentenced in January."),
            Some("2024-01-01".into())
        );
        assert_eq!(d("The road stays shut until it is repaired in March."), Some("2024-03-01".into()));
        assert_eq!(d("He was arrested when he was in Paris in March."), Some("2023-03-01".into()));
    }

    #[test]
    fn ordinal_days_in_words() {
        assert_eq!(
            t("The ceasefire began on the Fourth of July."),
            Some(("Fourth of July".into(), Some("2023-07-04".into())))
        );
        assert_eq!(d("The trial will begin on the first of March."), Some("2024-03-01".into()));
        assert_eq!(d("It ended on the twenty-first of June."), Some("2023-06-21".into()));
    }

    #[test]
    fn may_after_to_or_and_is_a_name() {
        assert_eq!(t("Mr Smith spoke to May about the deal."), None);
        assert_eq!(t("Johnson and May disagreed."), None);
        assert_eq!(d("Prices rose from March to May."), Some("2023-03-01".into()));
        assert_eq!(d("Sales fell in April and May."), Some("2023-04-01".into()));
    }

    #[test]
    fn seasons() {
        // Published in November: the coming winter, the summer just over.
        assert_eq!(t("Cases could rise this winter."), Some(("this winter".into(), Some("2023-12-01".into()))));
        assert_eq!(d("Prices soared this summer."), Some("2023-06-01".into()));
        assert_eq!(d("Floods hit the valley last summer."), Some("2023-06-01".into()));
        // We stand in autumn: the last one is a year back.
        assert_eq!(d("Floods hit the valley last autumn."), Some("2022-09-01".into()));
        assert_eq!(d("The works will finish next spring."), Some("2024-03-01".into()));
        assert_eq!(d("The stadium will open in the spring."), Some("2024-03-01".into()));
        assert_eq!(t("The tour ends in summer 2025."), Some(("summer 2025".into(), Some("2025-06-01".into()))));
        assert_eq!(d("It was built in the summer of 1999."), Some("1999-06-01".into()));
        // A winter with a year may mean either of two.
        assert_eq!(d("They met in winter 2021."), Some("2021-01-01".into()));
        assert_eq!(t("Hot springs and spring water."), None);
        assert_eq!(t("Prices may fall further."), None);
    }

    #[test]
    fn seasons_across_two_years() {
        assert_eq!(
            t("They finished third in the 2022-23 season."),
            Some(("2022-23".into(), Some("2022-01-01".into())))
        );
        assert_eq!(d("Revenue fell in 2021/22."), Some("2021-01-01".into()));
        assert_eq!(d("The 2019-2020 budget was cut."), Some("2019-01-01".into()));
        assert_eq!(t("The score was 2022-25 at half time."), None);
    }

    #[test]
    fn within_a_span_is_a_deadline_ahead() {
        assert_eq!(
            t("The judge is expected to rule within two weeks."),
            Some(("within two weeks".into(), Some("2023-11-23".into())))
        );
        assert_eq!(t("Sales doubled within three years."), Some(("within three years".into(), None)));
    }

    #[test]
    fn a_time_after_a_subordinator_belongs_to_the_other_event() {
        assert_eq!(
            t("The city reopened its shelters last week after heavy flooding on Oct. 12 forced hundreds out."),
            Some(("last week".into(), Some("2023-10-30".into())))
        );
        assert_eq!(d("A judge postponed the trial on Tuesday until Feb. 12."), Some("2023-11-07".into()));
        // Alone, or first, the time after the subordinator stays.
        assert_eq!(d("The city reopened its shelters after flooding on Oct. 12."), Some("2023-10-12".into()));
        // A fronted clause is an aside: the main clause's time wins.
        assert_eq!(d("After talks on Monday, the leaders signed a deal last week."), Some("2023-10-30".into()));
    }

    #[test]
    fn not_times() {
        assert_eq!(t("Turkish leader Recep Tayyip Erdogan spoke."), None);
        assert_eq!(t("Theresa May resigned."), None);
        assert_eq!(t("He will march on."), None);
        let _ = time("Ünïcode 🍵 Thursday", Span::new(1, 99), pubd());
    }
}
