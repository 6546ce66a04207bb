//! Negation of a claim's main predicate.
//!
//! Negators read in the main clause only (asides such as relative clauses,
//! parentheses, appositives and subordinate clauses are skipped, see
//! [`crate::clause`]): `not`, `n't`, `cannot`, `never`, `no` / `no longer` /
//! `no one` / `nobody` / `nothing` / `none`, `neither … nor` (one negation),
//! `nor`, `failed to`, `refused to`, `declined to`, `unlikely to`, and denials
//! (`denied that …`).
//!
//! Double negation cancels: a negator followed within three words by a negative
//! predicate or adjective (`did not deny`, `not unlikely`, `never failed to`,
//! `not impossible`, `not without`). Fixed phrases that negate nothing are
//! ignored: `not only`, `not just`, `not least`, `if not`, `whether or not`,
//! `no doubt`, `no wonder`, `no matter`, `no more than`, `No. 1`.

use claims_model::Span;

use std::sync::LazyLock;

use crate::clause::{clamp, toks, Tok, While, BE};
use crate::wordbits::WordBits;

const DENY: &[&str] = &["deny", "denies", "denied", "denying", "refuted", "refutes", "refute"];
const NEG_PRED: &[&str] = &[
    "fail",
    "fails",
    "failed",
    "failing",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "decline",
    "declines",
    "declined",
    "declining",
];
const NEG_ADJ: &[&str] = &[
    "unlikely",
    "impossible",
    "uncommon",
    "unusual",
    "unreasonable",
    "unaware",
    "unknown",
    "insignificant",
    "unimportant",
    "without",
    "unhappy",
    "unwilling",
    "unable",
    "unfounded",
    "untrue",
    "false",
    "wrong",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An operator (`not`, `never`, `no`).
    Op,
    /// A negative predicate (`failed to`, `denied`, `unlikely to`).
    Pred,
}

/// Words without an apostrophe read as `n't` forms.
const NT_WORDS: &[&str] =
    &["cannot", "dont", "doesnt", "didnt", "isnt", "wasnt", "werent", "wont", "cant", "hasnt", "havent"];

fn is_nt(t: &Tok<'_>) -> bool {
    ends_nt(t.text) || t.is_any(NT_WORDS)
}

/// True for a word ending in `n't` (`didn’t`, `WON'T`).
fn ends_nt(w: &str) -> bool {
    // (All four forms end with `t` or `T`: most words are turned away by their last byte.)
    w.len() > 3
        && matches!(w.as_bytes()[w.len() - 1], b't' | b'T')
        && (w.ends_with("n't") || w.ends_with("n’t") || w.ends_with("N'T") || w.ends_with("N’T"))
}

/// Every word the negation rules look at first: a cheap filter.
static TRIGGERS: LazyLock<WordBits> = LazyLock::new(|| {
    let mut w: Vec<&'static str> =
        vec!["not", "never", "nobody", "nothing", "none", "nowhere", "no", "neither", "nor", "yet", "unlikely"];
    w.extend_from_slice(NT_WORDS);
    w.extend_from_slice(DENY);
    w.extend_from_slice(NEG_PRED);
    w.extend_from_slice(NEG_ADJ);
    WordBits::of(&w)
});

/// True when the rules of [`negators`] look at the word `w` at all.
#[inline]
fn is_trigger(w: &str) -> bool {
    // (`TRIGGERS` holds the `n't` forms without an apostrophe.)
    TRIGGERS.has(w) || ends_nt(w)
}

/// True when `not` at `i` opens a contrast tacked on after a comma (`cuts
/// come in the spring, not the summer`; `it cost 84 million, not 48 million`):
/// it corrects a detail and leaves the main predicate affirmative. Told by a
/// two-byte gap (`, ` or `; `) before it and no verb of its own: the next word
/// is a determiner, a number or a preposition.
fn contrast(m: &[Tok<'_>], i: usize) -> bool {
    const OPENS_PHRASE: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "in", "on", "at",
        "to", "for", "by", "from", "with",
    ];
    i > 0
        && m[i].span.start == m[i - 1].span.end + 2
        && m.get(i + 1).is_some_and(|x| x.is_any(OPENS_PHRASE) || x.text.starts_with(|c: char| c.is_ascii_digit()))
}

