//! `hanke diff` on real git repositories built in a temporary folder:
//! `git init`, commit, change, commit, then the diff in every format.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::util::*;

/// A git repository with the data folder at `projects/`.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    /// A repository on branch `main` with the registry and `records`, committed.
    fn new(records: &[(&str, &str)]) -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().expect("a temp dir"),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.write("projects/hanke.toml", REGISTRY);
        for (path, text) in records {
            repo.write(&format!("projects/{path}"), text);
        }
        repo.commit("base");
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn git(&self, args: &[&str]) -> String {
        let out = Command::new("git")
            .current_dir(self.path())
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
        String::from_utf8(out.stdout).unwrap()
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", message]);
    }

    /// `hanke diff <args>` run from the repository's top folder.
    fn diff(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        hanke()
            .current_dir(self.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .arg("diff")
            .args(args)
            .assert()
    }

    fn stdout(&self, args: &[&str]) -> String {
        let out = self.diff(args).success().get_output().stdout.clone();
        String::from_utf8(out).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        serde_json::from_str(&self.stdout(&a)).expect("diff --format json is JSON")
    }
}

const HEADER: &str = r#"salkku = "TESTI"
vaihe = "käynnissä"
alkaa = 2024-01-01
loppuu = 2027-12-31
"#;

fn record(nimi: &str, body: &str) -> String {
    format!("nimi = \"{nimi}\"\n{HEADER}\n{body}")
}

/// Plan 100 000: STM 75 000 (Kaste), Oulun kaupunki 25 000; costs palkat + matkat.
const ALPHA_BEFORE: &str = r#"
[rahoitus]
yhteensa = 100000

[[rahoitus.osuudet]]
rahoittaja = "STM"
laji = "valtionavustus"
ohjelma = "Kaste"
summa = 75000

[[rahoitus.osuudet]]
rahoittaja = "Oulun kaupunki"
laji = "oma"
summa = 25000

[kustannusarvio.2024]
palkat = 80000
matkat = 20000
"#;

/// Plan 110 000: STM 80 000, Oulun kaupunki 30 000; palkat up, matkat down, koulutus new.
const ALPHA_AFTER: &str = r#"
[rahoitus]
yhteensa = 110000

[[rahoitus.osuudet]]
rahoittaja = "STM"
laji = "valtionavustus"
ohjelma = "Kaste"
summa = 80000

[[rahoitus.osuudet]]
rahoittaja = "Oulun kaupunki"
laji = "oma"
summa = 30000

[kustannusarvio.2024]
palkat = 85000
matkat = 15000
koulutus = 10000
"#;

/// BAD: the shares add up to 50 001, not 50 000 (H302).
const BETA_BROKEN: &str = r#"
[rahoitus]
yhteensa = 50000

[[rahoitus.osuudet]]
rahoittaja = "Oulun kaupunki"
laji = "oma"
summa = 50001
"#;

/// GOOD: fixed.
const BETA_FIXED: &str = r#"
[rahoitus]
yhteensa = 50000

[[rahoitus.osuudet]]
rahoittaja = "Oulun kaupunki"
laji = "oma"
summa = 50000
"#;

/// Ouka (an alias of Oulun kaupunki) 10 000 oma, Oulunkaaren kuntayhtymä 5 000 oma.
const DELTA_BEFORE: &str = r#"
[toteuma]
yhteensa = 15000

[[toteuma.osuudet]]
rahoittaja = "Ouka"
laji = "oma"
summa = 10000

[[toteuma.osuudet]]
rahoittaja = "Oulunkaaren kuntayhtymä"
laji = "oma"
summa = 5000
"#;

/// Oulunkaaren kuntayhtymä moved to muu-julkinen; Ouka 11 000 breaks the sum (BAD: H302).
const DELTA_AFTER: &str = r#"
[toteuma]
yhteensa = 15000

[[toteuma.osuudet]]
rahoittaja = "Ouka"
laji = "oma"
summa = 11000

[[toteuma.osuudet]]
rahoittaja = "Oulunkaaren kuntayhtymä"
laji = "muu-julkinen"
summa = 5000
"#;

const GAMMA: &str = r#"
[rahoitus]
yhteensa = 7000

[[rahoitus.osuudet]]
rahoittaja = "STM"
laji = "valtionavustus"
summa = 7000
"#;

