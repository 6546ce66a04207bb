//! Turns a diff report into one step per claim, checked against the two extractions.
//!
//! The ledger does not trust the diff blindly: every claim of the new version
//! gets exactly one step and every claim of the old version that is gone gets a
//! `removed` step, whatever the diff reports (it may leave claims out, or pair
//! a claim with another when the same id is still present). Pairs that keep
//! the id always win; pairs with the diff's kinds and explanation come next;
//! a claim present in both versions but not reported by the diff is compared
//! field by field.

use std::collections::{HashMap, HashSet};

use claims_model::{ChangeKind, ChangeType, Claim, DiffReport, Extraction};

/// What happened to one claim in a new version.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<'a> {
    /// New in this version.
    Added(&'a Claim),
    /// Present before and now, the same.
    Unchanged(&'a Claim),
    /// Present before (as `old`) and now (as `new`), changed.
    Modified {
        /// The claim in the previous version.
        old: &'a Claim,
        /// The claim in this version.
        new: &'a Claim,
        /// What changed.
        kinds: Vec<ChangeKind>,
        /// False for cosmetic edits.
        substantive: bool,
        /// The diff's explanation.
        explanation: Option<String>,
    },
    /// In the previous version, gone from this one.
    Removed(&'a Claim),
}

fn first_by_id(claims: &[Claim]) -> (Vec<&Claim>, HashMap<&str, &Claim>) {
    let mut map = HashMap::new();
    let mut order = Vec::new();
    for c in claims {
        if !map.contains_key(c.id.as_str()) {
            map.insert(c.id.as_str(), c);
            order.push(c);
        }
    }
    (order, map)
}

/// The kinds of change between two claims with the same id, when the diff did not say.
pub fn compare(old: &Claim, new: &Claim) -> Vec<ChangeKind> {
    let speaker = |c: &Claim| c.attribution.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.name.clone());
    let cue = |c: &Claim| c.attribution.as_ref().and_then(|a| a.cue.as_ref()).map(|s| s.text.clone());
    let mut kinds = Vec::new();
    if old.negated != new.negated {
        kinds.push(ChangeKind::Negation);
    }
    if speaker(old) != speaker(new) || cue(old) != cue(new) || old.kind != new.kind {
        kinds.push(ChangeKind::Attribution);
    }
    if old.certainty != new.certainty {
        kinds.push(ChangeKind::Certainty);
    }
    if old.time.as_ref().and_then(|t| t.date) != new.time.as_ref().and_then(|t| t.date) {
        kinds.push(ChangeKind::Date);
    }
    let mut os = old.sources.clone();
    let mut ns = new.sources.clone();
    os.sort();
    ns.sort();
    if os != ns {
        kinds.push(ChangeKind::Source);
    }
    if old.text != new.text || old.statement != new.statement {
        kinds.push(ChangeKind::Wording);
    }
    kinds
}

/// One step per claim: new claims in text order, then removed claims in their old order.
pub fn reconcile<'a>(old: Option<&'a Extraction>, new: &'a Extraction, report: Option<&DiffReport>) -> Vec<Step<'a>> {
    let empty: &[Claim] = &[];
    let (old_order, old_map) = first_by_id(old.map(|e| e.claims.as_slice()).unwrap_or(empty));
    let (new_order, new_map) = first_by_id(&new.claims);

    // new id → (old claim, kinds, substantive, explanation, diff said unchanged)
    type Pair<'b> = (&'b Claim, Vec<ChangeKind>, bool, Option<String>, bool);
    let mut pairs: HashMap<&str, Pair<'a>> = HashMap::new();
    let mut used_old: HashSet<&str> = HashSet::new();
    for ch in report.map(|r| r.changes.as_slice()).unwrap_or(&[]) {
        if !matches!(ch.change, ChangeType::Modified | ChangeType::Unchanged) {
            continue;
        }
        let (Some(o), Some(n)) = (&ch.old, &ch.new) else { continue };
        let (Some(&oc), Some(&nc)) = (old_map.get(o.id.as_str()), new_map.get(n.id.as_str())) else { continue };
        let (oid, nid) = (oc.id.as_str(), nc.id.as_str());
        if used_old.contains(oid) || pairs.contains_key(nid) {
            continue;
        }
        // A claim whose id is still there keeps its own history.
        if oid != nid && (new_map.contains_key(oid) || old_map.contains_key(nid)) {
            continue;
        }
        used_old.insert(oid);
        let explanation = Some(ch.explanation.clone()).filter(|e| !e.trim().is_empty());
        pairs.insert(nid, (oc, ch.kinds.clone(), ch.substantive, explanation, ch.change == ChangeType::Unchanged));
    }

    let mut steps = Vec::with_capacity(new_order.len());
    for n in new_order {
        let id = n.id.as_str();
        if let Some((o, kinds, substantive, explanation, same)) = pairs.remove(id) {
            if same && o.id == n.id {
                steps.push(Step::Unchanged(n));
            } else {
                steps.push(Step::Modified { old: o, new: n, kinds, substantive, explanation });
            }
        } else if let Some(&o) = old_map.get(id).filter(|_| !used_old.contains(id)) {
            used_old.insert(id);
            let kinds = compare(o, n);
            if kinds.is_empty() {
                steps.push(Step::Unchanged(n));
            } else {
                let substantive = kinds.iter().any(|k| *k != ChangeKind::Wording) || o.statement != n.statement;
                steps.push(Step::Modified { old: o, new: n, kinds, substantive, explanation: None });
            }
        } else {
            steps.push(Step::Added(n));
        }
    }
    for o in old_order {
        if !used_old.contains(o.id.as_str()) && !new_map.contains_key(o.id.as_str()) {
            steps.push(Step::Removed(o));
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use claims_model::{Article, Certainty, Change, DocRef, Span, Summary};

    use super::*;

    fn claim(id: &str, statement: &str, certainty: Certainty) -> Claim {
        Claim { id: id.into(), certainty, ..Claim::assertion(statement, Span::new(0, statement.len())) }
    }

    fn ext(claims: Vec<Claim>) -> Extraction {
        Extraction {
            article: Article {
                id: "a-0".into(),
                published: None,
                outlet: None,
                url: None,
                dateline: None,
                headline: None,
                author: None,
                modified: None,
            },
            sentences: vec![],
            sources: vec![],
            claims,
            text: None,
        }
    }

    fn modified(old: &Claim, new: &Claim) -> Change {
        Change {
            change: ChangeType::Modified,
            kinds: vec![ChangeKind::Certainty],
            substantive: true,
            old: Some(old.clone()),
            new: Some(new.clone()),
            similarity: 0.8,
            explanation: "certainty: planned → asserted".into(),
            word_diff: vec![],
        }
    }

    fn report(changes: Vec<Change>) -> DiffReport {
        let d = DocRef { id: "a-0".into(), published: None };
        DiffReport { old: d.clone(), new: d, changes, sources: Default::default(), summary: Summary::default() }
    }

    fn names(steps: &[Step<'_>]) -> Vec<String> {
        steps
            .iter()
            .map(|s| match s {
                Step::Added(c) => format!("+{}", c.id),
                Step::Unchanged(c) => format!("={}", c.id),
                Step::Removed(c) => format!("-{}", c.id),
                Step::Modified { old, new, .. } => format!("~{}>{}", old.id, new.id),
            })
            .collect()
    }

    #[test]
    fn without_a_diff_claims_are_matched_by_id() {
        let old = ext(vec![claim("c-1", "a", Certainty::Planned), claim("c-2", "b", Certainty::Asserted)]);
        let new = ext(vec![claim("c-1", "a", Certainty::Asserted), claim("c-3", "c", Certainty::Asserted)]);
        let steps = reconcile(Some(&old), &new, None);
        assert_eq!(names(&steps), ["~c-1>c-1", "+c-3", "-c-2"]);
        let Step::Modified { kinds, .. } = &steps[0] else { unreachable!() };
        assert_eq!(kinds, &[ChangeKind::Certainty]);
        assert_eq!(names(&reconcile(None, &new, None)), ["+c-1", "+c-3"]);
    }

    #[test]
    fn the_diff_pairs_reworded_claims_but_never_steals_a_kept_id() {
        let a = claim("c-1", "set to open", Certainty::Planned);
        let b = claim("c-2", "cost 48", Certainty::Asserted);
        let a2 = claim("c-4", "opened", Certainty::Asserted);
        let old = ext(vec![a.clone(), b.clone()]);
        let new = ext(vec![a2.clone(), b.clone()]);
        // A good pair, and a bad one that would take c-2 although c-2 is still there.
        let r = report(vec![modified(&a, &a2), modified(&b, &a2)]);
        let steps = reconcile(Some(&old), &new, Some(&r));
        assert_eq!(names(&steps), ["~c-1>c-4", "=c-2"]);
        let Step::Modified { explanation, .. } = &steps[0] else { unreachable!() };
        assert_eq!(explanation.as_deref(), Some("certainty: planned → asserted"));
        let bad = report(vec![modified(&b, &a2)]);
        assert_eq!(names(&reconcile(Some(&old), &new, Some(&bad))), ["+c-4", "=c-2", "-c-1"]);
    }

    #[test]
    fn duplicate_ids_count_once() {
        let old = ext(vec![]);
        let new = ext(vec![claim("c-1", "a", Certainty::Asserted), claim("c-1", "a", Certainty::Asserted)]);
        assert_eq!(names(&reconcile(Some(&old), &new, None)), ["+c-1"]);
    }
}
