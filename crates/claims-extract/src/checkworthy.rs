//! How much a claim deserves a fact-check, 0..1.
//!
//! A sum of documented features, clamped to 0..1 and rounded to two decimals.
//! Start at 0.30, then:
//!
//! | feature | weight |
//! |---|---|
//! | a number or quantity (`107`, `25 percent`, `two billion`) | +0.20 |
//! | named entities (from the claim's entities, or capitalised words past the first) | +0.15 |
//! | a past-tense event (`visited`, `was`, `has renewed`) | +0.10 |
//! | a comparison or change (`more than`, `highest`, `rose`, `fell`, `-er than`) | +0.10 |
//! | an attribution (someone is on record) | +0.10 |
//! | a resolved time | +0.05 |
//! | a question | −0.30 |
//! | a call to action (`Find out more`, `Click`) | −0.40 |
//! | opinion words (`should`, `must`, `I think`, `great`, `terrible`) | −0.15 |
//! | a forecast or hedge (certainty other than asserted/reported) | −0.15 |

use std::sync::LazyLock;

use claims_model::{Certainty, Claim};

use crate::wordbits::WordBits;

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "percent",
    "half",
    "quarter",
    "twice",
    "double",
    "triple",
];
const COMPARISON: &[&str] = &[
    "more",
    "less",
    "fewer",
    "than",
    "most",
    "least",
    "highest",
    "lowest",
    "largest",
    "biggest",
    "smallest",
    "rose",
    "fell",
    "increased",
    "decreased",
    "doubled",
    "halved",
    "grew",
    "dropped",
    "declined",
    "surged",
    "record",
    "waned",
    "worst",
    "best",
];
const OPINION: &[&str] = &[
    "should",
    "must",
    "ought",
    "great",
    "terrible",
    "awful",
    "wonderful",
    "beautiful",
    "disgraceful",
    "shameful",
    "ridiculous",
    "absurd",
    "amazing",
    "outrageous",
];
const PAST: &[&str] = &[
    "was", "were", "has", "have", "had", "did", "met", "went", "came", "made", "took", "gave", "held", "led", "began",
    "became", "saw", "sent", "won", "lost", "left", "rose", "fell", "grew", "paid", "built", "sold",
];
const CALLS: &[&str] = &["find", "click", "read", "subscribe", "follow", "watch", "sign", "join", "share", "learn"];

/// Scores a claim from its features (see the module docs).
pub fn score(claim: &Claim) -> f64 {
    let st = &claim.statement;
    let words = Words::of(st);
    let mut s: f64 = 0.30;
    if words.digit || words.lists & NUMBER != 0 {
        s += 0.20;
    }
    if !claim.entities.is_empty() || words.caps {
        s += 0.15;
    }
    if words.lists & PAST_TENSE != 0 || words.ed {
        s += 0.10;
    }
    if words.lists & COMPARE != 0 || words.est {
        s += 0.10;
    }
    if claim.attribution.is_some() {
        s += 0.10;
    }
    if claim.time.as_ref().is_some_and(|t| t.date.is_some()) {
        s += 0.05;
    }
    if st.trim_end().ends_with('?') || claim.certainty == Certainty::Uncertain {
        s -= 0.30;
    }
    if words.first_call {
        s -= 0.40;
    }
    if words.lists & OPINIONATED != 0 || contains_i_think(st) {
        s -= 0.15;
    }
    if matches!(claim.certainty, Certainty::Expected | Certainty::Planned | Certainty::Possible) || words.will {
        s -= 0.15;
    }
    (s.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

const NUMBER: u32 = 1;
const PAST_TENSE: u32 = 2;
const COMPARE: u32 = 4;
const OPINIONATED: u32 = 8;
const CALL: u32 = 16;

/// The lists ([`NUMBER_WORDS`], [`PAST`], [`COMPARISON`], [`OPINION`],
/// [`CALLS`]) holding a word (ignoring ASCII case), as bits.
fn lists(w: &str) -> u32 {
    static TABLE: LazyLock<WordBits> = LazyLock::new(|| {
        WordBits::new(&[
            (NUMBER_WORDS, NUMBER),
            (PAST, PAST_TENSE),
            (COMPARISON, COMPARE),
            (OPINION, OPINIONATED),
            (CALLS, CALL),
        ])
    });
    TABLE.get(w)
}

/// What the score reads from the words of a statement: split at white space,
/// trimmed of characters that are neither alphanumeric nor `%`, lower-cased,
/// empty ones dropped.
struct Words {
    /// The lists some word is in (bits of [`lists`]).
    lists: u32,
    /// A word of more than 4 bytes ends in `ed`.
    ed: bool,
    /// A word of more than 5 bytes ends in `est`.
    est: bool,
    /// A word is `will`.
    will: bool,
    /// The first word is a call to action ([`CALLS`]).
    first_call: bool,
    /// A white-space separated word past the first (as written) starts with a capital.
    caps: bool,
    /// The statement holds an ASCII digit.
    digit: bool,
}

/// Classes of bytes for [`Words::of`]: white space, kept in a word
/// (ASCII alphanumeric or `%`).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            t[b] = SPACE;
        } else if c.is_ascii_alphanumeric() || c == b'%' {
            t[b] = KEEP;
        }
        b += 1;
    }
    t
};
const SPACE: u8 = 1;
const KEEP: u8 = 2;

