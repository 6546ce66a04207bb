//! Claim-level changes between two versions of an article.
//!
//! [`diff`] works in four steps:
//!
//! 1. **Units** ([`units`]): the claims of each version in text order, plus
//!    *residual* claims for sentence text that no claim covers. The extractor
//!    may leave parts of a sentence (an introductory phrase) or a whole sentence
//!    (a headline fragment) without a claim; an edit there could still change
//!    the meaning, so every maximal run of uncovered sentence text holding at
//!    least one content word becomes a residual claim: kind `assertion`, no
//!    attribution, certainty `asserted`, `statement` = `text` = the run,
//!    `checkworthy` 0, id from [`claims_model::ids::claim_id`] of that text.
//!    Every word of every sentence therefore belongs to some unit's span.
//! 2. **Alignment** ([`align`]): identical claim ids first, then identical
//!    normalised text, then the shared matcher (`claims_match`) on candidates
//!    found through an index of content words (and, for claims whose words are
//!    all common, the neighbours of already aligned claims): cost grows about
//!    linearly with the article. A claim still unpaired whose words stand
//!    almost all in an unpaired claim near its expected place (or the other
//!    way round) is paired with it: a sentence that grew or lost a clause.
//!    Unpaired claims next to an aligned pair (or one further, past a claim
//!    with no partner) are attached to it when they are mostly contained in
//!    the other side (a claim split in two, or two merged into one). Aligned claims out of order
//!    (outside the longest increasing run) are `moved`.
//! 3. **Classification** ([`classify`]) of every aligned pair with every kind
//!    that applies, whether it is `substantive`, a one-line explanation and a
//!    word diff.
//! 4. Unpaired claims are `removed`/`added`, substantive unless nested in an
//!    aligned claim whose words changed only cosmetically, or whose partner
//!    holds every word the nested claim says (the extractor now reads one
//!    more claim out of words that were there: not an edit; the container's
//!    own change reports any edit), or overlapping cosmetic claims — or,
//!    overlapping none, next to one in its sentence — with every word it
//!    says standing in their partners (the same words cut into claims
//!    another way);
//!    sources are compared by id and name; changes are ordered most serious
//!    first (see [`severity`]).

pub mod align;
pub mod classify;
pub mod render;

use std::collections::{HashMap, HashSet};

use claims_match::words;
use claims_model::{
    ids, Certainty, Change, ChangeKind, ChangeType, Claim, ClaimKind, DiffReport, DocRef, Extraction, Source,
    SourceChanges, Span, Summary,
};

/// Diff settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiffOptions {
    /// Keep unchanged claims in the report.
    pub all: bool,
}

/// One comparable unit of a version: a claim, or a residual claim for uncovered sentence text.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The claim (a real one, or a residual one).
    pub claim: Claim,
    /// True for a residual claim made by the diff for text no claim covers.
    pub residual: bool,
}

/// The units of one version, in text order (see the crate docs).
pub fn units(ex: &Extraction) -> Vec<Unit> {
    let mut out: Vec<Unit> = ex.claims.iter().map(|c| Unit { claim: c.clone(), residual: false }).collect();
    let mut spans: Vec<Span> = ex.claims.iter().map(|c| c.span).collect();
    spans.sort_unstable();
    let mut residual = Vec::new();
    for s in &ex.sentences {
        let sspan = s.span();
        // Claims overlapping this sentence, clipped to it, in order.
        let first = spans.partition_point(|c| c.start < sspan.start);
        let mut covered: Vec<Span> = Vec::new();
        let mut k = first;
        while k < spans.len() && spans[k].start < sspan.end {
            if spans[k].overlaps(&sspan) {
                covered.push(Span::new(spans[k].start.max(sspan.start), spans[k].end.min(sspan.end)));
            }
            k += 1;
        }
        // A claim starting before the sentence may reach into it: look back a little.
        for c in spans[..first].iter().rev().take(8) {
            if c.overlaps(&sspan) {
                covered.push(Span::new(c.start.max(sspan.start), c.end.min(sspan.end)));
            }
        }
        covered.sort_unstable();
        let mut pos = sspan.start;
        let mut gaps = Vec::new();
        for c in &covered {
            if c.start > pos {
                gaps.push(Span::new(pos, c.start));
            }
            pos = pos.max(c.end);
        }
        if pos < sspan.end {
            gaps.push(Span::new(pos, sspan.end));
        }
        for g in gaps {
            let (Some(rel_s), Some(rel_e)) = (g.start.checked_sub(s.start), g.end.checked_sub(s.start)) else {
                continue;
            };
            let Some(piece) = s.text.get(rel_s..rel_e) else { continue };
            // Trim everything but letters and digits at both ends.
            let lead = piece.len() - piece.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            let trimmed = piece.trim_matches(|c: char| !c.is_alphanumeric());
            if trimmed.is_empty() || !has_content_word(trimmed) {
                continue;
            }
            let start = g.start + lead;
            let span = Span::new(start, start + trimmed.len());
            residual.push(Unit { claim: residual_claim(trimmed, span, s.index), residual: true });
        }
    }
    if !residual.is_empty() {
        let mut idl: Vec<String> = out.iter().chain(&residual).map(|u| u.claim.id.clone()).collect();
        ids::disambiguate(&mut idl);
        for (u, id) in residual.iter_mut().zip(idl.into_iter().skip(out.len())) {
            u.claim.id = id;
        }
        out.extend(residual);
    }
    out.sort_by_key(|u| (u.claim.span.start, u.claim.span.end));
    out
}

