//! One failing and one passing case per rule, in `tests/fixtures/rules/<code>/`.
//!
//! `bad/` must produce exactly the diagnostics listed in `expect.txt`
//! (`file:line`, all of that code, nothing else); `good/`, the nearest
//! passing variant, must check clean. The human output of every bad case is
//! snapshotted, so a reviewer sees what users see.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::util::*;

fn case_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// A copy of a case folder with the standard registry unless it brings its own.
/// Symbolic links stay links (H111 has one).
fn data_folder(case: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_keeping_links(case, dir.path());
    if !dir.path().join("hanke.toml").exists() {
        std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    }
    dir
}

fn copy_keeping_links(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_symlink() {
            let target = std::fs::read_link(entry.path()).unwrap();
            #[cfg(unix)]
            std::os::unix::fs::symlink(&target, &to).unwrap();
            #[cfg(not(unix))]
            std::fs::copy(entry.path(), &to).unwrap();
        } else if kind.is_dir() {
            copy_keeping_links(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
}

fn check_json(dir: &Path) -> serde_json::Value {
    let out = hanke()
        .arg("--projects")
        .arg(dir)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "exit status {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("check --format json prints one JSON document")
}

#[test]
fn every_bad_case_yields_exactly_its_diagnostics() {
    let mut failures = Vec::new();
    for case in case_dirs() {
        let code = case.file_name().unwrap().to_string_lossy().to_string();
        let dir = data_folder(&case.join("bad"));
        let json = check_json(dir.path());
        let got: BTreeSet<String> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                format!(
                    "{} {}:{}",
                    d["code"].as_str().unwrap(),
                    d["file"].as_str().unwrap(),
                    d["line"]
                )
            })
            .collect();
        let expected: BTreeSet<String> = std::fs::read_to_string(case.join("expect.txt"))
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| format!("{code} {}", l.trim()))
            .collect();
        if got != expected {
            failures.push(format!("{code}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_good_case_checks_clean() {
    let mut failures = Vec::new();
    for case in case_dirs() {
        let dir = data_folder(&case.join("good"));
        let json = check_json(dir.path());
        let diags = json["diagnostics"].as_array().unwrap();
        if !diags.is_empty() {
            failures.push(format!(
                "{}: {}",
                case.display(),
                serde_json::to_string_pretty(diags).unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// `hanke check` of a case's bad folder in `lang`, run inside the folder
/// (files are named relative to it): the exit status and stdout.
fn human_check(case: &Path, lang: &str) -> (Option<i32>, String) {
    let dir = data_folder(&case.join("bad"));
    let out = hanke_in(lang)
        .current_dir(dir.path())
        .arg("--projects")
        .arg(dir.path())
        .arg("check")
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Every bad case in both languages: Finnish (the default) as `rule_<code>`,
/// English as `rule_<code>_en`. The exit status is the same in both.
#[test]
fn human_diagnostics_of_every_bad_case() {
    for case in case_dirs() {
        let code = case.file_name().unwrap().to_string_lossy().to_string();
        let status = Some(
            if code == "H204" || code == "H006" || code.starts_with("H4") {
                0
            } else {
                1
            },
        );
        let (fi_status, fi) = human_check(&case, "fi");
        assert_eq!(fi_status, status, "{code}");
        insta::assert_snapshot!(format!("rule_{code}"), fi);
        let (en_status, en) = human_check(&case, "en");
        assert_eq!(en_status, status, "{code}");
        insta::assert_snapshot!(format!("rule_{code}_en"), en);
        // The same diagnostics at the same places: only the words differ.
        let places = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| l.trim_start().starts_with("-->"))
                .map(str::to_string)
                .collect()
        };
        assert_eq!(places(&fi), places(&en), "{code}");
        // docs/rules.md quotes each rule's first message in both languages.
        let docs =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md"))
                .unwrap();
        for text in [&fi, &en] {
            let title = text.lines().next().unwrap_or_default();
            let message = title.split_once("]: ").map_or(title, |(_, m)| m);
            assert!(
                docs.contains(message),
                "docs/rules.md does not quote the message of {code}: {message}"
            );
        }
    }
}

/// Codes tested elsewhere because a fixture file cannot hold them (hostile.rs).
const TESTED_ELSEWHERE: &[&str] = &["H001", "H005"];

#[test]
fn every_code_has_cases_and_a_docs_entry_with_its_examples() {
    let docs = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md"))
        .unwrap();
    for code in hanke::diag::codes::ALL {
        assert!(
            docs.contains(&format!("### {} {}", code.code, code.name)),
            "docs/rules.md has no entry for {}",
            code.code
        );
        let dir = fixtures().join("rules").join(code.code);
        if TESTED_ELSEWHERE.contains(&code.code) {
            assert!(!dir.exists());
            continue;
        }
        assert!(
            dir.join("bad").is_dir()
                && dir.join("good").is_dir()
                && dir.join("expect.txt").is_file(),
            "{} lacks a bad/good case",
            code.code
        );
        for kind in ["bad", "good"] {
            for entry in walkdir(&dir.join(kind)) {
                if let Ok(text) = std::fs::read_to_string(&entry) {
                    assert!(
                        docs.contains(text.trim_end()),
                        "docs/rules.md does not show {} verbatim",
                        entry.display()
                    );
                }
            }
        }
    }
    for case in case_dirs() {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            hanke::diag::codes::by_code(&name).is_some(),
            "fixture {name} is not a code"
        );
    }
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// One diagnostic of each family — H0xx files, H1xx structure, H2xx dates,
/// H3xx funding (and an H2xx warning) — in one folder, so a reviewer reads
/// the whole frame in both languages side by side.
fn families() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    for (code, name) in [
        ("H003", "h0-syntaksi"),
        ("H101", "h1-avain"),
        ("H201", "h2-paivat"),
        ("H204", "h2-vaihe"),
        ("H303", "h3-rahoitus"),
    ] {
        let from = fixtures().join(format!("rules/{code}/bad/testi.toml"));
        // Names of their own, or they would all be H111's copies of one project.
        let text = std::fs::read_to_string(from)
            .unwrap()
            .replace("\"Testihanke", &format!("\"Testihanke {name}"));
        std::fs::write(dir.path().join(format!("{name}.toml")), text).unwrap();
    }
    dir
}

/// `hanke check` of [`families`] in `lang` and `format`, inside the folder.
fn check_families(dir: &Path, lang: &str, format: &str) -> String {
    let out = hanke_in(lang)
        .current_dir(dir)
        .arg("--projects")
        .arg(dir)
        .args(["check", "--format", format])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn each_family_in_both_languages() {
    let dir = families();
    for lang in ["fi", "en"] {
        let human = check_families(dir.path(), lang, "human");
        insta::assert_snapshot!(format!("families_{lang}"), human);
        let json = check_families(dir.path(), lang, "json");
        insta::assert_snapshot!(format!("families_{lang}_json"), json);
    }
}

/// The JSON of every bad case is the same in both languages once the text
/// meant for people (message, help) is blanked: codes, severities, places,
/// ids, fixes and the summary do not depend on the language.
#[test]
fn json_differs_between_languages_only_in_text_for_people() {
    fn blanked(mut json: serde_json::Value) -> serde_json::Value {
        for d in json["diagnostics"].as_array_mut().unwrap() {
            for key in ["message", "help", "label", "labels", "notes"] {
                if let Some(v) = d.get_mut(key) {
                    *v = serde_json::Value::Null;
                }
            }
        }
        json
    }
    let mut folders: Vec<tempfile::TempDir> = case_dirs()
        .iter()
        .map(|case| data_folder(&case.join("bad")))
        .collect();
    folders.push(families());
    for folder in folders {
        let case = folder.path().to_path_buf();
        let run = |lang: &str| -> serde_json::Value {
            let out = hanke_in(lang)
                .current_dir(folder.path())
                .arg("--projects")
                .arg(folder.path())
                .args(["check", "--format", "json"])
                .output()
                .unwrap();
            serde_json::from_slice(&out.stdout).unwrap()
        };
        let (fi, en) = (run("fi"), run("en"));
        let texts = |j: &serde_json::Value| -> Vec<String> {
            j["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["message"].as_str().unwrap().to_string())
                .collect()
        };
        assert!(!texts(&fi).is_empty(), "{}", case.display());
        // The words do differ (the languages are really two) ...
        assert_ne!(texts(&fi), texts(&en), "{}", case.display());
        // ... and nothing else does.
        assert_eq!(blanked(fi), blanked(en), "{}", case.display());
    }
}
