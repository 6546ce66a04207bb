//! Claim semantics score: certainty, negation and resolved dates over the gold
//! list `data/semantics_gold.jsonl` (invented sentences in several styles: wire,
//! political quotes, business, sport, science, social posts), plus checks on the
//! seed article's sentences when `../shared` is present.
//!
//! Each gold line: `{"id", "style", "published": "YYYY-MM-DD"|null, "text",
//! "span": [start, end]? (default: the whole text), "certainty", "negated",
//! "time": expression text|null, "date": "YYYY-MM-DD"|null, "batch"?}`. Lines
//! 1–137 were written alongside the rules; `batch: "blind"` (60) and `"blind2"`
//! (40) were written and labelled before the code was run on them (first-run
//! scores are in the project notes), then kept as regression cases.
//!
//! Certainty is scored with `modality::certainty_at` (future-dated claims are
//! `planned`), as the pipeline should call it when the published date is known.

use std::path::Path;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use claims_extract::{modality, negation, temporal};
use claims_model::{Certainty, Span};
use serde::Deserialize;

/// One gold sentence.
#[derive(Debug, Deserialize)]
pub struct Gold {
    /// Line id.
    pub id: usize,
    /// Text style.
    #[serde(default)]
    pub style: String,
    /// Publication date for relative times.
    pub published: Option<NaiveDate>,
    /// The sentence.
    pub text: String,
    /// The claim span, default the whole text.
    #[serde(default)]
    pub span: Option<(usize, usize)>,
    /// Expected certainty.
    pub certainty: Certainty,
    /// Expected negation.
    pub negated: bool,
    /// Expected time expression text.
    pub time: Option<String>,
    /// Expected resolved date.
    pub date: Option<NaiveDate>,
}

/// Figures over a gold list.
#[derive(Debug, Default)]
pub struct Scores {
    /// Sentences scored.
    pub total: usize,
    /// Certainty right.
    pub certainty: usize,
    /// Negation right.
    pub negation: usize,
    /// Time expression text right (both null counts).
    pub time_text: usize,
    /// Resolved date right (both null counts).
    pub date: usize,
    /// Sentences with every field right.
    pub passed: usize,
    /// Gold hedged (not asserted) but predicted asserted.
    pub hedged_as_asserted: usize,
    /// Per failing sentence, a one-line description.
    pub failures: Vec<String>,
}

/// The gold list shipped with the crate.
pub const GOLD: &str = include_str!("../data/semantics_gold.jsonl");

