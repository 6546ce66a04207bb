//! JSON Schemas of the tool's JSON outputs, generated from the types.

use crate::{DiffReport, Extraction};

/// The JSON Schema of `claims extract --format json`, pretty-printed.
pub fn extraction_schema() -> String {
    let schema = schemars::schema_for!(Extraction);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises") + "\n"
}

/// The JSON Schema of `claims diff --format json`, pretty-printed.
pub fn diff_schema() -> String {
    let schema = schemars::schema_for!(DiffReport);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises") + "\n"
}
