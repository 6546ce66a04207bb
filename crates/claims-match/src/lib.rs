//! The one claim matcher, used for corroboration within an article and for
//! aligning claims across versions in `claims diff`.
//!
//! # How two claims are compared
//!
//! Each claim is reduced to [`Features`] (see [`features`]):
//!
//! - **content words** of its statement: tokens that are not function words,
//!   negators, modal/hedge words (`will`, `is set to`, `reportedly`, and the
//!   claim's own `hedges`) or numbers, folded (lower case, curly apostrophe
//!   straightened, possessive `'s` dropped) and lightly stemmed (`visited`,
//!   `visits` → `visit`; `said` → `say`; see [`words::stem`]). Capitalised words
//!   (names) and the claim's entity names weigh 2, other words 1;
//! - **numbers** (`1,500`, `three`, `2 million`; years apart);
//! - the **speaker** (normalised name), **polarity** (`negated`) and **certainty**.
//!
//! The **score** (0..1) is the weighted Dice overlap of the content words:
//! `2 · w(shared) / (w(a) + w(b))`. Numbers, polarity, certainty and speaker do
//! not lower the score: they say *how* two reports of one fact differ.
//!
//! Two claims **report the same fact** when the score is at least
//! [`SAME_FACT`] and they share content words of weight 2 or more. Their
//! **relation** is then:
//! - [`Relation::Contradicts`] when polarity differs, or a number of one has
//!   no equal in the other while the other has a number the first lacks (a
//!   replaced number; an extra number alone is more detail, not a contradiction);
//! - [`Relation::Updates`] when certainty differs (`is set to visit` → `visited`);
//! - [`Relation::Same`] otherwise.
//!
//! [`Comparison`] also lists shared and unshared content words, the changed
//! numbers and whether speaker, polarity, certainty or date differ, so that
//! callers (the diff) can explain a difference.

pub mod words;

use claims_model::{ids, Certainty, Claim, Relation};

/// The score from which two claims may report the same fact.
pub const SAME_FACT: f64 = 0.5;

/// One content word of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// The stem (`visit`).
    pub stem: String,
    /// Weight: 2 for names and entity words, 1 otherwise.
    pub weight: f64,
}

/// What the matcher looks at in one claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    /// Distinct content words of the statement, sorted by stem.
    pub words: Vec<Word>,
    /// Numbers of the statement (years included, flagged).
    pub numbers: Vec<words::Number>,
    /// Normalised speaker name, if any.
    pub speaker: Option<String>,
    /// The claim's polarity.
    pub negated: bool,
    /// The claim's certainty.
    pub certainty: Certainty,
    /// The resolved date of the claim's time (`YYYY-MM-DD`), if any.
    pub date: Option<String>,
}

/// Content words of `text` (see the crate docs), skipping byte ranges in `skip`.
pub fn content_words(text: &str, entity_words: &[String], skip: &[(usize, usize)]) -> Vec<Word> {
    let mut e = EntityWords(String::new(), Vec::new());
    for w in entity_words {
        e.push(w);
    }
    content_words_in(&words::tokens(text), &e, skip)
}

/// The folded words of a claim's entity names (they weigh 2 as content words),
/// written one after another, each with its byte range.
struct EntityWords(String, Vec<std::ops::Range<usize>>);

impl EntityWords {
    /// The words of `c`'s entity names.
    fn of(c: &Claim) -> Self {
        let mut all = EntityWords(String::new(), Vec::new());
        all.fill(c);
        all
    }
    /// Replaces the words with those of `c`'s entity names.
    fn fill(&mut self, c: &Claim) {
        self.0.clear();
        self.1.clear();
        for e in &c.entities {
            words::each_token(&e.name, |t| {
                let start = self.0.len();
                words::fold_push(t.text, &mut self.0);
                self.1.push(start..self.0.len());
            });
        }
    }
    /// Adds a word.
    fn push(&mut self, w: &str) {
        self.0.push_str(w);
        self.1.push(self.0.len() - w.len()..self.0.len());
    }
    /// True when the folded word `f` is one of them.
    fn contains(&self, f: &str) -> bool {
        self.1.iter().any(|r| r.len() == f.len() && self.0[r.clone()] == *f)
    }
}

