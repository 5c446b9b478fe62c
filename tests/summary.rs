//! `hanke summary`: sums by group, aliases folded, derived shares included.

use crate::util::*;

fn rows(args: &[&str]) -> Vec<Vec<String>> {
    let mut full = vec!["summary", "--format", "csv"];
    full.extend_from_slice(args);
    csv_rows(&stdout_of(&reports(), &full))
}

fn row<'a>(rows: &'a [Vec<String>], group: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r[0] == group)
        .unwrap_or_else(|| panic!("no group {group} in {rows:?}"))
}

#[test]
fn by_rahoittaja_folds_aliases_and_includes_derived_shares() {
    let r = rows(&["--by", "rahoittaja"]);
    assert_eq!(
        r[0],
        [
            "ryhma",
            "hankkeita",
            "suunniteltu",
            "toteutunut",
            "erotus",
            "kaytetty"
        ]
    );
    // STM: 75 000.07 (derived remainder) + 120 000 (derived from 60 %) + 30 000
    // (written as the ministry's alias) + 15 000 + 7 500 from Aalto's two
    // osahankkeet, which stand for Aalto's own 22 500 (counted once)
    assert_eq!(
        row(&r, "STM"),
        ["STM", "6", "247500.07", "82037.42", "165462.65", "33.15"]
    );
    // Ouka + Oulu + Oulun kaupunki
    assert_eq!(
        row(&r, "Oulun kaupunki"),
        [
            "Oulun kaupunki",
            "4",
            "45000.03",
            "27345.81",
            "17654.22",
            "60.77"
        ]
    );
    // Kemi: 61 000 derived from 30.5 %
    assert_eq!(
        row(&r, "Kemin kaupunki"),
        ["Kemin kaupunki", "2", "63500", "0", "63500", "0"]
    );
    assert_eq!(row(&r, "Yritys Oy")[2], "19000");
    assert_eq!(row(&r, "Lahjoittaja ry")[2], "5000");
    assert_eq!(r.len(), 6, "no alias has a row of its own: {r:?}");
    let order: Vec<&str> = r[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        order,
        [
            "Kemin kaupunki",
            "Lahjoittaja ry",
            "Oulun kaupunki",
            "STM",
            "Yritys Oy"
        ]
    );
}

#[test]
fn by_laji() {
    let r = rows(&["--by", "laji"]);
    assert_eq!(
        row(&r, "valtionavustus")[1..4],
        ["6", "247500.07", "82037.42"]
    );
    assert_eq!(row(&r, "oma")[1..4], ["6", "108500.03", "27345.81"]);
    assert_eq!(row(&r, "yksityinen")[1..4], ["1", "19000", "0"]);
    assert_eq!(row(&r, "tulot")[1..4], ["1", "5000", "0"]);
}

#[test]
fn by_salkku_and_vaihe_use_project_totals() {
    let r = rows(&["--by", "salkku"]);
    // zeta 100 000.10 + aalto's osahankkeet 20 000 + 10 000 (which stand for
    // aalto's own 30 000: each euro counts once); actuals zeta + aani
    assert_eq!(
        row(&r, "ALFA"),
        ["ALFA", "5", "130000.10", "109383.23", "20616.87", "84.14"]
    );
    assert_eq!(row(&r, "BETA"), ["BETA", "1", "200000", "0", "200000", "0"]);
    assert_eq!(row(&r, "GAMMA")[1..4], ["1", "50000", "0"]);
    let v = rows(&["--by", "vaihe"]);
    let order: Vec<&str> = v[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        order,
        ["suunnitteilla", "käynnissä", "päättynyt", "keskeytetty"]
    );
    // nothing planned: the percentage is empty, the difference negative
    assert_eq!(
        row(&v, "päättynyt"),
        ["päättynyt", "1", "0", "49382.68", "-49382.68", ""]
    );
    assert_eq!(row(&v, "käynnissä")[1..4], ["4", "130000.10", "60000.55"]);
}

#[test]
fn by_vuosi_uses_the_cost_tables() {
    let r = rows(&["--by", "vuosi"]);
    let years: Vec<&str> = r[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(years, ["2021", "2024", "2025", "2026", "2027", "2028"]);
    assert_eq!(
        row(&r, "2024"),
        ["2024", "1", "60000.05", "45000.55", "14999.50", "75"]
    );
    assert_eq!(row(&r, "2025")[1..4], ["3", "72000.05", "15000"]);
    assert_eq!(row(&r, "2026")[1..4], ["3", "48000", "0"]);
    assert_eq!(row(&r, "2021")[1..4], ["1", "0", "49382.68"]);
}

#[test]
fn filters_apply_before_grouping() {
    let r = rows(&[
        "--by",
        "rahoittaja",
        "--salkku",
        "alfa",
        "--rahoittaja",
        "ouka",
    ]);
    // zeta, aalto, aalto/pohjoinen, aani: aalto/etelainen is not selected, so
    // aalto's own figures stand for the family and aalto/pohjoinen's are left out
    assert_eq!(row(&r, "STM")[1..4], ["3", "97500.07", "82037.42"]);
    assert_eq!(row(&r, "Kemin kaupunki")[1..4], ["1", "2500", "0"]);
}

#[test]
fn json_has_exactly_the_row_keys() {
    let out = stdout_of(
        &reports(),
        &["summary", "--by", "salkku", "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        json[0],
        serde_json::json!({"ryhma": "ALFA", "hankkeita": 5, "suunniteltu": "130000.10",
            "toteutunut": "109383.23", "erotus": "20616.87", "kaytetty": "84.14"})
    );
    assert_eq!(json.as_array().unwrap().len(), 3, "no total row in JSON");
}

#[test]
fn sums_are_exact_over_many_shares() {
    let records: Vec<(String, String)> = (0..200)
        .map(|i| {
            (
                format!("h{i:03}.toml"),
                format!(
                    "nimi = \"H{i}\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n\
                     [rahoitus]\nyhteensa = \"0.30\"\n\
                     [[rahoitus.osuudet]]\nrahoittaja = \"Ouka\"\nlaji = \"oma\"\nsumma = \"0.10\"\n\
                     [[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nlaji = \"valtionavustus\"\nosuus = \"66.67\"\n"
                ),
            )
        })
        .collect();
    let dir = folder_of(&records);
    let out = stdout_of(
        dir.path(),
        &["summary", "--by", "rahoittaja", "--format", "csv"],
    );
    let r = csv_rows(&out);
    assert_eq!(row(&r, "Oulun kaupunki")[1..3], ["200", "20"]);
    assert_eq!(row(&r, "STM")[1..3], ["200", "40"]);
    let out = stdout_of(dir.path(), &["summary", "--format", "csv"]);
    assert_eq!(csv_rows(&out)[1][2], "60");
}

#[test]
fn snapshots() {
    for by in ["salkku", "rahoittaja", "vuosi", "vaihe", "laji"] {
        for format in ["table", "md", "csv", "json"] {
            insta::assert_snapshot!(
                format!("summary_fixture_{by}_{format}"),
                stdout_of(&reports(), &["summary", "--by", by, "--format", format])
            );
        }
    }
    for format in ["table", "md", "csv", "json"] {
        insta::assert_snapshot!(
            format!("summary_projects_rahoittaja_{format}"),
            stdout_of(
                &projects(),
                &["summary", "--by", "rahoittaja", "--format", format]
            )
        );
    }
}
