//! The grids of `hanke list`.

use super::grid::{Column, Grid, Value};
use crate::report::list::ListView;

/// For people: the short name (`lyhenne` when present), shortened to fit.
pub fn human(view: &ListView) -> Grid {
    let mut g = Grid::new(
        "hankkeet",
        "",
        vec![
            Column::new("id", crate::t!("out-col-id")),
            Column::new("nimi", crate::t!("out-col-nimi")).shrinkable(),
            Column::new("salkku", crate::t!("out-col-salkku")).hideable(0),
            Column::new("vaihe", crate::t!("out-col-vaihe")).hideable(3),
            Column::new("alkaa", crate::t!("out-col-alkaa")).hideable(1),
            Column::new("loppuu", crate::t!("out-col-loppuu")).hideable(2),
            Column::new("yhteensa", crate::t!("out-col-yhteensa")),
        ],
    );
    for r in &view.rows {
        let p = r.project;
        g.push(vec![
            Value::text(&p.id),
            Value::text(p.short_name()),
            Value::text(p.salkku().unwrap_or_default()),
            Value::text(p.vaihe.as_ref().map_or("", |v| v.as_str())),
            Value::opt_date(p.alkaa()),
            Value::opt_date(p.loppuu()),
            Value::opt_money(r.yhteensa),
        ]);
    }
    g
}

/// For machines (CSV, JSON): `id,nimi,salkku,vaihe,alkaa,loppuu,yhteensa`, the full `nimi`.
pub fn machine(view: &ListView) -> Grid {
    let mut g = Grid::new(
        "hankkeet",
        "",
        [
            "id", "nimi", "salkku", "vaihe", "alkaa", "loppuu", "yhteensa",
        ]
        .into_iter()
        .map(|k| Column::new(k, k))
        .collect(),
    );
    for r in &view.rows {
        let p = r.project;
        g.push(vec![
            Value::text(&p.id),
            Value::text(p.name()),
            Value::text(p.salkku().unwrap_or_default()),
            Value::text(p.vaihe.as_ref().map_or("", |v| v.as_str())),
            Value::opt_date(p.alkaa()),
            Value::opt_date(p.loppuu()),
            Value::opt_money(r.yhteensa),
        ]);
    }
    g
}
