//! Alignment of the units of two versions (see the crate docs).

use std::cell::OnceCell;
use std::collections::HashMap;

use claims_match::{words, Features};

use crate::Unit;

/// Minimum similarity for two units to be aligned as one claim.
pub const PAIR_THRESHOLD: f64 = 0.5;
/// Index keys shared by more units than this are too common to propose candidates.
const POSTING_CAP: usize = 48;
/// Candidates scored per unit.
const TOP_K: usize = 8;
/// Share of a unit's words that must stand in a nearby unit for 3b.
const CONTAINED: f64 = 0.9;
/// Words a unit needs for 3b (fewer prove nothing).
const MIN_CONTAINED: u32 = 5;

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
    let toks = words::tokens(&u.claim.text);
    for t in &toks {
        if t.word {
            let k = match words::number_value(t.text) {
                Some(v) => format!("#{v}"),
                None => words::stem(t.text),
            };
            *bag.entry(k).or_default() += 1;
            bag_len += 1;
        }
    }
    let mut keys: Vec<String> = bag.keys().filter(|k| !words::is_stopword(k)).cloned().collect();
    keys.sort_unstable();
    let norm = toks.iter().map(|t| t.text).collect::<Vec<_>>().join(" ").to_lowercase();
    Prepared { features, bag, bag_len, keys, norm }
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

/// Similarity of two units: the mean of the matcher's score (content words,
/// blind to numbers and polarity) and the overlap of all their words (which
/// tells `report 1851` from `report 951`).
fn similarity(a: &Prepared, b: &Prepared) -> f64 {
    if a.norm == b.norm {
        return 1.0;
    }
    0.5 * (claims_match::score(&a.features, &b.features) + bag_dice(a, b))
}

/// Units with their [`Prepared`] features computed on first use.
struct Lazy<'a> {
    units: &'a [Unit],
    cells: &'a [OnceCell<Prepared>],
}

impl std::ops::Index<usize> for Lazy<'_> {
    type Output = Prepared;
    fn index(&self, i: usize) -> &Prepared {
        self.cells[i].get_or_init(|| prepare(&self.units[i]))
    }
}