/// The base repository and the change, committed on a branch `muutos`.
fn scenario() -> Repo {
    let repo = Repo::new(&[
        ("alpha.toml", &record("Alfa", ALPHA_BEFORE)),
        ("beta.toml", &record("Beeta", BETA_BROKEN)),
        ("gamma.toml", &record("Gamma", GAMMA)),
        ("delta.toml", &record("Delta", DELTA_BEFORE)),
        (
            "sama.toml",
            &record("Sama", GAMMA.replace("7000", "9000").as_str()),
        ),
        (
            "epsilon.toml",
            &record("Epsilon", GAMMA.replace("7000", "3000").as_str()),
        ),
    ]);
    repo.git(&["checkout", "-q", "-b", "muutos"]);
    repo.write("projects/alpha.toml", &record("Alfa", ALPHA_AFTER));
    repo.write("projects/beta.toml", &record("Beeta", BETA_FIXED));
    repo.git(&["mv", "projects/gamma.toml", "projects/gamma-uusi.toml"]);
    repo.write("projects/delta.toml", &record("Delta", DELTA_AFTER));
    // Only a comment and layout: not a change of the record.
    repo.write(
        "projects/sama.toml",
        &format!(
            "# a comment\n{}",
            record("Sama", GAMMA.replace("7000", "9000").as_str())
        ),
    );
    repo.git(&["rm", "-q", "projects/epsilon.toml"]);
    repo.write(
        "projects/zeta.toml",
        &record("Zeta", GAMMA.replace("7000", "12000").as_str()),
    );
    repo.commit("muutos");
    repo
}

fn project<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("no project `{id}` in {v:#}"))
}

fn row<'a>(rows: &'a Value, key: &str, value: &str) -> &'a Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("no row {key} = {value} in {rows:#}"))
}

fn amounts(r: &Value) -> (Value, Value, Value) {
    (r["before"].clone(), r["after"].clone(), r["change"].clone())
}

fn s(v: &str) -> Value {
    Value::String(v.into())
}

