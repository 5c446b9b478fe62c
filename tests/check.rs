//! `hanke check`: the bundled data, output formats, exit statuses, data-folder resolution.

use predicates::prelude::*;

use crate::util::*;

#[test]
fn bundled_projects_check_clean() {
    hanke()
        .arg("--projects")
        .arg(projects())
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("0 errors, 0 warnings"));
}

#[test]
fn bundled_projects_have_no_diagnostics_at_all() {
    let out = hanke()
        .arg("--projects")
        .arg(projects())
        .args(["check", "--format", "json", "--deny-warnings"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["diagnostics"], serde_json::json!([]));
    assert!(json["summary"]["records"].as_u64().unwrap() >= 10);
}

const HYVE_BROKEN: &str = r#"nimi = "Hyve"
salkku = "KONSTY"
vaihe = "päättynyt"
alkaa = 2012-03-01
loppuu = 2014-10-31

[toteuma]
yhteensa = 1047935

[[toteuma.osuudet]]
rahoittaja = "STM"
osuus = 75
summa = 785951

[[toteuma.osuudet]]
rahoittaja = "Oulun kaupunki"
osuus = 11
summa = 261984
"#;

#[test]
fn json_format_fields_one_by_one() {
    let dir = folder(&[
        ("hyve/oulu.toml", HYVE_BROKEN),
        (
            "ok.toml",
            "nimi = \"Ok\"\nsalkku = \"KONSTI\"\nvaihe = \"päättynyt\"\nalkaa = 2012-03-01\n",
        ),
    ]);
    let out = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &json["diagnostics"];
    assert_eq!(d.as_array().unwrap().len(), 2, "{json:#}");
    assert_eq!(d[0]["code"], "H107");
    assert_eq!(d[0]["severity"], "error");
    assert_eq!(d[0]["file"], "hyve/oulu.toml");
    assert_eq!(d[0]["line"], 2);
    assert_eq!(d[0]["column"], 10);
    assert_eq!(d[0]["id"], "hyve/oulu");
    assert!(d[0]["message"].as_str().unwrap().contains("`KONSTY`"));
    assert_eq!(d[0]["help"], "did you mean `KONSTI`?");
    assert_eq!(d[1]["code"], "H303");
    assert_eq!(d[1]["line"], 17);
    assert_eq!(d[1]["column"], 9);
    assert!(
        d[1]["message"].as_str().unwrap().contains("25 %"),
        "{}",
        d[1]["message"]
    );
    assert_eq!(
        json["summary"],
        serde_json::json!({"records": 2, "errors": 2, "warnings": 0})
    );
}

#[test]
fn github_format_annotates_each_line_and_writes_the_step_summary() {
    let dir = folder(&[("hyve/oulu.toml", HYVE_BROKEN)]);
    let summary = tempfile::NamedTempFile::new().unwrap();
    let out = hanke()
        .current_dir(dir.path().parent().unwrap())
        .arg("--projects")
        .arg(dir.path().file_name().unwrap())
        .args(["check", "--format", "github"])
        .env("GITHUB_STEP_SUMMARY", summary.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let root = dir
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].starts_with(&format!(
            "::error file={root}/hyve/oulu.toml,line=2,col=10,"
        )),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].contains(
            ",title=H107 unknown-salkku::unknown salkku `KONSTY`%0Ahelp: did you mean `KONSTI`?"
        ),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with(&format!(
        "::error file={root}/hyve/oulu.toml,line=17,col=9,"
    )));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("error[H107]: unknown salkku `KONSTY`")
            && stderr.contains("checked 1 record: 2 errors"),
        "{stderr}"
    );
    let md = std::fs::read_to_string(summary.path()).unwrap();
    assert!(
        md.contains("| ❌ | H107 |") && md.contains("| ❌ | H303 |"),
        "{md}"
    );
}

#[test]
fn warnings_pass_unless_denied() {
    let rec = "nimi = \"X\"\nsalkku = \"KONSTI\"\nvaihe = \"käynnissä\"\nalkaa = 2012-03-01\nloppuu = 2013-01-01\n";
    let dir = folder(&[("x.toml", rec)]);
    hanke()
        .arg("--projects")
        .arg(dir.path())
        .arg("check")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning[H204]"));
    hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--deny-warnings"])
        .assert()
        .code(1);
    // --today moves the vaihe rule's clock: in 2012 the project was running.
    Command_today(dir.path(), "2012-06-01")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 warnings"));
}

