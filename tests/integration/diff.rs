//! `claims diff`: fixture stories with several versions, all three formats.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::*;

fn story(name: &str, v: usize) -> PathBuf {
    fixtures().join(format!("stories/{name}/v{v}.txt"))
}

fn versions(name: &str) -> usize {
    (1..).take_while(|v| story(name, *v).exists()).count()
}

const STORIES: &[&str] = &["state-visit", "flood-toll", "council-budget", "harbour-fire"];

fn diff(old: &Path, new: &Path, format: &str) -> Run {
    run(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--format", format])
}

#[test]
fn snapshots_of_every_step_of_every_story() {
    for name in STORIES {
        let n = versions(name);
        assert!(n >= 2, "{name} has several versions");
        for v in 1..n {
            let (a, b) = (story(name, v), story(name, v + 1));
            for format in ["json", "text", "markdown"] {
                let r = diff(&a, &b, format);
                assert_eq!(r.code, 1, "{name} v{v} → v{}: changes exit 1; {}", v + 1, r.stderr);
                insta::assert_snapshot!(format!("diff_{name}_v{v}_v{}_{format}", v + 1), r.stdout);
            }
        }
    }
}

#[test]
fn a_version_against_itself_has_no_changes() {
    for name in STORIES {
        let a = story(name, 1);
        let r = diff(&a, &a, "json");
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: Value = serde_json::from_str(&r.stdout).unwrap();
        assert_eq!(v["changes"].as_array().unwrap().len(), 0);
        assert_eq!(v["summary"]["added"], 0);
        assert_eq!(v["summary"]["modified"], 0);
        assert!(v["summary"]["unchanged"].as_u64().unwrap() > 0);
        let r = diff(&a, &a, "text");
        assert_eq!(r.code, 0);
        assert!(r.stdout.contains("No claim changed."), "{}", r.stdout);
    }
}

fn ids(v: &Value, change: &str, side: &str) -> Vec<String> {
    let mut out: Vec<String> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["change"] == change)
        .map(|c| c[side]["id"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn swapping_old_and_new_swaps_added_and_removed() {
    for name in STORIES {
        for v in 1..versions(name) {
            let (a, b) = (story(name, v), story(name, v + 1));
            let fwd: Value = serde_json::from_str(&diff(&a, &b, "json").stdout).unwrap();
            let back: Value = serde_json::from_str(&diff(&b, &a, "json").stdout).unwrap();
            assert_eq!(fwd["summary"]["added"], back["summary"]["removed"], "{name} v{v}");
            assert_eq!(fwd["summary"]["removed"], back["summary"]["added"], "{name} v{v}");
            assert_eq!(fwd["summary"]["modified"], back["summary"]["modified"], "{name} v{v}");
            assert_eq!(ids(&fwd, "added", "new"), ids(&back, "removed", "old"), "{name} v{v}");
            assert_eq!(ids(&fwd, "removed", "old"), ids(&back, "added", "new"), "{name} v{v}");
            assert_eq!(fwd["sources"]["added"], back["sources"]["removed"], "{name} v{v}");
        }
    }
}

fn find<'a>(v: &'a Value, kind: &str) -> Vec<&'a Value> {
    v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kinds"].as_array().unwrap().iter().any(|k| k == kind))
        .collect()
}

#[test]
fn the_story_changes_are_classified() {
    let j = |name: &str, a: usize, b: usize| -> Value {
        serde_json::from_str(&diff(&story(name, a), &story(name, b), "json").stdout).unwrap()
    };
    // Planned events happen.
    let v = j("state-visit", 1, 2);
    let cert = find(&v, "certainty");
    assert!(cert.len() >= 3, "{v:#}");
    assert!(cert.iter().any(|c| c["explanation"].as_str().unwrap().contains("\"is set to visit\" → \"visited\"")));
    // A corrected number, old and new values.
    let v = j("state-visit", 2, 3);
    let num = find(&v, "number");
    assert_eq!(num.len(), 1, "{v:#}");
    assert!(num[0]["explanation"].as_str().unwrap().contains("12 → 15"));
    assert_eq!(v["changes"][0]["kinds"][0], "number", "most serious first");
    // A retracted quote is removed; the correction note is added.
    let v = j("flood-toll", 1, 2);
    assert_eq!(v["summary"]["removed"], 1);
    assert!(ids(&v, "removed", "old").len() == 1);
    assert!(v["changes"].as_array().unwrap().iter().any(
        |c| c["change"] == "removed" && c["old"]["text"].as_str().unwrap().contains("The dam was never inspected")
    ));
    // Copy-edits and a moved paragraph: the move is reported, and all is cosmetic.
    let v = j("council-budget", 1, 2);
    let subst = v["changes"].as_array().unwrap().iter().filter(|c| c["substantive"] == true).count();
    assert_eq!(subst, 0, "{v:#}");
    assert_eq!(find(&v, "moved").len(), 1, "{v:#}");
    // A negation flip comes first.
    let v = j("council-budget", 2, 3);
    assert_eq!(v["changes"][0]["kinds"][0], "negation");
    assert!(!find(&v, "attribution").is_empty(), "said → claimed");
    // Copy-edits a standards editor would not flag: a neutral verb of saying
    // and a pronoun for the name it stands for, clock time and unit written
    // otherwise, reported speech shifted back, a quote split in two, initials.
    let v = j("harbour-fire", 1, 2);
    let subst: Vec<&Value> = v["changes"].as_array().unwrap().iter().filter(|c| c["substantive"] == true).collect();
    assert!(subst.is_empty(), "{subst:#?}");
    assert!(v["summary"]["modified"].as_u64().unwrap() >= 5, "{v:#}");
    // Then real changes: someone was hurt after all, a loaded verb, a plan done.
    let v = j("harbour-fire", 2, 3);
    assert_eq!(v["changes"][0]["kinds"][0], "negation", "{v:#}");
    assert!(find(&v, "attribution").iter().any(|c| c["explanation"].as_str().unwrap().contains("claimed")), "{v:#}");
    assert!(find(&v, "certainty").iter().any(|c| c["explanation"].as_str().unwrap().contains("began")), "{v:#}");
    assert!(v["changes"].as_array().unwrap().iter().all(|c| c["substantive"] == true), "{v:#}");
}

#[test]
fn spans_in_the_report_are_exact() {
    let (a, b) = (story("flood-toll", 1), story("flood-toll", 2));
    let ta = std::fs::read_to_string(&a).unwrap();
    let tb = std::fs::read_to_string(&b).unwrap();
    let v: Value = serde_json::from_str(&diff(&a, &b, "json").stdout).unwrap();
    for c in v["changes"].as_array().unwrap() {
        for (side, text) in [("old", &ta), ("new", &tb)] {
            if c[side].is_null() {
                continue;
            }
            let s = &c[side]["span"];
            let (x, y) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[x..y], c[side]["text"].as_str().unwrap());
        }
    }
}

#[test]
fn errors_are_clean() {
    let a = story("flood-toll", 1);
    assert_clean_error(&run(&["diff", a.to_str().unwrap(), "/no/such/new.txt"]), "/no/such/new.txt");
    assert_clean_error(&run(&["diff", "-", "-"]), "standard input");
    assert_clean_error(
        &run(&["diff", a.to_str().unwrap(), a.to_str().unwrap(), "--old-published", "yesterday"]),
        "--old-published",
    );
}

#[test]
fn empty_versions_and_stdin() {
    let a = story("flood-toll", 1);
    let r = run_stdin(&["diff", "-", a.to_str().unwrap(), "--format", "json"], b"");
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["summary"]["removed"], 0);
    assert!(v["summary"]["added"].as_u64().unwrap() >= 5);
    let r = run_stdin(&["diff", "-", a.to_str().unwrap(), "--all", "--format", "json"], b"");
    assert_eq!(r.code, 1);
}
