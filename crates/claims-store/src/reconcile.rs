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
