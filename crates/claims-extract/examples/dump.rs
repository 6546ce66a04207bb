//! Dumps extractions (JSON) of the speed corpus and of every text file given,
//! and the matcher's comparisons between claims of consecutive files, to check
//! that a speed change leaves the output byte-identical:
//! `cargo run --release -p claims-extract --example dump -- FILE... > out.txt`.

#[path = "../benches/shared/corpus.rs"]
mod corpus;

use std::io::Write;

fn main() {
    let opts =
        claims_extract::Options { published: chrono::NaiveDate::from_ymd_opt(2023, 11, 9), ..Default::default() };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut texts: Vec<(String, String)> =
        corpus::articles(200_000).into_iter().enumerate().map(|(i, a)| (format!("corpus {i}"), a)).collect();
    for path in std::env::args().skip(1) {
        if let Ok(t) = std::fs::read_to_string(&path) {
            texts.push((path, t));
        }
    }
    let mut prev: Option<claims_model::Extraction> = None;
    for (name, t) in &texts {
        let e = claims_extract::extract(t, &opts);
        writeln!(out, "== {name}\n{}", serde_json::to_string(&e).unwrap_or_default()).ok();
        if let Some(p) = &prev {
            for a in &p.claims {
                for b in &e.claims {
                    let c = claims_match::compare(a, b);
                    if c.score > 0.0 {
                        writeln!(out, "{} {} {c:?}", a.id, b.id).ok();
                    }
                }
            }
        }
        prev = Some(e);
    }
}
