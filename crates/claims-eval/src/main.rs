//! `claims-eval`: scores the toolkit on the data sets in `../shared/data`.
//!
//! `cargo run --release -p claims-eval -- all|segment|attribution|semantics|diff|polnear [--data DIR]`
//! (`polnear` reads the folder named by `CLAIMS_POLNEAR_DIR`, see [`polnear`]).
//! Prints figures and, per scored set, a closing `N passed, M failed` line.

mod attribution;
mod diff;
mod polnear;
mod segment;
mod semantics;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "all".into());
    let mut data: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        if a == "--data" {
            data = args.next().map(PathBuf::from);
        }
    }
    if what == "polnear" {
        return if report("polnear", polnear::run()) { ExitCode::SUCCESS } else { ExitCode::from(2) };
    }
    let shared = data.unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    if !shared.is_dir() {
        eprintln!(
            "claims-eval: {} not found; pass --data DIR (the shared folder with data/ and seed/)",
            shared.display()
        );
        return ExitCode::from(2);
    }
    let run = |name: &str| what == "all" || what == name;
    let mut ok = true;
    if run("segment") {
        ok &= report("segment", segment::run(&shared));
    }
    if run("attribution") {
        ok &= report("attribution", attribution::run(&shared));
    }
    if run("semantics") {
        ok &= report("semantics", semantics::run(&shared));
    }
    if run("diff") {
        ok &= report("diff", diff::run(&shared));
    }
    if what == "all" {
        ok &= report("polnear", polnear::run());
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

fn report(name: &str, r: anyhow::Result<()>) -> bool {
    match r {
        Ok(()) => true,
        Err(e) => {
            eprintln!("claims-eval {name}: {e:#}");
            false
        }
    }
}
