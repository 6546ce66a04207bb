//! Library tests of the ledger: tracking, history, verdicts, export, check, safety.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use claims_model::{
    ids, Article, Attribution, AttributionType, Certainty, Change, ChangeKind, ChangeType, Claim, ClaimKind,
    DiffReport, DocRef, Extraction, Source, SourceKind, Span, SpannedText, Speaker,
};
use claims_store::{fsio, layout, ChangeRecord, NewVersion, Rating, Store, StoreError, TrackOutcome, Verdict};

fn src(kind: SourceKind, name: &str) -> Source {
    let k = serde_json::to_value(kind).unwrap();
    Source {
        id: ids::source_id(k.as_str().unwrap(), name, None),
        kind,
        name: name.into(),
        handle: None,
        url: None,
        date: None,
        role: None,
        mentions: vec![],
        urls: vec![],
    }
}

fn claim(statement: &str, speaker: Option<&Source>, certainty: Certainty) -> Claim {
    let attribution = speaker.map(|s| Attribution {
        speaker: Some(Speaker {
            name: s.name.clone(),
            text: s.name.clone(),
            span: Span::new(0, 1),
            source: Some(s.id.clone()),
        }),
        cue: Some(SpannedText { text: "said".into(), span: Span::new(1, 2) }),
        content: SpannedText { text: statement.into(), span: Span::new(2, 3) },
        content_parts: vec![],
        direct: false,
        kind: AttributionType::Speech,
    });
    Claim {
        id: ids::claim_id(statement, speaker.map(|s| s.name.as_str())),
        statement: statement.into(),
        text: format!("{statement}."),
        span: Span::new(0, statement.len()),
        sentence: 0,
        kind: if speaker.is_some() { ClaimKind::IndirectQuote } else { ClaimKind::Assertion },
        attribution,
        certainty,
        hedges: vec![],
        negated: false,
        time: None,
        entities: vec![],
        sources: speaker.map(|s| vec![s.id.clone()]).unwrap_or_default(),
        checkworthy: 0.5,
        corroborations: vec![],
    }
}

fn extraction(text: &str, published: &str, claims: Vec<Claim>, sources: Vec<Source>) -> Extraction {
    Extraction {
        article: Article {
            id: ids::article_id(text),
            published: Some(published.parse().unwrap()),
            outlet: Some("Ostvik Post".into()),
            url: Some(format!("https://example.org/{}", ids::article_id(text))),
            dateline: None,
            headline: None,
            author: None,
            modified: None,
        },
        sentences: vec![],
        sources,
        claims,
        text: None,
    }
}

fn at(s: &str) -> DateTime<Utc> {
    format!("{s}T12:00:00Z").parse().unwrap()
}

/// A diff that pairs claims whose statements share their first word (enough to test lineage).
fn first_word_diff(old: &Extraction, new: &Extraction) -> DiffReport {
    let mut changes = Vec::new();
    for n in &new.claims {
        let w = n.statement.split(' ').next();
        if let Some(o) = old.claims.iter().find(|o| o.statement.split(' ').next() == w) {
            let same = o.id == n.id && o.certainty == n.certainty;
            changes.push(Change {
                change: if same { ChangeType::Unchanged } else { ChangeType::Modified },
                kinds: if same { vec![] } else { vec![ChangeKind::Certainty] },
                substantive: !same,
                old: Some(o.clone()),
                new: Some(n.clone()),
                similarity: 0.9,
                explanation: if same { String::new() } else { format!("{:?} → {:?}", o.certainty, n.certainty) },
                word_diff: vec![],
            });
        }
    }
    DiffReport {
        old: DocRef { id: old.article.id.clone(), published: old.article.published },
        new: DocRef { id: new.article.id.clone(), published: new.article.published },
        changes,
        sources: Default::default(),
        summary: Default::default(),
    }
}

struct Story {
    v1: Extraction,
    v2: Extraction,
    keller: Source,
}

