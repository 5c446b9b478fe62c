//! A page per salkku: its projects, `summary` by vaihe, rahoittaja and
//! vuosi, planned against actual money by year as a picture, and the
//! `budget --salkku` tables, with the project table as CSV and JSON and the
//! budget as an Excel workbook.

use askama::Template;

use super::chart::{self, Pair, PairLabels, PairedBars};
use super::output::Writer;
use super::table::Table;
use super::text::Ui;
use super::{Frame, Known, Link, Options, Site, downloads, links, templates};
use crate::render;
use crate::render::budget::{self as grids, Shape};
use crate::report::filter::salkku_key;
use crate::report::{GroupBy, SortKey};
use crate::report::{budget, list, summary};

#[derive(Template)]
#[template(path = "salkku.html")]
struct Page {
    t: &'static Ui,
    frame: Frame,
    heading: String,
    nimi: Option<String>,
    omistaja: Option<String>,
    count: String,
    projects: Table,
    chart: Option<PairedBars>,
    summaries: Vec<Table>,
    budget_title: String,
    budget: Vec<Table>,
    downloads: Vec<Link>,
}

/// Writes the portfolio's page and its downloads; how many files.
pub fn write(site: &Site, code: &str, options: &Options, out: &Writer) -> anyhow::Result<usize> {
    let corpus = site.corpus;
    let t = site.t;
    let path = site.salkku_pages[code].clone();
    let stem = path.trim_end_matches(".html").to_string();
    // What `hanke list --salkku CODE` selects.
    let selection = site
        .salkku_members
        .get(&salkku_key(code))
        .cloned()
        .unwrap_or_default();
    let view = list::list_with(
        site.in_front_order(selection.clone()),
        SortKey::Nimi,
        false,
        &site.rollup,
    );
    let registry_entry = corpus.registry.salkut.get(code);
    let crumbs = vec![
        Link {
            text: t.front_page.to_string(),
            href: Some(links::relative(&path, "index.html")),
        },
        Link {
            text: t.salkku_title(code),
            href: None,
        },
    ];
    let by_year = summary::summary_with(&selection, GroupBy::Vuosi, corpus, &site.rollup);
    let pairs: Vec<Pair> = by_year
        .rows
        .iter()
        .map(|r| Pair {
            label: r.label.clone(),
            plan: r.figures.suunniteltu.known(),
            actual: r.figures.toteutunut.known(),
        })
        .collect();
    let labels = PairLabels {
        plan: t.col_suunniteltu,
        actual: t.col_toteutunut,
        unknown: t.unknown_amount,
    };
    let summaries = [
        (GroupBy::Vaihe, t.by_vaihe),
        (GroupBy::Rahoittaja, t.by_rahoittaja),
        (GroupBy::Vuosi, t.by_vuosi),
    ]
    .into_iter()
    .map(|(by, caption)| {
        let view = if by == GroupBy::Vuosi {
            by_year.clone()
        } else {
            summary::summary_with(&selection, by, corpus, &site.rollup)
        };
        let mut table = Table::from_grid(&render::summary::human(&view), caption);
        if by == GroupBy::Rahoittaja {
            table.link_first_column(|_, name| site.funder_href(&path, name));
        }
        table
    })
    .collect();
    let title = format!("{} ({})", t.salkku_title(code), t.hanketta(selection.len()));
    let budget_view = budget::rollup_with(title.clone(), selection.clone(), corpus, &site.rollup);
    let budget_grids = grids::all(&budget_view, Shape::Human);
    let budget_tables = budget_grids
        .iter()
        .map(|g| Table::from_grid(g, &g.title))
        .collect();
    let page = Page {
        t,
        frame: site.frame(&path, t.salkku_title(code), crumbs),
        heading: t.salkku_title(code),
        nimi: registry_entry
            .and_then(|s| s.nimi.as_ref())
            .map(|n| n.value.clone()),
        omistaja: registry_entry
            .and_then(|s| s.omistaja.as_ref())
            .map(|n| n.value.clone()),
        count: t.hanketta(selection.len()),
        projects: project_table(site, &path, &view),
        chart: chart::paired("kaavio-vuodet", t.money_by_year, &pairs, &labels),
        summaries,
        budget_title: budget_view.title.clone(),
        budget: budget_tables,
        downloads: vec![
            Link {
                text: t.download_csv.to_string(),
                href: Some(links::relative(&path, &format!("{stem}.csv"))),
            },
            Link {
                text: t.download_json.to_string(),
                href: Some(links::relative(&path, &format!("{stem}.json"))),
            },
            Link {
                text: t.download_xlsx.to_string(),
                href: Some(links::relative(&path, &format!("{stem}-talousarvio.xlsx"))),
            },
        ],
    };
    templates::write_page(out, &path, &page)?;
    let tables = downloads::write_list_tables(&view, &stem, out)?;
    let xlsx = downloads::budget_xlsx(&budget_view.title, &budget_grids, options.today)?;
    out.write(&format!("{stem}-talousarvio.xlsx"), &xlsx)?;
    Ok(1 + tables + 1)
}

/// The projects of a selection, as `hanke list` shows them, without the id
/// (on a page the name is the link) and the salkku (every row is of this one).
fn project_table(site: &Site, path: &str, view: &list::ListView) -> Table {
    let mut grid = render::list::human(view);
    for key in ["salkku", "id"] {
        if let Some(i) = grid.columns.iter().position(|c| c.key == key) {
            grid.columns.remove(i);
            for row in &mut grid.rows {
                row.cells.remove(i);
            }
        }
    }
    let mut table = Table::from_grid(&grid, site.t.projects_heading);
    for (row, r) in table.rows.iter_mut().zip(&view.rows) {
        row.cells[0].href = Some(links::relative(path, &links::project_page(&r.project.id)));
    }
    table
}
