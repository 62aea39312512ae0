//! The published JSON Schema of the dataset format, generated from the types so it cannot drift.

use super::types::Dataset;

/// The schema as pretty-printed JSON, as published in `public/chain-map.schema.json`.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Dataset);
    schema.insert("$id".into(), "chain-map.schema.json".into());
    schema.insert("title".into(), "Chain Map dataset (chain-map/1)".into());
    serde_json::to_string_pretty(&schema).expect("a schema is always serialisable") + "\n"
}