/// Scores the semantic functions against the gold lines in `gold`.
pub fn score(gold: &str) -> Result<Scores> {
    let mut s = Scores::default();
    for (n, line) in gold.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: Gold = serde_json::from_str(line).with_context(|| format!("semantics gold line {}", n + 1))?;
        let span = g.span.map(|(a, b)| Span::new(a, b)).unwrap_or(Span::new(0, g.text.len()));
        let (cert, _) = modality::certainty_at(&g.text, span, g.published);
        let neg = negation::negated(&g.text, span);
        let time = temporal::time(&g.text, span, g.published);
        let ttext = time.as_ref().map(|t| t.text.clone());
        let tdate = time.as_ref().and_then(|t| t.date);
        s.total += 1;
        let ok_c = cert == g.certainty;
        let ok_n = neg == g.negated;
        let ok_t = ttext == g.time;
        let ok_d = tdate == g.date;
        s.certainty += ok_c as usize;
        s.negation += ok_n as usize;
        s.time_text += ok_t as usize;
        s.date += ok_d as usize;
        if g.certainty != Certainty::Asserted && cert == Certainty::Asserted {
            s.hedged_as_asserted += 1;
        }
        if ok_c && ok_n && ok_t && ok_d {
            s.passed += 1;
        } else {
            s.failures.push(format!(
                "#{} [{}] {:?}: certainty {} (gold {}), negated {} (gold {}), time {:?} {:?} (gold {:?} {:?})",
                g.id,
                g.style,
                g.text,
                cert.as_str(),
                g.certainty.as_str(),
                neg,
                g.negated,
                ttext,
                tdate.map(|d| d.to_string()),
                g.time,
                g.date.map(|d| d.to_string())
            ));
        }
    }
    Ok(s)
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// A seed-article check: (sentence fragment that is the claim span, certainty, negated, time text, date).
type SeedCheck = (&'static str, Certainty, bool, Option<&'static str>, Option<&'static str>);

/// Seed-article checks.
const SEED_CHECKS: &[SeedCheck] = &[
    (
        "Russian President Vladimir Putin visited Kazakhstan on Thursday",
        Certainty::Asserted,
        false,
        Some("Thursday"),
        Some("2023-11-09"),
    ),
    (
        "Turkish leader Recep Tayyip Erdogan and his Iranian counterpart Ebrahim Raisi were expected in Uzbekistan",
        Certainty::Expected,
        false,
        None,
        None,
    ),
    ("Russian President Vladimir #Putin is set to visit Kazakhstan", Certainty::Planned, false, None, None),
    (
        "Raisi, Erdogan, and Kakar are set to attend a regional economic summit in Uzbekistan",
        Certainty::Planned,
        false,
        None,
        None,
    ),
    ("The war between Israel and Hamas was not on the agenda of the summit.", Certainty::Asserted, true, None, None),
    (
        "Russia’s influence in the region, which it considers part of its sphere of influence, has waned since its invasion of Ukraine.",
        Certainty::Asserted,
        false,
        None,
        None,
    ),
    (
        "most of the talks at the summit were expected to focus on trade",
        Certainty::Expected,
        false,
        None,
        None,
    ),
    ("It has renewed investments in the energy sectors", Certainty::Asserted, false, None, None),
    (
        "Iran, which supports Hamas, expressed its willingness to discuss the conflict.",
        Certainty::Asserted,
        false,
        None,
        None,
    ),
];

fn seed(shared: &Path) -> Result<Option<(usize, usize)>> {
    let path = shared.join("seed/article.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("semantics: {} not found, seed checks skipped", path.display());
        return Ok(None);
    };
    let published = NaiveDate::from_ymd_opt(2023, 11, 9);
    let (mut ok, mut n) = (0, 0);
    for (frag, c, neg, tt, td) in SEED_CHECKS {
        let Some(start) = text.find(frag) else {
            println!("  seed: fragment not found: {frag:?}");
            n += 1;
            continue;
        };
        let span = Span::new(start, start + frag.len());
        let (cert, hedges) = modality::certainty_at(&text, span, published);
        let negd = negation::negated(&text, span);
        let time = temporal::time(&text, span, published);
        let got_t = time.as_ref().map(|t| t.text.as_str());
        let got_d = time.as_ref().and_then(|t| t.date).map(|d| d.to_string());
        let good = cert == *c && negd == *neg && got_t == *tt && got_d.as_deref() == *td;
        n += 1;
        ok += good as usize;
        let hedges: Vec<&str> = hedges.iter().map(|h| &text[h.start..h.end]).collect();
        println!(
            "  seed {}: {:?} → {} {:?}, negated {}, time {:?} {:?}",
            if good { "ok  " } else { "FAIL" },
            frag.chars().take(60).collect::<String>(),
            cert.as_str(),
            hedges,
            negd,
            got_t,
            got_d
        );
    }
    Ok(Some((ok, n)))
}

/// Runs every semantic function on every sentence of the Wikinews revision texts:
/// checks that every span is exact and measures throughput.
fn robustness(shared: &Path) -> Result<Option<(usize, usize, usize, f64)>> {
    let dir = shared.join("data/iterater-wikinews-dev");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("semantics: {} not found, robustness pass skipped", dir.display());
        return Ok(None);
    };
    let mut texts = Vec::new();
    for e in entries.flatten() {
        for f in ["before.txt", "after.txt"] {
            if let Ok(t) = std::fs::read_to_string(e.path().join(f)) {
                texts.push(t);
            }
        }
    }
    let published = NaiveDate::from_ymd_opt(2023, 11, 9);
    let (mut sentences, mut bad, mut bytes) = (0usize, 0usize, 0usize);
    // Per-function time (certainty, negation, time, entities, coref).
    let mut each = [0f64; 6];
    for text in &texts {
        let sents = claims_extract::segment(text);
        for s in &sents {
            let span = s.span();
            let mut tick = |k: usize, f: &mut dyn FnMut()| {
                let t = std::time::Instant::now();
                f();
                each[k] += t.elapsed().as_secs_f64();
            };
            tick(0, &mut || {
                std::hint::black_box(modality::certainty_at(text, span, published));
            });
            tick(1, &mut || {
                std::hint::black_box(negation::negated(text, span));
            });
            tick(5, &mut || drop(claims_extract::text::words(text, span)));
            tick(2, &mut || drop(temporal::time(text, span, published)));
            tick(3, &mut || drop(claims_extract::entities::entities(text, span)));
            tick(4, &mut || {
                if let Some(subj) = claims_extract::coref::leading_subject(text, span) {
                    drop(claims_extract::coref::resolve_subject(text, &sents, s.index, subj));
                }
            });
        }
    }
    let t0 = std::time::Instant::now();
    for text in &texts {
        let sents = claims_extract::segment(text);
        for s in &sents {
            let span = s.span();
            sentences += 1;
            bytes += span.len();
            let (_, hedges) = modality::certainty_at(text, span, published);
            let _ = negation::negated(text, span);
            let exact = |sp: Span, t: &str| text.get(sp.start..sp.end) == Some(t);
            bad += hedges.iter().filter(|h| text.get(h.start..h.end).is_none()).count();
            if let Some(t) = temporal::time(text, span, published) {
                bad += !exact(t.span, &t.text) as usize;
            }
            for e in claims_extract::entities::entities(text, span) {
                bad += !exact(e.span, &e.text) as usize;
            }
            if let Some(subj) = claims_extract::coref::leading_subject(text, span) {
                let _ = claims_extract::coref::resolve_subject(text, &sents, s.index, subj);
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64().max(1e-9);
    let mb = bytes as f64 / 1e6;
    println!(
        "  throughput MB/s: certainty {:.1}, negation {:.1}, time {:.1}, entities {:.1}, coref {:.1} (words alone {:.1})",
        mb / each[0].max(1e-9),
        mb / each[1].max(1e-9),
        mb / each[2].max(1e-9),
        mb / each[3].max(1e-9),
        mb / each[4].max(1e-9),
        mb / each[5].max(1e-9)
    );
    Ok(Some((texts.len(), sentences, bad, mb / secs)))
}

/// Scores the semantic stages and prints the figures.
pub fn run(shared: &Path) -> Result<()> {
    let s = score(GOLD)?;
    println!("semantics: gold list data/semantics_gold.jsonl, {} sentences", s.total);
    println!("  certainty accuracy {:.1}% ({}/{})", pct(s.certainty, s.total), s.certainty, s.total);
    println!("  negation  accuracy {:.1}% ({}/{})", pct(s.negation, s.total), s.negation, s.total);
    println!("  time text accuracy {:.1}% ({}/{})", pct(s.time_text, s.total), s.time_text, s.total);
    println!("  date      accuracy {:.1}% ({}/{})", pct(s.date, s.total), s.date, s.total);
    println!("  hedged sentences reported as asserted: {}", s.hedged_as_asserted);
    for f in &s.failures {
        println!("  fail {f}");
    }
    let mut passed = s.passed;
    let mut failed = s.total - s.passed;
    if let Some((ok, n)) = seed(shared)? {
        println!("  seed checks: {ok}/{n}");
        passed += ok;
        failed += n - ok;
    }
    if let Some((docs, n, bad, mbs)) = robustness(shared)? {
        println!(
            "  robustness: {docs} Wikinews texts, {n} sentences, {bad} inexact spans, {mbs:.2} MB/s (all semantic functions incl. coref)"
        );
        if bad == 0 {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    println!("{passed} passed, {failed} failed");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_list_is_large_and_well_formed() {
        let s = score(GOLD).unwrap();
        assert!(s.total >= 120, "{} gold sentences", s.total);
    }

    #[test]
    fn gold_accuracy_thresholds() {
        let s = score(GOLD).unwrap();
        let pct = |a: usize| a as f64 / s.total as f64;
        assert_eq!(s.hedged_as_asserted, 0, "hedged reported as asserted:\n{}", s.failures.join("\n"));
        assert!(pct(s.certainty) >= 0.95, "certainty {:.3}\n{}", pct(s.certainty), s.failures.join("\n"));
        assert!(pct(s.negation) >= 0.95, "negation {:.3}\n{}", pct(s.negation), s.failures.join("\n"));
        assert!(pct(s.date) >= 0.95, "date {:.3}\n{}", pct(s.date), s.failures.join("\n"));
        assert!(pct(s.time_text) >= 0.95, "time {:.3}\n{}", pct(s.time_text), s.failures.join("\n"));
    }

    #[test]
    fn seed_checks_pass_when_shared_is_present() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
        if !shared.join("seed/article.txt").is_file() {
            eprintln!("../shared not present: seed checks skipped");
            return;
        }
        let (ok, n) = seed(&shared).unwrap().unwrap();
        assert_eq!(ok, n);
    }
}
