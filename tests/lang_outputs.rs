//! Every command's output for people in both languages (issue 13,
//! "Suomeksi"): snapshots in Finnish and in English; machine formats (JSON,
//! CSV) byte-identical between them; and a stock-word check that no English
//! word is left in Finnish output and no Finnish word in English output.
//!
//! The stock-word check runs a list of [`outputs`] under a locale and looks
//! for the words of [`ENGLISH_WORDS`] / [`FINNISH_WORDS`] as whole words. It
//! reads every output a person reads: the reports, `diff`, `new`, `fmt`,
//! `import`, `site`; every `--help`; `check` on every rule case (human, with
//! its summary line, `--format github` and the step summary); the error
//! paths and the "wrote" lines (stdout and stderr both). What is the data's
//! or the machine's is left out ([`for_people`], [`without_options`],
//! [`without_toml_keys`]): code spans, quoted source lines, annotation
//! properties, option names and values, TOML keys. Words that occur in the
//! records' own text (their string values) are allowed: records are Finnish
//! whatever the language. `DUMP_STOCK=/tmp/x` writes every output read to
//! `/tmp/x.<locale>`, for review. To cover more outputs, add cases to
//! [`outputs`]; to check more words, add them to the lists.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use crate::util::*;

// ---------------------------------------------------------------- running

/// `hanke` with `LANG` set (and no other language variable), as a user's shell has it.
fn hanke_locale(locale: &str) -> assert_cmd::Command {
    let mut c = hanke();
    c.env("LANG", locale);
    c
}

