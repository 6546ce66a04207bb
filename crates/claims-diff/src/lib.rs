//! Claim-level changes between two versions of an article.

pub mod render;

use claims_model::{DiffReport, DocRef, Extraction, Summary};

/// Diff settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiffOptions {
    /// Keep unchanged claims in the report.
    pub all: bool,
}

/// Compares the claims of two extractions.
pub fn diff(old: &Extraction, new: &Extraction, _opts: &DiffOptions) -> DiffReport {
    DiffReport {
        old: DocRef { id: old.article.id.clone(), published: old.article.published },
        new: DocRef { id: new.article.id.clone(), published: new.article.published },
        changes: Vec::new(),
        sources: Default::default(),
        summary: Summary::default(),
    }
}
