//! Extractor benchmark (placeholder).
fn main() {}
