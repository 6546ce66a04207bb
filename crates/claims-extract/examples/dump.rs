//! Prints the extraction of every file named on the command line (and of the
//! in-memory bench corpus) as JSON lines, to check that a change leaves the
//! output byte for byte the same:
//! `cargo run --release -p claims-extract --example dump -- FILE… > out.jsonl`
//! (`DUMP_NO_CORPUS=1` leaves the corpus out).

#[path = "../benches/shared/corpus.rs"]
mod corpus;

use std::io::Write;

fn main() {
    let opts =
        claims_extract::Options { published: chrono::NaiveDate::from_ymd_opt(2023, 11, 9), ..Default::default() };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut texts: Vec<String> =
        if std::env::var_os("DUMP_NO_CORPUS").is_some() { Vec::new() } else { corpus::articles(1 << 20) };
    for path in std::env::args().skip(1) {
        match std::fs::read_to_string(&path) {
            Ok(t) => texts.push(t),
            Err(e) => eprintln!("skipping {path}: {e}"),
        }
    }
    for t in &texts {
        let e = claims_extract::extract(t, &opts);
        match serde_json::to_string(&e) {
            Ok(j) => {
                let _ = writeln!(out, "{j}");
            }
            Err(e) => eprintln!("cannot serialise: {e}"),
        }
    }
}
