//! Segmentation score on `data/segmentation/dev_en.json` and the seed article.
//!
//! Scoring rule of the upstream projects (see the data set's README): strip
//! each predicted and expected sentence, drop empty ones, and require the two
//! lists to be equal; `whitespace_normalized` cases also collapse runs of
//! white space first. Only cases with `preserves_text` are scored (the others
//! expect text cleaning, which a span segmenter does not do).
//! `CLAIMS_EVAL_VERBOSE=1` (or `--verbose`) prints every failing case: its
//! text, then expected and predicted sentences side by side (`=` same, `-`
//! expected only, `+` predicted only); with `--whole-quotes` it lists the
//! failures of the literary policy instead.

use std::path::Path;

use anyhow::{Context, Result};
use claims_extract::segment::{segment_with, SegmentOptions};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: u64,
    name: String,
    text: String,
    expected: Vec<String>,
    compare: String,
    preserves_text: bool,
}

/// The seed article's sentences as a careful reader splits them: the
/// dateline stays with the first sentence, each pasted post's text is one
/// unit (its link and `pic.twitter.com` tail included) and its signature
/// line another.
const SEED_GOLD: &[&str] = &[
    "ASTANA (Kazakhstan): Russian President Vladimir Putin visited Kazakhstan on Thursday, while Turkish leader Recep Tayyip Erdogan and his Iranian counterpart Ebrahim Raisi were expected in Uzbekistan.",
    "This renewed diplomatic interest in Central Asia comes as these former Soviet republics seek to diversify their partnerships.",
    "Russia’s influence in the region, which it considers part of its sphere of influence, has waned since its invasion of Ukraine.",
    "Despite this, Putin and his Kazakh counterpart Kassym-Jomart Tokayev praised their countries’ relationship, with Putin stating that their strategic partnership is forward-looking.",
    "Other world powers are investing in Central Asia, with China playing a significant role through its Belt and Road Initiative, a massive infrastructure project.",
    "Russian President Vladimir #Putin is set to visit Kazakhstan, while Turkish leader Recep Tayyip #Erdogan and his Iranian counterpart Ebrahim #Raisi are expected in Uzbekistan, amid renewed diplomatic interest in the region.https://t.co/ICta5gnHhw",
    "— Al Arabiya English (@AlArabiya_Eng) November 9, 2023",
    "Central Asia’s former Soviet republics are looking to strengthen ties with the European Union, the United States, Iran, and Turkey.",
    "In Uzbekistan’s capital, Tashkent, a summit of the Economic Cooperation Organisation was being held.",
    "The city hosted the Iranian and Turkish presidents, as well as Pakistani Prime Minister Anwaar-ul-Haq Kakar and other Central Asian leaders.",
    "The war between Israel and Hamas was not on the agenda of the summit.",
    "The conflict erupted when Hamas launched an unprecedented attack on Israel, resulting in many casualties, and Israel responded with a relentless bombardment and ground invasion of the Gaza Strip.",
    "Iran, which supports Hamas, expressed its willingness to discuss the conflict.",
    "\"Leaders from Pakistan, Turkey, and Iran are making a diplomatic push in Central Asia.",
    "While Putin visits Kazakhstan, Raisi, Erdogan, and Kakar are set to attend a regional economic summit in Uzbekistan.",
    "Find out more about this significant meeting here: https://t.co/JwIV69eopy\" pic.twitter.com/Duhb40q2D8",
    "— TOP X News (@TOPXNews) November 9, 2023",
    "While most of the talks at the summit were expected to focus on trade, humanitarian cooperation, and transport, Central Asian countries are actively seeking access to the sea, including through Pakistan.",
    "Russia, despite facing pressure in the region, remains a key partner.",
    "It has renewed investments in the energy sectors and launched energy projects, including gas supplies to Uzbekistan via Kazakhstan.",
    "Discussions about building nuclear power plants and hydroelectric projects in several countries were also taking place.",
];

fn normalize(s: &str, collapse: bool) -> String {
    if collapse {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        s.trim().to_string()
    }
}

fn clean(list: impl IntoIterator<Item = String>, collapse: bool) -> Vec<String> {
    list.into_iter().map(|s| normalize(&s, collapse)).filter(|s| !s.is_empty()).collect()
}

