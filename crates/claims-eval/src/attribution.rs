//! Attribution score on `data/wikinews-attribution` (20 Wikinews articles from
//! GUM, CC BY 2.5; annotations CC BY 4.0; see that folder's README).
//!
//! Each gold record has a speaker, a cue and a content span (any may be
//! missing but the content). The extractor's attributions are expanded the same
//! way: an interrupted quote gives one record per part. Records are aligned one
//! to one, greedily by the number of content tokens they share. Then, over all
//! documents:
//!
//! * speaker / cue / content **exact**: a predicted span counts when its aligned
//!   gold record has exactly the same span. Precision is over predicted records
//!   that have the span, recall over gold records that have it.
//! * speaker / cue / content **overlap**: word tokens (micro-averaged): precision
//!   = shared tokens / predicted tokens, recall = shared tokens / gold tokens.
//! * **attribution** F1: an aligned pair whose contents share at least half of
//!   the tokens of each (token F1 ≥ 0.5) and whose speakers agree (same span,
//!   overlapping spans, or the same resolved name when a span is missing).
//!
//! Every figure is given with and without the items the annotators marked
//! `borderline` (without: those gold records are dropped, and a predicted
//! record aligned to one counts neither way).
//!
//! The figures that count are those of what `claims extract` outputs (each
//! claim's attribution: its speaker mention as written, with the titles before
//! the name, and a quote continuation's speaker taken from what it continues).
//! The attribution stage alone (`attribution::find`: the name without titles,
//! continuations without a speaker, the dev guidelines' convention) is printed
//! after them.
//!
//! `CLAIMS_EVAL_VERBOSE=1` prints the misses and the false alarms (of the output);
//! `CLAIMS_EVAL_STAGE=1` those of the attribution stage alone.

use std::collections::HashSet;
use std::path::Path;

use anyhow::{Context, Result};
use claims_extract::{attribution, posts, segment, text};
use claims_model::Span;
use serde_json::Value;

/// One attribution record: a speaker, a cue and one content span.
#[derive(Debug, Clone)]
pub(crate) struct Rec {
    pub(crate) speaker: Option<Span>,
    pub(crate) speaker_name: Option<String>,
    pub(crate) cue: Option<Span>,
    pub(crate) content: Span,
    pub(crate) borderline: bool,
}

fn span_of(v: &Value) -> Option<Span> {
    let s = v.get("start")?.as_u64()? as usize;
    let e = v.get("end")?.as_u64()? as usize;
    Some(Span::new(s, e))
}

