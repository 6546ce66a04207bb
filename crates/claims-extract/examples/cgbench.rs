//! The extractor on the `speed` corpus once, warmed up, for an instruction
//! count that a shared machine's load does not blur (wall-clock figures move
//! by ±3% between runs there; callgrind's count by less than 0.01%):
//!
//! `valgrind --tool=callgrind --toggle-collect='cgbench::measured' \
//!   target/release/examples/cgbench [MB]` (default 0.25 MB).
//!
//! Only `measured` is counted: the lazily built tables are built by the
//! warm-up first. (Under valgrind `sha2` takes its portable code path, so the
//! ids weigh more in the count than on hardware with SHA instructions.)

#[path = "../benches/shared/corpus.rs"]
mod corpus;

/// Extracts every article; the claims counted keep the work from being optimised out.
#[inline(never)]
fn measured(arts: &[String], opts: &claims_extract::Options) -> usize {
    arts.iter().map(|a| std::hint::black_box(claims_extract::extract(a, opts)).claims.len()).sum()
}

fn main() {
    let mb: f64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(0.25);
    let arts = corpus::articles((mb * 1048576.0) as usize);
    let opts =
        claims_extract::Options { published: chrono::NaiveDate::from_ymd_opt(2023, 11, 9), ..Default::default() };
    // Warm-up (not counted): the lexicons and automata are built here.
    for a in arts.iter().take(3) {
        std::hint::black_box(claims_extract::extract(a, &opts));
    }
    println!("{} claims", measured(&arts, &opts));
}
