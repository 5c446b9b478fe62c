//! The grids of `hanke budget`: the state-grant form's tables.
//!
//! Each table comes in two shapes: for people (row labels of the form) and
//! for machines (row keys such as `palkat`, `henkilostomenot`, `yhteensa`).

use super::grid::{Column, Formula, Grid, Value};
use super::labels;
use crate::lang::format;
use crate::model::FundingKind;
use crate::report::budget::{
    BudgetView, CostTable, Financing, FinancingColumn, FlatRateRow, PlanLine, RowKind,
};
use crate::t;

/// Which shape: row labels for people, row keys for CSV/JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Human,
    Machine,
}

fn first_column(shape: Shape, key: &str, label: String) -> Column {
    match shape {
        Shape::Human => Column::new(key, label).shrinkable(),
        Shape::Machine => Column::new(key, key),
    }
}

fn row_name(shape: Shape, key: &str, label: impl FnOnce() -> String) -> Value {
    match shape {
        Shape::Human => Value::text(label()),
        Shape::Machine => Value::text(key),
    }
}

/// `kategoria,<year>…,yhteensa`; every cell a number (0 when empty).
pub fn costs(table: &CostTable, shape: Shape) -> Grid {
    let (key, title) = match table.kind {
        FundingKind::Plan => ("kustannusarvio", t!("out-costs-title")),
        FundingKind::Actual => ("toteutuneet_kustannukset", t!("out-actual-costs-title")),
    };
    let mut columns = vec![first_column(
        shape,
        "kategoria",
        t!("out-col-kustannuslaji"),
    )];
    columns.extend(
        table
            .years
            .iter()
            .map(|y| Column::new(y.to_string(), y.to_string())),
    );
    columns.push(
        Column::new("yhteensa", t!("out-col-yhteensa"))
            .computed(Formula::Sum((1..=table.years.len()).collect())),
    );
    let mut g = Grid::new(key, title, columns);
    let mut roles = Vec::with_capacity(table.rows.len());
    g.rows.reserve(table.rows.len());
    for r in &table.rows {
        if r.kind == RowKind::Total {
            for f in &table.flat_rates {
                flat_rate_rows(&mut g, &mut roles, f, shape);
            }
        }
        // People see the categories that are itemised; machines every row.
        if r.covered && shape == Shape::Human {
            continue;
        }
        let mut cells = Vec::with_capacity(r.by_year.len() + 2);
        cells.push(row_name(shape, r.kind.key(), || labels::row_kind(r.kind)));
        cells.extend(
            r.by_year.iter().enumerate().map(|(i, e)| {
                Value::money(*e).derived_if(r.derived.get(i).copied().unwrap_or(false))
            }),
        );
        cells.push(Value::money(r.total).derived_if(r.derived.iter().any(|d| *d)));
        if r.kind.is_subtotal() {
            g.push_strong(cells);
        } else {
            g.push(cells);
        }
        roles.push(Role::Row(r.kind));
    }
    mark_subtotals(&mut g, &roles);
    if shape == Shape::Human {
        cost_footer(&mut g, table);
    }
    g
}

/// What a row of a cost grid is, for the formulas that keep its totals live.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Row(RowKind),
    /// A cost model's flat-rate amount: part of the total, in no group.
    FlatRate,
    /// A line showing a computation (a flat rate's base or percentage).
    Other,
}

/// Each group's subtotal sums its categories; the total sums the
/// subtotals, the categories outside any group and the flat-rate amounts.
fn mark_subtotals(g: &mut Grid, roles: &[Role]) {
    let mut top = Vec::new();
    for (i, role) in roles.iter().enumerate() {
        match role {
            Role::Row(RowKind::Group(group)) => {
                let members = roles
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| {
                        matches!(r, Role::Row(RowKind::Category(c)) if c.group() == Some(*group))
                    })
                    .map(|(j, _)| j)
                    .collect();
                g.rows[i].formula = Some(Formula::Sum(members));
                top.push(i);
            }
            Role::Row(RowKind::Category(c)) if c.group().is_none() => top.push(i),
            Role::FlatRate => top.push(i),
            _ => {}
        }
    }
    if let Some(total) = roles.iter().position(|r| *r == Role::Row(RowKind::Total)) {
        g.rows[total].formula = Some(Formula::Sum(top));
    }
}

