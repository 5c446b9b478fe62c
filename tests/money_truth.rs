//! Issue 11, reports: one selection has one total in every report, unknown
//! money is never 0, families count each euro once. Each test reproduces a
//! defect found by recomputing the reports by hand (docs/format.md,
//! "Reports").

use crate::util::*;

const HEAD: &str = "vaihe = \"käynnissä\"\nalkaa = 2024-01-01\nloppuu = 2026-12-31\n";

/// A record in `salkku`, with an optional päähanke and TOML tables after it.
fn rec(salkku: &str, paahanke: Option<&str>, tables: &str) -> String {
    let parent = paahanke.map_or(String::new(), |p| format!("paahanke = \"{p}\"\n"));
    format!("nimi = \"N\"\nsalkku = \"{salkku}\"\n{HEAD}{parent}{tables}")
}

fn plan(total: u32) -> String {
    format!("[rahoitus]\nyhteensa = {total}\n")
}

fn actual(total: u32) -> String {
    format!("[toteuma]\nyhteensa = {total}\n")
}

fn csv(dir: &std::path::Path, args: &[&str]) -> String {
    let mut full = args.to_vec();
    full.extend(["--format", "csv"]);
    stdout_of(dir, &full)
}

/// The value in `column` of the row whose first field is `group`.
fn cell(text: &str, group: &str, column: &str) -> String {
    let rows = csv_rows(text);
    let i = rows[0]
        .iter()
        .position(|h| h == column)
        .unwrap_or_else(|| panic!("no column {column} in {:?}", rows[0]));
    rows.iter()
        .find(|r| r[0] == group)
        .unwrap_or_else(|| panic!("no row {group} in {rows:?}"))[i]
        .clone()
}

// 8. Unknown is shown as 0.

