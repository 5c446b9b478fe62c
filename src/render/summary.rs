//! The grids of `hanke summary`.
//!
//! People get the group's label (the residual row's in parentheses), a
//! closing `Yhteensä` row, and a `Vertailu` column when some record of a row
//! has only a plan or only actuals (`erotus` and `käytetty` compare the
//! others). Machines get `ryhma` (null for the residual row), `jaannos`,
//! `hankkeita`, `verrattavia` and the money, blank/null where unknown.

use super::grid::{Column, Grid, Value};
use crate::report::GroupBy;
use crate::report::summary::{Figures, SummaryView};

fn group_label(by: GroupBy) -> String {
    match by {
        GroupBy::Salkku => crate::t!("out-col-salkku"),
        GroupBy::Rahoittaja => crate::t!("out-col-rahoittaja"),
        GroupBy::Vuosi => crate::t!("out-col-vuosi"),
        GroupBy::Vaihe => crate::t!("out-col-vaihe"),
        GroupBy::Laji => crate::t!("out-col-laji"),
    }
}

/// The residual row's label, in parentheses: `(ei vuositietoa)`.
fn residual_label(by: GroupBy) -> String {
    match by {
        GroupBy::Vuosi => crate::t!("summary-residual-vuosi"),
        GroupBy::Rahoittaja => crate::t!("summary-residual-rahoittaja"),
        GroupBy::Salkku | GroupBy::Vaihe | GroupBy::Laji => crate::t!("summary-residual"),
    }
}

fn money(f: &Figures) -> [Value; 4] {
    [
        Value::opt_money(f.suunniteltu),
        Value::opt_money(f.toteutunut),
        f.erotus().map_or(Value::Empty, Value::Money),
        Value::opt_percent(f.kaytetty()),
    ]
}

/// `1/2 hankkeesta` (in the `Vertailu` column) where not every record with figures compares.
fn comparison(f: &Figures) -> Value {
    if f.partly_compared() {
        Value::text(crate::t!(
            "summary-compared",
            verrattavia = f.verrattavia,
            hankkeita = f.with_figures
        ))
    } else {
        Value::Empty
    }
}

/// For people: with a closing "Yhteensä" row.
pub fn human(view: &SummaryView) -> Grid {
    let partial =
        view.rows.iter().any(|r| r.figures.partly_compared()) || view.total.partly_compared();
    let mut columns = vec![
        Column::new("ryhma", group_label(view.by)).shrinkable(),
        Column::new("hankkeita", crate::t!("out-col-hankkeita")),
        Column::new("suunniteltu", crate::t!("out-col-suunniteltu")),
        Column::new("toteutunut", crate::t!("out-col-toteutunut")),
        Column::new("erotus", crate::t!("out-col-erotus")).hideable(2),
        Column::new("kaytetty", crate::t!("out-col-kaytetty")).hideable(1),
    ];
    // On a narrow terminal the note goes first: it explains the two before it.
    if partial {
        columns.push(Column::new("vertailu", crate::t!("summary-col-vertailu")).hideable(0));
    }
    let mut g = Grid::new("yhteenveto", "", columns);
    let row = |label: &str, f: &Figures| {
        let mut cells = vec![Value::text(label), Value::Int(f.hankkeita as i64)];
        cells.extend(money(f));
        if partial {
            cells.push(comparison(f));
        }
        cells
    };
    for r in &view.rows {
        let label = match &r.ryhma {
            Some(_) => r.label.clone(),
            None => residual_label(view.by),
        };
        g.push(row(&label, &r.figures));
    }
    g.push_strong(row(&crate::t!("out-total"), &view.total));
    if partial {
        g.footer.push(crate::t!("summary-partial-note"));
    }
    g
}

/// For machines (CSV, JSON): the group rows only.
pub fn machine(view: &SummaryView) -> Grid {
    let mut g = Grid::new(
        "yhteenveto",
        "",
        [
            "ryhma",
            "jaannos",
            "hankkeita",
            "verrattavia",
            "suunniteltu",
            "toteutunut",
            "erotus",
            "kaytetty",
        ]
        .into_iter()
        .map(|k| Column::new(k, k))
        .collect(),
    );
    for r in &view.rows {
        let f = &r.figures;
        let mut cells = vec![
            r.ryhma.as_ref().map_or(Value::Empty, Value::text),
            Value::Bool(r.is_residual()),
            Value::Int(f.hankkeita as i64),
            Value::Int(f.verrattavia as i64),
        ];
        cells.extend(money(f));
        g.push(cells);
    }
    g
}
