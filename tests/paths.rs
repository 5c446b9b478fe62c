//! Files are named relative to the current directory, as cargo and rustc
//! name them, in every output people read; JSON keeps `file` relative to
//! the data folder and adds `path`.

use std::path::Path;

use crate::util::*;

/// A repository with the data folder `tiedot/` (any name) holding one record with an error.
fn repo() -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    let data = repo.path().join("tiedot/osa");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(repo.path().join("tiedot/hanke.toml"), REGISTRY).unwrap();
    std::fs::write(
        data.join("x.toml"),
        "nimi = \"X\"\nsalkku = \"KONSTI\"\nvaihe = \"päättynyt\"\nalkaa = 2012-03-01\nloppuu = 2014-10-31\n\n[rahoitus]\nyhteensa = 1000\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nsumma = 999\n",
    )
    .unwrap();
    repo
}

fn run(cwd: &Path, args: &[&str]) -> (String, String) {
    let out = hanke().current_dir(cwd).args(args).output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn human_and_github_output_name_the_same_file() {
    let repo = repo();
    let (human, _) = run(repo.path(), &["--projects", "tiedot", "check"]);
    assert!(human.contains("--> tiedot/osa/x.toml:"), "{human}");
    let (github, _) = run(
        repo.path(),
        &["--projects", "tiedot", "check", "--format", "github"],
    );
    assert!(
        github.contains("::error file=tiedot/osa/x.toml,"),
        "{github}"
    );
    // From inside the data folder, as cargo does from a subfolder.
    let inside = repo.path().join("tiedot/osa");
    let (human, _) = run(&inside, &["--projects", "..", "check"]);
    assert!(human.contains("--> x.toml:"), "{human}");
    let (github, _) = run(
        &inside,
        &["--projects", "..", "check", "--format", "github"],
    );
    assert!(github.contains("::error file=x.toml,"), "{github}");
    // An absolute data folder below the current directory.
    let abs = repo.path().join("tiedot");
    let (human, _) = run(repo.path(), &["--projects", abs.to_str().unwrap(), "check"]);
    assert!(human.contains("--> tiedot/osa/x.toml:"), "{human}");
}

#[test]
fn json_keeps_file_and_adds_path() {
    let repo = repo();
    let (out, _) = run(
        repo.path(),
        &["--projects", "tiedot", "check", "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let d = &json["diagnostics"][0];
    assert_eq!(d["file"], "osa/x.toml");
    assert_eq!(d["path"], "tiedot/osa/x.toml");
}

#[test]
fn fmt_check_names_files_from_the_current_directory() {
    let repo = repo();
    let (out, _) = run(repo.path(), &["--projects", "tiedot", "fmt", "--check"]);
    assert!(out.contains("muotoiltaisiin tiedot/osa/x.toml"), "{out}");
    let inside = repo.path().join("tiedot/osa");
    let (out, _) = run(
        &inside,
        &[
            "--projects",
            repo.path().join("tiedot").to_str().unwrap(),
            "fmt",
            "--check",
        ],
    );
    assert!(out.contains("muotoiltaisiin x.toml\n"), "{out}");
}