#[test]
fn a_salkku_without_a_plan_has_an_unknown_plan_not_zero() {
    let dir = folder(&[("a.toml", &rec("KONSTI", None, &actual(1_047_935)))]);
    let out = csv(dir.path(), &["summary"]);
    assert_eq!(cell(&out, "KONSTI", "suunniteltu"), "", "{out}");
    assert_eq!(cell(&out, "KONSTI", "erotus"), "", "{out}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(dir.path(), &["summary", "--format", "json"])).unwrap();
    assert_eq!(json[0]["suunniteltu"], serde_json::Value::Null);
    let table = stdout_of(dir.path(), &["summary"]);
    assert!(!table.contains("−1 047 935"), "{table}");
}

#[test]
fn list_does_not_total_a_project_without_money_as_zero() {
    let dir = folder(&[("a.toml", &rec("KONSTI", None, ""))]);
    let out = stdout_of(dir.path(), &["list"]);
    let footer = out.lines().last().unwrap();
    assert!(!footer.contains("0\u{a0}€"), "{footer}");
    assert!(footer.contains("ei tiedossa"), "{footer}");
}

/// Plan 1 000 + actual 900 in one project and actual 500 in another: the
/// second has nothing to compare with, so käytetty is 90 %, not 140 %.
#[test]
fn erotus_and_kaytetty_compare_only_projects_with_both() {
    let dir = folder(&[
        ("a.toml", &rec("KONSTI", None, &(plan(1000) + &actual(900)))),
        ("b.toml", &rec("KONSTI", None, &actual(500))),
    ]);
    let out = csv(dir.path(), &["summary"]);
    assert_eq!(cell(&out, "KONSTI", "kaytetty"), "90", "{out}");
    assert_eq!(cell(&out, "KONSTI", "erotus"), "100", "{out}");
    assert_eq!(cell(&out, "KONSTI", "verrattavia"), "1", "{out}");
    assert_eq!(cell(&out, "KONSTI", "toteutunut"), "1400", "{out}");
    let table = stdout_of(dir.path(), &["summary"]);
    assert!(table.contains("1/2 hankkeesta"), "{table}");
}

/// Inside a cost table that exists an empty category is the form's 0; a
/// cost table that does not exist is unknown.
#[test]
fn an_empty_category_is_zero_and_a_missing_table_unknown() {
    let dir = folder(&[(
        "a.toml",
        &rec("KONSTI", None, "[kustannusarvio.2024]\npalkat = 1000\n"),
    )]);
    let out = csv(dir.path(), &["budget", "a", "--table", "kustannusarvio"]);
    assert_eq!(cell(&out, "matkat", "2024"), "0", "{out}");
    let out = csv(dir.path(), &["summary", "--by", "vuosi"]);
    assert_eq!(cell(&out, "2024", "toteutunut"), "", "{out}");
}

// 9. Families lose or double money.

fn salkku_plan(dir: &std::path::Path, salkku: &str) -> String {
    cell(&csv(dir, &["summary"]), salkku, "suunniteltu")
}

#[test]
fn a_paahanke_plan_is_not_dropped_for_an_osahanke_without_money() {
    let dir = folder(&[
        ("p.toml", &rec("KONSTI", None, &plan(300_000))),
        ("p/a.toml", &rec("KONSTI", Some("p"), &plan(100_000))),
        ("p/b.toml", &rec("KONSTI", Some("p"), "")),
    ]);
    assert_eq!(salkku_plan(dir.path(), "KONSTI"), "300000");
}

#[test]
fn grandchildren_are_not_counted_beside_their_paahanke() {
    let dir = folder(&[
        ("p.toml", &rec("KONSTI", None, &plan(300_000))),
        ("p/c.toml", &rec("KONSTI", Some("p"), "")),
        ("p/c/g1.toml", &rec("KONSTI", Some("p/c"), &plan(100_000))),
        ("p/c/g2.toml", &rec("KONSTI", Some("p/c"), &plan(200_000))),
    ]);
    assert_eq!(salkku_plan(dir.path(), "KONSTI"), "300000");
}

/// An osahanke in another salkku must not pull its päähanke's whole plan
/// into `--salkku KONSTI`: the filtered total is KONSTI's unfiltered row.
#[test]
fn a_filter_does_not_change_a_groups_total() {
    let dir = folder(&[
        ("p.toml", &rec("KONSTI", None, &plan(300_000))),
        ("p/a.toml", &rec("KONSTI", Some("p"), &plan(100_000))),
        ("p/b.toml", &rec("TESTI", Some("p"), &plan(200_000))),
    ]);
    let unfiltered = csv(dir.path(), &["summary"]);
    let filtered = csv(dir.path(), &["summary", "--salkku", "KONSTI"]);
    assert_eq!(cell(&unfiltered, "KONSTI", "suunniteltu"), "100000");
    assert_eq!(cell(&filtered, "KONSTI", "suunniteltu"), "100000");
    assert_eq!(cell(&unfiltered, "TESTI", "suunniteltu"), "200000");
}

// 10. The list footer sums parents and children and mixes plans with actuals.

#[test]
fn the_list_footer_agrees_with_summary() {
    let dir = folder(&[
        ("p.toml", &rec("KONSTI", None, &plan(300_000))),
        ("p/a.toml", &rec("KONSTI", Some("p"), &plan(100_000))),
        ("p/b.toml", &rec("KONSTI", Some("p"), &plan(200_000))),
        ("q.toml", &rec("KONSTI", None, &actual(5_000))),
    ]);
    let footer = stdout_of(dir.path(), &["list"])
        .lines()
        .last()
        .unwrap()
        .to_string();
    assert!(
        footer.contains("suunniteltu 300\u{a0}000\u{a0}€")
            && footer.contains("toteutunut 5\u{a0}000\u{a0}€"),
        "{footer}"
    );
    let out = csv(dir.path(), &["summary"]);
    assert_eq!(cell(&out, "KONSTI", "suunniteltu"), "300000");
    assert_eq!(cell(&out, "KONSTI", "toteutunut"), "5000");
}

// 11. Groupings leave money out.

fn column_sum(text: &str, column: &str) -> rust_decimal::Decimal {
    csv_column(text, column)
        .iter()
        .filter(|v| !v.is_empty())
        .map(|v| v.parse::<rust_decimal::Decimal>().unwrap())
        .sum()
}

#[test]
fn every_grouping_adds_up_to_the_same_totals() {
    let dir = folder(&[
        // actuals with no actual costs by year
        ("a.toml", &rec("KONSTI", None, &actual(1000))),
        // a plan of which 250 has no funder
        (
            "b.toml",
            &rec(
                "TESTI",
                None,
                "[rahoitus]\nyhteensa = 1000\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nlaji = \"valtionavustus\"\nsumma = 750\n",
            ),
        ),
        // a share without laji
        (
            "c.toml",
            &rec(
                "TESTI",
                None,
                "[rahoitus]\n[[rahoitus.osuudet]]\nrahoittaja = \"Ouka\"\nsumma = 300\n[kustannusarvio.2024]\npalkat = 300\n",
            ),
        ),
    ]);
    let by_salkku = csv(dir.path(), &["summary"]);
    for by in ["rahoittaja", "vuosi", "vaihe", "laji"] {
        let out = csv(dir.path(), &["summary", "--by", by]);
        for column in ["suunniteltu", "toteutunut"] {
            assert_eq!(
                column_sum(&out, column),
                column_sum(&by_salkku, column),
                "--by {by}, {column}:\n{out}"
            );
        }
    }
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        dir.path(),
        &["summary", "--by", "vuosi", "--format", "json"],
    ))
    .unwrap();
    let residual = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["jaannos"] == true)
        .expect("a residual row");
    assert_eq!(residual["ryhma"], serde_json::Value::Null);
    assert_eq!(residual["toteutunut"], "1000");
    let table = stdout_of(dir.path(), &["summary", "--by", "vuosi"]);
    assert!(table.contains("(ei vuositietoa)"), "{table}");
    let table = stdout_of(dir.path(), &["summary", "--by", "rahoittaja"]);
    assert!(table.contains("(ei rahoittajaa)"), "{table}");
}

