//! Certainty of a claim and the hedges that set it.
//!
//! Reads the words of the claim's main clause (asides such as relative clauses
//! and parentheses are skipped, see [`crate::clause`]) and finds hedges:
//!
//! | certainty | hedges |
//! |---|---|
//! | `uncertain` | `it is unclear whether`, `remains to be seen`, a closing `?` |
//! | `possible` | `may`, `might`, `could` (not past ability), `possibly`, `perhaps`, `would have`, `it is possible` |
//! | `reported` | `reportedly`, `allegedly`, `is said to`, `is believed to`, `according to (unconfirmed) reports` |
//! | `expected` | `is expected (to)`, `expects`, `is likely to`, `probably`, `should`, `is poised to` |
//! | `planned` | `will`, `'ll`, `won't`, `shall`, `would`, `is set to`, `is scheduled to`, `is due to`, `plans to`, `is to`, `is going to`, future time words (`tomorrow`, `next week`) |
//!
//! When several are present the most cautious wins, in the order of the table.
//! False friends are rejected: `will` as a noun (`political will`), `May` the
//! month or the name, `could` of past ability (`could not`, `could see`,
//! `as a child`), `set up`, `due to the weather`, `as expected`.

use claims_model::{Certainty, Span};

use std::sync::LazyLock;

use crate::clause::{clamp, toks, Tok, While, BE};
use crate::wordbits::WordBits;
use crate::words::ClauseWords;

const ADVERBS: &[&str] = &[
    "now",
    "also",
    "still",
    "not",
    "already",
    "originally",
    "widely",
    "currently",
    "yet",
    "initially",
    "further",
    "then",
    "therefore",
    "thus",
    "all",
    "both",
    "each",
    "again",
    "never",
    "no",
];
const DETERMINERS: &[&str] =
    &["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those"];
const WILL_NOUN_PREV: &[&str] = &[
    "the",
    "a",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "political",
    "free",
    "good",
    "ill",
    "own",
    "of",
    "against",
    "no",
    "popular",
    "public",
    "strong",
    "last",
    "living",
    "new",
    "collective",
    "sheer",
    "this",
    "that",
    "whose",
    "general",
    "people's",
    "iron",
    "at",
];
/// Verbs of telling that `would not` refuses (`would not say`).
const REFUSED: &[&str] = &[
    "say",
    "comment",
    "confirm",
    "disclose",
    "elaborate",
    "reveal",
    "discuss",
    "name",
    "specify",
    "give",
    "answer",
    "identify",
    "speculate",
];
const PERCEPTION: &[&str] = &["see", "hear", "feel", "smell", "taste", "remember", "recall", "afford", "sense"];
const PAST_MARKERS: &[&str] =
    &["ago", "yesterday", "previously", "formerly", "childhood", "child", "once", "used", "decades", "centuries"];
const FUTURE_UNITS: &[&str] = &[
    "week",
    "month",
    "year",
    "weekend",
    "season",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "decade",
    "century",
    "quarter",
    "time",
    "round",
    "election",
    "term",
];

/// Every word that can open a hedge pattern: a cheap filter before the rules.
/// Verbs of plan and intention that make a following `to`-infinitive planned.
const PLAN_VERBS: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "intending",
    "aims",
    "aim",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "threatened",
    "threatens",
    "preparing",
];

/// Every word the certainty rules look at first (a cheap filter).
pub(crate) fn trigger_words() -> Vec<&'static str> {
    let mut words: Vec<&'static str> = PLAN_VERBS.to_vec();
    words.extend_from_slice(&[
        "unclear",
        "uncertain",
        "unknown",
        "clear",
        "known",
        "certain",
        "remains",
        "might",
        "possibly",
        "perhaps",
        "maybe",
        "potentially",
        "conceivably",
        "mightn't",
        "may",
        "could",
        "couldn't",
        "possible",
        "possibility",
        "chance",
        "impossible",
        "would",
        "wouldn't",
        "reportedly",
        "allegedly",
        "purportedly",
        "supposedly",
        "apparently",
        "rumoured",
        "rumored",
        "said",
        "reported",
        "alleged",
        "believed",
        "thought",
        "understood",
        "claimed",
        "suspected",
        "according",
        "unconfirmed",
        "expected",
        "expect",
        "expects",
        "expecting",
        "anticipate",
        "anticipates",
        "predict",
        "predicts",
        "forecast",
        "likely",
        "unlikely",
        "poised",
        "projected",
        "predicted",
        "tipped",
        "bound",
        "probably",
        "presumably",
        "should",
        "shouldn't",
        "on",
        "will",
        "won't",
        "wont",
        "shall",
        "'ll",
        "set",
        "scheduled",
        "due",
        "slated",
        "going",
        "about",
        "preparing",
        "to",
        "tomorrow",
        "upcoming",
        "forthcoming",
        "next",
        "later",
        "coming",
    ]);
    words
}

static TRIGGERS: LazyLock<WordBits> = LazyLock::new(|| WordBits::of(&trigger_words()));

/// Trigger words that set a certainty only after a form of `be` (`is said
/// to`, `is set to`, `was to`, `are about to`).
const AFTER_BE: &[&str] = &[
    "to",
    "about",
    "said",
    "reported",
    "alleged",
    "believed",
    "thought",
    "understood",
    "claimed",
    "suspected",
    "set",
    "due",
    "going",
    "scheduled",
    "slated",
    "poised",
];
/// Forms of `be` without an apostrophe ([`AFTER_BE`] needs one before it).
const BE_WORDS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];
/// Trigger words that set a certainty only before another word: `on track`,
/// `according to reports`, `next week`, `later today`, `coming days`, `not
/// clear whether`, `remains to be seen`.
const BEFORE_CONTEXT: &[&str] = &["on", "according", "next", "later", "coming", "clear", "known", "certain", "remains"];
/// The words [`BEFORE_CONTEXT`] needs after it (with [`FUTURE_UNITS`]).
const CONTEXT_AFTER: &[&str] = &[
    "track",
    "course",
    "reports",
    "rumours",
    "rumors",
    "sources",
    "leaks",
    "report",
    "speculation",
    "this",
    "today",
    "tonight",
    "days",
    "weeks",
    "months",
    "years",
    "whether",
    "if",
    "seen",
];