/// stdout and stderr of `hanke --projects dir args` under `locale`.
fn run_locale(locale: &str, dir: &Path, args: &[&str]) -> (String, String) {
    let out = hanke_locale(locale)
        .arg("--projects")
        .arg(dir)
        .args(args)
        .output()
        .expect("hanke runs");
    (
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

fn stdout_lang(lang: &str, dir: &Path, args: &[&str]) -> String {
    let (code, out, err) = run_in_lang(lang, dir, args);
    assert!(code == 0 || code == 1, "hanke {args:?} failed: {err}");
    out
}

/// A git repository whose working tree changes the report fixtures: a
/// record changed, one added, one removed (for `hanke diff`).
struct DiffRepo {
    dir: tempfile::TempDir,
}

impl DiffRepo {
    fn new() -> DiffRepo {
        let repo = DiffRepo {
            dir: tempfile::tempdir().unwrap(),
        };
        let projects = repo.dir.path().join("projects");
        copy_dir(&reports(), &projects);
        std::fs::remove_file(projects.join("rikki.toml")).unwrap();
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["add", "-A"]);
        repo.git(&["commit", "-q", "-m", "base"]);
        let zeta = std::fs::read_to_string(projects.join("zeta.toml")).unwrap();
        std::fs::write(
            projects.join("zeta.toml"),
            zeta.replacen("nimi = \"Zeta-hanke\"", "nimi = \"Zeta-hanke, uusi\"", 1),
        )
        .unwrap();
        let abo = std::fs::read_to_string(projects.join("abo.toml")).unwrap();
        std::fs::write(
            projects.join("uusi.toml"),
            abo.replacen("alkaa = 2027-01-01", "alkaa = 2027-02-01", 1),
        )
        .unwrap();
        std::fs::remove_file(projects.join("orkki.toml")).unwrap();
        repo
    }

    fn git(&self, args: &[&str]) -> String {
        let out = Process::new("git")
            .current_dir(self.dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args(args)
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}");
        String::from_utf8(out.stdout).unwrap()
    }

    /// `hanke diff main <args>` (stdout), the commit shown as `COMMIT`.
    fn diff(&self, cmd: assert_cmd::Command, args: &[&str]) -> String {
        let mut cmd = cmd;
        let out = cmd
            .current_dir(self.dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .args(["diff", "main"])
            .args(args)
            .output()
            .expect("hanke runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let commit = self.git(&["rev-parse", "--short=7", "HEAD"]);
        String::from_utf8(out.stdout)
            .unwrap()
            .replace(commit.trim(), "COMMIT")
    }
}

/// A data folder with one record out of `hanke fmt`'s layout.
fn unformatted() -> tempfile::TempDir {
    folder(&[(
        "sotku.toml",
        "vaihe = \"käynnissä\"\nnimi = \"Sotkuinen hanke\"\nsalkku = \"TESTI\"\n\
         alkaa = 2025-01-01\n\n[rahoitus]\nyhteensa = 1000\n[[rahoitus.osuudet]]\n\
         rahoittaja = \"Oulun kaupunki\"\nlaji = \"oma\"\nosuus = 100\n",
    )])
}

/// `hanke new` in a fresh data folder: its message and the record it wrote.
fn new_output(cmd: assert_cmd::Command) -> String {
    let dir = folder(&[]);
    let mut cmd = cmd;
    let out = cmd
        .arg("--projects")
        .arg(dir.path())
        .args([
            "new",
            "kainuu",
            "--nimi",
            "Kainuun hanke",
            "--salkku",
            "TESTI",
            "--alkaa",
            "2025-01-01",
            "--loppuu",
            "2025-12-31",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let record = std::fs::read_to_string(dir.path().join("kainuu.toml")).unwrap();
    let said = String::from_utf8(out.stdout)
        .unwrap()
        .replace(&shown(dir.path()), "[DIR]");
    format!("{said}---\n{record}")
}

/// `hanke import PAGE`: the review lines (stderr), then the record (stdout).
fn import_output(cmd: assert_cmd::Command) -> String {
    let page = fixtures().join("import/oulu-000-hyve.txt");
    let mut cmd = cmd;
    let out = cmd
        .arg("--projects")
        .arg(reports())
        .arg("import")
        .arg(&page)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8(out.stderr)
        .unwrap()
        .replace(&page.display().to_string(), "[PAGE]");
    format!("{stderr}---\n{}", String::from_utf8(out.stdout).unwrap())
}

/// `hanke fmt --check` on [`unformatted`] (stdout), the folder shown as `[DIR]`.
fn fmt_check_output(cmd: assert_cmd::Command) -> String {
    let dir = unformatted();
    let mut cmd = cmd;
    let out = cmd
        .arg("--projects")
        .arg(dir.path())
        .args(["fmt", "--check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stdout)
        .unwrap()
        .replace(&shown(dir.path()), "[DIR]")
}

/// What `hanke site` says (stderr) and the visible text of every page it
/// writes (scripts and styles left out), and each page's `<html lang>`.
fn site_text(cmd: assert_cmd::Command) -> (String, BTreeSet<String>) {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("sivut");
    let mut cmd = cmd;
    let out = cmd
        .arg("--projects")
        .arg(reports())
        .arg("site")
        .arg("-o")
        .arg(&site)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut pages: Vec<PathBuf> = walk(&site)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    assert!(pages.len() > 5, "{pages:?}");
    // What the command says when done (stderr), then the pages.
    let mut text = String::from_utf8(out.stderr)
        .unwrap()
        .replace(&site.display().to_string(), "[DIR]");
    let mut langs = BTreeSet::new();
    let skip = scraper::Selector::parse("script, style").unwrap();
    for page in pages {
        let html = scraper::Html::parse_document(&std::fs::read_to_string(&page).unwrap());
        let root = html.root_element();
        langs.insert(root.value().attr("lang").unwrap_or("").to_string());
        let hidden: BTreeSet<_> = html.select(&skip).map(|e| e.id()).collect();
        for node in root.descendants() {
            if let Some(t) = node.value().as_text()
                && !node.ancestors().any(|a| hidden.contains(&a.id()))
            {
                text.push_str(t);
                text.push('\n');
            }
            // Text people read in attributes: labels and titles.
            if let Some(e) = node.value().as_element() {
                for name in ["aria-label", "title", "alt", "placeholder"] {
                    if let Some(v) = e.attr(name) {
                        text.push_str(v);
                        text.push('\n');
                    }
                }
            }
        }
    }
    (text, langs)
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

// ---------------------------------------------------------------- snapshots

/// The report outputs snapshotted in both languages.
const REPORTS: &[(&str, &[&str])] = &[
    ("list", &["list"]),
    ("list_md", &["list", "--format", "md"]),
    ("summary", &["summary"]),
    ("summary_vuosi", &["summary", "--by", "vuosi"]),
    ("budget_zeta", &["budget", "zeta"]),
    ("budget_aalto_md", &["budget", "aalto", "--format", "md"]),
    ("budget_salkku", &["budget", "--salkku", "ALFA"]),
    ("show_zeta", &["show", "zeta"]),
    ("show_aalto_md", &["show", "aalto", "--format", "md"]),
];

#[test]
fn reports_in_finnish_and_english() {
    for lang in ["fi", "en"] {
        for (name, args) in REPORTS {
            let out = stdout_lang(lang, &reports(), args);
            insta::assert_snapshot!(format!("{name}_{lang}"), out);
        }
    }
}

/// A cost model's flat rate and hourly salaries (the bundled example).
#[test]
fn flat_rate_budget_in_finnish_and_english() {
    for lang in ["fi", "en"] {
        let out = stdout_lang(lang, &projects(), &["budget", "esimerkki-fr40"]);
        insta::assert_snapshot!(format!("budget_fr40_{lang}"), out);
    }
}

#[test]
fn diff_in_finnish_and_english() {
    let repo = DiffRepo::new();
    for lang in ["fi", "en"] {
        insta::assert_snapshot!(format!("diff_{lang}"), repo.diff(hanke_in(lang), &[]));
        insta::assert_snapshot!(
            format!("diff_md_{lang}"),
            repo.diff(hanke_in(lang), &["--format", "md"])
        );
    }
}

#[test]
fn new_fmt_and_import_in_finnish_and_english() {
    for lang in ["fi", "en"] {
        insta::assert_snapshot!(format!("new_{lang}"), new_output(hanke_in(lang)));
        insta::assert_snapshot!(
            format!("fmt_check_{lang}"),
            fmt_check_output(hanke_in(lang))
        );
        insta::assert_snapshot!(format!("import_{lang}"), import_output(hanke_in(lang)));
    }
}

/// Numbers follow the language: `1 047 935 €`, `75,4 %`, `1.3.2012` in
/// Finnish; `€1,047,935`, `75.4%`, `2012-03-01` in English.
#[test]
fn numbers_and_dates_follow_the_language() {
    let fi = stdout_lang("fi", &reports(), &["list"]);
    assert!(fi.contains("100\u{a0}000,10\u{a0}€"), "{fi}");
    assert!(fi.contains("1.1.2024"), "{fi}");
    let en = stdout_lang("en", &reports(), &["list"]);
    assert!(en.contains("€100,000.10"), "{en}");
    assert!(en.contains("2024-01-01"), "{en}");
    let fi = stdout_lang("fi", &reports(), &["summary", "--by", "vuosi"]);
    assert!(fi.contains("37,5\u{a0}%"), "{fi}");
    let en = stdout_lang("en", &reports(), &["summary", "--by", "vuosi"]);
    assert!(en.contains("37.5%"), "{en}");
}

// ---------------------------------------------------------------- machine formats

/// JSON and CSV are the same bytes in every language.
#[test]
fn json_and_csv_are_the_same_in_both_languages() {
    let cases: &[&[&str]] = &[
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["list", "--format", "csv", "--excel"],
        &["summary", "--format", "json"],
        &["summary", "--format", "csv"],
        &["summary", "--by", "vuosi", "--format", "json"],
        &["budget", "zeta", "--format", "json"],
        &["budget", "aalto", "--format", "json"],
        &["budget", "--salkku", "ALFA", "--format", "json"],
        &["budget", "zeta", "--format", "csv"],
        &["budget", "zeta", "--format", "csv", "--table", "rahoitus"],
        &[
            "budget",
            "aalto",
            "--format",
            "csv",
            "--table",
            "osahankkeet",
        ],
        &["show", "zeta", "--format", "json"],
        &["show", "aalto", "--format", "json"],
    ];
    for args in cases {
        let fi = stdout_lang("fi", &reports(), args);
        let en = stdout_lang("en", &reports(), args);
        assert!(!fi.is_empty(), "{args:?}");
        assert_eq!(fi, en, "hanke {args:?} differs between the languages");
    }
    for args in [
        &["budget", "esimerkki-fr40", "--format", "json"][..],
        &["budget", "esimerkki-fr40", "--format", "csv"],
        &["show", "esimerkki-fr40", "--format", "json"],
        &["budget", "--salkku", "KONSTI", "--format", "json"],
    ] {
        let fi = stdout_lang("fi", &projects(), args);
        let en = stdout_lang("en", &projects(), args);
        assert_eq!(fi, en, "hanke {args:?} differs between the languages");
    }
}

/// `hanke diff --format json`: the same in both languages, apart from the
/// rule messages of its diagnostics (text for people, translated).
#[test]
fn diff_json_is_the_same_in_both_languages() {
    let repo = DiffRepo::new();
    let parse = |lang: &str| -> serde_json::Value {
        let mut v: serde_json::Value =
            serde_json::from_str(&repo.diff(hanke_in(lang), &["--format", "json"])).unwrap();
        strip_messages(&mut v);
        v
    };
    assert_eq!(parse("fi"), parse("en"));
}

fn strip_messages(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            map.remove("message");
            map.remove("help");
            map.values_mut().for_each(strip_messages);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_messages),
        _ => {}
    }
}

// ---------------------------------------------------------------- stock words

/// English words that must not appear in Finnish output (whole words,
/// case-insensitive; a phrase is its words in a row).
const ENGLISH_WORDS: &[&str] = &[
    "error",
    "errors",
    "warning",
    "help",
    "usage",
    "options",
    "does not",
    "the",
    "wrote",
    "formatted",
    "would reformat",
    "total",
    "project",
    "projects",
    "working tree",
    "planned",
    "actual",
    "funder",
    "portfolio",
    "review",
    "changed",
    "removed",
    "renamed",
    "new project",
    "sheets",
    "skipped",
    "file",
    "files",
    "not known",
    "cost estimate",
    "financing plan",
    "invalid",
    "cannot",
    "could not",
    "not found",
    "no such",
    "permission denied",
    "directory",
    "os error",
    "already exists",
    "is empty",
    "unknown",
    "expected",
    "symbolic link",
    "data folder",
    "temporary",
    "page",
    "amount",
    "took the first",
    "system error",
    "read-only",
    "repository",
    "revision",
    "needed",
    "failed",
    "label",
    "built",
    "should",
    "must",
    "missing",
];

/// Finnish words that must not appear in English output.
const FINNISH_WORDS: &[&str] = &[
    "hanketta",
    "hankkeita",
    "hankkeet",
    "yhteensä",
    "virhe",
    "virhettä",
    "varoitus",
    "työpuu",
    "suunniteltu",
    "toteutunut",
    "rahoittaja",
    "rahoitussuunnitelma",
    "kustannuslaji",
    "talousarvio",
    "salkut",
    "vuosi",
    "ennen",
    "jälkeen",
    "muutos",
    "tiivistelmä",
    "luotu",
    "muotoiltu",
    "muotoiltaisiin",
    "kirjoitettu",
    "tallennettu",
    "tarkista",
    "ei tiedossa",
    "osuus",
    "summa",
    "laji",
    "ei ole",
    "tiedosto",
    "tiedostoa",
    "kansio",
    "virheellinen",
    "ohje",
    "korjattu",
    "ohitettu",
    "tietokansio",
    "tietokansiota",
    "hankesivu",
    "salkkua",
    "järjestelmävirhe",
    "kirjoitussuojattu",
    "revisiota",
    "käyttöoikeutta",
    "tunnus",
    "osahankkeet",
    "päähanke",
];

/// A record's text for the check: keys (`rahoittaja = `, `[rahoitus]`,
/// also in commented-out lines) are the data format's, the same in every
/// language; values and comments stay.
fn without_toml_keys(text: &str) -> String {
    text.lines()
        .map(|line| {
            let body = line.trim_start_matches(['#', ' ', '+', '-', '@']);
            if body.starts_with('[') {
                return String::new();
            }
            match body.split_once(" = ") {
                Some((key, value))
                    if key
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '"' | '-')) =>
                {
                    value.to_string()
                }
                _ => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Words as the check sees them: lowercase runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every word of every string value of the records and registry in `dirs`
/// (not comments, not keys), and of the pages `import` reads: the records'
/// own text, allowed anywhere.
fn record_words(dirs: &[PathBuf]) -> BTreeSet<String> {
    fn strings(v: &toml::Value, out: &mut BTreeSet<String>) {
        match v {
            toml::Value::String(s) => out.extend(words(s)),
            toml::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            toml::Value::Table(t) => t.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    for dir in dirs {
        for file in walk(dir) {
            // Some rule cases are broken on purpose (not UTF-8, not TOML).
            let text =
                String::from_utf8_lossy(&std::fs::read(&file).unwrap_or_default()).into_owned();
            if file.extension().is_some_and(|e| e == "txt") {
                out.extend(words(&text));
            }
            if file.extension().is_some_and(|e| e == "toml")
                && let Ok(v) = text.parse::<toml::Table>()
            {
                strings(&toml::Value::Table(v), &mut out);
            }
        }
    }
    out
}

/// The words of `list` found in `text`, except those the records contain.
fn stock_words_in(text: &str, list: &[&str], allowed: &BTreeSet<String>) -> Vec<String> {
    let found = words(text);
    let mut hits = Vec::new();
    for phrase in list {
        let want = words(phrase);
        if want.iter().all(|w| allowed.contains(w)) {
            continue;
        }
        if found.windows(want.len()).any(|w| w == want.as_slice()) {
            hits.push(phrase.to_string());
        }
    }
    hits
}

/// The outputs the stock-word check reads, each named, under `locale`.
/// Extend it with more commands or streams (`check`'s stderr, `--help`).
fn outputs(locale: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let r = reports();
    for (name, args) in REPORTS {
        out.push((name.to_string(), run_locale(locale, &r, args).0));
    }
    for args in [
        &["summary", "--by", "rahoittaja"][..],
        &["summary", "--by", "laji", "--format", "md"],
        &["budget", "aalto"],
        &["budget", "zeta", "--format", "md"],
        &["show", "abo"],
        &["show", "orkki", "--format", "md"],
    ] {
        out.push((args.join(" "), run_locale(locale, &r, args).0));
    }
    // A cost model's flat rate (the bundled example).
    let p = projects();
    for args in [
        &["budget", "esimerkki-fr40"][..],
        &["budget", "esimerkki-fr40", "--format", "md"],
        &["show", "esimerkki-fr40"],
    ] {
        out.push((args.join(" "), run_locale(locale, &p, args).0));
    }
    // A report written to a file says so on stderr.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.xlsx");
    let (_, said) = run_locale(locale, &r, &["list", "-o", file.to_str().unwrap()]);
    out.push((
        "list -o x.xlsx (stderr)".into(),
        said.replace(&shown(dir.path()), "[DIR]"),
    ));
    let repo = DiffRepo::new();
    for args in [&[][..], &["--format", "md"]] {
        let text = repo.diff(hanke_locale(locale), args);
        out.push((format!("diff {}", args.join(" ")), for_people(&text)));
    }
    out.push((
        "new".into(),
        without_toml_keys(&new_output(hanke_locale(locale))),
    ));
    out.push((
        "fmt --check".into(),
        without_toml_keys(&fmt_check_output(hanke_locale(locale))),
    ));
    out.push((
        "import".into(),
        without_toml_keys(&import_output(hanke_locale(locale))),
    ));
    out.push(("site".into(), site_text(hanke_locale(locale)).0));
    out.extend(help_outputs(locale));
    out.extend(check_outputs(locale));
    out.extend(error_outputs(locale));
    out.extend(written_outputs(locale));
    out.extend(diff_errors(locale));
    out
}

/// What a run says, every stream: exit code, stdout, stderr.
fn run_full(
    locale: &str,
    cwd: Option<&Path>,
    env: &[(&str, &Path)],
    args: &[&dyn AsRef<std::ffi::OsStr>],
) -> (Option<i32>, String, String) {
    let mut cmd = hanke_locale(locale);
    if let Some(cwd) = cwd {
        cmd.current_dir(cwd);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    for a in args {
        cmd.arg(a);
    }
    let out = cmd.output().expect("hanke runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The text people read in an output: code spans (`` `rahoittaja` ``, keys,
/// ids, commands), the source lines a diagnostic quotes, the `-->` path lines
/// and a GitHub annotation's properties (`title=H303 osuus-mismatch`) are
/// the data's and the machine's, the same in every language.
fn for_people(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("-->") {
            continue;
        }
        // `12 | osuus = 11`: a quoted source line; `   | ^^ …` stays.
        if let Some((gutter, _)) = trimmed.split_once('|')
            && !gutter.trim().is_empty()
            && gutter.trim().chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        let mut line = line.to_string();
        if let Some(rest) = line.strip_prefix("::")
            && let Some((_, message)) = rest.split_once("::")
        {
            line = message.to_string();
        }
        // Options quoted as clap quotes them (`'--help'`) are the command line's.
        let line = line
            .split(' ')
            .filter(|w| !w.starts_with("'-"))
            .collect::<Vec<_>>()
            .join(" ");
        // Code spans out.
        let mut kept = String::new();
        for (i, part) in line.split('`').enumerate() {
            if i % 2 == 0 {
                kept.push_str(part);
            } else {
                kept.push_str("``");
            }
        }
        out.push_str(&kept);
        out.push('\n');
    }
    out
}

/// Every subcommand's `--help`, and `hanke --help`. Options, their value
/// names and possible values are the command line's own (codes).
fn help_outputs(locale: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for sub in [
        "",
        "check",
        "schema",
        "list",
        "show",
        "summary",
        "budget",
        "diff",
        "site",
        "new",
        "fmt",
        "import",
        "completions",
        "man",
    ] {
        for flag in ["--help", "-h"] {
            let mut args: Vec<&dyn AsRef<std::ffi::OsStr>> = Vec::new();
            if !sub.is_empty() {
                args.push(&sub);
            }
            args.push(&flag);
            let (code, stdout, stderr) = run_full(locale, None, &[], &args);
            assert_eq!(code, Some(0), "{sub} {flag}: {stderr}");
            out.push((format!("{sub} {flag}"), without_options(&stdout)));
        }
    }
    // The man pages say the same as the help, in roff.
    for page in [&["man"][..], &["man", "list"], &["man", "check"]] {
        let args: Vec<&dyn AsRef<std::ffi::OsStr>> = page
            .iter()
            .map(|s| s as &dyn AsRef<std::ffi::OsStr>)
            .collect();
        let (code, stdout, stderr) = run_full(locale, None, &[], &args);
        assert_eq!(code, Some(0), "{page:?}: {stderr}");
        out.push((page.join(" "), without_roff(&stdout)));
    }
    out
}

/// A man page's text: roff requests (`.TH`, `.SH`), font escapes (`\fB`)
/// and option names out.
fn without_roff(page: &str) -> String {
    let text: String = page
        .lines()
        .filter(|l| !l.starts_with(".TH") && !l.starts_with(".ie") && !l.starts_with(".el"))
        .map(|l| match l.strip_prefix('.') {
            // `.SH "NIMI"`, `.TP`: the request out, its text kept.
            Some(request) => request.split_once(' ').map_or("", |(_, text)| text),
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let text = text
        .replace("\\fB", " ")
        .replace("\\fR", " ")
        .replace("\\fI", " ")
        .replace("\\-", "-");
    without_options(&text)
}

/// A help text without its option names (`--by <rahoittaja|laji>`), value
/// names and possible values: those are the command line's, in one language.
fn without_options(help: &str) -> String {
    // A bracketed list may wrap onto the next line.
    let mut in_brackets = false;
    help.lines()
        .map(|line| {
            // `  help   Näytä tämä ohje`: a subcommand's name is a command.
            let line = match line.strip_prefix("  ") {
                Some(rest)
                    if rest.starts_with(|c: char| c.is_ascii_lowercase())
                        && rest.contains("  ") =>
                {
                    rest.split_once(' ').map_or("", |(_, text)| text)
                }
                _ => line,
            };
            let mut kept: Vec<&str> = Vec::new();
            for w in line.split(' ') {
                // `[possible values: a, b]`, `[default: x]`, `[env: X]`: values.
                if w.starts_with('[') {
                    in_brackets = true;
                }
                if in_brackets {
                    if w.ends_with(']') {
                        in_brackets = false;
                    }
                    continue;
                }
                // `--by`, `<FILE>`, `('--help')`: the command line's.
                if w.trim_start_matches(['(', '\'']).starts_with('-') || w.starts_with('<') {
                    continue;
                }
                kept.push(w);
            }
            kept.join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A copy of a rule case folder (links followed) with the standard registry
/// unless it brings its own.
fn case_folder(case: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(case, dir.path());
    if !dir.path().join("hanke.toml").exists() {
        std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    }
    dir
}

fn rule_cases() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().path().join("bad"))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// `check` on every rule case (all families): human output with its summary
/// line, `--format github` and the step summary; and `check --fix` where it
/// cannot fix (a read-only record).
fn check_outputs(locale: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for case in rule_cases() {
        let code = case
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy();
        let dir = case_folder(&case);
        let d = dir.path();
        let (_, stdout, stderr) = run_full(locale, Some(d), &[], &[&"--projects", &".", &"check"]);
        out.push((
            format!("check {code}"),
            for_people(&format!("{stdout}{stderr}")),
        ));
        let summary = d.join("_summary.md");
        let (_, stdout, stderr) = run_full(
            locale,
            Some(d),
            &[("GITHUB_STEP_SUMMARY", &summary)],
            &[&"--projects", &".", &"check", &"--format", &"github"],
        );
        out.push((
            format!("check {code} --format github"),
            for_people(&format!("{stdout}{stderr}")),
        ));
        let written = std::fs::read_to_string(&summary).unwrap_or_default();
        out.push((format!("check {code} step summary"), for_people(&written)));
        // JSON: its `message` and `help` are text for people.
        let (_, stdout, _) = run_full(
            locale,
            Some(d),
            &[],
            &[&"--projects", &".", &"check", &"--format", &"json"],
        );
        let json: serde_json::Value = serde_json::from_str(&stdout).expect("check JSON");
        let mut texts = Vec::new();
        for diag in json["diagnostics"].as_array().unwrap() {
            for key in ["message", "help"] {
                if let Some(t) = diag[key].as_str() {
                    texts.push(t.to_string());
                }
            }
        }
        out.push((
            format!("check {code} --format json (messages)"),
            for_people(&texts.join("\n")),
        ));
    }
    // --fix that cannot write: the record is read-only.
    let dir = case_folder(&fixtures().join("rules/H303/bad"));
    let record = dir.path().join("testi.toml");
    let mut perms = std::fs::metadata(&record).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&record, perms).unwrap();
    let (_, stdout, stderr) = run_full(
        locale,
        Some(dir.path()),
        &[],
        &[&"--projects", &".", &"check", &"--fix"],
    );
    out.push((
        "check --fix (read-only)".into(),
        for_people(&format!("{stdout}{stderr}")),
    ));
    // --fix whose record is a link out of the data folder.
    #[cfg(unix)]
    {
        let outside = tempfile::tempdir().unwrap();
        let dir = case_folder(&fixtures().join("rules/H303/bad"));
        let target = outside.path().join("testi.toml");
        std::fs::rename(dir.path().join("testi.toml"), &target).unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join("testi.toml")).unwrap();
        let (_, stdout, stderr) = run_full(
            locale,
            Some(dir.path()),
            &[],
            &[&"--projects", &".", &"check", &"--fix"],
        );
        out.push((
            "check --fix (link out)".into(),
            for_people(&format!("{stdout}{stderr}")),
        ));
    }
    out
}

/// The error paths: stderr of each, which must say something.
fn error_outputs(locale: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut extra = Vec::new();
    let mut push = |name: &str, (code, stdout, stderr): (Option<i32>, String, String)| {
        assert_ne!(code, Some(0), "{name} succeeded: {stdout}");
        assert!(
            !format!("{stdout}{stderr}").trim().is_empty(),
            "{name} said nothing"
        );
        out.push((name.to_string(), for_people(&format!("{stdout}{stderr}"))));
    };
    let data = copy_of(&reports());
    let d = data.path();
    let missing = d.join("ei-ole");
    push(
        "missing data folder",
        run_full(locale, None, &[], &[&"--projects", &missing, &"list"]),
    );
    for args in [
        &["show", "ei-ole"][..],
        &["budget", "ei-ole"],
        &["list", "--today", "2026-13-01"],
        &["list", "--format", "json", "-o", "x.xlsx"],
        &["list", "--format", "json", "--excel"],
        &["budget", "zeta", "--format", "xlsx"],
        &["list", "--format", "nope"],
        &["list", "--nope"],
        &["nope"],
        &["new", "zeta", "--nimi", "Zeta", "--salkku", "ALFA"],
        &["new", "Iso Kirjain", "--nimi", "X", "--salkku", "ALFA"],
        &["new", "../ulos", "--nimi", "X", "--salkku", "ALFA"],
        &["new", "uusi", "--nimi", "X", "--salkku", "EI-OLE"],
        &["new", "uusi", "--nimi", " ", "--salkku", "ALFA"],
        &[
            "new",
            "uusi",
            "--nimi",
            "X",
            "--salkku",
            "ALFA",
            "--paahanke",
            "ei-ole",
        ],
        &[
            "new", "uusi", "--nimi", "X", "--salkku", "ALFA", "--alkaa", "eilen",
        ],
        &[
            "new",
            "uusi",
            "--nimi",
            "X",
            "--salkku",
            "ALFA",
            "--kustannusmalli",
            "EI-OLE",
        ],
        &["import", "ei-ole.txt"],
        &["man", "ei-ole"],
    ] {
        let mut a: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![&"--projects", &d];
        a.extend(args.iter().map(|s| s as &dyn AsRef<std::ffi::OsStr>));
        push(&args.join(" "), run_full(locale, Some(d), &[], &a));
    }
    // `new` in a folder whose registry names no portfolio.
    let bare = tempfile::tempdir().unwrap();
    std::fs::write(bare.path().join("hanke.toml"), "").unwrap();
    push(
        "new (no salkku in the registry)",
        run_full(
            locale,
            None,
            &[],
            &[
                &"--projects",
                &bare.path(),
                &"new",
                &"uusi",
                &"--nimi",
                &"X",
                &"--salkku",
                &"A",
            ],
        ),
    );
    // fmt on a record that is not TOML, and one that cannot be read.
    let broken = folder(&[("rikki.toml", "nimi = \"auki\n")]);
    let b = broken.path();
    push(
        "fmt (invalid TOML)",
        run_full(locale, None, &[], &[&"--projects", &b, &"fmt"]),
    );
    push(
        "fmt --check (invalid TOML)",
        run_full(locale, None, &[], &[&"--projects", &b, &"fmt", &"--check"]),
    );
    let bad_utf8 = folder(&[]);
    std::fs::write(bad_utf8.path().join("latin1.toml"), b"nimi = \"\xe4\"\n").unwrap();
    push(
        "check (not UTF-8)",
        run_full(
            locale,
            None,
            &[],
            &[&"--projects", &bad_utf8.path(), &"check"],
        ),
    );
    push(
        "fmt (not UTF-8)",
        run_full(
            locale,
            None,
            &[],
            &[&"--projects", &bad_utf8.path(), &"fmt"],
        ),
    );
    // A folder where a record should be: not a readable file.
    let dir_record = folder(&[]);
    std::fs::create_dir(dir_record.path().join("kansio.toml")).unwrap();
    let named = dir_record.path().join("ei-ole.toml");
    push(
        "fmt MISSING.toml",
        run_full(
            locale,
            None,
            &[],
            &[&"--projects", &dir_record.path(), &"fmt", &named],
        ),
    );
    push(
        "import FOLDER",
        run_full(
            locale,
            None,
            &[],
            &[&"--projects", &d, &"import", &dir_record.path()],
        ),
    );
    // A text that is no project page.
    let notes = folder(&[("muistiinpanot.txt", "pelkkiä muistiinpanoja\n")]);
    let note = notes.path().join("muistiinpanot.txt");
    push(
        "import (no project page)",
        run_full(locale, None, &[], &[&"--projects", &d, &"import", &note]),
    );
    // fmt and links out of the data folder; fmt of a read-only record.
    #[cfg(unix)]
    {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("ulkona.toml"), "nimi = \"X\"\n").unwrap();
        let linked = folder(&[]);
        let link = linked.path().join("linkki.toml");
        std::os::unix::fs::symlink(outside.path().join("ulkona.toml"), &link).unwrap();
        push(
            "fmt LINK-OUT",
            run_full(
                locale,
                None,
                &[],
                &[&"--projects", &linked.path(), &"fmt", &link],
            ),
        );
        let (_, stdout, stderr) = run_full(
            locale,
            None,
            &[],
            &[&"--projects", &linked.path(), &"fmt", &linked.path()],
        );
        extra.push((
            "fmt FOLDER (link out)".into(),
            for_people(&format!("{stdout}{stderr}")),
        ));
    }
    let locked = unformatted();
    let record = locked.path().join("sotku.toml");
    let mut perms = std::fs::metadata(&record).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&record, perms).unwrap();
    push(
        "fmt (read-only record)",
        run_full(locale, None, &[], &[&"--projects", &locked.path(), &"fmt"]),
    );
    // A dangling link as a record.
    #[cfg(unix)]
    {
        let dangling = folder(&[]);
        std::os::unix::fs::symlink("ei-ole.toml", dangling.path().join("linkki.toml")).unwrap();
        push(
            "check (dangling link)",
            run_full(
                locale,
                None,
                &[],
                &[&"--projects", &dangling.path(), &"check"],
            ),
        );
    }
    // -o into a folder that is not there.
    let nowhere = d.join("ei-ole/x.csv");
    push(
        "list -o MISSING/x.csv",
        run_full(
            locale,
            None,
            &[],
            &[&"--projects", &d, &"list", &"-o", &nowhere],
        ),
    );
    out.extend(extra);
    out
}

/// The lines that say a file was written: `-o FILE`, `schema --write`,
/// `man --out-dir`, `import --write`, `fmt`.
fn written_outputs(locale: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let data = w.join("projects");
    copy_dir(&reports(), &data);
    std::fs::remove_file(data.join("rikki.toml")).unwrap();
    for args in [
        &["list", "-o", "lista.csv"][..],
        &["summary", "-o", "yhteenveto.json"],
        &["budget", "zeta", "-o", "zeta.md"],
        &["list", "-o", "lista.xlsx"],
        &["schema", "--write"],
        &["man", "--out-dir", "man1"],
        &["fmt"],
    ] {
        let mut a: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![&"--projects", &"projects"];
        a.extend(args.iter().map(|s| s as &dyn AsRef<std::ffi::OsStr>));
        let (code, stdout, stderr) = run_full(locale, Some(w), &[], &a);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        out.push((args.join(" "), for_people(&format!("{stdout}{stderr}"))));
    }
    let page = fixtures().join("import/oulu-000-hyve.txt");
    let (code, stdout, stderr) = run_full(
        locale,
        Some(w),
        &[],
        &[&"--projects", &"projects", &"import", &"--write", &page],
    );
    assert_eq!(code, Some(0), "import --write: {stderr}");
    out.push((
        "import --write".into(),
        without_toml_keys(&for_people(
            &format!("{stdout}{stderr}").replace(&page.display().to_string(), "[PAGE]"),
        )),
    ));
    out
}

/// `diff` where it cannot: an unknown revision, and outside a git repository.
fn diff_errors(locale: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let repo = DiffRepo::new();
    let (code, stdout, stderr) =
        run_full(locale, Some(repo.dir.path()), &[], &[&"diff", &"ei-ole"]);
    assert_ne!(code, Some(0));
    out.push((
        "diff ei-ole".into(),
        for_people(&format!("{stdout}{stderr}")),
    ));
    let plain = copy_of(&reports());
    let (code, stdout, stderr) = run_full(
        locale,
        Some(plain.path()),
        &[],
        &[&"--projects", &".", &"diff", &"main"],
    );
    assert_ne!(code, Some(0));
    out.push((
        "diff (no git)".into(),
        for_people(&format!("{stdout}{stderr}")),
    ));
    out
}

fn check_stock_words(locale: &str, list: &[&str]) {
    let allowed = record_words(&[
        reports(),
        projects(),
        fixtures().join("import"),
        fixtures().join("rules"),
    ]);
    let mut failures = Vec::new();
    let mut dump = String::new();
    for (name, text) in outputs(locale) {
        // The tests' own placeholders for paths.
        let text = text.replace("[PAGE]", "").replace("[DIR]", "");
        dump.push_str(&format!("=== {name}\n{text}\n"));
        assert!(!text.trim().is_empty(), "{name}: no output under {locale}");
        let hits = stock_words_in(&text, list, &allowed);
        if !hits.is_empty() {
            failures.push(format!("{name}: {hits:?}\n{}", lines_with(&text, &hits)));
        }
    }
    if let Ok(to) = std::env::var("DUMP_STOCK") {
        std::fs::write(format!("{to}.{locale}"), dump).unwrap();
    }
    assert!(
        failures.is_empty(),
        "stock words under LANG={locale}:\n{}",
        failures.join("\n\n")
    );
}

/// The lines of `text` that hold one of the words `hits`.
fn lines_with(text: &str, hits: &[String]) -> String {
    text.lines()
        .filter(|l| {
            let found = words(l);
            hits.iter().any(|h| {
                let want = words(h);
                found.windows(want.len()).any(|w| w == want.as_slice())
            })
        })
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_english_stock_words_in_finnish() {
    check_stock_words("fi_FI.UTF-8", ENGLISH_WORDS);
}

#[test]
fn no_english_stock_words_where_the_locale_names_no_language() {
    check_stock_words("C.UTF-8", ENGLISH_WORDS);
}

#[test]
fn no_finnish_stock_words_in_english() {
    check_stock_words("en_US.UTF-8", FINNISH_WORDS);
}

/// The site's `<html lang>` follows the language.
#[test]
fn the_site_says_its_language() {
    assert_eq!(
        site_text(hanke_locale("fi_FI.UTF-8")).1,
        BTreeSet::from(["fi".to_string()])
    );
    assert_eq!(
        site_text(hanke_locale("en_GB.UTF-8")).1,
        BTreeSet::from(["en".to_string()])
    );
}

#[test]
fn the_word_check_finds_whole_words_only() {
    let none = BTreeSet::new();
    assert_eq!(
        stock_words_in("Total: 3 (working tree)", ENGLISH_WORDS, &none),
        ["total", "working tree"]
    );
    assert!(stock_words_in("theme, totally, errorless", ENGLISH_WORDS, &none).is_empty());
    let allowed = BTreeSet::from(["summa".to_string()]);
    assert!(stock_words_in("summa", FINNISH_WORDS, &allowed).is_empty());
}