/// [`content_words`] read from the text's [`words::tokens`] (`toks`), already made by the caller.
fn content_words_in(toks: &[words::Token<'_>], entity_words: &EntityWords, skip: &[(usize, usize)]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    each_content_word(toks, entity_words, skip, &mut Folds::default(), |stem, weight| {
        match out.iter_mut().find(|w| w.stem == stem) {
            Some(w) => w.weight = w.weight.max(weight),
            None => out.push(Word { stem: stem.to_string(), weight }),
        }
    });
    out
}

/// Buffers [`each_content_word`] reuses from call to call: the word's fold
/// (then its stem), and the next word's where a modal needs it (`set to`).
#[derive(Debug, Default)]
struct Folds {
    /// The word's fold, then its stem.
    f: String,
    /// The next word's fold.
    next: String,
}

/// Calls `emit(stem, weight)` for each content word of `toks` in order (a
/// word may come more than once), without allocating per word (`bufs` are reused).
fn each_content_word(
    toks: &[words::Token<'_>],
    entity_words: &EntityWords,
    skip: &[(usize, usize)],
    bufs: &mut Folds,
    mut emit: impl FnMut(&str, f64),
) {
    let Folds { f, next } = bufs;
    for (i, t) in toks.iter().enumerate() {
        if !t.word || skip.iter().any(|&(s, e)| t.start < e && s < t.end) {
            continue;
        }
        let Some((irregular, modal_to)) = read_word(t.text, f) else { continue };
        // `set to`, `due to`: read the next word's fold.
        if modal_to && next_is_to(toks, i, next) {
            continue;
        }
        let capital = starts_upper(t.text) && i > 0;
        let weight = if capital || entity_words.contains(f) { 2.0 } else { 1.0 };
        words::stem_known(f, irregular);
        emit(f, weight);
    }
}

/// What [`each_content_word`] reads of a word token by itself (not of its
/// place): its fold, written to `f`, and `None` when it is no content word,
/// else its irregular stem and whether it is a modal before `to` (`set`,
/// `due`: no content word when `to` follows).
fn read_word(text: &str, f: &mut String) -> Option<(Option<&'static str>, bool)> {
    words::fold_into(text, f);
    // One lookup answers `is_stopword`, `is_negator`, `is_modal` and (for a
    // word, not digits) `number_value` of the folded word.
    let (known, irregular) = words::known(f);
    let all_caps = || text.len() >= 2 && text.chars().all(|c| c.is_uppercase());
    let number = if text.starts_with(|c: char| c.is_ascii_digit()) {
        words::number_value(text).is_some()
    } else {
        known & words::NUMBER_WORD != 0
    };
    if (known & words::STOPWORD != 0 && !all_caps()) || known & words::NEGATOR != 0 || f.ends_with("n't") || number {
        return None;
    }
    if known & words::MODAL != 0 {
        return None;
    }
    Some((irregular, known & words::MODAL_BEFORE_TO != 0))
}

/// True when the token after `toks[i]` is the word `to` (folded into `next`).
fn next_is_to(toks: &[words::Token<'_>], i: usize, next: &mut String) -> bool {
    match toks.get(i + 1).filter(|n| n.word) {
        Some(n) => {
            words::fold_into(n.text, next);
            next == "to"
        }
        None => false,
    }
}

/// True when `text` starts with an upper-case letter.
fn starts_upper(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The features of one claim (see the crate docs).
pub fn features(c: &Claim) -> Features {
    features_of(c, &c.statement, c.certainty)
}

/// [`features`] of `c` read with another statement and certainty (one clause
/// of the claim), without copying the claim.
pub fn features_of(c: &Claim, statement: &str, certainty: claims_model::Certainty) -> Features {
    Features {
        speaker: c.attribution.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| ids::normalize(&s.name)),
        date: c.time.as_ref().and_then(|t| t.date).map(|d| d.to_string()),
        ..match_features(c, statement, certainty, &EntityWords::of(c))
    }
}

/// The features [`compare_features`] reads to score and relate two claims
/// (words, numbers, polarity, certainty), with the claim's [`entity_words`];
/// speaker and date are left out.
fn match_features(
    c: &Claim,
    statement: &str,
    certainty: claims_model::Certainty,
    entity_words: &EntityWords,
) -> Features {
    let toks = words::tokens(statement);
    Features {
        words: sorted_words(c, statement, &toks, entity_words),
        numbers: words::numbers_in(statement, &toks),
        speaker: None,
        negated: c.negated,
        certainty,
        date: None,
    }
}

/// The content words of `statement` (read as one of `c`), sorted by stem.
fn sorted_words(c: &Claim, statement: &str, toks: &[words::Token<'_>], entity_words: &EntityWords) -> Vec<Word> {
    let mut w = content_words_in(toks, entity_words, &hedge_ranges(c, statement));
    w.sort_by(|a, b| a.stem.cmp(&b.stem));
    w
}

/// Hedges are located in the article; their words are skipped where they fall in the statement text.
fn hedge_ranges(c: &Claim, statement: &str) -> Vec<(usize, usize)> {
    c.hedges.iter().filter_map(|h| statement.find(&h.text).map(|s| (s, s + h.text.len()))).collect()
}

/// How two claims compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Similarity in 0..1.
    pub score: f64,
    /// How they relate, when they report the same fact.
    pub relation: Option<Relation>,
    /// Content-word stems both share.
    pub shared: Vec<String>,
    /// Content-word stems only the first has.
    pub only_a: Vec<String>,
    /// Content-word stems only the second has.
    pub only_b: Vec<String>,
    /// Numbers (as written) of the first with no equal value in the second.
    pub numbers_a: Vec<String>,
    /// Numbers (as written) of the second with no equal value in the first.
    pub numbers_b: Vec<String>,
    /// True when polarity differs.
    pub polarity_differs: bool,
    /// The two certainties when they differ.
    pub certainty: Option<(Certainty, Certainty)>,
    /// True when the speakers differ (one has none, or other names).
    pub speaker_differs: bool,
    /// True when both have a resolved date and the dates differ.
    pub date_differs: bool,
}

/// Numbers of `a` whose value does not occur in `b`.
fn unmatched(a: &[words::Number], b: &[words::Number]) -> Vec<String> {
    a.iter().filter(|n| !b.iter().any(|m| (m.value - n.value).abs() < 1e-9)).map(|n| n.text.clone()).collect()
}

/// The score alone (see the crate docs): weighted Dice of the content words,
/// computed by merging the two sorted word lists without allocating.
pub fn score(a: &Features, b: &Features) -> f64 {
    let total: f64 = a.words.iter().map(|w| w.weight).sum::<f64>() + b.words.iter().map(|w| w.weight).sum::<f64>();
    if total <= 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.words.len() && j < b.words.len() {
        match a.words[i].stem.cmp(&b.words[j].stem) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a.words[i].weight.max(b.words[j].weight);
                i += 1;
                j += 1;
            }
        }
    }
    (2.0 * shared / total).min(1.0)
}