/// A cost model's flat rate, with its computation: the base row, (for
/// machines) the percentage row, and the amount row. In xlsx the amount is
/// a live formula on the base row wherever it equals one.
fn flat_rate_rows(g: &mut Grid, roles: &mut Vec<Role>, f: &FlatRateRow, shape: Shape) {
    let key = format!("kustannusmalli.{}", f.code);
    let base = f.peruste.keys().join(" + ");
    let mut cells = vec![row_name(shape, &format!("{key}.peruste"), || {
        t!(
            "budget-flat-base",
            code = f.code.as_str(),
            base = base.as_str()
        )
    })];
    cells.extend(f.base_by_year.iter().map(|e| Value::money(*e)));
    cells.push(Value::money(f.base_total));
    g.push(cells);
    roles.push(Role::Other);
    let base_row = g.rows.len() - 1;
    if shape == Shape::Machine {
        let mut cells = vec![Value::text(format!("{key}.prosentti"))];
        cells.extend((0..=f.by_year.len()).map(|_| Value::Percent(f.prosentti)));
        g.push(cells);
        roles.push(Role::Other);
    }
    let mut cells = vec![row_name(shape, &key, || {
        t!(
            "budget-flat-amount",
            nimi = f.nimi.as_str(),
            code = f.code.as_str(),
            prosentti = format::percent(f.prosentti, 2)
        )
    })];
    cells.extend(f.by_year.iter().map(|a| Value::money(*a)));
    cells.push(Value::money(f.total));
    g.push(cells);
    // Live where the amount is the rate of its base (a roll-up of several
    // projects, each rounded to the cent, may differ by cents: then plain).
    g.computed_last(Formula::Rate(base_row, f.prosentti));
    roles.push(Role::FlatRate);
}

/// How the flat rates and the derived salary costs were computed.
fn cost_footer(g: &mut Grid, table: &CostTable) {
    for f in &table.flat_rates {
        let mut line = t!(
            "budget-flat-footer",
            code = f.code.as_str(),
            prosentti = format::percent(f.prosentti, 2),
            base = f.peruste.keys().join(" + ")
        );
        let exact = f
            .base_by_year
            .iter()
            .zip(&f.by_year)
            .all(|(b, a)| f.is_exact(*b, *a));
        if !exact {
            line.push(' ');
            line.push_str(&t!("budget-flat-inexact"));
        }
        g.footer.push(line + ".");
    }
    if !table.unit_costs.is_empty() {
        g.footer.push(t!("budget-unit-derived"));
        let several = table
            .unit_costs
            .iter()
            .any(|u| u.id != table.unit_costs[0].id);
        for u in table.unit_costs.iter().take(MAX_UNIT_LINES) {
            let who = if several {
                format!("{} ", u.id)
            } else {
                String::new()
            };
            g.footer.push(format!(
                "  {who}{}: {} h × {} = {}",
                u.year,
                format::number(u.tunnit),
                format::euro(u.tuntihinta),
                format::euro(u.amount)
            ));
        }
        if table.unit_costs.len() > MAX_UNIT_LINES {
            let more = table.unit_costs.len() - MAX_UNIT_LINES;
            g.footer
                .push(format!("  {}", t!("budget-unit-more", n = more)));
        }
    }
}

/// Derivation lines shown under a cost table at most.
const MAX_UNIT_LINES: usize = 10;

