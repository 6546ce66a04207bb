//! Alignment of the units of two versions (see the crate docs).

use std::collections::HashMap;

use claims_match::{words, Features};
use claims_model::ids;

use crate::Unit;

/// Minimum similarity for two units to be aligned as one claim.
pub const PAIR_THRESHOLD: f64 = 0.5;
/// Index keys shared by more units than this are too common to propose candidates.
const POSTING_CAP: usize = 48;
/// Candidates scored per unit.
const TOP_K: usize = 8;

/// Old and new units aligned as one claim (two or more on one side for a split or merge).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Indices of old units.
    pub olds: Vec<usize>,
    /// Indices of new units.
    pub news: Vec<usize>,
    /// Similarity of the first pair.
    pub similarity: f64,
    /// True when the claim moved relative to the others.
    pub moved: bool,
}

/// The result of aligning two versions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alignment {
    /// Aligned groups, in old text order.
    pub groups: Vec<Group>,
    /// Old units with no partner.
    pub removed: Vec<usize>,
    /// New units with no partner.
    pub added: Vec<usize>,
}

/// What alignment looks at in a unit.
struct Prepared {
    features: Features,
    /// Stemmed word tokens (all words) with counts, for text similarity.
    bag: HashMap<String, u32>,
    bag_len: u32,
    /// Distinct index keys: content stems and number values.
    keys: Vec<String>,
    norm: String,
}

fn prepare(u: &Unit) -> Prepared {
    let features = claims_match::features(&u.claim);
    let mut bag: HashMap<String, u32> = HashMap::new();
    let mut bag_len = 0;
    for t in words::tokens(&u.claim.text) {
        if t.word {
            let k = match words::number_value(t.text) {
                Some(v) => format!("#{v}"),
                None => words::stem(t.text),
            };
            *bag.entry(k).or_default() += 1;
            bag_len += 1;
        }
    }
    let mut keys: Vec<String> =
        claims_match::content_words(&u.claim.text, &[], &[]).into_iter().map(|w| w.stem).collect();
    keys.extend(words::numbers(&u.claim.text).into_iter().map(|n| format!("#{}", n.value)));
    keys.sort_unstable();
    keys.dedup();
    Prepared { features, bag, bag_len, keys, norm: ids::normalize(&u.claim.text) }
}

/// Dice overlap of two word bags.
fn bag_dice(a: &Prepared, b: &Prepared) -> f64 {
    let total = a.bag_len + b.bag_len;
    if total == 0 {
        return 0.0;
    }
    let (small, large) = if a.bag.len() <= b.bag.len() { (a, b) } else { (b, a) };
    let shared: u32 = small.bag.iter().map(|(k, n)| (*n).min(*large.bag.get(k).unwrap_or(&0))).sum();
    2.0 * f64::from(shared) / f64::from(total)
}

/// Share of `a`'s words that also occur in `b` (and in `c`, when given, together).
fn containment(a: &Prepared, b: &Prepared) -> f64 {
    if a.bag_len == 0 {
        return 0.0;
    }
    let shared: u32 = a.bag.iter().map(|(k, n)| (*n).min(*b.bag.get(k).unwrap_or(&0))).sum();
    f64::from(shared) / f64::from(a.bag_len)
}

/// Dice of `a` against `b1` and `b2` taken together.
fn dice2(a: &Prepared, b1: &Prepared, b2: &Prepared) -> f64 {
    let total = a.bag_len + b1.bag_len + b2.bag_len;
    if total == 0 {
        return 0.0;
    }
    let shared: u32 =
        a.bag.iter().map(|(k, n)| (*n).min(b1.bag.get(k).unwrap_or(&0) + b2.bag.get(k).unwrap_or(&0))).sum();
    2.0 * f64::from(shared) / f64::from(total)
}

