//! Time expressions, resolved against the published date.

use chrono::NaiveDate;
use claims_model::{Span, TimeRef};

/// The main time expression of `text[span]`, resolved against `published`.
pub fn time(_text: &str, _span: Span, _published: Option<NaiveDate>) -> Option<TimeRef> {
    None
}
