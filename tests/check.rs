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
        .stdout(predicate::str::contains("0 virhettä, 0 varoitusta"));
    hanke_in("en")
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
    assert_eq!(d[0]["help"], "tarkoititko `KONSTI`?");
    assert_eq!(d[1]["code"], "H303");
    assert_eq!(d[1]["line"], 17);
    assert_eq!(d[1]["column"], 9);
    assert!(
        d[1]["message"].as_str().unwrap().contains("25\u{a0}%"),
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
            ",title=H107 unknown-salkku::tuntematon salkku `KONSTY`%0Aohje: tarkoititko `KONSTI`?"
        ),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with(&format!(
        "::error file={root}/hyve/oulu.toml,line=17,col=9,"
    )));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("virhe[H107]: tuntematon salkku `KONSTY`")
            && stderr.contains("tarkistettu 1 hanke: 2 virhettä"),
        "{stderr}"
    );
    let md = std::fs::read_to_string(summary.path()).unwrap();
    assert!(
        md.contains("| ❌ | H107 |") && md.contains("| ❌ | H303 |"),
        "{md}"
    );
    assert!(
        md.contains("| | Koodi | Tiedosto | Rivi | Viesti |"),
        "{md}"
    );
    // In English only the message differs: the properties are the same.
    let out = hanke_in("en")
        .current_dir(dir.path().parent().unwrap())
        .arg("--projects")
        .arg(dir.path().file_name().unwrap())
        .args(["check", "--format", "github"])
        .output()
        .unwrap();
    let english = String::from_utf8(out.stdout).unwrap();
    let properties = |text: &str| -> Vec<String> {
        text.lines()
            .map(|l| l.rsplit_once("::").map_or(l, |(p, _)| p).to_string())
            .collect()
    };
    assert_eq!(properties(&english), properties(&stdout));
    assert!(
        english.contains("::unknown salkku `KONSTY`%0Ahelp: did you mean `KONSTI`?"),
        "{english}"
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
        .stdout(predicate::str::contains("varoitus[H204]"));
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
        .stdout(predicate::str::contains("0 varoitusta"));
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
    assert!(
        err.contains("/nonexistent/hanke") && err.contains("ei ole"),
        "{err}"
    );
    let out = hanke_in("en")
        .args(["--projects", "/nonexistent/hanke", "check"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
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
        .stderr(predicate::str::contains("ei ole rekisteriä `hanke.toml`"));
    hanke_in("en")
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
        stdout.contains("virhe[H003]") && stdout.contains("hanke.toml:4:"),
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
        .stderr(predicate::str::contains("tietokansiota ei löydy"));
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

// --- Money truth (issue 11): every funding shape checked ----------------------

/// A record of the KONSTI portfolio with a funding table below the header.
fn with_funding(nimi: &str, funding: &str) -> String {
    format!(
        "nimi = \"{nimi}\"\nsalkku = \"KONSTI\"\nvaihe = \"päättynyt\"\nalkaa = 2012-03-01\nloppuu = 2014-10-31\n\n{funding}"
    )
}

fn share(rahoittaja: &str, rest: &str) -> String {
    format!("\n[[rahoitus.osuudet]]\nrahoittaja = \"{rahoittaja}\"\n{rest}")
}

fn grant(rest: &str) -> String {
    share(
        "STM",
        &format!("laji = \"valtionavustus\"\nohjelma = \"Kaste\"\n{rest}"),
    )
}

/// `check --format json` of one record `p.toml`: its diagnostics, in
/// English (these tests read the figures the messages name).
fn diagnostics_of(record: &str) -> Vec<serde_json::Value> {
    let dir = folder(&[("p.toml", record)]);
    let (_, out, err) = run_in_lang("en", dir.path(), &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    json["diagnostics"].as_array().unwrap().clone()
}

fn codes_of(diagnostics: &[serde_json::Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect()
}

#[test]
fn percentages_add_up_to_100_whatever_the_total_is() {
    // yhteensa = 0 checked no percentage at all.
    for (shares, sum) in [
        (grant("osuus = 75"), "75%"),
        (
            grant("osuus = 75") + &share("Oulun kaupunki", "laji = \"oma\"\nosuus = 20\n"),
            "95%",
        ),
    ] {
        let d = diagnostics_of(&with_funding(
            "P",
            &format!("[rahoitus]\nyhteensa = 0\n{shares}"),
        ));
        assert_eq!(codes_of(&d), ["H304"], "{d:#?}");
        let message = d[0]["message"].as_str().unwrap();
        assert!(
            message.contains(&format!("add up to {sum}, not 100%")),
            "{message}"
        );
    }
}

#[test]
fn derived_amounts_get_the_percentage_sum_not_a_remainder_mismatch() {
    // 33.3 + 33.3 + 28.4 with yhteensa was an H303 about "the remaining amount".
    let shares = share("STM", "osuus = 33.3\n")
        + &share("Oulun kaupunki", "osuus = 33.3\n")
        + &share("Oulunkaaren kuntayhtymä", "osuus = 28.4\n");
    let d = diagnostics_of(&with_funding(
        "P",
        &format!("[rahoitus]\nyhteensa = 1000\n{shares}"),
    ));
    assert_eq!(codes_of(&d), ["H304"], "{d:#?}");
    assert_eq!(
        d[0]["message"],
        "the percentages of [rahoitus] add up to 95%, not 100%: €50 of €1,000 has no funder"
    );
}

#[test]
fn a_lone_share_of_75_percent_leaves_a_quarter_without_a_funder() {
    // Was: H303 "write `osuus = 100`", and H305 on a grant of the whole 1000.
    let d = diagnostics_of(&with_funding(
        "P",
        &format!("[rahoitus]\nyhteensa = 1000\n{}", grant("osuus = 75")),
    ));
    assert_eq!(codes_of(&d), ["H304"], "{d:#?}");
    assert_eq!(
        d[0]["message"],
        "the percentages of [rahoitus] add up to 75%, not 100%: €250 of €1,000 has no funder"
    );
    // Raise the share or add one: more than one repair, so no fix.
    assert!(d[0].get("fix").is_none(), "{:#}", d[0]);
    assert!(!d[0]["help"].as_str().unwrap().contains("osuus = 100"));
}

const GAP: &str = "[rahoitus]\nyhteensa = 1000\n";

fn gap_record() -> String {
    with_funding(
        "P",
        &format!(
            "{GAP}{}{}",
            grant("osuus = 75"),
            share("Oulun kaupunki", "laji = \"oma\"\nsumma = 200\n")
        ),
    )
}

#[test]
fn a_part_of_the_total_with_no_funder_is_named_not_absorbed() {
    // Was: H303 "does not match the remaining amount 800", and H305 on 800.
    let d = diagnostics_of(&gap_record());
    assert_eq!(codes_of(&d), ["H302"], "{d:#?}");
    assert_eq!(d[0]["line"], 8, "at `yhteensa`");
    let message = d[0]["message"].as_str().unwrap();
    assert!(message.ends_with(": €50 (5%) has no funder"), "{message}");
    assert_eq!(d[0]["severity"], "error");
}

#[test]
fn show_gives_a_derived_share_its_own_amount_never_the_gap() {
    let dir = folder(&[("p.toml", &gap_record())]);
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(dir.path(), &["show", "p", "--format", "json"])).unwrap();
    let stm = &json["rahoitus"]["osuudet"][0];
    assert_eq!(stm["summa"], "750", "{json:#}");
    assert_eq!(stm["summa_johdettu"], true);
}

#[test]
fn derived_amounts_are_the_percentage_of_the_total_to_the_cent() {
    use hanke::model::{Euro, Funding, Percent, Share, Sp, Span};
    let euro = |s: &str| Euro(s.parse().unwrap());
    let pct = |s: &str| Sp::new(Percent::parse(s).unwrap(), Span::default());
    let mut f = Funding {
        yhteensa: Some(Sp::new(euro("1000"), Span::default())),
        ..Funding::default()
    };
    f.osuudet.push(Share {
        osuus: Some(pct("75")),
        ..Share::default()
    });
    f.osuudet.push(Share {
        summa: Some(Sp::new(euro("200"), Span::default())),
        ..Share::default()
    });
    let r = hanke::calc::funding::resolve(&f);
    assert_eq!(r.shares[0].summa, Some(euro("750")));
    assert_eq!(r.uncovered, Some(euro("50")));
    assert_eq!(r.excess, None);
    // Rounding is evened out: three thirds of 100.00 are 33.33 + 33.33 + 33.34.
    let mut thirds = Funding {
        yhteensa: Some(Sp::new(euro("100"), Span::default())),
        ..Funding::default()
    };
    for p in ["33.333", "33.333", "33.334"] {
        thirds.osuudet.push(Share {
            osuus: Some(pct(p)),
            ..Share::default()
        });
    }
    let r = hanke::calc::funding::resolve(&thirds);
    let amounts: Vec<Euro> = r.shares.iter().map(|s| s.summa.unwrap()).collect();
    assert_eq!(amounts, [euro("33.33"), euro("33.33"), euro("33.34")]);
    assert_eq!((r.uncovered, r.excess), (None, None));
}

#[test]
fn a_fix_is_data_in_the_json_output_and_the_help_says_it() {
    let dir = copy_of(&fixtures().join("rules/H303/bad"));
    std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    let (code, out, _) = run_in(dir.path(), &["check", "--format", "json"]);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let d = &json["diagnostics"][0];
    assert_eq!(d["code"], "H303");
    assert_eq!(
        d["fix"],
        serde_json::json!([{"path": "toteuma.osuudet[1].osuus", "value": "12"}])
    );
    assert_eq!(
        d["help"],
        "summat täsmäävät, joten prosentti on väärin: kirjoita `toteuma.osuudet[1].osuus = 12` (`hanke check --fix` tekee tämän)"
    );
    // The same fix in English: only the words around the TOML differ.
    let (_, out, _) = run_in_lang("en", dir.path(), &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let d = &json["diagnostics"][0];
    assert_eq!(
        d["fix"],
        serde_json::json!([{"path": "toteuma.osuudet[1].osuus", "value": "12"}])
    );
    assert_eq!(
        d["help"],
        "the amounts add up, so the percentage is off: write `toteuma.osuudet[1].osuus = 12` (`hanke check --fix` does this)"
    );
}

#[test]
fn check_fix_applies_every_fix_keeps_comments_and_says_what_it_changed() {
    let dir = copy_of(&fixtures().join("rules/H303/bad"));
    std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    let before = std::fs::read_to_string(dir.path().join("testi.toml")).unwrap();
    let (code, out, err) = run_in(dir.path(), &["check", "--fix"]);
    assert_eq!(code, 0, "{out}{err}");
    let shown = shown(&dir.path().join("testi.toml"));
    assert_eq!(
        err,
        format!("korjattu {shown}: toteuma.osuudet[1].osuus = 12\n")
    );
    assert!(
        out.contains("tarkistettu 1 hanke: 0 virhettä, 0 varoitusta"),
        "{out}"
    );
    let after = std::fs::read_to_string(dir.path().join("testi.toml")).unwrap();
    // One value changed, every comment and blank line kept.
    let expected = before.replacen(
        "osuus = 11\nsumma = 121000",
        "osuus = 12\nsumma = 121000",
        1,
    );
    assert_ne!(before, expected);
    assert_eq!(after, expected);
    // Nothing left to fix: a second run changes nothing and says nothing.
    let (code, _, err) = run_in(dir.path(), &["check", "--fix"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("testi.toml")).unwrap(),
        expected
    );
}

#[test]
fn a_share_without_a_figure_is_fixed_with_what_the_others_leave() {
    let record = with_funding(
        "P",
        &format!(
            "{GAP}{}\n[[rahoitus.osuudet]]\nrahoittaja = \"Oulun kaupunki\"\nlaji = \"oma\" # own money\n",
            grant("summa = 700")
        ),
    );
    let d = diagnostics_of(&record);
    assert_eq!(codes_of(&d), ["H301"], "{d:#?}");
    assert_eq!(
        d[0]["fix"],
        serde_json::json!([{"path": "rahoitus.osuudet[1].summa", "value": "300"}])
    );
    let dir = folder(&[("p.toml", &record)]);
    let (code, out, _) = run_in(dir.path(), &["check", "--fix"]);
    assert_eq!(code, 0, "{out}");
    let after = std::fs::read_to_string(dir.path().join("p.toml")).unwrap();
    assert!(
        after.ends_with("laji = \"oma\" # own money\nsumma = 300\n"),
        "{after}"
    );
}

#[test]
fn ceiling_advice_rounds_down_to_an_amount_that_is_allowed() {
    // 75 % of 80 000.50 is 60 000.375: 60 000.38 is over, 60 000.37 is not.
    let d = diagnostics_of(&with_funding(
        "P",
        &format!(
            "[rahoitus]\nyhteensa = \"80000.50\"\n{}{}",
            grant("summa = \"60000.38\""),
            share("Oulun kaupunki", "laji = \"oma\"\nsumma = \"20000.12\"\n")
        ),
    ));
    assert_eq!(codes_of(&d), ["H305"], "{d:#?}");
    let help = d[0]["help"].as_str().unwrap();
    assert!(help.contains("to at most €60,000.37"), "{help}");
    assert!(d[0]["message"].as_str().unwrap().contains("€0.01 too much"));
    // Lower the grant or raise the total: no fix.
    assert!(d[0].get("fix").is_none());
    // And 60 000.37 passes.
    let ok = with_funding(
        "P",
        &format!(
            "[rahoitus]\nyhteensa = \"80000.50\"\n{}{}",
            grant("summa = \"60000.37\""),
            share("Oulun kaupunki", "laji = \"oma\"\nsumma = \"20000.13\"\n")
        ),
    );
    assert_eq!(codes_of(&diagnostics_of(&ok)), Vec::<&str>::new());
}

#[test]
fn several_grants_are_judged_together_and_the_excess_is_named() {
    let dir = copy_of(&fixtures().join("rules/H305/bad"));
    std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    let (_, out, _) = run_in_lang("en", dir.path(), &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let d = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == "kaksi.toml")
        .expect("an H305 in kaksi.toml");
    assert_eq!(
        d["message"],
        "the 2 state grants from `Kaste` add up to €80,000, 80% of eligible costs €100,000; `Kaste` grants at most 75% (€75,000) in all: €5,000 too much"
    );
    // The human output labels the other grant too, in Finnish by default.
    let (_, human, _) = run_in(dir.path(), &["check"]);
    assert!(
        human.contains("----- Sosiaali- ja terveysministeriö: 30\u{a0}000\u{a0}€"),
        "{human}"
    );
}

#[cfg(unix)]
#[test]
fn a_linked_record_is_read_once_and_reported() {
    let dir = folder(&[(
        "a.toml",
        &with_funding(
            "A",
            &format!(
                "{GAP}{}",
                share("Oulun kaupunki", "laji = \"oma\"\nsumma = 1000\n")
            ),
        ),
    )]);
    std::os::unix::fs::symlink("a.toml", dir.path().join("b.toml")).unwrap();
    let (code, out, _) = run_in(dir.path(), &["check", "--format", "json"]);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let d = &json["diagnostics"];
    assert_eq!(d.as_array().unwrap().len(), 1, "{json:#}");
    assert_eq!(d[0]["code"], "H111");
    assert_eq!(d[0]["severity"], "error");
    assert_eq!(d[0]["file"], "b.toml");
    // Reports count it once.
    let (_, list, err) = run_in(dir.path(), &["list", "--format", "csv"]);
    assert_eq!(csv_column(&list, "id"), ["a"], "{list}{err}");
    let (_, summary, _) = run_in(dir.path(), &["summary", "--format", "csv"]);
    assert_eq!(csv_column(&summary, "suunniteltu"), ["1000"], "{summary}");
}

#[cfg(unix)]
#[test]
fn a_linked_folder_is_read_once_and_a_hidden_file_through_one_link_only() {
    let rec = |nimi: &str| {
        format!(
            "nimi = \"{nimi}\"\nsalkku = \"KONSTI\"\nvaihe = \"päättynyt\"\nalkaa = 2012-03-01\n"
        )
    };
    let dir = folder(&[
        ("osa/a.toml", &rec("A")),
        ("_mallit/pohja.toml", &rec("Pohja")),
    ]);
    let link = |target: &str, name: &str| {
        std::os::unix::fs::symlink(target, dir.path().join(name)).unwrap();
    };
    // The folder is walked anyway: its link is the same records again.
    link("osa", "osa-linkki");
    // A file the walk skips (`_mallit/`) is a record through its first link;
    // a second link to it is the same file twice.
    link("_mallit/pohja.toml", "eka.toml");
    link("_mallit/pohja.toml", "toka.toml");
    let (code, out, _) = run_in(dir.path(), &["check", "--format", "json"]);
    assert_eq!(code, 1, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let found: Vec<(String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().into(),
                d["file"].as_str().unwrap().into(),
            )
        })
        .collect();
    // Which of the two links is found first is the file system's order.
    let second = if found.iter().any(|(_, f)| f == "toka.toml") {
        "toka.toml"
    } else {
        "eka.toml"
    };
    assert_eq!(
        found,
        [
            ("H111".to_string(), second.to_string()),
            ("H111".into(), "osa-linkki".into())
        ]
        .into_iter()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>(),
        "{out}"
    );
    let (_, list, _) = run_in(dir.path(), &["list", "--format", "csv"]);
    let first = if second == "toka.toml" { "eka" } else { "toka" };
    let mut ids = csv_column(&list, "id");
    ids.sort();
    let mut expected = vec![first.to_string(), "osa/a".to_string()];
    expected.sort();
    assert_eq!(ids, expected, "{list}");
}

#[cfg(unix)]
#[test]
fn check_fix_leaves_a_read_only_record_alone_and_says_so() {
    use std::os::unix::fs::PermissionsExt;
    let dir = copy_of(&fixtures().join("rules/H303/bad"));
    std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    let path = dir.path().join("testi.toml");
    let before = std::fs::read_to_string(&path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (code, out, err) = run_in(dir.path(), &["check", "--fix"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        err.contains("ei korjattu") && err.contains("kirjoitussuojattu"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    assert!(out.contains("virhe[H303]"), "{out}");
    let (_, _, err) = run_in_lang("en", dir.path(), &["check", "--fix"]);
    assert!(
        err.contains("warning: not fixed") && err.contains("the file is read-only"),
        "{err}"
    );
}
