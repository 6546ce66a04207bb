//! `claims extract`: sources of an article — pasted social posts, links, outlets.

use serde_json::Value;

use crate::harness::*;

fn extract(path: &std::path::Path, extra: &[&str]) -> (String, Value) {
    let mut args = vec!["extract", path.to_str().unwrap(), "--published", "2023-11-09"];
    args.extend_from_slice(extra);
    let r = run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(path).unwrap();
    (text, serde_json::from_str(&r.stdout).unwrap())
}

fn of_kind<'a>(v: &'a Value, kind: &str) -> Vec<&'a Value> {
    v["sources"].as_array().unwrap().iter().filter(|s| s["kind"] == kind).collect()
}

/// The post, link and outlet sources, for a snapshot (speakers belong to attribution).
fn own_sources(v: &Value) -> Value {
    let keep: Vec<Value> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| matches!(s["kind"].as_str(), Some("social_post" | "link" | "outlet")))
        .cloned()
        .collect();
    Value::Array(keep)
}

fn assert_mentions_exact(text: &str, v: &Value) {
    for s in v["sources"].as_array().unwrap() {
        for m in s["mentions"].as_array().unwrap() {
            let (a, b) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[a..b], m["text"].as_str().unwrap());
        }
    }
}

#[test]
fn seed_posts_are_sources_and_their_sentences_are_theirs() {
    let (text, v) = extract(&fixtures().join("seed/article.txt"), &[]);
    assert_mentions_exact(&text, &v);
    let posts = of_kind(&v, "social_post");
    let got: Vec<(&str, &str, &str)> = posts
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["handle"].as_str().unwrap(), s["date"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [("Al Arabiya English", "@AlArabiya_Eng", "2023-11-09"), ("TOP X News", "@TOPXNews", "2023-11-09")]
    );
    assert_eq!(posts[0]["urls"], serde_json::json!(["https://t.co/ICta5gnHhw"]));
    assert_eq!(posts[1]["urls"], serde_json::json!(["https://t.co/JwIV69eopy", "pic.twitter.com/Duhb40q2D8"]));
    let links: Vec<&str> = of_kind(&v, "link").iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(links, ["https://t.co/ICta5gnHhw", "https://t.co/JwIV69eopy", "pic.twitter.com/Duhb40q2D8"]);

    // Claims read from the posts are the accounts' and carry the post; article sentences are not posts.
    let claims = v["claims"].as_array().unwrap();
    for c in claims {
        let from_post = c["kind"] == "social_post";
        let t = c["text"].as_str().unwrap();
        let in_post = t.contains("is set to visit Kazakhstan") || t.contains("While Putin visits Kazakhstan");
        if in_post {
            assert!(from_post, "{t}");
        }
        if from_post {
            let speaker = &c["attribution"]["speaker"];
            let src = speaker["source"].as_str().unwrap();
            assert!(posts.iter().any(|p| p["id"] == src), "{t}");
            assert!(c["sources"].as_array().unwrap().iter().any(|s| s == src));
        }
        assert!(!(t.contains("visited Kazakhstan on Thursday") && from_post));
    }
    // Hashtags are normalised in post statements; the promotional line gives no claim.
    let statements: Vec<&str> = claims.iter().map(|c| c["statement"].as_str().unwrap()).collect();
    assert!(statements.iter().any(|s| s.contains("Vladimir Putin is set to visit Kazakhstan")), "{statements:?}");
    assert!(!statements.iter().any(|s| s.contains('#')), "{statements:?}");
    assert!(!statements.iter().any(|s| s.contains("Find out more")), "{statements:?}");
    assert!(!statements.iter().any(|s| s.contains("(@")), "signature lines are not claims: {statements:?}");
    // The post's link backs the post's claims.
    let putin_post = claims.iter().find(|c| c["text"].as_str().unwrap().contains("#Putin is set to visit")).unwrap();
    let link_id = of_kind(&v, "link")[0]["id"].clone();
    assert!(putin_post["sources"].as_array().unwrap().contains(&link_id));
}