// 12. budget's ceilings, a päähanke's two tables, percentages without a total.

const TWO_PROGRAMMES: &str =
    "\n[ohjelmat.ESR]\nnimi = \"Euroopan sosiaalirahasto\"\nrahoittaja = \"EU\"\nenintaan = 80\n";

fn folder_with_esr(records: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = folder(records);
    std::fs::write(
        dir.path().join("hanke.toml"),
        format!("{REGISTRY}{TWO_PROGRAMMES}"),
    )
    .unwrap();
    dir
}

fn grant(table: &str, ohjelma: &str, summa: u32, own: u32) -> String {
    format!(
        "[{table}]\nyhteensa = {}\n[[{table}.osuudet]]\nrahoittaja = \"STM\"\nlaji = \"valtionavustus\"\nohjelma = \"{ohjelma}\"\nsumma = {summa}\n\
         [[{table}.osuudet]]\nrahoittaja = \"Ouka\"\nlaji = \"oma\"\nsumma = {own}\n",
        summa + own
    )
}

#[test]
fn each_budget_column_has_its_own_programmes_ceiling() {
    let tables = grant("rahoitus", "Kaste", 750, 250) + &grant("toteuma", "ESR", 800, 200);
    let dir = folder_with_esr(&[("a.toml", &rec("KONSTI", None, &tables))]);
    let out = csv(dir.path(), &["budget", "a", "--table", "rahoitus"]);
    assert_eq!(
        cell(&out, "enintaan_prosentti", "suunniteltu"),
        "75",
        "{out}"
    );
    assert_eq!(
        cell(&out, "enintaan_prosentti", "toteutunut"),
        "80",
        "{out}"
    );
}

