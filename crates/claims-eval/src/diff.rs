//! Diff score on the IteraTeR Wikinews revision pairs (`data/iterater-wikinews-dev`).
//!
//! The rule is the one of the data set's README:
//! - meaning-change recall: meaning-changed edits whose before range overlaps the
//!   OLD claim span, or whose after range overlaps the NEW claim span, of a change
//!   with `substantive: true` (for a pure addition: the after-text sentence that
//!   holds it, against the NEW claim span);
//! - false-alarm rate: fluency edits, in (IteraTeR's before) sentences without a
//!   meaning-changed edit, that a substantive change overlaps.
//!
//! The figures are also given for two halves of the articles (even and odd
//! article ids), to check that a rule tuned on one half holds on the other.
//!
//! `CLAIMS_EVAL_VERBOSE=1` prints every missed meaning change and every false alarm, with the
//! other (non-fluency) edits of its sentence and the changes that flagged it;
//! `CLAIMS_EVAL_VERBOSE=2` also prints the meaning changes found; `=3` prints the misses and
//! false alarms with the old and new claim texts of each change that flagged them; `=4`
//! prints the clarity, style and coherence edits that a substantive change overlaps (not
//! scored: a way to see which rewordings the diff takes for changes of meaning).
//! `CLAIMS_EVAL_PAIRS=71098-1,54155-1` scores only the pairs named.

use std::path::Path;

use anyhow::{Context, Result};
use claims_model::{DiffReport, Span};
use serde_json::Value;

fn span_of(v: &Value) -> Option<Span> {
    Some(Span::new(v.get("start")?.as_u64()? as usize, v.get("end")?.as_u64()? as usize))
}

/// Does any substantive change overlap the edit? `before`/`after` may be empty.
fn flagged(report: &DiffReport, before: Span, after: Span) -> bool {
    report.changes.iter().filter(|c| c.substantive).any(|c| {
        c.old.as_ref().is_some_and(|o| !before.is_empty() && o.span.overlaps(&before))
            || c.new.as_ref().is_some_and(|n| !after.is_empty() && n.span.overlaps(&after))
    })
}

/// The explanations of the substantive changes that overlap the edit (for verbose output).
fn flagged_by(report: &DiffReport, before: Span, after: Span) -> Vec<String> {
    report
        .changes
        .iter()
        .filter(|c| c.substantive)
        .filter(|c| {
            c.old.as_ref().is_some_and(|o| !before.is_empty() && o.span.overlaps(&before))
                || c.new.as_ref().is_some_and(|n| !after.is_empty() && n.span.overlaps(&after))
        })
        .map(|c| {
            let text = |x: &Option<claims_model::Claim>| x.as_ref().map_or(String::new(), |x| x.text.clone());
            let mut s = format!("{:?}: {}", c.change, c.explanation);
            if std::env::var("CLAIMS_EVAL_VERBOSE").is_ok_and(|v| v == "3") {
                s.push_str(&format!("\n         old: {:?}\n         new: {:?}", text(&c.old), text(&c.new)));
            }
            s
        })
        .collect()
}