/// Similarity of two units: the better of the matcher's score and word-bag overlap.
fn similarity(a: &Prepared, b: &Prepared) -> f64 {
    if a.norm == b.norm {
        return 1.0;
    }
    claims_match::compare_features(&a.features, &b.features).score.max(bag_dice(a, b))
}

/// Aligns old and new units (see the crate docs).
pub fn align(old: &[Unit], new: &[Unit]) -> Alignment {
    let po: Vec<Prepared> = old.iter().map(prepare).collect();
    let pn: Vec<Prepared> = new.iter().map(prepare).collect();
    let mut o2n: Vec<Option<usize>> = vec![None; old.len()];
    let mut n2o: Vec<Option<usize>> = vec![None; new.len()];
    let mut sim: Vec<f64> = vec![0.0; old.len()];

    // 1. Identical ids.
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (j, u) in new.iter().enumerate() {
        by_id.entry(u.claim.id.as_str()).or_insert(j);
    }
    for (i, u) in old.iter().enumerate() {
        if let Some(&j) = by_id.get(u.claim.id.as_str()) {
            if n2o[j].is_none() {
                o2n[i] = Some(j);
                n2o[j] = Some(i);
                sim[i] = similarity(&po[i], &pn[j]);
            }
        }
    }
    // 2. Identical normalised text.
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for j in (0..new.len()).rev().filter(|&j| n2o[j].is_none()) {
        by_text.entry(pn[j].norm.as_str()).or_default().push(j);
    }
    for i in 0..old.len() {
        if o2n[i].is_some() {
            continue;
        }
        if let Some(j) = by_text.get_mut(po[i].norm.as_str()).and_then(|v| v.pop()) {
            o2n[i] = Some(j);
            n2o[j] = Some(i);
            sim[i] = 1.0;
        }
    }
    // 3. The matcher on indexed candidates.
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for j in (0..new.len()).filter(|&j| n2o[j].is_none()) {
        for k in &pn[j].keys {
            postings.entry(k.as_str()).or_default().push(j);
        }
    }
    let anchors_before = anchors(&o2n, false);
    let anchors_after = anchors(&o2n, true);
    let mut edges: Vec<(f64, usize, usize, usize)> = Vec::new();
    let mut counts: HashMap<usize, u32> = HashMap::new();
    for i in (0..old.len()).filter(|&i| o2n[i].is_none()) {
        counts.clear();
        for k in &po[i].keys {
            if let Some(p) = postings.get(k.as_str()) {
                if p.len() <= POSTING_CAP {
                    for &j in p {
                        *counts.entry(j).or_default() += 1;
                    }
                }
            }
        }
        let mut cands: Vec<(u32, usize)> = counts.iter().map(|(&j, &n)| (n, j)).collect();
        cands.sort_unstable_by(|a, b| b.cmp(a));
        cands.truncate(TOP_K);
        // Neighbours of the aligned claims around this one.
        let mut near = Vec::new();
        if let Some(p) = anchors_before[i] {
            near.extend((p + 1..(p + 4).min(new.len())).filter(|&j| n2o[j].is_none()));
        } else {
            near.extend((0..3.min(new.len())).filter(|&j| n2o[j].is_none()));
        }
        if let Some(p) = anchors_after[i] {
            near.extend((p.saturating_sub(3)..p).filter(|&j| n2o[j].is_none()));
        }
        let expected = anchors_before[i].map_or(0, |p| p + 1);
        for j in cands.into_iter().map(|c| c.1).chain(near) {
            let s = similarity(&po[i], &pn[j]);
            if s >= PAIR_THRESHOLD {
                edges.push((s, i, j, j.abs_diff(expected)));
            }
        }
    }
    edges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.3.cmp(&b.3)).then(a.1.cmp(&b.1)));
    for (s, i, j, _) in edges {
        if o2n[i].is_none() && n2o[j].is_none() {
            o2n[i] = Some(j);
            n2o[j] = Some(i);
            sim[i] = s;
        }
    }

    // 4. Groups, then splits and merges.
    let mut group_of_old: Vec<Option<usize>> = vec![None; old.len()];
    let mut group_of_new: Vec<Option<usize>> = vec![None; new.len()];
    let mut groups: Vec<Group> = Vec::new();
    for (i, j) in o2n.iter().enumerate() {
        if let Some(j) = *j {
            group_of_old[i] = Some(groups.len());
            group_of_new[j] = Some(groups.len());
            groups.push(Group { olds: vec![i], news: vec![j], similarity: sim[i], moved: false });
        }
    }
    // A new unit next to an aligned one, mostly contained in that one's old partner: a split.
    for j in 0..new.len() {
        if group_of_new[j].is_some() {
            continue;
        }
        for m in [j.checked_sub(1), Some(j + 1)].into_iter().flatten().filter(|&m| m < new.len()) {
            let Some(g) = group_of_new[m] else { continue };
            if groups[g].olds.len() > 1 {
                continue;
            }
            let o = groups[g].olds[0];
            let first = groups[g].news[0];
            if containment(&pn[j], &po[o]) >= 0.6 && dice2(&po[o], &pn[first], &pn[j]) > bag_dice(&po[o], &pn[first]) {
                groups[g].news.push(j);
                groups[g].news.sort_unstable();
                group_of_new[j] = Some(g);
                break;
            }
        }
    }
    // An old unit next to an aligned one, mostly contained in that one's new partner: a merge.
    for i in 0..old.len() {
        if group_of_old[i].is_some() {
            continue;
        }
        for m in [i.checked_sub(1), Some(i + 1)].into_iter().flatten().filter(|&m| m < old.len()) {
            let Some(g) = group_of_old[m] else { continue };
            if groups[g].news.len() > 1 {
                continue;
            }
            let n = groups[g].news[0];
            let first = groups[g].olds[0];
            if containment(&po[i], &pn[n]) >= 0.6 && dice2(&pn[n], &po[first], &po[i]) > bag_dice(&pn[n], &po[first]) {
                groups[g].olds.push(i);
                groups[g].olds.sort_unstable();
                group_of_old[i] = Some(g);
                break;
            }
        }
    }
    // Moves: groups outside the longest run whose new order follows the old order.
    groups.sort_by_key(|g| g.olds[0]);
    let seq: Vec<usize> = groups.iter().map(|g| g.news[0]).collect();
    let keep = longest_increasing(&seq);
    for (g, k) in groups.iter_mut().zip(keep) {
        g.moved = !k;
    }
    Alignment {
        groups,
        removed: (0..old.len()).filter(|&i| group_of_old[i].is_none()).collect(),
        added: (0..new.len()).filter(|&j| group_of_new[j].is_none()).collect(),
    }
}

/// For each old unit, the new partner of the nearest aligned old unit before
/// it (or after it, with `after`).
fn anchors(o2n: &[Option<usize>], after: bool) -> Vec<Option<usize>> {
    let mut out = vec![None; o2n.len()];
    let mut last = None;
    let idx: Box<dyn Iterator<Item = usize>> =
        if after { Box::new((0..o2n.len()).rev()) } else { Box::new(0..o2n.len()) };
    for i in idx {
        out[i] = last;
        if o2n[i].is_some() {
            last = o2n[i];
        }
    }
    out
}

/// Marks the elements of one longest strictly increasing subsequence (O(n log n)).
fn longest_increasing(seq: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // indices into seq
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &x) in seq.iter().enumerate() {
        let pos = tails.partition_point(|&t| seq[t] < x);
        if pos > 0 {
            prev[i] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut keep = vec![false; seq.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lis_marks_the_moved_block() {
        assert_eq!(longest_increasing(&[0, 1, 5, 6, 2, 3, 4]), [true, true, false, false, true, true, true]);
        assert_eq!(longest_increasing(&[]), Vec::<bool>::new());
    }
}