#[test]
fn json_has_every_changed_figure() {
    let repo = scenario();
    // Default base: the merge base with `main` (no remote); head: the working tree.
    let v = repo.json(&[]);
    assert_eq!(v["changed"], true);
    assert_eq!(v["head"]["commit"], Value::Null);
    assert_eq!(v["base"]["rev"], "merge-base main");
    let ids: Vec<&str> = v["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    // `sama` changed only in a comment: it does not appear.
    assert_eq!(
        ids,
        ["alpha", "beta", "delta", "epsilon", "gamma-uusi", "zeta"]
    );
    assert_eq!(
        v["summary"],
        serde_json::json!({"added": 1, "removed": 1, "renamed": 1, "changed": 3,
            "new_errors": 1, "new_warnings": 0, "fixed_errors": 1, "fixed_warnings": 0})
    );

    // A changed amount, with percentages and the total.
    let alpha = project(&v, "alpha");
    assert_eq!(alpha["status"], "changed");
    let plan = &alpha["funding"][0];
    assert_eq!(plan["table"], "rahoitus");
    let stm = row(&plan["rows"], "rahoittaja", "STM");
    assert_eq!(stm["laji"], "valtionavustus");
    assert_eq!(amounts(stm), (s("75000"), s("80000"), s("5000")));
    assert_eq!(
        (&stm["osuus_before"], &stm["osuus_after"]),
        (&s("75"), &s("72.73"))
    );
    assert_eq!(stm["osuus_changed"], true);
    let oulu = row(&plan["rows"], "rahoittaja", "Oulun kaupunki");
    assert_eq!(amounts(oulu), (s("25000"), s("30000"), s("5000")));
    assert_eq!(
        (&oulu["osuus_before"], &oulu["osuus_after"]),
        (&s("25"), &s("27.27"))
    );
    assert_eq!(
        amounts(&plan["total"]),
        (s("100000"), s("110000"), s("10000"))
    );

    // A changed cost category.
    let costs = &alpha["costs"][0];
    assert_eq!(costs["table"], "kustannusarvio");
    let cat = |k: &str| amounts(row(&costs["rows"], "category", k));
    assert_eq!(cat("palkat"), (s("80000"), s("85000"), s("5000")));
    assert_eq!(cat("matkat"), (s("20000"), s("15000"), s("-5000")));
    assert_eq!(cat("koulutus"), (Value::Null, s("10000"), s("10000")));
    assert_eq!(costs["rows"].as_array().unwrap().len(), 3);
    assert_eq!(row(&costs["rows"], "category", "matkat")["year"], 2024);
    let keys: Vec<&str> = costs["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["palkat", "matkat", "koulutus"]);
    assert_eq!(
        costs["categories"][2]["label"],
        "Koulutus- ja kulttuuripalvelut"
    );
    assert_eq!(
        amounts(&costs["total"]),
        (s("100000"), s("110000"), s("10000"))
    );

    // A fixed error.
    let beta = project(&v, "beta");
    assert_eq!(beta["diagnostics"]["introduced"], serde_json::json!([]));
    let fixed = &beta["diagnostics"]["fixed"][0];
    assert_eq!(
        (&fixed["code"], &fixed["severity"]),
        (&s("H302"), &s("error"))
    );
    assert_eq!(fixed["file"], "beta.toml");
    assert_eq!(
        amounts(&beta["funding"][0]["total"]),
        (s("50000"), s("50000"), s("0"))
    );

    // A moved funder (laji oma → muu-julkinen), an alias folded, a new error.
    let delta = project(&v, "delta");
    let actual = &delta["funding"][0];
    assert_eq!(actual["table"], "toteuma");
    let rows = actual["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3, "{rows:#?}");
    assert_eq!(
        rows[0]["rahoittaja"], "Oulun kaupunki",
        "Ouka folds into its canonical name"
    );
    assert_eq!(amounts(&rows[0]), (s("10000"), s("11000"), s("1000")));
    assert_eq!(
        (&rows[1]["rahoittaja"], &rows[1]["laji"]),
        (&s("Oulunkaaren kuntayhtymä"), &s("oma"))
    );
    assert_eq!(amounts(&rows[1]), (s("5000"), Value::Null, s("-5000")));
    assert_eq!(
        (&rows[2]["rahoittaja"], &rows[2]["laji"]),
        (&s("Oulunkaaren kuntayhtymä"), &s("muu-julkinen"))
    );
    assert_eq!(amounts(&rows[2]), (Value::Null, s("5000"), s("5000")));
    let oma = row(&actual["lajit"], "laji", "oma");
    assert_eq!(amounts(oma), (s("15000"), s("11000"), s("-4000")));
    let mj = row(&actual["lajit"], "laji", "muu-julkinen");
    assert_eq!(amounts(mj), (Value::Null, s("5000"), s("5000")));
    assert_eq!(amounts(&actual["total"]), (s("15000"), s("15000"), s("0")));
    let new = &delta["diagnostics"]["introduced"][0];
    assert_eq!((&new["code"], &new["severity"]), (&s("H302"), &s("error")));
    assert_eq!(new["file"], "delta.toml");
    assert!(new["line"].as_u64().unwrap() > 0);

    // A renamed file keeps its history: same content, new id, no figures.
    let gamma = project(&v, "gamma-uusi");
    assert_eq!(gamma["status"], "renamed");
    assert_eq!(gamma["old_id"], "gamma");
    assert_eq!(gamma["funding"], serde_json::json!([]));

    // Removed and added records: every figure from or to nothing.
    let eps = project(&v, "epsilon");
    assert_eq!(eps["status"], "removed");
    assert_eq!(
        amounts(&eps["funding"][0]["total"]),
        (s("3000"), Value::Null, s("-3000"))
    );
    let zeta = project(&v, "zeta");
    assert_eq!(zeta["status"], "added");
    assert_eq!(
        amounts(&zeta["funding"][0]["total"]),
        (Value::Null, s("12000"), s("12000"))
    );
    assert_eq!(zeta["fields"][0]["field"], "nimi");
    assert_eq!(zeta["fields"][0]["after"], "Zeta");

    // Portfolio totals: plan 100000+50000+7000+9000+3000 → 110000+50000+7000+9000+12000.
    let testi = row(&v["portfolio"]["salkut"], "salkku", "TESTI");
    assert_eq!(
        amounts(&testi["plan"]),
        (s("169000"), s("188000"), s("19000"))
    );
    assert_eq!(amounts(&testi["actual"]), (s("15000"), s("15000"), s("0")));
    assert_eq!(
        (&testi["projects_before"], &testi["projects_after"]),
        (&6.into(), &6.into())
    );
    assert_eq!(testi["changed"], true);
    assert_eq!(
        amounts(&v["portfolio"]["total"]["plan"]),
        (s("169000"), s("188000"), s("19000"))
    );
}

#[test]
fn committed_revisions_give_the_same_diff_as_the_working_tree() {
    let repo = scenario();
    let mut tree = repo.json(&[]);
    let mut commits = repo.json(&["main", "muutos"]);
    for v in [&mut tree, &mut commits] {
        v.as_object_mut().unwrap().remove("head");
        v.as_object_mut().unwrap().remove("base");
    }
    assert_eq!(tree, commits);
    // Reversed, the change undoes itself.
    let back = repo.json(&["HEAD", "main"]);
    assert_eq!(back["summary"]["added"], 1);
    assert_eq!(back["summary"]["removed"], 1);
    assert_eq!(back["summary"]["fixed_errors"], 1);
    assert_eq!(back["summary"]["new_errors"], 1);
    let stm = row(
        &project(&back, "alpha")["funding"][0]["rows"],
        "rahoittaja",
        "STM",
    );
    assert_eq!(amounts(stm), (s("80000"), s("75000"), s("-5000")));
}

#[test]
fn markdown_reads_as_a_pull_request_comment() {
    let repo = scenario();
    let md = repo.stdout(&["main", "muutos", "--format", "md"]);
    let md = md.replace(
        &repo
            .git(&["rev-parse", "--short=7", "main"])
            .trim()
            .to_string(),
        "BASE",
    );
    let md = md.replace(
        &repo
            .git(&["rev-parse", "--short=7", "muutos"])
            .trim()
            .to_string(),
        "HEAD",
    );
    assert!(md.starts_with("## Hankemuutokset\n"));
    assert!(md.contains("### Alfa (`alpha`)"));
    assert!(md.contains("| STM | valtionavustus | 75\u{a0}000\u{a0}€ | 80\u{a0}000\u{a0}€ | +5\u{a0}000\u{a0}€ | 75\u{a0}% → 72,73\u{a0}% |"));
    assert!(!md.contains("Sama"), "unchanged records stay out");
    insta::assert_snapshot!("diff_markdown", md);
}

#[test]
fn table_shows_the_same_figures() {
    let repo = scenario();
    let out = repo.stdout(&["main", "muutos"]);
    for needle in [
        "Alfa (alpha)",
        "Rahoitussuunnitelma [rahoitus]",
        "75\u{a0}000\u{a0}€",
        "72,73\u{a0}%",
        "Kustannusarvio [kustannusarvio] — muuttuneet kustannuslajit: palkat, matkat, koulutus",
        "−5\u{a0}000\u{a0}€",
        "Gamma (gamma-uusi) — uudelleennimetty: gamma → gamma-uusi",
        "Epsilon (epsilon) — poistettu hanke",
        "Zeta (zeta) — uusi hanke",
        "uusi virhe H302 projects/delta.toml:",
        "korjattu virhe H302 projects/beta.toml:",
        "Kaikki salkut",
        "169\u{a0}000\u{a0}€",
        "188\u{a0}000\u{a0}€",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in\n{out}");
    }
    assert!(!out.contains("Sama"));
}

#[test]
fn no_changes_is_one_line_in_every_format() {
    let repo = scenario();
    for format in ["md", "table"] {
        let out = repo.stdout(&["muutos", "HEAD", "--format", format]);
        assert_eq!(out, "Ei muutoksia hankkeisiin.\n");
    }
    let v = repo.json(&["HEAD", "HEAD"]);
    assert_eq!(v["changed"], false);
    assert_eq!(v["projects"], serde_json::json!([]));
    // A comment-only change is no change either.
    repo.write(
        "projects/alpha.toml",
        &format!("# kommentti\n{}", record("Alfa", ALPHA_AFTER)),
    );
    let out = repo.stdout(&["--format", "md", "HEAD"]);
    assert_eq!(out, "Ei muutoksia hankkeisiin.\n");
}

#[test]
fn fail_on_new_errors_exits_1_only_when_errors_are_introduced() {
    let repo = scenario();
    repo.diff(&["main", "muutos"]).code(0);
    repo.diff(&["main", "muutos", "--fail-on-new-errors"])
        .code(1);
    // The reverse fixes delta's error and brings back beta's: still a new error.
    repo.diff(&["muutos", "main", "--fail-on-new-errors"])
        .code(1);
    // Only the fix of beta: nothing new.
    repo.git(&["checkout", "-q", "main"]);
    repo.write("projects/beta.toml", &record("Beeta", BETA_FIXED));
    repo.diff(&["HEAD", "--fail-on-new-errors"]).code(0);
}

#[test]
fn outside_git_or_with_a_bad_revision_exits_2() {
    let dir = folder(&[("alpha.toml", &record("Alfa", ALPHA_BEFORE))]);
    hanke()
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .arg("--projects")
        .arg(dir.path())
        .args(["diff", "HEAD"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("ei ole git-repositoriossa"));
    let repo = scenario();
    repo.diff(&["no-such-branch"])
        .code(2)
        .stderr(predicates::str::contains(
            "revisiota `no-such-branch` ei ole",
        ));
    repo.diff(&["main", "nope~3"])
        .code(2)
        .stderr(predicates::str::contains("revisiota `nope~3` ei ole"));
}

#[test]
fn without_main_the_base_must_be_named() {
    let repo = scenario();
    repo.git(&["branch", "-q", "-m", "main", "vanha"]);
    repo.diff(&[]).code(2).stderr(predicates::str::contains(
        "vertailuun ei ole haaraa `origin/main` tai `main`",
    ));
    // origin/main wins over main when it exists.
    repo.git(&["update-ref", "refs/remotes/origin/main", "vanha"]);
    let v = repo.json(&[]);
    assert_eq!(v["base"]["rev"], "merge-base origin/main");
    assert_eq!(v["summary"]["renamed"], 1);
}

#[test]
fn data_folder_at_the_repository_top_and_a_folder_new_in_head() {
    // The data folder is the repository itself.
    let dir = folder(&[("alpha.toml", &record("Alfa", ALPHA_BEFORE))]);
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .current_dir(dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args(args)
            .status()
            .unwrap()
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["commit", "-q", "--allow-empty", "-m", "empty"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "data"]);
    std::fs::write(dir.path().join("_luonnos.toml"), "not = a record").unwrap();
    let out = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["diff", "HEAD~1", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    // Before the data folder existed every record is new; `_` files are skipped.
    assert_eq!(v["summary"]["added"], 1);
    let alpha = project(&v, "alpha");
    assert_eq!(alpha["status"], "added");
    assert_eq!(
        amounts(&alpha["funding"][0]["total"]),
        (Value::Null, s("100000"), s("100000"))
    );
}

/// A reorganisation: 600 records moved into a folder, half of them edited
/// (comments and layout) and half with their data changed. Each is paired
/// with its old file (by text, by data, or by its unique `nimi`), without
/// comparing every removed record with every added one.
#[test]
fn moving_hundreds_of_records_pairs_each_with_its_old_file() {
    let names: Vec<String> = (0..600).map(|i| format!("Hanke {i}")).collect();
    let files: Vec<(String, String)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("h{i}.toml"), record(n, GAMMA)))
        .collect();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let repo = Repo::new(&refs);
    std::fs::create_dir(repo.path().join("projects/uusi")).unwrap();
    for (i, n) in names.iter().enumerate() {
        repo.git(&["mv", &format!("projects/h{i}.toml"), "projects/uusi/"]);
        let text = if i % 2 == 0 {
            format!("# siirretty\n{}", record(n, GAMMA))
        } else {
            record(n, &GAMMA.replace("7000", "8000"))
        };
        repo.write(&format!("projects/uusi/h{i}.toml"), &text);
    }
    let v = repo.json(&[]);
    assert_eq!(v["summary"]["renamed"], 600, "{}", v["summary"]);
    assert_eq!(v["summary"]["added"], 0);
    assert_eq!(v["summary"]["removed"], 0);
    let p = project(&v, "uusi/h7");
    assert_eq!(p["old_id"], "h7");
    assert_eq!(
        amounts(&p["funding"][0]["total"]),
        (s("7000"), s("8000"), s("1000"))
    );
}

/// Each blob of the two revisions is read once: an unchanged file is the
/// same blob on both sides (and is parsed once, shared by both). A blob the
/// working tree holds byte for byte (here every blob of the checked-out
/// `muutos`, renamed or not) is read from the file; git is asked for the
/// rest. A `git` on the PATH in front of the real one logs what `cat-file`
/// is asked for.
#[test]
fn each_blob_is_read_once_for_both_revisions() {
    let repo = scenario();
    let bin = tempfile::tempdir().unwrap();
    let log = bin.path().join("requests");
    let real = Command::new("sh")
        .args(["-c", "command -v git"])
        .output()
        .unwrap();
    let real = String::from_utf8(real.stdout).unwrap().trim().to_string();
    let wrapper = bin.path().join("git");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\ncase \" $* \" in\n  *' cat-file '*) tee -a '{}' | '{real}' \"$@\" ;;\n  *) exec '{real}' \"$@\" ;;\nesac\n",
            log.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = hanke()
        .current_dir(repo.path())
        .env("PATH", &path)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .args(["diff", "main", "muutos", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        out,
        repo.stdout(&["main", "muutos", "--format", "json"])
            .into_bytes()
    );
    let requests: Vec<String> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let blobs = |rev: &str| -> std::collections::BTreeSet<String> {
        repo.git(&["ls-tree", "-r", "--object-only", rev, "--", "projects/"])
            .lines()
            .map(str::to_string)
            .collect()
    };
    let not_on_disk: Vec<String> = blobs("main")
        .difference(&blobs("muutos"))
        .cloned()
        .collect();
    assert!(!not_on_disk.is_empty());
    let mut read = requests.clone();
    read.sort();
    assert_eq!(
        read, not_on_disk,
        "the blobs the working tree does not hold, each once"
    );
}

/// A `git` on the PATH in front of the real one that logs every object
/// `cat-file` is asked for into `log`; returns the PATH to use.
fn logging_git(bin: &Path, log: &Path) -> String {
    let real = Command::new("sh")
        .args(["-c", "command -v git"])
        .output()
        .unwrap();
    let real = String::from_utf8(real.stdout).unwrap().trim().to_string();
    let wrapper = bin.join("git");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\ncase \" $* \" in\n  *' cat-file '*) tee -a '{}' | '{real}' \"$@\" ;;\n  *) exec '{real}' \"$@\" ;;\nesac\n",
            log.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// A dirty working tree (a file changed only in the working tree, a file
/// put back to the base's bytes, a rename and a deletion git was not told
/// of, an untracked new record, a broken record, a byte-order mark) gives
/// the diff that the same files committed give; and of the base, git is
/// asked only for the blobs the working tree does not hold byte for byte
/// (a working-tree file is compared with the base by its git blob id).
#[test]
fn a_dirty_working_tree_gives_the_committed_diff_reading_only_changed_blobs() {
    let repo = scenario();
    let two_revisions_clean = repo.json(&["main", "muutos"]);
    // Changed only in the working tree.
    repo.write(
        "projects/alpha.toml",
        &record("Alfa, muutettu", ALPHA_AFTER),
    );
    // Back to the base's bytes: the same blob as `main:projects/delta.toml`.
    repo.write("projects/delta.toml", &record("Delta", DELTA_BEFORE));
    // Renamed and deleted without git.
    std::fs::rename(
        repo.path().join("projects/zeta.toml"),
        repo.path().join("projects/zeta-uusi.toml"),
    )
    .unwrap();
    std::fs::remove_file(repo.path().join("projects/sama.toml")).unwrap();
    // Untracked new records: one sound, one broken, one with a BOM.
    repo.write(
        "projects/uusi.toml",
        &record("Uusi", GAMMA.replace("7000", "4000").as_str()),
    );
    repo.write("projects/rikki.toml", "nimi = \"Rikki\nsalkku = 1\n");
    repo.write(
        "projects/bom.toml",
        &format!("\u{feff}{}", record("Bom", GAMMA)),
    );

    let bin = tempfile::tempdir().unwrap();
    let log = bin.path().join("requests");
    let path = logging_git(bin.path(), &log);
    let run = |args: &[&str]| -> String {
        let out = hanke()
            .current_dir(repo.path())
            .env("PATH", &path)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .arg("diff")
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    // Two revisions do not depend on the working tree (files that are not
    // a revision's blob byte for byte come from git).
    assert_eq!(repo.json(&["main", "muutos"]), two_revisions_clean);
    let mut tree: Value = serde_json::from_str(&run(&["main", "--format", "json"])).unwrap();
    let requests = std::fs::read_to_string(&log).unwrap_or_default();
    let table = run(&["main"]);
    let md = run(&["main", "--format", "md"]);

    // Of the base: the registry and the files the working tree changed,
    // never delta (its bytes are the base's) nor the registry twice.
    let blob = |rev_path: &str| repo.git(&["rev-parse", rev_path]).trim().to_string();
    let requested: Vec<&str> = requests.lines().collect();
    assert!(
        !requested.contains(&blob("main:projects/delta.toml").as_str()),
        "{requested:?}"
    );
    assert!(requested.contains(&blob("main:projects/alpha.toml").as_str()));
    assert!(requested.contains(&blob("main:projects/hanke.toml").as_str()));
    assert_eq!(
        requested.len(),
        requested
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    );

    // The same files committed: the two-revision path, which reads every
    // blob from git, gives the same report.
    repo.commit("tila");
    let mut commits = repo.json(&["main", "HEAD"]);
    for v in [&mut tree, &mut commits] {
        v.as_object_mut().unwrap().remove("head");
        v.as_object_mut().unwrap().remove("base");
    }
    assert_eq!(tree, commits);
    assert!(tree["projects"].as_array().unwrap().len() >= 6, "{tree:#}");
    let ids: Vec<&str> = tree["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    for id in ["alpha", "rikki", "uusi", "bom", "sama"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    assert!(!ids.contains(&"delta"), "{ids:?}");
    // And with the working tree now clean, the same text and Markdown
    // (the head is named differently: compare what follows the heading).
    let tail = |s: &str| s.lines().skip(2).collect::<Vec<_>>().join("\n");
    assert_eq!(tail(&run(&["main"])), tail(&table));
    assert_eq!(tail(&run(&["main", "--format", "md"])), tail(&md));
}

/// Issue 15: a change of a flat rate's base shows its consequence — the
/// flat-rate amount — beside it, and the totals include the flat rate; a
/// change of the model is a field change with its flat-rate rows.
#[test]
fn a_base_change_shows_its_flat_rate_consequence() {
    let body = |palkat: u32, model: &str| {
        format!("kustannusmalli = \"{model}\"\n\n[kustannusarvio.2025]\npalkat = {palkat}\n")
    };
    let repo = Repo::new(&[("fr.toml", &record("Flat", &body(100_000, "FR40")))]);
    repo.write("projects/fr.toml", &record("Flat", &body(110_000, "FR40")));
    let v = repo.json(&[]);
    let costs = &project(&v, "fr")["costs"][0];
    assert_eq!(costs["table"], "kustannusarvio");
    let palkat = row(&costs["rows"], "category", "palkat");
    assert_eq!(amounts(palkat), (s("100000"), s("110000"), s("10000")));
    let flat = row(&costs["rows"], "category", "kustannusmalli.FR40");
    assert_eq!(flat["label"], "Flat rate 40 % palkkakustannuksista (FR40)");
    assert_eq!(amounts(flat), (s("40000"), s("44000"), s("4000")));
    assert_eq!(
        amounts(&costs["total"]),
        (s("140000"), s("154000"), s("14000"))
    );
    assert_eq!(
        amounts(&v["portfolio"]["total"]["plan"]),
        (s("140000"), s("154000"), s("14000"))
    );
    let md = repo.stdout(&["--format", "md"]).replace('\u{a0}', " ");
    assert!(
        md.contains(
            "| 2025 | Flat rate 40 % palkkakustannuksista (FR40) | 40 000 € | 44 000 € | +4 000 € |"
        ),
        "{md}"
    );

    // Another model: the field changes, one flat rate goes, the other comes.
    repo.write(
        "projects/fr.toml",
        &record("Flat", &body(100_000, "TODELLISET")),
    );
    let v = repo.json(&[]);
    let p = project(&v, "fr");
    let field = row(&p["fields"], "field", "kustannusmalli");
    assert_eq!(
        (&field["before"], &field["after"]),
        (&s("FR40"), &s("TODELLISET"))
    );
    let flat = row(&p["costs"][0]["rows"], "category", "kustannusmalli.FR40");
    assert_eq!(amounts(flat), (s("40000"), Value::Null, s("-40000")));
    assert_eq!(
        amounts(&p["costs"][0]["total"]),
        (s("140000"), s("100000"), s("-40000"))
    );
}