/// `kategoria,suunniteltu,toteutunut,erotus,kaytetty`.
pub fn comparison(view: &BudgetView, shape: Shape) -> Grid {
    let mut g = Grid::new(
        "vertailu",
        t!("budget-comparison-title"),
        vec![
            first_column(shape, "kategoria", t!("out-col-kustannuslaji")),
            Column::new("suunniteltu", t!("out-col-suunniteltu")),
            Column::new("toteutunut", t!("out-col-toteutunut")),
            Column::new("erotus", t!("out-col-erotus")).computed(Formula::Difference(1, vec![2])),
            Column::new("kaytetty", "%").computed(Formula::Percent(2, 1)),
        ],
    );
    g.sheet = Some(t!("budget-comparison-sheet"));
    let mut roles = Vec::new();
    for r in &view.comparison {
        if r.kind == RowKind::Total {
            for f in &view.comparison_flat {
                g.push(vec![
                    row_name(shape, &format!("kustannusmalli.{}", f.code), || {
                        format!("{} ({})", f.nimi, f.code)
                    }),
                    Value::money(f.suunniteltu),
                    Value::money(f.toteutunut),
                    Value::Money(f.erotus()),
                    Value::opt_percent(f.kaytetty()),
                ]);
                roles.push(Role::FlatRate);
            }
        }
        if r.covered && shape == Shape::Human {
            continue;
        }
        let cells = vec![
            row_name(shape, r.kind.key(), || labels::row_kind(r.kind)),
            Value::money(r.suunniteltu),
            Value::money(r.toteutunut),
            Value::Money(r.erotus()),
            Value::opt_percent(r.kaytetty()),
        ];
        if r.kind.is_subtotal() {
            g.push_strong(cells);
        } else {
            g.push(cells);
        }
        roles.push(Role::Row(r.kind));
    }
    mark_subtotals(&mut g, &roles);
    g
}

/// `rivi,suunniteltu,toteutunut`: the form's financing plan, then the
/// grant's percentage of eligible costs and the programme's ceiling.
pub fn financing(view: &BudgetView, shape: Shape) -> Grid {
    let f = &view.financing;
    let mut g = Grid::new(
        "rahoitus",
        t!("out-plan-title"),
        vec![
            first_column(shape, "rivi", String::new()),
            Column::new("suunniteltu", t!("out-col-suunniteltu")),
            Column::new("toteutunut", t!("out-col-toteutunut")),
        ],
    );
    for line in PlanLine::ALL {
        let cell = |c: &Option<crate::report::budget::FinancingColumn>| {
            c.as_ref()
                .and_then(|c| c.get(line))
                .map_or(Value::Empty, Value::Money)
        };
        let cells = vec![
            row_name(shape, line.key(), || labels::plan_line(line)),
            cell(&f.plan),
            cell(&f.actual),
        ];
        if line.is_subtotal() {
            g.push_strong(cells);
        } else {
            g.push(cells);
        }
    }
    let line = |l: PlanLine| PlanLine::ALL.iter().position(|x| *x == l).unwrap_or(0);
    g.rows[line(PlanLine::Oikeuttavat)].formula = Some(Formula::Difference(
        line(PlanLine::Kokonaiskustannukset),
        vec![
            line(PlanLine::EiOikeuttavat),
            line(PlanLine::Tulot),
            line(PlanLine::Yksityinen),
        ],
    ));
    let pct = |c: &Option<crate::report::budget::FinancingColumn>| {
        Value::opt_percent(c.as_ref().and_then(|c| c.grant_percent()))
    };
    g.push(vec![
        row_name(shape, "valtionavustus_prosentti", || {
            t!("budget-grant-percent")
        }),
        pct(&f.plan),
        pct(&f.actual),
    ]);
    g.computed_last(Formula::Percent(
        line(PlanLine::Valtionavustus),
        line(PlanLine::Oikeuttavat),
    ));
    ceilings(&mut g, f, shape);
    g
}

/// `enintaan_prosentti`: per column, the ceiling of that column's own
/// state-grant programme (blank with none, or with several: then one row
/// `enintaan_prosentti.<ohjelma>` per programme follows).
fn ceiling(c: &Option<FinancingColumn>) -> Option<(&str, rust_decimal::Decimal)> {
    c.as_ref().and_then(|c| c.ceiling())
}

