//! Corroboration: claims of one article that report the same event or fact
//! from different sources, linked both ways.
//!
//! 1. Each claim's source is its speaker's source (or speaker name); claims
//!    without a speaker are the publisher's own. Claims from the same source
//!    never corroborate each other.
//! 2. Claims are indexed by content words (lower case, `#`/`@` dropped, stop
//!    words left out, light suffix stemming: `visited`, `visits` → `visit`)
//!    and entity names. Words carried by more than [`MAX_POSTINGS`] claims are
//!    not used to find candidates, so the work grows about linearly with the
//!    article. Only pairs sharing at least [`MIN_SHARED`] indexed words (fewer
//!    when a claim has fewer) are compared.
//! 3. Candidates are compared with the one matcher, [`crate::compare`]; a pair
//!    is linked when the matcher gives a relation (it reports the same fact)
//!    with a score of at least [`MIN_SCORE`].
//! 4. The relation is then checked against the claims' own fields (see
//!    [`relation`]): polarity or a number that differs → `contradicts`; an
//!    asserted claim against a planned, expected or possible one → `updates`.

use std::collections::HashMap;

use claims_model::{ids, Certainty, Claim, Corroboration, Relation};

use crate::Comparison;

/// Lowest matcher score for a link.
pub const MIN_SCORE: f64 = 0.3;
/// Shared indexed words needed for two claims to be compared.
pub const MIN_SHARED: usize = 2;
/// Words carried by more claims than this are too common to find candidates.
pub const MAX_POSTINGS: usize = 64;

/// Function words and words too general to tell two facts apart.
const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "will", "would", "shall", "should",
    "can", "could", "may", "might", "must", "do", "does", "did", "not", "no", "that", "this", "these", "those", "it",
    "its", "their", "theirs", "his", "her", "hers", "they", "them", "he", "she", "we", "our", "you", "your", "i", "me",
    "my", "which", "who", "whom", "whose", "what", "when", "where", "while", "than", "then", "there", "here", "also",
    "after", "before", "over", "under", "into", "about", "amid", "among", "between", "during", "since", "until", "set",
    "expected", "planned", "said", "says", "say", "very", "more", "most", "such", "other", "some", "any", "all",
    "both", "each", "so", "if", "because", "just", "only", "own", "same", "up", "down", "out", "off", "again",
    "further", "once", "s", "t", "going", "likely", "due", "ahead",
];

/// A light stem: enough to join `visited`, `visits`, `visiting` and `visit`.
fn stem(w: &str) -> String {
    let n = w.chars().count();
    if !w.is_ascii() || n <= 3 {
        return w.to_string();
    }
    if let Some(s) = w.strip_suffix("ies").filter(|_| n > 5) {
        return format!("{s}y");
    }
    for suf in ["ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.len() >= 3 && !(suf == "s" && s.ends_with('s')) {
                return s.to_string();
            }
        }
    }
    w.to_string()
}

/// The indexed words of a claim: stemmed content words of its statement and its entity names.
pub fn content_words(c: &Claim) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let norm = ids::normalize(&c.statement);
    for w in norm.split(|ch: char| !(ch.is_alphanumeric() || ch == '.' || ch == ',')) {
        let w = w.trim_matches(['.', ',']);
        if w.is_empty() || STOP.contains(&w) || (w.chars().count() < 3 && !w.chars().all(|ch| ch.is_ascii_digit())) {
            continue;
        }
        out.push(stem(w));
    }
    for e in &c.entities {
        out.push(ids::normalize(&e.name));
    }
    out.sort();
    out.dedup();
    out
}

/// Numbers written in a statement (`12`, `1,200`, `3.5`), normalised.
fn numbers(s: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|w| w.trim_matches(['.', ',']).replace(',', ""))
        .filter(|w| !w.is_empty() && w.bytes().any(|b| b.is_ascii_digit()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The key of a claim's source: its speaker's source id, else the speaker's
/// normalised name, else the empty key of the publisher's own assertions.
pub fn source_key(c: &Claim) -> String {
    match c.attribution.as_ref().and_then(|a| a.speaker.as_ref()) {
        Some(s) => s.source.clone().unwrap_or_else(|| format!("name:{}", ids::normalize(&s.name))),
        None => String::new(),
    }
}

fn open_certainty(c: Certainty) -> bool {
    matches!(c, Certainty::Planned | Certainty::Expected | Certainty::Possible | Certainty::Uncertain)
}

/// The relation of two claims the matcher found to report the same fact,
/// checked against their fields: polarity differs, or each states a number the
/// other lacks → `contradicts`; one asserted and the other planned, expected,
/// possible or uncertain → `updates`; otherwise the matcher's relation.
pub fn relation(a: &Claim, b: &Claim, matched: Relation) -> Relation {
    if a.negated != b.negated || matched == Relation::Contradicts {
        return Relation::Contradicts;
    }
    let (na, nb) = (numbers(&a.statement), numbers(&b.statement));
    if na.iter().any(|n| !nb.contains(n)) && nb.iter().any(|n| !na.contains(n)) {
        return Relation::Contradicts;
    }
    let asserted = |c: &Claim| matches!(c.certainty, Certainty::Asserted | Certainty::Reported);
    if (asserted(a) && open_certainty(b.certainty)) || (asserted(b) && open_certainty(a.certainty)) {
        return Relation::Updates;
    }
    matched
}

/// Links claims of one article that report the same fact from different sources, both ways.
pub fn corroborate(claims: &mut [Claim]) {
    corroborate_with(claims, crate::compare);
}

/// [`corroborate`] with a given matcher.
pub fn corroborate_with(claims: &mut [Claim], cmp: impl Fn(&Claim, &Claim) -> Comparison) {
    let words: Vec<Vec<String>> = claims.iter().map(content_words).collect();
    let keys: Vec<String> = claims.iter().map(source_key).collect();
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, ws) in words.iter().enumerate() {
        for w in ws {
            index.entry(w.as_str()).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for posting in index.values() {
        if posting.len() < 2 || posting.len() > MAX_POSTINGS {
            continue;
        }
        for (x, &i) in posting.iter().enumerate() {
            for &j in &posting[x + 1..] {
                if keys[i] != keys[j] {
                    *shared.entry((i, j)).or_default() += 1;
                }
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&((i, j), n)| n >= MIN_SHARED.min(words[i].len()).min(words[j].len()).max(1))
        .map(|(p, _)| p)
        .collect();
    pairs.sort_unstable();
    let mut links: Vec<(usize, usize, Relation, f64)> = Vec::new();
    for (i, j) in pairs {
        let Comparison { score, relation: rel } = cmp(&claims[i], &claims[j]);
        let Some(rel) = rel else { continue };
        if score < MIN_SCORE || !score.is_finite() {
            continue;
        }
        links.push((i, j, relation(&claims[i], &claims[j], rel), score));
    }
    for (i, j, rel, score) in links {
        let (id_i, id_j) = (claims[i].id.clone(), claims[j].id.clone());
        for (from, to) in [(i, id_j), (j, id_i)] {
            let list = &mut claims[from].corroborations;
            if !list.iter().any(|c| c.claim == to) {
                list.push(Corroboration { claim: to, relation: rel, score });
            }
        }
    }
}

#[cfg(test)]
mod tests;
