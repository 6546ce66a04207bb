//! Corroboration tests on claims built directly.

use std::cell::Cell;

use claims_model::{Attribution, AttributionType, ClaimKind, Entity, EntityKind, Span, SpannedText, Speaker};

use super::*;

/// A claim with a statement, a speaker source (None: the publisher), a certainty and polarity.
fn claim(id: &str, statement: &str, source: Option<&str>, certainty: Certainty, negated: bool) -> Claim {
    let span = Span::new(0, statement.len());
    Claim {
        id: id.to_string(),
        statement: statement.to_string(),
        text: statement.to_string(),
        span,
        sentence: 0,
        kind: if source.is_some() { ClaimKind::SocialPost } else { ClaimKind::Assertion },
        attribution: source.map(|s| Attribution {
            speaker: Some(Speaker { name: s.to_string(), text: s.to_string(), span, source: Some(format!("src-{s}")) }),
            cue: None,
            content: SpannedText { text: statement.to_string(), span },
            content_parts: Vec::new(),
            direct: true,
            kind: AttributionType::Document,
        }),
        certainty,
        hedges: Vec::new(),
        negated,
        time: None,
        entities: Vec::new(),
        sources: source.map(|s| vec![format!("src-{s}")]).unwrap_or_default(),
        checkworthy: 0.5,
        corroborations: Vec::new(),
    }
}

fn asserted(id: &str, st: &str, src: Option<&str>) -> Claim {
    claim(id, st, src, Certainty::Asserted, false)
}

fn linked(claims: &[Claim], a: usize, b: usize) -> Option<Relation> {
    let ab = claims[a].corroborations.iter().find(|c| c.claim == claims[b].id).map(|c| c.relation);
    let ba = claims[b].corroborations.iter().find(|c| c.claim == claims[a].id).map(|c| c.relation);
    assert_eq!(ab, ba, "links go both ways with the same relation");
    ab
}

/// A test matcher that says every pair it is asked about is the same fact.
fn always_same(_: &Claim, _: &Claim) -> Comparison {
    Comparison { score: 1.0, relation: Some(Relation::Same) }
}

#[test]
fn same_statement_from_different_sources_is_linked_both_ways() {
    let mut cs = vec![
        asserted("c-1", "Putin visited Kazakhstan on Thursday", None),
        asserted("c-2", "Putin visited Kazakhstan on Thursday", Some("post")),
    ];
    corroborate(&mut cs);
    assert_eq!(linked(&cs, 0, 1), Some(Relation::Same));
    assert_eq!(cs[0].corroborations.len(), 1);
    assert!(cs[0].corroborations[0].score >= MIN_SCORE);
}

#[test]
fn same_source_never_corroborates_itself() {
    let mut cs = vec![
        asserted("c-1", "Putin visited Kazakhstan on Thursday", Some("post")),
        asserted("c-2", "Putin visited Kazakhstan on Thursday", Some("post")),
        asserted("c-3", "Tokayev praised the partnership", None),
        asserted("c-4", "Tokayev praised the partnership", None),
    ];
    corroborate_with(&mut cs, always_same);
    assert!(cs.iter().all(|c| c.corroborations.is_empty()));
}

#[test]
fn only_candidates_sharing_content_words_are_compared() {
    let calls = Cell::new(0);
    let counting = |a: &Claim, b: &Claim| {
        calls.set(calls.get() + 1);
        always_same(a, b)
    };
    let mut cs = vec![
        asserted("c-1", "Putin visited Kazakhstan", None),
        asserted("c-2", "Erdogan arrived in Uzbekistan", Some("a")),
        asserted("c-3", "The summit was held in Tashkent", Some("b")),
        // Shares only stop words and one content word with c-1.
        asserted("c-4", "It was the first visit of the year", Some("c")),
        // Shares two stemmed words with c-1 (`visits`, `kazakhstan`).
        asserted("c-5", "While Putin visits Kazakhstan, talks go on", Some("d")),
    ];
    corroborate_with(&mut cs, counting);
    assert_eq!(calls.get(), 1);
    assert_eq!(linked(&cs, 0, 4), Some(Relation::Same));
    assert_eq!(linked(&cs, 0, 3), None);
}