#[allow(non_snake_case)]
fn Command_today(dir: &std::path::Path, today: &str) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("hanke").unwrap();
    c.env_remove("HANKE_PROJECTS")
        .env("NO_COLOR", "1")
        .arg("--projects")
        .arg(dir)
        .args(["check", "--today", today]);
    c
}

#[test]
fn no_colour_when_not_a_terminal_or_no_color_set() {
    let dir = folder(&[("hyve/oulu.toml", HYVE_BROKEN)]);
    let out = hanke()
        .arg("--projects")
        .arg(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b));
    let out = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--color", "always"])
        .output()
        .unwrap();
    assert!(out.stdout.contains(&0x1b));
}

#[test]
fn missing_data_folder_is_exit_2_with_one_line() {
    let out = hanke()
        .args(["--projects", "/nonexistent/hanke", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/nonexistent/hanke") && err.contains("does not exist"));
}

#[test]
fn folder_without_registry_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    hanke()
        .arg("--projects")
        .arg(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no registry `hanke.toml`"));
}

#[test]
fn unparsable_registry_is_exit_2_with_its_location() {
    let dir = folder(&[]);
    std::fs::write(
        dir.path().join("hanke.toml"),
        "[salkut.KONSTI]\nnimi = \"a\"\n\n[salkut.KONSTI]\nnimi = \"b\"\n",
    )
    .unwrap();
    let out = hanke()
        .arg("--projects")
        .arg(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("error[H003]") && stdout.contains("hanke.toml:4:"),
        "{stdout}"
    );
}

#[test]
fn bad_arguments_are_exit_2() {
    hanke().args(["check", "--format", "xml"]).assert().code(2);
    hanke()
        .args(["--today", "2023-02-29", "check"])
        .assert()
        .code(2);
}

#[test]
fn data_folder_from_env_flag_or_nearest_projects_folder() {
    let repo = tempfile::tempdir().unwrap();
    let data = repo.path().join("projects");
    copy_dir(&projects(), &data);
    let deep = repo.path().join("a/b");
    std::fs::create_dir_all(&deep).unwrap();
    // Found upwards from a subfolder.
    hanke().current_dir(&deep).arg("check").assert().success();
    // From the environment.
    let mut c = assert_cmd::Command::cargo_bin("hanke").unwrap();
    c.env("HANKE_PROJECTS", &data)
        .env("NO_COLOR", "1")
        .current_dir(std::env::temp_dir())
        .args(["check", "--today", "2026-11-23"])
        .assert()
        .success();
    // The flag after the subcommand works too, and wins over the environment.
    let mut c = assert_cmd::Command::cargo_bin("hanke").unwrap();
    c.env("HANKE_PROJECTS", "/nonexistent")
        .args(["check", "--today", "2026-11-23", "--projects"])
        .arg(&data)
        .assert()
        .success();
    // Nowhere to be found.
    hanke()
        .current_dir(std::env::temp_dir())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no data folder"));
}

#[test]
fn every_problem_in_every_file_in_one_run() {
    let a = "nimii = \"A\"\nsalkku = \"NOPE\"\nvaihe = \"valmis\"\nalkaa = 2012-03-01\n";
    let b = "nimi = \"B\"\nsalkku = \"KONSTI\"\nvaihe = \"päättynyt\"\nalkaa = 2012-03-01\nloppuu = 2011-01-01\n";
    let c = "this is not toml\n";
    let dir = folder(&[("a.toml", a), ("b.toml", b), ("c.toml", c)]);
    let out = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<String> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}:{}:{}",
                d["file"].as_str().unwrap(),
                d["line"],
                d["code"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            "a.toml:1:H101",
            "a.toml:1:H103",
            "a.toml:2:H107",
            "a.toml:3:H104",
            "b.toml:5:H201",
            "c.toml:1:H003"
        ]
    );
}