fn story() -> Story {
    let keller = src(SourceKind::Person, "Anna Keller");
    let ministry = src(SourceKind::Organization, "transport ministry");
    let v1 = extraction(
        "v1",
        "2024-03-14",
        vec![
            claim("Barrier is set to open on Saturday", None, Certainty::Planned),
            claim("The barrier cost 48 million euros", Some(&ministry), Certainty::Asserted),
            claim("The barrier will protect 12,000 homes", Some(&keller), Certainty::Planned),
        ],
        vec![keller.clone(), ministry.clone()],
    );
    let v2 = extraction(
        "v2",
        "2024-03-16",
        vec![
            claim("Barrier opened on Saturday", None, Certainty::Asserted),
            claim("The barrier cost 48 million euros", Some(&ministry), Certainty::Asserted),
            claim("Holm cut the ribbon", None, Certainty::Asserted),
        ],
        vec![ministry],
    );
    Story { v1, v2, keller }
}

fn track2(store: &Store, s: &Story) -> Vec<TrackOutcome> {
    store
        .track_many_with(
            [
                NewVersion { story: "flood", text: "v1", extraction: &s.v1, recorded: at("2024-03-14") },
                NewVersion { story: "flood", text: "v2", extraction: &s.v2, recorded: at("2024-03-16") },
            ],
            first_word_diff,
        )
        .unwrap()
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            if rel == ".lock" || rel.starts_with(".tmp") {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn tracks_versions_with_history_lineage_and_counts() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("claims"));
    let s = story();
    let out = track2(&store, &s);
    let TrackOutcome::Recorded { version, changes } = &out[1] else { panic!("{out:?}") };
    assert_eq!((version.version, version.added, version.removed, version.modified, version.unchanged), (2, 1, 1, 1, 1));
    assert_eq!(version.claims, 3);
    let kinds: Vec<ChangeType> = changes.iter().map(|c| c.change).collect();
    assert_eq!(kinds, [ChangeType::Modified, ChangeType::Added, ChangeType::Removed]);

    let m = store.log("flood").unwrap();
    assert_eq!(m.versions.len(), 2);
    assert_eq!(m.versions[0].published, NaiveDate::from_ymd_opt(2024, 3, 14));
    assert_eq!(m.versions[1].recorded, at("2024-03-16"));

    // The planned claim became the happened claim: both ids show the whole lineage.
    let planned = &s.v1.claims[0].id;
    let opened = &s.v2.claims[0].id;
    let shown = store.show(opened).unwrap();
    let rows: Vec<(u32, ChangeType, &str)> =
        shown.history.iter().map(|h| (h.version, h.change, h.claim.as_str())).collect();
    assert_eq!(rows, [(1, ChangeType::Added, planned.as_str()), (2, ChangeType::Modified, opened.as_str())]);
    assert_eq!(shown.history[1].from.as_deref(), Some(planned.as_str()));
    assert_eq!(shown.history[1].kinds, [ChangeKind::Certainty]);
    assert_eq!(shown.claim.statement, "Barrier opened on Saturday");
    let old = store.show(planned).unwrap();
    assert_eq!(old.history.len(), 2);
    assert_eq!(old.claim.certainty, Certainty::Planned, "shown as last seen");
    assert_eq!(old.last_seen.version, 1);

    // The unchanged claim was seen in both versions and keeps its source.
    let cost = store.show(&s.v1.claims[1].id).unwrap();
    assert_eq!(cost.history.iter().map(|h| h.change).collect::<Vec<_>>(), [ChangeType::Added, ChangeType::Unchanged]);
    assert_eq!((cost.first_seen.version, cost.last_seen.version), (1, 2));
    assert_eq!(cost.sources.len(), 1);
    assert_eq!(cost.sources[0].name, "transport ministry");

    // The mayor's quote was removed in version 2.
    let quote = store.show(&s.v1.claims[2].id).unwrap();
    assert_eq!(quote.history.last().unwrap().change, ChangeType::Removed);
    assert_eq!(quote.history.last().unwrap().version, 2);

    let changes: Vec<ChangeRecord> = store.changes("flood", 2).unwrap();
    assert_eq!(changes.len(), 3);
}

