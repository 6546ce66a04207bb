#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! Throughput of the segmenter and of the whole extractor on a few MB of
//! news-like text, built in memory from the fixture articles and the seed
//! article (paragraphs shuffled deterministically and numbers varied so the
//! text does not repeat verbatim). Throughput is in bytes, so criterion
//! prints MB/s.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const ARTICLES: &[&str] = &[
    include_str!("../../../tests/fixtures/seed/article.txt"),
    include_str!("../../../tests/fixtures/articles/wire_rates.txt"),
    include_str!("../../../tests/fixtures/articles/political_quotes.txt"),
    include_str!("../../../tests/fixtures/articles/social_posts.txt"),
    include_str!("../../../tests/fixtures/articles/liveblog_storm.txt"),
    include_str!("../../../tests/fixtures/articles/abbreviations_science.txt"),
    include_str!("../../../tests/fixtures/articles/according_to_health.txt"),
];

/// About `target` bytes of articles: each round takes the paragraphs of every
/// fixture in a rotated order and shifts the digits, so rounds differ.
fn corpus(target: usize) -> String {
    let paragraphs: Vec<&str> = ARTICLES.iter().flat_map(|a| a.split('\n')).filter(|p| !p.trim().is_empty()).collect();
    let mut out = String::with_capacity(target + 4096);
    let mut round = 0usize;
    while out.len() < target {
        let n = paragraphs.len();
        for k in 0..n {
            let p = paragraphs[(k * 7 + round * 13) % n];
            out.extend(p.chars().map(|c| match c {
                '0'..='9' => char::from(b'0' + ((c as u8 - b'0' + round as u8) % 10)),
                c => c,
            }));
            out.push('\n');
            if k % 9 == 8 {
                out.push('\n');
            }
        }
        round += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = corpus(4 << 20);
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("news_4MB", |b| b.iter(|| black_box(claims_extract::segment(black_box(&text)))));
    g.finish();

    // The whole pipeline, article by article as a user runs it.
    let articles: Vec<String> = {
        let small = corpus(1 << 20);
        let mut v = Vec::new();
        let mut cur = String::new();
        for line in small.split_inclusive('\n') {
            cur.push_str(line);
            if cur.len() > 3000 && line.trim().is_empty() {
                v.push(std::mem::take(&mut cur));
            }
        }
        v.push(cur);
        v
    };
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