/// Scores the segmenter and prints the figures.
pub fn run(shared: &Path) -> Result<()> {
    let verbose = std::env::var_os("CLAIMS_EVAL_VERBOSE").is_some_and(|v| !v.is_empty() && v != "0")
        || std::env::args().any(|a| a == "--verbose" || a == "-v");
    // `--whole-quotes` lists the failures of the literary policy instead.
    let whole = std::env::args().any(|a| a == "--whole-quotes");
    let path = shared.join("data/segmentation/dev_en.json");
    if !path.is_file() {
        println!("segment: {} not found, dev set skipped", path.display());
    } else {
        let raw = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let cases: Vec<Case> = serde_json::from_str(&raw).with_context(|| format!("parsing {}", path.display()))?;
        let scored: Vec<&Case> = cases.iter().filter(|c| c.preserves_text).collect();
        let score = |opts: &SegmentOptions, show: bool| {
            let mut failed = 0;
            for c in &scored {
                let collapse = c.compare == "whitespace_normalized";
                let got = clean(segment_with(&c.text, opts).into_iter().map(|s| s.text), collapse);
                let want = clean(c.expected.iter().cloned(), collapse);
                if got != want {
                    failed += 1;
                    if show {
                        print_failure(c.id, &c.name, &c.text, &want, &got);
                    }
                }
            }
            failed
        };
        let failed = score(&SegmentOptions::default(), verbose && !whole);
        let n = scored.len();
        println!(
            "segment dev_en ({} cases with preserves_text, of {}): {:.1}% passed",
            n,
            cases.len(),
            100.0 * (n - failed) as f64 / n.max(1) as f64
        );
        let literary = score(&SegmentOptions { split_quotations: false }, verbose && whole);
        println!(
            "  (with every quotation kept whole, split_quotations=false: {} passed, {} failed)",
            n - literary,
            literary
        );
        println!("{} passed, {} failed", n - failed, failed);
    }

    let seed = shared.join("seed/article.txt");
    if !seed.is_file() {
        println!("segment: {} not found, seed skipped", seed.display());
        return Ok(());
    }
    let text = std::fs::read_to_string(&seed).with_context(|| format!("reading {}", seed.display()))?;
    let got: Vec<String> = claims_extract::segment(&text).into_iter().map(|s| s.text).collect();
    let want: Vec<String> = SEED_GOLD.iter().map(|s| s.to_string()).collect();
    let matched = want.iter().filter(|w| got.contains(w)).count();
    let ok = got == want;
    println!("segment seed: {} of {} gold sentences found, {} predicted", matched, want.len(), got.len());
    if !ok && verbose {
        for w in want.iter().filter(|w| !got.contains(w)) {
            println!("  missing:  {}", truncate(w));
        }
        for g in got.iter().filter(|g| !want.contains(g)) {
            println!("  spurious: {}", truncate(g));
        }
    }
    println!("{} passed, {} failed", usize::from(ok), usize::from(!ok));
    Ok(())
}

/// Prints one failing case: its text, then the expected and predicted lists
/// aligned on their common sentences.
fn print_failure(id: u64, name: &str, text: &str, want: &[String], got: &[String]) {
    println!("FAIL #{id} {name}");
    println!("  text: {text:?}");
    // Longest common subsequence, to show which sentences differ.
    let (n, m) = (want.len(), got.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for a in (0..n).rev() {
        for b in (0..m).rev() {
            lcs[a][b] = if want[a] == got[b] { lcs[a + 1][b + 1] + 1 } else { lcs[a + 1][b].max(lcs[a][b + 1]) };
        }
    }
    let (mut a, mut b) = (0, 0);
    while a < n || b < m {
        if a < n && b < m && want[a] == got[b] {
            println!("    = {:?}", want[a]);
            a += 1;
            b += 1;
        } else if a < n && (b >= m || lcs[a + 1][b] >= lcs[a][b + 1]) {
            println!("    - {:?}", want[a]);
            a += 1;
        } else {
            println!("    + {:?}", got[b]);
            b += 1;
        }
    }
}

fn truncate(s: &str) -> String {
    if s.chars().count() > 160 {
        let t: String = s.chars().take(160).collect();
        format!("{t}…")
    } else {
        s.to_string()
    }
}
