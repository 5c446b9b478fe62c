//! Reconciliation: every total the tool prints about one selection is the
//! same number, and each euro counts once (issue 11, "What done looks like").
//!
//! Generated portfolios — families up to three levels deep; plans and
//! actuals as a stated total, amounts only, percentages only (no total),
//! a total with percentages, or a cost table by year; funders written as
//! registry aliases — are loaded in-process and reported on through the
//! library. The family rule is recomputed by a straightforward recursive
//! oracle over the generated trees, independent of `report::rollup`.

use std::collections::BTreeMap;
use std::path::Path;

use hanke::load::{Corpus, load_from_sources};
use hanke::model::{Euro, FundingKind, Project};
use hanke::report::{GroupBy, SortKey};
use hanke::report::{budget, diff, list, summary};
use proptest::prelude::*;
use rust_decimal::Decimal;

const SALKUT: [&str; 2] = ["KONSTI", "TESTI"];
const FUNDERS: [&str; 4] = ["STM", "Ouka", "Oulun kaupunki", "Kemin kaupunki"];
const LAJIT: [Option<&str>; 4] = [
    Some("valtionavustus"),
    Some("oma"),
    Some("muu-julkinen"),
    None,
];

/// How one funding table (or the cost table of its kind) is written.
#[derive(Clone, Debug)]
enum Money {
    Nothing,
    /// `yhteensa` only.
    Total(u32),
    /// Shares with amounts, no `yhteensa`: (funder, laji, euros).
    Amounts(Vec<(usize, usize, u32)>),
    /// Shares with percentages, no `yhteensa`: the total is unknown.
    Percents(Vec<(usize, usize, u8)>),
    /// `yhteensa` and shares with percentages.
    TotalPercents(u32, Vec<(usize, usize, u8)>),
    /// No funding table, a cost table by year: (year, euros).
    Costs(Vec<(i32, u32)>),
}

impl Money {
    /// The record's own total of this kind, as docs/format.md defines it.
    fn own(&self) -> Option<Decimal> {
        match self {
            Money::Nothing | Money::Percents(_) => None,
            Money::Total(t) | Money::TotalPercents(t, _) => Some((*t).into()),
            Money::Amounts(v) if v.is_empty() => None,
            Money::Amounts(v) => Some(v.iter().map(|s| Decimal::from(s.2)).sum()),
            Money::Costs(v) if v.is_empty() => None,
            Money::Costs(v) => Some(v.iter().map(|c| Decimal::from(c.1)).sum()),
        }
    }

    fn toml(&self, table: &str, costs: &str) -> String {
        let share = |(f, l, _): &(usize, usize, u32)| {
            let laji = LAJIT[*l].map_or(String::new(), |l| format!("laji = \"{l}\"\n"));
            format!(
                "\n[[{table}.osuudet]]\nrahoittaja = \"{}\"\n{laji}",
                FUNDERS[*f]
            )
        };
        match self {
            Money::Nothing => String::new(),
            Money::Total(t) => format!("\n[{table}]\nyhteensa = {t}\n"),
            Money::Amounts(v) => {
                let mut s = format!("\n[{table}]\n");
                for x in v {
                    s += &share(x);
                    s += &format!("summa = {}\n", x.2);
                }
                s
            }
            Money::Percents(v) | Money::TotalPercents(_, v) => {
                let mut s = format!("\n[{table}]\n");
                if let Money::TotalPercents(t, _) = self {
                    s += &format!("yhteensa = {t}\n");
                }
                for (f, l, p) in v {
                    s += &share(&(*f, *l, 0));
                    s += &format!("osuus = {p}\n");
                }
                s
            }
            Money::Costs(v) => v
                .iter()
                .map(|(y, e)| format!("\n[{costs}.{y}]\npalkat = {e}\n"))
                .collect(),
        }
    }
}

#[derive(Clone, Debug)]
struct Node {
    salkku: usize,
    plan: Money,
    actual: Money,
    kids: Vec<Node>,
}

fn money() -> impl Strategy<Value = Money> {
    let share = (0..FUNDERS.len(), 0..LAJIT.len(), 0u32..50_000);
    let pct = (0..FUNDERS.len(), 0..LAJIT.len(), 0u8..=100);
    prop_oneof![
        2 => Just(Money::Nothing),
        2 => (0u32..400_000).prop_map(Money::Total),
        2 => prop::collection::vec(share, 0..4).prop_map(Money::Amounts),
        1 => prop::collection::vec(pct.clone(), 1..3).prop_map(Money::Percents),
        1 => (0u32..400_000, prop::collection::vec(pct, 1..3))
            .prop_map(|(t, v)| Money::TotalPercents(t, v)),
        2 => prop::collection::vec((2024i32..2027, 0u32..100_000), 0..3).prop_map(|mut v| {
            v.sort_by_key(|c| c.0);
            v.dedup_by_key(|c| c.0);
            Money::Costs(v)
        }),
    ]
}

fn leaf() -> impl Strategy<Value = Node> {
    (0..SALKUT.len(), money(), money()).prop_map(|(salkku, plan, actual)| Node {
        salkku,
        plan,
        actual,
        kids: Vec::new(),
    })
}