/// Scores the diff and prints the figures.
pub fn run(shared: &Path) -> Result<()> {
    let dir = shared.join("data/iterater-wikinews-dev");
    if !dir.is_dir() {
        println!("diff: {} not found, skipped", dir.display());
        return Ok(());
    }
    let verbose = std::env::var_os("CLAIMS_EVAL_VERBOSE").is_some();
    // `CLAIMS_EVAL_VERBOSE=2` also prints the meaning changes found and what found them.
    let hits = std::env::var("CLAIMS_EVAL_VERBOSE").is_ok_and(|v| v == "2");
    let mut pairs: Vec<_> =
        std::fs::read_dir(&dir)?.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    pairs.sort();
    // `CLAIMS_EVAL_PAIRS=71098-1,54155-1` scores only those pairs (to study them).
    if let Ok(only) = std::env::var("CLAIMS_EVAL_PAIRS") {
        let only: Vec<&str> = only.split(',').map(str::trim).collect();
        pairs.retain(|p| p.file_name().is_some_and(|n| only.contains(&n.to_string_lossy().as_ref())));
    }
    let (mut mc, mut mc_hit, mut fl, mut fl_hit) = (0usize, 0usize, 0usize, 0usize);
    // The same figures for two halves of the articles (by the parity of the
    // article id, so that the revisions of one article stay in one half): a
    // rule tuned on one half should hold on the other.
    let mut halves = [[0usize; 4]; 2];
    let mut seconds = 0.0;
    for p in &pairs {
        let before = std::fs::read_to_string(p.join("before.txt")).with_context(|| format!("{}", p.display()))?;
        let after = std::fs::read_to_string(p.join("after.txt")).with_context(|| format!("{}", p.display()))?;
        let edits: Value = serde_json::from_str(&std::fs::read_to_string(p.join("edits.json"))?)
            .with_context(|| format!("{}/edits.json", p.display()))?;
        let t = std::time::Instant::now();
        let opts = claims_extract::Options::default();
        let old = claims_extract::extract(&before, &opts);
        let new = claims_extract::extract(&after, &opts);
        let report = claims_diff::diff(&old, &new, &claims_diff::DiffOptions::default());
        seconds += t.elapsed().as_secs_f64();
        let sentences: Vec<Span> =
            edits["before_sentences"].as_array().map(|a| a.iter().filter_map(span_of).collect()).unwrap_or_default();
        let sentence_of = |pos: usize| sentences.iter().position(|s| s.start <= pos && pos < s.end.max(s.start + 1));
        let actions = edits["edit_actions"].as_array().cloned().unwrap_or_default();
        let spans: Vec<(Span, Span, String)> = actions
            .iter()
            .filter_map(|e| {
                Some((span_of(&e["before_span"])?, span_of(&e["after_span"])?, e["major_intent"].as_str()?.to_string()))
            })
            .collect();
        let mc_sentences: Vec<usize> = spans
            .iter()
            .filter(|(_, _, i)| i == "meaning-changed")
            .flat_map(|(b, _, _)| {
                sentences
                    .iter()
                    .enumerate()
                    .filter(move |(_, s)| s.overlaps(b) || (b.is_empty() && s.start <= b.start && b.start <= s.end))
                    .map(|(k, _)| k)
            })
            .collect();
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let half = name.split('-').next().and_then(|d| d.parse::<u64>().ok()).map_or(0, |d| (d % 2) as usize);
        let counts_before = (mc, mc_hit, fl, fl_hit);
        for (b, a, intent) in &spans {
            match intent.as_str() {
                "meaning-changed" => {
                    mc += 1;
                    let mut after_range = *a;
                    if b.is_empty() {
                        if let Some(s) = new.sentences.iter().find(|s| s.start <= a.start && a.start < s.end) {
                            after_range = after_range.cover(&s.span());
                        }
                    }
                    if flagged(&report, *b, after_range) {
                        mc_hit += 1;
                        if hits {
                            println!(
                                "  hit {name}: {:?} → {:?}",
                                before.get(b.start..b.end),
                                after.get(a.start..a.end)
                            );
                            for e in flagged_by(&report, *b, after_range) {
                                println!("      by {e}");
                            }
                        }
                    } else if verbose {
                        println!("  miss {name}: {:?} → {:?}", before.get(b.start..b.end), after.get(a.start..a.end));
                    }
                }
                "fluency" => {
                    let k = sentence_of(b.start);
                    if k.is_some_and(|k| mc_sentences.contains(&k)) {
                        continue;
                    }
                    fl += 1;
                    if flagged(&report, *b, *a) {
                        fl_hit += 1;
                        if verbose {
                            let others_list: Vec<String> = spans
                                .iter()
                                .filter(|(b2, _, i2)| i2 != "fluency" && sentence_of(b2.start) == k)
                                .map(|(b2, a2, i2)| {
                                    format!(
                                        "{i2}: {:?} → {:?}",
                                        before.get(b2.start..b2.end).unwrap_or(""),
                                        after.get(a2.start..a2.end).unwrap_or("")
                                    )
                                })
                                .collect();
                            let others = others_list.len();
                            println!(
                                "  false alarm ({others} other edits in the sentence) {name}: {:?} → {:?}",
                                before.get(b.start..b.end),
                                after.get(a.start..a.end)
                            );
                            for o in &others_list {
                                println!("      other {o}");
                            }
                            for e in flagged_by(&report, *b, *a) {
                                println!("      by {e}");
                            }
                        }
                    }
                }
                other => {
                    // `CLAIMS_EVAL_VERBOSE=4`: the other edits (clarity, style…) flagged, to study.
                    if std::env::var("CLAIMS_EVAL_VERBOSE").is_ok_and(|v| v == "4") && flagged(&report, *b, *a) {
                        println!(
                            "  {other} flagged {name}: {:?} → {:?}",
                            before.get(b.start..b.end),
                            after.get(a.start..a.end)
                        );
                        for e in flagged_by(&report, *b, *a) {
                            println!("      by {e}");
                        }
                    }
                }
            }
        }
        let h = &mut halves[half];
        h[0] += mc - counts_before.0;
        h[1] += mc_hit - counts_before.1;
        h[2] += fl - counts_before.2;
        h[3] += fl_hit - counts_before.3;
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!(
        "diff: {} revision pairs; meaning-change recall {:.3} ({mc_hit}/{mc}); fluency false-alarm rate {:.3} ({fl_hit}/{fl}); {:.2} s extracting and diffing",
        pairs.len(),
        ratio(mc_hit, mc),
        ratio(fl_hit, fl),
        seconds
    );
    for (k, [m, mh, f, fh]) in halves.iter().enumerate() {
        let which = if k == 0 { "even" } else { "odd" };
        println!(
            "diff: {which} article ids: recall {:.3} ({mh}/{m}); false-alarm rate {:.3} ({fh}/{f})",
            ratio(*mh, *m),
            ratio(*fh, *f)
        );
    }
    println!("diff: {} passed, {} failed", mc_hit + (fl - fl_hit), (mc - mc_hit) + fl_hit);
    Ok(())
}
