//! Segmentation score on `data/segmentation/dev_en.json` and the seed article.

use std::path::Path;

use anyhow::Result;

/// Scores the segmenter and prints the figures.
pub fn run(shared: &Path) -> Result<()> {
    let _ = shared;
    println!("segment: not scored yet");
    Ok(())
}