fn ceilings(g: &mut Grid, f: &Financing, shape: Shape) {
    let columns = [&f.plan, &f.actual];
    let several = columns
        .iter()
        .any(|c| c.as_ref().is_some_and(|c| c.programmes.len() > 1));
    let mut names: Vec<&str> = columns
        .iter()
        .filter_map(|c| ceiling(c).map(|x| x.0))
        .collect();
    names.dedup();
    if names.is_empty() && !several {
        return;
    }
    let label = || {
        if names.is_empty() {
            t!("budget-ceiling")
        } else {
            t!("budget-ceiling-of", ohjelmat = names.join(" / "))
        }
    };
    let mut cells = vec![row_name(shape, "enintaan_prosentti", label)];
    cells.extend(
        columns
            .iter()
            .map(|c| Value::opt_percent(ceiling(c).map(|x| x.1))),
    );
    g.push(cells);
    if several {
        for (name, max) in f.programmes() {
            let in_column = |c: &Option<FinancingColumn>| {
                c.as_ref()
                    .is_some_and(|c| c.programmes.iter().any(|(n, _)| *n == name))
            };
            let mut cells = vec![row_name(
                shape,
                &format!("enintaan_prosentti.{name}"),
                || t!("budget-ceiling-programme", ohjelma = name.to_string()),
            )];
            cells.extend(
                columns
                    .iter()
                    .map(|c| Value::opt_percent(max.filter(|_| in_column(c)))),
            );
            g.push(cells);
        }
    }
    for (kind, c) in [
        (FundingKind::Plan, &f.plan),
        (FundingKind::Actual, &f.actual),
    ] {
        let Some(c) = c else { continue };
        if let (Some((ohjelma, max)), Some(p)) = (c.ceiling(), c.grant_percent())
            && p > max
        {
            let (osuus, enintaan) = (format::percent(p, 1), format::percent(max, 1));
            g.footer.push(match kind {
                FundingKind::Plan => t!(
                    "budget-over-ceiling-plan",
                    ohjelma = ohjelma,
                    osuus = osuus,
                    enintaan = enintaan
                ),
                FundingKind::Actual => t!(
                    "budget-over-ceiling-actual",
                    ohjelma = ohjelma,
                    osuus = osuus,
                    enintaan = enintaan
                ),
            });
        }
    }
}

/// `rahoittaja,laji,suunniteltu,suunniteltu_osuus,toteutunut,toteutunut_osuus`.
pub fn funders(view: &BudgetView) -> Grid {
    let mut g = Grid::new(
        "rahoittajat",
        t!("budget-funders-title"),
        vec![
            Column::new("rahoittaja", t!("out-col-rahoittaja")).shrinkable(),
            Column::new("laji", t!("out-col-laji")),
            Column::new("suunniteltu", t!("out-col-suunniteltu")),
            Column::new("suunniteltu_osuus", t!("out-col-osuus")),
            Column::new("toteutunut", t!("out-col-toteutunut")),
            Column::new("toteutunut_osuus", t!("out-col-osuus")),
        ],
    );
    for r in &view.funders {
        g.push(vec![
            Value::text(&r.rahoittaja),
            Value::text(
                r.lajit
                    .iter()
                    .map(|l| l.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            Value::opt_money(r.suunniteltu.value()),
            Value::opt_percent(r.suunniteltu_osuus),
            Value::opt_money(r.toteutunut.value()),
            Value::opt_percent(r.toteutunut_osuus),
        ]);
    }
    g
}

/// The folder part (`sote-johtaminen/`) every id shares, or `""`.
fn common_folder<'a>(mut ids: impl Iterator<Item = &'a str>) -> &'a str {
    let Some(first) = ids.next() else { return "" };
    let mut folder = first.rfind('/').map_or("", |i| &first[..=i]);
    for id in ids {
        while !folder.is_empty() && !id.starts_with(folder) {
            folder = folder[..folder.len() - 1]
                .rfind('/')
                .map_or("", |i| &folder[..=i]);
        }
    }
    folder
}

