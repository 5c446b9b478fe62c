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
        "schemas/hanke.schema.json is stale: run `cargo run -- schema --write`"
    );
}

#[test]
fn registry_schema_is_current() {
    let generated = hanke::commands::schema::registry_schema();
    assert!(
        checked_in("registry.schema.json") == generated,
        "schemas/registry.schema.json is stale: run `cargo run -- schema --write`"
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

// ---------------------------------------------------------------------------
// The schemas agree with `hanke check`, tried with a real validator.
// ---------------------------------------------------------------------------

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde_json::{Value, json};

use crate::util::*;

/// A validator for a checked-in schema, as an editor would use it: draft 7,
/// formats asserted.
fn validator(name: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&checked_in(name)).expect("the schema is JSON");
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

/// A TOML document as editors hand it to a JSON Schema validator (Taplo):
/// dates and times become strings.
fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => json!(i),
        toml::Value::Float(f) => json!(f),
        toml::Value::Boolean(b) => json!(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}

fn json_of(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    let table: toml::Table = text
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml_to_json(&toml::Value::Table(table))
}

/// The messages a validator gives for a file, empty when it is valid.
fn schema_errors(v: &jsonschema::Validator, path: &Path) -> Vec<String> {
    let doc = json_of(path);
    v.iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// A data folder to check: the case folder itself when it has a registry,
/// else a copy with the standard one (as tests/rules.rs does).
fn data_folder(dir: &Path) -> (PathBuf, Option<tempfile::TempDir>) {
    if dir.join("hanke.toml").is_file() {
        return (dir.to_path_buf(), None);
    }
    let copy = copy_of(dir);
    std::fs::write(copy.path().join("hanke.toml"), REGISTRY).unwrap();
    (copy.path().to_path_buf(), Some(copy))
}

/// Every `.toml` below `dir`, relative, `/`-separated.
fn toml_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

/// The data folders of the repository: the bundled projects, the report
/// fixtures, the spellings fixture and every rule case, good and bad.
fn data_folders() -> Vec<PathBuf> {
    let mut dirs = vec![projects(), reports(), fixtures().join("schema/spellings")];
    for case in std::fs::read_dir(fixtures().join("rules")).unwrap() {
        let case = case.unwrap().path();
        dirs.push(case.join("good"));
        dirs.push(case.join("bad"));
    }
    dirs.sort();
    dirs
}

/// The files of a folder that `hanke check` reports an error in.
fn files_with_errors(dir: &Path) -> BTreeSet<String> {
    let out = hanke()
        .arg("--projects")
        .arg(dir)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).expect("check prints JSON");
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| d["file"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_file_check_accepts_is_valid_against_the_schemas() {
    let record = validator("hanke.schema.json");
    let registry = validator("registry.schema.json");
    let mut failures = Vec::new();
    let mut validated = 0;
    for dir in data_folders() {
        let (folder, _keep) = data_folder(&dir);
        let rejected = files_with_errors(&folder);
        for rel in toml_files(&folder) {
            if rejected.contains(&rel) {
                continue;
            }
            let v = if rel == "hanke.toml" {
                &registry
            } else {
                &record
            };
            let path = folder.join(&rel);
            if toml::from_str::<toml::Table>(&std::fs::read_to_string(&path).unwrap()).is_err() {
                continue;
            }
            validated += 1;
            let errors = schema_errors(v, &path);
            if !errors.is_empty() {
                failures.push(format!("{}/{rel}: {errors:#?}", dir.display()));
            }
        }
    }
    assert!(validated > 60, "only {validated} files validated");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The structural rules a schema can express. Not H102 (its case is a date
/// in quotes, which editors pass to the schema as a string just like a TOML
/// date), nor the rules about files, references between records, dates and
/// sums, which a schema of one file cannot see.
const EXPRESSIBLE: &[&str] = &["H101", "H103", "H104", "H105", "H106"];

#[test]
fn every_bad_case_of_an_expressible_rule_is_rejected_by_the_schema() {
    let record = validator("hanke.schema.json");
    let mut failures = Vec::new();
    for code in EXPRESSIBLE {
        let case = fixtures().join("rules").join(code);
        let expect = std::fs::read_to_string(case.join("expect.txt")).unwrap();
        let files: BTreeSet<&str> = expect
            .lines()
            .filter_map(|l| l.trim().rsplit_once(':').map(|(f, _)| f))
            .collect();
        for file in files {
            if schema_errors(&record, &case.join("bad").join(file)).is_empty() {
                failures.push(format!("{code}/bad/{file} is valid against the schema"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn documented_spellings_are_valid_and_check_clean() {
    let dir = fixtures().join("schema/spellings");
    let (code, out, err) = run_in(&dir, &["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 virhettä, 0 varoitusta"), "{out}");
    let record = validator("hanke.schema.json");
    for file in ["kirjoitusasut.toml", "muodot.toml"] {
        let errors = schema_errors(&record, &dir.join(file));
        assert!(errors.is_empty(), "{file}: {errors:#?}");
    }
    let errors = schema_errors(&validator("registry.schema.json"), &dir.join("hanke.toml"));
    assert!(errors.is_empty(), "hanke.toml: {errors:#?}");
    // `fmt` still writes the canonical spellings.
    let (code, out, _) = run_in(&dir, &["fmt", "--check"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("+vaihe = \"päättynyt\"") && out.contains("+yhteensa = "),
        "{out}"
    );
}

#[test]
fn the_registry_names_its_schema() {
    let text = std::fs::read_to_string(projects().join("hanke.toml")).unwrap();
    assert!(
        text.starts_with("#:schema ../schemas/registry.schema.json\n"),
        "{}",
        &text[..80]
    );
}

/// Values the loader refuses stay refused: the patterns are not loose.
#[test]
fn spellings_the_loader_refuses_are_invalid() {
    let record = validator("hanke.schema.json");
    let base = json!({"nimi": "X", "salkku": "K", "vaihe": "päättynyt", "alkaa": "2012-01-01"});
    let with = |key: &str, value: Value| {
        let mut doc = base.clone();
        doc[key] = value;
        doc
    };
    let funding = |value: Value| with("rahoitus", json!({ "yhteensa": value }));
    let share = |key: &str, value: Value| {
        let mut s = json!({"rahoittaja": "STM"});
        s[key] = value;
        with("rahoitus", json!({ "osuudet": [s] }))
    };
    assert!(record.is_valid(&base));
    for (doc, valid) in [
        (with("vaihe", json!(" Päättynyt ")), true),
        (with("vaihe", json!("PAATTYNYT")), true),
        (with("vaihe", json!("valmis")), false),
        (with("vaihe", json!("päättynyt!")), false),
        (funding(json!("1 234,50")), true),
        (funding(json!("1234.5")), true),
        (funding(json!("1.500")), true),
        (funding(json!("12 €")), true),
        (funding(json!("1.234")), false),
        (funding(json!("-5")), false),
        (funding(json!("12 EUR")), false),
        (funding(json!(-5)), false),
        (funding(json!(1000.5)), false),
        (share("laji", json!("muu_julkinen")), true),
        (share("laji", json!("Muu julkinen")), true),
        (share("laji", json!("muujulkinen")), false),
        (share("osuus", json!("12,5 %")), true),
        (share("osuus", json!("100.0")), true),
        (share("osuus", json!("100.5")), false),
        (share("osuus", json!(101)), false),
        (with("kustannusarvio", json!({"2012": {"palkat": 1}})), true),
        (with("kustannusarvio", json!({"12": {"palkat": 1}})), false),
        (
            with("kustannusarvio", json!({"2012": {"palkkat": 1}})),
            false,
        ),
        (with("toteuttajat", json!("Oulun kaupunki")), true),
        (with("toteuttajat", json!(["Oulun kaupunki", 1])), false),
        (with("alkaa", json!("1.3.2012")), false),
        (with("Nimi", json!("X")), false),
        (with("rahoitus", json!({"osuudet": [{"summa": 1}]})), false),
        (with("yhteystiedot", json!([{"rooli": "x"}])), false),
        (with("liitteet", json!([{"nimi": "x"}])), false),
        (with("rahoitus", json!({"muut": [{"summa": 1}]})), false),
    ] {
        assert_eq!(record.is_valid(&doc), valid, "{doc}");
    }
}

/// Taplo shows one line per schema error: a misspelt key must be one plain
/// "Additional properties are not allowed", not a block per `anyOf` member.
#[test]
fn a_misspelt_key_is_one_plain_error() {
    let record = validator("hanke.schema.json");
    let doc = json!({
        "nimi": "X", "salkku": "K", "vaihe": "päättynyt", "alkaa": "2012-01-01",
        "rahoitus": {"yhteensa": 1, "osuudet": [{"rahoittaja": "STM", "sumna": 1}]}
    });
    let errors: Vec<String> = record.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert_eq!(
        errors,
        ["Additional properties are not allowed ('sumna' was unexpected)"]
    );
}

#[test]
fn no_one_member_alternatives_and_nothing_defaulted_is_required() {
    fn walk(v: &Value, path: &str, problems: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for key in ["anyOf", "oneOf"] {
                    if let Some(Value::Array(a)) = map.get(key)
                        && a.len() < 2
                    {
                        problems.push(format!("{path}: one-member {key}"));
                    }
                }
                for (k, x) in map {
                    walk(x, &format!("{path}/{k}"), problems);
                }
            }
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    walk(x, &format!("{path}/{i}"), problems);
                }
            }
            _ => {}
        }
    }
    let mut problems = Vec::new();
    let mut required: BTreeMap<String, Value> = BTreeMap::new();
    for name in ["hanke.schema.json", "registry.schema.json"] {
        let schema: Value = serde_json::from_str(&checked_in(name)).unwrap();
        walk(&schema, name, &mut problems);
        required.insert(format!("{name}#"), schema["required"].clone());
        for (def, s) in schema["definitions"].as_object().unwrap() {
            required.insert(format!("{name}#{def}"), s["required"].clone());
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    let expected: BTreeMap<String, Value> = [
        (
            "hanke.schema.json#",
            json!(["nimi", "salkku", "vaihe", "alkaa"]),
        ),
        ("hanke.schema.json#Costs", Value::Null),
        ("hanke.schema.json#Euro", Value::Null),
        ("hanke.schema.json#Funding", Value::Null),
        ("hanke.schema.json#Hours", Value::Null),
        ("hanke.schema.json#InKind", json!(["rahoittaja"])),
        ("hanke.schema.json#Laji", Value::Null),
        ("hanke.schema.json#Liite", json!(["url"])),
        ("hanke.schema.json#Palkat", Value::Null),
        ("hanke.schema.json#Percent", Value::Null),
        ("hanke.schema.json#Share", json!(["rahoittaja"])),
        (
            "hanke.schema.json#UnitCost",
            json!(["tunnit", "tuntihinta"]),
        ),
        ("hanke.schema.json#Yhteystieto", json!(["nimi"])),
        ("registry.schema.json#", Value::Null),
        ("registry.schema.json#Category", Value::Null),
        ("registry.schema.json#Kattaa", Value::Null),
        ("registry.schema.json#Kustannusmalli", Value::Null),
        ("registry.schema.json#Ohjelma", Value::Null),
        ("registry.schema.json#Organisaatio", Value::Null),
        ("registry.schema.json#Percent", Value::Null),
        ("registry.schema.json#Salkku", json!(["nimi"])),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(required, expected);
}

/// A data repository that is not this one has no `schemas/`: `--write`
/// puts both where the `#:schema` lines point.
#[test]
fn schema_write_puts_both_schemas_beside_the_data_folder() {
    let repo = tempfile::tempdir().unwrap();
    let data = repo.path().join("tiedot");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("hanke.toml"), REGISTRY).unwrap();
    let out = hanke()
        .current_dir(repo.path())
        .args(["--projects", "tiedot", "schema", "--write"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "kirjoitettu schemas/hanke.schema.json\nkirjoitettu schemas/registry.schema.json\n"
    );
    let written =
        |name: &str| std::fs::read_to_string(repo.path().join("schemas").join(name)).unwrap();
    assert_eq!(
        written("hanke.schema.json"),
        hanke::commands::schema::record_schema()
    );
    assert_eq!(
        written("registry.schema.json"),
        hanke::commands::schema::registry_schema()
    );
    // A record's `#:schema` line, as `hanke new` and `fmt` write it, finds it.
    let line = hanke::fmt::schema_line(0);
    let target = data.join(line.trim_start_matches("#:schema "));
    assert!(target.is_file(), "{}", target.display());
}