fn gold_records(doc: &Value) -> Vec<Rec> {
    doc["attributions"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| {
                    Some(Rec {
                        speaker: span_of(&r["speaker"]),
                        speaker_name: r["speaker_name"].as_str().map(str::to_string),
                        cue: span_of(&r["cue"]),
                        content: span_of(&r["content"])?,
                        borderline: r["borderline"].as_bool().unwrap_or(false),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The attribution stage's own records (`attribution::find`): one per content part.
pub(crate) fn predicted(text: &str) -> Vec<Rec> {
    let sentences = segment::segment(text);
    let posts = posts::find_posts(text, &sentences);
    let mut out = Vec::new();
    for f in attribution::find(text, &sentences, &posts) {
        for c in &f.content {
            out.push(Rec {
                speaker: f.speaker,
                speaker_name: f.speaker_name.clone(),
                cue: f.cue,
                content: *c,
                borderline: false,
            });
        }
    }
    out
}

/// What `claims extract` outputs: one record per content part of each distinct
/// attribution of its claims (the speaker mention as output, a quote continuation
/// with the speaker of what it continues).
pub(crate) fn output_records(text: &str) -> Vec<Rec> {
    let ex = claims_extract::extract(text, &claims_extract::Options::default());
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for a in ex.claims.iter().filter_map(|c| c.attribution.as_ref()) {
        let speaker = a.speaker.as_ref().map(|s| s.span);
        let cue = a.cue.as_ref().map(|c| c.span);
        let parts: Vec<Span> = if a.content_parts.is_empty() {
            vec![a.content.span]
        } else {
            a.content_parts.iter().map(|p| p.span).collect()
        };
        for content in parts {
            if seen.insert((
                speaker.map(|s| (s.start, s.end)),
                cue.map(|c| (c.start, c.end)),
                content.start,
                content.end,
            )) {
                out.push(Rec {
                    speaker,
                    speaker_name: a.speaker.as_ref().map(|s| s.name.clone()),
                    cue,
                    content,
                    borderline: false,
                });
            }
        }
    }
    out
}

/// Word tokens of a document, by start offset, for overlap counting.
struct Tokens(Vec<Span>);

impl Tokens {
    fn count(&self, s: Span) -> usize {
        self.0.iter().filter(|t| s.contains(t)).count()
    }
    fn shared(&self, a: Span, b: Span) -> usize {
        self.0.iter().filter(|t| a.contains(t) && b.contains(t)).count()
    }
}

#[derive(Default, Debug, Clone, Copy)]
struct Prf {
    tp: f64,
    pred: f64,
    gold: f64,
}

impl Prf {
    fn p(&self) -> f64 {
        if self.pred > 0.0 {
            self.tp / self.pred
        } else {
            0.0
        }
    }
    fn r(&self) -> f64 {
        if self.gold > 0.0 {
            self.tp / self.gold
        } else {
            0.0
        }
    }
    fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

/// Token-overlap precision and recall kept apart (shared tokens count on both sides).
#[derive(Default, Debug, Clone, Copy)]
struct Overlap {
    shared: f64,
    pred: f64,
    gold: f64,
}

impl Overlap {
    fn prf(&self) -> (f64, f64, f64) {
        let p = if self.pred > 0.0 { self.shared / self.pred } else { 0.0 };
        let r = if self.gold > 0.0 { self.shared / self.gold } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
}

/// Figures summed over documents.
#[derive(Default, Debug)]
pub(crate) struct Score {
    exact: [Prf; 3],
    overlap: [Overlap; 3],
    attribution: Prf,
    records_gold: usize,
    records_pred: usize,
}

fn norm_name(s: &str) -> String {
    claims_model::ids::normalize(s)
}

fn speakers_agree(text: &str, g: &Rec, p: &Rec) -> bool {
    match (g.speaker, p.speaker) {
        (Some(a), Some(b)) if a == b || a.overlaps(&b) => return true,
        _ => {}
    }
    let gn = g.speaker_name.as_deref().map(norm_name);
    let pn =
        p.speaker_name.clone().or_else(|| p.speaker.map(|s| text[s.start..s.end].to_string())).map(|s| norm_name(&s));
    match (gn, pn) {
        (Some(a), Some(b)) => a == b || a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}")),
        (None, None) => true,
        _ => false,
    }
}

pub(crate) fn score_doc(
    text: &str,
    gold: &[Rec],
    pred: &[Rec],
    with_borderline: bool,
    s: &mut Score,
    verbose: Option<&str>,
) {
    let toks = Tokens(text::words(text, Span::new(0, text.len())).iter().map(|w| w.span).collect());
    // Greedy one-to-one alignment by shared content tokens.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let n = toks.shared(g.content, p.content);
            if n > 0 {
                pairs.push((n, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut g_of_p: Vec<Option<usize>> = vec![None; pred.len()];
    let mut p_of_g: Vec<Option<usize>> = vec![None; gold.len()];
    for (_, gi, pi) in pairs {
        if g_of_p[pi].is_none() && p_of_g[gi].is_none() {
            g_of_p[pi] = Some(gi);
            p_of_g[gi] = Some(pi);
        }
    }
    let counts = |g: &Rec| with_borderline || !g.borderline;
    for (gi, g) in gold.iter().enumerate() {
        if !counts(g) {
            continue;
        }
        s.records_gold += 1;
        let gspans = [g.speaker, g.cue, Some(g.content)];
        let p = p_of_g[gi].map(|pi| &pred[pi]);
        for k in 0..3 {
            let Some(gs) = gspans[k] else { continue };
            s.exact[k].gold += 1.0;
            s.overlap[k].gold += toks.count(gs).max(1) as f64;
            if let Some(p) = p {
                let pspans = [p.speaker, p.cue, Some(p.content)];
                if let Some(ps) = pspans[k] {
                    if ps == gs {
                        s.exact[k].tp += 1.0;
                    }
                    let sh = if ps == gs { toks.count(gs).max(1) } else { toks.shared(gs, ps) };
                    s.overlap[k].shared += sh as f64;
                }
            }
        }
        s.attribution.gold += 1.0;
        if let Some(p) = p {
            let sh = toks.shared(g.content, p.content) as f64;
            let (gn, pn) = (toks.count(g.content).max(1) as f64, toks.count(p.content).max(1) as f64);
            let f = if sh > 0.0 { 2.0 * (sh / gn) * (sh / pn) / (sh / gn + sh / pn) } else { 0.0 };
            if f >= 0.5 && speakers_agree(text, g, p) {
                s.attribution.tp += 1.0;
            }
        }
        if let (Some(doc), None) = (verbose, p) {
            println!(
                "  MISS {doc}: [{}] <{}> {:?}",
                g.speaker.map_or("-", |x| &text[x.start..x.end]),
                g.cue.map_or("-", |x| &text[x.start..x.end]),
                &text[g.content.start..g.content.end]
            );
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        if g_of_p[pi].is_some_and(|gi| !counts(&gold[gi])) {
            continue;
        }
        s.records_pred += 1;
        let pspans = [p.speaker, p.cue, Some(p.content)];
        for (k, ps) in pspans.iter().enumerate() {
            if let Some(ps) = *ps {
                s.exact[k].pred += 1.0;
                s.overlap[k].pred += toks.count(ps).max(1) as f64;
            }
        }
        s.attribution.pred += 1.0;
        if let Some(doc) = verbose {
            let sp = |x: Option<Span>| x.map_or("-".to_string(), |x| text[x.start..x.end].to_string());
            match g_of_p[pi] {
                None => println!(
                    "  FALSE {doc}: [{}] <{}> {:?}",
                    sp(p.speaker),
                    sp(p.cue),
                    &text[p.content.start..p.content.end]
                ),
                Some(gi) => {
                    let g = &gold[gi];
                    if g.speaker != p.speaker || g.cue != p.cue || g.content != p.content {
                        println!(
                            "  DIFF {doc}: speaker [{}]/[{}] cue <{}>/<{}>\n      gold {:?}\n      pred {:?}",
                            sp(g.speaker),
                            sp(p.speaker),
                            sp(g.cue),
                            sp(p.cue),
                            &text[g.content.start..g.content.end],
                            &text[p.content.start..p.content.end]
                        );
                    }
                }
            }
        }
    }
}

pub(crate) fn print_score(label: &str, s: &Score) {
    println!("attribution ({label}): {} gold records, {} predicted", s.records_gold, s.records_pred);
    println!("  {:<8} {:>21}   {:>21}", "", "exact  P     R     F1", "overlap P     R     F1");
    for (k, name) in ["speaker", "cue", "content"].iter().enumerate() {
        let e = &s.exact[k];
        let (op, or, of) = s.overlap[k].prf();
        println!("  {:<8}       {:.3} {:.3} {:.3}          {:.3} {:.3} {:.3}", name, e.p(), e.r(), e.f(), op, or, of);
    }
    let a = &s.attribution;
    println!("  attribution P {:.3} R {:.3} F1 {:.3}", a.p(), a.r(), a.f());
}

/// Scores the attribution finder and prints the figures.
pub fn run(shared: &Path) -> Result<()> {
    let dir = shared.join("data/wikinews-attribution");
    if !dir.is_dir() {
        println!("attribution: {} not found, skipped", dir.display());
        return Ok(());
    }
    let verbose = std::env::var_os("CLAIMS_EVAL_VERBOSE").is_some();
    let mut files: Vec<_> = std::fs::read_dir(dir.join("gold"))
        .with_context(|| format!("reading {}", dir.join("gold").display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut all = Score::default();
    let mut strict = Score::default();
    let mut stage = Score::default();
    let mut bytes = 0usize;
    let mut texts = Vec::new();
    let mut seen = HashSet::new();
    for f in &files {
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?)
                .with_context(|| format!("parsing {}", f.display()))?;
        let name = doc["doc"].as_str().unwrap_or("?").to_string();
        let tf = dir.join(doc["text_file"].as_str().unwrap_or_default());
        let text = std::fs::read_to_string(&tf).with_context(|| format!("reading {}", tf.display()))?;
        let gold = gold_records(&doc);
        // What `claims extract` outputs (the figures that count), and the attribution stage alone.
        let pred = output_records(&text);
        let stage_pred = predicted(&text);
        if verbose {
            println!("{name}:");
        }
        score_doc(&text, &gold, &pred, true, &mut all, verbose.then_some(name.as_str()));
        score_doc(&text, &gold, &pred, false, &mut strict, None);
        score_doc(
            &text,
            &gold,
            &stage_pred,
            true,
            &mut stage,
            std::env::var_os("CLAIMS_EVAL_STAGE").is_some().then_some(name.as_str()),
        );
        bytes += text.len();
        if seen.insert(name) {
            texts.push(text);
        }
    }
    print_score("all items", &all);
    print_score("without borderline", &strict);
    print_score("attribution stage alone, all items", &stage);
    // Throughput of the whole extractor over these texts (one core, this build).
    let t0 = std::time::Instant::now();
    let mut rounds = 0usize;
    while t0.elapsed().as_secs_f64() < 1.0 {
        for t in &texts {
            std::hint::black_box(claims_extract::extract(t, &claims_extract::Options::default()));
        }
        rounds += 1;
    }
    let mbs = (bytes * rounds) as f64 / t0.elapsed().as_secs_f64() / 1e6;
    println!("  throughput (whole extractor): {mbs:.2} MB/s over {} KB", bytes / 1000);
    Ok(())
}
