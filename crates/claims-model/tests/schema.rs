//! The committed JSON Schemas in `schema/` must match the types.

use std::path::Path;

fn check(file: &str, generated: String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema").join(file);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        if std::env::var("CLAIMS_WRITE_SCHEMA").is_ok() {
            std::fs::write(&path, &generated).unwrap();
            return;
        }
        panic!(
            "{} is out of date with the model types; run `CLAIMS_WRITE_SCHEMA=1 cargo test -p claims-model --test schema` and commit it",
            path.display()
        );
    }
}

#[test]
fn extraction_schema_is_committed() {
    check("extract.schema.json", claims_model::schema::extraction_schema());
}

#[test]
fn diff_schema_is_committed() {
    check("diff.schema.json", claims_model::schema::diff_schema());
}
