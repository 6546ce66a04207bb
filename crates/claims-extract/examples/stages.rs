//! Throughput of each stage on its own, on the corpus of the `speed` example
//! (~1 MB of fixture text in ~3 KB articles): where the extractor's time goes.
//! `cargo run --release -p claims-extract --example stages [STAGE]`; with a
//! stage name, only that stage runs (30 rounds: for a profiler).
//!
//! Stages that read claims (`entities`, `certainty`, `negated`, `time`,
//! `lead_subject`, `checkworthy`, `claim_id`) read every claim of `extract`
//! on its own, so together they take longer than inside `extract`, where the
//! claim's words are read once for several of them.

#[path = "../benches/shared/corpus.rs"]
mod corpus;

use claims_extract::{
    attribution, checkworthy, coref, entities, modality, negation, posts, segment, statement, temporal,
};

/// Prints the best time of `f` over the rounds, and its count (to keep it from being optimised out).
fn time(only: Option<&str>, name: &str, mut f: impl FnMut() -> usize) {
    if only.is_some_and(|o| o != name) {
        return;
    }
    let rounds = if only.is_some() { 30 } else { 5 };
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..rounds {
        let t = std::time::Instant::now();
        n = std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("{name:14} {:8.2} ms  ({n})", best * 1e3);
}

fn main() {
    let only = std::env::args().nth(1);
    let only = only.as_deref();
    let arts = corpus::articles(1 << 20);
    let bytes: usize = arts.iter().map(String::len).sum();
    println!("{} articles, {bytes} bytes; best of the rounds per stage:", arts.len());
    let opts =
        claims_extract::Options { published: chrono::NaiveDate::from_ymd_opt(2023, 11, 9), ..Default::default() };
    let published = opts.published;
    let ex: Vec<_> = arts.iter().map(|a| claims_extract::extract(a, &opts)).collect();
    let sents: Vec<_> = arts.iter().map(|a| segment(a)).collect();
    let posts: Vec<_> = arts.iter().zip(&sents).map(|(a, s)| posts::find_posts(a, s)).collect();
    let found: Vec<_> = arts.iter().zip(&sents).zip(&posts).map(|((a, s), p)| attribution::find(a, s, p)).collect();
    // Each claim with its article's text.
    let claims = || arts.iter().zip(&ex).flat_map(|(a, e)| e.claims.iter().map(move |c| (a.as_str(), c)));
    time(only, "extract", || arts.iter().map(|a| claims_extract::extract(a, &opts).claims.len()).sum());
    time(only, "segment", || arts.iter().map(|a| segment(a).len()).sum());
    time(only, "find_posts", || arts.iter().zip(&sents).map(|(a, s)| posts::find_posts(a, s).len()).sum());
    time(only, "find_links", || arts.iter().map(|a| posts::find_links(a).len()).sum());
    time(only, "find_outlets", || arts.iter().zip(&sents).map(|(a, s)| posts::find_outlets(a, s).len()).sum());
    time(only, "attribution", || {
        arts.iter().zip(&sents).zip(&posts).map(|((a, s), p)| attribution::find(a, s, p).len()).sum()
    });
    time(only, "units", || {
        (0..arts.len()).map(|k| statement::units(&arts[k], &sents[k], &found[k], &posts[k]).len()).sum()
    });
    time(only, "entities", || claims().map(|(a, c)| entities::entities(a, c.span).len()).sum());
    time(only, "certainty", || claims().map(|(a, c)| modality::certainty(a, c.span).1.len()).sum());
    time(only, "negated", || claims().filter(|(a, c)| negation::negated(a, c.span)).count());
    time(only, "time", || claims().filter(|(a, c)| temporal::time(a, c.span, published).is_some()).count());
    time(only, "lead_subject", || claims().filter(|(a, c)| coref::leading_subject(a, c.span).is_some()).count());
    time(only, "checkworthy", || claims().map(|(_, c)| (checkworthy::score(c) * 100.0) as usize).sum());
    time(only, "claim_id", || claims().map(|(_, c)| claims_model::ids::claim_id(&c.statement, None).len()).sum());
    let mut linked: Vec<Vec<_>> = ex.iter().map(|e| e.claims.clone()).collect();
    time(only, "corroborate", || {
        linked
            .iter_mut()
            .map(|c| {
                claims_match::corroborate(c);
                c.len()
            })
            .sum()
    });
    time(only, "clone_claims", || ex.iter().map(|e| e.claims.clone().len()).sum());
}
