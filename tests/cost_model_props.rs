//! Property test of the cost models (issue 15): for random salary plans —
//! amounts with cents, or hours × hourly rate — under every model of the
//! bundled registry, the totals `hanke` computes equal an independent oracle
//! to the cent, and a record that states that total checks clean.
//!
//! The oracle works in integer cents: hours × rate and `prosentti × base /
//! 100` rounded half up (every amount is non-negative, so that is half away
//! from zero), one year at a time, then summed.

use std::path::Path;

use chrono::NaiveDate;
use hanke::load::{Corpus, load_from_sources};
use hanke::model::cost_model::Covers;
use hanke::model::{Category, CostModel, FundingKind};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// The bundled registry, whose models are the ones tested.
fn registry() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/hanke.toml"))
        .expect("the bundled registry")
}

fn load(records: Vec<(String, Vec<u8>)>) -> Corpus {
    load_from_sources(Path::new("p"), Some(registry().into_bytes()), records).unwrap()
}

/// Every model of the bundled registry, resolved as records use them.
fn models() -> Vec<CostModel> {
    let corpus = load(Vec::new());
    assert!(
        corpus.diagnostics.is_empty(),
        "the bundled registry has problems: {:?}",
        corpus.diagnostics
    );
    corpus
        .registry
        .kustannusmallit
        .keys()
        .map(|code| (**corpus.registry.cost_model(code).unwrap()).clone())
        .collect()
}

/// `palkat` of one year.
#[derive(Clone, Debug)]
enum Salary {
    /// Cents.
    Amount(u64),
    /// Tenths of an hour, and the hourly rate in cents.
    Unit(u32, u32),
}

#[derive(Clone, Debug)]
struct Year {
    palkat: Salary,
    /// `tyopanoksen_siirto` in cents, when written.
    siirto: Option<u64>,
    /// An itemised cost outside the base, in cents, when the model itemises one.
    other: Option<u64>,
}

fn year() -> impl Strategy<Value = Year> {
    let salary = prop_oneof![
        (0u64..=5_000_000_000).prop_map(Salary::Amount),
        (0u32..=40_000, 0u32..=20_000).prop_map(|(h, r)| Salary::Unit(h, r)),
    ];
    (
        salary,
        proptest::option::of(0u64..=500_000_000),
        proptest::option::of(0u64..=100_000_000),
    )
        .prop_map(|(palkat, siirto, other)| Year {
            palkat,
            siirto,
            other,
        })
}

fn cents(c: u64) -> String {
    format!("\"{}.{:02}\"", c / 100, c % 100)
}

/// `n / d` rounded half up, for non-negative `n` and positive `d`.
fn div_round(n: i128, d: i128) -> i128 {
    (2 * n + d) / (2 * d)
}

/// A category outside the base (and not a salary category, which every
/// plan writes) that the model itemises: one it does not cover.
fn other_category(m: &CostModel) -> Option<Category> {
    m.itemised().find(|c| {
        !m.peruste.contains(*c) && !matches!(c, Category::Palkat | Category::TyopanoksenSiirto)
    })
}

/// The oracle: each year's itemised amounts plus its flat rate, in cents.
fn oracle(m: &CostModel, years: &[Year]) -> i128 {
    // prosentti as an integer over a power of ten.
    let (p_num, p_den) = m
        .prosentti
        .map_or((0, 1), |p| (p.mantissa(), 10i128.pow(p.scale())));
    let other = other_category(m);
    years
        .iter()
        .map(|y| {
            let palkat: i128 = match y.palkat {
                Salary::Amount(c) => c.into(),
                Salary::Unit(tenths, rate) => div_round(i128::from(tenths) * i128::from(rate), 10),
            };
            let siirto = i128::from(y.siirto.unwrap_or(0));
            let other_amount = match other {
                Some(_) => i128::from(y.other.unwrap_or(0)),
                None => 0,
            };
            let mut base = 0;
            for (c, amount) in [
                (Category::Palkat, palkat),
                (Category::TyopanoksenSiirto, siirto),
            ] {
                if m.peruste.contains(c) {
                    base += amount;
                }
            }
            let flat = div_round(base * p_num, 100 * p_den);
            palkat + siirto + other_amount + flat
        })
        .sum()
}