#[test]
fn fixture_posts_links_and_outlets() {
    for (file, n_posts, n_links, outlets) in [
        ("posts/embeds.txt", 3, 4, &["Agence France-Presse", "Reuters", "Anadolu Agency", "BBC", "Kazinform"][..]),
        ("posts/single-line.txt", 3, 3, &["Associated Press", "Al Jazeera", "CNN"][..]),
        // Four signed posts, and an analyst who "wrote on Bluesky that …" (a line wrapped in the text).
        ("posts/wrapped.txt", 5, 1, &["Reuters", "Interfax"][..]),
        ("posts/no-posts.txt", 0, 0, &[][..]),
    ] {
        let (text, v) = extract(&fixtures().join(file), &[]);
        assert_mentions_exact(&text, &v);
        let posts = of_kind(&v, "social_post");
        assert_eq!(posts.len(), n_posts, "{file}");
        for p in &posts {
            assert!(p["handle"].as_str().is_none_or(|h| h.starts_with('@')), "{file}");
            assert!(!p["name"].as_str().unwrap().is_empty(), "{file}");
            assert!(p["date"].is_string() || p["handle"].is_null(), "{file}: a signed post has its date");
        }
        assert_eq!(of_kind(&v, "link").len(), n_links, "{file}");
        let mut names: Vec<&str> = of_kind(&v, "outlet").iter().map(|s| s["name"].as_str().unwrap()).collect();
        let mut want = outlets.to_vec();
        names.sort();
        want.sort();
        assert_eq!(names, want, "{file}");
        // Every signed post backs claims of its own. (Header-style posts, `Name (@handle) on X:`,
        // are left out: the statement stage still reads a header line as a signature.)
        let header_style = |p: &Value| {
            let m = &p["mentions"][0];
            let end = m["end"].as_u64().unwrap() as usize;
            let line = text[end..].lines().next().unwrap_or("");
            line.trim_end().ends_with(':') || line.contains(": \"")
        };
        // A post only reported in the text (`wrote on Bluesky that …`, no handle or date)
        // backs the report's claim, whatever its kind.
        for p in posts.iter().filter(|p| !header_style(p)) {
            let signed = p["handle"].is_string() || p["date"].is_string();
            let backed = v["claims"].as_array().unwrap().iter().any(|c| {
                (!signed || c["kind"] == "social_post") && c["sources"].as_array().unwrap().contains(&p["id"])
            });
            assert!(backed, "{file}: {} gives no claim", p["name"]);
        }
    }
}

#[test]
fn the_article_outlet_is_a_source() {
    let (_, v) = extract(&fixtures().join("posts/single-line.txt"), &["--outlet", "The Steppe Herald"]);
    assert!(of_kind(&v, "outlet").iter().any(|s| s["name"] == "The Steppe Herald"));
    assert_eq!(v["article"]["outlet"], "The Steppe Herald");
}

#[test]
fn post_link_and_outlet_sources_snapshot() {
    for file in ["seed/article.txt", "posts/embeds.txt", "posts/single-line.txt", "posts/wrapped.txt"] {
        let (_, v) = extract(&fixtures().join(file), &[]);
        let name = file.replace(['/', '.'], "_");
        insta::assert_json_snapshot!(name, own_sources(&v));
    }
}

#[test]
fn seed_body_and_both_posts_corroborate_each_other() {
    let (_, v) = extract(&fixtures().join("seed/article.txt"), &[]);
    let claims = v["claims"].as_array().unwrap();
    let ids_where = |f: &dyn Fn(&Value) -> bool| -> Vec<String> {
        claims.iter().filter(|c| f(c)).map(|c| c["id"].as_str().unwrap().to_string()).collect()
    };
    let body = ids_where(&|c| c["sentence"] == 0 && c["kind"] != "social_post");
    let post1 = ids_where(&|c| c["kind"] == "social_post" && c["text"].as_str().unwrap().contains("set to visit"));
    let post2 = ids_where(&|c| c["kind"] == "social_post" && c["text"].as_str().unwrap().contains("Putin visits"));
    assert!(!body.is_empty() && !post1.is_empty() && !post2.is_empty());
    let links = |from: &[String], to: &[String]| {
        claims.iter().filter(|c| from.iter().any(|id| c["id"] == id.as_str())).any(|c| {
            c["corroborations"].as_array().unwrap().iter().any(|k| to.iter().any(|id| k["claim"] == id.as_str()))
        })
    };
    for (a, b) in [(&body, &post1), (&body, &post2), (&post1, &post2)] {
        assert!(links(a, b) && links(b, a), "{a:?} <-> {b:?}");
    }
    // Links go both ways with the same relation, and never within one source.
    for c in claims {
        for k in c["corroborations"].as_array().unwrap() {
            let other = claims.iter().find(|o| o["id"] == k["claim"]).unwrap();
            let back = other["corroborations"].as_array().unwrap().iter().find(|b| b["claim"] == c["id"]).unwrap();
            assert_eq!(back["relation"], k["relation"]);
            let speaker = |x: &Value| x["attribution"]["speaker"]["source"].clone();
            assert!(speaker(c) != speaker(other) || speaker(c).is_null() != speaker(other).is_null());
        }
    }
}