/// Compares two claims' features.
pub fn compare_features(a: &Features, b: &Features) -> Comparison {
    let total: f64 = a.words.iter().map(|w| w.weight).sum::<f64>() + b.words.iter().map(|w| w.weight).sum::<f64>();
    let mut shared_w = 0.0;
    let mut shared = Vec::new();
    let mut only_a = Vec::new();
    for w in &a.words {
        match b.words.iter().find(|x| x.stem == w.stem) {
            Some(x) => {
                shared_w += w.weight.max(x.weight);
                shared.push(w.stem.clone());
            }
            None => only_a.push(w.stem.clone()),
        }
    }
    let only_b: Vec<String> = b.words.iter().filter(|w| !shared.contains(&w.stem)).map(|w| w.stem.clone()).collect();
    let score = if total > 0.0 { (2.0 * shared_w / total).min(1.0) } else { 0.0 };
    let numbers_a = unmatched(&a.numbers, &b.numbers);
    let numbers_b = unmatched(&b.numbers, &a.numbers);
    let polarity_differs = a.negated != b.negated;
    let certainty = (a.certainty != b.certainty).then_some((a.certainty, b.certainty));
    let relation = (score >= SAME_FACT && shared_w >= 2.0).then(|| {
        if polarity_differs || (!numbers_a.is_empty() && !numbers_b.is_empty()) {
            Relation::Contradicts
        } else if certainty.is_some() {
            Relation::Updates
        } else {
            Relation::Same
        }
    });
    Comparison {
        score,
        relation,
        shared,
        only_a,
        only_b,
        numbers_a,
        numbers_b,
        polarity_differs,
        certainty,
        speaker_differs: a.speaker != b.speaker,
        date_differs: matches!((&a.date, &b.date), (Some(x), Some(y)) if x != y),
    }
}