fn record(m: &CostModel, years: &[Year], total: Option<i128>) -> String {
    // The name says whether the record states its total: two records of one
    // case are two projects, not one project twice (H111).
    let nimi = if total.is_some() {
        "Ominaisuustesti, summa"
    } else {
        "Ominaisuustesti"
    };
    let mut t = format!(
        "nimi = \"{nimi}\"\nsalkku = \"ESIMERKKI\"\nvaihe = \"käynnissä\"\nalkaa = 2024-01-01\nloppuu = 2027-12-31\n",
    );
    t.push_str(&format!("kustannusmalli = \"{}\"\n", m.code));
    if let Some(total) = total {
        let total = u64::try_from(total).unwrap();
        t.push_str(&format!(
            "\n[rahoitus]\nyhteensa = {}\n\n[[rahoitus.osuudet]]\nrahoittaja = \"Pohjois-Pohjanmaan liitto\"\nlaji = \"valtionavustus\"\nosuus = 70\n\n[[rahoitus.osuudet]]\nrahoittaja = \"Oulun kaupunki\"\nlaji = \"oma\"\nosuus = 30\n",
            cents(total)
        ));
    }
    let other = other_category(m);
    for (i, y) in years.iter().enumerate() {
        let year = 2024 + i;
        t.push_str(&format!("\n[kustannusarvio.{year}]\n"));
        if let Salary::Amount(c) = y.palkat {
            t.push_str(&format!("palkat = {}\n", cents(c)));
        }
        if let Some(s) = y.siirto {
            t.push_str(&format!("tyopanoksen_siirto = {}\n", cents(s)));
        }
        if let (Some(c), Some(amount)) = (other, y.other) {
            t.push_str(&format!("{} = {}\n", c.key(), cents(amount)));
        }
        if let Salary::Unit(tenths, rate) = y.palkat {
            t.push_str(&format!(
                "\n[kustannusarvio.{year}.palkat]\ntunnit = \"{}.{}\"\ntuntihinta = {}\n",
                tenths / 10,
                tenths % 10,
                cents(rate.into())
            ));
        }
    }
    t
}

fn euros(c: i128) -> Decimal {
    Decimal::from_i128_with_scale(c, 2)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn computed_totals_equal_the_oracle_and_a_record_stating_them_checks_clean(
        model in 0usize..64,
        years in proptest::collection::vec(year(), 1..=4),
    ) {
        let all = models();
        let m = &all[model % all.len()];
        // A covered category is never written: the model's own rules.
        prop_assert!(other_category(m).is_none_or(|c| !m.covers(c)));
        if matches!(m.kattaa, Covers::AllOthers) && m.prosentti.is_some() {
            prop_assert!(other_category(m).is_none());
        }
        let expected = oracle(m, &years);
        let corpus = load(vec![
            ("arvio.toml".to_string(), record(m, &years, None).into_bytes()),
            ("tasan.toml".to_string(), record(m, &years, Some(expected)).into_bytes()),
        ]);
        prop_assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
        let arvio = corpus.project("arvio").unwrap();
        prop_assert_eq!(hanke::report::plan_total(arvio).map(|e| e.0), Some(euros(expected)));
        let view = hanke::report::budget::for_project(arvio, &corpus);
        let total = view.costs.row(hanke::report::budget::RowKind::Total).total;
        prop_assert_eq!(total.0, euros(expected));
        let flat: Decimal = view.costs.flat_rates.iter().map(|f| f.total.0).sum();
        let itemised = hanke::calc::costs::grand_total(arvio.costs(FundingKind::Plan));
        prop_assert_eq!(itemised.0 + flat, euros(expected));
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let diagnostics = hanke::rules::check(&corpus, today);
        prop_assert!(
            diagnostics.is_empty(),
            "{}: {:?}\n{}",
            m.code,
            diagnostics.iter().map(|d| (d.code.code, d.message.clone())).collect::<Vec<_>>(),
            record(m, &years, Some(expected))
        );
    }
}

/// Every model the issue names is in the bundled registry, and each cites
/// the guidance page it was checked against.
#[test]
fn the_bundled_registry_ships_the_models_of_today_s_programmes() {
    let corpus = load(Vec::new());
    for code in ["FR40", "FR24", "FR17", "LK19", "LK40", "TODELLISET"] {
        let m = corpus
            .registry
            .kustannusmallit
            .get(code)
            .unwrap_or_else(|| panic!("no {code}"));
        let lahde = m.lahde.as_ref().map(|l| l.value.as_str()).unwrap_or("");
        assert!(lahde.starts_with("http"), "{code} cites no page");
    }
    let fr40 = corpus.registry.cost_model("FR40").unwrap();
    assert_eq!(fr40.prosentti, Some(Decimal::from(40)));
    assert_eq!(fr40.peruste.keys(), ["palkat", "tyopanoksen_siirto"]);
    assert_eq!(fr40.kattaa, Covers::AllOthers);
    let pct = |c: &str| corpus.registry.cost_model(c).unwrap().prosentti;
    assert_eq!(pct("FR24"), Some(Decimal::from(24)));
    assert_eq!(pct("FR17"), Some(Decimal::from(17)));
    assert_eq!(pct("LK19"), Some(Decimal::from(19)));
    assert_eq!(pct("LK40"), Some(Decimal::from(40)));
    assert_eq!(pct("TODELLISET"), None);
}