impl Words {
    fn of(st: &str) -> Self {
        let mut out =
            Words { lists: 0, ed: false, est: false, will: false, first_call: false, caps: false, digit: false };
        let mut first = true;
        // Reads one word, in lower case or ASCII (the tables ignore ASCII case).
        let mut word = |w: &str, out: &mut Words| {
            let b = w.as_bytes();
            let n = b.len();
            let l = lists(w);
            out.lists |= l;
            out.ed |= n > 4 && b[n - 2..].eq_ignore_ascii_case(b"ed");
            out.est |= n > 5 && b[n - 3..].eq_ignore_ascii_case(b"est");
            out.will |= n == 4 && b.eq_ignore_ascii_case(b"will");
            if first {
                out.first_call = l & CALL != 0;
                first = false;
            }
        };
        if !st.is_ascii() {
            out.digit = st.bytes().any(|c| c.is_ascii_digit());
            for (k, w) in st.split_whitespace().enumerate() {
                out.caps |= k > 0 && w.starts_with(char::is_uppercase);
                let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%');
                if w.is_empty() {
                    continue;
                }
                // An ASCII word is read ignoring case (the tables do); another is lowered first.
                if w.is_ascii() {
                    word(w, &mut out);
                } else {
                    word(&w.to_lowercase(), &mut out);
                }
            }
            return out;
        }
        // An ASCII statement is read from its bytes: the same pieces between
        // white space, trimmed of bytes that are neither alphanumeric nor `%`.
        let b = st.as_bytes();
        let n = b.len();
        let class = |c: u8| CLASS[usize::from(c)];
        // (No early exit: the whole statement is read at once.)
        out.digit = b.iter().fold(false, |d, c| d | c.is_ascii_digit());
        let (mut i, mut k) = (0, 0);
        while i < n {
            if class(b[i]) & SPACE != 0 {
                i += 1;
                continue;
            }
            let start = i;
            while i < n && class(b[i]) & SPACE == 0 {
                i += 1;
            }
            out.caps |= k > 0 && b[start].is_ascii_uppercase();
            k += 1;
            let (mut x, mut y) = (start, i);
            while x < y && class(b[x]) & KEEP == 0 {
                x += 1;
            }
            while y > x && class(b[y - 1]) & KEEP == 0 {
                y -= 1;
            }
            if x < y {
                word(&st[x..y], &mut out);
            }
        }
        out
    }
}

/// True when the statement in lower case contains `i think`.
fn contains_i_think(st: &str) -> bool {
    if st.is_ascii() {
        // (Found by its `k`, the rarest of its letters: `i thin` stands before it.)
        let b = st.as_bytes();
        return memchr::memchr2_iter(b'k', b'K', b).any(|k| k >= 6 && b[k - 6..k].eq_ignore_ascii_case(b"i thin"));
    }
    // Lower-casing maps each char on its own (only a final sigma looks at its
    // neighbours, and no sigma is in `i think`). The only chars besides ASCII
    // whose lower case holds an ASCII letter of `i think` are the Kelvin sign
    // (`k`) and `İ` (`i` then a combining dot, which no ` ` follows): so the
    // phrase stands where the bytes read `i thin` (ignoring ASCII case) and
    // then `k`, `K` or the Kelvin sign.
    let b = st.as_bytes();
    memchr::memchr_iter(b' ', b).any(|p| {
        p >= 1
            && b[p - 1].eq_ignore_ascii_case(&b'i')
            && b.get(p + 1..p + 5).is_some_and(|t| t.eq_ignore_ascii_case(b"thin"))
            && b.get(p + 5..).is_some_and(|r| {
                r.first().is_some_and(|c| c.eq_ignore_ascii_case(&b'k')) || r.starts_with("\u{212A}".as_bytes())
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use claims_model::Span;

    fn claim(st: &str, certainty: Certainty) -> Claim {
        Claim { certainty, ..Claim::assertion(st, Span::new(0, st.len())) }
    }

    #[test]
    fn i_think_is_found_as_in_the_lower_cased_text() {
        for t in [
            "I think so",
            "i THINK",
            "Hi thinkers",
            "I thin\u{212A} so",
            "I  think",
            "“I think,” she said",
            "İ think",
            "think I",
            "k",
            "",
            "Ünd i think",
            "Ünd I THIN\u{212A}",
            "é i thinks",
            "é İ think",
            "é i thin",
            "é i  think",
            "é I\u{A0}think",
        ] {
            assert_eq!(contains_i_think(t), t.to_lowercase().contains("i think"), "{t}");
        }
    }

    #[test]
    fn features_move_the_score() {
        let fact = score(&claim("At least 107 people were killed in Mecca on Friday", Certainty::Asserted));
        let plain = score(&claim("the weather is nice here", Certainty::Asserted));
        let forecast = score(&claim("Prices will rise next year", Certainty::Planned));
        let question = score(&claim("Will the talks succeed?", Certainty::Uncertain));
        let call = score(&claim("Find out more about this meeting here", Certainty::Asserted));
        assert!(fact > 0.7, "{fact}");
        assert!(fact > plain && plain > call && forecast < fact && question < plain);
        for v in [fact, plain, forecast, question, call] {
            assert!((0.0..=1.0).contains(&v));
        }
    }
}
