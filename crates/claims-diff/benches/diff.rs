//! Diff benchmark (placeholder until the diff lands).
fn main() {}
