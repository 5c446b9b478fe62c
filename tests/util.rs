//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The bundled data folder.
pub fn projects() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("projects")
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `hanke` with a fixed date, no colour, and no data folder from the environment.
pub fn hanke() -> Command {
    let mut c = Command::cargo_bin("hanke").expect("the hanke binary is built");
    c.env_remove("HANKE_PROJECTS")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("NO_COLOR", "1")
        .arg("--today")
        .arg("2026-11-23");
    c
}

/// A temporary copy of a data folder, to break or change.
pub fn copy_of(src: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    copy_dir(src, dir.path());
    dir
}

pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
}

/// A data folder with a small registry and the given records.
pub fn folder(records: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    for (path, text) in records {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

pub const REGISTRY: &str = r#"[salkut.KONSTI]
nimi = "Elämänhallinta- ja hyvinvointiohjelma 2010-2013"
omistaja = "Oulun kaupunki"

[salkut.TESTI]
nimi = "Testisalkku"

[ohjelmat.Kaste]
nimi = "Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma"
rahoittaja = "STM"
enintaan = 75

[organisaatiot.STM]
lyhenteet = ["Sosiaali- ja terveysministeriö"]

[organisaatiot."Oulun kaupunki"]
lyhenteet = ["Ouka", "Oulu"]

[organisaatiot."Oulunkaaren kuntayhtymä"]
"#;
