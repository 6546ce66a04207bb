//! Tests of post detection on many signature styles and must-not cases.

use super::*;
use crate::segment::segment;

fn posts(t: &str) -> Vec<Post> {
    let ps = find_posts(t, &segment(t));
    for p in &ps {
        for s in [Some(p.span), Some(p.body), Some(p.text), p.signature, p.name_span].into_iter().flatten() {
            assert!(s.start <= s.end && s.end <= t.len());
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
        }
        assert!(p.span.contains(&p.body) && p.body.contains(&p.text));
        for l in &p.links {
            assert_eq!(&t[l.start..l.end], l.text);
        }
    }
    ps
}

fn slice(t: &str, s: Span) -> &str {
    &t[s.start..s.end]
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn seed() -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/seed/article.txt");
    std::fs::read_to_string(p).expect("seed fixture")
}

#[test]
fn seed_article_posts() {
    let t = seed();
    let ps = posts(&t);
    assert_eq!(ps.len(), 2);
    let a = &ps[0];
    assert_eq!(a.name.as_deref(), Some("Al Arabiya English"));
    assert_eq!(slice(&t, a.name_span.unwrap()), "Al Arabiya English");
    assert_eq!(a.handle.as_deref(), Some("@AlArabiya_Eng"));
    assert_eq!(a.date, date(2023, 11, 9));
    assert!(slice(&t, a.body).starts_with("Russian President Vladimir #Putin is set to visit"));
    assert!(slice(&t, a.body).ends_with("in the region.https://t.co/ICta5gnHhw"));
    assert!(slice(&t, a.text).ends_with("in the region."));
    assert_eq!(a.links.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["https://t.co/ICta5gnHhw"]);
    assert_eq!(a.url, None);
    assert_eq!(slice(&t, a.signature.unwrap()), "— Al Arabiya English (@AlArabiya_Eng) November 9, 2023");

    let b = &ps[1];
    assert_eq!(b.name.as_deref(), Some("TOP X News"));
    assert_eq!(b.handle.as_deref(), Some("@TOPXNews"));
    assert_eq!(b.date, date(2023, 11, 9));
    assert!(slice(&t, b.body).starts_with("\"Leaders from Pakistan"));
    assert!(slice(&t, b.body).ends_with("https://t.co/JwIV69eopy\" pic.twitter.com/Duhb40q2D8"));
    assert!(slice(&t, b.text).starts_with("Leaders from Pakistan"));
    assert!(slice(&t, b.text).ends_with("here: https://t.co/JwIV69eopy"));
    assert_eq!(
        b.links.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(),
        ["https://t.co/JwIV69eopy", "pic.twitter.com/Duhb40q2D8"]
    );
    // The posts' sentences lie inside their bodies; the article's do not.
    let sents = segment(&t);
    let inside: Vec<&str> =
        sents.iter().filter(|s| ps.iter().any(|p| p.body.contains(&s.span()))).map(|s| s.text.as_str()).collect();
    assert!(inside.iter().any(|s| s.contains("#Putin is set to visit")));
    assert!(inside.iter().any(|s| s.contains("While Putin visits Kazakhstan")));
    assert!(!inside.iter().any(|s| s.contains("visited Kazakhstan on Thursday")));
    assert!(!inside.iter().any(|s| s.contains("former Soviet republics are looking")));
    // The promotional line is found.
    let promo: Vec<&str> = sents.iter().filter(|s| is_promotional(&s.text)).map(|s| s.text.as_str()).collect();
    assert_eq!(promo.len(), 1, "{promo:?}");
    assert!(promo[0].starts_with("Find out more about this significant meeting here"));
}

#[test]
fn dash_variants() {
    for dash in ["—", "–", "-", "--", "―"] {
        let t = format!("Article text here.\nPutin lands in Astana for talks.\n{dash} Kazinform (@Kazinform_EN) Nov 9, 2023\nMore text.");
        let ps = posts(&t);
        assert_eq!(ps.len(), 1, "{dash}");
        assert_eq!(slice(&t, ps[0].body), "Putin lands in Astana for talks.");
        assert_eq!(ps[0].name.as_deref(), Some("Kazinform"));
        assert_eq!(ps[0].date, date(2023, 11, 9));
    }
    // Glued em dash.
    let t = "Putin lands in Astana.\n—Kazinform (@Kazinform_EN) November 9, 2023";
    assert_eq!(posts(t)[0].name.as_deref(), Some("Kazinform"));
}