/// A family up to three levels deep.
fn family() -> impl Strategy<Value = Node> {
    leaf().prop_recursive(2, 12, 3, |inner| {
        (leaf(), prop::collection::vec(inner, 0..4)).prop_map(|(mut n, kids)| {
            n.kids = kids;
            n
        })
    })
}

/// Writes the families as records; ids follow the tree (`f0`, `f0/k1`, …).
fn records(families: &[Node]) -> Vec<(String, Vec<u8>)> {
    fn walk(n: &Node, id: String, parent: Option<&str>, out: &mut Vec<(String, Vec<u8>)>) {
        let paahanke = parent.map_or(String::new(), |p| format!("paahanke = \"{p}\"\n"));
        let text = format!(
            "nimi = \"{id}\"\nsalkku = \"{}\"\nvaihe = \"käynnissä\"\nalkaa = 2024-01-01\nloppuu = 2026-12-31\n{paahanke}{}{}",
            SALKUT[n.salkku],
            n.plan.toml("rahoitus", "kustannusarvio"),
            n.actual.toml("toteuma", "toteutuneet_kustannukset"),
        );
        out.push((format!("{id}.toml"), text.into_bytes()));
        for (i, k) in n.kids.iter().enumerate() {
            walk(k, format!("{id}/k{i}"), Some(&id), out);
        }
    }
    let mut out = Vec::new();
    for (i, f) in families.iter().enumerate() {
        walk(f, format!("f{i}"), None, &mut out);
    }
    out
}

const REGISTRY: &str = "[salkut.KONSTI]\nnimi = \"K\"\n[salkut.TESTI]\nnimi = \"T\"\n\
    [organisaatiot.\"Oulun kaupunki\"]\nlyhenteet = [\"Ouka\"]\n";

fn corpus(records: Vec<(String, Vec<u8>)>) -> Corpus {
    load_from_sources(Path::new("p"), Some(REGISTRY.into()), records).unwrap()
}

/// The oracle: what each salkku's plan (or actuals) is when every family
/// counts each euro once, by the rule of docs/format.md written as plainly
/// as possible.
fn oracle(families: &[Node], kind: FundingKind) -> BTreeMap<&'static str, Decimal> {
    fn own(n: &Node, kind: FundingKind) -> Option<Decimal> {
        match kind {
            FundingKind::Plan => n.plan.own(),
            FundingKind::Actual => n.actual.own(),
        }
    }
    fn rolled(n: &Node, kind: FundingKind) -> Option<Decimal> {
        own(n, kind).or_else(|| {
            if n.kids.is_empty() {
                return None;
            }
            n.kids.iter().map(|k| rolled(k, kind)).sum()
        })
    }
    fn kids_stand(n: &Node, kind: FundingKind) -> bool {
        if n.kids.is_empty() {
            return false;
        }
        match own(n, kind) {
            None => true,
            Some(o) => {
                n.kids
                    .iter()
                    .map(|k| rolled(k, kind))
                    .sum::<Option<Decimal>>()
                    == Some(o)
            }
        }
    }
    fn add(n: &Node, kind: FundingKind, out: &mut BTreeMap<&'static str, Decimal>) {
        if kids_stand(n, kind) {
            for k in &n.kids {
                add(k, kind, out);
            }
        } else if let Some(o) = own(n, kind) {
            *out.entry(SALKUT[n.salkku]).or_default() += o;
        }
    }
    let mut out = BTreeMap::new();
    for f in families {
        add(f, kind, &mut out);
    }
    out
}

fn dec(e: Option<Euro>) -> Option<Decimal> {
    e.map(|e| e.0)
}

/// The sum of a column's known values; `None` when none is known.
fn sum_known(values: impl Iterator<Item = Option<Euro>>) -> Option<Decimal> {
    values.flatten().map(|e| e.0).reduce(|a, b| a + b)
}

