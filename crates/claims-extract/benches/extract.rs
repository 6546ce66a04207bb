#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! Throughput of the segmenter and of the whole extractor on a few MB of
//! news-like text, built in memory from the fixture articles and the seed
//! article (see `shared/corpus.rs`). Throughput is in bytes, so criterion
//! prints MB/s.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

#[path = "shared/corpus.rs"]
mod corpus;
use corpus::{articles, corpus};

fn bench(c: &mut Criterion) {
    let text = corpus(4 << 20);
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("news_4MB", |b| b.iter(|| black_box(claims_extract::segment(black_box(&text)))));
    g.finish();

    // The whole pipeline, article by article as a user runs it.
    let articles = articles(1 << 20);
    let total: usize = articles.iter().map(|a| a.len()).sum();
    let opts = claims_extract::Options::default();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(total as u64));
    g.sample_size(10);
    g.bench_function("news_1MB", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(claims_extract::extract(black_box(a), &opts));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
