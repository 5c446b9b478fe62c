//! `hanke new`: the record it writes checks clean and is already formatted;
//! it refuses to overwrite and explains every bad argument.

use std::path::Path;

use crate::util::*;

const PARENT: &str = "#:schema ../schemas/hanke.schema.json\n\nnimi = \"Päähanke\"\nsalkku = \"KONSTI\"\nvaihe = \"käynnissä\"\nalkaa = 2025-01-01\nloppuu = 2027-12-31\n";

fn new(dir: &Path, args: &[&str]) -> std::process::Output {
    hanke()
        .arg("--projects")
        .arg(dir)
        .arg("new")
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

#[test]
fn writes_a_record_that_checks_clean_and_is_formatted() {
    let dir = folder(&[("hyve.toml", PARENT)]);
    let out = new(
        dir.path(),
        &[
            "hyve/kainuu",
            "--nimi",
            "Kainuun \"osa\" hanke",
            "--salkku",
            "konsti",
            "--alkaa",
            "2025-01-01",
            "--loppuu",
            "2026-12-31",
            "--paahanke",
            "hyve",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let path = dir.path().join("hyve/kainuu.toml");
    assert_eq!(text(&out.stdout).trim(), format!("luotu {}", shown(&path)));
    let record = std::fs::read_to_string(&path).unwrap();
    insta::assert_snapshot!("new_kainuu", record);
    assert!(record.starts_with("#:schema ../../schemas/hanke.schema.json\n\n"));
    assert!(record.contains("salkku = \"KONSTI\"\n"));
    assert!(record.contains("vaihe = \"käynnissä\"\n"));
    assert!(record.contains("# [kustannusarvio.2025]\n"));
    assert!(record.contains("# [kustannusarvio.2026]\n"));
    assert!(!record.contains("# [kustannusarvio.2027]\n"));
    assert!(record.contains("# ohjelma = \"Kaste\"\n# osuus = 75\n"));
    assert!(record.contains("# rahoittaja = \"Oulun kaupunki\"\n# laji = \"oma\"\n# osuus = 25\n"));

    let check = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--deny-warnings"])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    let fmt = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["fmt", "--check"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(fmt.status.code(), Some(0), "{}", text(&fmt.stdout));
}

#[test]
fn uncommenting_the_hints_still_checks_clean() {
    let dir = folder(&[]);
    let out = new(
        dir.path(),
        &[
            "uusi",
            "--nimi",
            "Uusi",
            "--salkku",
            "KONSTI",
            "--alkaa",
            "2026-01-01",
            "--loppuu",
            "2026-12-31",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let path = dir.path().join("uusi.toml");
    let record = std::fs::read_to_string(&path).unwrap();
    // Uncomment the funding plan only (the cost hints are zeros to fill in).
    let plan: String = record
        .lines()
        .skip_while(|l| !l.starts_with("# [rahoitus]"))
        .take_while(|l| !l.starts_with("# [kustannusarvio"))
        .map(|l| l.strip_prefix("# ").or(l.strip_prefix('#')).unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&path, format!("{record}\n{plan}\n")).unwrap();
    let check = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--deny-warnings"])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
}

#[test]
fn defaults_to_today_and_plans_future_projects() {
    let dir = folder(&[]);
    assert_eq!(
        new(dir.path(), &["a", "--nimi", "A", "--salkku", "TESTI"])
            .status
            .code(),
        Some(0)
    );
    let a = std::fs::read_to_string(dir.path().join("a.toml")).unwrap();
    assert!(a.contains("alkaa = 2026-11-23\n"), "{a}");
    assert!(a.contains("vaihe = \"käynnissä\"\n"), "{a}");
    assert!(a.contains("# loppuu = YYYY-MM-DD\n"), "{a}");
    assert_eq!(
        new(
            dir.path(),
            &[
                "b",
                "--nimi",
                "B",
                "--salkku",
                "TESTI",
                "--alkaa",
                "2027-01-01"
            ]
        )
        .status
        .code(),
        Some(0)
    );
    let b = std::fs::read_to_string(dir.path().join("b.toml")).unwrap();
    assert!(b.contains("vaihe = \"suunnitteilla\"\n"), "{b}");
    let check = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--deny-warnings"])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
}

#[test]
fn refuses_to_overwrite() {
    let dir = folder(&[("hyve.toml", PARENT)]);
    let out = new(dir.path(), &["hyve", "--nimi", "X", "--salkku", "KONSTI"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("on jo olemassa"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("hyve.toml")).unwrap(),
        PARENT
    );
}

#[test]
fn explains_bad_arguments() {
    let dir = folder(&[("hyve.toml", PARENT)]);
    let cases: &[(&[&str], &str)] = &[
        (
            &["Hyve/Ää", "--nimi", "X", "--salkku", "KONSTI"],
            "did you mean `hyve/aa`?",
        ),
        (
            &["a//b", "--nimi", "X", "--salkku", "KONSTI"],
            "empty path segment",
        ),
        (
            &["x", "--nimi", "X", "--salkku", "KONSTY"],
            "did you mean `KONSTI`?",
        ),
        (
            &["x", "--nimi", "X", "--salkku", "ZZZZZZZ"],
            "`KONSTI`, `TESTI`",
        ),
        (
            &[
                "x",
                "--nimi",
                "X",
                "--salkku",
                "KONSTI",
                "--paahanke",
                "hyv",
            ],
            "did you mean `hyve`?",
        ),
        (
            &[
                "x",
                "--nimi",
                "X",
                "--salkku",
                "KONSTI",
                "--alkaa",
                "2025-02-01",
                "--loppuu",
                "2025-01-01",
            ],
            "before `--alkaa 2025-02-01`",
        ),
        (
            &[
                "x",
                "--nimi",
                "X",
                "--salkku",
                "KONSTI",
                "--paahanke",
                "hyve",
                "--alkaa",
                "2024-01-01",
            ],
            "päähanke `hyve` starts on 2025-01-01",
        ),
        (
            &["x", "--nimi", "  ", "--salkku", "KONSTI"],
            "`--nimi` is empty",
        ),
    ];
    // The reasons in English (their Finnish wording is tested with the catalogue).
    for (args, expected) in cases {
        let out = hanke_in("en")
            .arg("--projects")
            .arg(dir.path())
            .arg("new")
            .args(*args)
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    assert!(!dir.path().join("x.toml").exists());
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = hanke().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = text(&out.stdout);
        assert!(script.contains("hanke"), "{shell}");
        assert!(
            script.contains("fmt"),
            "{shell}: the subcommands are completed"
        );
    }
    let out = hanke().arg("man").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = text(&out.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH hanke"),
        "{page}"
    );
    assert!(page.contains("completions"));
}

// --- issue 12: files stay where they belong --------------------------------

/// Every folder and file below `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .map(|e| {
            let e = e.unwrap();
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    out.sort();
    out
}

#[cfg(unix)]
#[test]
fn refuses_to_write_through_a_link_out_of_the_data_folder() {
    let dir = folder(&[]);
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("out")).unwrap();
    for id in ["out/x", "out/deeper/x"] {
        let out = new(dir.path(), &[id, "--nimi", "X", "--salkku", "KONSTI"]);
        assert_eq!(out.status.code(), Some(2), "{id}: {}", text(&out.stdout));
        assert!(
            text(&out.stderr).contains("tietokansion ulkopuolelle"),
            "{}",
            text(&out.stderr)
        );
        assert!(
            tree(elsewhere.path()).is_empty(),
            "{:?}",
            tree(elsewhere.path())
        );
    }
}

#[test]
fn a_failed_new_leaves_no_folders_behind() {
    let dir = folder(&[]);
    let before = tree(dir.path());
    // Too deep for the file system: creating the folders fails part way.
    let deep = vec!["kansio"; 700].join("/");
    // A file name longer than any file system allows: the folder is made,
    // the file is not.
    let long_name = format!("osa/{}", "a".repeat(300));
    for id in [deep.as_str(), long_name.as_str()] {
        let out = new(dir.path(), &[id, "--nimi", "X", "--salkku", "KONSTI"]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
        assert_eq!(tree(dir.path()), before, "{}", text(&out.stderr));
    }
}

#[test]
fn an_absolute_path_is_named_as_such() {
    let dir = folder(&[]);
    let target = dir.path().join("x");
    let out = new(
        dir.path(),
        &[
            target.to_str().unwrap(),
            "--nimi",
            "X",
            "--salkku",
            "KONSTI",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("absoluuttinen polku"),
        "{}",
        text(&out.stderr)
    );
}
