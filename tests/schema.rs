//! The published JSON Schema is the one the Rust types generate (run with UPDATE_SCHEMA=1 to rewrite it).

use chain_map::model::schema::json_schema;

const PUBLISHED: &str = "public/chain-map.schema.json";

#[test]
fn published_schema_matches_the_types() {
    let generated = json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(PUBLISHED, &generated).unwrap();
    }
    let published = std::fs::read_to_string(PUBLISHED).unwrap_or_default();
    assert!(
        published == generated,
        "{PUBLISHED} is out of date: run `UPDATE_SCHEMA=1 cargo test --test schema`"
    );
}

#[test]
fn schema_names_every_top_level_list() {
    let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
    let props = schema["properties"].as_object().unwrap();
    for key in [
        "format",
        "meta",
        "district",
        "industries",
        "chains",
        "enterprises",
        "programmes",
        "projects",
        "honours",
        "people",
        "metrics",
        "milestones",
    ] {
        assert!(props.contains_key(key), "{key}");
    }
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(required.contains(&"industries") && required.contains(&"chains"));
}
