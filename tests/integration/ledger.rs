//! `claims track`, `log`, `show`, `sources`, `verdict`, `export`, `check`: the ledger from the command line.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::Value;

use crate::harness::*;

fn story(n: u32) -> String {
    fixtures().join(format!("ledger-story/v{n}.txt")).to_string_lossy().into_owned()
}

const PUBLISHED: [&str; 3] = ["2024-03-14", "2024-03-16", "2024-03-18"];

fn track(store: &Path, n: u32) -> Run {
    let s = store.to_str().unwrap();
    let file = story(n);
    run(&[
        "track",
        &file,
        "--story",
        "varna-barrier",
        "--published",
        PUBLISHED[n as usize - 1],
        "--outlet",
        "Ostvik Post",
        "--url",
        &format!("https://example.org/barrier/v{n}"),
        "--store",
        s,
    ])
}

fn json(r: &Run) -> Value {
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

fn tracked() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("claims");
    for n in 1..=3 {
        let r = track(&store, n);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.starts_with(&format!("Recorded varna-barrier version {n} in ")), "{}", r.stdout);
    }
    (dir, store)
}

/// Every file of a folder with its bytes (the lock file aside).
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().unwrap() != ".lock" {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn first_claim_id(store: &Path) -> String {
    let ext: Value =
        serde_json::from_slice(&std::fs::read(store.join("stories/varna-barrier/v0001/extraction.json")).unwrap())
            .unwrap();
    ext["claims"][0]["id"].as_str().expect("the story has claims").to_string()
}

#[test]
fn track_then_log_lists_every_version_with_consistent_counts() {
    let (_dir, store) = tracked();
    let s = store.to_str().unwrap();
    let log = json(&run(&["log", "varna-barrier", "--store", s, "--format", "json"]));
    assert_eq!(log["story"], "varna-barrier");
    let versions = log["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 3);
    let mut previous = 0;
    for (i, v) in versions.iter().enumerate() {
        for key in ["version", "published", "recorded", "claims", "added", "removed", "modified"] {
            assert!(v.get(key).is_some(), "log entry has {key}: {v}");
        }
        assert_eq!(v["version"], i + 1);
        assert_eq!(v["published"], PUBLISHED[i]);
        let n = |k: &str| v[k].as_u64().unwrap();
        // Every claim of a version is added, modified or unchanged; every claim of the previous one
        // is modified, unchanged or removed.
        assert_eq!(n("claims"), n("added") + n("modified") + n("unchanged"), "{v}");
        assert_eq!(previous, n("removed") + n("modified") + n("unchanged"), "{v}");
        previous = n("claims");
    }
    assert!(versions[0]["claims"].as_u64().unwrap() > 0);
    // The texts differ between versions, so something changed each time.
    for v in &versions[1..] {
        assert!(v["added"].as_u64().unwrap() + v["removed"].as_u64().unwrap() + v["modified"].as_u64().unwrap() > 0);
    }
    let text = run(&["log", "varna-barrier", "--store", s]);
    assert_eq!(text.code, 0);
    assert!(text.stdout.starts_with("varna-barrier: 3 versions\nv1  2024-03-14  "), "{}", text.stdout);
    assert!(text.stdout.contains("https://example.org/barrier/v3"));
    // The stored files are where the layout says.
    for rel in ["store.json", "stories/varna-barrier/story.json", "stories/varna-barrier/v0003/article.txt"] {
        assert!(store.join(rel).is_file(), "{rel}");
    }
    assert_eq!(
        std::fs::read_to_string(store.join("stories/varna-barrier/v0002/article.txt")).unwrap(),
        std::fs::read_to_string(story(2)).unwrap()
    );
}

#[test]
fn show_gives_the_claim_across_versions() {
    let (_dir, store) = tracked();
    let s = store.to_str().unwrap();
    let id = first_claim_id(&store);
    let shown = json(&run(&["show", &id, "--store", s, "--format", "json"]));
    for key in ["claim", "stories", "history", "sources", "verdicts"] {
        assert!(shown.get(key).is_some(), "show has {key}");
    }
    assert_eq!(shown["claim"]["id"], id.as_str());
    assert_eq!(shown["stories"], serde_json::json!(["varna-barrier"]));
    let history = shown["history"].as_array().unwrap();
    assert_eq!(history[0]["version"], 1);
    assert_eq!(history[0]["change"], "added");
    assert_eq!(history[0]["date"], "2024-03-14");
    for h in history {
        for key in ["version", "change", "kinds", "statement"] {
            assert!(h.get(key).is_some(), "history row has {key}: {h}");
        }
    }
    let versions: Vec<u64> = history.iter().map(|h| h["version"].as_u64().unwrap()).collect();
    assert!(versions.windows(2).all(|w| w[0] <= w[1]), "{versions:?}");
    assert_eq!(shown["verdicts"], serde_json::json!([]));
    let text = run(&["show", &id, "--store", s]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(
        text.stdout.starts_with(&id) && text.stdout.contains("History:\n  varna-barrier v1  2024-03-14  added"),
        "{}",
        text.stdout
    );
}

#[test]
fn sources_lists_the_registry_and_one_story() {
    let (_dir, store) = tracked();
    let s = store.to_str().unwrap();
    let all = json(&run(&["sources", "--store", s, "--format", "json"]));
    let rows = all.as_array().unwrap();
    let outlet = rows.iter().find(|r| r["name"] == "Ostvik Post").expect("the outlet given with --outlet is a source");
    assert_eq!(outlet["kind"], "outlet");
    assert_eq!(outlet["stories"], serde_json::json!(["varna-barrier"]));
    assert_eq!(outlet["first_seen"], "2024-03-14");
    assert_eq!(outlet["last_seen"], "2024-03-18");
    for r in rows {
        for key in ["id", "kind", "name", "claims", "stories", "first_seen", "last_seen"] {
            assert!(r.get(key).is_some(), "source row has {key}: {r}");
        }
    }
    let one = json(&run(&["sources", "--story", "varna-barrier", "--store", s, "--format", "json"]));
    assert_eq!(one.as_array().unwrap().len(), rows.len(), "one story holds every source");
    let text = run(&["sources", "--store", s]);
    assert!(text.stdout.contains("outlet") && text.stdout.contains("Ostvik Post"), "{}", text.stdout);
}

#[test]
fn verdict_then_show_and_export_claimreview() {
    let (_dir, store) = tracked();
    let s = store.to_str().unwrap();
    let id = first_claim_id(&store);
    let r = run(&[
        "verdict",
        &id,
        "--rating",
        "mostly-false",
        "--reviewer",
        "Fact Desk",
        "--url",
        "https://example.org/fc/7",
        "--note",
        "The cost was corrected.",
        "--date",
        "2024-03-19",
        "--store",
        s,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("mostly-false") && r.stdout.contains(&id));
    let shown = json(&run(&["show", &id, "--store", s, "--format", "json"]));
    assert_eq!(
        shown["verdicts"],
        serde_json::json!([{"rating": "mostly-false", "reviewer": "Fact Desk", "url": "https://example.org/fc/7",
                            "date": "2024-03-19", "note": "The cost was corrected."}])
    );
    let export = json(&run(&["export", "--format", "claimreview", "--store", s]));
    let reviews = export.as_array().unwrap();
    assert_eq!(reviews.len(), 1);
    let cr = &reviews[0];
    assert_eq!(cr["@context"], "https://schema.org");
    assert_eq!(cr["@type"], "ClaimReview");
    assert_eq!(cr["claimReviewed"], shown["claim"]["statement"]);
    assert_eq!(cr["reviewRating"]["@type"], "Rating");
    assert_eq!(cr["reviewRating"]["ratingValue"], 2);
    assert_eq!(cr["reviewRating"]["alternateName"], "Mostly false");
    assert_eq!(cr["author"]["name"], "Fact Desk");
    assert_eq!(cr["datePublished"], "2024-03-19");
    assert_eq!(cr["url"], "https://example.org/fc/7");
    assert_eq!(cr["itemReviewed"]["@type"], "Claim");
    assert_eq!(cr["itemReviewed"]["firstAppearance"]["url"], "https://example.org/barrier/v1");
    let by_story = json(&run(&["export", "--story", "varna-barrier", "--format", "claimreview", "--store", s]));
    assert_eq!(by_story, export);
    // A verdict without a date is dated today (or SOURCE_DATE_EPOCH).
    let r = cmd(&["verdict", &id, "--rating", "TRUE", "--store", s])
        .env("SOURCE_DATE_EPOCH", "1710806400")
        .output()
        .unwrap();
    assert!(r.status.success());
    let shown = json(&run(&["show", &id, "--store", s, "--format", "json"]));
    assert_eq!(shown["verdicts"][1]["date"], "2024-03-19");
    assert_eq!(shown["verdicts"][1]["reviewer"], Value::Null);
}

#[test]
fn check_is_quiet_after_tracking_and_reports_a_hand_edited_extraction() {
    let (_dir, store) = tracked();
    let s = store.to_str().unwrap();
    let r = run(&["check", "--store", s]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.ends_with("changed\n") && r.stdout.contains("3 versions"), "{}", r.stdout);
    let path = store.join("stories/varna-barrier/v0002/extraction.json");
    let mut ext: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let id = ext["claims"][0]["id"].as_str().unwrap().to_string();
    ext["claims"][0]["certainty"] = "possible".into();
    std::fs::write(&path, serde_json::to_vec_pretty(&ext).unwrap()).unwrap();
    let r = run(&["check", "--store", s, "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    let changes = report["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0]["claim"], id.as_str());
    assert_eq!(changes[0]["version"], 2);
    assert_eq!(changes[0]["fields"], serde_json::json!(["certainty"]));
}

#[test]
fn tracking_the_same_text_again_records_nothing_and_stdin_works() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().to_str().unwrap();
    let text = std::fs::read(story(1)).unwrap();
    let r = run_stdin(&["track", "-", "--story", "x", "--store", s], &text);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let again = run(&["track", &story(1), "--story", "x", "--store", s]);
    assert_eq!(again.code, 0);
    assert_eq!(again.stdout, "x: the text is the same as version 1; nothing recorded.\n");
    let log = json(&run(&["log", "x", "--store", s, "--format", "json"]));
    assert_eq!(log["versions"].as_array().unwrap().len(), 1);
    assert_eq!(log["versions"][0]["published"], Value::Null);
}

#[test]
fn the_store_comes_from_claims_store_or_defaults_to_claims() {
    let dir = tempfile::tempdir().unwrap();
    let r = cmd(&["track", &story(1), "--story", "env"])
        .env("CLAIMS_STORE", dir.path().join("elsewhere"))
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(dir.path().join("elsewhere/stories/env/story.json").is_file());
    let r = cmd(&["track", &story(1), "--story", "default"]).current_dir(dir.path()).output().unwrap();
    assert!(r.status.success());
    assert!(dir.path().join("claims/stories/default/story.json").is_file());
}

#[test]
fn errors_are_one_clean_line_and_change_nothing() {
    let (dir, store) = tracked();
    let s = store.to_str().unwrap();
    let id = first_claim_id(&store);
    let before = files(&store);
    let mut lines = Vec::new();
    let mut err = |args: &[&str], needle: &str| {
        let r = run(args);
        assert_clean_error(&r, needle);
        let fixtures = fixtures().to_string_lossy().into_owned();
        let line = format!("{} → {}", args[..args.len() - 2].join(" "), r.stderr.trim_end());
        lines.push(line.replace(s, "[STORE]").replace(&fixtures, "[FIXTURES]").replace(&id, "[CLAIM]"));
    };
    err(&["log", "nope", "--store", s], "nope");
    err(&["sources", "--story", "nope", "--store", s], "nope");
    err(&["export", "--story", "nope", "--format", "claimreview", "--store", s], "nope");
    err(&["show", "c-000000000000", "--store", s], "c-000000000000");
    err(&["show", "hello", "--store", s], "hello");
    err(&["show", "c-../../etc", "--store", s], "c-../../etc");
    err(&["verdict", "c-000000000000", "--rating", "false", "--store", s], "c-000000000000");
    err(&["verdict", &id, "--rating", "pants-on-fire", "--store", s], "mostly-true, half-true");
    err(&["verdict", &id, "--rating", "false", "--url", "example.org", "--store", s], "--url");
    err(&["verdict", &id, "--rating", "false", "--date", "19/03/2024", "--store", s], "--date");
    err(&["track", &story(1), "--story", "../x", "--store", s], "../x");
    err(&["track", &story(1), "--story", "a/b", "--store", s], "a/b");
    err(&["track", &story(1), "--story", ".hidden", "--store", s], ".hidden");
    err(&["track", &story(1), "--story", "", "--store", s], "empty");
    err(&["track", "/no/such/file.txt", "--story", "x", "--store", s], "/no/such/file.txt");
    err(&["log", "../x", "--store", s], "../x");
    assert_eq!(files(&store), before, "failed commands leave the store as it was");
    assert!(!dir.path().join("x").exists() && !dir.path().join("a").exists());
    insta::assert_snapshot!("ledger_errors", lines.join("\n"));
}

#[test]
fn a_corrupt_index_file_is_named_and_left_untouched() {
    let (_dir, store) = tracked();
    let s = store.to_str().unwrap();
    let id = first_claim_id(&store);
    let shard = store.join(format!("index/claims/{}/{}.json", &id[2..4], &id[4..6]));
    assert!(shard.is_file());
    std::fs::write(&shard, "{\"c-0\": {\"statement\": \"edited by hand\",").unwrap();
    let before = files(&store);
    let name = shard.to_str().unwrap();
    assert_clean_error(&run(&["show", &id, "--store", s]), name);
    assert_clean_error(&run(&["verdict", &id, "--rating", "false", "--store", s]), name);
    // Re-tracking version 1's text touches this claim again: refused, nothing written.
    let r = run(&["track", &story(1), "--story", "varna-barrier", "--store", s]);
    assert_clean_error(&r, name);
    assert!(r.stderr.contains("corrupt"), "{}", r.stderr);
    assert_eq!(files(&store), before);
    // A corrupt manifest too.
    let manifest = store.join("stories/varna-barrier/story.json");
    std::fs::write(&manifest, "not json").unwrap();
    assert_clean_error(&run(&["log", "varna-barrier", "--store", s]), manifest.to_str().unwrap());
}

#[test]
fn two_processes_tracking_at_once_both_land() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().to_str().unwrap();
    for round in 0..3 {
        let children: Vec<_> = [(1, "north"), (2, "south"), (3, "north")]
            .iter()
            .map(|(n, slug)| {
                let slug = format!("{slug}-{round}");
                cmd(&["track", &story(*n), "--story", &slug, "--store", s])
                    .stdin(Stdio::null())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
        let north = json(&run(&["log", &format!("north-{round}"), "--store", s, "--format", "json"]));
        assert_eq!(north["versions"].as_array().unwrap().len(), 2, "both versions of north landed");
        let south = json(&run(&["log", &format!("south-{round}"), "--store", s, "--format", "json"]));
        assert_eq!(south["versions"].as_array().unwrap().len(), 1);
    }
    let r = run(&["check", "--store", s]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(std::fs::read_dir(dir.path().join(".tmp")).unwrap().next().is_none(), "nothing left in staging");
}

#[test]
fn empty_and_missing_stores() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().to_str().unwrap();
    assert_eq!(json(&run(&["sources", "--store", s, "--format", "json"])), serde_json::json!([]));
    assert_eq!(run(&["sources", "--store", s]).stdout, "no sources\n");
    assert_eq!(json(&run(&["export", "--format", "claimreview", "--store", s])), serde_json::json!([]));
    let r = run(&["check", "--store", s]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "checked 0 stories, 0 versions, 0 claims: 0 changed\n"));
    assert_clean_error(&run(&["show", "c-0123456789ab", "--store", s]), "no claim c-0123456789ab");
    assert_clean_error(&run(&["log", "x", "--store", s]), "no story \"x\"");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "reading an empty folder leaves nothing in it");
    let missing = dir.path().join("missing");
    let m = missing.to_str().unwrap();
    for args in [
        vec!["sources", "--store", m],
        vec!["log", "x", "--store", m],
        vec!["show", "c-0123456789ab", "--store", m],
        vec!["export", "--format", "claimreview", "--store", m],
        vec!["check", "--store", m],
        vec!["verdict", "c-0123456789ab", "--rating", "true", "--store", m],
    ] {
        assert_clean_error(&run(&args), "no ledger at");
    }
    assert!(!missing.exists(), "read commands never create the store");
    let file = fixtures().join("ledger-story/v1.txt");
    let f = file.to_str().unwrap();
    assert_clean_error(&run(&["track", f, "--story", "x", "--store", f]), "is not a folder");
    assert_clean_error(&run(&["sources", "--store", f]), "is not a folder");
    assert!(run(&["export", "--store", s]).code == 2, "--format claimreview is required");
}

#[test]
fn an_html_page_is_stored_as_the_text_its_offsets_refer_to() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().to_str().unwrap();
    let page = fixtures().join("html/wire-story.html");
    let r = run(&["track", page.to_str().unwrap(), "--story", "wire", "--store", s]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(dir.path().join("stories/wire/v0001/article.txt")).unwrap();
    assert!(!text.contains('<'), "the page's text, not its markup");
    let ext: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("stories/wire/v0001/extraction.json")).unwrap()).unwrap();
    for c in ext["claims"].as_array().unwrap() {
        let (a, b) = (c["span"]["start"].as_u64().unwrap() as usize, c["span"]["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[a..b], c["text"].as_str().unwrap());
    }
    // Re-extracting the stored text gives what was recorded.
    assert_eq!(run(&["check", "--store", s]).code, 0);
}

#[test]
fn the_worked_example_in_the_repository_reads_back() {
    let store = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let s = store.to_str().unwrap();
    let log = json(&run(&["log", "varna-barrier", "--store", s, "--format", "json"]));
    let versions = log["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 3);
    for (v, n) in versions.iter().zip(1..=3) {
        let text = std::fs::read_to_string(store.join(format!("stories/varna-barrier/v000{n}/article.txt"))).unwrap();
        assert_eq!(text, std::fs::read_to_string(story(n)).unwrap(), "claims/ holds the fixture texts");
        assert_eq!(v["published"], PUBLISHED[n as usize - 1]);
    }
    let export = json(&run(&["export", "--format", "claimreview", "--store", s]));
    assert_eq!(export.as_array().unwrap().len(), 1, "one verdict");
    assert!(export[0]["claimReviewed"].as_str().unwrap().contains("48 million"));
    assert_eq!(export[0]["reviewRating"]["alternateName"], "False");
}