#[test]
fn no_dash_and_date_formats() {
    for (sig, d) in [
        ("Astana Times (@TheAstanaTimes) November 9, 2023", date(2023, 11, 9)),
        ("Astana Times (@TheAstanaTimes) Nov 9, 2023", date(2023, 11, 9)),
        ("Astana Times (@TheAstanaTimes) Nov. 9, 2023", date(2023, 11, 9)),
        ("Astana Times (@TheAstanaTimes) 9 November 2023", date(2023, 11, 9)),
        ("Astana Times (@TheAstanaTimes) 2023-11-09", date(2023, 11, 9)),
        ("Astana Times (@TheAstanaTimes) 10:42 AM · Nov 9, 2023", date(2023, 11, 9)),
        ("Astana Times (@TheAstanaTimes)", None),
    ] {
        let t = format!("Flights resumed at Astana airport on Thursday.\n{sig}\n");
        let ps = posts(&t);
        assert_eq!(ps.len(), 1, "{sig}");
        assert_eq!(ps[0].handle.as_deref(), Some("@TheAstanaTimes"));
        assert_eq!(ps[0].name.as_deref(), Some("Astana Times"));
        assert_eq!(ps[0].date, d, "{sig}");
        assert_eq!(slice(&t, ps[0].body), "Flights resumed at Astana airport on Thursday.");
    }
}

#[test]
fn on_x_signature_with_status_url() {
    let t = "Intro.\n\nThe summit opened in Tashkent.\n\n— Shavkat Mirziyoyev (@president_uz) on X, November 9, 2023 https://twitter.com/president_uz/status/1722566939474694331\n";
    let ps = posts(t);
    assert_eq!(ps.len(), 1);
    let p = &ps[0];
    assert_eq!(p.name.as_deref(), Some("Shavkat Mirziyoyev"));
    assert_eq!(p.url.as_deref(), Some("https://twitter.com/president_uz/status/1722566939474694331"));
    assert_eq!(slice(t, p.body), "The summit opened in Tashkent.");
    assert_eq!(p.links.len(), 1);
}

#[test]
fn header_on_x_styles() {
    // Header with the post in the next paragraph and a date footer.
    let t = "Officials were quick to react.\n\nTOP X News (@TOPXNews) on X:\n\"Erdogan arrives in Tashkent for the ECO summit.\"\n9:41 AM · Nov 9, 2023\n\nThe summit began.";
    let ps = posts(t);
    assert_eq!(ps.len(), 1);
    assert_eq!(ps[0].name.as_deref(), Some("TOP X News"));
    assert_eq!(slice(t, ps[0].body), "\"Erdogan arrives in Tashkent for the ECO summit.\"");
    assert_eq!(slice(t, ps[0].text), "Erdogan arrives in Tashkent for the ECO summit.");
    assert_eq!(ps[0].date, date(2023, 11, 9));
    assert!(slice(t, ps[0].span).ends_with("Nov 9, 2023"));
    // Header with the post on the same line.
    let t = "Kazakh Foreign Ministry (@MFA_KZ) on Twitter: Talks with Uzbekistan ended with 12 agreements. https://t.co/xyz\nNext paragraph.";
    let ps = posts(t);
    assert_eq!(ps.len(), 1);
    assert_eq!(slice(t, ps[0].body), "Talks with Uzbekistan ended with 12 agreements. https://t.co/xyz");
    assert_eq!(slice(t, ps[0].text), "Talks with Uzbekistan ended with 12 agreements.");
}

