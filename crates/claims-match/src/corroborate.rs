//! Corroboration: claims of one article that report the same event or fact
//! from different sources, linked both ways.
//!
//! 1. Each claim's source is its speaker's source (or speaker name); claims
//!    without a speaker are the publisher's own. Claims from the same source
//!    never corroborate each other, nor do claims read from overlapping text
//!    (an attribution and the content inside it are one report, not two).
//! 2. Claims are indexed by the matcher's content words ([`crate::features`]:
//!    stemmed, names and entities weighing 2). Words carried by more than
//!    [`MAX_POSTINGS`] claims are not used to find candidates, so the work grows
//!    about linearly with the article. Only pairs whose shared words weigh at
//!    least 2 are compared (the matcher needs that much to call two claims the
//!    same fact).
//! 3. Candidates are compared with the one matcher ([`crate::compare_features`]);
//!    a pair is linked when the matcher gives a relation — `same`, `updates`
//!    (certainty differs: planned → asserted) or `contradicts` (polarity or a
//!    number differs) — with its score.
//! 4. A claim whose statement joins clauses with their own events (`While
//!    Putin visits Kazakhstan, Raisi and Erdogan are set to attend …`, `…;
//!    …`, `…, while …`) is also compared clause by clause (see [`clauses`]),
//!    each clause keeping the claim's certainty only where the claim's hedges
//!    stand in it; the best-scoring comparison gives the link.

use std::collections::HashMap;

use claims_model::{ids, Claim, Corroboration, Relation};

use crate::{claims_words, match_features, relation, EntityWords, Features, Word};
#[cfg(test)]
use crate::{compare_features, features, Comparison};

/// Words carried by more claims than this are too common to find candidates.
pub const MAX_POSTINGS: usize = 64;

/// The key of a claim's source: its speaker's source id, else the speaker's
/// normalised name, else the empty key of the publisher's own assertions.
pub fn source_key(c: &Claim) -> String {
    match c.attribution.as_ref().and_then(|a| a.speaker.as_ref()) {
        Some(s) => s.source.clone().unwrap_or_else(|| format!("name:{}", ids::normalize(&s.name))),
        None => String::new(),
    }
}

/// Openings of a leading subordinate clause that ends at the first comma.
const SUBORDINATE: &[&str] = &["while ", "whereas ", "although ", "though ", "as ", "after ", "before ", "when "];
/// Separators between clauses with their own events.
const SEPARATORS: &[&str] = &["; ", ", while ", " while ", ", whereas ", ", but ", ", although "];

/// The clauses of a statement that joins several events, each trimmed; empty
/// when the statement is one clause.
pub fn clauses(statement: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = statement.trim();
    // `While A, B`: A, then B.
    if SUBORDINATE.iter().any(|w| starts_with_lowered(rest, w)) {
        if let Some(comma) = rest.find(", ") {
            let first = rest[..comma].split_once(' ').map_or("", |(_, r)| r);
            out.push(first.trim());
            rest = rest[comma + 2..].trim();
        }
    }
    while let Some((i, n)) = first_separator(rest) {
        out.push(rest[..i].trim());
        rest = rest[i + n..].trim();
    }
    if out.is_empty() {
        return Vec::new();
    }
    out.push(rest);
    out.retain(|c| c.split_whitespace().count() >= 2);
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The byte offset and length of the first of [`SEPARATORS`] in `text`, matched
/// ignoring ASCII case (separators never start at the same byte).
fn first_separator(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    (0..b.len()).filter(|&i| matches!(b[i], b';' | b',' | b' ')).find_map(|i| {
        SEPARATORS
            .iter()
            .find(|sep| b[i..].get(..sep.len()).is_some_and(|t| t.eq_ignore_ascii_case(sep.as_bytes())))
            .map(|sep| (i, sep.len()))
    })
}

/// True when `text` in lower case (`str::to_lowercase`) starts with the ASCII `prefix`.
fn starts_with_lowered(text: &str, prefix: &str) -> bool {
    // Lower-casing maps each character on its own (a final sigma only differs
    // from `σ`, neither being ASCII), so the first characters decide.
    let mut lowered = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lowered.next() == Some(p))
}

