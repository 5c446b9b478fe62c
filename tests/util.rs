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

/// `hanke` with a fixed date, no colour, no data folder from the environment,
/// and no language from it either: Finnish, as on a CI runner whose locale
/// names no language. [`hanke_in`] picks another language.
pub fn hanke() -> Command {
    let mut c = Command::cargo_bin("hanke").expect("the hanke binary is built");
    for var in ["HANKE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(var);
    }
    c.env_remove("HANKE_PROJECTS")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .arg("--today")
        .arg("2026-11-23");
    c
}

/// [`hanke`] in the language `lang` (`"fi"`, `"en"`), chosen as a user would,
/// through `HANKE_LANG`.
pub fn hanke_in(lang: &str) -> Command {
    let mut c = hanke();
    c.env("HANKE_LANG", lang);
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

/// [`folder`] for records whose paths and texts were generated.
pub fn folder_of(records: &[(String, String)]) -> tempfile::TempDir {
    let refs: Vec<(&str, &str)> = records
        .iter()
        .map(|(path, text)| (path.as_str(), text.as_str()))
        .collect();
    folder(&refs)
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

[ohjelmat.Uudistuva]
nimi = "Uudistuva ja osaava Suomi 2021–2027"
rahoittaja = "Pohjois-Pohjanmaan liitto"
enintaan = 80
kustannusmallit = ["FR40", "TODELLISET"]

[kustannusmallit.FR40]
nimi = "Flat rate 40 % palkkakustannuksista"
prosentti = 40
peruste = ["palkat", "tyopanoksen_siirto"]
kattaa = "kaikki-muut"

[kustannusmallit.FR24]
nimi = "Flat rate 24 % palkkakustannuksista"
prosentti = 24
peruste = ["palkat", "tyopanoksen_siirto"]
kattaa = ["vuokrat"]

[kustannusmallit.TODELLISET]
nimi = "Todelliset kustannukset"

[organisaatiot.STM]
lyhenteet = ["Sosiaali- ja terveysministeriö"]

[organisaatiot."Oulun kaupunki"]
lyhenteet = ["Ouka", "Oulu"]

[organisaatiot."Oulunkaaren kuntayhtymä"]
"#;

/// The report fixtures: aliases, derived shares, cents, Finnish sort order, a
/// päähanke with two osahankkeet and one broken record.
pub fn reports() -> PathBuf {
    fixtures().join("reports")
}

/// Runs `hanke --projects <dir> <args>` and returns (status code, stdout, stderr).
pub fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_with(hanke(), dir, args)
}

/// [`run_in`] in the language `lang`.
pub fn run_in_lang(lang: &str, dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_with(hanke_in(lang), dir, args)
}

fn run_with(mut hanke: Command, dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = hanke
        .arg("--projects")
        .arg(dir)
        .args(args)
        .output()
        .expect("hanke runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

/// stdout of a successful run (panics with stderr otherwise).
pub fn stdout_of(dir: &Path, args: &[&str]) -> String {
    let (code, out, err) = run_in(dir, args);
    assert_eq!(code, 0, "hanke {args:?} failed: {err}");
    out
}

/// CSV text as rows of fields (header included).
pub fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// One CSV column by header name (header excluded).
pub fn csv_column(text: &str, name: &str) -> Vec<String> {
    let rows = csv_rows(text);
    let i = rows[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {:?}", rows[0]));
    rows[1..].iter().map(|r| r[i].clone()).collect()
}

pub const BROKEN_WARNING: &str = "varoitus: 1 tietue jätettiin pois, koska sitä ei voi lukea: rikki.toml (katso syy komennolla `hanke check`)\n";

/// `path` as the tool prints it to a user in the test's current folder:
/// relative when the two share a folder (so a checkout under `/tmp` sees
/// `../.tmpX/a.toml`), absolute otherwise.
pub fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().expect("current folder");
    hanke::diag::render::relative_to(path, &cwd)
        .display()
        .to_string()
}
