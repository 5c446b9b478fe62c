//! The grids of `hanke list`.

use super::grid::{Column, Grid, Value};
use crate::report::list::ListView;

/// For people: the short name (`lyhenne` when present), shortened to fit.
pub fn human(view: &ListView) -> Grid {
    let mut g = Grid::new(
        "hankkeet",
        "",
        vec![
            Column::new("id", "Id"),
            Column::new("nimi", "Nimi").shrinkable(),
            Column::new("salkku", "Salkku").hideable(0),
            Column::new("vaihe", "Vaihe").hideable(3),
            Column::new("alkaa", "Alkaa").hideable(1),
            Column::new("loppuu", "Loppuu").hideable(2),
            Column::new("yhteensa", "Yhteensä"),
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
