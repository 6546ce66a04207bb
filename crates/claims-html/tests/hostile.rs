//! Hostile input never panics: random markup, Unicode and truncated tags.

use proptest::prelude::*;

/// Pieces of markup that exercise the tag scanner, the parser, embeds and metadata.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<div>".to_string()),
        Just("</div>".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<b><i>".to_string()),
        Just("<br>".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<script>".to_string()),
        Just("</script>".to_string()),
        Just("<noscript>".to_string()),
        Just("<a href=\"".to_string()),
        Just("'\">".to_string()),
        Just("<blockquote class=\"twitter-tweet\">".to_string()),
        Just("&mdash; Name (@h) <a href=\"https://twitter.com/h/status/1\">November 9, 2023</a>".to_string()),
        Just("</blockquote>".to_string()),
        Just("<meta charset=\"windows-1252\">".to_string()),
        Just("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":".to_string()),
        Just("<time datetime=\"2023-1".to_string()),
        Just("\u{E000}claims-embed-0\u{E001}".to_string()),
        "[a-zA-Z .,]{0,40}".prop_map(|s| s),
        "\\PC{0,12}".prop_map(|s| s),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_markup_never_panics(pieces in proptest::collection::vec(piece(), 0..60)) {
        let page = pieces.concat();
        let p = claims_html::read_html(page.as_bytes()).unwrap();
        let marker_left = p.text.contains('\u{E000}');
        prop_assert!(!marker_left, "marker left in {:?}", p.text);
        let _ = claims_html::read_markdown(&page);
        let _ = claims_html::sniff(page.as_bytes());
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = claims_html::read_html(&bytes);
        let _ = claims_html::sniff(&bytes);
    }
}
