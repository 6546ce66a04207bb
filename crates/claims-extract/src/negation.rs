//! Negation of a claim's main predicate.

use claims_model::Span;

/// True when the main predicate of `text[span]` is negated.
pub fn negated(_text: &str, _span: Span) -> bool {
    false
}
