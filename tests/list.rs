//! `hanke list`: filters, Finnish sort order, every format, exact sums.

use crate::util::*;

fn ids(dir: &std::path::Path, args: &[&str]) -> Vec<String> {
    let mut full = vec!["list", "--format", "csv"];
    full.extend_from_slice(args);
    csv_column(&stdout_of(dir, &full), "id")
}

#[test]
fn names_sort_in_finnish_alphabetical_order() {
    let out = stdout_of(&reports(), &["list", "--format", "csv"]);
    assert_eq!(
        csv_column(&out, "nimi"),
        [
            "Aalto",
            "Aalto – eteläinen osahanke",
            "Aalto – pohjoinen osahanke",
            "Zeta",
            "Åbo",
            "Ääni",
            "Örkki"
        ]
    );
    let reversed = stdout_of(&reports(), &["list", "--format", "csv", "--reverse"]);
    assert_eq!(
        csv_column(&reversed, "id"),
        [
            "orkki",
            "aani",
            "abo",
            "zeta",
            "aalto/pohjoinen",
            "aalto/etelainen",
            "aalto"
        ]
    );
}

#[test]
fn finnish_order_is_case_insensitive() {
    let rec = |n: &str| {
        format!(
            "nimi = \"{n}\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n"
        )
    };
    let (a, b, c, d, e) = (
        rec("örkki"),
        rec("Zeta"),
        rec("ääni"),
        rec("Åbo"),
        rec("alku"),
    );
    let dir = folder(&[
        ("a.toml", &a),
        ("b.toml", &b),
        ("c.toml", &c),
        ("d.toml", &d),
        ("e.toml", &e),
    ]);
    let out = stdout_of(dir.path(), &["list", "--format", "csv"]);
    assert_eq!(
        csv_column(&out, "nimi"),
        ["alku", "Zeta", "Åbo", "ääni", "örkki"]
    );
}

#[test]
fn other_sort_keys() {
    let dir = reports();
    assert_eq!(
        ids(&dir, &["--sort", "id"]),
        [
            "aalto",
            "aalto/etelainen",
            "aalto/pohjoinen",
            "aani",
            "abo",
            "orkki",
            "zeta"
        ]
    );
    assert_eq!(
        ids(&dir, &["--sort", "alkaa"]),
        [
            "aani",
            "zeta",
            "aalto",
            "aalto/pohjoinen",
            "orkki",
            "aalto/etelainen",
            "abo"
        ]
    );
    // no loppuu sorts last
    assert_eq!(
        ids(&dir, &["--sort", "loppuu"]),
        [
            "aani",
            "aalto/pohjoinen",
            "zeta",
            "aalto",
            "aalto/etelainen",
            "abo",
            "orkki"
        ]
    );
    assert_eq!(
        ids(&dir, &["--sort", "yhteensa", "--reverse"]),
        [
            "abo",
            "zeta",
            "orkki",
            "aani",
            "aalto",
            "aalto/pohjoinen",
            "aalto/etelainen"
        ]
    );
}

