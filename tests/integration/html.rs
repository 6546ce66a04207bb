//! HTML and Markdown input: `extract`, `diff` (and `track`, through the same input
//! function) read web pages as people save them.

use crate::harness::*;
use serde_json::Value;

fn page(name: &str) -> String {
    fixtures().join("html").join(name).to_str().unwrap().to_string()
}

fn extract_json(args: &[&str]) -> Value {
    let r = run(args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

/// The extracted text and article metadata, as a fact-checker reviews them.
fn review(v: &Value) -> String {
    let a = &v["article"];
    let mut s = String::new();
    for k in ["headline", "author", "published", "modified", "outlet", "url"] {
        s.push_str(&format!("{k}: {}\n", a[k]));
    }
    s.push_str("---\n");
    s.push_str(v["text"].as_str().expect("HTML input gives the extracted text"));
    s.push('\n');
    s
}

/// Every offset refers to `Extraction.text`.
fn assert_spans_exact(v: &Value) {
    let text = v["text"].as_str().unwrap();
    for s in v["sentences"].as_array().unwrap() {
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[a..b], s["text"].as_str().unwrap());
    }
    for c in v["claims"].as_array().unwrap() {
        let (a, b) = (c["span"]["start"].as_u64().unwrap() as usize, c["span"]["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[a..b], c["text"].as_str().unwrap());
    }
}

#[test]
fn fixture_pages_text_and_metadata() {
    for name in ["wire-story.html", "live-blog.html", "embedded-posts.html", "boilerplate.html", "newsletter.md"] {
        let v = extract_json(&["extract", &page(name)]);
        assert_spans_exact(&v);
        insta::assert_snapshot!(format!("page-{name}"), review(&v));
    }
}

#[test]
fn boilerplate_is_left_out() {
    let v = extract_json(&["extract", &page("boilerplate.html")]);
    let text = v["text"].as_str().unwrap();
    for furniture in
        ["cookies", "Advertisement", "Most read", "You may also like", "white elephant", "Sign up", "Tags:"]
    {
        assert!(!text.contains(furniture), "{furniture:?} leaked into {text}");
    }
    assert!(text.contains("Mark Høiland"), "ISO-8859-1 decoded: {text}");
}

#[test]
fn embedded_posts_in_pasted_style() {
    let v = extract_json(&["extract", &page("embedded-posts.html")]);
    let text = v["text"].as_str().unwrap();
    assert!(text.contains(
        "#StormCiaran\n— Port of Dover (@Port_of_Dover) November 2, 2023 https://twitter.com/Port_of_Dover/status/1719948822011000000\n\n"
    ));
    assert!(text.contains("pic.twitter.com/kJ2vQpLm8x\n— Enedis (@enedis) November 2, 2023 "));
    assert!(!text.contains("widgets.js") && !text.contains("ref_src"));
    // They become social_post sources, as pasted posts in plain text do.
    let posts: Vec<&Value> = v["sources"].as_array().unwrap().iter().filter(|s| s["kind"] == "social_post").collect();
    let got: Vec<(String, String, String, String)> = posts
        .iter()
        .map(|s| (s["name"].to_string(), s["handle"].to_string(), s["date"].to_string(), s["url"].to_string()))
        .collect();
    let want = [
        ("Port of Dover", "@Port_of_Dover", "https://twitter.com/Port_of_Dover/status/1719948822011000000"),
        ("Enedis", "@enedis", "https://twitter.com/enedis/status/1719911733250000000"),
    ];
    let want: Vec<(String, String, String, String)> = want
        .iter()
        .map(|(n, h, u)| (format!("{n:?}"), format!("{h:?}"), "\"2023-11-02\"".to_string(), format!("{u:?}")))
        .collect();
    assert_eq!(got, want);
    let post_claims = v["claims"].as_array().unwrap().iter().filter(|c| c["kind"] == "social_post").count();
    assert!(post_claims >= 2, "the posts' sentences are claims of kind social_post");
}

#[test]
fn html_page_and_plain_text_twin_give_the_same_claims() {
    let html = extract_json(&["extract", &page("wire-story.html")]);
    let txt = extract_json(&[
        "extract",
        &page("wire-story.txt"),
        "--published",
        "2024-03-14",
        "--outlet",
        "Global Wire",
        "--url",
        "https://globalwire.example/world/un-wheat-black-sea-2024-03-14/",
    ]);
    assert!(txt["text"].is_null(), "plain text input has no separate text");
    let key = |v: &Value| -> Vec<(String, String, String)> {
        v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["id"].to_string(), c["statement"].to_string(), c["kind"].to_string()))
            .collect()
    };
    assert!(!key(&html).is_empty());
    assert_eq!(key(&html), key(&txt));
    let sentences = |v: &Value| -> Vec<String> {
        v["sentences"].as_array().unwrap().iter().map(|s| s["text"].to_string()).collect()
    };
    assert_eq!(sentences(&html), sentences(&txt));
    // And `diff` reads both kinds through the same input function.
    let r = run(&["diff", &page("wire-story.html"), &page("wire-story.txt")]);
    assert_eq!(r.code, 0, "no claim changed: {}{}", r.stdout, r.stderr);
}

#[test]
fn flags_win_over_page_metadata() {
    let v = extract_json(&[
        "extract",
        &page("wire-story.html"),
        "--published",
        "2024-03-15",
        "--outlet",
        "Desk Copy",
        "--url",
        "https://mirror.example/x",
    ]);
    assert_eq!(v["article"]["published"], "2024-03-15");
    assert_eq!(v["article"]["outlet"], "Desk Copy");
    assert_eq!(v["article"]["url"], "https://mirror.example/x");
    assert_eq!(v["article"]["modified"], "2024-03-14");
}

#[test]
fn input_flag_overrides_detection() {
    // Read as text, a page is its markup: offsets refer to the input and `text` is null.
    let v = extract_json(&["extract", &page("wire-story.html"), "--input", "text"]);
    assert!(v["text"].is_null());
    assert!(v["sentences"].as_array().unwrap().iter().any(|s| s["text"].as_str().unwrap().contains("<meta")));
    // An HTML fragment from standard input, detected by content.
    let frag =
        b"<p>The mayor said on Monday that the bridge would reopen in June.</p>\n<p>Engineers found no new cracks.</p>";
    let r = run_stdin(&["extract", "-"], frag);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        v["text"],
        "The mayor said on Monday that the bridge would reopen in June.\n\nEngineers found no new cracks."
    );
    // Markdown by flag from standard input.
    let r = run_stdin(
        &["extract", "-", "--input", "markdown"],
        b"Prices **rose** by 3%, [the agency](https://x.example) said.\n",
    );
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["text"], "Prices rose by 3%, the agency said.");
    // Text stays text, with its old errors.
    assert_clean_error(&run_stdin(&["extract", "-", "--input", "text"], b"caf\xe9"), "UTF-8");
    assert_clean_error(&run_stdin(&["extract", "-", "--input", "markdown"], b"a\0b"), "NUL");
}