fn check_portfolio(families: &[Node]) -> Result<(), TestCaseError> {
    let c = corpus(records(families));
    prop_assert!(
        c.broken.is_empty(),
        "generated records load: {:?}",
        c.diagnostics
    );
    let all: Vec<&Project> = c.projects.iter().map(|p| &**p).collect();
    let by_salkku = summary::summary(&all, GroupBy::Salkku, &c);

    // The oracle: each salkku's figures, each family counted once.
    for kind in [FundingKind::Plan, FundingKind::Actual] {
        let expected = oracle(families, kind);
        for code in SALKUT {
            let row = by_salkku
                .rows
                .iter()
                .find(|r| r.ryhma.as_deref() == Some(code));
            let got = row.and_then(|r| match kind {
                FundingKind::Plan => dec(r.figures.suunniteltu),
                FundingKind::Actual => dec(r.figures.toteutunut),
            });
            prop_assert_eq!(got, expected.get(code).copied(), "{:?} of {}", kind, code);
        }
    }

    // Every grouping's rows add up to the same totals.
    let total = &by_salkku.total;
    for by in [
        GroupBy::Salkku,
        GroupBy::Rahoittaja,
        GroupBy::Vuosi,
        GroupBy::Vaihe,
        GroupBy::Laji,
    ] {
        let v = summary::summary(&all, by, &c);
        prop_assert_eq!(&v.total, total, "total by {:?}", by);
        let plan = sum_known(v.rows.iter().map(|r| r.figures.suunniteltu));
        let actual = sum_known(v.rows.iter().map(|r| r.figures.toteutunut));
        prop_assert_eq!(
            plan.unwrap_or_default(),
            dec(total.suunniteltu).unwrap_or_default(),
            "plan rows by {:?}",
            by
        );
        prop_assert_eq!(
            actual.unwrap_or_default(),
            dec(total.toteutunut).unwrap_or_default(),
            "actual rows by {:?}",
            by
        );
    }

    // A funder's row is the same over every record as over the records it
    // funds (`--rahoittaja`): the site's funder pages take it from the former.
    let by_funder = summary::summary(&all, GroupBy::Rahoittaja, &c);
    for row in by_funder.rows.iter().filter(|r| !r.is_residual()) {
        let name = row.ryhma.clone().unwrap();
        let criteria = hanke::report::Criteria {
            rahoittaja: vec![name.clone()],
            ..Default::default()
        };
        let selection = hanke::report::filter::Filter::new(&criteria, &c)
            .unwrap()
            .select(&c);
        let funded = summary::summary(&selection, GroupBy::Rahoittaja, &c);
        let same = funded.rows.iter().find(|r| r.ryhma.as_ref() == Some(&name));
        prop_assert_eq!(
            same.map(|r| &r.figures),
            Some(&row.figures),
            "--rahoittaja {}",
            name
        );
    }

    // A filter selects records; each contributes what it stands for.
    let portfolio = diff::compare(&input(&corpus(Vec::new())), &input(&c)).portfolio;
    for code in SALKUT {
        let selection: Vec<&Project> = c
            .projects
            .iter()
            .map(|p| &**p)
            .filter(|p| p.salkku() == Some(code))
            .collect();
        let filtered = summary::summary(&selection, GroupBy::Salkku, &c);
        let row = by_salkku
            .rows
            .iter()
            .find(|r| r.ryhma.as_deref() == Some(code));
        let (plan, actual) = (filtered.total.suunniteltu, filtered.total.toteutunut);
        prop_assert_eq!(
            row.and_then(|r| r.figures.suunniteltu),
            plan,
            "--salkku {} plan",
            code
        );
        prop_assert_eq!(
            row.and_then(|r| r.figures.toteutunut),
            actual,
            "--salkku {} actual",
            code
        );

        let l = list::list(selection.clone(), &c, SortKey::Nimi, false);
        prop_assert_eq!(
            (l.suunniteltu, l.toteutunut),
            (plan, actual),
            "list footer {}",
            code
        );

        let b = budget::rollup(code.to_string(), selection.clone(), &c);
        let column = |col: &Option<budget::FinancingColumn>| {
            col.as_ref().and_then(|c| c.kokonaiskustannukset)
        };
        prop_assert_eq!(
            column(&b.financing.plan),
            plan,
            "budget --salkku {} plan",
            code
        );
        prop_assert_eq!(
            column(&b.financing.actual),
            actual,
            "budget --salkku {} actual",
            code
        );

        let d = portfolio.salkut.iter().find(|r| r.salkku == code);
        prop_assert_eq!(
            d.and_then(|r| r.plan.after),
            plan,
            "diff portfolio {} plan",
            code
        );
        prop_assert_eq!(
            d.and_then(|r| r.actual.after),
            actual,
            "diff portfolio {} actual",
            code
        );
    }
    Ok(())
}

fn input(c: &Corpus) -> diff::Input<'_> {
    diff::Input {
        corpus: c,
        diagnostics: &[],
        side: diff::Side {
            rev: "test".into(),
            commit: None,
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_report_agrees_on_one_selections_totals(families in prop::collection::vec(family(), 1..4)) {
        check_portfolio(&families)?;
    }
}

/// The examples, as fixed cases of the same property.
#[test]
fn the_reported_families_reconcile() {
    let node = |plan: Money, kids: Vec<Node>| Node {
        salkku: 0,
        plan,
        actual: Money::Nothing,
        kids,
    };
    // parent 300 000, one osahanke 100 000 and one with no money yet
    let a = node(
        Money::Total(300_000),
        vec![
            node(Money::Total(100_000), vec![]),
            node(Money::Nothing, vec![]),
        ],
    );
    // parent 300 000, a child without figures, grandchildren 100 000 + 200 000
    let b = node(
        Money::Total(300_000),
        vec![node(
            Money::Nothing,
            vec![
                node(Money::Total(100_000), vec![]),
                node(Money::Total(200_000), vec![]),
            ],
        )],
    );
    for f in [a, b] {
        assert_eq!(
            oracle(std::slice::from_ref(&f), FundingKind::Plan)["KONSTI"],
            Decimal::from(300_000)
        );
        check_portfolio(&[f]).unwrap();
    }
}
