//! `hanke budget`: the state-grant form's tables, rows and subtotals checked
//! number by number, every format, and the xlsx read back.

use std::io::Read;

use crate::util::*;

fn csv_of(args: &[&str]) -> Vec<Vec<String>> {
    let mut full = vec!["budget"];
    full.extend_from_slice(args);
    full.extend_from_slice(&["--format", "csv"]);
    csv_rows(&stdout_of(&reports(), &full))
}

fn row<'a>(rows: &'a [Vec<String>], key: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r[0] == key)
        .unwrap_or_else(|| panic!("no row {key} in {rows:?}"))
}

#[test]
fn cost_estimate_rows_and_subtotals() {
    let r = csv_of(&["zeta"]);
    assert_eq!(r[0], ["kategoria", "2024", "2025", "yhteensa"]);
    let keys: Vec<&str> = r[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        keys,
        [
            "henkilostomenot",
            "palkat",
            "tyopanoksen_siirto",
            "palvelujen_ostot",
            "asiantuntijapalvelut",
            "painatukset",
            "majoitus",
            "matkat",
            "koulutus",
            "muut_palvelut",
            "aineet",
            "vuokrat",
            "investointimenot",
            "aineettomat",
            "koneet",
            "muut_investoinnit",
            "muut_menot",
            "yhteensa"
        ]
    );
    assert_eq!(
        row(&r, "palkat"),
        ["palkat", "50000.05", "30000.05", "80000.10"]
    );
    assert_eq!(
        row(&r, "henkilostomenot"),
        ["henkilostomenot", "50000.05", "30000.05", "80000.10"]
    );
    assert_eq!(
        row(&r, "palvelujen_ostot"),
        ["palvelujen_ostot", "10000", "0", "10000"]
    );
    assert_eq!(
        row(&r, "investointimenot"),
        ["investointimenot", "0", "10000", "10000"]
    );
    assert_eq!(row(&r, "aineet"), ["aineet", "0", "0", "0"]);
    assert_eq!(
        row(&r, "yhteensa"),
        ["yhteensa", "60000.05", "40000.05", "100000.10"]
    );

    let r = csv_of(&["abo"]);
    assert_eq!(
        row(&r, "henkilostomenot"),
        ["henkilostomenot", "100000", "70000", "170000"]
    );
    assert_eq!(row(&r, "palvelujen_ostot")[3], "20000");
    assert_eq!(row(&r, "vuokrat")[1..], ["5000", "0", "5000"]);
    assert_eq!(row(&r, "investointimenot")[1..], ["0", "5000", "5000"]);
    assert_eq!(row(&r, "yhteensa")[1..], ["125000", "75000", "200000"]);
}

#[test]
fn actual_costs_and_comparison() {
    let r = csv_of(&["zeta", "--table", "toteutuneet"]);
    assert_eq!(row(&r, "matkat"), ["matkat", "5000.05", "0", "5000.05"]);
    assert_eq!(
        row(&r, "yhteensa"),
        ["yhteensa", "45000.55", "15000", "60000.55"]
    );
    let r = csv_of(&["zeta", "--table", "vertailu"]);
    assert_eq!(
        r[0],
        [
            "kategoria",
            "suunniteltu",
            "toteutunut",
            "erotus",
            "kaytetty"
        ]
    );
    assert_eq!(
        row(&r, "yhteensa"),
        ["yhteensa", "100000.10", "60000.55", "39999.55", "60.00"]
            .map(|s| s.trim_end_matches(".00").to_string())
    );
    assert_eq!(
        row(&r, "henkilostomenot"),
        [
            "henkilostomenot",
            "80000.10",
            "55000.50",
            "24999.60",
            "68.75"
        ]
    );
    assert_eq!(row(&r, "aineet"), ["aineet", "0", "0", "0", ""]);
}

