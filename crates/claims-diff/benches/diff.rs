//! Diff benchmark: two versions of a ~1 MB article built from the fixture
//! stories (each paragraph varied with a running number and place so that
//! claims are distinct), the new one edited every few paragraphs (numbers
//! corrected, negations added, typos fixed, paragraphs dropped, added and a
//! block moved). Measures extraction of both plus the diff, and the diff alone.

#![allow(missing_docs)] // criterion_group! generates an undocumented function

use criterion::{criterion_group, criterion_main, Criterion};

const STORIES: &[&str] = &[
    include_str!("../../../tests/fixtures/stories/state-visit/v1.txt"),
    include_str!("../../../tests/fixtures/stories/state-visit/v3.txt"),
    include_str!("../../../tests/fixtures/stories/flood-toll/v1.txt"),
    include_str!("../../../tests/fixtures/stories/council-budget/v1.txt"),
    include_str!("../../../tests/fixtures/seed/article.txt"),
];

const PLACES: &[&str] = &["Tartu", "Ghent", "Kraków", "Oulu", "Braga", "Zadar", "Cluj", "Aarhus", "Lyon", "Graz"];

/// The paragraphs of the old version, about `bytes` long.
fn paragraphs(bytes: usize) -> Vec<String> {
    let base: Vec<&str> =
        STORIES.iter().flat_map(|s| s.split("\n\n")).map(str::trim).filter(|p| !p.is_empty()).collect();
    let mut out = Vec::new();
    let mut size = 0;
    let mut i = 0;
    while size < bytes {
        let p = base[i % base.len()];
        let place = PLACES[i % PLACES.len()];
        let para = format!("In {place}, report {i} said {} residents were affected. {p}", 100 + i % 900);
        size += para.len() + 2;
        out.push(para);
        i += 1;
    }
    out
}

fn edited(old: &[String]) -> Vec<String> {
    let mut new: Vec<String> = Vec::with_capacity(old.len());
    for (i, p) in old.iter().enumerate() {
        match i % 10 {
            1 => new.push(p.replacen("residents were", "residents were not", 1)),
            3 => new.push(p.replace(" will ", " would ")),
            5 => new.push(p.replacen(" said ", " claimed ", 1)),
            7 => {} // dropped
            8 => {
                new.push(p.clone());
                new.push(format!("Officials in district {i} confirmed {} new cases on Friday.", i % 37));
            }
            _ => new.push(p.replace(", ", " , ").replace("the ", "teh ")),
        }
    }
    // Move a block of five paragraphs from the first quarter to the end.
    let at = new.len() / 4;
    let block: Vec<String> = new.drain(at..at + 5).collect();
    new.extend(block);
    new
}

fn bench(c: &mut Criterion) {
    let old_paras = paragraphs(1_000_000);
    let old = old_paras.join("\n\n");
    let new = edited(&old_paras).join("\n\n");
    let opts = claims_extract::Options::default();
    let mut g = c.benchmark_group("diff");
    g.sample_size(10);
    g.bench_function("extract both + diff, 1 MB", |b| {
        b.iter(|| {
            let o = claims_extract::extract(&old, &opts);
            let n = claims_extract::extract(&new, &opts);
            claims_diff::diff(&o, &n, &claims_diff::DiffOptions::default())
        })
    });
    let o = claims_extract::extract(&old, &opts);
    let n = claims_extract::extract(&new, &opts);
    g.bench_function("diff only, 1 MB", |b| b.iter(|| claims_diff::diff(&o, &n, &claims_diff::DiffOptions::default())));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
