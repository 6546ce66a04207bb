//! The one claim matcher, used for corroboration within an article and for
//! aligning claims across versions in `claims diff`.

use claims_model::{Claim, Relation};

/// How two claims compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Similarity in 0..1.
    pub score: f64,
    /// How they relate, when they report the same fact.
    pub relation: Option<Relation>,
}

/// Compares two claims.
pub fn compare(a: &Claim, b: &Claim) -> Comparison {
    let score = if claims_model::ids::normalize(&a.statement) == claims_model::ids::normalize(&b.statement) {
        1.0
    } else {
        0.0
    };
    Comparison { score, relation: (score > 0.5).then_some(Relation::Same) }
}

mod corroborate;
pub use corroborate::corroborate;