/// False when `s` holds no word [`certainty`] reads as a hedge: no apostrophe
/// (`won't`, `'ll`, `it's`), no trigger word that sets a certainty alone, no
/// trigger of [`AFTER_BE`] after a form of `be`, and no trigger of
/// [`BEFORE_CONTEXT`] before a word of [`CONTEXT_AFTER`] or a future unit.
/// The words are ASCII letters: as words they are runs of letters of the
/// text (see [`WordBits::has_run_in`]), in text order.
fn may_hedge(s: &str) -> bool {
    // One pass over the bytes: the runs of ASCII letters in order, and any
    // apostrophe between them (`'`, or `’`: the bytes E2 80 99).
    let mut runs = HedgeRuns::default();
    crate::wordbits::any_in_scan(
        s,
        |b, i| b[i] == b'\'' || b[i] == 0xE2 && b.get(i + 1..i + 3) == Some(&[0x80, 0x99]),
        |w| runs.hedges(w),
    )
}

/// [`may_hedge`] of `s` (a clamped span's text) read from `words`, the span's
/// words (`clause::toks`): every ASCII letter of `s` stands in one of its
/// words (letters are word characters, and words are parted by other
/// characters), so the runs of letters of the words, in order, are those of `s`.
fn may_hedge_in(s: &str, words: &[Tok<'_>]) -> bool {
    let b = s.as_bytes();
    if memchr::memchr2_iter(b'\'', 0xE2, b).any(|i| b[i] == b'\'' || b.get(i + 1..i + 3) == Some(&[0x80, 0x99])) {
        return true;
    }
    let mut runs = HedgeRuns::default();
    for t in words {
        let w = t.text.as_bytes();
        // Most words are one run of letters.
        if w.iter().all(u8::is_ascii_alphabetic) {
            if runs.hedges(t.text) {
                return true;
            }
            continue;
        }
        if letter_runs_hedge(t.text, &mut runs) {
            return true;
        }
    }
    false
}

/// True when a run of ASCII letters in the word `text` (`well-known` → `well`, `known`)
/// completes a hedge with the runs before it.
fn letter_runs_hedge(text: &str, runs: &mut HedgeRuns) -> bool {
    let w = text.as_bytes();
    let mut i = 0;
    while i < w.len() {
        if !w[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < w.len() && w[i].is_ascii_alphabetic() {
            i += 1;
        }
        if runs.hedges(&text[start..i]) {
            return true;
        }
    }
    false
}

/// [`may_hedge_in`] of `s` read from a [`ClauseWords`]: a word of ASCII
/// letters only is one run, whose hedge bits the table already holds.
fn may_hedge_words(s: &str, cw: &ClauseWords<'_>) -> bool {
    let b = s.as_bytes();
    if memchr::memchr2_iter(b'\'', 0xE2, b).any(|i| b[i] == b'\'' || b.get(i + 1..i + 3) == Some(&[0x80, 0x99])) {
        return true;
    }
    let mut runs = HedgeRuns::default();
    for (t, &bits) in cw.toks().iter().zip(cw.bits()) {
        let w = t.text.as_bytes();
        if w.iter().all(u8::is_ascii_alphabetic) {
            if runs.hedges_bits(bits & crate::words::bit::HEDGE) {
                return true;
            }
            continue;
        }
        if letter_runs_hedge(t.text, &mut runs) {
            return true;
        }
    }
    false
}

/// What [`may_hedge`] has read of the runs of letters so far.
#[derive(Default)]
struct HedgeRuns {
    /// A form of `be` was read.
    be_seen: bool,
    /// A trigger of [`BEFORE_CONTEXT`] was read.
    wants_after: bool,
}

/// Bits of the hedge lists ([`hedge_lists`]).
const ALONE: u32 = 1;
const NEEDS_BE: u32 = 2;
const BE_FORM: u32 = 4;
const NEEDS_AFTER: u32 = 8;
const AFTER: u32 = 16;

/// The lists [`may_hedge`] reads runs of letters against, each with its bit
/// (the five bits of `crate::words::bit::HEDGE`).
pub(crate) fn hedge_lists() -> Vec<(Vec<&'static str>, u32)> {
    let alone: Vec<&'static str> = trigger_words()
        .into_iter()
        .filter(|w| !AFTER_BE.contains(w) && !BEFORE_CONTEXT.contains(w) && !w.contains('\''))
        .collect();
    vec![
        (alone, ALONE),
        (AFTER_BE.to_vec(), NEEDS_BE),
        (BE_WORDS.to_vec(), BE_FORM),
        (BEFORE_CONTEXT.to_vec(), NEEDS_AFTER),
        (CONTEXT_AFTER.to_vec(), AFTER),
        (FUTURE_UNITS.to_vec(), AFTER),
    ]
}

impl HedgeRuns {
    /// Reads the next run of letters: true when the text may hedge.
    #[inline]
    fn hedges(&mut self, run: &str) -> bool {
        static TABLE: LazyLock<WordBits> = LazyLock::new(|| {
            let lists = hedge_lists();
            let refs: Vec<(&[&str], u32)> = lists.iter().map(|(l, b)| (l.as_slice(), *b)).collect();
            WordBits::new(&refs)
        });
        self.hedges_bits(TABLE.get(run))
    }

    /// [`HedgeRuns::hedges`] of a run whose bits of [`hedge_lists`] are `bits`.
    #[inline]
    fn hedges_bits(&mut self, bits: u32) -> bool {
        if bits & ALONE != 0 || (bits & NEEDS_BE != 0 && self.be_seen) || (bits & AFTER != 0 && self.wants_after) {
            return true;
        }
        self.be_seen |= bits & BE_FORM != 0;
        self.wants_after |= bits & NEEDS_AFTER != 0;
        false
    }
}

/// Ranking of certainties from most to least cautious.
fn rank(c: Certainty) -> u8 {
    match c {
        Certainty::Uncertain => 0,
        Certainty::Possible => 1,
        Certainty::Reported => 2,
        Certainty::Expected => 3,
        Certainty::Planned => 4,
        Certainty::Asserted => 5,
    }
}

fn is_be(t: &Tok<'_>) -> bool {
    t.is_any(BE)
        || t.is_any(&["isn't", "aren't", "wasn't", "weren't", "'re", "we're", "they're", "you're", "i'm"])
        || t.text.ends_with("'s") && t.text.len() > 2 && t.is_any(&["that's", "there's", "what's", "who's"])
}

/// Index of the `be` auxiliary before `i`, skipping up to two adverbs.
fn be_before(m: &[Tok<'_>], i: usize) -> Option<usize> {
    let mut j = i;
    for _ in 0..3 {
        if j == 0 {
            return None;
        }
        j -= 1;
        if is_be(&m[j]) {
            return Some(j);
        }
        let adv = m[j].is_any(ADVERBS) || (m[j].text.len() > 4 && m[j].text.ends_with("ly"));
        if !adv {
            return None;
        }
    }
    None
}

fn next_is(m: &[Tok<'_>], i: usize, ws: &[&str]) -> bool {
    m.get(i + 1).is_some_and(|t| t.is_any(ws))
}

fn sp(m: &[Tok<'_>], a: usize, b: usize) -> Span {
    Span::new(m[a].span.start, m[b].span.end)
}

/// Words that open an embedded question or a relative clause without a comma.
const WH_WORDS: &[&str] = &["who", "whom", "whose", "what", "which", "when", "where", "whether", "why", "how"];

/// True when the modal at `i` stands in a clause opened by a wh-word after
/// another word (`did not say who would lead the campaign`, `asked when the
/// bridge will reopen`, `a plan which will cut taxes`): the future is the
/// embedded clause's, not the claim's. Up to three words may stand between
/// the wh-word and the modal.
fn in_embedded_question(m: &[Tok<'_>], i: usize) -> bool {
    (i.saturating_sub(4).max(1)..i).any(|k| m[k].is_any(WH_WORDS) && m[k].text.starts_with(char::is_lowercase))
}

/// True when `could` at `i` reads as past ability rather than possibility.
fn past_ability(m: &[Tok<'_>], all: &[Tok<'_>], i: usize) -> bool {
    if next_is(m, i, &["have"]) || m.get(i + 1).is_some_and(|t| t.is("well")) {
        return false;
    }
    if m[i].is_any(&["couldn't", "couldnt"]) || next_is(m, i, &["not", "never", "no"]) {
        return true;
    }
    if next_is(m, i, PERCEPTION) {
        return true;
    }
    all.iter().enumerate().any(|(k, t)| {
        // `once` is the past only as an adverb (`could once`, `was once`), not
        // as a conjunction (`could double once divers inspect …`).
        let once_conjunction = t.is("once")
            && !all.get(k.wrapping_sub(1)).is_some_and(|p| p.is_any(&["could", "was", "were", "had", "is", "are"]))
            && !all.get(k + 1).is_some_and(|n| n.is_any(&["could", "again", "more"]));
        t.is_any(PAST_MARKERS) && !once_conjunction || t.is("last") || t.text.len() == 4 && is_past_year(t.text)
    })
}

fn is_past_year(w: &str) -> bool {
    w.parse::<u32>().is_ok_and(|y| (1800..2000).contains(&y))
}

/// The certainty of `text[span]` and the spans of the words that set it.
pub fn certainty(text: &str, span: Span) -> (Certainty, Vec<Span>) {
    let span = clamp(text, span);
    // No hedge word: only a question mark can set the certainty.
    if !may_hedge(&text[span.start..span.end]) {
        return match question_mark(text, span) {
            Some(q) => (Certainty::Uncertain, vec![q]),
            None => (Certainty::Asserted, Vec::new()),
        };
    }
    certainty_read(text, span, &toks(text, span, While::Main))
}

/// [`certainty`] of `text[span]` for a caller that has its words read with
/// asides already: `aside_toks` is `clause::toks(text, clamp(text, span),
/// While::Aside)`. Those words are this stage's own (read with [`While::Main`])
/// unless a `while`/`whereas`/`whilst` stands in the span (the one word the two
/// readings differ on), so the span is tokenised again only then. Same result
/// as [`certainty`].
pub fn certainty_in(text: &str, span: Span, aside_toks: &[Tok<'_>]) -> (Certainty, Vec<Span>) {
    let span = clamp(text, span);
    if !may_hedge_in(&text[span.start..span.end], aside_toks) {
        return match question_mark(text, span) {
            Some(q) => (Certainty::Uncertain, vec![q]),
            None => (Certainty::Asserted, Vec::new()),
        };
    }
    if aside_toks.iter().any(|t| t.is_any(WHILE_WORDS)) {
        return certainty_read(text, span, &toks(text, span, While::Main));
    }
    certainty_read(text, span, aside_toks)
}

/// [`certainty_in`] of a claim core read once ([`ClauseWords`]): the same answer
/// as [`certainty`] of `cw.span()`, with the words, their list bits and their
/// main words shared with the other stages.
pub(crate) fn certainty_words(text: &str, cw: &ClauseWords<'_>) -> (Certainty, Vec<Span>) {
    let span = cw.span();
    if !may_hedge_words(&text[span.start..span.end], cw) {
        return match question_mark(text, span) {
            Some(q) => (Certainty::Uncertain, vec![q]),
            None => (Certainty::Asserted, Vec::new()),
        };
    }
    if cw.toks().iter().any(|t| t.is_any(WHILE_WORDS)) {
        return certainty_read(text, span, &toks(text, span, While::Main));
    }
    let (m, bits) = cw.main();
    certainty_main(text, span, cw.toks(), m, |i| bits[i] & crate::words::bit::CERTAINTY != 0)
}

/// The words [`While::Aside`] reads as opening an aside after a comma and
/// [`While::Main`] does not.
const WHILE_WORDS: &[&str] = &["while", "whereas", "whilst"];

/// [`certainty`] of a clamped span, read word by word from its words `all`
/// (`toks` read with [`While::Main`]), no pre-check.
fn certainty_read(text: &str, span: Span, all: &[Tok<'_>]) -> (Certainty, Vec<Span>) {
    // Hedges of a noun's relative or complement clause (`rare effects that
    // might emerge`, `its warning that it might need to …`) are the noun's.
    let m = crate::negation::main_words(all);
    certainty_main(text, span, all, &m, |i| TRIGGERS.has(m[i].text))
}

/// [`certainty_read`] given the main words `m` of `all` (and whether the word
/// `i` of `m` is one of [`trigger_words`]).
fn certainty_main(
    text: &str,
    span: Span,
    all: &[Tok<'_>],
    m: &[Tok<'_>],
    trigger: impl Fn(usize) -> bool,
) -> (Certainty, Vec<Span>) {
    let mut hits: Vec<(Certainty, Span)> = Vec::new();
    let mut future_word: Option<Span> = None;
    let n = m.len();
    let mut i = 0;
    while i < n {
        let t = m[i];
        let w = t.text;
        if !(trigger(i) || w.ends_with("'ll") || w.ends_with("’ll")) {
            i += 1;
            continue;
        }
        // `to`, the commonest trigger, is read by one rule only (planned: `is to visit`;
        // it is no word of the other rules), so it skips them.
        if t.is("to") {
            if i > 0
                && m[i - 1].is_any(&["is", "are", "was", "were"])
                && m.get(i + 1).is_some_and(|x| {
                    x.text.starts_with(char::is_lowercase)
                        && !x.is_any(DETERMINERS)
                        && !x.is_any(&["blame", "do", "say", "come", "date"])
                        && !x.text.ends_with("ing")
                })
                && !(i > 1 && m[i - 2].is_any(&["aim", "goal", "idea", "plan", "task", "purpose", "objective", "way"]))
            {
                hits.push((Certainty::Planned, sp(m, i - 1, i)));
            }
            i += 1;
            continue;
        }
        // Uncertain.
        let not_before = |k: usize| (1..=2).any(|d| k >= d && m[k - d].is("not"));
        if t.is_any(&["unclear", "uncertain", "unknown"])
            || (t.is_any(&["clear", "known", "certain"]) && not_before(i) && next_is(m, i, &["whether", "if"]))
        {
            if next_is(m, i, &["whether", "if", "when", "how", "why", "who", "what", "where"])
                || t.is("unclear")
                || !t.is_any(&["unknown", "uncertain"])
            {
                let mut a = i;
                if let Some(b) = be_before(m, i) {
                    a = if b > 0 && m[b - 1].is_any(&["it", "remains", "still"]) { b - 1 } else { b };
                }
                if let Some(k) = (1..=2).find(|&d| i >= d && m[i - d].is("not")) {
                    a = a.min(i - k);
                }
                let end = if next_is(m, i, &["whether", "if"]) { i + 1 } else { i };
                hits.push((Certainty::Uncertain, sp(m, a, end)));
            }
        } else if t.is("remains")
            && next_is(m, i, &["to"])
            && m.get(i + 2).is_some_and(|x| x.is("be"))
            && m.get(i + 3).is_some_and(|x| x.is("seen"))
        {
            hits.push((Certainty::Uncertain, sp(m, i, i + 3)));
        }
        // Possible.
        else if t.is_any(&["might", "possibly", "perhaps", "maybe", "potentially", "conceivably", "mightn't"])
            || (w == "may" && !(i > 0 && m[i - 1].is_any(&["in", "of", "since", "until", "by", "early", "late"])))
            || (w == "May"
                && i == 0
                && m.get(1).is_some_and(|x| x.text.starts_with(|c: char| c.is_lowercase()) && !name_verb(x)))
        {
            hits.push((Certainty::Possible, t.span));
        } else if t.is_any(&["could", "couldn't"]) {
            if !past_ability(m, all, i) {
                hits.push((Certainty::Possible, t.span));
            }
        } else if (t.is("possible") && (next_is(m, i, &["that"]) || be_before(m, i).is_some()))
            || (t.is_any(&["possibility", "chance"])
                && (next_is(m, i, &["that", "of"]) || i > 0 && m[i - 1].is_any(&["is", "a", "was", "the"])))
        {
            let a = be_before(m, i).map(|b| if b > 0 && m[b - 1].is("it") { b - 1 } else { b }).unwrap_or(i);
            hits.push((Certainty::Possible, sp(m, a, i)));
        } else if t.is("impossible") && i > 0 && m[i - 1].is_any(&["not", "hardly", "never"]) {
            hits.push((Certainty::Possible, sp(m, i - 1, i)));
        } else if t.is("would") && next_is(m, i, &["have"]) && !next_is(m, i + 1, &["to"]) {
            // (Not `would have to`, a need: it reads as `would`.)
            hits.push((Certainty::Possible, sp(m, i, i + 1)));
        }
        // Reported.
        else if t.is_any(&[
            "reportedly",
            "allegedly",
            "purportedly",
            "supposedly",
            "apparently",
            "rumoured",
            "rumored",
        ]) {
            let a = if t.is_any(&["rumoured", "rumored"]) { be_before(m, i).unwrap_or(i) } else { i };
            let b = if next_is(m, i, &["to"]) && a != i { i + 1 } else { i };
            hits.push((Certainty::Reported, sp(m, a, b)));
        } else if t.is_any(&[
            "said",
            "reported",
            "alleged",
            "believed",
            "thought",
            "understood",
            "claimed",
            "suspected",
        ]) && next_is(m, i, &["to", "that"])
            && be_before(m, i).is_some()
        {
            let b = be_before(m, i).unwrap_or(i);
            let it_that = b > 0 && m[b - 1].is("it");
            if next_is(m, i, &["to"]) || it_that {
                let a = if it_that { b - 1 } else { b };
                hits.push((Certainty::Reported, sp(m, a, i + 1)));
            }
        } else if t.is("according") && next_is(m, i, &["to"]) {
            let lim = (i + 6).min(n);
            if let Some(j) = (i + 2..lim)
                .find(|&j| m[j].is_any(&["reports", "rumours", "rumors", "sources", "leaks", "report", "speculation"]))
            {
                hits.push((Certainty::Reported, sp(m, i, j)));
            }
        } else if t.is("unconfirmed") && next_is(m, i, &["reports", "report"]) {
            hits.push((Certainty::Reported, sp(m, i, i + 1)));
        }
        // Expected.
        else if t.is("expected") {
            let after_as = i > 0 && m[i - 1].is_any(&["as", "than", "the", "an", "its", "their", "his", "her", "a"]);
            if !after_as {
                let a = be_before(m, i).unwrap_or(i);
                let b = if next_is(m, i, &["to"]) { i + 1 } else { i };
                hits.push((Certainty::Expected, sp(m, a, b)));
            }
        } else if t.is_any(&[
            "expect",
            "expects",
            "expecting",
            "anticipate",
            "anticipates",
            "predict",
            "predicts",
            "forecast",
        ]) && !(i > 0 && m[i - 1].is_any(DETERMINERS))
        {
            hits.push((Certainty::Expected, t.span));
        } else if t.is_any(&["likely", "unlikely"])
            && i > 0
            && (m[i - 1].is_any(&["more", "less", "times", "twice"])
                || m[i - 1].is("as") && i > 1 && m[i - 2].is_any(&["twice", "times", "half", "thrice"]))
            && !(next_is(m, i, &["than"]) && m.get(i + 2).is_some_and(|x| x.is("not")))
        {
            // A comparison of chances (`21% less likely to develop`, `twice as
            // likely`) is a finding, not a hedge.
        } else if t.is_any(&["likely", "unlikely", "poised", "projected", "predicted", "tipped", "bound", "forecast"])
            && next_is(m, i, &["to"])
            && be_before(m, i).is_some()
        {
            let a = be_before(m, i).unwrap_or(i);
            hits.push((Certainty::Expected, sp(m, a, i + 1)));
        } else if t.is_any(&["probably", "likely", "presumably", "should", "shouldn't"])
            || (t.is("unlikely") && be_before(m, i).is_some())
        {
            hits.push((Certainty::Expected, t.span));
        } else if t.is("on") && next_is(m, i, &["track", "course"]) && m.get(i + 2).is_some_and(|x| x.is("to")) {
            hits.push((Certainty::Expected, sp(m, i, i + 2)));
        }
        // Planned.
        else if t.is_any(&["will", "won't", "wont", "shall", "would", "wouldn't", "'ll"])
            || w.ends_with("'ll")
            || w.ends_with("’ll")
        {
            let noun = t.is("will")
                && ((i > 0 && m[i - 1].is_any(WILL_NOUN_PREV))
                    || next_is(m, i, &["of", "to"])
                    || w == "Will" && i > 0
                    || i + 1 == n);
            let noun_wont = t.is("wont") && next_is(m, i, &["to"]);
            let name = w == "Will" && i == 0 && m.get(1).is_some_and(|x| x.text.starts_with(char::is_uppercase));
            // `would not say`: a past refusal, not a plan.
            let refusal = t.is_any(&["would", "wouldn't"])
                && (1..=2).any(|d| m.get(i + d).is_some_and(|x| x.is_any(REFUSED)))
                && (t.is("wouldn't") || next_is(m, i, &["not", "never"]));
            if !noun && !noun_wont && !name && !refusal && !in_embedded_question(m, i) {
                hits.push((Certainty::Planned, t.span));
            }
        } else if t.is_any(&["set", "scheduled", "due", "slated", "going", "about", "poised"])
            && be_before(m, i).is_some()
        {
            let b = be_before(m, i).unwrap_or(i);
            let nxt = m.get(i + 1);
            let after = m.get(i + 2);
            let ok = match nxt {
                Some(x) if x.is("to") => {
                    let causal = t.is("due") && after.is_none_or(|a| a.is_any(DETERMINERS) || starts_upper(a.text));
                    let going_place =
                        t.is("going") && after.is_none_or(|a| a.is_any(DETERMINERS) || starts_upper(a.text));
                    let set_music = t.is("set") && after.is_some_and(|a| a.is_any(&["music", "zero"]));
                    !(causal || going_place || set_music)
                }
                Some(x) if x.is_any(&["for", "on", "in", "at", "back"]) => {
                    t.is_any(&["set", "scheduled", "due", "slated"])
                }
                None => t.is_any(&["scheduled", "due"]),
                _ => t.is("scheduled"),
            };
            if ok {
                let end = if nxt.is_some_and(|x| x.is("to")) { i + 1 } else { i };
                hits.push((Certainty::Planned, sp(m, b, end)));
            }
        } else if t.is_any(PLAN_VERBS)
            && next_is(m, i, &["to"])
            && !(i > 0 && (m[i - 1].is_any(DETERMINERS) || m[i - 1].is_any(&["no", "any", "without"])))
            // `promised to the university`: `to` a preposition, no infinitive.
            && !m.get(i + 2).is_some_and(|x| x.is_any(DETERMINERS) || starts_upper(x.text))
        {
            hits.push((Certainty::Planned, sp(m, i, i + 1)));
        } else if t.is_any(&["tomorrow", "upcoming", "forthcoming"])
            || (t.is("next") && next_is(m, i, FUTURE_UNITS))
            || (t.is("later") && next_is(m, i, &["this", "today", "tonight"]))
            || (t.is("coming") && next_is(m, i, &["days", "weeks", "months", "years"]))
        {
            let end = if t.is_any(&["next", "later", "coming"]) { i + 1 } else { i };
            future_word.get_or_insert(sp(m, i, end.min(n - 1)));
        }
        i += 1;
    }
    // A question.
    if let Some(q) = question_mark(text, span) {
        hits.push((Certainty::Uncertain, q));
    }
    if hits.is_empty() {
        // `opens next week` is planned; `was postponed until next week` is not.
        if let Some(f) = future_word.filter(|_| !crate::temporal::past_tense(text, span)) {
            hits.push((Certainty::Planned, f));
        }
    }
    let best = hits.iter().map(|h| h.0).min_by_key(|c| rank(*c)).unwrap_or(Certainty::Asserted);
    let mut spans: Vec<Span> = hits.into_iter().map(|h| h.1).collect();
    spans.sort();
    spans.dedup();
    let keep: Vec<bool> = spans
        .iter()
        .enumerate()
        .map(|(i, s)| !spans.iter().enumerate().any(|(j, o)| j != i && o.contains(s)))
        .collect();
    let spans = spans.into_iter().zip(keep).filter(|x| x.1).map(|x| x.0).collect();
    (best, spans)
}

/// [`certainty`], then a claim read as asserted whose time expression resolves
/// after `published` (`The law takes effect in January`, `The summit opens on
/// Saturday`) is `planned`, with the time expression as its hedge: a future
/// event cannot be asserted as fact. The pipeline should call this one when it
/// knows the published date.
pub fn certainty_at(text: &str, span: Span, published: Option<chrono::NaiveDate>) -> (Certainty, Vec<Span>) {
    let (c, hedges) = certainty(text, span);
    if c != Certainty::Asserted {
        return (c, hedges);
    }
    let Some(p) = published else { return (c, hedges) };
    // `has been postponed until next Thursday`: a past event about a future date.
    if crate::temporal::past_tense(text, span) {
        return (c, hedges);
    }
    match crate::temporal::time_with(text, span, Some(p), Some(c)) {
        Some(t) if t.date.is_some_and(|d| d > p) && !target_date(text, span, t.span) => {
            (Certainty::Planned, vec![t.span])
        }
        _ => (c, hedges),
    }
}

/// [`certainty_at`] of a claim core read once ([`ClauseWords`], of
/// `clamp(text, span)`), given what the core's words already gave: its
/// [`certainty_words`] `read` and the date and span of its own time
/// (`crate::temporal::time_words` with that certainty). Same answer as
/// [`certainty_at`]`(text, span, published)`.
pub(crate) fn certainty_at_words(
    text: &str,
    span: Span,
    cw: &ClauseWords<'_>,
    published: Option<chrono::NaiveDate>,
    read: (Certainty, Vec<Span>),
    own_time: Option<(Option<chrono::NaiveDate>, Span)>,
) -> (Certainty, Vec<Span>) {
    let (c, hedges) = read;
    if c != Certainty::Asserted {
        return (c, hedges);
    }
    let Some(p) = published else { return (c, hedges) };
    if crate::temporal::past_tense_words(cw) {
        return (c, hedges);
    }
    match own_time {
        Some((date, t)) if date.is_some_and(|d| d > p) && !target_date(text, span, t) => (Certainty::Planned, vec![t]),
        _ => (c, hedges),
    }
}

/// A date introduced by `by` (`markets are pricing in cuts by the end of
/// 2024`) is a target of the claim, and one introduced by `until` the end of
/// a present state, not the time of its event: a present statement about it
/// stays asserted.
fn target_date(text: &str, span: Span, time: Span) -> bool {
    if time.start < span.start || time.start > text.len() || !text.is_char_boundary(time.start) {
        return false;
    }
    let mut before = text[span.start..time.start].trim_end();
    for lead in ["the end of", "the start of", "the middle of", "the beginning of", "end of", "early", "late", "mid-"] {
        let cut = before.len().saturating_sub(lead.len());
        if before.len() >= lead.len() && before.is_char_boundary(cut) && before[cut..].eq_ignore_ascii_case(lead) {
            before = before[..cut].trim_end();
            break;
        }
    }
    let last = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    // `until` / `till` bound a present state (`The road is closed until Friday`,
    // `The commission has until Dec. 15 to approve the list`): true now.
    ["by", "until", "till"].iter().any(|w| last.eq_ignore_ascii_case(w))
}

/// True when `x`, after a capitalised `May`, cannot follow the modal (which
/// takes a bare verb): a modal, an auxiliary or a finite form (`May will
/// face`, `May said`, `May has`, `May resigned`, `May says`): `May` is a name.
fn name_verb(x: &Tok<'_>) -> bool {
    const FINITE: &[&str] = &[
        "will", "would", "can", "could", "should", "must", "may", "might", "shall", "has", "had", "is", "was", "did",
        "does", "said", "says", "told", "tells", "and", "also", "then", "later", "insisted", "wants",
    ];
    let w = x.text;
    x.is_any(FINITE)
        || w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")
        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

fn starts_upper(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// The span of a `?` that closes `text[span]` (or follows it, past closing quotes).
fn question_mark(text: &str, span: Span) -> Option<Span> {
    let inner = text[span.start..span.end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | '»' | ')'));
    if inner.ends_with('?') {
        let p = span.start + inner.len() - 1;
        return Some(Span::new(p, p + 1));
    }
    let rest = &text[span.end..];
    let skip = rest.len() - rest.trim_start_matches(['"', '”', '’', '\'', '»', ')', ' ']).len();
    if skip <= 4 && rest[skip..].starts_with('?') {
        let p = span.end + skip;
        return Some(Span::new(p, p + 1));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words and marks around the hedge words, for the pre-check property.
    const VOCAB: &[&str] = &[
        "the",
        "talks",
        "Putin",
        "May",
        "may",
        "will",
        "won't",
        "is",
        "was",
        "were",
        "are",
        "be",
        "to",
        "said",
        "set",
        "due",
        "about",
        "going",
        "on",
        "track",
        "course",
        "according",
        "reports",
        "next",
        "week",
        "later",
        "today",
        "coming",
        "days",
        "not",
        "clear",
        "whether",
        "if",
        "remains",
        "seen",
        "expected",
        "could",
        "likely",
        "tomorrow",
        "plans",
        "unclear",
        "(",
        ")",
        ",",
        "—",
        "?",
        "\"",
        "it's",
        "’ll",
        "which",
        "while",
        "Whereas",
        "whilst",
        "visited",
        "Astana",
        "possibly",
    ];

    proptest::proptest! {
        #[test]
        fn the_pre_check_never_changes_the_reading(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..14),
            a in 0usize..90,
            b in 0usize..90,
        ) {
            let text = words.join(" ");
            let span = clamp(&text, Span::new(a.min(b), a.max(b)));
            let read = certainty_read(&text, span, &toks(&text, span, While::Main));
            proptest::prop_assert_eq!(certainty(&text, span), read);
        }

        #[test]
        fn words_read_with_asides_give_the_same_reading(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..14),
            a in 0usize..90,
            b in 0usize..90,
        ) {
            let text = words.join(" ");
            let span = Span::new(a.min(b), a.max(b));
            let aside = toks(&text, clamp(&text, span), While::Aside);
            proptest::prop_assert_eq!(certainty(&text, span), certainty_in(&text, span, &aside));
        }

        #[test]
        fn the_pre_check_reads_words_as_it_reads_text(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..14),
            marks in proptest::collection::vec(proptest::sample::select(&[" ", ", ", "-", "’", "'", "é", "3", ".", " (", ") "][..]), 14),
            a in 0usize..120,
            b in 0usize..120,
        ) {
            let text: String = words.iter().zip(&marks).flat_map(|(w, m)| [*w, *m]).collect();
            let span = clamp(&text, Span::new(a.min(b), a.max(b)));
            let aside = toks(&text, span, While::Aside);
            let s = &text[span.start..span.end];
            proptest::prop_assert_eq!(may_hedge(s), may_hedge_in(s, &aside));
        }
    }

    fn c(t: &str) -> Certainty {
        certainty(t, Span::new(0, t.len())).0
    }
    #[test]
    fn compared_chances_are_no_hedge() {
        let c = |t: &str| certainty(t, Span::new(0, t.len())).0;
        assert_eq!(c("Coffee drinkers are 21% less likely to develop liver disease."), Certainty::Asserted);
        assert_eq!(c("Smokers are twice as likely to die early."), Certainty::Asserted);
        assert_eq!(c("The bill is likely to pass."), Certainty::Expected);
        // `more likely than not` is a judgement of chances: a hedge.
        assert_eq!(c("A recession is more likely than not."), Certainty::Expected);
    }

    fn hedges(t: &str) -> Vec<&str> {
        certainty(t, Span::new(0, t.len())).1.into_iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn asserted() {
        assert_eq!(c("Putin visited Kazakhstan on Thursday."), Certainty::Asserted);
        assert_eq!(c("The company set up a new plant in Ohio."), Certainty::Asserted);
        assert!(hedges("Prices rose by 3% in March.").is_empty());
    }

    #[test]
    fn expected() {
        let t = "Erdogan and Raisi were expected in Uzbekistan.";
        assert_eq!(c(t), Certainty::Expected);
        assert_eq!(hedges(t), ["were expected"]);
        assert_eq!(hedges("The bank is expected to cut rates."), ["is expected to"]);
        assert_eq!(c("Analysts expect inflation to ease."), Certainty::Expected);
        assert_eq!(c("Turnout is likely to be low."), Certainty::Expected);
        assert_eq!(c("A breakthrough is not unlikely."), Certainty::Expected);
        assert_eq!(c("Such a result is not impossible."), Certainty::Possible);
    }

    #[test]
    fn expected_false_friends() {
        assert_eq!(c("Sales rose as expected."), Certainty::Asserted);
        assert_eq!(c("Profits were higher than expected."), Certainty::Asserted);
    }

    #[test]
    fn planned() {
        let t = "Vladimir Putin is set to visit Kazakhstan.";
        assert_eq!(c(t), Certainty::Planned);
        assert_eq!(hedges(t), ["is set to"]);
        assert_eq!(c("The minister will travel to Paris."), Certainty::Planned);
        assert_eq!(c("The firm plans to open 20 stores."), Certainty::Planned);
        assert_eq!(c("The vote is scheduled to take place on Monday."), Certainty::Planned);
        assert_eq!(c("The report is due to be published in May."), Certainty::Planned);
        assert_eq!(c("Putin is to visit Astana."), Certainty::Planned);
        assert_eq!(c("She'll announce the result."), Certainty::Planned);
        assert_eq!(c("The summit opens next week."), Certainty::Planned);
        assert_eq!(c("The team is going to appeal the ruling."), Certainty::Planned);
    }

    #[test]
    fn planned_false_friends() {
        assert_eq!(c("Leaders showed the political will to act."), Certainty::Asserted);
        assert_eq!(c("He left a will naming his heirs."), Certainty::Asserted);
        assert_eq!(c("The match was postponed due to the weather."), Certainty::Asserted);
        assert_eq!(c("The company was set up in 1998."), Certainty::Asserted);
        assert_eq!(c("Will Smith won an award."), Certainty::Asserted);
        assert_eq!(c("He was going to the market."), Certainty::Asserted);
        assert_eq!(c("The aim is to build trust."), Certainty::Asserted);
        assert_eq!(c("The firms are in talks about a possible merger."), Certainty::Asserted);
        assert_eq!(c("The ministry said it had no plans to raise prices."), Certainty::Asserted);
        assert_eq!(c("The ministry would not say how many died."), Certainty::Asserted);
    }

    #[test]
    fn a_modal_in_an_embedded_question_plans_nothing() {
        assert_eq!(c("She did not say who would lead her campaign."), Certainty::Asserted);
        assert_eq!(c("Officials asked when the bridge will reopen."), Certainty::Asserted);
        assert_eq!(c("The council unveiled a plan which will cut fares."), Certainty::Asserted);
        // The claim's own modal still counts.
        assert_eq!(c("The party will decide who will lead it."), Certainty::Planned);
        assert_eq!(c("When will the bridge reopen?"), Certainty::Uncertain);
        assert_eq!(c("It is unclear whether the talks will resume."), Certainty::Uncertain);
    }

    #[test]
    fn possible() {
        assert_eq!(c("The talks may resume."), Certainty::Possible);
        assert_eq!(c("Rates could rise again."), Certainty::Possible);
        assert_eq!(c("The virus might spread."), Certainty::Possible);
        assert_eq!(c("The deal possibly collapsed."), Certainty::Possible);
        assert_eq!(c("The fire could have been prevented."), Certainty::Possible);
        assert_eq!(hedges("Rates could rise."), ["could"]);
    }

    #[test]
    fn possible_false_friends() {
        assert_eq!(c("The election was held in May."), Certainty::Asserted);
        assert_eq!(c("Theresa May resigned."), Certainty::Asserted);
        assert_eq!(c("As a child, he could swim for hours."), Certainty::Asserted);
        assert_eq!(c("Rescuers could not reach the village."), Certainty::Asserted);
        assert_eq!(c("Residents could see the smoke."), Certainty::Asserted);
    }

    #[test]
    fn reported() {
        assert_eq!(c("The minister reportedly resigned."), Certainty::Reported);
        assert_eq!(hedges("He is said to be ill."), ["is said to"]);
        assert_eq!(c("The suspect allegedly fled."), Certainty::Reported);
        let t = "Troops crossed the border, according to unconfirmed reports.";
        assert_eq!(c(t), Certainty::Reported);
        assert_eq!(hedges(t), ["according to unconfirmed reports"]);
        assert_eq!(c("It is believed that ten died."), Certainty::Reported);
    }

    #[test]
    fn reported_false_friends() {
        assert_eq!(c("He said to reporters that he was ready."), Certainty::Asserted);
        assert_eq!(c("Troops crossed the border, according to officials."), Certainty::Asserted);
    }

    #[test]
    fn uncertain() {
        let t = "It is unclear whether the talks will resume.";
        assert_eq!(c(t), Certainty::Uncertain);
        assert_eq!(hedges(t)[0], "It is unclear whether");
        assert_eq!(c("Will the talks resume?"), Certainty::Uncertain);
        assert_eq!(c("It remains to be seen if the truce holds."), Certainty::Uncertain);
        let t = "It was not immediately clear whether anyone was hurt.";
        assert_eq!(hedges(t), ["It was not immediately clear whether"]);
    }

    #[test]
    fn hedges_of_a_nouns_clause_are_the_nouns() {
        let t = "The Bank of England kept interest rates at 5.25% but dropped its warning that it might need to raise them again.";
        assert_eq!(c(t), Certainty::Asserted);
        assert_eq!(
            c("Critics said the study was too small to detect rare effects that might emerge later."),
            Certainty::Asserted
        );
        assert_eq!(c("The projects that may be cut were listed."), Certainty::Asserted);
        // The main predicate's hedge still counts.
        assert_eq!(c("The projects that were halted in April could resume."), Certainty::Possible);
        assert_eq!(c("The minister said that the report might be wrong."), Certainty::Possible);
        assert_eq!(c("She told reporters it could take months."), Certainty::Possible);
        // `would have` + participle is a counterfactual; `would have to` a need, read as `would`.
        assert_eq!(c("Borrowing would have risen by 20 billion pounds."), Certainty::Possible);
        assert_eq!(c("Borrowing would have to rise by 20 billion pounds."), Certainty::Planned);
    }

    #[test]
    fn a_relative_when_after_a_time_hedges_nothing() {
        assert_eq!(
            c("The shares have fallen 30% since March, when it warned that profits would drop."),
            Certainty::Asserted
        );
        assert_eq!(c("Prices will rise in March, when the tax takes effect."), Certainty::Planned);
    }

    #[test]
    fn an_attitudes_content_hedges_nothing() {
        assert_eq!(c("The president was confident he would win."), Certainty::Asserted);
        assert_eq!(c("She is worried that prices could rise."), Certainty::Asserted);
        assert_eq!(c("He is confident of victory and will stand again."), Certainty::Planned);
        assert_eq!(c("She was happy to say she would stay."), Certainty::Planned);
    }

    #[test]
    fn may_before_a_finite_verb_is_a_name() {
        assert_eq!(c("May will face a confidence vote."), Certainty::Planned);
        assert_eq!(c("May said the plan was ready."), Certainty::Asserted);
        assert_eq!(c("May resigned on Friday."), Certainty::Asserted);
        assert_eq!(c("May need more time."), Certainty::Possible);
        assert_eq!(c("May succeed where others failed."), Certainty::Possible);
    }

    #[test]
    fn a_plan_verb_before_a_preposition_plans_nothing() {
        assert_eq!(c("The court said the money had been promised to the university."), Certainty::Asserted);
        assert_eq!(c("Aid was pledged to Ukraine in March."), Certainty::Asserted);
        assert_eq!(c("The firm promised to cut prices."), Certainty::Planned);
    }

    #[test]
    fn asides_do_not_hedge_main_clause() {
        assert_eq!(c("Iran, which may join later, signed the deal."), Certainty::Asserted);
        assert_eq!(c("The ministry (which will review it) approved the plan."), Certainty::Asserted);
        // A coordinate `while` clause still hedges the claim.
        assert_eq!(c("Putin visited Astana, while Erdogan was expected in Tashkent."), Certainty::Expected);
    }

    #[test]
    fn future_dates_are_planned() {
        let p = chrono::NaiveDate::from_ymd_opt(2023, 11, 9);
        let t = "The new law takes effect in January.";
        let (c, h) = certainty_at(t, Span::new(0, t.len()), p);
        assert_eq!((c, &t[h[0].start..h[0].end]), (Certainty::Planned, "January"));
        let t = "The new law took effect in January.";
        assert_eq!(certainty_at(t, Span::new(0, t.len()), p).0, Certainty::Asserted);
        let t = "The launch has been postponed until next Thursday.";
        assert_eq!(certainty_at(t, Span::new(0, t.len()), p).0, Certainty::Asserted);
        let t = "Putin arrives in Astana today.";
        assert_eq!(certainty_at(t, Span::new(0, t.len()), p).0, Certainty::Asserted);
        assert_eq!(certainty_at(t, Span::new(0, t.len()), None).0, Certainty::Asserted);
        // A target date (`by …`) is not the time of the claim's event.
        let t = "Markets are pricing in 60 basis points of cuts by the end of 2024.";
        assert_eq!(certainty_at(t, Span::new(0, t.len()), p).0, Certainty::Asserted);
        // `until` bounds a state that holds now.
        let t = "The road is closed until Friday.";
        assert_eq!(certainty_at(t, Span::new(0, t.len()), p).0, Certainty::Asserted);
        let t = "The commission has until Dec. 15 to approve the list.";
        assert_eq!(certainty_at(t, Span::new(0, t.len()), p).0, Certainty::Asserted);
        let t = "The summit opens on Saturday by the lake.";
        assert_eq!(certainty_at(t, Span::new(0, t.len()), p).0, Certainty::Planned);
    }

    #[test]
    fn spans_are_exact_and_unicode_safe() {
        let t = "Le ministre « may » visit — café’s 🍵 will?";
        for s in certainty(t, Span::new(0, t.len())).1 {
            assert!(t.get(s.start..s.end).is_some());
        }
        let _ = certainty(t, Span::new(3, 200));
        let _ = certainty("", Span::new(0, 0));
    }
}