#[test]
fn sources_registry_counts_distinct_claims_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let s = story();
    track2(&store, &s);
    let rows = store.sources().unwrap();
    assert_eq!(rows.len(), 2);
    let ministry = rows.iter().find(|r| r.name == "transport ministry").unwrap();
    assert_eq!(ministry.claims, 1, "one claim in two versions counts once");
    assert_eq!(ministry.stories, ["flood"]);
    assert_eq!(ministry.first_seen.to_string(), "2024-03-14");
    assert_eq!(ministry.last_seen.to_string(), "2024-03-16");
    let keller = rows.iter().find(|r| r.id == s.keller.id).unwrap();
    assert_eq!(keller.last_seen.to_string(), "2024-03-14");
    let per_story = store.story_sources("flood").unwrap();
    assert_eq!(per_story.len(), 2);
    assert!(matches!(store.story_sources("nope"), Err(StoreError::UnknownStory { .. })));
}

#[test]
fn same_text_again_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let s = story();
    store.track("flood", "v1", &s.v1, at("2024-03-14")).unwrap();
    let before = snapshot(dir.path());
    let again = store.track("flood", "v1", &s.v1, at("2024-03-15")).unwrap();
    assert_eq!(again, TrackOutcome::Same { version: 1 });
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn verdicts_and_claimreview_export() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let s = story();
    track2(&store, &s);
    let id = &s.v1.claims[2].id;
    let v = Verdict {
        rating: Rating::MostlyFalse,
        reviewer: Some("Fact Desk".into()),
        url: Some("https://example.org/check/1".into()),
        date: NaiveDate::from_ymd_opt(2024, 3, 19).unwrap(),
        note: Some("The mayor's office withdrew the figure.".into()),
    };
    store.verdict(id, v.clone()).unwrap();
    assert_eq!(store.show(id).unwrap().verdicts, [v]);
    let err = store.verdict("c-000000000000", Verdict { note: None, ..store.show(id).unwrap().verdicts[0].clone() });
    assert!(matches!(err, Err(StoreError::UnknownClaim { .. })), "{err:?}");

    let reviewed = store.reviewed(None).unwrap();
    assert_eq!(reviewed.len(), 1);
    let reviews = claims_store::claimreview::claim_reviews(&reviewed);
    assert_eq!(reviews.len(), 1);
    let r = &reviews[0];
    assert_eq!(r.review_rating.rating_value, Some(2));
    assert_eq!(r.review_rating.alternate_name, "Mostly false");
    assert_eq!(r.item_reviewed.author.as_ref().unwrap().name, "Anna Keller");
    assert_eq!(r.item_reviewed.author.as_ref().unwrap().kind, "Person");
    assert_eq!(r.item_reviewed.appearance.len(), 1, "only version 1 had the quote");
    assert_eq!(r.item_reviewed.date_published, NaiveDate::from_ymd_opt(2024, 3, 14));
    assert_eq!(store.reviewed(Some("flood")).unwrap().len(), 1);
    assert!(matches!(store.reviewed(Some("other")), Err(StoreError::UnknownStory { .. })));
}

#[test]
fn ratings_parse_and_list_the_valid_ones() {
    assert_eq!(Rating::parse("Mostly_True").unwrap(), Rating::MostlyTrue);
    assert_eq!(Rating::parse("half true").unwrap(), Rating::HalfTrue);
    let err = Rating::parse("pants-on-fire").unwrap_err().to_string();
    assert!(err.contains("true, mostly-true, half-true, mostly-false, false, misleading, unverifiable"), "{err}");
    for r in Rating::ALL {
        assert_eq!(Rating::parse(r.as_str()).unwrap(), r);
        assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
    }
}

#[test]
fn corrupt_files_are_named_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let s = story();
    store.track("flood", "v1", &s.v1, at("2024-03-14")).unwrap();
    let id = &s.v1.claims[0].id;
    let shard = dir.path().join(layout::claim_shard(id).unwrap());
    std::fs::write(&shard, b"{ \"c-x\": [truncated").unwrap();
    let before = snapshot(dir.path());

    let err = store.show(id).unwrap_err();
    assert!(matches!(&err, StoreError::Corrupt { path, .. } if path == &shard), "{err}");
    assert!(err.to_string().contains(&shard.display().to_string()));
    assert_eq!(err.to_string().lines().count(), 1);
    let v = Verdict { rating: Rating::False, reviewer: None, url: None, date: NaiveDate::MIN, note: None };
    assert!(matches!(store.verdict(id, v), Err(StoreError::Corrupt { .. })));
    assert!(matches!(store.track("flood", "v2", &s.v2, at("2024-03-16")), Err(StoreError::Corrupt { .. })));
    assert_eq!(snapshot(dir.path()), before, "a failed command leaves the store as it was");

    // A manifest that names the wrong story is corrupt too.
    let manifest = dir.path().join(layout::manifest("flood"));
    let text = std::fs::read_to_string(&manifest).unwrap().replace("\"flood\"", "\"other\"");
    std::fs::write(&manifest, text).unwrap();
    assert!(matches!(store.log("flood"), Err(StoreError::Corrupt { path, .. }) if path == manifest));
}

