//! `claims extract`: snapshots over the fixture corpus and the seed article,
//! the exact-span property for every span of every output, formats and errors.

use crate::harness::*;
use serde_json::Value;

/// Fixtures and the publication date each one gives (from its text: a post
/// signature, a dateline with day and month, or the seed's known date).
fn corpus() -> Vec<(String, std::path::PathBuf, Option<&'static str>)> {
    let mut out = vec![("seed".to_string(), fixtures().join("seed/article.txt"), Some("2023-11-09"))];
    let mut arts: Vec<_> = std::fs::read_dir(fixtures().join("articles"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    arts.sort();
    for p in arts {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let date = match name.as_str() {
            "social_posts" => Some("2023-11-20"),
            "wire_rates" => Some("2023-11-09"),
            "politics_pledge" => Some("2024-03-10"),
            "wire_truce" => Some("2025-03-04"),
            "wire_senate" => Some("2023-09-26"),
            "wire_migration" => Some("2023-06-28"),
            "wire_court" => Some("2021-10-06"),
            "politics_turnout" => Some("2016-09-26"),
            "wire_automaker" => Some("2023-10-31"),
            "politics_tax" => Some("2024-06-02"),
            "wire_fire" => Some("2024-02-10"),
            "wire_diet" => Some("2024-05-09"),
            "wire_powerplant" => Some("2024-03-03"),
            "wire_budget" => Some("2024-10-30"),
            "politics_border" => Some("2024-02-06"),
            "uk_waiting_lists" => Some("2023-11-14"),
            "wire_regulator" => Some("2024-04-16"),
            "wire_embezzlement" => Some("2024-05-15"),
            "sport_coach" => Some("2024-02-11"),
            "science_walking" => Some("2024-09-02"),
            "politics_veto" => Some("2024-09-27"),
            "wire_tariffs" => Some("2025-02-10"),
            "politics_mayor" => Some("2024-11-06"),
            "politics_benefits" => Some("2024-07-18"),
            "wire_merger" => Some("2024-06-10"),
            "court_charity" => Some("2024-10-15"),
            "wire_maritime" => Some("2024-08-30"),
            "politics_trade" => Some("2024-05-19"),
            "politics_audit" => Some("2024-03-15"),
            "sport_sacking" => Some("2024-11-10"),
            "investigation_pharma" => Some("2024-04-25"),
            "wire_layoffs" => Some("2025-03-03"),
            "uk_fuel_duty" => Some("2024-06-12"),
            "science_coffee" => Some("2024-10-08"),
            "crime_stabbing" => Some("2024-08-11"),
            "politics_poll" => Some("2025-10-15"),
            "airline_outage" => Some("2024-12-20"),
            "politics_childcare" => Some("2025-05-08"),
            "wire_ukraine_hungary" => Some("2024-05-14"),
            "local_quarry_drowning" => Some("2025-07-14"),
            "uk_water_fine" => Some("2025-02-11"),
            "uk_council_repairs" => Some("2025-06-19"),
            "politics_shutdown" => Some("2025-09-25"),
            "wire_chipmaker" => Some("2025-10-22"),
            "science_aspirin" => Some("2025-03-17"),
            "uk_rail_fares" => Some("2025-12-03"),
            "local_snowstorm" => Some("2026-01-13"),
            _ => None,
        };
        out.push((name, p, date));
    }
    out
}

fn extract_args<'a>(path: &'a str, date: Option<&'a str>, format: &'a str) -> Vec<&'a str> {
    let mut a = vec!["extract", path, "--format", format];
    if let Some(d) = date {
        a.extend(["--published", d]);
    }
    a
}

/// Checks every span-like object: `{start, end, text}` and `{text, span}`.
fn check_spans(text: &str, v: &Value, path: &str, count: &mut usize) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e), Some(t)) = (m.get("start"), m.get("end"), m.get("text")) {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                assert_eq!(text.get(s..e), t.as_str(), "{path}: bytes {s}..{e}");
                *count += 1;
            }
            if let (Some(Value::Object(sp)), Some(Value::String(t))) = (m.get("span"), m.get("text")) {
                let (s, e) = (sp["start"].as_u64().unwrap() as usize, sp["end"].as_u64().unwrap() as usize);
                assert_eq!(text.get(s..e), Some(t.as_str()), "{path}: span {s}..{e}");
                *count += 1;
            }
            for (k, x) in m {
                check_spans(text, x, &format!("{path}.{k}"), count);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                check_spans(text, x, &format!("{path}[{i}]"), count);
            }
        }
        _ => {}
    }
}

