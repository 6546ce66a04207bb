//! Snapshot tests of the segmenter over the fixture articles, and property
//! tests over arbitrary Unicode input.

use claims_extract::segment::{dateline, segment};
use proptest::prelude::*;

/// One line per sentence: `[start..end] text`, then the dateline.
fn render(text: &str) -> String {
    let mut out = String::new();
    if let Some(d) = dateline(text) {
        out.push_str(&format!("dateline: {:?} place={:?} [{}..{}]\n", d.text, d.place, d.span.start, d.span.end));
    }
    for s in segment(text) {
        assert_eq!(&text[s.start..s.end], s.text);
        out.push_str(&format!("{:>3} [{}..{}] {}\n", s.index, s.start, s.end, s.text));
    }
    out
}

#[test]
fn fixture_articles() {
    insta::glob!("../../../tests/fixtures/articles", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(render(&text));
    });
}

#[test]
fn seed_article() {
    insta::glob!("../../../tests/fixtures/seed", "article.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(render(&text));
    });
}

/// Text built from pieces that exercise the rules, mixed with arbitrary characters.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("“Yes.” ".to_string()),
        Just("\"No!\" he said. ".to_string()),
        Just("...".to_string()),
        Just(". . . ".to_string()),
        Just("\n".to_string()),
        Just("\r\n\r\n".to_string()),
        Just("— Name (@handle) November 9, 2023\n".to_string()),
        Just("region.https://t.co/x ".to_string()),
        Just("1. ".to_string()),
        Just("(a) ".to_string()),
        Just(" '' ".to_string()),
        Just("6 a.m. ".to_string()),
        Just("[1] ".to_string()),
        Just("？。".to_string()),
        "[a-zA-Z ]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
        "\\PC{0,6}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let sents = segment(text);
    let mut last_end = 0;
    for (k, s) in sents.iter().enumerate() {
        assert_eq!(s.index, k);
        assert!(s.start < s.end, "empty sentence {s:?}");
        assert!(s.start >= last_end, "overlap or disorder at {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(&text[s.start..s.end], s.text);
        assert_eq!(s.text.trim(), s.text, "not trimmed: {s:?}");
        // Nothing but white space between sentences.
        assert!(text[last_end..s.start].trim().is_empty(), "lost {:?}", &text[last_end..s.start]);
        last_end = s.end;
    }
    assert!(text[last_end..].trim().is_empty(), "lost tail {:?}", &text[last_end..]);
    if let Some(d) = dateline(text) {
        assert_eq!(&text[d.span.start..d.span.end], d.text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_are_exact_on_any_unicode(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn spans_are_exact_on_news_like_text(text in newsish()) {
        check(&text);
    }

    #[test]
    fn spans_are_exact_on_any_chars(text in proptest::collection::vec(any::<char>(), 0..120).prop_map(|v| v.into_iter().collect::<String>())) {
        check(&text);
    }
}
