//! A page per rahoittaja (funder): every share it has in a plan or in the
//! actuals, with the project, and its totals as `summary --by rahoittaja`
//! counts them for the projects it funds (each euro once).
//!
//! A funder is the registry's canonical name; aliases fold in (`Ouka` is
//! `Oulun kaupunki`), so its projects are those `hanke list --rahoittaja`
//! selects.

use foldhash::{HashMap, HashMapExt as _};

use askama::Template;

use super::output::Writer;
use super::table::{Col, Table, Td, Tr};
use super::text::Ui;
use super::{Frame, Link, Site, links, templates};
use crate::model::{FundingKind, Project};
use crate::render::{self, grid::Value};
use crate::report::GroupBy;
use crate::report::show::FundingView;
use crate::report::summary::SummaryView;

/// One funder and the projects it funds, in the front page's order.
pub struct Funder<'a> {
    /// Canonical name, lowercased.
    pub key: String,
    pub name: String,
    pub projects: Vec<&'a Project>,
}

#[derive(Template)]
#[template(path = "rahoittaja.html")]
struct Page {
    t: &'static Ui,
    frame: Frame,
    heading: String,
    aliases: Vec<String>,
    count: String,
    totals: Table,
    shares: Table,
}

/// Every funder named in a sound record, each with its projects.
pub fn all<'a>(site: &Site<'a>) -> Vec<Funder<'a>> {
    let mut by_key: HashMap<String, Vec<&'a Project>> = HashMap::new();
    for (p, names) in site.projects.iter().zip(&site.funder_names) {
        let mut keys: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        keys.dedup();
        for key in keys {
            let list = by_key.entry(key).or_default();
            if list.last().is_none_or(|q| q.id != p.id) {
                list.push(p);
            }
        }
    }
    let mut out: Vec<Funder> = by_key
        .into_iter()
        .filter_map(|(key, projects)| {
            let (name, _) = site.funder_pages.get(&key)?;
            Some(Funder {
                name: name.clone(),
                key,
                projects,
            })
        })
        .collect();
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

/// Writes the funder's page; how many files.
pub fn write(site: &Site, f: &Funder, out: &Writer) -> anyhow::Result<usize> {
    let t = site.t;
    let corpus = site.corpus;
    let path = site.funder_pages[&f.key].1.clone();
    let crumbs = vec![
        Link {
            text: t.front_page.to_string(),
            href: Some(links::relative(&path, "index.html")),
        },
        Link {
            text: f.name.clone(),
            href: None,
        },
    ];
    // Its row of `summary --by rahoittaja`, alone.
    let row = site
        .by_funder
        .rows
        .iter()
        .find(|r| r.ryhma.as_ref().is_some_and(|n| n.to_lowercase() == f.key));
    let view = SummaryView {
        by: GroupBy::Rahoittaja,
        rows: row.into_iter().cloned().collect(),
        total: row.map(|r| r.figures.clone()).unwrap_or_default(),
    };
    let mut totals = Table::from_grid(&render::summary::human(&view), t.funded_projects);
    totals.rows.retain(|r| {
        r.cells
            .first()
            .is_some_and(|c| c.text.to_lowercase() == f.key)
    });
    let col = |label: &str, numeric: bool| Col {
        label: label.to_string(),
        numeric,
    };
    let mut rows = Vec::new();
    for p in &f.projects {
        let href = links::relative(&path, &links::project_page(&p.id));
        for (kind, funding) in p.fundings() {
            if !funding
                .osuudet
                .iter()
                .any(|s| site.org_key(s.funder()) == f.key)
            {
                continue;
            }
            let resolved = FundingView::of(kind, funding);
            for s in &resolved.shares {
                if site.org_key(&s.rahoittaja) != f.key {
                    continue;
                }
                let kind_label = match kind {
                    FundingKind::Plan => t.plan_title,
                    FundingKind::Actual => t.actual_title,
                };
                rows.push(Tr {
                    cells: vec![
                        Td::link(p.short_name(), Some(href.clone())),
                        Td::text(kind_label),
                        Td::text(s.laji.map_or("", |l| l.as_str())),
                        Td::text(s.ohjelma.clone().unwrap_or_default()),
                        Td::value(&Value::opt_percent(s.osuus).derived_if(s.osuus_derived)),
                        Td::value(&Value::opt_money(s.summa).derived_if(s.summa_derived)),
                    ],
                    strong: false,
                });
            }
        }
    }
    let mut shares = Table {
        caption: t.funded_projects.to_string(),
        columns: vec![
            col(t.col_nimi, false),
            col(t.rahoitus_heading, false),
            col(t.col_laji, false),
            col(t.col_ohjelma, false),
            col(t.col_osuus, true),
            col(t.col_summa, true),
        ],
        rows,
        notes: Vec::new(),
    };
    if shares.is_derived_anywhere() {
        shares.notes.push(t.derived_note.to_string());
    }
    totals.caption = t.total.to_string();
    let aliases = corpus
        .registry
        .organisaatiot
        .get(&f.name)
        .map(|o| o.lyhenteet.iter().map(|a| a.value.clone()).collect())
        .unwrap_or_default();
    let page = Page {
        t,
        frame: site.frame(&path, f.name.clone(), crumbs),
        heading: f.name.clone(),
        aliases,
        count: t.hanketta(f.projects.len()),
        totals,
        shares,
    };
    templates::write_page(out, &path, &page)?;
    Ok(1)
}