#[test]
fn handleless_header_and_instagram() {
    let t =
        "Reactions poured in.\nAl Arabiya English on X: \"Putin is set to visit Kazakhstan on Thursday.\" / X\nMore.";
    let ps = posts(t);
    assert_eq!(ps.len(), 1);
    assert_eq!(ps[0].name.as_deref(), Some("Al Arabiya English"));
    assert_eq!(ps[0].handle, None);
    assert_eq!(slice(t, ps[0].body), "\"Putin is set to visit Kazakhstan on Thursday.\"");
    assert_eq!(slice(t, ps[0].text), "Putin is set to visit Kazakhstan on Thursday.");
    // Without a quotation it is a heading or prose, not a post.
    assert!(posts("Musk on X: the platform is changing.\nMore.").is_empty());
    assert!(posts("Reactions.\nExperts weighed in on X: many doubted it.").is_empty());
    let t = "The singer celebrated in Almaty.\nA post shared by Dimash Qudaibergen (@dimash_official) Nov 9, 2023";
    let ps = posts(t);
    assert_eq!(ps[0].name.as_deref(), Some("Dimash Qudaibergen"));
    assert_eq!(ps[0].handle.as_deref(), Some("@dimash_official"));
}

#[test]
fn quoted_bodies_and_tails() {
    let t = "Reaction was swift.\n“Tashkent welcomes the leaders of the ECO region. #ECOSummit” pic.twitter.com/AbC123\n— Uzbekistan MFA (@MFA_Uzbekistan) November 8, 2023";
    let ps = posts(t);
    assert_eq!(ps.len(), 1);
    assert_eq!(
        slice(t, ps[0].body),
        "“Tashkent welcomes the leaders of the ECO region. #ECOSummit” pic.twitter.com/AbC123"
    );
    assert_eq!(slice(t, ps[0].text), "Tashkent welcomes the leaders of the ECO region. #ECOSummit");
    assert_eq!(ps[0].date, date(2023, 11, 8));
    // Quoted post introduced mid-line: the body starts at the quotation mark.
    let t = "The ministry wrote: \"The \"new\" route opens on Monday.\" https://t.co/q1\n— Kazakh Railways (@KTZ_official) Nov 9, 2023";
    let ps = posts(t);
    assert_eq!(slice(t, ps[0].body), "\"The \"new\" route opens on Monday.\" https://t.co/q1");
    // Link tail on its own line.
    let t = "Long article paragraph that goes on for a while and is clearly a paragraph of the article itself, not a post.\nA short post.\npic.twitter.com/zzz\n- Someone (@someone) Nov 9, 2023";
    let ps = posts(t);
    assert_eq!(slice(t, ps[0].body), "A short post.\npic.twitter.com/zzz");
}

#[test]
fn mid_line_signature() {
    let t =
        "Earlier paragraph.\nTalks were productive. pic.twitter.com/k1 — Ebrahim Raisi (@raisi_com) November 9, 2023\n";
    let ps = posts(t);
    assert_eq!(ps.len(), 1);
    assert_eq!(slice(t, ps[0].body), "Talks were productive. pic.twitter.com/k1");
    assert_eq!(ps[0].name.as_deref(), Some("Ebrahim Raisi"));
    // Quoted post with its signature on the same line, and a final period.
    let t = "Earlier paragraph.\n“We arrived in Tashkent.” — Shehbaz Sharif (@CMShehbaz) Nov 9, 2023.\nNext.";
    let ps = posts(t);
    assert_eq!(ps.len(), 1);
    assert_eq!(slice(t, ps[0].body), "“We arrived in Tashkent.”");
    assert_eq!(ps[0].date, date(2023, 11, 9));
    // Prose after the handle is not a signature, even after a period.
    assert!(posts("Earlier.\nTalks ended. — Ali Ahmadi (@aliahmadi) Nov 9, 2023. He left.").is_empty());
}

#[test]
fn hard_wrapped_and_multi_line_bodies() {
    let t = "The article opens with a paragraph that is long enough to be a paragraph of its own in the article text.\n\nWe are proud to host the\nECO summit in Tashkent this\nweek.\n\n— Uzbek Government (@Gov_Uz) November 9, 2023\n";
    let ps = posts(t);
    assert_eq!(slice(t, ps[0].body), "We are proud to host the\nECO summit in Tashkent this\nweek.");
    // A short post line below a long article line: only the post.
    let t = "This is a long paragraph of the article that talks about the summit, the leaders and the region at length.\nShort post text.\n— Name Here (@name) Nov 9, 2023";
    assert_eq!(slice(t, posts(t)[0].body), "Short post text.");
}