/// `id,nimi,yhteensa,valtionavustus,oma,muu,oma_osuus`, the total row last
/// (named `Yhteensä` for machines in every language, translated for people).
pub fn children(view: &BudgetView, shape: Shape) -> Option<Grid> {
    let c = view.children.as_ref()?;
    let mut g = Grid::new(
        "osahankkeet",
        t!("budget-children-title"),
        vec![
            // On a narrow terminal the name goes first (the id names the
            // project too), then the share that follows from the amounts.
            Column::new("id", t!("out-col-id")),
            Column::new("nimi", t!("out-col-nimi"))
                .shrinkable()
                .hideable(0),
            Column::new("yhteensa", t!("out-col-yhteensa")),
            Column::new("valtionavustus", t!("budget-col-valtionavustus")),
            Column::new("oma", t!("budget-col-oma")),
            Column::new("muu", t!("budget-col-muu")),
            Column::new("oma_osuus", t!("budget-col-oma-osuus"))
                .computed(Formula::Percent(4, 2))
                .hideable(1),
        ],
    );
    // People read the ids below the päähanke's folder (`kainuu`, not
    // `sote-johtaminen/kainuu`): the heading names the päähanke.
    let folder = match shape {
        Shape::Human => common_folder(c.rows.iter().map(|r| r.id.as_str())),
        Shape::Machine => "",
    };
    let cells = |r: &crate::report::budget::ChildRow| {
        vec![
            Value::text(r.id.strip_prefix(folder).unwrap_or(&r.id)),
            Value::text(&r.nimi),
            Value::opt_money(r.yhteensa),
            Value::opt_money(r.valtionavustus),
            Value::opt_money(r.oma),
            Value::opt_money(r.muu),
            Value::opt_percent(r.oma_osuus()),
        ]
    };
    for r in &c.rows {
        g.push(cells(r));
    }
    let mut total = cells(&c.total);
    if shape == Shape::Human {
        // People read a label where the ids are; `yhteensa` is the
        // machines' row key.
        total[0] = Value::text(t!("out-total"));
        total[1] = Value::Empty;
    }
    g.push_strong(total);
    g.computed_last(Formula::Sum((0..c.rows.len()).collect()));
    if let (Some(stated), Some(sum)) = (c.stated, c.total.yhteensa) {
        let line = if stated == sum {
            t!("budget-stated-matches", summa = format::euro(stated))
        } else {
            t!(
                "budget-stated-differs",
                summa = format::euro(stated),
                osahankkeet = format::euro(sum),
                ero = format::money_diff(sum - stated)
            )
        };
        g.footer.push(line);
    }
    Some(g)
}

/// Every table in the form's order, for the terminal, Markdown, JSON and xlsx.
///
/// For people an empty cost estimate is left out; machines always get it.
pub fn all(view: &BudgetView, shape: Shape) -> Vec<Grid> {
    let mut grids = Vec::new();
    if shape == Shape::Machine || !view.costs.is_empty() {
        grids.push(costs(&view.costs, shape));
    }
    if !view.actual_costs.is_empty() {
        grids.push(costs(&view.actual_costs, shape));
        grids.push(comparison(view, shape));
    }
    grids.push(financing(view, shape));
    grids.push(funders(view));
    grids.extend(children(view, shape));
    grids
}

#[cfg(test)]
mod tests {
    use super::common_folder;

    #[test]
    fn the_folder_every_id_shares() {
        let ids = ["sote/kainuu", "sote/lakeus"];
        assert_eq!(common_folder(ids.into_iter()), "sote/");
        assert_eq!(common_folder(["a/b/c", "a/b/d", "a/e"].into_iter()), "a/");
        assert_eq!(common_folder(["a/b", "c/d"].into_iter()), "");
        assert_eq!(common_folder(["ab/c", "a/d"].into_iter()), "");
        assert_eq!(common_folder(["top", "a/d"].into_iter()), "");
        assert_eq!(common_folder(std::iter::empty()), "");
    }
}
