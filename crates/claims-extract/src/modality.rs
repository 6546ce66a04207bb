//! Certainty of a claim and the hedges that set it.

use claims_model::{Certainty, Span};

/// The certainty of `text[span]` and the spans of the words that set it.
pub fn certainty(_text: &str, _span: Span) -> (Certainty, Vec<Span>) {
    (Certainty::Asserted, Vec::new())
}