#[test]
fn handle_only_and_other_platforms() {
    let t = "Putin arrived.\n— @KremlinRussia_E November 9, 2023";
    let ps = posts(t);
    assert_eq!(ps.len(), 1);
    assert_eq!(ps[0].name, None);
    assert_eq!(ps[0].handle.as_deref(), Some("@KremlinRussia_E"));
    assert_eq!(slice(t, ps[0].name_span.unwrap()), "@KremlinRussia_E");
    let t = "Lovely day in Astana.\n— Jane Doe (@jane.bsky.social) Nov 9, 2023";
    assert_eq!(posts(t)[0].handle.as_deref(), Some("@jane.bsky.social"));
    let t = "Lovely day in Astana.\n— Jane Doe (@jane@mastodon.social) Nov 9, 2023";
    assert_eq!(posts(t)[0].handle.as_deref(), Some("@jane@mastodon.social"));
}

#[test]
fn consecutive_posts_do_not_overlap() {
    let t = "First post.\n— A One (@aone) Nov 9, 2023\nSecond post.\n— B Two (@btwo) Nov 9, 2023";
    let ps = posts(t);
    assert_eq!(ps.len(), 2);
    assert_eq!(slice(t, ps[0].body), "First post.");
    assert_eq!(slice(t, ps[1].body), "Second post.");
    assert!(ps[0].span.end <= ps[1].span.start);
}

#[test]
fn not_posts() {
    for t in [
        // A handle inside a sentence.
        "Officials at the embassy (@USEmbassyKZ) said on Thursday the visit went well.",
        "The talks — hosted by Tokayev (@TokayevKZ) — ended on Thursday.",
        "Talks ended.\nThe minister, Ali Ahmadi (@aliahmadi), said more talks would follow.",
        "Talks ended.\n— welcomed by Tokayev (@TokayevKZ) on Thursday.",
        // Em dashes in prose.
        "The summit — the first since 2019 — ended on Thursday.\n— and then it rained.",
        "Putin visited Kazakhstan — a key partner — on Thursday. Email news@example.org.",
        // A signature with nothing before it.
        "— Al Arabiya English (@AlArabiya_Eng) November 9, 2023",
        // No-dash line with prose is not a signature.
        "Talks ended.\nthey said (@x) it was over",
        "",
        "@",
        "(@",
    ] {
        assert!(posts(t).is_empty(), "{t}");
    }
}

#[test]
fn unicode_never_panics() {
    for t in [
        "Пост.\n— Мария Захарова (@MID_RF) 9 November 2023",
        "🚨🚨\n— 🚨 BNO News 🚨 (@BNONews) Nov 9, 2023",
        "“Привет”\n— X (@y)",
        "é(@é) — (@\n—(@a)\n(@a) Nov 9, 2023",
    ] {
        let _ = posts(t);
    }
    let t = "Пост о саммите.\n— Мария Захарова (@MID_RF) 9 November 2023";
    let ps = posts(t);
    assert_eq!(ps[0].name.as_deref(), Some("Мария Захарова"));
    assert_eq!(slice(t, ps[0].body), "Пост о саммите.");
}

fn fixture(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/posts").join(name);
    std::fs::read_to_string(p).expect("posts fixture")
}

/// (name, handle, date, first words of the post text, links) of each post.
type Expected<'a> = (Option<&'a str>, &'a str, Option<NaiveDate>, &'a str, &'a [&'a str]);

fn check_posts(t: &str, expected: &[Expected<'_>]) {
    let ps: Vec<Post> = posts(t).into_iter().filter(|p| p.handle.is_some()).collect();
    assert_eq!(ps.len(), expected.len());
    for (p, (name, handle, d, starts, links)) in ps.iter().zip(expected) {
        assert_eq!(p.name.as_deref(), *name);
        assert_eq!(p.handle.as_deref(), Some(*handle));
        assert_eq!(p.date, *d, "{handle}");
        assert!(slice(t, p.text).starts_with(starts), "{handle}: {:?}", slice(t, p.text));
        assert_eq!(p.links.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), *links, "{handle}");
    }
}

fn outlet_names(t: &str) -> Vec<String> {
    find_outlets(t, &segment(t)).into_iter().map(|o| o.name).collect()
}

