//! Cost models (issue 15): flat rates in every total, the registry's models
//! validated as they load, salary costs as hours × rate, and the flat rate
//! with its computation in every report format.
//!
//! The standard test registry (`util::REGISTRY`) defines FR40 (40 % of
//! `palkat` + `tyopanoksen_siirto`, covering every other cost), FR24 (24 % of
//! the same, covering `vuokrat`), TODELLISET (no flat rate) and the programme
//! `Uudistuva`, which allows FR40 and TODELLISET.

use serde_json::Value;

use crate::util::*;

const HEAD: &str = "nimi = \"Testihanke\"\nsalkku = \"KONSTI\"\nvaihe = \"käynnissä\"\nalkaa = 2025-01-01\nloppuu = 2026-12-31\n";

/// [`HEAD`] under another name: a second project, not the first one twice (H111).
fn named(nimi: &str) -> String {
    HEAD.replace("Testihanke", nimi)
}

fn record(model: &str, body: &str) -> String {
    format!("{HEAD}kustannusmalli = \"{model}\"\n{body}")
}

/// 2025: base 100 000 + 20 000 → flat rate 48 000; 2026: base 50 000.50 →
/// 20 000.20 (each year on its own). Itemised 170 000.50 + flat 68 000.20.
const FR40_COSTS: &str = "
[kustannusarvio.2025]
palkat = 100000
tyopanoksen_siirto = 20000

[kustannusarvio.2026]
palkat = \"50000.50\"
";

/// In English: these tests read the rules' messages.
fn check_json(dir: &std::path::Path) -> Value {
    let (_, out, err) = run_in_lang("en", dir, &["check", "--format", "json"]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"))
}

/// `code file:line` of every diagnostic.
fn codes(json: &Value) -> Vec<String> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}:{}",
                d["code"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"]
            )
        })
        .collect()
}

#[test]
fn a_plan_total_from_the_cost_estimate_includes_the_flat_rate() {
    let dir = folder(&[("a.toml", &record("FR40", FR40_COSTS))]);
    assert_eq!(codes(&check_json(dir.path())), Vec::<String>::new());
    let list = stdout_of(dir.path(), &["list", "--format", "csv"]);
    assert_eq!(csv_column(&list, "yhteensa"), ["238000.70"]);
    let by_year = stdout_of(dir.path(), &["summary", "--by", "vuosi", "--format", "csv"]);
    assert_eq!(csv_column(&by_year, "suunniteltu"), ["168000", "70000.70"]);
    let salkku = stdout_of(dir.path(), &["summary", "--format", "json"]);
    let v: Value = serde_json::from_str(&salkku).unwrap();
    assert_eq!(v[0]["suunniteltu"], "238000.70");
}

#[test]
fn h306_compares_yhteensa_with_itemised_plus_flat_rate() {
    let body = |total: &str| format!("{FR40_COSTS}\n[rahoitus]\nyhteensa = \"{total}\"\n");
    // The itemised amounts alone are not the total any more.
    let dir = folder(&[("a.toml", &record("FR40", &body("170000.50")))]);
    let json = check_json(dir.path());
    assert_eq!(codes(&json), ["H306 a.toml:16"]);
    let d = &json["diagnostics"][0];
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("adds up to €238,000.70"),
        "{d}"
    );
    let (_, human, _) = run_in_lang("en", dir.path(), &["check"]);
    assert!(
        human.contains(
            "= note: €238,000.70 = itemised €170,000.50 + the flat rate of `FR40` €68,000.20"
        ),
        "{human}"
    );
    let (_, human, _) = run_in(dir.path(), &["check"]);
    assert!(
        human.replace('\u{a0}', " ").contains(
            "= huom: 238 000,70 € = eritellyt kustannukset 170 000,50 € + kustannusmallin `FR40` kiinteä prosenttiosuus 68 000,20 €"
        ),
        "{human}"
    );
    let dir = folder(&[("a.toml", &record("FR40", &body("238000.70")))]);
    assert_eq!(codes(&check_json(dir.path())), Vec::<String>::new());
}