/// The negators of the main clause, with double negations cancelled.
fn negators(m: &[Tok<'_>]) -> Vec<(usize, Kind)> {
    let n = m.len();
    let next = |i: usize, ws: &[&str]| m.get(i + 1).is_some_and(|t| t.is_any(ws));
    let prev = |i: usize, ws: &[&str]| i > 0 && m[i - 1].is_any(ws);
    let mut out: Vec<(usize, Kind)> = Vec::new();
    let mut neither = false;
    for i in 0..n {
        let t = &m[i];
        if !is_trigger(t.text) {
            continue;
        }
        let k = if t.is("not") {
            let fixed = next(i, &["only", "just", "merely", "least"])
                || next(i, &["to"]) && m.get(i + 2).is_some_and(|x| x.is("mention"))
                || prev(i, &["if", "or"])
                || (1..=2).any(|d| {
                    m.get(i + d).is_some_and(|x| x.is_any(&["clear", "known", "certain"]))
                        && m.get(i + d + 1).is_some_and(|x| x.is_any(&["whether", "if"]))
                })
                || next(i, &["more", "less", "fewer"]) && m.get(i + 2).is_some_and(|x| x.is("than"))
                || contrast(m, i);
            (!fixed).then_some(Kind::Op)
        } else if t.is("nothing") && next(i, &["but"]) {
            None
        } else if is_nt(t) || t.is_any(&["never", "nobody", "nothing", "none", "nowhere"]) {
            Some(Kind::Op)
        } else if t.is("yet") && prev(i, &["has", "have", "had", "is", "are", "was", "were"]) && next(i, &["to"]) {
            // `has yet to comment`
            Some(Kind::Op)
        } else if t.is("no") {
            let fixed = next(i, &["doubt", "wonder", "matter", "sooner"])
                || next(i, &["more", "less", "fewer", "later", "earlier", "sooner"])
                    && m.get(i + 2).is_some_and(|x| x.is("than"))
                // `No. 1`, `the world No. 3`: the number sign.
                || t.text == "No" && m.get(i + 1).is_some_and(|x| x.text.starts_with(|c: char| c.is_ascii_digit()));
            (!fixed).then_some(Kind::Op)
        } else if t.is("neither") {
            neither = true;
            Some(Kind::Op)
        } else if t.is("nor") {
            (!neither && out.is_empty()).then_some(Kind::Op)
        } else if (t.is_any(NEG_PRED) && next(i, &["to"]))
            || t.is_any(DENY)
            || (t.is("unlikely") && (prev(i, BE) || next(i, &["to", "that"])))
        {
            Some(Kind::Pred)
        } else if t.is_any(NEG_ADJ) {
            // Not a negator by itself; only cancels a preceding operator.
            if let Some(&(j, Kind::Op)) = out.last() {
                if i - j <= 3 {
                    out.pop();
                }
            }
            None
        } else {
            None
        };
        let Some(k) = k else { continue };
        if k == Kind::Pred {
            if neither {
                // `neither confirmed nor denied`: one negation, already counted.
                continue;
            }
            if let Some(&(j, Kind::Op)) = out.last() {
                if i - j <= 3 {
                    out.pop();
                    continue;
                }
            }
        }
        out.push((i, k));
    }
    out
}

/// True when the main predicate of `text[span]` is negated.
pub fn negated(text: &str, span: Span) -> bool {
    let span = clamp(text, span);
    negated_in(&toks(text, span, While::Aside))
}

/// [`negated`] read from the span's words `all` (`clause::toks` read with
/// [`While::Aside`]), already made by the caller.
pub fn negated_in(all: &[Tok<'_>]) -> bool {
    // Most claims hold no trigger in their main clause: no negator, nothing to copy.
    if !all.iter().any(|t| !t.aside && is_trigger(t.text)) {
        return false;
    }
    let m: Vec<Tok<'_>> = all.iter().copied().filter(|t| !t.aside).collect();
    !negators(&m).is_empty()
}

/// True when `text[span]` (a speaker, cue and content, or just the cue) is a
/// denial: `X denied that Y`, `X denies the report`, `X refuted claims` — and
/// not a double negation (`X did not deny that Y`).
///
/// The pipeline uses it to mark the speaker's stance: for `X denied that Y` the
/// claim's content stays `Y` and `negated` is true.
pub fn denial(text: &str, span: Span) -> bool {
    static DENIALS: LazyLock<WordBits> = LazyLock::new(|| WordBits::of(DENY));
    let span = clamp(text, span);
    // A denial needs one of `DENY` (ASCII letters only) among the words.
    if !DENIALS.has_run_in(&text[span.start..span.end]) {
        return false;
    }
    denial_read(text, span)
}

/// [`denial`] of a clamped span, read word by word (no pre-check).
fn denial_read(text: &str, span: Span) -> bool {
    let all = toks(text, span, While::Aside);
    let m: Vec<Tok<'_>> = all.into_iter().filter(|t| !t.aside).collect();
    negators(&m).iter().any(|&(i, k)| k == Kind::Pred && m[i].is_any(DENY))
}

#[cfg(test)]
mod tests {
    use super::*;

    const VOCAB: &[&str] = &[
        "The", "ministry", "denied", "DENIES", "refuted", "not", "did", "deny", "that", "(", ")", ",", "denial",
        "x-denied",
    ];

    proptest::proptest! {
        #[test]
        fn the_pre_check_never_changes_a_denial(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..10),
            a in 0usize..70,
            b in 0usize..70,
        ) {
            let text = words.join(" ");
            let span = clamp(&text, Span::new(a.min(b), a.max(b)));
            proptest::prop_assert_eq!(denial(&text, span), denial_read(&text, span));
        }
    }

    fn neg(t: &str) -> bool {
        negated(t, Span::new(0, t.len()))
    }

    #[test]
    fn plain_negators() {
        assert!(neg("The war between Israel and Hamas was not on the agenda of the summit."));
        assert!(neg("He never visited Moscow."));
        assert!(neg("The firm no longer sells cars."));
        assert!(neg("The bill failed to pass."));
        assert!(neg("Neither Iran nor Turkey signed the deal."));
        assert!(neg("The ministry didn’t comment."));
        assert!(neg("Officials cannot confirm the figure."));
        assert!(neg("No one was injured."));
        assert!(neg("There was no agreement."));
        assert!(neg("Nobody has claimed responsibility."));
        assert!(neg("The minister refused to resign."));
        assert!(neg("The talks are unlikely to resume."));
        assert!(neg("The mayor has yet to comment."));
        assert!(neg("The hospital neither confirmed nor denied the report."));
    }

    #[test]
    fn affirmative() {
        assert!(!neg("Putin visited Kazakhstan on Thursday."));
        assert!(!neg("Not only Iran but also Turkey attended."));
        assert!(!neg("There is no doubt the economy grew."));
        assert!(!neg("No fewer than 20 people died."));
        assert!(!neg("The shop sells nothing but bread."));
        assert!(!neg("It was not immediately clear whether anyone was hurt."));
        assert!(!neg("The company sold non-essential assets."));
        // A contrast after a comma corrects a detail, not the predicate.
        assert!(!neg("The first cut comes in the spring, not the summer."));
        assert!(!neg("The barrier cost 84 million euros, not 48 million."));
        assert!(!neg("The vote was moved to Friday, not to Monday."));
        assert!(neg("The vote went ahead, not everyone agreed."));
        // The number sign.
        assert!(!neg("She beat the world No. 1 in three sets."));
    }

    #[test]
    fn asides_are_skipped() {
        assert!(!neg("Iran, which does not recognise Israel, expressed its willingness to talk."));
        assert!(!neg("The deal (not yet ratified) was signed on Monday."));
        assert!(!neg("The talks went ahead, although Iran did not attend."));
        assert!(!neg("Although Iran did not attend, the talks went ahead."));
        assert!(neg("The talks, which began on Monday, did not produce a deal."));
    }

    #[test]
    fn double_negation() {
        assert!(!neg("A deal is not unlikely."));
        assert!(!neg("The ministry did not deny the report."));
        assert!(!neg("He never failed to attend."));
        assert!(!neg("It is not impossible."));
    }

    #[test]
    fn denials() {
        let t = "The Kremlin denied that troops had crossed the border.";
        assert!(denial(t, Span::new(0, t.len())));
        assert!(neg(t));
        let t = "The Kremlin did not deny that troops had crossed the border.";
        assert!(!denial(t, Span::new(0, t.len())));
        let t = "The Kremlin said troops had crossed the border.";
        assert!(!denial(t, Span::new(0, t.len())));
    }

    #[test]
    fn unicode_and_bounds() {
        let t = "Ça n’était «pas» 🍵 never";
        let _ = negated(t, Span::new(1, 500));
        assert!(!negated("", Span::new(0, 0)));
    }
}
