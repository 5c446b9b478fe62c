//! Every JSON output validates against its schema in `schemas/output/`
//! (documented in docs/json.md), on the bundled projects and the fixtures.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::util::*;

fn validator(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas/output")
        .join(format!("{name}.schema.json"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs hanke, parses its stdout as JSON (any exit status but 2).
fn json_of(dir: &Path, args: &[&str]) -> Value {
    let (code, out, err) = run_in(dir, args);
    assert!(
        code == 0 || code == 1,
        "hanke {args:?} exited {code}: {err}"
    );
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("hanke {args:?}: {e}\n{out}"))
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

fn folders() -> Vec<PathBuf> {
    vec![projects(), reports()]
}

fn ids(dir: &Path) -> Vec<String> {
    json_of(dir, &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn check_json_matches_its_schema() {
    let v = validator("check");
    for dir in folders() {
        let doc = json_of(&dir, &["check", "--format", "json"]);
        assert_valid(&v, &doc, &dir.display().to_string());
    }
    let mut with_diagnostics = 0;
    for case in std::fs::read_dir(fixtures().join("rules")).unwrap() {
        let bad = case.unwrap().path().join("bad");
        let dir = copy_of(&bad);
        if !dir.path().join("hanke.toml").exists() {
            std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
        }
        let doc = json_of(dir.path(), &["check", "--format", "json"]);
        with_diagnostics += usize::from(!doc["diagnostics"].as_array().unwrap().is_empty());
        assert_valid(&v, &doc, &bad.display().to_string());
    }
    assert!(with_diagnostics > 25, "{with_diagnostics}");
}

#[test]
fn list_json_matches_its_schema() {
    let v = validator("list");
    for dir in folders() {
        for args in [
            &["list", "--format", "json"][..],
            &[
                "list",
                "--format",
                "json",
                "--sort",
                "yhteensa",
                "--vaihe",
                "päättynyt",
            ],
            &["list", "--format", "json", "--hae", "ei mitään tällaista"],
        ] {
            assert_valid(
                &v,
                &json_of(&dir, args),
                &format!("{} {args:?}", dir.display()),
            );
        }
    }
}

#[test]
fn summary_json_matches_its_schema() {
    let v = validator("summary");
    for dir in folders() {
        for by in ["salkku", "rahoittaja", "vuosi", "vaihe", "laji"] {
            let doc = json_of(&dir, &["summary", "--by", by, "--format", "json"]);
            assert!(!doc.as_array().unwrap().is_empty());
            assert_valid(&v, &doc, &format!("{} --by {by}", dir.display()));
        }
    }
}

#[test]
fn show_json_matches_its_schema_for_every_project() {
    let v = validator("show");
    for dir in folders() {
        for id in ids(&dir) {
            let doc = json_of(&dir, &["show", &id, "--format", "json"]);
            assert_valid(&v, &doc, &format!("{} show {id}", dir.display()));
        }
    }
}

#[test]
fn budget_json_matches_its_schema() {
    let v = validator("budget");
    for dir in folders() {
        for id in ids(&dir) {
            let doc = json_of(&dir, &["budget", &id, "--format", "json"]);
            assert_valid(&v, &doc, &format!("{} budget {id}", dir.display()));
        }
        let doc = json_of(&dir, &["budget", "--vuosi", "2013", "--format", "json"]);
        assert_valid(&v, &doc, &format!("{} budget --vuosi 2013", dir.display()));
    }
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .args(["-c", "user.name=t", "-c", "user.email=t@t"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn diff_json_matches_its_schema() {
    let repo = tempfile::tempdir().unwrap();
    let data = repo.path().join("projects");
    copy_dir(&projects(), &data);
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "base"]);
    // A changed amount (and a new rule error), a renamed, a removed and an added record.
    let hyve = std::fs::read_to_string(data.join("hyve.toml")).unwrap();
    std::fs::write(
        data.join("hyve.toml"),
        hyve.replacen("summa = 118443", "summa = 118444", 1),
    )
    .unwrap();
    std::fs::rename(data.join("esimerkki.toml"), data.join("esimerkki-2.toml")).unwrap();
    let first_sub = std::fs::read_dir(data.join("sote-johtaminen"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .unwrap();
    std::fs::remove_file(first_sub).unwrap();
    std::fs::write(
        data.join("uusi.toml"),
        "nimi = \"Uusi\"\nsalkku = \"KONSTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n\n[rahoitus]\nyhteensa = 1000\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nsumma = 1000\n",
    )
    .unwrap();
    let out = hanke()
        .current_dir(repo.path())
        .args(["diff", "HEAD", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let statuses: Vec<&str> = doc["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    for s in ["added", "removed", "changed"] {
        assert!(statuses.contains(&s), "{statuses:?}");
    }
    assert_valid(&validator("diff"), &doc, "diff");
    // Nothing changed: still the same shape.
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "change"]);
    let out = hanke()
        .current_dir(repo.path())
        .args(["diff", "HEAD", "--format", "json"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["changed"], false);
    assert_valid(&validator("diff"), &doc, "diff without changes");
}

/// docs/json.md documents every output and names its schema.
#[test]
fn every_output_is_documented() {
    let docs = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json.md"))
        .unwrap();
    for name in ["check", "list", "show", "summary", "budget", "diff"] {
        assert!(
            docs.contains(&format!("schemas/output/{name}.schema.json")),
            "{name}"
        );
        // Every top-level field or row field of the schema appears in the docs.
        let schema: Value = serde_json::from_str(
            &std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join(format!("schemas/output/{name}.schema.json")),
            )
            .unwrap(),
        )
        .unwrap();
        let props = schema["properties"]
            .as_object()
            .or(schema["items"]["properties"].as_object())
            .unwrap();
        for field in props.keys() {
            assert!(
                docs.contains(&format!("`{field}`")),
                "docs/json.md: {name} lacks `{field}`"
            );
        }
    }
}
