//! `hanke schema`: the JSON Schemas of a record and of the registry,
//! generated from the model types, and `--write` to put both where the
//! `#:schema` lines of a data folder point.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value};

use crate::cli::{GlobalArgs, SchemaArgs};
use crate::context::Context;
use crate::model::schema::key_spellings;
use crate::model::{Project, Registry};

/// The file names the `#:schema` lines name, in `schemas/` beside the data folder.
pub const RECORD_SCHEMA_FILE: &str = "hanke.schema.json";
pub const REGISTRY_SCHEMA_FILE: &str = "registry.schema.json";

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

/// A one-member `anyOf`/`oneOf` (what is left of `Option<T>` once null is
/// dropped) makes validators report "not valid under any of the schemas" for
/// every problem inside it, 47 times for one misspelt key in Taplo. It
/// becomes the member itself, or an `allOf` where the wrapper has keywords
/// of its own (a description), so errors inside are reported as they are.
fn unwrap_single_alternatives(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for key in ["anyOf", "oneOf"] {
                let single = matches!(map.get(key), Some(Value::Array(o)) if o.len() == 1);
                if !single {
                    continue;
                }
                let Some(Value::Array(mut options)) = map.remove(key) else {
                    continue;
                };
                let member = options.remove(0);
                match member {
                    Value::Object(inner) if map.is_empty() => map.extend(inner),
                    member => {
                        map.insert("allOf".into(), Value::Array(vec![member]));
                    }
                }
            }
            map.values_mut().for_each(unwrap_single_alternatives);
        }
        Value::Array(items) => items.iter_mut().for_each(unwrap_single_alternatives),
        _ => {}
    }
}

/// Keys may be written with Finnish letters (`"yhteensä"`): every closed
/// table (`additionalProperties: false`) accepts those spellings of its keys
/// through `patternProperties`, with the key's schema.
fn accept_key_spellings(v: &mut Value) {
    match v {
        Value::Object(map) => {
            let closed = map.get("additionalProperties") == Some(&Value::Bool(false));
            if let (true, Some(Value::Object(props))) = (closed, map.get("properties")) {
                let mut patterns = Map::new();
                for (key, schema) in props {
                    if let Some(pattern) = key_spellings(key) {
                        let mut schema = schema.clone();
                        if let Value::Object(s) = &mut schema {
                            s.remove("description");
                            s.remove("default");
                        }
                        patterns.insert(pattern, schema);
                    }
                }
                if !patterns.is_empty() {
                    match map.get_mut("patternProperties") {
                        Some(Value::Object(existing)) => existing.extend(patterns),
                        _ => {
                            map.insert("patternProperties".into(), Value::Object(patterns));
                        }
                    }
                }
            }
            map.values_mut().for_each(accept_key_spellings);
        }
        Value::Array(items) => items.iter_mut().for_each(accept_key_spellings),
        _ => {}
    }
}

/// `$schema`, `title`, `description` and `type` first, where a reader of
/// the file looks for them; the root and each definition.
fn tidy(value: &mut Value) {
    fn order(v: &mut Value) {
        if let Value::Object(map) = v {
            let mut sorted = Map::new();
            for key in ["$schema", "title", "description", "type"] {
                if let Some(x) = map.remove(key) {
                    sorted.insert(key.into(), x);
                }
            }
            sorted.append(map);
            *map = sorted;
        }
    }
    order(value);
    if let Some(Value::Object(defs)) = value.get_mut("definitions") {
        defs.values_mut().for_each(order);
    }
}

fn to_text(schema: schemars::Schema) -> String {
    let mut value: Value = schema.to_value();
    drop_null(&mut value);
    unwrap_single_alternatives(&mut value);
    accept_key_spellings(&mut value);
    tidy(&mut value);
    serde_json::to_string_pretty(&value).expect("a schema serializes") + "\n"
}

/// The record schema, as checked in at `schemas/hanke.schema.json`.
pub fn record_schema() -> String {
    to_text(
        settings()
            .into_generator()
            .into_root_schema_for::<Project>(),
    )
}

/// The registry schema, as checked in at `schemas/registry.schema.json`.
pub fn registry_schema() -> String {
    to_text(
        settings()
            .into_generator()
            .into_root_schema_for::<Registry>(),
    )
}

/// `schemas/` beside the data folder: where `#:schema ../schemas/…` in
/// `hanke.toml` and in a top-level record point.
pub fn schemas_dir(data_root: &Path) -> PathBuf {
    let root = if data_root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        data_root
    };
    root.join("..").join("schemas")
}

pub fn run(global: &GlobalArgs, args: &SchemaArgs) -> anyhow::Result<ExitCode> {
    if args.write {
        return write_both(&Context::resolve(global)?);
    }
    let text = if args.registry {
        registry_schema()
    } else {
        record_schema()
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Writes both schemas into `schemas/` beside the data folder, atomically,
/// and says where.
fn write_both(ctx: &Context) -> anyhow::Result<ExitCode> {
    use anyhow::Context as _;
    let dir = schemas_dir(&ctx.root);
    std::fs::create_dir_all(&dir)
        .with_context(|| crate::t!("err-create-folder", path = dir.display().to_string()))?;
    let shown = schemas_dir(&ctx.display_root);
    for (name, text) in [
        (RECORD_SCHEMA_FILE, record_schema()),
        (REGISTRY_SCHEMA_FILE, registry_schema()),
    ] {
        let path = dir.join(name);
        crate::write::write_atomic(&path, text.as_bytes())
            .with_context(|| crate::t!("err-write-file", path = path.display().to_string()))?;
        let file = clean(&shown.join(name)).display().to_string();
        println!("{}", crate::t!("out-wrote", file = file));
    }
    Ok(ExitCode::SUCCESS)
}

/// `projects/../schemas/x` → `schemas/x`, for the message only.
fn clean(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}