#[test]
fn fixture_embeds_blank_line_paragraphs() {
    let t = fixture("embeds.txt");
    let nov9 = date(2023, 11, 9);
    check_posts(
        &t,
        &[
            (Some("Uzbekistan MFA"), "@MFA_Uzbekistan", nov9, "Tashkent welcomes", &["pic.twitter.com/Rk2mXq81Lp"]),
            (Some("TOP X News"), "@TOPXNews", nov9, "Erdogan and Raisi meet", &[]),
            (
                Some("Kazinform"),
                "@Kazinform_EN",
                nov9,
                "Putin has landed in #Astana",
                &["https://twitter.com/Kazinform_EN/status/1722600000000000001"],
            ),
        ],
    );
    let ps = posts(&t);
    assert_eq!(ps[2].url.as_deref(), Some("https://twitter.com/Kazinform_EN/status/1722600000000000001"));
    assert_eq!(find_links(&t).len(), 4);
    assert_eq!(outlet_names(&t), ["Agence France-Presse", "Reuters", "Anadolu Agency", "BBC", "Kazinform"]);
    let promo: Vec<String> = segment(&t).into_iter().filter(|s| is_promotional(&s.text)).map(|s| s.text).collect();
    assert!(promo.iter().any(|s| s.starts_with("Read more:")));
    assert!(promo.iter().any(|s| s.starts_with("Follow us on Telegram")));
    assert!(!promo.iter().any(|s| s.contains("declaration is available")));
}

#[test]
fn fixture_single_line_paragraphs() {
    let t = fixture("single-line.txt");
    check_posts(
        &t,
        &[
            (
                Some("Astana Times"),
                "@TheAstanaTimes",
                date(2023, 11, 9),
                "Putin lands in Astana.",
                &["pic.twitter.com/PtN4aX0kQe"],
            ),
            (
                None,
                "@KazStat_Official",
                date(2023, 11, 8),
                "Kazakhstan exported 12 million",
                &["https://t.co/Gr4inStat5"],
            ),
            (Some("Uzbek Energy Ministry"), "@Minenergy_Uz", date(2023, 11, 9), "Gas deliveries to Uzbekistan", &[]),
        ],
    );
    // No article sentence is read as part of a post.
    let ps = posts(&t);
    for s in segment(&t) {
        let inside = ps.iter().any(|p| p.body.contains(&s.span()));
        let post_like = ["Putin lands", "Talks with Tokayev are expected", "Kazakhstan exported", "Gas deliveries"]
            .iter()
            .any(|w| s.text.starts_with(w));
        if !s.text.starts_with("pic.twitter.com") {
            assert_eq!(inside, post_like, "{}", s.text);
        }
    }
    assert_eq!(find_links(&t).len(), 3);
    assert_eq!(outlet_names(&t), ["Associated Press", "Al Jazeera", "CNN"]);
}

#[test]
fn fixture_hard_wrapped_with_other_platforms() {
    let t = fixture("wrapped.txt");
    let nov10 = date(2023, 11, 10);
    check_posts(
        &t,
        &[
            (
                Some("National Bank of Kazakhstan"),
                "@NationalBankKZ",
                nov10,
                "The bank's rate decision is final",
                &["www.nationalbank.kz/en/news"],
            ),
            (Some("Dana Akhmetova"), "@dana-akh.bsky.social", nov10, "Inflation is still too high", &[]),
            (Some("Dimash Qudaibergen"), "@dimash_official", nov10, "Thank you Astana!", &[]),
        ],
    );
    let ps = posts(&t);
    assert_eq!(
        slice(&t, ps[0].body),
        "The bank's rate decision is final for this year. Next review in\nJanuary. Full statement at www.nationalbank.kz/en/news"
    );
    // The handle-less page-title post is found too (it has no handle, so check_posts skips it).
    let all = find_posts(&t, &segment(&t));
    assert_eq!(all.len(), 4);
    let mof = all.iter().find(|p| p.handle.is_none()).unwrap();
    assert_eq!(mof.name.as_deref(), Some("Kazakh Finance Ministry"));
    assert_eq!(slice(&t, mof.text), "The 2024 budget assumes inflation of 7.5% and growth of 5.3%.");
    assert_eq!(outlet_names(&t), ["Reuters", "Reuters", "Interfax"]);
    let promo: Vec<String> = segment(&t).into_iter().filter(|s| is_promotional(&s.text)).map(|s| s.text).collect();
    assert!(promo.iter().any(|s| s.starts_with("Subscribe")), "{promo:?}");
}

