//! The grid of `hanke summary`.

use super::grid::{Column, Grid, Value};
use crate::cli::GroupBy;
use crate::report::summary::{SummaryRow, SummaryView};

fn group_label(by: GroupBy) -> &'static str {
    match by {
        GroupBy::Salkku => "Salkku",
        GroupBy::Rahoittaja => "Rahoittaja",
        GroupBy::Vuosi => "Vuosi",
        GroupBy::Vaihe => "Vaihe",
        GroupBy::Laji => "Laji",
    }
}

fn cells(r: &SummaryRow) -> Vec<Value> {
    vec![
        Value::text(&r.ryhma),
        Value::Int(r.hankkeita as i64),
        Value::money(r.suunniteltu),
        Value::money(r.toteutunut),
        Value::Money(r.erotus()),
        Value::opt_percent(r.kaytetty()),
    ]
}

/// Columns `ryhma,hankkeita,suunniteltu,toteutunut,erotus,kaytetty`; with
/// `total`, a closing "Yhteensä" row (human formats only).
pub fn grid(view: &SummaryView, total: bool) -> Grid {
    let mut g = Grid::new(
        "yhteenveto",
        "",
        vec![
            Column::new("ryhma", group_label(view.by)).shrinkable(),
            Column::new("hankkeita", "Hankkeita"),
            Column::new("suunniteltu", "Suunniteltu"),
            Column::new("toteutunut", "Toteutunut"),
            Column::new("erotus", "Erotus").hideable(1),
            Column::new("kaytetty", "Käytetty").hideable(0),
        ],
    );
    for r in &view.rows {
        g.push(cells(r));
    }
    if total {
        g.push_strong(cells(&view.total));
    }
    g
}
