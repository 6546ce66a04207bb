//! Attribution score on PolNeAR (Political News Attribution Relations; Newell,
//! Margolin and Ruths, LREC 2018): US political news articles whose attributions
//! (statements, beliefs, intentions) are annotated in brat standoff files.
//!
//! The corpus is not shipped here. Point `CLAIMS_POLNEAR_DIR` at a folder that
//! holds either PolNeAR's own layout (`text/NAME.txt` and
//! `attributions/NAME_ANNOTATOR.ann`) or both kinds of file side by side
//! (`NAME.txt` with `NAME.ann` or `NAME_ANNOTATOR.ann`). When a document has
//! several annotators, the first annotation file (by name) is scored.
//!
//! Each brat event `Attribution` / `Attribution-no-source` gives one record per
//! content part (parts separated only by white space are joined), with its
//! `Source` as speaker and its `Cue` as cue (a discontinuous source or cue is
//! taken from its first to its last part). brat offsets count characters; they
//! are turned into byte offsets of the text as read. The extractor's output is
//! `claims_extract::extract`'s claims: each distinct attribution gives one record
//! per content part. Records are aligned and scored exactly as for Wikinews (see
//! [`crate::attribution`]): speaker / cue / content exact and token-overlap
//! P/R/F1, and attribution F1 (contents overlapping by token F1 ≥ 0.5 with
//! overlapping speakers, or both without one).
//!
//! `CLAIMS_EVAL_VERBOSE=1` prints the misses and the false alarms;
//! `CLAIMS_POLNEAR_STAGE=1` scores the attribution stage's own output instead of the claims.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use claims_model::Span;

use crate::attribution::{print_score, score_doc, Rec, Score};

/// One text-bound annotation: its type and its character ranges.
struct TextBound {
    kind: String,
    ranges: Vec<(usize, usize)>,
}

/// Parses a brat `.ann` file into attribution records over `text` (byte offsets).
fn parse_ann(ann: &str, text: &str) -> Result<Vec<Rec>> {
    // Byte offset of each character index (and of the end).
    let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_at.push(text.len());
    let to_byte = |c: usize| -> Result<usize> {
        byte_at
            .get(c)
            .copied()
            .with_context(|| format!("offset {c} past the end of the text ({} chars)", byte_at.len() - 1))
    };
    let mut bounds: HashMap<&str, TextBound> = HashMap::new();
    let mut events: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
    for (no, line) in ann.lines().enumerate() {
        let mut cols = line.split('\t');
        let id = cols.next().unwrap_or_default();
        let body = cols.next().unwrap_or_default();
        if id.starts_with('T') {
            let (kind, rest) = body.split_once(' ').with_context(|| format!("line {}: no offsets", no + 1))?;
            let mut ranges = Vec::new();
            for r in rest.split(';') {
                let mut it = r.split_whitespace().map(str::parse::<usize>);
                match (it.next(), it.next()) {
                    (Some(Ok(s)), Some(Ok(e))) if s <= e => ranges.push((to_byte(s)?, to_byte(e)?)),
                    _ => bail!("line {}: bad range {r:?}", no + 1),
                }
            }
            bounds.insert(id, TextBound { kind: kind.to_string(), ranges });
        } else if id.starts_with('E') {
            let mut args = body.split_whitespace();
            let kind = args.next().and_then(|a| a.split(':').next()).unwrap_or_default();
            let roles = args.filter_map(|a| a.split_once(':')).collect();
            events.push((kind, roles));
        }
    }
    let cover = |id: &str, want: &str| -> Option<Span> {
        let b = bounds.get(id).filter(|b| b.kind == want)?;
        let s = b.ranges.iter().map(|r| r.0).min()?;
        let e = b.ranges.iter().map(|r| r.1).max()?;
        Some(Span::new(s, e))
    };
    let mut out = Vec::new();
    for (kind, roles) in events {
        if !kind.starts_with("Attribution") {
            continue;
        }
        let role =
            |name: &str| roles.iter().find(|(r, _)| r.trim_end_matches(char::is_numeric) == name).map(|(_, id)| *id);
        let speaker = role("Source").and_then(|id| cover(id, "Source"));
        let cue = role("Cue").and_then(|id| cover(id, "Cue"));
        // (brat numbers a repeated role: `Content:T3 Content2:T7`.)
        let mut parts: Vec<(usize, usize)> = roles
            .iter()
            .filter(|(r, _)| r.trim_end_matches(char::is_numeric) == "Content")
            .filter_map(|(_, id)| bounds.get(id).filter(|b| b.kind == "Content"))
            .flat_map(|b| b.ranges.iter().copied())
            .collect();
        if parts.is_empty() {
            continue;
        }
        parts.sort_unstable();
        // Parts separated by white space only are one stretch of text.
        let mut joined: Vec<(usize, usize)> = Vec::new();
        for (s, e) in parts {
            match joined.last_mut() {
                Some(last) if s >= last.1 && text[last.1..s].trim().is_empty() => last.1 = last.1.max(e),
                _ => joined.push((s, e)),
            }
        }
        for (s, e) in joined {
            out.push(Rec { speaker, speaker_name: None, cue, content: Span::new(s, e), borderline: false });
        }
    }
    Ok(out)
}

