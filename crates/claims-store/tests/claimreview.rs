//! The ClaimReview export uses only schema.org properties of each type and round-trips through serde.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use claims_model::{
    ids, Article, Attribution, AttributionType, Certainty, Claim, ClaimKind, Extraction, Source, SourceKind, Span,
    SpannedText, Speaker,
};
use claims_store::claimreview::{claim_reviews, ClaimReview};
use claims_store::{Rating, Store, Verdict};
use serde_json::Value;

/// schema.org properties (https://schema.org/<Type>, including inherited ones) that the export may use.
fn schema_org() -> BTreeMap<&'static str, Vec<&'static str>> {
    let thing = ["@type", "name", "alternateName", "url", "identifier", "description"];
    let creative_work = ["author", "datePublished", "publisher", "text", "headline"];
    let mut m = BTreeMap::new();
    let with = |extra: &[&'static str], base: &[&'static str]| base.iter().chain(extra).copied().collect::<Vec<_>>();
    m.insert(
        "ClaimReview",
        with(
            &["@context", "claimReviewed", "reviewRating", "itemReviewed", "reviewBody"],
            &with(&creative_work, &thing),
        ),
    );
    m.insert("Rating", with(&["ratingValue", "bestRating", "worstRating", "ratingExplanation", "author"], &thing));
    m.insert("Claim", with(&["appearance", "firstAppearance", "claimInterpreter"], &with(&creative_work, &thing)));
    m.insert("CreativeWork", with(&creative_work, &thing));
    m.insert("Person", with(&["jobTitle"], &thing));
    m.insert("Organization", thing.to_vec());
    m
}

fn check_fields(v: &Value, types: &BTreeMap<&str, Vec<&str>>, path: &str) {
    match v {
        Value::Object(o) => {
            let t = o.get("@type").and_then(Value::as_str).unwrap_or_else(|| panic!("{path} has no @type"));
            let allowed = types.get(t).unwrap_or_else(|| panic!("{path}: {t} is not a type the export may use"));
            for (k, child) in o {
                assert!(allowed.contains(&k.as_str()), "{path}: {k} is not a schema.org property of {t}");
                check_fields(child, types, &format!("{path}.{k}"));
            }
        }
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| check_fields(x, types, &format!("{path}[{i}]"))),
        _ => {}
    }
}

fn tracked_store(dir: &std::path::Path) -> (Store, Claim, Claim) {
    let person = Source {
        id: ids::source_id("person", "Anna Keller", None),
        kind: SourceKind::Person,
        name: "Anna Keller".into(),
        handle: None,
        url: None,
        date: None,
        role: Some("Mayor".into()),
        mentions: vec![],
        urls: vec![],
    };
    let quote = Claim {
        id: ids::claim_id("the barrier will protect 12,000 homes", Some("Anna Keller")),
        statement: "the barrier will protect 12,000 homes".into(),
        text: "\"This barrier will protect 12,000 homes,\" Mayor Anna Keller said.".into(),
        span: Span::new(0, 10),
        sentence: 0,
        kind: ClaimKind::DirectQuote,
        attribution: Some(Attribution {
            speaker: Some(Speaker {
                name: "Anna Keller".into(),
                text: "Anna Keller".into(),
                span: Span::new(0, 1),
                source: Some(person.id.clone()),
            }),
            cue: Some(SpannedText { text: "said".into(), span: Span::new(1, 2) }),
            content: SpannedText { text: "This barrier will protect 12,000 homes".into(), span: Span::new(2, 3) },
            content_parts: vec![],
            direct: true,
            kind: AttributionType::Speech,
        }),
        certainty: Certainty::Planned,
        hedges: vec![],
        negated: false,
        time: None,
        entities: vec![],
        sources: vec![person.id.clone()],
        checkworthy: 0.9,
        corroborations: vec![],
    };
    let own = Claim {
        id: ids::claim_id("the barrier cost 48 million euros", None),
        statement: "the barrier cost 48 million euros".into(),
        text: "The barrier cost 48 million euros.".into(),
        attribution: None,
        kind: ClaimKind::Assertion,
        sources: vec![],
        ..quote.clone()
    };
    let ext = Extraction {
        article: Article {
            id: ids::article_id("text"),
            published: NaiveDate::from_ymd_opt(2024, 3, 14),
            outlet: Some("Ostvik Post".into()),
            url: Some("https://example.org/barrier".into()),
            dateline: None,
            headline: None,
            author: None,
            modified: None,
        },
        sentences: vec![],
        sources: vec![person],
        claims: vec![quote.clone(), own.clone()],
        text: None,
    };
    let store = Store::new(dir);
    store.track("flood", "text", &ext, "2024-03-14T10:00:00Z".parse().unwrap()).unwrap();
    (store, quote, own)
}

#[test]
fn export_uses_schema_org_fields_and_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let (store, quote, own) = tracked_store(dir.path());
    let date = NaiveDate::from_ymd_opt(2024, 3, 19).unwrap();
    for (id, rating) in [(&quote.id, Rating::False), (&quote.id, Rating::Unverifiable), (&own.id, Rating::MostlyTrue)] {
        let v = Verdict {
            rating,
            reviewer: Some("Fact Desk".into()),
            url: Some("https://example.org/fc/1".into()),
            date,
            note: Some("note".into()),
        };
        store.verdict(id, v).unwrap();
    }
    let reviews = claim_reviews(&store.reviewed(None).unwrap());
    assert_eq!(reviews.len(), 3, "one review per verdict");
    let json = serde_json::to_value(&reviews).unwrap();
    let types = schema_org();
    for r in json.as_array().unwrap() {
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        for key in ["claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished", "url"] {
            assert!(!r[key].is_null(), "{key} is set");
        }
        for key in ["bestRating", "worstRating", "alternateName"] {
            assert!(!r["reviewRating"][key].is_null(), "reviewRating.{key} is set");
        }
        assert_eq!(r["itemReviewed"]["@type"], "Claim");
        assert_eq!(r["itemReviewed"]["firstAppearance"]["url"], "https://example.org/barrier");
        assert_eq!(r["itemReviewed"]["appearance"][0]["datePublished"], "2024-03-14");
        check_fields(r, &types, "review");
    }
    let by_rating: Vec<(Value, Value, Value)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["reviewRating"]["alternateName"].clone(),
                r["reviewRating"]["ratingValue"].clone(),
                r["itemReviewed"]["author"].clone(),
            )
        })
        .collect();
    let quote_first = quote.id < own.id;
    let (q, o) = if quote_first { (&by_rating[..2], &by_rating[2]) } else { (&by_rating[1..], &by_rating[0]) };
    assert_eq!(q[0].0, "False");
    assert_eq!(q[0].1, 1);
    assert_eq!(q[1].0, "Unverifiable");
    assert!(q[1].1.is_null(), "unverifiable has no place on the scale");
    assert_eq!(q[0].2["@type"], "Person");
    assert_eq!(q[0].2["name"], "Anna Keller");
    assert_eq!(o.1, 4);
    assert_eq!(o.2["@type"], "Organization", "the publisher's own assertion is the outlet's");
    assert_eq!(o.2["name"], "Ostvik Post");

    let text = serde_json::to_string_pretty(&reviews).unwrap();
    let back: Vec<ClaimReview> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, reviews);
}