/// The features of a claim and of each of its clauses (see [`clauses`]), as
/// far as [`relation`] reads them.
fn claim_features(c: &Claim, words: &[(&str, f64)]) -> Vec<Features> {
    // The whole claim's content words are read already.
    let mut whole: Vec<Word> = words.iter().map(|&(stem, weight)| Word { stem: stem.to_string(), weight }).collect();
    whole.sort_by(|a, b| a.stem.cmp(&b.stem));
    let mut out = vec![Features {
        words: whole,
        numbers: crate::words::numbers(&c.statement),
        speaker: None,
        negated: c.negated,
        certainty: c.certainty,
        date: None,
    }];
    let parts = clauses(&c.statement);
    if parts.is_empty() {
        return out;
    }
    let entity_words = EntityWords::of(c);
    for part in parts {
        let lower = part.to_lowercase();
        let hedged = c.hedges.is_empty() || c.hedges.iter().any(|h| lower.contains(&h.text.to_lowercase()));
        let certainty = if hedged { c.certainty } else { claims_model::Certainty::Asserted };
        out.push(match_features(c, part, certainty, &entity_words));
    }
    out
}

/// Links claims of one article that report the same fact from different sources, both ways.
pub fn corroborate(claims: &mut [Claim]) {
    // Content words find the candidate pairs; the rest of the features is read for candidates only.
    let (stems, words) = claims_words(claims);
    let words: Vec<Vec<(&str, f64)>> =
        words.into_iter().map(|ws| ws.into_iter().map(|(r, w)| (&stems[r], w)).collect()).collect();
    let pairs = candidates(claims, &words);
    let mut feats: Vec<Vec<Features>> = vec![Vec::new(); claims.len()];
    for &(i, j) in &pairs {
        for k in [i, j] {
            if feats[k].is_empty() {
                feats[k] = claim_features(&claims[k], &words[k]);
            }
        }
    }
    link(claims, pairs, &feats, relation);
}

/// [`corroborate`] with given features (the whole claim first, then its clauses) and matcher.
#[cfg(test)]
pub fn corroborate_with(
    claims: &mut [Claim],
    feats: &[Vec<Features>],
    cmp: impl Fn(&Features, &Features) -> Comparison,
) {
    let words: Vec<Vec<(&str, f64)>> = feats
        .iter()
        .map(|f| f.first().map_or(Vec::new(), |f| f.words.iter().map(|w| (w.stem.as_str(), w.weight)).collect()))
        .collect();
    let pairs = candidates(claims, &words);
    link(claims, pairs, feats, |a, b| {
        let c = cmp(a, b);
        c.relation.map(|r| (r, c.score))
    });
}

/// The pairs `(i, j)`, `i < j`, of claims from different sources and places
/// whose distinct content words (`words[i]`: stem and weight) share a weight
/// of 2 or more, in order.
fn candidates(claims: &[Claim], words: &[Vec<(&str, f64)>]) -> Vec<(usize, usize)> {
    let keys: Vec<String> = claims.iter().map(source_key).collect();
    let mut index: HashMap<&str, Vec<(usize, f64)>, crate::words::Fnv> = HashMap::default();
    for (i, ws) in words.iter().enumerate() {
        for &(stem, weight) in ws {
            let posting = index.entry(stem).or_default();
            if posting.last().is_none_or(|&(j, _)| j != i) {
                posting.push((i, weight));
            }
        }
    }
    let mut shared: HashMap<(usize, usize), f64, crate::words::Fnv> = HashMap::default();
    for posting in index.values() {
        if posting.len() < 2 || posting.len() > MAX_POSTINGS {
            continue;
        }
        for (x, &(i, wi)) in posting.iter().enumerate() {
            for &(j, wj) in &posting[x + 1..] {
                if keys[i] != keys[j] && !claims[i].span.overlaps(&claims[j].span) {
                    *shared.entry((i, j)).or_default() += wi.max(wj);
                }
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = shared.into_iter().filter(|&(_, w)| w >= 2.0).map(|(p, _)| p).collect();
    pairs.sort_unstable();
    pairs
}

/// Links the candidate `pairs` the matcher `cmp` relates (it gives the relation
/// and score of two claims that report the same fact), comparing the claims'
/// features `feats` (the whole claim first, then its clauses).
fn link(
    claims: &mut [Claim],
    pairs: Vec<(usize, usize)>,
    feats: &[Vec<Features>],
    cmp: impl Fn(&Features, &Features) -> Option<(Relation, f64)>,
) {
    let mut links: Vec<(usize, usize, Relation, f64)> = Vec::new();
    for (i, j) in pairs {
        // The best comparison of the claims or their clauses that reports the same fact.
        let mut best: Option<(Relation, f64)> = None;
        for fa in &feats[i] {
            for fb in &feats[j] {
                if let Some((rel, score)) = cmp(fa, fb).filter(|c| c.1.is_finite()) {
                    if best.is_none_or(|(_, s)| score > s) {
                        best = Some((rel, score));
                    }
                }
            }
        }
        if let Some((rel, score)) = best {
            links.push((i, j, rel, score));
        }
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
