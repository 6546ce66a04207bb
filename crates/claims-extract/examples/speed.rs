//! Quick throughput check of the whole extractor on ~1 MB of fixture text
//! split into ~3 KB articles (as the criterion bench does), without criterion:
//! `cargo run --release -p claims-extract --example speed [MB] [rounds]`.

#[path = "../benches/shared/corpus.rs"]
mod corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let mb: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1.0);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
    let articles = corpus::articles((mb * 1048576.0) as usize);
    let total: usize = articles.iter().map(|a| a.len()).sum();
    let opts =
        claims_extract::Options { published: chrono::NaiveDate::from_ymd_opt(2023, 11, 9), ..Default::default() };
    let mut best = f64::MAX;
    let mut claims = 0;
    for _ in 0..rounds {
        let t = std::time::Instant::now();
        claims = 0;
        for a in &articles {
            claims += std::hint::black_box(claims_extract::extract(a, &opts)).claims.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} articles, {} bytes, {} claims: best {:.3}s = {:.2} MB/s",
        articles.len(),
        total,
        claims,
        best,
        total as f64 / best / 1e6
    );
}
