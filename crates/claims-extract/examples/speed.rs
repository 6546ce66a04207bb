//! Quick throughput check of the whole extractor on ~1 MB of fixture text
//! split into ~3 KB articles (as the criterion bench does), without criterion:
//! `cargo run --release -p claims-extract --example speed [MB] [rounds]`.

const ARTICLES: &[&str] = &[
    include_str!("../../../tests/fixtures/seed/article.txt"),
    include_str!("../../../tests/fixtures/articles/wire_rates.txt"),
    include_str!("../../../tests/fixtures/articles/political_quotes.txt"),
    include_str!("../../../tests/fixtures/articles/social_posts.txt"),
    include_str!("../../../tests/fixtures/articles/liveblog_storm.txt"),
    include_str!("../../../tests/fixtures/articles/abbreviations_science.txt"),
    include_str!("../../../tests/fixtures/articles/according_to_health.txt"),
];

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

fn main() {
    let mut args = std::env::args().skip(1);
    let mb: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1.0);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
    let small = corpus((mb * 1048576.0) as usize);
    let mut articles = Vec::new();
    let mut cur = String::new();
    for line in small.split_inclusive('\n') {
        cur.push_str(line);
        if cur.len() > 3000 && line.trim().is_empty() {
            articles.push(std::mem::take(&mut cur));
        }
    }
    articles.push(cur);
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
