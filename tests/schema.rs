//! The checked-in JSON Schemas are exactly what the code generates.

use std::path::Path;

fn checked_in(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("schemas")
            .join(name),
    )
    .unwrap_or_default()
}

#[test]
fn record_schema_is_current() {
    let generated = hanke::commands::schema::record_schema();
    assert!(
        checked_in("hanke.schema.json") == generated,
        "schemas/hanke.schema.json is stale: run `cargo run -- schema > schemas/hanke.schema.json`"
    );
}

#[test]
fn registry_schema_is_current() {
    let generated = hanke::commands::schema::registry_schema();
    assert!(
        checked_in("registry.schema.json") == generated,
        "schemas/registry.schema.json is stale: run `cargo run -- schema --registry > schemas/registry.schema.json`"
    );
}

#[test]
fn record_schema_requires_the_required_keys_and_knows_every_key() {
    let schema: serde_json::Value =
        serde_json::from_str(&hanke::commands::schema::record_schema()).unwrap();
    assert_eq!(
        schema["required"],
        serde_json::json!(["nimi", "salkku", "vaihe", "alkaa"])
    );
    let props = schema["properties"].as_object().unwrap();
    for key in hanke::load::record::RECORD_KEYS {
        assert!(props.contains_key(*key), "schema lacks `{key}`");
    }
    assert_eq!(props.len(), hanke::load::record::RECORD_KEYS.len());
    assert_eq!(schema["additionalProperties"], serde_json::json!(false));
}