#[test]
fn financing_plan_follows_the_form() {
    let r = csv_of(&["abo", "--table", "rahoitus"]);
    assert_eq!(r[0], ["rivi", "suunniteltu", "toteutunut"]);
    assert_eq!(row(&r, "kokonaiskustannukset")[1..], ["200000", ""]);
    assert_eq!(row(&r, "tulot")[1], "0");
    assert_eq!(row(&r, "yksityinen_rahoitus")[1], "19000");
    assert_eq!(row(&r, "ei_oikeuttavat")[1], "10000");
    // 200 000 − 10 000 − 0 − 19 000
    assert_eq!(row(&r, "oikeuttavat")[1], "171000");
    assert_eq!(row(&r, "oma_rahoitus")[1], "61000");
    assert_eq!(row(&r, "muu_julkinen")[1], "0");
    assert_eq!(row(&r, "valtionavustus")[1], "120000");
    // 120 000 / 171 000
    assert_eq!(row(&r, "valtionavustus_prosentti")[1], "70.18");
    assert_eq!(row(&r, "enintaan_prosentti")[1..], ["75", ""]);

    let r = csv_of(&["orkki", "--table", "rahoitus"]);
    assert_eq!(row(&r, "tulot")[1], "5000");
    assert_eq!(row(&r, "oikeuttavat")[1], "45000");
    assert_eq!(row(&r, "valtionavustus_prosentti")[1], "66.67");
}

#[test]
fn funders_fold_aliases_with_shares() {
    let r = csv_of(&["zeta", "--table", "rahoittajat"]);
    assert_eq!(
        r[0],
        [
            "rahoittaja",
            "laji",
            "suunniteltu",
            "suunniteltu_osuus",
            "toteutunut",
            "toteutunut_osuus"
        ]
    );
    assert_eq!(
        row(&r, "STM"),
        ["STM", "valtionavustus", "75000.07", "75", "45000.41", "75"]
    );
    // written Ouka in the plan and Oulu in the actuals
    assert_eq!(
        row(&r, "Oulun kaupunki"),
        ["Oulun kaupunki", "oma", "25000.03", "25", "15000.14", "25"]
    );
    assert_eq!(r.len(), 3);
}