#[test]
fn very_common_words_do_not_make_candidates() {
    let calls = Cell::new(0);
    let counting = |a: &Claim, b: &Claim| {
        calls.set(calls.get() + 1);
        always_same(a, b)
    };
    // Every claim mentions Kazakhstan and the summit, nothing else in common.
    let mut cs: Vec<Claim> = (0..1000)
        .map(|i| asserted(&format!("c-{i}"), &format!("Kazakhstan summit item{i} thing{i}"), Some(&format!("s{i}"))))
        .collect();
    corroborate_with(&mut cs, counting);
    assert_eq!(calls.get(), 0);
}

#[test]
fn entities_count_as_content_words() {
    let mut a = asserted("c-1", "He arrived on Thursday", None);
    let mut b = asserted("c-2", "The president landed", Some("post"));
    for c in [&mut a, &mut b] {
        c.entities.push(Entity {
            name: "Vladimir Putin".into(),
            text: "Putin".into(),
            kind: EntityKind::Person,
            span: Span::new(0, 1),
        });
        c.entities.push(Entity {
            name: "Astana".into(),
            text: "Astana".into(),
            kind: EntityKind::Place,
            span: Span::new(0, 1),
        });
    }
    let mut cs = vec![a, b];
    corroborate_with(&mut cs, always_same);
    assert_eq!(linked(&cs, 0, 1), Some(Relation::Same));
}

#[test]
fn relation_from_claim_fields() {
    let body = asserted("c-1", "Putin visited Kazakhstan on Thursday", None);
    let planned = claim("c-2", "Putin is set to visit Kazakhstan", Some("post"), Certainty::Planned, false);
    let expected =
        claim("c-3", "Erdogan and Raisi are expected in Uzbekistan", Some("post"), Certainty::Expected, false);
    let negated = claim("c-4", "Putin did not visit Kazakhstan on Thursday", Some("x"), Certainty::Asserted, true);
    assert_eq!(relation(&body, &planned, Relation::Same), Relation::Updates);
    assert_eq!(relation(&planned, &body, Relation::Same), Relation::Updates);
    assert_eq!(relation(&expected, &body, Relation::Same), Relation::Updates);
    assert_eq!(relation(&body, &negated, Relation::Same), Relation::Contradicts);
    assert_eq!(relation(&body, &body, Relation::Same), Relation::Same);
    assert_eq!(relation(&planned, &planned, Relation::Same), Relation::Same);
    let twelve = asserted("c-5", "12 people were killed in the blast", None);
    let fifteen = asserted("c-6", "15 people were killed in the blast", Some("x"));
    let more = asserted("c-7", "12 people were killed in the blast on 9 November", Some("x"));
    let thousands = asserted("c-8", "1,200 people fled", Some("x"));
    let thousands2 = asserted("c-9", "1200 people fled", None);
    assert_eq!(relation(&twelve, &fifteen, Relation::Same), Relation::Contradicts);
    assert_eq!(
        relation(&twelve, &more, Relation::Same),
        Relation::Same,
        "a number only one side gives is no contradiction"
    );
    assert_eq!(relation(&thousands, &thousands2, Relation::Same), Relation::Same);
    // The matcher's own contradiction is kept.
    assert_eq!(relation(&body, &body, Relation::Contradicts), Relation::Contradicts);
}

#[test]
fn stems_and_words() {
    assert_eq!(stem("visited"), "visit");
    assert_eq!(stem("visits"), "visit");
    assert_eq!(stem("visiting"), "visit");
    assert_eq!(stem("countries"), "country");
    assert_eq!(stem("press"), "press");
    assert_eq!(stem("gas"), "gas");
    let c = asserted("c", "Russian President Vladimir #Putin is set to visit Kazakhstan", None);
    assert_eq!(content_words(&c), ["kazakhstan", "president", "putin", "russian", "visit", "vladimir"]);
    assert_eq!(numbers("1,200 troops and 3.5% on 9 Nov."), ["1200", "3.5", "9"]);
}

// The pairs below depend on the shared matcher's judgement (`crate::compare`,
// rewritten by the diff work); they run against whatever `compare` is built in.

#[test]
fn same_words_other_event_do_not_match() {
    let mut cs = vec![
        asserted("c-1", "Putin visited Kazakhstan on Thursday", None),
        asserted("c-2", "Putin visited Uzbekistan last year to discuss gas", Some("post")),
    ];
    corroborate(&mut cs);
    assert_eq!(linked(&cs, 0, 1), None);
}
