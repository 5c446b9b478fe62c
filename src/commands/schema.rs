//! `hanke schema`: the JSON Schema of a record, generated from the model types.

use std::io::Write;
use std::process::ExitCode;

use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::cli::SchemaArgs;
use crate::model::{Project, Registry};

/// Required keys of a record (records.md); the Rust fields are optional so
/// that a record missing one still loads and gets a precise diagnostic.
const REQUIRED: &[&str] = &["nimi", "salkku", "vaihe", "alkaa"];

fn settings() -> SchemaSettings {
    SchemaSettings::draft07()
}

/// TOML has no null: an optional key is simply absent, so `null` is dropped
/// from every type the generator made nullable.
fn drop_null(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    map.insert("type".into(), only);
                }
            }
            for key in ["anyOf", "oneOf"] {
                if let Some(Value::Array(options)) = map.get_mut(key) {
                    options.retain(|o| o.get("type").is_none_or(|t| t != "null"));
                }
            }
            map.values_mut().for_each(drop_null);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_null),
        _ => {}
    }
}

fn to_text(schema: schemars::Schema, required: Option<&[&str]>) -> String {
    let mut value: Value = serde_json::to_value(&schema).expect("a schema is JSON");
    drop_null(&mut value);
    if let (Some(obj), Some(req)) = (value.as_object_mut(), required) {
        obj.insert("required".into(), Value::from(req.to_vec()));
    }
    serde_json::to_string_pretty(&value).expect("a schema serializes") + "\n"
}

/// The record schema, as checked in at `schemas/hanke.schema.json`.
pub fn record_schema() -> String {
    to_text(
        settings()
            .into_generator()
            .into_root_schema_for::<Project>(),
        Some(REQUIRED),
    )
}

/// The registry schema, as checked in at `schemas/registry.schema.json`.
pub fn registry_schema() -> String {
    to_text(
        settings()
            .into_generator()
            .into_root_schema_for::<Registry>(),
        Some(&["salkut"]),
    )
}

pub fn run(args: &SchemaArgs) -> anyhow::Result<ExitCode> {
    let text = if args.registry {
        registry_schema()
    } else {
        record_schema()
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