#[test]
fn every_span_is_exact_in_every_fixture() {
    for (name, path, date) in corpus() {
        let p = path.to_str().unwrap();
        let r = run(&extract_args(p, date, "json"));
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        let text = std::fs::read_to_string(&path).unwrap();
        let v: Value = serde_json::from_str(&r.stdout).unwrap();
        let mut n = 0;
        check_spans(&text, &v, &name, &mut n);
        assert!(n > 20, "{name}: only {n} spans checked");
        // Claims in text order, content parts inside the claim's span, unique ids.
        let claims = v["claims"].as_array().unwrap();
        let mut ids = std::collections::HashSet::new();
        let mut last = 0;
        for c in claims {
            assert!(ids.insert(c["id"].as_str().unwrap().to_string()), "{name}: duplicate id");
            let start = c["span"]["start"].as_u64().unwrap();
            assert!(start >= last, "{name}: claims out of order");
            last = start;
            if let Some(a) = c["attribution"].as_object() {
                let (cs, ce) = (c["span"]["start"].as_u64().unwrap(), c["span"]["end"].as_u64().unwrap());
                for part in a["content_parts"].as_array().unwrap() {
                    assert!(
                        part["span"]["start"].as_u64().unwrap() >= cs && part["span"]["end"].as_u64().unwrap() <= ce
                    );
                }
            }
            let w = c["checkworthy"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&w));
        }
    }
}

#[test]
fn json_snapshots() {
    for (name, path, date) in corpus() {
        let r = run(&extract_args(path.to_str().unwrap(), date, "json"));
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        let v: Value = serde_json::from_str(&r.stdout).unwrap();
        insta::assert_json_snapshot!(format!("extract_json_{name}"), v);
    }
}

#[test]
fn text_snapshots() {
    for (name, path, date) in corpus() {
        let r = run(&extract_args(path.to_str().unwrap(), date, "text"));
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert!(!r.stdout.contains('\x1b'), "no colour when NO_COLOR is set and stdout is a pipe");
        insta::assert_snapshot!(format!("extract_text_{name}"), r.stdout);
    }
}

#[test]
fn seed_article_claims_a_fact_checker_expects() {
    let path = fixtures().join("seed/article.txt");
    let r = run(&["extract", path.to_str().unwrap(), "--published", "2023-11-09"]);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let claims = v["claims"].as_array().unwrap();
    let statements: Vec<&str> = claims.iter().map(|c| c["statement"].as_str().unwrap()).collect();
    // The coordinated first sentence gives two claims; the aside is dropped.
    assert!(statements.iter().any(|s| s.ends_with("Vladimir Putin visited Kazakhstan on Thursday")), "{statements:?}");
    assert!(statements.iter().any(|s| s.contains("Ebrahim Raisi were expected in Uzbekistan")), "{statements:?}");
    assert!(
        statements.contains(&"Russia’s influence in the region has waned since its invasion of Ukraine"),
        "{statements:?}"
    );
    // Putin's statement is attributed to him, cue `stating`.
    let stating = claims
        .iter()
        .find(|c| c["attribution"]["cue"]["text"] == "stating")
        .expect("the `with Putin stating that` attribution");
    assert_eq!(stating["attribution"]["speaker"]["name"], "Vladimir Putin");
    assert_eq!(stating["attribution"]["content"]["text"], "their strategic partnership is forward-looking");
    assert_eq!(stating["kind"], "indirect_quote");
    // Iran's intention, and Russia's belief from the relative clause.
    assert!(claims
        .iter()
        .any(|c| c["attribution"]["speaker"]["name"] == "Iran" && c["attribution"]["type"] == "intention"));
    assert!(claims
        .iter()
        .any(|c| c["attribution"]["type"] == "belief" && c["attribution"]["speaker"]["name"] == "Russia"));
    // The promotional line gives no claim.
    assert!(!statements.iter().any(|s| s.starts_with("Find out more")));
}

#[test]
fn formats_and_stdin() {
    let t = "“We will not retreat,” the minister said on Monday. Officials said 40 people were hurt.";
    let r = run_stdin(&["extract", "-", "--format", "jsonl"], t.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<Value> = r.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines.iter().all(|l| l["article"].as_str().unwrap().starts_with("a-")));
    assert_eq!(lines[0]["claim"]["kind"], "direct_quote");
    assert_eq!(lines[0]["claim"]["attribution"]["content"]["text"], "“We will not retreat,”");
    assert_eq!(lines[1]["claim"]["attribution"]["speaker"]["text"], "Officials");
    let r = run_stdin(&["extract", "-", "--format", "markdown"], t.as_bytes());
    assert!(r.stdout.starts_with("| # | claim |"), "{}", r.stdout);
    let r = run_stdin(&["extract", "-"], b"");
    assert_eq!(r.code, 0);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["claims"].as_array().unwrap().len(), 0);
}

#[test]
fn bad_input_is_a_clean_error() {
    assert_clean_error(&run(&["extract", "/no/such/file.txt"]), "/no/such/file.txt");
    assert_clean_error(&run_stdin(&["extract", "-"], b"caf\xe9"), "UTF-8");
    let path = fixtures().join("seed/article.txt");
    assert_clean_error(&run(&["extract", path.to_str().unwrap(), "--published", "9 Nov"]), "--published");
}