#[test]
fn several_programmes_in_a_column_get_a_row_each() {
    let dir = folder_with_esr(&[
        (
            "a.toml",
            &rec("KONSTI", None, &grant("rahoitus", "Kaste", 750, 250)),
        ),
        (
            "b.toml",
            &rec("KONSTI", None, &grant("rahoitus", "ESR", 800, 200)),
        ),
    ]);
    let out = csv(
        dir.path(),
        &["budget", "--salkku", "KONSTI", "--table", "rahoitus"],
    );
    assert_eq!(cell(&out, "enintaan_prosentti", "suunniteltu"), "", "{out}");
    assert_eq!(
        cell(&out, "enintaan_prosentti.Kaste", "suunniteltu"),
        "75",
        "{out}"
    );
    assert_eq!(
        cell(&out, "enintaan_prosentti.ESR", "suunniteltu"),
        "80",
        "{out}"
    );
}

/// A päähanke with only actuals of its own and osahankkeet with plans: the
/// Rahoittajat table shows the same plan as the Rahoitussuunnitelma.
#[test]
fn a_paahankes_two_funding_tables_come_from_one_source() {
    let dir = folder(&[
        (
            "p.toml",
            &rec("KONSTI", None, &grant("toteuma", "Kaste", 75, 25)),
        ),
        (
            "p/a.toml",
            &rec("KONSTI", Some("p"), &grant("rahoitus", "Kaste", 750, 250)),
        ),
    ]);
    let financing = csv(dir.path(), &["budget", "p", "--table", "rahoitus"]);
    let funders = csv(dir.path(), &["budget", "p", "--table", "rahoittajat"]);
    assert_eq!(cell(&financing, "valtionavustus", "suunniteltu"), "750");
    assert_eq!(cell(&funders, "STM", "suunniteltu"), "750", "{funders}");
    assert_eq!(cell(&funders, "STM", "toteutunut"), "75", "{funders}");
}

#[test]
fn stated_percentages_without_a_total_are_carried_into_budget() {
    let out = csv(
        &projects(),
        &["budget", "sote-johtaminen", "--table", "rahoitus"],
    );
    assert_eq!(
        cell(&out, "valtionavustus_prosentti", "suunniteltu"),
        "75",
        "{out}"
    );
    assert_eq!(cell(&out, "valtionavustus", "suunniteltu"), "", "{out}");
    let out = csv(
        &projects(),
        &["budget", "sote-johtaminen", "--table", "rahoittajat"],
    );
    assert_eq!(cell(&out, "STM", "suunniteltu_osuus"), "75", "{out}");
    assert_eq!(cell(&out, "STM", "suunniteltu"), "", "{out}");
}

// 13. list sorting.

#[test]
fn list_sorts_by_the_name_it_shows() {
    let out = stdout_of(&projects(), &["list", "--format", "md"]);
    let at = |needle: &str| {
        out.find(needle)
            .unwrap_or_else(|| panic!("no {needle} in {out}"))
    };
    assert!(
        at("| sote-johtaminen |") < at("| sote-johtaminen/uusi-oulu |"),
        "{out}"
    );
}

#[test]
fn rows_without_a_total_sort_last_in_either_direction() {
    let dir = folder(&[
        ("a.toml", &rec("KONSTI", None, &plan(10))),
        ("b.toml", &rec("KONSTI", None, "")),
        ("c.toml", &rec("KONSTI", None, &plan(20))),
    ]);
    for (reverse, expected) in [(false, ["a", "c", "b"]), (true, ["c", "a", "b"])] {
        let mut args = vec!["list", "--sort", "yhteensa", "--format", "csv"];
        if reverse {
            args.push("--reverse");
        }
        let ids = csv_column(&stdout_of(dir.path(), &args), "id");
        assert_eq!(ids, expected, "reverse {reverse}");
    }
}