fn has_content_word(text: &str) -> bool {
    words::tokens(text).iter().any(|t| t.word && !words::is_stopword(&words::fold(t.text)))
}

fn residual_claim(text: &str, span: Span, sentence: usize) -> Claim {
    let negated = words::tokens(text).iter().any(|t| t.word && words::is_negator(&words::fold(t.text)));
    Claim {
        id: ids::claim_id(text, None),
        statement: text.to_string(),
        text: text.to_string(),
        span,
        sentence,
        kind: ClaimKind::Assertion,
        attribution: None,
        certainty: Certainty::Asserted,
        hedges: Vec::new(),
        negated,
        time: None,
        entities: Vec::new(),
        sources: Vec::new(),
        checkworthy: 0.0,
        corroborations: Vec::new(),
    }
}

/// Rank of a change in the report, lower first: changes with a negation,
/// number, attribution, certainty, date or source kind (in that order of their
/// most serious kind), then removed and added claims, then substantive wording,
/// then cosmetic edits (claims re-read from unchanged words among them) and
/// pure moves, then unchanged claims.
pub fn severity(c: &Change) -> u8 {
    match c.change {
        ChangeType::Removed if c.substantive => 6,
        ChangeType::Added if c.substantive => 7,
        ChangeType::Removed | ChangeType::Added => 9,
        ChangeType::Unchanged => 10,
        ChangeType::Modified => match c.kinds.first() {
            Some(ChangeKind::Negation) => 0,
            Some(ChangeKind::Number) => 1,
            Some(ChangeKind::Attribution) => 2,
            Some(ChangeKind::Certainty) => 3,
            Some(ChangeKind::Date) => 4,
            Some(ChangeKind::Source) => 5,
            _ if c.substantive => 8,
            _ => 9,
        },
    }
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// Compares the claims of two extractions.
pub fn diff(old: &Extraction, new: &Extraction, opts: &DiffOptions) -> DiffReport {
    let ou = units(old);
    let nu = units(new);
    let alignment = align::align(&ou, &nu);
    let ctx = classify::Context::new(&old.sources, &new.sources).with_sentences(&old.sentences, &new.sentences);
    let mut changes: Vec<(Change, usize)> = Vec::new();
    let mut summary = Summary::default();
    let mut group_substantive = Vec::with_capacity(alignment.groups.len());
    for g in &alignment.groups {
        let olds: Vec<&Claim> = g.olds.iter().map(|&i| &ou[i].claim).collect();
        let news: Vec<&Claim> = g.news.iter().map(|&j| &nu[j].claim).collect();
        let moved = g.moved.then(|| (olds[0].sentence, news[0].sentence));
        let c = classify::classify(&olds, &news, &ctx, moved);
        group_substantive.push(c.substantive);
        let change = if c.kinds.is_empty() { ChangeType::Unchanged } else { ChangeType::Modified };
        // A split gives one entry per new part, a merge one per old part.
        let pairs: Vec<(&Claim, &Claim)> = if news.len() > 1 {
            news.iter().map(|n| (olds[0], *n)).collect()
        } else {
            olds.iter().map(|o| (*o, news[0])).collect()
        };
        for (o, n) in pairs {
            match change {
                ChangeType::Unchanged => summary.unchanged += 1,
                _ => summary.modified += 1,
            }
            if change == ChangeType::Unchanged && !opts.all {
                continue;
            }
            changes.push((
                Change {
                    change,
                    kinds: c.kinds.clone(),
                    substantive: c.substantive,
                    old: Some(o.clone()),
                    new: Some(n.clone()),
                    similarity: round3(g.similarity),
                    explanation: c.explanation.clone(),
                    word_diff: c.word_diff.clone(),
                },
                n.span.start,
            ));
        }
    }
    // Which group each unit is in, to find the aligned claim an unpaired one is nested in.
    let mut group_of_old = vec![None; ou.len()];
    let mut group_of_new = vec![None; nu.len()];
    for (k, g) in alignment.groups.iter().enumerate() {
        g.olds.iter().for_each(|&i| group_of_old[i] = Some(k));
        g.news.iter().for_each(|&j| group_of_new[j] = Some(k));
    }
    for &i in &alignment.removed {
        summary.removed += 1;
        let c = &ou[i].claim;
        // A claim nested in an aligned claim whose words changed only
        // cosmetically was read from words that still stand.
        let reread = nested_in(&ou, &group_of_old, i)
            .is_some_and(|k| !group_substantive[k] || stands_in(c, &alignment.groups[k].news, &nu))
            || reread_across(c, &ou, &group_of_old, &alignment.groups, &group_substantive, |g| &g.news, &nu);
        changes.push((
            Change {
                change: ChangeType::Removed,
                kinds: Vec::new(),
                substantive: !reread,
                old: Some(c.clone()),
                new: None,
                similarity: 0.0,
                explanation: if reread {
                    format!("removed (cosmetic: its words stand in the new version): \"{}\"", short(&c.statement, 100))
                } else {
                    format!("removed: \"{}\"", short(&c.statement, 100))
                },
                word_diff: classify::word_diff(&c.text, ""),
            },
            c.span.start,
        ));
    }
    for &j in &alignment.added {
        summary.added += 1;
        let c = &nu[j].claim;
        // A claim newly read from words the old version already had: nested in
        // an aligned claim whose words changed only cosmetically (a quote
        // whose cue was a typo, now read as an attribution too).
        let reread = nested_in(&nu, &group_of_new, j)
            .is_some_and(|k| !group_substantive[k] || stands_in(c, &alignment.groups[k].olds, &ou))
            || reread_across(c, &nu, &group_of_new, &alignment.groups, &group_substantive, |g| &g.olds, &ou);
        changes.push((
            Change {
                change: ChangeType::Added,
                kinds: Vec::new(),
                substantive: !reread,
                old: None,
                new: Some(c.clone()),
                similarity: 0.0,
                explanation: if reread {
                    format!("added (cosmetic: its words stand in the old version): \"{}\"", short(&c.statement, 100))
                } else {
                    format!("added: \"{}\"", short(&c.statement, 100))
                },
                word_diff: classify::word_diff("", &c.text),
            },
            c.span.start,
        ));
    }
    changes.sort_by_key(|(c, pos)| (severity(c), *pos));
    DiffReport {
        old: DocRef { id: old.article.id.clone(), published: old.article.published },
        new: DocRef { id: new.article.id.clone(), published: new.article.published },
        changes: changes.into_iter().map(|(c, _)| c).collect(),
        sources: source_changes(&old.sources, &new.sources),
        summary,
    }
}

/// The group of an aligned unit whose span holds unit `k`'s span (the
/// extractor reads claims nested in claims: an attribution and its content).
/// Units are in text order, so only those starting at or before `k` are looked at.
fn nested_in(units: &[Unit], group_of: &[Option<usize>], k: usize) -> Option<usize> {
    let span = units[k].claim.span;
    let first = units.partition_point(|u| u.claim.span.start < span.start.saturating_sub(2000));
    (first..units.len())
        .take_while(|&m| units[m].claim.span.start <= span.start)
        .filter(|&m| m != k && units[m].claim.span.end >= span.end && units[m].claim.span != span)
        .find_map(|m| group_of[m])
}

/// True when every word claim `c` says stands in the claims `idx` of the
/// other version (see [`classify::words_stand_in`]): a claim read anew
/// from words its container's partner still holds (`most officers refused
/// to comment` in `The Observer said most officers refused to comment`, with
/// the speaker reworded) is no claim added or removed; the container's own
/// change reports the edit.
fn stands_in(c: &Claim, idx: &[usize], other: &[Unit]) -> bool {
    let texts: Vec<&str> = idx.iter().map(|&i| other[i].claim.text.as_str()).collect();
    words_stand_in(&c.text, &texts.join(" "))
}

/// [`classify::words_stand_in`], after a cheap look that at least half of
/// the text's content words stand as written in `other` (typos are few): a
/// claim really added or removed is turned down without respelling.
fn words_stand_in(text: &str, other: &str) -> bool {
    let content = |t: &str| -> Vec<String> {
        words::tokens(t)
            .iter()
            .filter(|w| w.word)
            .map(|w| words::fold(w.text))
            .filter(|w| !words::is_stopword(w))
            .collect()
    };
    let mine = content(text);
    let theirs: HashSet<String> = content(other).into_iter().collect();
    let found = mine.iter().filter(|w| theirs.contains(*w)).count();
    2 * found >= mine.len() && classify::words_stand_in(text, other)
}

/// True when an unpaired claim overlaps aligned claims of its side (or,
/// overlapping none, stands next to one in its sentence or touching it) whose
/// groups changed only cosmetically, and every word it says (content words,
/// numbers, negators, modal and time words) stands in the other side's claims
/// of those groups: the extractor cut the same words into claims another way
/// (`Kremlin spokesman Dmitry Peskovsaid that Russia …` read as one claim,
/// `Kremlin spokesperson, Dmitry Peskov, said Russia …` as two), nothing was
/// added or removed.
fn reread_across(
    c: &Claim,
    units: &[Unit],
    group_of: &[Option<usize>],
    groups: &[align::Group],
    group_substantive: &[bool],
    partners: impl Fn(&align::Group) -> &Vec<usize>,
    other: &[Unit],
) -> bool {
    let mut found: Vec<usize> = Vec::new();
    // Units are in text order: only those that start before the claim ends can overlap it.
    let first = units.partition_point(|u| u.claim.span.start < c.span.start.saturating_sub(2000));
    for (u, g) in units[first..].iter().zip(&group_of[first..]) {
        if u.claim.span.start >= c.span.end {
            break;
        }
        if let Some(k) = g {
            if u.claim.span.overlaps(&c.span) && u.claim.span != c.span && !found.contains(k) {
                found.push(*k);
            }
        }
    }
    // Claims cut at another place in the sentence: with nothing overlapping
    // it, the aligned claims right before and after it in its sentence or
    // touching it (`He continued "…" Stephens calls the winds` | `"some of
    // the strongest winds"` read as one claim in the other version).
    if found.is_empty() {
        let before =
            units[first..].iter().zip(&group_of[first..]).take_while(|(u, _)| u.claim.span.end <= c.span.start);
        let after = units[first..].iter().zip(&group_of[first..]).skip_while(|(u, _)| u.claim.span.start < c.span.end);
        // In its sentence, or touching it (a claim that ran on past its
        // sentence's end).
        let near = |u: &Unit| {
            u.claim.sentence == c.sentence
                || u.claim.span.end.abs_diff(c.span.start) <= 3
                || c.span.end.abs_diff(u.claim.span.start) <= 3
        };
        let same = |(u, g): &(&Unit, &Option<usize>)| near(u) && g.is_some();
        let prev = before.filter(same).last();
        let next = after.take_while(|(u, _)| near(u)).find(same);
        found.extend(prev.into_iter().chain(next).filter_map(|(_, g)| *g));
        found.dedup();
    }
    if found.is_empty() || found.iter().any(|&k| group_substantive[k]) {
        return false;
    }
    let mut idx: Vec<usize> = found.iter().flat_map(|&k| partners(&groups[k]).iter().copied()).collect();
    idx.sort_unstable();
    idx.dedup();
    let texts: Vec<&str> = idx.iter().map(|&i| other[i].claim.text.as_str()).collect();
    words_stand_in(&c.text, &texts.join(" "))
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Sources only in one version: by id, and not present under the same kind and name on the other side.
fn source_changes(old: &[Source], new: &[Source]) -> SourceChanges {
    let key = |s: &Source| (s.kind, ids::normalize(&s.name));
    let old_ids: HashSet<&str> = old.iter().map(|s| s.id.as_str()).collect();
    let new_ids: HashSet<&str> = new.iter().map(|s| s.id.as_str()).collect();
    let old_keys: HashMap<_, ()> = old.iter().map(|s| (key(s), ())).collect();
    let new_keys: HashMap<_, ()> = new.iter().map(|s| (key(s), ())).collect();
    let mut added: Vec<Source> =
        new.iter().filter(|s| !old_ids.contains(s.id.as_str()) && !old_keys.contains_key(&key(s))).cloned().collect();
    let mut removed: Vec<Source> =
        old.iter().filter(|s| !new_ids.contains(s.id.as_str()) && !new_keys.contains_key(&key(s))).cloned().collect();
    // One source written another way (`The harbour's chief executive officer`
    // → `CEO`, a typo fixed in a name) is neither added nor removed.
    let mut k = 0;
    while k < added.len() {
        match removed.iter().position(|r| same_name(&r.name, &added[k].name)) {
            Some(i) => {
                removed.remove(i);
                added.remove(k);
            }
            None => k += 1,
        }
    }
    SourceChanges { added, removed }
}

/// True when two source names name one source: one abbreviates a run of the
/// other's words (`CEO`, `chief executive officer`), or their words differ
/// only by typos ([`words::is_typo_variant`]).
fn same_name(a: &str, b: &str) -> bool {
    let wa: Vec<&str> = words::tokens(a).iter().filter(|t| t.word).map(|t| t.text).collect();
    let wb: Vec<&str> = words::tokens(b).iter().filter(|t| t.word).map(|t| t.text).collect();
    let abbreviates = |short: &[&str], long: &[&str]| {
        let [one] = short else { return false };
        let n = one.chars().count();
        [n, 1].into_iter().filter(|&w| w <= long.len()).flat_map(|w| long.windows(w)).any(|run| {
            words::is_abbreviation(one, run)
                || (run.len() == n
                    && n >= 3
                    && one.chars().all(|c| c.is_ascii_uppercase())
                    && run.iter().filter_map(|w| w.chars().next()).collect::<String>().to_ascii_uppercase() == *one)
        })
    };
    abbreviates(&wa, &wb)
        || abbreviates(&wb, &wa)
        || (wa.len() == wb.len() && !wa.is_empty() && wa.iter().zip(&wb).all(|(x, y)| words::is_typo_variant(x, y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(text: &str) -> Extraction {
        claims_extract::extract(text, &claims_extract::Options::default())
    }

    const TEXTS: &[&str] = &[
        "",
        "Héllo wörld — “quoted” text… said Zoë. 🚀 Launch at 10 a.m.\r\nNo claim here!",
        "Mayor Ana Lovrić said 23 people died. During a meeting today, officials said the dam was never inspected.",
        "Crème brûlée costs €5,50 in Zürich, le ministère a dit. 東京で会議が開かれた。",
        "\u{301}\u{301} ,,, ;; «»",
    ];

    #[test]
    fn every_word_of_every_sentence_is_in_some_unit() {
        for t in TEXTS {
            let e = ex(t);
            let us = units(&e);
            for u in &us {
                assert_eq!(&t[u.claim.span.start..u.claim.span.end], u.claim.text, "exact span in {t:?}");
            }
            for s in &e.sentences {
                for w in words::tokens(&s.text).iter().filter(|w| w.word) {
                    let at = s.start + w.start;
                    let covered = us.iter().any(|u| u.claim.span.start <= at && at < u.claim.span.end);
                    let stop = words::is_stopword(&words::fold(w.text));
                    assert!(covered || stop, "{:?} of {:?} is in no unit", w.text, s.text);
                }
            }
        }
    }

    #[test]
    fn a_typo_fixed_in_a_reporting_verb_splits_the_sentence_without_a_change_of_meaning() {
        // Old: `Lindqvistsaid` hides the report, so the sentence is one unattributed claim.
        // New: two reports whose claims overlap (`… said A, adding B` spans the first report).
        let old = ex("Council spokesman Erik Lindqvistsaid that the city \"cannot afford the bridge\", adding that \"the vote is final.\"");
        let new = ex("Council spokesperson, Erik Lindqvist, said the city \"cannot afford the bridge\", adding that \"the vote is final.\"");
        assert!(new.claims.len() >= 2, "{:#?}", new.claims);
        let r = diff(&old, &new, &DiffOptions::default());
        assert!(r.changes.iter().all(|c| !c.kinds.contains(&ChangeKind::Negation)), "{r:#?}");
        assert!(r.changes.iter().all(|c| c.change != ChangeType::Added), "one old claim split in two: {r:#?}");
    }

    /// `e` with one more claim read from the words `part` of its claim that holds them.
    fn with_nested(mut e: Extraction, part: &str) -> Extraction {
        let holder = e.claims.iter().find(|c| c.text.contains(part)).expect("a claim holds the part").clone();
        let start = holder.span.start + holder.text.find(part).unwrap_or(0);
        let mut c = holder.clone();
        c.id = ids::claim_id(part, None);
        c.text = part.to_string();
        c.statement = part.to_string();
        c.span = Span::new(start, start + part.len());
        c.attribution = None;
        e.claims.push(c);
        e.claims.sort_by_key(|c| (c.span.start, c.span.end));
        e
    }

    #[test]
    fn a_claim_newly_read_from_unchanged_words_is_not_substantive() {
        let old = ex("Mayor Ana Lovric told reporters that the old bridge will reopen to traffic in May.");
        let new = with_nested(old.clone(), "the old bridge will reopen to traffic in May");
        let r = diff(&old, &new, &DiffOptions::default());
        let added: Vec<&Change> = r.changes.iter().filter(|c| c.change == ChangeType::Added).collect();
        assert_eq!(added.len(), 1, "{r:#?}");
        assert!(!added[0].substantive, "{:?}", added[0]);
        // Swapped, it is a removal that is not substantive either.
        let back = diff(&new, &old, &DiffOptions::default());
        assert!(back.changes.iter().all(|c| !c.substantive), "{back:#?}");
        // Read from words that changed, it is.
        let new = with_nested(
            ex("Mayor Ana Lovric told reporters that the old bridge will reopen to traffic in June."),
            "the old bridge will reopen to traffic in June",
        );
        let r = diff(&old, &new, &DiffOptions::default());
        let added: Vec<&Change> = r.changes.iter().filter(|c| c.change == ChangeType::Added).collect();
        assert!(!added.is_empty() && added.iter().all(|c| c.substantive), "{r:#?}");
    }

    /// `e` with its claim that holds `from` cut at `from` and one more claim
    /// read from the claim's start up to the end of `to` (overlapping the rest).
    fn cut_across(mut e: Extraction, text: &str, from: &str, to: &str) -> Extraction {
        let k = e.claims.iter().position(|c| c.text.contains(from) && c.text.contains(to)).expect("a claim holds both");
        let h = e.claims[k].clone();
        let mid = text.find(from).unwrap_or(0);
        let end = text.find(to).map_or(h.span.end, |i| i + to.len());
        e.claims[k].span = Span::new(mid, h.span.end);
        e.claims[k].text = text[mid..h.span.end].to_string();
        let mut c = h.clone();
        c.text = text[h.span.start..end].to_string();
        c.id = ids::claim_id(&c.text, None);
        c.statement = c.text.clone();
        c.span = Span::new(h.span.start, end);
        e.claims.push(c);
        e.claims.sort_by_key(|c| (c.span.start, c.span.end));
        e
    }

    #[test]
    fn a_claim_cut_across_cosmetic_claims_from_their_words_is_not_substantive() {
        // The new version reads the first words as a claim of their own,
        // overlapping the claim that holds the rest: the same words cut another way.
        let text = "The regional council voted on Tuesday to close the old harbour bridge to heavy trucks until the repairs end.";
        let old = ex(text);
        let new = cut_across(old.clone(), text, "to close", "heavy trucks");
        let r = diff(&old, &new, &DiffOptions::default());
        // (The crossing claims are the old one split in two.)
        assert!(
            r.changes.iter().any(|c| c.change == ChangeType::Modified && c.explanation.contains("split")),
            "{r:#?}"
        );
        assert!(r.changes.iter().all(|c| !c.substantive), "{r:#?}");
        let back = diff(&new, &old, &DiffOptions::default());
        assert!(back.changes.iter().all(|c| !c.substantive), "{back:#?}");
        // Words that were not there are an edit.
        let edited = "The regional council voted on Tuesday to close the new harbour bridge to heavy trucks until the repairs end.";
        let new = cut_across(ex(edited), edited, "to close", "heavy trucks");
        let r = diff(&old, &new, &DiffOptions::default());
        assert!(r.changes.iter().any(|c| c.substantive), "{r:#?}");
    }

    #[test]
    fn a_claim_nested_in_a_changed_claim_whose_words_stand_is_not_added() {
        // The container changed (`reporters` → `journalists`); the claim read
        // inside it says only what the old container said.
        let old = ex("Mayor Ana Lovric told reporters that the old bridge will reopen to traffic in May.");
        let new = with_nested(
            ex("Mayor Ana Lovric told journalists that the old bridge will reopen to traffic in May."),
            "the old bridge will reopen to traffic in May",
        );
        let r = diff(&old, &new, &DiffOptions::default());
        let added: Vec<&Change> = r.changes.iter().filter(|c| c.change == ChangeType::Added).collect();
        assert_eq!(added.len(), 1, "{r:#?}");
        assert!(!added[0].substantive, "{:?}", added[0]);
        assert!(r.changes.iter().any(|c| c.change == ChangeType::Modified && c.substantive), "{r:#?}");
    }

    /// A unit of sentence `sentence` at `start`.
    fn unit(text: &str, start: usize, sentence: usize) -> Unit {
        let mut claim = Claim::assertion(text, Span::new(start, start + text.len()));
        claim.sentence = sentence;
        Unit { claim, residual: false }
    }

    #[test]
    fn a_claim_cut_off_next_to_a_cosmetic_claim_whose_partner_holds_its_words_is_not_removed() {
        // Old: `He continued "…" Stephens calls the winds` | `"some of the strongest fire
        // winds"`; new: `He continued "…"` | `Stephens calls the winds "some of the strongest
        // fire winds"`. The first old claim is split into both new ones; the second old one,
        // next to it in its sentence, says nothing the new claims do not.
        let old = [
            unit("He continued that wind is king here. Stephens calls the Santa Ana winds", 0, 0),
            unit("some of the strongest fire winds in the world", 73, 0),
            unit("Fires started on Sunday", 120, 1),
        ];
        let new = [
            unit("Wind is king here, he continued", 0, 0),
            unit("Stephens calls the Santa Ana winds some of the strongest fire winds in the world", 33, 1),
        ];
        let groups = vec![align::Group { olds: vec![0], news: vec![0, 1], similarity: 0.6, moved: false }];
        let group_of = [Some(0), None, None];
        let reread = |k: usize, substantive: bool| {
            reread_across(&old[k].claim, &old, &group_of, &groups, &[substantive], |g| &g.news, &new)
        };
        assert!(reread(1, false));
        // Not when the neighbour's change is substantive, nor for a claim of
        // another sentence that does not touch it.
        assert!(!reread(1, true));
        assert!(!reread(2, false));
        // A claim that ran on into the next sentence touches the claim there.
        let mut old_run_on = old.clone();
        old_run_on[1].claim.sentence = 1;
        assert!(reread_across(&old_run_on[1].claim, &old_run_on, &group_of, &groups, &[false], |g| &g.news, &new));
        // Nor when the words are not in the partners.
        let new = [new[0].clone(), unit("Stephens calls the Santa Ana winds dangerous", 33, 1)];
        assert!(!reread_across(&old[1].claim, &old, &group_of, &groups, &[false], |g| &g.news, &new));
    }

    #[test]
    fn one_source_written_another_way_is_not_added_and_removed() {
        assert!(same_name("The harbour's chief executive officer", "CEO"));
        assert!(same_name("PA", "Pennsylvania") && same_name("Dmitry Peskov", "Dmitri Peskov"));
        assert!(!same_name("CEO", "chief financial officer") && !same_name("Reuters", "Associated Press"));
    }

    #[test]
    fn no_panic_and_symmetry_on_odd_input() {
        for a in TEXTS {
            for b in TEXTS {
                let (ea, eb) = (ex(a), ex(b));
                let fwd = diff(&ea, &eb, &DiffOptions { all: true });
                let back = diff(&eb, &ea, &DiffOptions { all: true });
                assert_eq!(fwd.summary.added, back.summary.removed, "{a:?} → {b:?}");
                assert_eq!(fwd.summary.removed, back.summary.added, "{a:?} → {b:?}");
                if a == b {
                    assert_eq!(fwd.summary.modified + fwd.summary.added + fwd.summary.removed, 0);
                }
                for r in [render::text(&fwd, true), render::markdown(&fwd)] {
                    assert!(!r.is_empty());
                }
            }
        }
    }
}