/// Aligns old and new units (see the crate docs).
pub fn align(old: &[Unit], new: &[Unit]) -> Alignment {
    // Prepared lazily: claims aligned by id with the same text need none of it.
    let co: Vec<OnceCell<Prepared>> = (0..old.len()).map(|_| OnceCell::new()).collect();
    let cn: Vec<OnceCell<Prepared>> = (0..new.len()).map(|_| OnceCell::new()).collect();
    let po = Lazy { units: old, cells: &co };
    let pn = Lazy { units: new, cells: &cn };
    let mut o2n: Vec<Option<usize>> = vec![None; old.len()];
    let mut n2o: Vec<Option<usize>> = vec![None; new.len()];
    let mut sim: Vec<f64> = vec![0.0; old.len()];

    // 1. Identical ids, where the id occurs once on each side.
    let mut id_count: HashMap<&str, (u32, u32, usize)> = HashMap::new();
    for u in old {
        id_count.entry(u.claim.id.as_str()).or_default().0 += 1;
    }
    for (j, u) in new.iter().enumerate() {
        let e = id_count.entry(u.claim.id.as_str()).or_default();
        e.1 += 1;
        e.2 = j;
    }
    for (i, u) in old.iter().enumerate() {
        if let Some(&(1, 1, j)) = id_count.get(u.claim.id.as_str()) {
            o2n[i] = Some(j);
            n2o[j] = Some(i);
            sim[i] = if old[i].claim.text == new[j].claim.text { 1.0 } else { similarity(&po[i], &pn[j]) };
        }
    }
    // 2. Identical normalised text (repeated claims too), nearest to where the
    //    aligned claims before it say it should be.
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for j in (0..new.len()).filter(|&j| n2o[j].is_none()) {
        by_text.entry(pn[j].norm.as_str()).or_default().push(j);
    }
    let mut last: Option<(usize, usize)> = None;
    for i in 0..old.len() {
        if let Some(j) = o2n[i] {
            last = Some((i, j));
            continue;
        }
        let Some(list) = by_text.get_mut(po[i].norm.as_str()) else { continue };
        if list.is_empty() {
            continue;
        }
        let expected = last.map_or(i, |(i0, j0)| j0 + (i - i0));
        let k = list.partition_point(|&j| j < expected);
        let pick = match (k.checked_sub(1), list.get(k)) {
            (Some(p), Some(&q)) => {
                if expected - list[p] <= q - expected {
                    p
                } else {
                    k
                }
            }
            (Some(p), None) => p,
            (None, _) => k,
        };
        let j = list.remove(pick);
        o2n[i] = Some(j);
        n2o[j] = Some(i);
        sim[i] = 1.0;
        last = Some((i, j));
    }
    // 3. The matcher on indexed candidates, in two rounds: the second uses the
    //    pairs of the first as anchors for claims whose words are all common.
    for _round in 0..2 {
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
            let expected = anchors_before[i].map_or(i, |(i0, j0)| j0 + (i - i0));
            near.extend((expected.saturating_sub(2)..(expected + 3).min(new.len())).filter(|&j| n2o[j].is_none()));
            if let Some((i1, j1)) = anchors_after[i] {
                let e = j1.saturating_sub(i1 - i);
                near.extend((e.saturating_sub(2)..(e + 3).min(new.len())).filter(|&j| n2o[j].is_none()));
            }
            near.sort_unstable();
            near.dedup();
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
    }
    // 3b. A claim whose words stand almost all in a claim near where the
    //     aligned claims around it say it should be (a sentence that grew a
    //     clause, or lost one) is that claim, however low their similarity.
    let anchors_before = anchors(&o2n, false);
    for i in 0..old.len() {
        if o2n[i].is_some() || po[i].bag_len < MIN_CONTAINED {
            continue;
        }
        let expected = anchors_before[i].map_or(i, |(i0, j0)| j0 + (i - i0));
        let best = (expected.saturating_sub(3)..(expected + 4).min(new.len()))
            .filter(|&j| n2o[j].is_none() && pn[j].bag_len >= MIN_CONTAINED)
            .filter(|&j| containment(&po[i], &pn[j]).max(containment(&pn[j], &po[i])) >= CONTAINED)
            .max_by(|&x, &y| bag_dice(&po[i], &pn[x]).total_cmp(&bag_dice(&po[i], &pn[y])));
        if let Some(j) = best {
            o2n[i] = Some(j);
            n2o[j] = Some(i);
            sim[i] = similarity(&po[i], &pn[j]);
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
        // The next unit, or the one after it when the one between has no partner either.
        let gap_before = j.checked_sub(2).filter(|_| group_of_new[j - 1].is_none());
        let gap_after = Some(j + 2).filter(|&m| m < new.len() && group_of_new[j + 1].is_none());
        for m in [j.checked_sub(1), Some(j + 1), gap_before, gap_after].into_iter().flatten().filter(|&m| m < new.len())
        {
            let Some(g) = group_of_new[m] else { continue };
            if groups[g].olds.len() > 1 {
                continue;
            }
            let o = groups[g].olds[0];
            let first = groups[g].news[0];
            // (Claims of one sentence may share words, `X said A, adding B` spans the first report too:
            // a unit whose span overlaps its neighbour's was cut from the same old text.)
            let overlapping = crosses(new[j].claim.span, new[first].claim.span);
            if containment(&pn[j], &po[o]) >= 0.6
                && (overlapping || dice2(&po[o], &pn[first], &pn[j]) > bag_dice(&po[o], &pn[first]))
            {
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
        let gap_before = i.checked_sub(2).filter(|_| group_of_old[i - 1].is_none());
        let gap_after = Some(i + 2).filter(|&m| m < old.len() && group_of_old[i + 1].is_none());
        for m in [i.checked_sub(1), Some(i + 1), gap_before, gap_after].into_iter().flatten().filter(|&m| m < old.len())
        {
            let Some(g) = group_of_old[m] else { continue };
            if groups[g].news.len() > 1 {
                continue;
            }
            let n = groups[g].news[0];
            let first = groups[g].olds[0];
            let overlapping = crosses(old[i].claim.span, old[first].claim.span);
            if containment(&po[i], &pn[n]) >= 0.6
                && (overlapping || dice2(&pn[n], &po[first], &po[i]) > bag_dice(&pn[n], &po[first]))
            {
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

/// Do two spans overlap with neither inside the other (`X said A, adding B` and `X said A`)?
pub(crate) fn crosses(a: claims_model::Span, b: claims_model::Span) -> bool {
    a.overlaps(&b) && !a.contains(&b) && !b.contains(&a)
}

/// For each old unit, the nearest aligned old unit before it (or after it,
/// with `after`) and its new partner.
fn anchors(o2n: &[Option<usize>], after: bool) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None; o2n.len()];
    let mut last = None;
    let idx: Box<dyn Iterator<Item = usize>> =
        if after { Box::new((0..o2n.len()).rev()) } else { Box::new(0..o2n.len()) };
    for i in idx {
        out[i] = last;
        if let Some(j) = o2n[i] {
            last = Some((i, j));
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

    fn unit(text: &str, start: usize) -> Unit {
        use claims_model::{Claim, Span};
        let claim = Claim { checkworthy: 0.5, ..Claim::assertion(text, Span::new(start, start + text.len())) };
        Unit { claim, residual: false }
    }

    #[test]
    fn a_sentence_that_took_in_its_neighbour_across_a_dropped_one_is_a_merge() {
        let old = [
            unit("The river burst its banks near the old mill on Monday", 0),
            unit("The peninsula which has largely been cut off from the outside world", 60),
            unit("Even communications are near impossible", 130),
            unit("Tens of thousands have fled their homes", 170),
            unit("Aid agencies asked for access to the camps", 210),
        ];
        let new = [
            unit("The river burst its banks near the old mill on Monday", 0),
            unit(
                "The peninsula, which has largely been cut off from the outside world, has seen tens of thousands flee their homes",
                60,
            ),
            unit("Aid agencies asked for access to the camps", 180),
        ];
        let a = align(&old, &new);
        assert!(a.groups.iter().any(|g| g.olds == [1, 3] && g.news == [1]), "{a:?}");
        assert_eq!(a.removed, [2]);
        assert!(a.added.is_empty());
    }

    #[test]
    fn lis_marks_the_moved_block() {
        assert_eq!(longest_increasing(&[0, 1, 5, 6, 2, 3, 4]), [true, true, false, false, true, true, true]);
        assert_eq!(longest_increasing(&[]), Vec::<bool>::new());
    }
}
