//! Corroboration tests on claims built directly.

use std::cell::Cell;

use claims_model::{Attribution, AttributionType, Certainty, ClaimKind, Span, SpannedText, Speaker};

use super::*;

/// A claim with a statement, a speaker source (None: the publisher), a certainty and polarity.
fn claim(id: &str, statement: &str, source: Option<&str>, certainty: Certainty, negated: bool) -> Claim {
    // Each claim stands in its own place of the article.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let at = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) * 1000;
    let span = Span::new(at, at + statement.len());
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
fn always_same(a: &Features, b: &Features) -> Comparison {
    Comparison { relation: Some(Relation::Same), score: 1.0, ..compare_features(a, b) }
}

fn run_with(cs: &mut [Claim], cmp: impl Fn(&Features, &Features) -> Comparison) {
    let feats: Vec<Vec<Features>> = cs.iter().map(|c| vec![features(c)]).collect();
    corroborate_with(cs, &feats, cmp);
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
    assert_eq!(cs[0].corroborations[0].score, 1.0);
}

#[test]
fn same_source_never_corroborates_itself() {
    let mut cs = vec![
        asserted("c-1", "Putin visited Kazakhstan on Thursday", Some("post")),
        asserted("c-2", "Putin visited Kazakhstan on Thursday", Some("post")),
        asserted("c-3", "Tokayev praised the partnership", None),
        asserted("c-4", "Tokayev praised the partnership", None),
    ];
    run_with(&mut cs, always_same);
    assert!(cs.iter().all(|c| c.corroborations.is_empty()));
}

#[test]
fn overlapping_claims_are_one_report() {
    let mut a = asserted("c-1", "Analysts said Moscow still regards the region as its backyard", Some("analysts"));
    let mut b = asserted("c-2", "Moscow still regards the region as its backyard", Some("other"));
    a.span = Span::new(0, 60);
    b.span = Span::new(14, 60);
    let mut c = asserted("c-3", "Moscow still regards the region as its backyard", None);
    c.span = Span::new(100, 150);
    let mut cs = vec![a, b, c];
    run_with(&mut cs, always_same);
    assert_eq!(linked(&cs, 0, 1), None);
    assert_eq!(linked(&cs, 1, 2), Some(Relation::Same));
}

/// Prints how long corroboration takes on large articles (run with `--ignored --nocapture`).
#[test]
#[ignore = "measurement"]
fn corroboration_time() {
    let topics = ["Kazakhstan", "Uzbekistan", "Tashkent", "Astana", "Pakistan", "Turkey", "Iran", "Russia"];
    let verbs = ["visited", "signed a deal with", "criticised", "praised", "sent troops to", "traded with"];
    for n in [5_000, 10_000, 20_000] {
        // Every project is named by 10 claims: the work per claim stays the same as n grows.
        let mut cs: Vec<Claim> = (0..n)
            .map(|i| {
                let st = format!(
                    "{} {} {} on day {} with Project{}",
                    topics[i % 8],
                    verbs[i % 6],
                    topics[(i / 8) % 8],
                    i % 31,
                    i % (n / 10)
                );
                asserted(&format!("c-{i}"), &st, Some(&format!("s{}", i % 7)))
            })
            .collect();
        let t = std::time::Instant::now();
        corroborate(&mut cs);
        let links: usize = cs.iter().map(|c| c.corroborations.len()).sum();
        println!("{n} claims: {links} link ends in {:?}", t.elapsed());
    }
}

#[test]
fn only_candidates_sharing_content_words_are_compared() {
    let calls = Cell::new(0);
    let counting = |a: &Features, b: &Features| {
        calls.set(calls.get() + 1);
        always_same(a, b)
    };
    let mut cs = vec![
        asserted("c-1", "Putin visited Kazakhstan", None),
        asserted("c-2", "Erdogan arrived in Uzbekistan", Some("a")),
        asserted("c-3", "The summit was held in Tashkent", Some("b")),
        // Shares one plain word (`visit`) with c-1: too little.
        asserted("c-4", "It was the first visit of the year", Some("c")),
        // Shares names and a stemmed word with c-1.
        asserted("c-5", "While Putin visits Kazakhstan, talks go on", Some("d")),
    ];
    run_with(&mut cs, counting);
    assert_eq!(calls.get(), 1);
    assert_eq!(linked(&cs, 0, 4), Some(Relation::Same));
    assert_eq!(linked(&cs, 0, 3), None);
}

#[test]
fn very_common_words_do_not_make_candidates() {
    let calls = Cell::new(0);
    let counting = |a: &Features, b: &Features| {
        calls.set(calls.get() + 1);
        always_same(a, b)
    };
    // Every claim names Kazakhstan and Astana, nothing else in common.
    let mut cs: Vec<Claim> = (0..1000)
        .map(|i| asserted(&format!("c-{i}"), &format!("Kazakhstan Astana item{i} thing{i}"), Some(&format!("s{i}"))))
        .collect();
    run_with(&mut cs, counting);
    assert_eq!(calls.get(), 0);
}

// Pairs judged by the shared matcher.

#[test]
fn same_event_in_other_words() {
    let mut cs = vec![
        asserted("c-1", "Russian President Vladimir Putin visited Kazakhstan on Thursday", None),
        asserted("c-2", "On Thursday, Putin paid a visit to Kazakhstan", Some("post")),
    ];
    corroborate(&mut cs);
    assert_eq!(linked(&cs, 0, 1), Some(Relation::Same));
}

#[test]
fn planned_then_asserted_updates() {
    let mut cs = vec![
        asserted("c-1", "Russian President Vladimir Putin visited Kazakhstan on Thursday", None),
        claim(
            "c-2",
            "Russian President Vladimir #Putin is set to visit Kazakhstan",
            Some("post"),
            Certainty::Planned,
            false,
        ),
        claim("c-3", "Erdogan and Raisi are expected in Uzbekistan", Some("post2"), Certainty::Expected, false),
    ];
    corroborate(&mut cs);
    assert_eq!(linked(&cs, 0, 1), Some(Relation::Updates));
    assert_eq!(linked(&cs, 0, 2), None);
}

#[test]
fn same_words_other_event_do_not_match() {
    let mut cs = vec![
        asserted("c-1", "Putin visited Kazakhstan on Thursday", None),
        asserted("c-2", "Putin visited China in May to discuss gas", Some("post")),
    ];
    corroborate(&mut cs);
    assert_eq!(linked(&cs, 0, 1), None);
}

#[test]
fn a_changed_number_contradicts() {
    let mut cs = vec![
        asserted("c-1", "Twelve people were killed in the blast in Tashkent", None),
        asserted("c-2", "15 people were killed in the blast in Tashkent", Some("post")),
        asserted("c-3", "12 people were killed in the blast in Tashkent on Thursday", Some("x")),
    ];
    corroborate(&mut cs);
    assert_eq!(linked(&cs, 0, 1), Some(Relation::Contradicts));
    assert_eq!(linked(&cs, 0, 2), Some(Relation::Same), "an extra detail is no contradiction");
    assert_eq!(linked(&cs, 1, 2), Some(Relation::Contradicts));
}

#[test]
fn an_added_negation_contradicts() {
    let mut cs = vec![
        asserted("c-1", "The war between Israel and Hamas was on the agenda of the summit", None),
        claim(
            "c-2",
            "The war between Israel and Hamas was not on the agenda of the summit",
            Some("x"),
            Certainty::Asserted,
            true,
        ),
    ];
    corroborate(&mut cs);
    assert_eq!(linked(&cs, 0, 1), Some(Relation::Contradicts));
}

#[test]
fn clauses_of_joined_statements() {
    assert_eq!(
        clauses("While Putin visits Kazakhstan, Raisi, Erdogan, and Kakar are set to attend a summit"),
        ["Putin visits Kazakhstan", "Raisi, Erdogan, and Kakar are set to attend a summit"]
    );
    assert_eq!(
        clauses("Putin visited Kazakhstan on Thursday, while Erdogan and Raisi were expected in Uzbekistan"),
        ["Putin visited Kazakhstan on Thursday", "Erdogan and Raisi were expected in Uzbekistan"]
    );
    assert_eq!(clauses("Prices rose; wages fell sharply"), ["Prices rose", "wages fell sharply"]);
    assert!(clauses("Leaders from Pakistan, Turkey, and Iran are making a push").is_empty());
    assert!(clauses("While visiting").is_empty());
    assert!(clauses("").is_empty());
    assert!(clauses("Ünïcode while ünïcode").is_empty());
}

/// The seed article's case: the body reports a visit that the two posts announced.
#[test]
fn seed_body_and_posts_find_each_other() {
    let hedge = |c: &mut Claim, h: &str| c.hedges.push(SpannedText { text: h.into(), span: Span::new(0, h.len()) });
    let mut body = claim(
        "c-body",
        "Russian President Vladimir Putin visited Kazakhstan on Thursday, while Turkish leader Recep Tayyip Erdogan and his Iranian counterpart Ebrahim Raisi were expected in Uzbekistan",
        None,
        Certainty::Expected,
        false,
    );
    hedge(&mut body, "were expected");
    let mut post1 = claim(
        "c-post1",
        "Russian President Vladimir Putin is set to visit Kazakhstan, while Turkish leader Recep Tayyip Erdogan and his Iranian counterpart Ebrahim Raisi are expected in Uzbekistan, amid renewed diplomatic interest in the region",
        Some("alarabiya"),
        Certainty::Planned,
        false,
    );
    hedge(&mut post1, "is set to");
    let mut post2 = claim(
        "c-post2",
        "While Putin visits Kazakhstan, Raisi, Erdogan, and Kakar are set to attend a regional economic summit in Uzbekistan",
        Some("topx"),
        Certainty::Planned,
        false,
    );
    hedge(&mut post2, "are set to");
    let unrelated = asserted("c-other", "The war between Israel and Hamas was not on the agenda of the summit", None);
    let mut cs = vec![body, post1, post2, unrelated];
    corroborate(&mut cs);
    assert!(linked(&cs, 0, 1).is_some(), "{:?}", cs[0].corroborations);
    assert!(linked(&cs, 0, 2).is_some(), "{:?}", cs[0].corroborations);
    assert!(linked(&cs, 1, 2).is_some(), "{:?}", cs[1].corroborations);
    assert_eq!(linked(&cs, 0, 3), None);
    // Post 2 says Putin visits Kazakhstan; the body that he visited it: both asserted.
    assert_eq!(linked(&cs, 0, 2), Some(Relation::Same), "`visits` and `visited`, both asserted");
}

/// The same case with clauses already split into claims (as the statement stage does).
#[test]
fn seed_clause_claims_updates() {
    let mut cs = vec![
        asserted("c-1", "Russian President Vladimir Putin visited Kazakhstan on Thursday", None),
        claim(
            "c-2",
            "Russian President Vladimir Putin is set to visit Kazakhstan",
            Some("alarabiya"),
            Certainty::Planned,
            false,
        ),
        asserted("c-3", "Putin visits Kazakhstan", Some("topx")),
    ];
    corroborate(&mut cs);
    assert_eq!(linked(&cs, 0, 1), Some(Relation::Updates));
    assert_eq!(linked(&cs, 0, 2), Some(Relation::Same));
    assert_eq!(linked(&cs, 1, 2), Some(Relation::Updates));
}

#[test]
fn stems_are_numbered_once_each() {
    let words = [
        "a",
        "a\u{0}",
        "visit",
        "kazakhstan",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
        "abcdefghijklmnopr",
        "internationalisation",
        "internationalisatio",
        "",
        "é",
        "visit",
    ];
    let mut stems = Stems::default();
    let mut seen: Vec<(String, usize)> = Vec::new();
    // Enough rounds of new words to make the table grow.
    for round in 0..200 {
        for w in words {
            let w2 = format!("{w}{round}");
            for w in [w.to_string(), w2] {
                let id = stems.id(&w);
                assert_eq!(stems.id(&w), id, "{w:?}");
                match seen.iter().find(|(s, _)| *s == w) {
                    Some(&(_, known)) => assert_eq!(id, known, "{w:?}"),
                    None => {
                        assert_eq!(id, seen.len(), "{w:?}: numbered in order");
                        seen.push((w, id));
                    }
                }
            }
        }
    }
    assert_eq!(stems.len(), seen.len());
}

/// The stems and weights [`each_content_word`] gives each statement, and those
/// [`content_word_ids`] gives through one cache kept over two "articles" (as
/// the stem numbers of each article, read back as stems).
#[test]
fn cached_word_reading_agrees_with_each_content_word() {
    let articles: [&[&str]; 2] = [
        &[
            "Ministers set to visit Kazakhstan's capital",
            "The PM is due to sign it, not Putin's aides",
            "UN said 1,500",
        ],
        &["Aides set out the plans of the U.N.", "Putin's aides visited Astana’s mayor", "AID ARRIVES IN GAZA"],
    ];
    let mut cache = WordCache::default();
    let mut bufs = Folds::default();
    for statements in articles {
        cache.begin_article();
        let mut names: Vec<String> = Vec::new();
        for st in statements {
            let toks = crate::words::tokens(st);
            let entity_words = EntityWords(String::new(), Vec::new());
            let mut want = Vec::new();
            each_content_word(&toks, &entity_words, &[], &mut Folds::default(), |s, w| want.push((s.to_string(), w)));
            let mut got = Vec::new();
            content_word_ids(&toks, &entity_words, &[], &mut cache, &mut bufs, |id, w| {
                got.push((id, w));
            });
            // Stem numbers are given in order of first sight: read them back as stems.
            for (s, _) in &want {
                if !names.contains(s) {
                    names.push(s.clone());
                }
            }
            let got: Vec<(String, f64)> = got.into_iter().map(|(id, w)| (names[id].clone(), w)).collect();
            assert_eq!(got, want, "{st}");
        }
    }
}
