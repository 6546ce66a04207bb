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

use claims_model::{Certainty, Claim};

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
    let words: Vec<String> = st
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let mut s: f64 = 0.30;
    if st.chars().any(|c| c.is_ascii_digit()) || has(NUMBER_WORDS) {
        s += 0.20;
    }
    let caps = st.split_whitespace().skip(1).filter(|w| w.starts_with(char::is_uppercase)).count();
    if !claim.entities.is_empty() || caps > 0 {
        s += 0.15;
    }
    if has(PAST) || words.iter().any(|w| w.len() > 4 && w.ends_with("ed")) {
        s += 0.10;
    }
    if has(COMPARISON) || words.iter().any(|w| w.len() > 5 && w.ends_with("est")) {
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
    if words.first().is_some_and(|w| CALLS.contains(&w.as_str())) {
        s -= 0.40;
    }
    if has(OPINION) || st.to_lowercase().contains("i think") {
        s -= 0.15;
    }
    if matches!(claim.certainty, Certainty::Expected | Certainty::Planned | Certainty::Possible)
        || words.iter().any(|w| w == "will")
    {
        s -= 0.15;
    }
    (s.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use claims_model::{ClaimKind, Span};

    fn claim(st: &str, certainty: Certainty) -> Claim {
        Claim {
            id: String::new(),
            statement: st.into(),
            text: st.into(),
            span: Span::new(0, st.len()),
            sentence: 0,
            kind: ClaimKind::Assertion,
            attribution: None,
            certainty,
            hedges: vec![],
            negated: false,
            time: None,
            entities: vec![],
            sources: vec![],
            checkworthy: 0.0,
            corroborations: vec![],
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