#[test]
fn hostile_deep_nesting_gives_a_result() {
    let n = 100_000;
    let page = format!(
        "<html><body>{}<p>The minister said the deep page was read.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let r = run_stdin(&["extract", "-"], page.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["text"], "The minister said the deep page was read.");
    // Never closed, and inline elements too.
    let page = format!("<html><body><p>{}Unclosed spans said the page.", "<span><b><i>".repeat(n / 3));
    let r = run_stdin(&["extract", "-"], page.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Unclosed spans said the page."));
}

#[test]
fn hostile_multi_megabyte_page_gives_a_result() {
    // ~6 MB: a huge inline script, a navigation of 20,000 links, a story, 5,000 comments.
    let mut page = String::from("<!DOCTYPE html><html><head><title>Big page | Site</title><script>var data = [");
    for i in 0..100_000 {
        page.push_str(&format!("{{\"id\":{i},\"html\":\"<div class='x'>item {i}</div>\"}},"));
    }
    page.push_str("];</script></head><body><nav><ul>");
    for i in 0..20_000 {
        page.push_str(&format!("<li><a href=\"/s/{i}\">Section {i}</a></li>"));
    }
    page.push_str("</ul></nav><article><h1>Big page</h1>");
    for i in 0..40 {
        page.push_str(&format!(
            "<p>Paragraph {i}: the regional council said on Tuesday that spending on roads would rise by {i} percent next year, officials said.</p>"
        ));
    }
    page.push_str("</article><section id=\"comments\">");
    for i in 0..5_000 {
        page.push_str(&format!("<div class=\"comment\"><p>Comment {i}: I do not believe a word of this.</p></div>"));
    }
    page.push_str("</section></body></html>");
    assert!(page.len() > 5_000_000);
    let r = run_stdin(&["extract", "-"], page.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let text = v["text"].as_str().unwrap();
    assert!(text.starts_with("Paragraph 0: the regional council said"), "{}", &text[..text.len().min(300)]);
    assert!(text.contains("Paragraph 39:") && !text.contains("Comment 1") && !text.contains("Section 1"));
    assert_spans_exact(&v);
}

#[test]
fn hostile_broken_markup_and_scripts() {
    let pages: &[&[u8]] = &[
        b"<html><body><div><p>Officials said the river <b>rose <i>by two</b> metres</i> overnight.<div></span></table></p></p><td>stray cell</body></body></html>",
        b"<p>Unterminated <a href=\"x>tag and <!-- an unterminated comment",
        b"<html><head><script>document.write('<p>not text</p>')</script><style>p{}</style></head><body><script>alert(1)</body>",
        b"<html><body></body></html>",
        b"<!DOCTYPE html>",
        b"<html><head><script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script></head><body><p>JSON-LD too deep to parse is ignored, the parser said.</p></body></html>",
        b"<html><body><blockquote class=\"twitter-tweet\"><p>Half a post &mdash; (@) <a href=\"https://twitter.com/x/status/1\">Smarch 40, 2023</a></body></html>",
        b"<html><body><blockquote class=\"twitter-tweet\"></blockquote><div class=\"fb-post\"></div><blockquote class=\"instagram-media\"><p>A post shared by (@)</p></blockquote></body></html>",
    ];
    for p in pages {
        let r = run_stdin(&["extract", "-", "--input", "html"], p);
        assert_eq!(r.code, 0, "{}: {}", String::from_utf8_lossy(p), r.stderr);
        let v: Value = serde_json::from_str(&r.stdout).unwrap();
        assert!(!v["text"].as_str().unwrap().contains("not text"));
        assert_spans_exact(&v);
    }
}

#[test]
fn hostile_charsets() {
    // windows-1252 declared in meta: curly quotes and the euro sign.
    let page =
        b"<html><head><meta charset=\"windows-1252\"></head><body><p>The fund said it had raised \x80" as &[u8];
    let page = [page, b"40m, calling it \x93a turning point\x94.</p></body></html>"].concat();
    let r = run_stdin(&["extract", "-"], &page);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["text"], "The fund said it had raised €40m, calling it “a turning point”.");
    // An unknown label falls back to the bytes: UTF-8 here.
    let r = run_stdin(&["extract", "-"], "<meta charset=\"x-klingon\"><p>Zürich said so.</p>".as_bytes());
    assert!(r.stdout.contains("Zürich said so."), "{}", r.stdout);
    // UTF-16 with a byte-order mark.
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "<html><body><p>Kyiv said the talks had ended.</p></body></html>".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let r = run_stdin(&["extract", "-", "--input", "html"], &utf16);
    assert!(r.stdout.contains("Kyiv said the talks had ended."), "{}{}", r.stdout, r.stderr);
    // NUL bytes without a byte-order mark are a clean error naming the input.
    assert_clean_error(&run_stdin(&["extract", "-", "--input", "html"], b"<p>a\0b</p>"), "standard input");
}
