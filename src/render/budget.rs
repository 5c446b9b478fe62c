//! The grids of `hanke budget`: the state-grant form's tables.
//!
//! Each table comes in two shapes: for people (row labels of the form) and
//! for machines (row keys such as `palkat`, `henkilostomenot`, `yhteensa`).

use super::fi;
use super::grid::{Column, Grid, Value};
use crate::model::FundingKind;
use crate::report::budget::{BudgetView, CostTable, PlanLine};

/// Which shape: row labels for people, row keys for CSV/JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Human,
    Machine,
}

fn first_column(shape: Shape, key: &str, label: &str) -> Column {
    match shape {
        Shape::Human => Column::new(key, label),
        Shape::Machine => Column::new(key, key),
    }
}

fn row_name(shape: Shape, key: &str, label: &str) -> Value {
    match shape {
        Shape::Human => Value::text(label),
        Shape::Machine => Value::text(key),
    }
}

/// `kategoria,<year>…,yhteensa`; every cell a number (0 when empty).
pub fn costs(table: &CostTable, shape: Shape) -> Grid {
    let (key, title) = match table.kind {
        FundingKind::Plan => ("kustannusarvio", "Kustannusarvio"),
        FundingKind::Actual => ("toteutuneet_kustannukset", "Toteutuneet kustannukset"),
    };
    let mut columns = vec![first_column(shape, "kategoria", "Kustannuslaji")];
    columns.extend(
        table
            .years
            .iter()
            .map(|y| Column::new(y.to_string(), y.to_string())),
    );
    columns.push(Column::new("yhteensa", "Yhteensä"));
    let mut g = Grid::new(key, title, columns);
    for r in &table.rows {
        let mut cells = vec![row_name(shape, r.kind.key(), r.kind.label())];
        cells.extend(r.by_year.iter().map(|e| Value::money(*e)));
        cells.push(Value::money(r.total));
        if r.kind.is_subtotal() {
            g.push_strong(cells);
        } else {
            g.push(cells);
        }
    }
    g
}

/// `kategoria,suunniteltu,toteutunut,erotus,kaytetty`.
pub fn comparison(view: &BudgetView, shape: Shape) -> Grid {
    let mut g = Grid::new(
        "vertailu",
        "Kustannukset: suunniteltu ja toteutunut",
        vec![
            first_column(shape, "kategoria", "Kustannuslaji"),
            Column::new("suunniteltu", "Suunniteltu"),
            Column::new("toteutunut", "Toteutunut"),
            Column::new("erotus", "Erotus"),
            Column::new("kaytetty", "%"),
        ],
    );
    for r in &view.comparison {
        let cells = vec![
            row_name(shape, r.kind.key(), r.kind.label()),
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
    }
    g
}

/// `rivi,suunniteltu,toteutunut`: the form's financing plan, then the
/// grant's percentage of eligible costs and the programme's ceiling.
pub fn financing(view: &BudgetView, shape: Shape) -> Grid {
    let f = &view.financing;
    let mut g = Grid::new(
        "rahoitus",
        "Rahoitussuunnitelma",
        vec![
            first_column(shape, "rivi", ""),
            Column::new("suunniteltu", "Suunniteltu"),
            Column::new("toteutunut", "Toteutunut"),
        ],
    );
    for line in PlanLine::ALL {
        let cell = |c: &Option<crate::report::budget::FinancingColumn>| {
            c.as_ref()
                .map_or(Value::Empty, |c| Value::Money(c.get(line)))
        };
        let cells = vec![
            row_name(shape, line.key(), line.label()),
            cell(&f.plan),
            cell(&f.actual),
        ];
        if line.is_subtotal() {
            g.push_strong(cells);
        } else {
            g.push(cells);
        }
    }
    let pct = |c: &Option<crate::report::budget::FinancingColumn>| {
        Value::opt_percent(c.as_ref().and_then(|c| c.grant_percent()))
    };
    g.push(vec![
        row_name(
            shape,
            "valtionavustus_prosentti",
            "Valtionavustus, % oikeuttavista kustannuksista",
        ),
        pct(&f.plan),
        pct(&f.actual),
    ]);
    if let Some((ohjelma, max)) = &f.ceiling {
        g.push(vec![
            row_name(
                shape,
                "enintaan_prosentti",
                &format!("Enimmäisosuus ({ohjelma})"),
            ),
            if f.plan.is_some() {
                Value::Percent(*max)
            } else {
                Value::Empty
            },
            if f.actual.is_some() {
                Value::Percent(*max)
            } else {
                Value::Empty
            },
        ]);
        for (label, c) in [("suunnitelma", &f.plan), ("toteuma", &f.actual)] {
            if let Some(p) = c.as_ref().and_then(|c| c.grant_percent())
                && p > *max
            {
                g.footer.push(format!(
                    "Huom: valtionavustus ylittää ohjelman {ohjelma} enimmäisosuuden ({label}: {} > {})",
                    fi::percent(p, 1),
                    fi::percent(*max, 1)
                ));
            }
        }
    }
    g
}

/// `rahoittaja,laji,suunniteltu,suunniteltu_osuus,toteutunut,toteutunut_osuus`.
pub fn funders(view: &BudgetView) -> Grid {
    let mut g = Grid::new(
        "rahoittajat",
        "Rahoittajat",
        vec![
            Column::new("rahoittaja", "Rahoittaja").shrinkable(),
            Column::new("laji", "Laji"),
            Column::new("suunniteltu", "Suunniteltu"),
            Column::new("suunniteltu_osuus", "Osuus"),
            Column::new("toteutunut", "Toteutunut"),
            Column::new("toteutunut_osuus", "Osuus"),
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
            Value::money(r.suunniteltu),
            Value::opt_percent(r.suunniteltu_osuus),
            Value::money(r.toteutunut),
            Value::opt_percent(r.toteutunut_osuus),
        ]);
    }
    g
}

/// `id,nimi,yhteensa,valtionavustus,oma,muu,oma_osuus`, the total row last.
pub fn children(view: &BudgetView) -> Option<Grid> {
    let c = view.children.as_ref()?;
    let mut g = Grid::new(
        "osahankkeet",
        "Osahankkeet",
        vec![
            Column::new("id", "Id"),
            Column::new("nimi", "Nimi").shrinkable(),
            Column::new("yhteensa", "Yhteensä"),
            Column::new("valtionavustus", "Valtionavustus"),
            Column::new("oma", "Oma rahoitus"),
            Column::new("muu", "Muu rahoitus"),
            Column::new("oma_osuus", "Oma %"),
        ],
    );
    let cells = |r: &crate::report::budget::ChildRow| {
        vec![
            Value::text(&r.id),
            Value::text(&r.nimi),
            Value::opt_money(r.yhteensa),
            Value::money(r.valtionavustus),
            Value::money(r.oma),
            Value::money(r.muu),
            Value::opt_percent(r.oma_osuus()),
        ]
    };
    for r in &c.rows {
        g.push(cells(r));
    }
    g.push_strong(cells(&c.total));
    if let (Some(stated), Some(sum)) = (c.stated, c.total.yhteensa) {
        let line = if stated == sum {
            format!("Päähankkeen oma yhteissumma {} täsmää.", fi::euro(stated))
        } else {
            format!(
                "Päähankkeen oma yhteissumma on {}, osahankkeiden summa {} (ero {}).",
                fi::euro(stated),
                fi::euro(sum),
                fi::euro_diff(sum - stated)
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
    grids.extend(children(view));
    grids
}