#[test]
fn filters_combine() {
    let dir = reports();
    assert_eq!(
        ids(&dir, &["--salkku", "alfa", "--salkku", "Gamma"]).len(),
        6
    );
    assert_eq!(ids(&dir, &["--salkku", "beta"]), ["abo"]);
    assert_eq!(
        ids(&dir, &["--vaihe", "kaynnissa"]),
        ["aalto", "aalto/etelainen", "aalto/pohjoinen", "zeta"]
    );
    assert_eq!(
        ids(
            &dir,
            &[
                "--vaihe",
                "käynnissä",
                "--salkku",
                "ALFA",
                "--vuosi",
                "2024"
            ]
        ),
        ["zeta"]
    );
    assert_eq!(
        ids(&dir, &["--vaihe", "päättynyt", "--vaihe", "keskeytetty"]),
        ["aani", "orkki"]
    );
    // aliases fold in both ways: Ouka / Oulu / Oulun kaupunki
    let oulu = ["aalto", "aalto/pohjoinen", "zeta", "aani", "orkki"];
    assert_eq!(ids(&dir, &["--rahoittaja", "Oulun kaupunki"]), oulu);
    assert_eq!(ids(&dir, &["--rahoittaja", "ouka"]), oulu);
    assert_eq!(ids(&dir, &["--rahoittaja", "STM"]).len(), 7);
    assert_eq!(ids(&dir, &["--rahoittaja", "Yritys Oy"]), ["abo"]);
    assert_eq!(
        ids(&dir, &["--rahoittaja", "kemi"]),
        ["aalto", "aalto/etelainen", "abo"]
    );
    assert_eq!(
        ids(&dir, &["--toteuttaja", "Kemi"]),
        ["aalto", "aalto/etelainen", "zeta", "abo"]
    );
    assert_eq!(
        ids(&dir, &["--toteuttaja", "OULU"]),
        ["aalto", "aalto/pohjoinen", "zeta", "aani", "orkki"]
    );
    // running on any day of the year; no loppuu runs on
    assert_eq!(ids(&dir, &["--vuosi", "2022"]), ["aani"]);
    assert_eq!(ids(&dir, &["--vuosi", "2028"]), ["abo", "orkki"]);
    assert_eq!(ids(&dir, &["--vuosi", "2023"]), Vec::<String>::new());
    assert_eq!(ids(&dir, &["--vuosi", "2023", "--vuosi", "2020"]), ["aani"]);
    assert_eq!(
        ids(&dir, &["--paahanke", "aalto"]),
        ["aalto/etelainen", "aalto/pohjoinen"]
    );
    // search: case- and diacritic-insensitive, in nimi, lyhenne, tiivistelma, avainsanat
    assert_eq!(ids(&dir, &["--hae", "AANI"]), ["aani"]);
    assert_eq!(ids(&dir, &["--hae", "turku"]), ["abo"]);
    assert_eq!(ids(&dir, &["--hae", "zeta-hanke"]), ["zeta"]);
    assert_eq!(ids(&dir, &["--hae", "äänimaisema"]), ["aani"]);
    assert_eq!(ids(&dir, &["--hae", "ÖRKKIEN"]), ["orkki"]);
    assert_eq!(
        ids(&dir, &["--hae", "osahanke", "--hae", "turku"]),
        ["aalto/etelainen", "aalto/pohjoinen", "abo"]
    );
}