/// Compares two claims (see the crate docs).
pub fn compare(a: &Claim, b: &Claim) -> Comparison {
    compare_features(&features(a), &features(b))
}

mod corroborate;
pub use corroborate::corroborate;

#[cfg(test)]
mod tests {
    use super::*;
    use claims_model::Span;

    fn claim(statement: &str, negated: bool, certainty: Certainty) -> Claim {
        Claim { certainty, negated, ..Claim::assertion(statement, Span::new(0, statement.len())) }
    }
    fn a(s: &str) -> Claim {
        claim(s, false, Certainty::Asserted)
    }

    #[test]
    fn same_event_in_other_words() {
        let c = compare(
            &a("Vladimir Putin visited Kazakhstan on Thursday"),
            &a("On Thursday, the Russian president Putin paid a visit to Kazakhstan"),
        );
        assert!(c.score >= SAME_FACT, "{c:?}");
        assert_eq!(c.relation, Some(Relation::Same));
    }

    #[test]
    fn planned_then_happened_updates() {
        let c = compare(
            &claim("Putin is set to visit Kazakhstan", false, Certainty::Planned),
            &a("Putin visited Kazakhstan"),
        );
        assert_eq!(c.score, 1.0);
        assert_eq!(c.relation, Some(Relation::Updates));
        assert_eq!(c.certainty, Some((Certainty::Planned, Certainty::Asserted)));
    }

    #[test]
    fn same_words_other_event_do_not_match() {
        let c = compare(&a("Putin visited Kazakhstan on Thursday"), &a("Putin visited China in May"));
        assert!(c.score < SAME_FACT, "{c:?}");
        assert_eq!(c.relation, None);
        let c = compare(&a("The storm killed 12 people in Manila"), &a("The parliament passed a budget in Manila"));
        assert_eq!(c.relation, None, "{c:?}");
    }

    #[test]
    fn changed_number_contradicts() {
        let c = compare(&a("The storm killed 12 people in Manila"), &a("The storm killed fifteen people in Manila"));
        assert_eq!(c.relation, Some(Relation::Contradicts));
        assert_eq!((c.numbers_a, c.numbers_b), (vec!["12".to_string()], vec!["fifteen".to_string()]));
        // The same value written differently is no change; an extra number is detail.
        let c = compare(&a("The storm killed 12 people"), &a("The storm killed twelve people on 3 May"));
        assert_eq!(c.relation, Some(Relation::Same), "{c:?}");
    }

    #[test]
    fn negation_added_contradicts() {
        let c = compare(
            &a("The minister will attend the summit in Astana"),
            &claim("The minister will not attend the summit in Astana", true, Certainty::Asserted),
        );
        assert_eq!(c.score, 1.0);
        assert!(c.polarity_differs);
        assert_eq!(c.relation, Some(Relation::Contradicts));
    }

    #[test]
    fn empty_claims_do_not_match() {
        let c = compare(&a(""), &a(""));
        assert_eq!(c.score, 0.0);
        assert_eq!(c.relation, None);
    }
}