#[test]
fn a_crash_before_the_commit_point_is_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let s = story();
    store.track("flood", "v1", &s.v1, at("2024-03-14")).unwrap();
    let before = snapshot(dir.path());
    // Staged files with no journal (killed while staging), and a version
    // folder that no manifest names (left by hand or an older tool).
    let mut commit = fsio::Commit::new(dir.path()).unwrap();
    commit.stage(&layout::manifest("flood"), b"half a manifest", 2).unwrap();
    drop(commit);
    let stray = dir.path().join(layout::version_dir("flood", 2));
    std::fs::create_dir_all(&stray).unwrap();
    std::fs::write(stray.join("article.txt"), "junk").unwrap();

    // Readers see the committed store.
    assert_eq!(store.log("flood").unwrap().versions.len(), 1);
    // The next writer discards the staged files and writes version 2 over the stray folder.
    store.track("flood", "v2", &s.v2, at("2024-03-16")).unwrap();
    assert_eq!(store.log("flood").unwrap().versions.len(), 2);
    assert_eq!(std::fs::read_to_string(stray.join("article.txt")).unwrap(), "v2");
    assert_eq!(std::fs::read_dir(dir.path().join(fsio::STAGING)).unwrap().count(), 0);
    assert_ne!(snapshot(dir.path()), before);
}

#[test]
fn a_crash_after_the_commit_point_is_finished_by_the_next_command() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let s = story();
    store.track("flood", "v1", &s.v1, at("2024-03-14")).unwrap();
    // Build what a second track would write, in a scratch copy, then replay it as a committed journal.
    let scratch = tempfile::tempdir().unwrap();
    let copy = Store::new(scratch.path());
    copy.track("flood", "v1", &s.v1, at("2024-03-14")).unwrap();
    let before = snapshot(scratch.path());
    copy.track("flood", "v2", &s.v2, at("2024-03-16")).unwrap();
    let after = snapshot(scratch.path());
    let mut commit = fsio::Commit::new(dir.path()).unwrap();
    for (rel, bytes) in &after {
        if !before.contains(&(rel.clone(), bytes.clone())) {
            commit.stage(rel, bytes, if rel.ends_with("story.json") { 2 } else { 1 }).unwrap();
        }
    }
    commit.finish_journal_only().unwrap();
    assert!(fsio::journal_pending(dir.path()));
    // A reader finishes the commit first.
    assert_eq!(store.log("flood").unwrap().versions.len(), 2);
    assert!(!fsio::journal_pending(dir.path()));
    assert_eq!(snapshot(dir.path()), after);
}

#[test]
fn concurrent_writers_both_land() {
    let dir = tempfile::tempdir().unwrap();
    let s = story();
    std::thread::scope(|scope| {
        for (slug, text, ext) in [("a", "v1", &s.v1), ("b", "v2", &s.v2), ("a", "v2", &s.v2), ("b", "v1", &s.v1)] {
            let root = dir.path().to_path_buf();
            scope.spawn(move || Store::new(root).track(slug, text, ext, at("2024-03-16")).unwrap());
        }
    });
    let store = Store::new(dir.path());
    assert_eq!(store.log("a").unwrap().versions.len(), 2);
    assert_eq!(store.log("b").unwrap().versions.len(), 2);
    assert_eq!(store.stories().unwrap(), ["a", "b"]);
    let ministry = store.sources().unwrap().into_iter().find(|r| r.name == "transport ministry").unwrap();
    assert_eq!(ministry.stories, ["a", "b"]);
}