#[test]
fn unknown_filter_values_are_errors_with_suggestions() {
    let (code, _, err) = run_in(&reports(), &["list", "--salkku", "ALFAA"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("salkkua `ALFAA` ei ole: tarkoititko `ALFA`?"),
        "{err}"
    );
    let (code, _, err) = run_in(&reports(), &["list", "--paahanke", "alto"]);
    assert_eq!(code, 2);
    assert!(err.contains("tarkoititko `aalto`"), "{err}");
    let (code, _, err) = run_in(&reports(), &["list", "--vaihe", "valmis"]);
    assert_eq!(code, 2);
    assert!(err.contains("käynnissä"), "{err}");
}

#[test]
fn broken_records_are_left_out_with_one_warning() {
    let (code, out, err) = run_in(&reports(), &["list", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(err, BROKEN_WARNING);
    assert!(!out.contains("rikki"));
    let (_, _, err) = run_in(&projects(), &["list"]);
    assert_eq!(err, "", "the bundled records all load");
}

#[test]
fn csv_and_json_values() {
    let out = stdout_of(&reports(), &["list", "--format", "csv", "--sort", "id"]);
    let rows = csv_rows(&out);
    assert_eq!(
        rows[0],
        [
            "id", "nimi", "salkku", "vaihe", "alkaa", "loppuu", "yhteensa"
        ]
    );
    assert_eq!(
        rows[7],
        [
            "zeta",
            "Zeta",
            "ALFA",
            "käynnissä",
            "2024-01-01",
            "2026-12-31",
            "100000.10"
        ]
    );
    assert_eq!(
        rows[4],
        [
            "aani",
            "Ääni",
            "ALFA",
            "päättynyt",
            "2020-03-01",
            "2022-12-31",
            "49382.68"
        ]
    );
    assert_eq!(rows[6][5], "", "no loppuu");
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        &reports(),
        &["list", "--format", "json", "--sort", "id"],
    ))
    .unwrap();
    assert_eq!(json.as_array().unwrap().len(), 7);
    assert_eq!(
        json[6],
        serde_json::json!({"id": "zeta", "nimi": "Zeta", "salkku": "ALFA", "vaihe": "käynnissä",
            "alkaa": "2024-01-01", "loppuu": "2026-12-31", "yhteensa": "100000.10"})
    );
    assert_eq!(json[5]["loppuu"], serde_json::Value::Null);
}

#[test]
fn yhteensa_is_the_plan_else_the_actuals_else_empty() {
    let plan = "nimi = \"P\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n[rahoitus]\nyhteensa = 10\n[toteuma]\nyhteensa = 7\n";
    let actual = "nimi = \"A\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n[toteuma]\nyhteensa = \"7.5\"\n";
    let none = "nimi = \"N\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n";
    let dir = folder(&[("p.toml", plan), ("a.toml", actual), ("n.toml", none)]);
    let out = stdout_of(dir.path(), &["list", "--format", "csv", "--sort", "id"]);
    assert_eq!(csv_column(&out, "yhteensa"), ["7.50", "", "10"]);
}

#[test]
fn sums_are_exact_to_the_cent_over_many_records() {
    let records: Vec<(String, String)> = (0..300)
        .map(|i| {
            (
                format!("h{i:03}.toml"),
                format!(
                    "nimi = \"H{i}\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n[rahoitus]\nyhteensa = \"{}\"\n",
                    if i % 2 == 0 { "0.10" } else { "1000000.20" }
                ),
            )
        })
        .collect();
    let dir = folder_of(&records);
    let out = stdout_of(dir.path(), &["list"]);
    // 150 × 0.10 + 150 × 1 000 000.20 = 150 000 045.00
    assert!(
        out.contains(
            "300 hanketta; suunniteltu 150\u{a0}000\u{a0}045\u{a0}€, toteutunut ei tiedossa"
        ),
        "{}",
        out.lines().last().unwrap()
    );
}

#[test]
fn csv_neutralises_formulas() {
    let rec = "nimi = \"=HYPERLINK(\\\"http://x\\\")\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n";
    let dir = folder(&[("f.toml", rec)]);
    let out = stdout_of(dir.path(), &["list", "--format", "csv"]);
    assert_eq!(csv_column(&out, "nimi"), ["'=HYPERLINK(\"http://x\")"]);
}

#[test]
fn table_fits_the_width_and_shortens_names() {
    let (_, out, _) = {
        let o = hanke()
            .env("COLUMNS", "72")
            .arg("--projects")
            .arg(projects())
            .args(["list", "--salkku", "PSKASTE"])
            .output()
            .unwrap();
        (0, String::from_utf8(o.stdout).unwrap(), ())
    };
    assert!(out.contains('…'), "{out}");
    for line in out.lines() {
        assert!(line.chars().count() <= 72, "too wide: {line}");
    }
}

#[test]
fn snapshots_fixture() {
    let dir = reports();
    for format in ["table", "md", "csv", "json"] {
        insta::assert_snapshot!(
            format!("list_fixture_{format}"),
            stdout_of(&dir, &["list", "--format", format])
        );
    }
}

#[test]
fn snapshots_bundled() {
    for format in ["table", "md", "csv", "json"] {
        insta::assert_snapshot!(
            format!("list_projects_{format}"),
            stdout_of(&projects(), &["list", "--format", format])
        );
    }
}

#[test]
fn several_broken_records_are_named_on_one_line() {
    let dir = copy_of(&projects());
    std::fs::write(dir.path().join("b-rikki.toml"), "nimi = ").unwrap();
    std::fs::write(dir.path().join("a-rikki.toml"), "nimi = 1.5\n[[").unwrap();
    let (code, out, err) = run_in(dir.path(), &["list", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "varoitus: 2 tietuetta jätettiin pois, koska niitä ei voi lukea: a-rikki.toml, b-rikki.toml (katso syyt komennolla `hanke check`)\n"
    );
    assert_eq!(csv_rows(&out).len(), 22, "the 21 sound records are listed");
}