#[test]
fn fixture_without_posts_links_or_outlet_sources() {
    let t = fixture("no-posts.txt");
    assert!(posts(&t).is_empty());
    assert!(find_links(&t).is_empty());
    assert!(outlet_names(&t).is_empty());
    assert!(!segment(&t).iter().any(|s| is_promotional(&s.text)));
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that exercise every path: dashes, handles, quotes, links, dates, line breaks, Unicode.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("— ".to_string()),
            Just(" - ".to_string()),
            Just("(@".to_string()),
            Just("(@AlArabiya_Eng)".to_string()),
            Just(")".to_string()),
            Just("\"".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("https://t.co/x".to_string()),
            Just("pic.twitter.com/".to_string()),
            Just("www.".to_string()),
            Just("November 9, 2023".to_string()),
            Just("Nov 9, 2023".to_string()),
            Just(" on X:".to_string()),
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("\r\n".to_string()),
            Just("according to Reuters".to_string()),
            Just("(AFP) —".to_string()),
            Just(" reported".to_string()),
            Just("#Putin".to_string()),
            Just("Find out more here: ".to_string()),
            Just("Ünïcödé ".to_string()),
            Just("🚨".to_string()),
            "[A-Za-z .,:]{0,12}",
            "\\PC{0,4}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn never_panics_and_spans_are_exact(parts in proptest::collection::vec(piece(), 0..24)) {
            let t: String = parts.concat();
            let ps = posts(&t); // checks bounds, boundaries and nesting
            for p in &ps {
                if let Some(n) = p.name_span {
                    let _ = slice(&t, n);
                }
            }
            for l in find_links(&t) {
                prop_assert_eq!(&t[l.start..l.end], l.text.as_str());
                prop_assert!(!l.text.ends_with(['.', ',', ';', ':', '!', '?']));
            }
            let sents = segment(&t);
            for o in find_outlets(&t, &sents) {
                prop_assert!(t.is_char_boundary(o.span.start) && t.is_char_boundary(o.span.end));
                prop_assert!(o.span.end <= t.len());
            }
            for s in &sents {
                let _ = is_promotional(&s.text);
                let _ = clean_statement(&s.text);
            }
            let _ = clean_statement(&t);
            let _ = is_promotional(&t);
        }
    }
}

/// Prints throughput on a large article (run with `--ignored --nocapture`; figures, not assertions).
#[test]
#[ignore = "measurement"]
fn throughput() {
    let mut big = String::new();
    while big.len() < 4_000_000 {
        for f in ["embeds.txt", "single-line.txt", "no-posts.txt"] {
            big.push_str(&fixture(f));
            big.push_str("\n\n");
        }
        big.push_str(&seed());
        big.push_str("\n\n");
    }
    let sents = segment(&big);
    let mb = big.len() as f64 / 1e6;
    let t0 = std::time::Instant::now();
    let n_posts = find_posts(&big, &sents).len();
    let t1 = std::time::Instant::now();
    let n_links = find_links(&big).len();
    let t2 = std::time::Instant::now();
    let n_outlets = find_outlets(&big, &sents).len();
    let t3 = std::time::Instant::now();
    let n_promo = sents.iter().filter(|s| is_promotional(&s.text)).count();
    let t4 = std::time::Instant::now();
    let rate = |a: std::time::Instant, b: std::time::Instant| mb / (b - a).as_secs_f64();
    println!(
        "{mb:.1} MB: posts {n_posts} at {:.1} MB/s, links {n_links} at {:.1} MB/s, outlets {n_outlets} at {:.1} MB/s, promotional {n_promo} at {:.1} MB/s",
        rate(t0, t1),
        rate(t1, t2),
        rate(t2, t3),
        rate(t3, t4)
    );
}