#[test]
fn missing_and_empty_stores() {
    let dir = tempfile::tempdir().unwrap();
    let missing = Store::new(dir.path().join("nope"));
    assert!(matches!(missing.sources(), Err(StoreError::Missing { .. })));
    assert!(matches!(missing.show("c-0123456789ab"), Err(StoreError::Missing { .. })));
    let v = Verdict { rating: Rating::True, reviewer: None, url: None, date: NaiveDate::MIN, note: None };
    assert!(matches!(missing.verdict("c-0123456789ab", v), Err(StoreError::Missing { .. })));
    assert!(!dir.path().join("nope").exists(), "read commands and verdicts never create the store");

    let empty = Store::new(dir.path());
    assert_eq!(empty.sources().unwrap(), []);
    assert_eq!(empty.reviewed(None).unwrap(), []);
    assert_eq!(empty.check(|_, _| unreachable!()).unwrap().versions, 0);
    assert!(matches!(empty.log("flood"), Err(StoreError::UnknownStory { .. })));
    assert!(matches!(empty.show("c-0123456789ab"), Err(StoreError::UnknownClaim { .. })));
    assert!(matches!(empty.show("nonsense"), Err(StoreError::BadClaimId { .. })));
    assert!(matches!(empty.log("../x"), Err(StoreError::BadSlug { .. })));
    let s = story();
    assert!(matches!(empty.track("a/b", "v1", &s.v1, at("2024-03-14")), Err(StoreError::BadSlug { .. })));
    assert!(!dir.path().join("stories").exists());
}

#[test]
fn check_reports_claims_whose_extraction_changed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let s = story();
    track2(&store, &s);
    let same = store.check(|text, _| if text == "v1" { s.v1.clone() } else { s.v2.clone() }).unwrap();
    assert_eq!((same.stories, same.versions, same.claims), (1, 2, 6));
    assert!(same.changes.is_empty());
    let changed = store
        .check(|text, article| {
            assert!(article.published.is_some(), "the stored metadata is handed back");
            let mut e = if text == "v1" { s.v1.clone() } else { s.v2.clone() };
            if text == "v2" {
                e.claims[1].certainty = Certainty::Reported;
                e.claims.pop();
            }
            e
        })
        .unwrap();
    let got: Vec<(u32, ChangeType, Vec<String>)> =
        changed.changes.iter().map(|c| (c.version, c.change, c.fields.clone())).collect();
    assert_eq!(got, [(2, ChangeType::Modified, vec!["certainty".to_string()]), (2, ChangeType::Removed, vec![])]);
}

#[test]
fn store_json_is_pretty_sorted_and_ends_with_a_newline() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let s = story();
    track2(&store, &s);
    for (rel, bytes) in snapshot(dir.path()) {
        if rel.ends_with(".json") {
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.ends_with("}\n") || text.ends_with("]\n"), "{rel}");
            let again = if rel.starts_with("index/claims/") {
                fsio::to_json(&serde_json::from_str::<claims_store::ClaimShard>(&text).unwrap())
            } else if rel.starts_with("index/sources/") {
                fsio::to_json(&serde_json::from_str::<claims_store::SourceShard>(&text).unwrap())
            } else if rel.ends_with("story.json") {
                fsio::to_json(&serde_json::from_str::<claims_store::Manifest>(&text).unwrap())
            } else if rel.ends_with("changes.json") {
                fsio::to_json(&serde_json::from_str::<Vec<ChangeRecord>>(&text).unwrap())
            } else if rel.ends_with("extraction.json") {
                fsio::to_json(&serde_json::from_str::<Extraction>(&text).unwrap())
            } else {
                fsio::to_json(&serde_json::from_str::<serde_json::Value>(&text).unwrap())
            };
            assert_eq!(String::from_utf8(again).unwrap(), text, "{rel} is stable pretty JSON");
            assert!(text.starts_with("{\n  \"") || text.starts_with("[\n") || text == "[]\n", "{rel} is pretty");
        }
    }
    assert_eq!(std::fs::read_to_string(dir.path().join(".gitignore")).unwrap(), "/.lock\n/.tmp/\n");
}
