//! How much a claim deserves a fact-check, 0..1.

use claims_model::Claim;

/// Scores a claim from its features.
pub fn score(_claim: &Claim) -> f64 {
    0.5
}