#[test]
fn h305_takes_eligible_costs_from_the_cost_estimate_with_its_flat_rate() {
    // No yhteensa and one share without an amount: the total is the cost
    // estimate's, 140 000 with the flat rate. 80 % of it is 112 000.
    let shares = |grant: u32| {
        format!(
            "\n[rahoitus]\n\n[[rahoitus.osuudet]]\nrahoittaja = \"Pohjois-Pohjanmaan liitto\"\nlaji = \"valtionavustus\"\nohjelma = \"Uudistuva\"\nsumma = {grant}\n\n[[rahoitus.osuudet]]\nrahoittaja = \"Oulun kaupunki\"\nlaji = \"oma\"\nosuus = 20\n\n[kustannusarvio.2025]\npalkat = 100000\n"
        )
    };
    let dir = folder(&[("a.toml", &record("FR40", &shares(112_000)))]);
    assert_eq!(codes(&check_json(dir.path())), Vec::<String>::new());
    let dir = folder(&[("a.toml", &record("FR40", &shares(112_001)))]);
    let json = check_json(dir.path());
    assert_eq!(codes(&json), ["H305 a.toml:14"]);
    // Figures as people read them (`140 000 €` or `€140,000`), separators dropped.
    let message = json["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .replace([' ', '\u{a0}', ','], "");
    assert!(
        message.contains("eligiblecosts€140000") || message.contains("eligiblecosts140000€"),
        "{json}"
    );
}

#[test]
fn h310_fires_for_each_covered_amount_in_both_tables_and_lets_zero_pass() {
    let body = "
[kustannusarvio.2025]
palkat = 100000
matkat = 0
koneet = 1200

[toteutuneet_kustannukset.2025]
palkat = 90000
vuokrat = 500
";
    let dir = folder(&[("a.toml", &record("FR40", body))]);
    assert_eq!(
        codes(&check_json(dir.path())),
        ["H310 a.toml:11", "H310 a.toml:15"]
    );
    // Under a list model only the listed category is covered.
    let dir = folder(&[("a.toml", &record("FR24", body))]);
    assert_eq!(codes(&check_json(dir.path())), ["H310 a.toml:15"]);
    // A model without a flat rate covers nothing.
    let dir = folder(&[("a.toml", &record("TODELLISET", body))]);
    assert_eq!(codes(&check_json(dir.path())), Vec::<String>::new());
}

#[test]
fn h312_an_osahanke_without_the_paahankkeen_model_and_h313_in_the_registry() {
    let dir = folder(&[
        ("p.toml", &record("FR40", "")),
        ("p/a.toml", &format!("{}paahanke = \"p\"\n", named("Osa A"))),
        ("q.toml", &named("Toinen")),
        ("q/b.toml", &format!("{}paahanke = \"q\"\n", named("Osa B"))),
    ]);
    let json = check_json(dir.path());
    assert_eq!(codes(&json), ["H312 p/a.toml:6"]);
    assert!(
        json["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .contains("this osahanke has no `kustannusmalli` but its päähanke `p` has `FR40`")
    );
    let registry =
        format!("{REGISTRY}\n[ohjelmat.Vanha]\nnimi = \"V\"\nkustannusmallit = [\"FR41\"]\n");
    std::fs::write(dir.path().join("hanke.toml"), registry).unwrap();
    let json = check_json(dir.path());
    let d = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == "hanke.toml")
        .unwrap_or_else(|| panic!("{json}"));
    assert_eq!(d["code"], "H313");
    assert_eq!(d["help"], "did you mean `FR40`?");
}

#[test]
fn the_registry_s_models_are_checked_as_they_load() {
    let registry = format!(
        "{REGISTRY}
[kustannusmallit.X1]
nimi = \"No coverage\"
prosentti = 10
peruste = [\"palkat\"]

[kustannusmallit.X2]
nimi = \"Typo\"
prosentti = 10
peruste = [\"palkatt\"]
kattaa = \"kaikki-muut\"

[kustannusmallit.X3]
nimi = \"Covers its base\"
prosentti = 10
peruste = [\"palkat\"]
kattaa = [\"palkat\", \"vuokrat\"]

[kustannusmallit.X4]
nimi = \"Covers with nothing\"
kattaa = \"kaikki-muut\"

[kustannusmallit.X5]
nimi = \"Bad word\"
prosentti = 10
peruste = [\"palkat\"]
kattaa = \"kaikki\"

[kustannusmallit.X6]
prosentti = 101
peruste = [\"palkat\"]
kattaa = []
"
    );
    let dir = folder(&[("a.toml", HEAD)]);
    std::fs::write(dir.path().join("hanke.toml"), &registry).unwrap();
    let json = check_json(dir.path());
    let found: Vec<(String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let has = |code: &str, text: &str| {
        assert!(
            found.iter().any(|(c, m)| c == code && m.contains(text)),
            "no {code} with {text:?} in {found:#?}"
        )
    };
    has(
        "H103",
        "the flat rate `X1` is missing the required key `kattaa`",
    );
    has("H104", "`palkatt` in `peruste` is not a cost category");
    has(
        "H104",
        "`palkat` is both the base of `X3`'s flat rate and covered by it",
    );
    has(
        "H104",
        "the cost model `X4` has no `prosentti`, so it covers nothing",
    );
    has("H104", "`kattaa = \"kaikki\"` is neither");
    has("H106", "`prosentti = 101` is more than 100%");
    has(
        "H103",
        "the cost model `X6` is missing the required key `nimi`",
    );
    let typo = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains("palkatt"))
        .unwrap();
    assert_eq!(typo["help"], "did you mean `palkat`?");
}

#[test]
fn palkat_as_hours_times_rate_is_derived_and_validated() {
    let unit = |body: &str| {
        record(
            "FR40",
            &format!(
                "\n[kustannusarvio.2025]\ntyopanoksen_siirto = 1000\n\n[kustannusarvio.2025.palkat]\n{body}"
            ),
        )
    };
    // 1 720 h × 35,55 € = 61 146 €; base 62 146 €, flat rate 24 858,40 €.
    let dir = folder(&[("a.toml", &unit("tunnit = 1720\ntuntihinta = \"35,55\"\n"))]);
    assert_eq!(codes(&check_json(dir.path())), Vec::<String>::new());
    let csv = stdout_of(dir.path(), &["budget", "a", "--format", "csv"]);
    let rows = csv_rows(&csv);
    let row = |k: &str| rows.iter().find(|r| r[0] == k).unwrap().clone();
    assert_eq!(row("palkat"), ["palkat", "61146", "61146"]);
    assert_eq!(row("yhteensa"), ["yhteensa", "87004.40", "87004.40"]);
    let table = stdout_of(dir.path(), &["budget", "a"]).replace('\u{a0}', " ");
    assert!(table.contains("61 146 € *"), "{table}");
    assert!(
        table.contains("2025: 1 720 h × 35,55 € = 61 146 €"),
        "{table}"
    );
    let show: Value =
        serde_json::from_str(&stdout_of(dir.path(), &["show", "a", "--format", "json"])).unwrap();
    let y = &show["kustannusarvio"]["2025"];
    assert_eq!(y["palkat"], "61146");
    assert_eq!(y["palkat_johdettu"], true);
    assert_eq!(y["palkat_tunnit"], "1720");
    assert_eq!(y["palkat_tuntihinta"], "35.55");
    assert_eq!(show["kustannusmalli"]["kustannusarvio"]["2025"], "24858.40");

    // Each problem at its place, and the record is not reported on.
    for (body, expected) in [
        ("tunnit = 1720\n", "H103 a.toml:11"),
        ("tuntihinta = 35\n", "H103 a.toml:11"),
        ("tunnit = -5\ntuntihinta = 35\n", "H106 a.toml:12"),
        ("tunnit = 1720\ntuntihinta = -35\n", "H106 a.toml:13"),
        ("tunnit = 1720\ntuntihinta = 35.5\n", "H105 a.toml:13"),
        ("tunnit = \"paljon\"\ntuntihinta = 35\n", "H102 a.toml:12"),
        (
            "tunnit = 1720\ntuntihinta = 35\nhinta = 1\n",
            "H101 a.toml:14",
        ),
        (
            "tunnit = 100000000000\ntuntihinta = \"18446744073709551615\"\n",
            "H106 a.toml:11",
        ),
    ] {
        let dir = folder(&[("a.toml", &unit(body))]);
        assert_eq!(codes(&check_json(dir.path())), [expected], "{body}");
    }
}

#[test]
fn budget_shows_the_flat_rate_and_its_computation_in_every_format() {
    let dir = folder(&[("a.toml", &record("FR40", FR40_COSTS))]);
    // Finnish formats use no-break spaces; compared here as spaces.
    let table = stdout_of(dir.path(), &["budget", "a"]).replace('\u{a0}', " ");
    // Only the base categories, then the base, the flat rate and the total.
    assert!(!table.contains("Matkustus"), "{table}");
    assert!(
        table.contains("Peruste (FR40): palkat + tyopanoksen_siirto"),
        "{table}"
    );
    assert!(
        table.contains("Flat rate 40 % palkkakustannuksista (FR40): 40 % × peruste"),
        "{table}"
    );
    assert!(
        table.contains("FR40: 40 % × (palkat + tyopanoksen_siirto) vuosittain"),
        "{table}"
    );
    let md = stdout_of(dir.path(), &["budget", "a", "--format", "md"]).replace('\u{a0}', " ");
    assert!(
        md.contains("| Flat rate 40 % palkkakustannuksista (FR40): 40 % × peruste | 48 000 € | 20 000,20 € | 68 000,20 € |"),
        "{md}"
    );
    let csv = stdout_of(dir.path(), &["budget", "a", "--format", "csv"]);
    for line in [
        "kustannusmalli.FR40.peruste,120000,50000.50,170000.50",
        "kustannusmalli.FR40.prosentti,40,40,40",
        "kustannusmalli.FR40,48000,20000.20,68000.20",
        "yhteensa,168000,70000.70,238000.70",
    ] {
        assert!(csv.lines().any(|l| l == line), "{line} not in {csv}");
    }
    let json: Value =
        serde_json::from_str(&stdout_of(dir.path(), &["budget", "a", "--format", "json"])).unwrap();
    let rows = json["kustannusarvio"].as_array().unwrap();
    let flat = rows
        .iter()
        .find(|r| r["kategoria"] == "kustannusmalli.FR40")
        .unwrap();
    assert_eq!(flat["yhteensa"], "68000.20");
    let total = rows.last().unwrap();
    assert_eq!(total["kategoria"], "yhteensa");
    assert_eq!(total["yhteensa"], "238000.70");
    assert_eq!(
        json["rahoitus"][0]["suunniteltu"], "238000.70",
        "kokonaiskustannukset"
    );
}

#[test]
fn xlsx_holds_the_flat_rate_as_a_live_formula_on_its_base() {
    let dir = folder(&[("a.toml", &record("FR40", FR40_COSTS))]);
    let path = dir.path().join("a.xlsx");
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "budget",
            "a",
            "--format",
            "xlsx",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let file = std::fs::File::open(&path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    // Rows: title, subtitle, blank, header (4), Henkilöstömenot (5), palkat,
    // tyopanoksen_siirto, Peruste (8), flat rate (9), total (10). The flat
    // rate's total is its row's sum, like every total column's; the grand
    // total sums the subtotal and the flat rate.
    for (cell, formula, value) in [
        ("B9", "ROUND(0.4*B8,2)", "48000"),
        ("C9", "ROUND(0.4*C8,2)", "20000.2"),
        ("D9", "SUM(B9:C9)", "68000.2"),
        ("B10", "SUM(B5,B9)", "168000"),
        ("D10", "SUM(B10:C10)", "238000.7"),
    ] {
        let expected = format!("<f>{formula}</f><v>{value}");
        let at = sheet
            .find(&format!("<c r=\"{cell}\""))
            .unwrap_or_else(|| panic!("no {cell} in {sheet}"));
        assert!(sheet[at..].starts_with(&format!("<c r=\"{cell}\"")));
        let end = sheet[at..].find("</c>").unwrap();
        assert!(
            sheet[at..at + end].contains(&expected),
            "{cell}: {}",
            &sheet[at..at + end]
        );
    }
}

#[test]
fn a_roll_up_over_models_keeps_each_model_s_row_and_rounds_per_record() {
    // 17 % of 0.50 is 0.085 → 0.09 per record: 0.18 for two, while 17 % of
    // the summed base 1.00 is 0.17. The sum is shown, with no formula.
    let tiny = "\n[kustannusarvio.2025]\npalkat = \"0.50\"\n";
    let registry = format!(
        "{REGISTRY}\n[kustannusmallit.FR17]\nnimi = \"Flat rate 17 %\"\nprosentti = 17\nperuste = [\"palkat\"]\nkattaa = []\n"
    );
    let dir = folder(&[
        ("a.toml", &record("FR17", tiny)),
        ("b.toml", &record("FR17", tiny)),
        (
            "c.toml",
            &record(
                "FR40",
                "\n[kustannusarvio.2025]\npalkat = 100000\ntyopanoksen_siirto = 20000\n",
            ),
        ),
    ]);
    std::fs::write(dir.path().join("hanke.toml"), registry).unwrap();
    let csv = stdout_of(
        dir.path(),
        &["budget", "--salkku", "KONSTI", "--format", "csv"],
    );
    assert!(
        csv.lines().any(|l| l == "kustannusmalli.FR17,0.18,0.18"),
        "{csv}"
    );
    assert!(
        csv.lines().any(|l| l == "kustannusmalli.FR40,48000,48000"),
        "{csv}"
    );
    assert!(
        csv.lines().any(|l| l == "yhteensa,168001.18,168001.18"),
        "{csv}"
    );
    let table = stdout_of(dir.path(), &["budget", "--salkku", "KONSTI"]).replace('\u{a0}', " ");
    assert!(
        table.contains("(hankkeittain: summa voi poiketa senteillä)"),
        "{table}"
    );
    // Every category is shown: the FR17 records itemise what they like.
    assert!(table.contains("Matkustus- ja kuljetuspalvelut"), "{table}");
}

#[test]
fn the_comparison_has_a_flat_rate_row() {
    let body = format!(
        "{FR40_COSTS}\n[toteutuneet_kustannukset.2025]\npalkat = 90000\ntyopanoksen_siirto = 20000\n"
    );
    let dir = folder(&[("a.toml", &record("FR40", &body))]);
    let csv = stdout_of(
        dir.path(),
        &["budget", "a", "--format", "csv", "--table", "vertailu"],
    );
    assert!(
        csv.lines()
            .any(|l| l == "kustannusmalli.FR40,68000.20,44000,24000.20,64.71"),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l == "yhteensa,238000.70,154000,84000.70,64.71"),
        "{csv}"
    );
}

#[test]
fn show_names_the_model() {
    let dir = folder(&[
        ("a.toml", &record("FR40", FR40_COSTS)),
        ("b.toml", &record("FR99", "")),
    ]);
    let text = stdout_of(dir.path(), &["show", "a"]).replace('\u{a0}', " ");
    assert!(
        text.contains("Kustannusmalli  FR40 Flat rate 40 % palkkakustannuksista"),
        "{text}"
    );
    let md = stdout_of(dir.path(), &["show", "a", "--format", "md"]).replace('\u{a0}', " ");
    assert!(
        md.contains("FR40 Flat rate 40 % palkkakustannuksista"),
        "{md}"
    );
    let json: Value =
        serde_json::from_str(&stdout_of(dir.path(), &["show", "b", "--format", "json"])).unwrap();
    assert_eq!(
        json["kustannusmalli"],
        serde_json::json!({"koodi": "FR99", "nimi": null, "prosentti": null})
    );
}

#[test]
fn new_with_a_model_writes_only_the_itemised_categories_and_checks_clean() {
    let dir = folder(&[]);
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "new",
            "uusi",
            "--nimi",
            "Uusi",
            "--salkku",
            "KONSTI",
            "--alkaa",
            "2025-01-01",
            "--loppuu",
            "2026-12-31",
            "--kustannusmalli",
            "fr40",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(dir.path().join("uusi.toml")).unwrap();
    assert!(text.contains("\nkustannusmalli = \"FR40\"\n"), "{text}");
    assert!(
        text.contains("# [kustannusarvio.2026]\n# palkat = 0"),
        "{text}"
    );
    assert!(!text.contains("matkat"), "{text}");
    assert!(text.contains("# ohjelma = \"Uudistuva\""), "{text}");
    assert_eq!(codes(&check_json(dir.path())), Vec::<String>::new());
    // Uncommented and filled in, it still checks clean.
    let keys = [
        "# [rahoitus]",
        "# [[rahoitus.",
        "# [kustannusarvio.2",
        "# yhteensa",
        "# rahoittaja",
        "# laji",
        "# ohjelma",
        "# osuus",
        "# palkat",
        "# tyopanoksen_siirto",
    ];
    let filled: String = text
        .lines()
        .map(|l| match l.strip_prefix("# ") {
            Some(rest) if keys.iter().any(|k| l.starts_with(k)) => rest
                .replace("= 0  #", "= 1000  #")
                .replace("= 100000", "= 5600"),
            _ if l == "#" => String::new(),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    // 2 years × (1 000 + 1 000) = 4 000, flat rate 1 600: 5 600 in all.
    std::fs::write(dir.path().join("uusi.toml"), filled.clone() + "\n").unwrap();
    assert_eq!(
        codes(&check_json(dir.path())),
        Vec::<String>::new(),
        "{filled}"
    );
    let list = stdout_of(dir.path(), &["list", "--format", "csv"]);
    assert_eq!(csv_column(&list, "yhteensa"), ["5600"]);

    let (code, _, err) = run_in(
        dir.path(),
        &[
            "new",
            "x",
            "--nimi",
            "X",
            "--salkku",
            "KONSTI",
            "--kustannusmalli",
            "FR41",
        ],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("rekisterissä hanke.toml ei ole kustannusmallia `FR41`; tarkoititko `FR40`?"),
        "{err}"
    );
    let args = [
        "new",
        "x",
        "--nimi",
        "X",
        "--salkku",
        "KONSTI",
        "--kustannusmalli",
        "FR41",
    ];
    let (code, _, err) = run_in_lang("en", dir.path(), &args);
    assert_eq!(code, 2);
    assert!(
        err.contains("no cost model `FR41` in hanke.toml; did you mean `FR40`?"),
        "{err}"
    );
}

#[test]
fn fmt_puts_the_new_keys_in_their_place() {
    let text = "[kustannusarvio.2025.palkat]\ntuntihinta = \"35,50\"\ntunnit = 1720\n\n[kustannusarvio.2025]\ntyopanoksen_siirto = 1\n\n[rahoitus]\nyhteensa = 1\n";
    let dir = folder(&[(
        "a.toml",
        &format!("kustannusmalli = \"FR40\"\n{HEAD}{text}"),
    )]);
    let (code, _, err) = run_in(dir.path(), &["fmt"]);
    assert_eq!(code, 0, "{err}");
    let out = std::fs::read_to_string(dir.path().join("a.toml")).unwrap();
    assert!(
        out.contains("loppuu = 2026-12-31\nkustannusmalli = \"FR40\"\n"),
        "{out}"
    );
    assert!(
        out.contains("[kustannusarvio.2025.palkat]\ntunnit = 1720\ntuntihinta = \"35.50\"\n"),
        "{out}"
    );
    let registry = hanke::fmt::format_registry(&format!(
        "[kustannusmallit.A]\nkattaa = []\nnimi = \"A\"\n\n{REGISTRY}"
    ))
    .unwrap();
    let models = registry.find("[kustannusmallit.A]").unwrap();
    assert!(
        registry.find("[ohjelmat.Kaste]").unwrap() < models,
        "{registry}"
    );
    assert!(
        models < registry.find("[organisaatiot.STM]").unwrap(),
        "{registry}"
    );
    assert!(registry[models..].starts_with("[kustannusmallit.A]\nnimi = \"A\"\nkattaa = []\n"));
}