/// Prints what is found in the Wikinews attribution texts (run with `--ignored --nocapture`).
#[test]
#[ignore = "inspection of ../shared data"]
fn wikinews_inspection() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/wikinews-attribution/texts");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} not found", dir.display());
        return;
    };
    let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let t = std::fs::read_to_string(&f).unwrap();
        let sents = segment(&t);
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        for p in find_posts(&t, &sents) {
            println!("{name} POST {:?} {:?} body={:?}", p.name, p.handle, slice(&t, p.body));
        }
        for o in find_outlets(&t, &sents) {
            let a = floor_boundary(&t, o.span.start.saturating_sub(50));
            let mut b = (o.span.end + 40).min(t.len());
            while !t.is_char_boundary(b) {
                b += 1;
            }
            println!("{name} OUTLET {} | {:?}", o.name, &t[a..b]);
        }
        for s in sents.iter().filter(|s| is_promotional(&s.text)) {
            println!("{name} PROMO {:?}", s.text);
        }
        println!("{name} LINKS {}", find_links(&t).len());
    }
}

/// Prints every sentence of the segmentation dev set judged promotional, and
/// every post found there (run with `--ignored --nocapture`).
#[test]
#[ignore = "inspection of ../shared data"]
fn segmentation_set_inspection() {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/segmentation/dev_en.json");
    let Ok(raw) = std::fs::read_to_string(&p) else {
        println!("skipped: {} not found", p.display());
        return;
    };
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let (mut n, mut promo, mut n_posts, mut n_links) = (0, 0, 0, 0);
    for item in v.as_array().unwrap() {
        let t = item["text"].as_str().unwrap_or("");
        let sents = segment(t);
        n += sents.len();
        for s in sents.iter().filter(|s| is_promotional(&s.text)) {
            promo += 1;
            println!("PROMO {:?}", s.text);
        }
        for p in find_posts(t, &sents) {
            n_posts += 1;
            println!("POST {:?} {:?} {:?}", p.name, p.handle, slice(t, p.body));
        }
        n_links += find_links(t).len();
    }
    println!("{n} sentences, {promo} promotional, {n_posts} posts, {n_links} links");
}

/// Prints outlets, posts and promotional sentences found in the IteraTeR
/// Wikinews `after.txt` texts (run with `--ignored --nocapture`).
#[test]
#[ignore = "inspection of ../shared data"]
fn iterater_inspection() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/iterater-wikinews-dev");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} not found", dir.display());
        return;
    };
    let (mut docs, mut sents_n, mut outlets_n) = (0, 0, 0);
    for e in entries.flatten() {
        let Ok(t) = std::fs::read_to_string(e.path().join("after.txt")) else { continue };
        docs += 1;
        let sents = segment(&t);
        sents_n += sents.len();
        for o in find_outlets(&t, &sents) {
            outlets_n += 1;
            let a = floor_boundary(&t, o.span.start.saturating_sub(40));
            let mut b = (o.span.end + 30).min(t.len());
            while !t.is_char_boundary(b) {
                b += 1;
            }
            println!("OUTLET {} | {:?}", o.name, &t[a..b]);
        }
        for p in find_posts(&t, &sents) {
            println!("POST {:?} {:?} {:?}", p.name, p.handle, slice(&t, p.body));
        }
        for s in sents.iter().filter(|s| is_promotional(&s.text)) {
            println!("PROMO {:?}", s.text);
        }
    }
    println!("{docs} documents, {sents_n} sentences, {outlets_n} outlets");
}

#[test]
fn a_platform_named_where_a_report_was_posted() {
    let t = "In a post on X, he wrote that the deal was dead.";
    let cue = t.find("wrote").unwrap();
    let (p, at) = platform_of_report(t, Span::new(0, t.len()), Span::new(cue, cue + 5)).unwrap();
    assert_eq!((p, &t[at.start..at.end]), ("X", "X"));
    let t = "She wrote on Facebook that the shop would close.";
    let cue = t.find("wrote").unwrap();
    assert_eq!(platform_of_report(t, Span::new(0, t.len()), Span::new(cue, cue + 5)).map(|x| x.0), Some("Facebook"));
    // Being on a platform is no post (`was on X all day`), nor a word that starts like one.
    let t = "He was on X all day and on Xbox at night, his aide said.";
    let cue = t.find("said").unwrap();
    assert_eq!(platform_of_report(t, Span::new(0, t.len()), Span::new(cue, cue + 4)), None);
}
