//! The bundled records converted from the public pages in
//! tests/fixtures/seeds/more/: they check clean on the dates CI and people
//! use, every figure they record is written on their source page, and the
//! reports show the portfolios they add.

use std::path::PathBuf;

use crate::util::*;

/// The copies of the source pages (the project never reads ../shared).
fn pages() -> PathBuf {
    fixtures().join("seeds/more")
}

/// A plan total: in plain euros as `list` writes it, and as the page writes it.
type StatedTotal = Option<(&'static str, &'static str)>;

/// Each new record: its id, its source page, and its plan total (None where
/// the page states no money).
const RECORDS: &[(&str, &str, StatedTotal)] = &[
    (
        "lasten-kaste",
        "01_kainuu-pohjois-suomen-lasten-kaste.txt",
        None,
    ),
    (
        "lasten-kaste/kainuu",
        "01_kainuu-pohjois-suomen-lasten-kaste.txt",
        Some(("216349", "Kainuun budjetti: 216 349 €")),
    ),
    (
        "kestava-kaijonharju",
        "05_oulu-kestava-kaijonharju-ara.txt",
        Some(("1454000", "yhteensä 1 454 000 euroa")),
    ),
    (
        "kestavin-kulttuuripaakaupunki",
        "06_oulu-tapahtumat-euroopan-kestavin-kulttuuripaakaupunki.txt",
        Some(("615000", "Budjetti on 615 000 euroa")),
    ),
    (
        "kuntalaislahtoinen-kaupunkikehittaminen",
        "13_eura2014-S20469-oulu-kuntalaislahtoinen-kaupunkikehittaminen.txt",
        None,
    ),
    (
        "kuutoskaupunkien-innovaatioalustat",
        "14_eura2014-A70202-oulu-kuutoskaupunkien-avoimet-innovaatioalustat.txt",
        None,
    ),
    (
        "kiertotalous-rinnakkaishanke",
        "16_kohesio-Q3758631-oulu-kiertotalous-rinnakkaishanke.txt",
        Some(("800000", "Total budget: 800 000,00 €")),
    ),
    (
        "creative-campus-2020-investointi",
        "18_eupublicdata-Q3753740-creative-campus-2020.txt",
        Some(("2200000", "Total project cost\n€2.2M")),
    ),
    (
        "puolanka-bioterminaali",
        "20_eupublicdata-Q7440059-puolanka-bioterminal.txt",
        Some(("2400000", "Total project cost\n€2.4M")),
    ),
];

/// `hanke --today DATE --projects projects/ ARGS`, for dates other than the
/// suite's fixed one.
fn on(today: &str, args: &[&str]) -> std::process::Output {
    let mut c = assert_cmd::Command::cargo_bin("hanke").expect("the hanke binary is built");
    c.env_remove("HANKE_PROJECTS")
        .env("NO_COLOR", "1")
        .args(["--today", today, "--projects"])
        .arg(projects())
        .args(args)
        .output()
        .expect("hanke runs")
}

#[test]
fn bundled_folder_checks_clean_on_the_test_date_and_today() {
    for today in ["2026-11-23", "2026-12-02"] {
        let out = on(today, &["check", "--format", "json", "--deny-warnings"]);
        assert_eq!(out.status.code(), Some(0), "--today {today}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            json["diagnostics"],
            serde_json::json!([]),
            "--today {today}"
        );
        assert_eq!(json["summary"]["records"], 21, "--today {today}");
    }
    let fmt = on("2026-12-02", &["fmt", "--check"]);
    assert_eq!(
        fmt.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&fmt.stdout)
    );
}

#[test]
fn every_new_record_cites_a_bundled_page_that_states_its_total() {
    let list = stdout_of(&projects(), &["list", "--format", "csv", "--sort", "id"]);
    let ids = csv_column(&list, "id");
    let totals = csv_column(&list, "yhteensa");
    for (id, page, total) in RECORDS {
        let text =
            std::fs::read_to_string(pages().join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
        let record = std::fs::read_to_string(projects().join(format!("{id}.toml"))).unwrap();
        assert!(
            record.contains(&format!("tests/fixtures/seeds/more/{page}")),
            "{id} names its source page {page}"
        );
        let source = text.lines().next().unwrap().trim_start_matches("source: ");
        assert!(record.contains(source), "{id} links its source {source}");
        let row = ids
            .iter()
            .position(|i| i == id)
            .unwrap_or_else(|| panic!("{id} is listed"));
        match total {
            Some((euros, stated)) => {
                assert_eq!(&totals[row], euros, "{id}");
                assert!(text.contains(stated), "{page} states {stated:?}");
            }
            None => assert_eq!(totals[row], "", "{id}: its page states no money"),
        }
    }
    let cited: std::collections::BTreeSet<&str> = RECORDS.iter().map(|r| r.1).collect();
    let bundled: std::collections::BTreeSet<String> = std::fs::read_dir(pages())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let bundled: std::collections::BTreeSet<&str> = bundled.iter().map(String::as_str).collect();
    assert_eq!(
        cited, bundled,
        "every bundled page yields a record, and only those"
    );
}

#[test]
fn summary_shows_the_new_portfolios_and_funders() {
    let salkut = csv_rows(&stdout_of(&projects(), &["summary", "--format", "csv"]));
    let planned = |rows: &[Vec<String>], group: &str| -> (String, String) {
        let r = rows
            .iter()
            .find(|r| r[0] == group)
            .unwrap_or_else(|| panic!("no group {group} in {rows:?}"));
        let at = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
        (r[at("hankkeita")].clone(), r[at("suunniteltu")].clone())
    };
    // 2 200 000 + 800 000 + 615 000 + 2 400 000; the two EURA pages state no money.
    assert_eq!(
        planned(&salkut, "EU-RAKENNE"),
        ("6".into(), "6015000".into())
    );
    assert_eq!(planned(&salkut, "ARA"), ("1".into(), "1454000".into()));
    // The Lasten Kaste family joins the Kaste portfolio with Kainuu's budget.
    assert_eq!(planned(&salkut, "PSKASTE"), ("10".into(), "216349".into()));

    let rahoittajat = csv_rows(&stdout_of(
        &projects(),
        &["summary", "--by", "rahoittaja", "--format", "csv"],
    ));
    // Kohesio's EU shares: stated, or derived from the stated rate (70 % of 2.4 M).
    assert_eq!(
        planned(&rahoittajat, "Euroopan aluekehitysrahasto"),
        ("1".into(), "769000".into())
    );
    assert_eq!(
        planned(&rahoittajat, "Euroopan sosiaalirahasto"),
        ("1".into(), "400000".into())
    );
    assert_eq!(
        planned(&rahoittajat, "Oikeudenmukaisen siirtymän rahasto"),
        ("1".into(), "1680000".into())
    );
    // 400 000 + 1 431 000 + 720 000: the parts the pages do not attribute.
    assert_eq!(
        planned(&rahoittajat, "Kansallinen vastinrahoitus (ei eritelty)"),
        ("3".into(), "2551000".into())
    );
    assert_eq!(planned(&rahoittajat, "ARA"), ("1".into(), "142100".into()));
}