/// The extractor's attribution records ([`crate::attribution::output_records`]), or with
/// `stage_only` the attribution stage's own ([`crate::attribution::predicted`]).
fn predicted(text: &str, stage_only: bool) -> Vec<Rec> {
    if stage_only {
        crate::attribution::predicted(text)
    } else {
        crate::attribution::output_records(text)
    }
}

/// The documents under `dir`: name → (text file, first annotation file).
fn documents(dir: &Path) -> Result<BTreeMap<String, (PathBuf, PathBuf)>> {
    let (text_dir, ann_dir) = if dir.join("attributions").is_dir() && dir.join("text").is_dir() {
        (dir.join("text"), dir.join("attributions"))
    } else {
        (dir.to_path_buf(), dir.to_path_buf())
    };
    let mut anns: Vec<PathBuf> = std::fs::read_dir(&ann_dir)
        .with_context(|| format!("reading {}", ann_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let mut docs = BTreeMap::new();
    for ann in anns {
        let Some(stem) = ann.file_stem().and_then(|s| s.to_str()) else { continue };
        // `NAME.ann` or `NAME_ANNOTATOR.ann`.
        let mut candidates = vec![stem.to_string()];
        if let Some((name, _)) = stem.rsplit_once('_') {
            candidates.push(name.to_string());
        }
        if let Some(name) = candidates.into_iter().find(|n| text_dir.join(format!("{n}.txt")).is_file()) {
            let txt = text_dir.join(format!("{name}.txt"));
            docs.entry(name).or_insert((txt, ann));
        }
    }
    Ok(docs)
}

/// Scores the extractor on the PolNeAR documents in `CLAIMS_POLNEAR_DIR` and prints the figures.
pub fn run() -> Result<()> {
    let Some(dir) = std::env::var_os("CLAIMS_POLNEAR_DIR").map(PathBuf::from) else {
        println!("polnear: CLAIMS_POLNEAR_DIR is not set (a folder of PolNeAR .txt and .ann files), skipped");
        return Ok(());
    };
    if !dir.is_dir() {
        println!("polnear: {} not found, skipped", dir.display());
        return Ok(());
    }
    let verbose = std::env::var_os("CLAIMS_EVAL_VERBOSE").is_some();
    let stage_only = std::env::var_os("CLAIMS_POLNEAR_STAGE").is_some();
    let docs = documents(&dir)?;
    if docs.is_empty() {
        println!("polnear: no document with both a .txt and a .ann file in {}, skipped", dir.display());
        return Ok(());
    }
    let mut score = Score::default();
    for (name, (txt, ann)) in &docs {
        let text = std::fs::read_to_string(txt).with_context(|| format!("reading {}", txt.display()))?;
        let ann_text = std::fs::read_to_string(ann).with_context(|| format!("reading {}", ann.display()))?;
        let gold = parse_ann(&ann_text, &text).with_context(|| format!("parsing {}", ann.display()))?;
        let pred = predicted(&text, stage_only);
        if verbose {
            println!("{name}:");
        }
        score_doc(&text, &gold, &pred, true, &mut score, verbose.then_some(name.as_str()));
    }
    let what = if stage_only { "attribution stage" } else { "claims" };
    print_score(&format!("PolNeAR, {} documents, {what}", docs.len()), &score);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brat_offsets_are_characters_and_parts_join_over_white_space() {
        let text = "“Yes,” said Ms. Núñez. “No.”\nShe also said it rains.";
        let ann = "T1\tSource 12 21\tMs. Núñez\nT2\tCue 7 11\tsaid\nT3\tContent 0 6\t“Yes,”\nT8\tContent 23 28\t“No.”\n\
                   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Content2:T8\nT5\tCue 38 42\tsaid\nT6\tContent 43 51;51 52\tit rains.\n\
                   E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n";
        let recs = parse_ann(ann, text).unwrap();
        let s = |x: Option<Span>| x.map(|x| &text[x.start..x.end]);
        assert_eq!(recs.len(), 3);
        assert_eq!(s(recs[0].speaker), Some("Ms. Núñez"));
        assert_eq!(s(recs[0].cue), Some("said"));
        assert_eq!(&text[recs[0].content.start..recs[0].content.end], "“Yes,”");
        assert_eq!(&text[recs[1].content.start..recs[1].content.end], "“No.”");
        assert_eq!(recs[2].speaker, None);
        assert_eq!(&text[recs[2].content.start..recs[2].content.end], "it rains.");
    }

    #[test]
    fn offsets_past_the_text_are_an_error() {
        assert!(parse_ann("T1\tContent 0 99\tx\nE1\tAttribution:T2 Content:T1\n", "short").is_err());
    }
}