#[test]
fn paahanke_rolls_up_its_osahankkeet() {
    let r = csv_of(&["aalto", "--table", "osahankkeet"]);
    assert_eq!(
        r[0],
        [
            "id",
            "nimi",
            "yhteensa",
            "valtionavustus",
            "oma",
            "muu",
            "oma_osuus"
        ]
    );
    assert_eq!(
        r[1],
        [
            "aalto/etelainen",
            "Aalto / eteläinen",
            "10000",
            "7500",
            "2500",
            "0",
            "25"
        ]
    );
    assert_eq!(
        r[2],
        [
            "aalto/pohjoinen",
            "Aalto / pohjoinen",
            "20000",
            "15000",
            "5000",
            "0",
            "25"
        ]
    );
    assert_eq!(
        r[3],
        ["yhteensa", "Yhteensä", "30000", "22500", "7500", "0", "25"]
    );
    // no cost estimate of its own: the osahankkeet's
    let r = csv_of(&["aalto"]);
    assert_eq!(r[0], ["kategoria", "2025", "2026", "yhteensa"]);
    assert_eq!(row(&r, "palkat")[1..], ["12000", "8000", "20000"]);
    assert_eq!(row(&r, "koulutus")[1..], ["0", "10000", "10000"]);
    assert_eq!(row(&r, "yhteensa")[1..], ["12000", "18000", "30000"]);
    let (code, _, err) = run_in(
        &reports(),
        &[
            "budget",
            "zeta",
            "--format",
            "csv",
            "--table",
            "osahankkeet",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("ei ole osahankkeita"), "{err}");
}

#[test]
fn portfolio_rollup() {
    let r = csv_of(&["--salkku", "alfa"]);
    // zeta 2024–2025, aalto/pohjoinen 2025–2026, aalto/etelainen 2026; aani has actuals only
    assert_eq!(r[0], ["kategoria", "2024", "2025", "2026", "yhteensa"]);
    assert_eq!(
        row(&r, "palkat")[1..],
        ["50000.05", "42000.05", "8000", "100000.10"]
    );
    assert_eq!(
        row(&r, "yhteensa")[1..],
        ["60000.05", "52000.05", "18000", "130000.10"]
    );
    let r = csv_of(&["--salkku", "alfa", "--table", "rahoittajat"]);
    // aalto's own shares are left out: its two osahankkeet stand for it (each euro once)
    assert_eq!(row(&r, "STM")[2..5], ["97500.07", "75", "82037.42"]);
    assert_eq!(row(&r, "Oulun kaupunki")[2], "30000.03");
    let r = csv_of(&["--salkku", "alfa", "--table", "rahoitus"]);
    assert_eq!(
        row(&r, "kokonaiskustannukset")[1..],
        ["130000.10", "109383.23"]
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        &reports(),
        &["budget", "--salkku", "ALFA", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(
        json["hankkeet"],
        serde_json::json!([
            "aalto",
            "aalto/etelainen",
            "aalto/pohjoinen",
            "aani",
            "zeta"
        ])
    );
    assert_eq!(json["kustannusarvio"][17]["kategoria"], "yhteensa");
    assert_eq!(json["kustannusarvio"][17]["yhteensa"], "130000.10");
}

#[test]
fn id_or_filters_are_required() {
    let (code, _, err) = run_in(&reports(), &["budget"]);
    assert_eq!(code, 2);
    assert!(err.contains("--salkku KOODI"), "{err}");
    let (code, _, _) = run_in(&reports(), &["budget", "zeta", "--salkku", "ALFA"]);
    assert_eq!(code, 2);
    if cfg!(feature = "xlsx") {
        let (code, _, err) = run_in(&reports(), &["budget", "zeta", "--format", "xlsx"]);
        assert_eq!(code, 2);
        assert!(err.contains("-o TIEDOSTO"), "{err}");
    }
}

fn unzip(path: &std::path::Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_has_a_sheet_per_table_and_numbers_as_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zeta.xlsx");
    let (code, _, err) = run_in(
        &reports(),
        &[
            "budget",
            "zeta",
            "--format",
            "xlsx",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let workbook = unzip(&path, "xl/workbook.xml");
    for sheet in [
        "Kustannusarvio",
        "Toteutuneet kustannukset",
        "Suunniteltu ja toteutunut",
        "Rahoitussuunnitelma",
        "Rahoittajat",
    ] {
        assert!(
            workbook.contains(&format!("name=\"{sheet}\"")),
            "no sheet {sheet}: {workbook}"
        );
    }
    // the grand total of the cost estimate is a number cell, not a string
    let sheet1 = unzip(&path, "xl/worksheets/sheet1.xml");
    assert!(sheet1.contains("<v>100000.1</v>"), "{sheet1}");
    assert!(sheet1.contains("<v>50000.05</v>"), "{sheet1}");
    assert!(!sheet1.contains("t=\"str\""));
    assert!(sheet1.contains("<col "), "column widths are set");
    let styles = unzip(&path, "xl/styles.xml");
    assert!(
        styles.contains("formatCode=\"#,##0.00\\ &quot;€&quot;\"")
            || styles.contains("&quot;€&quot;"),
        "{styles}"
    );
    assert!(styles.contains("<b/>"), "bold subtotal rows");
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_neutralises_formulas() {
    let rec = "nimi = \"X\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n\
               [rahoitus]\nyhteensa = 10\n[[rahoitus.osuudet]]\nrahoittaja = \"=CMD()\"\nlaji = \"oma\"\nsumma = 10\n";
    let dir = folder(&[("x.toml", rec)]);
    let path = dir.path().join("x.xlsx");
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "budget",
            "x",
            "--format",
            "xlsx",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    // As typed, marked with the quote-prefix style (tests/workbooks.rs), no `'`.
    let strings = unzip(&path, "xl/sharedStrings.xml");
    assert!(strings.contains(">=CMD()<"), "{strings}");
    assert!(!strings.contains("'=CMD()"), "{strings}");
    let csv = stdout_of(
        dir.path(),
        &["budget", "x", "--format", "csv", "--table", "rahoittajat"],
    );
    assert_eq!(csv_column(&csv, "rahoittaja"), ["'=CMD()"]);
}

#[test]
fn snapshots() {
    for id in ["zeta", "abo", "aalto", "orkki"] {
        for format in ["table", "md", "csv", "json"] {
            insta::assert_snapshot!(
                format!("budget_fixture_{id}_{format}"),
                stdout_of(&reports(), &["budget", id, "--format", format])
            );
        }
    }
    for table in ["rahoitus", "rahoittajat", "vertailu", "toteutuneet"] {
        insta::assert_snapshot!(
            format!("budget_fixture_zeta_csv_{table}"),
            stdout_of(
                &reports(),
                &["budget", "zeta", "--format", "csv", "--table", table]
            )
        );
    }
    insta::assert_snapshot!(
        "budget_fixture_salkku_alfa_md",
        stdout_of(
            &reports(),
            &["budget", "--salkku", "ALFA", "--format", "md"]
        )
    );
    for id in ["esimerkki", "hyve", "sote-johtaminen"] {
        for format in ["table", "md", "csv", "json"] {
            insta::assert_snapshot!(
                format!("budget_projects_{id}_{format}"),
                stdout_of(&projects(), &["budget", id, "--format", format])
            );
        }
    }
}
