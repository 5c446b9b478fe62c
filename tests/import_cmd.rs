//! `hanke import` as a command: printing, writing, refusing, reviewing.

use predicates::prelude::*;

use crate::util::*;

fn seed() -> std::path::PathBuf {
    fixtures().join("seeds/000_be99a796fbf37f8d.txt")
}

#[test]
fn prints_a_record_that_checks_clean_and_is_formatted() {
    let out = hanke()
        .arg("--projects")
        .arg(projects())
        .arg("import")
        .arg(seed())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let toml = String::from_utf8(out.stdout).unwrap();
    assert!(toml.starts_with("#:schema ../schemas/hanke.schema.json\n"));
    assert!(toml.contains("salkku = \"KONSTI\""));
    let data = copy_of(&projects());
    std::fs::remove_file(data.path().join("hyve.toml")).unwrap();
    std::fs::write(data.path().join("hyve.toml"), &toml).unwrap();
    hanke()
        .arg("--projects")
        .arg(data.path())
        .arg("check")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 virhettä"));
    hanke()
        .arg("--projects")
        .arg(data.path())
        .args(["fmt", "--check"])
        .assert()
        .code(0);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("tarkista:") && stderr.contains("sähköpostiosoitteet"),
        "{stderr}"
    );
}

#[test]
fn write_saves_under_the_slug_and_never_overwrites() {
    let data = copy_of(&projects());
    hanke()
        .arg("--projects")
        .arg(data.path())
        .args(["import", "--write"])
        .arg(seed())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("tallennettu ").and(predicate::str::contains(".toml")));
    let written: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("hyve-"))
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let before = std::fs::read(data.path().join(&written[0])).unwrap();
    hanke()
        .arg("--projects")
        .arg(data.path())
        .args(["import", "--write"])
        .arg(seed())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("on jo olemassa"));
    assert_eq!(
        std::fs::read(data.path().join(&written[0])).unwrap(),
        before
    );
    hanke()
        .arg("--projects")
        .arg(data.path())
        .args(["import", "--write", "--id", "hyve/tuonti"])
        .arg(seed())
        .assert()
        .code(0);
    let nested = std::fs::read_to_string(data.path().join("hyve/tuonti.toml")).unwrap();
    assert!(nested.starts_with("#:schema ../../schemas/hanke.schema.json"));
}

#[test]
fn a_page_that_is_not_a_project_fails_and_the_others_go_on() {
    let notes = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(notes.path(), "just some notes\nwith no labels\n").unwrap();
    hanke()
        .arg("--projects")
        .arg(projects())
        .arg("import")
        .arg(notes.path())
        .arg(seed())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("ei ole hankesivu"))
        .stdout(predicate::str::contains("nimi = \"Hyve"));
}

#[test]
fn an_unknown_portfolio_is_reported_with_the_line_to_add() {
    let data = folder(&[]);
    std::fs::write(
        data.path().join("hanke.toml"),
        "[salkut.TESTI]\nnimi = \"Testi\"\n",
    )
    .unwrap();
    hanke()
        .arg("--projects")
        .arg(data.path())
        .arg("import")
        .arg(seed())
        .assert()
        .code(0)
        .stderr(
            predicate::str::contains("salkkua `KONSTI` ei ole tiedostossa hanke.toml")
                .and(predicate::str::contains("[salkut.KONSTI]")),
        );
}

#[test]
fn in_kind_organisations_get_the_registry_names_and_the_record_checks_clean() {
    let page = fixtures().join("import/variant-muut-lines.txt");
    let out = hanke()
        .arg("--projects")
        .arg(projects())
        .arg("import")
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let toml = String::from_utf8(out.stdout).unwrap();
    assert!(
        toml.contains("rahoittaja = \"Pohjois-Pohjanmaan sairaanhoitopiiri\"\nkuvaus = \"asiantuntijapalvelut\""),
        "{toml}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "`PPSHP asiantuntijapalvelut` luettiin rahoittajaksi `Pohjois-Pohjanmaan sairaanhoitopiiri`"
        ),
        "{stderr}"
    );
    let data = copy_of(&projects());
    std::fs::write(data.path().join("kotihoito.toml"), &toml).unwrap();
    hanke()
        .arg("--projects")
        .arg(data.path())
        .arg("check")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 virhettä"));
}

#[test]
fn a_bad_id_is_an_argument_error_like_new() {
    let data = copy_of(&projects());
    let absolute = data.path().join("x");
    for (id, says) in [
        ("../x", "ei kelpaa tunnukseksi"),
        (absolute.to_str().unwrap(), "absoluuttinen polku"),
    ] {
        hanke()
            .arg("--projects")
            .arg(data.path())
            .args(["import", "--write", "--id", id])
            .arg(seed())
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    }
    assert!(!data.path().parent().unwrap().join("x.toml").exists());
}

#[cfg(unix)]
#[test]
fn write_refuses_a_link_out_of_the_data_folder() {
    let data = copy_of(&projects());
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), data.path().join("out")).unwrap();
    hanke()
        .arg("--projects")
        .arg(data.path())
        .args(["import", "--write", "--id", "out/hyve"])
        .arg(seed())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("tietokansion ulkopuolelle"));
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
}
