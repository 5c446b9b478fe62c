//! The front page: every project in one table, the filters' data, the
//! portfolios and funders, and the table as CSV and JSON.
//!
//! The filters run in the browser (`assets/site.js`) over [`FilterData`]:
//! for each row the values [`crate::report::filter`] compares, already
//! normalised the way it normalises them (lowercased salkku, canonical
//! funder and implementer names, years, folded search fields), and the
//! registry's alias table to normalise what the reader types the same way.
//! So a URL such as `?salkku=KONSTI&hae=johtaminen` shows exactly the rows of
//! `hanke list --salkku KONSTI --hae johtaminen` (tests/site_browser.rs
//! checks this against [`crate::report::filter::Filter`]).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use foldhash::HashSet;

use askama::Template;
use chrono::Datelike;
use serde::Serialize;

use super::chart::{self, Pair, PairLabels, PairedBars};
use super::output::Writer;
use super::table::Table;
use super::text::Ui;
use super::{Frame, Known, Link, Site, downloads, links, templates};
use crate::model::{FundingKind, Project, Vaihe};
use crate::render::{self, fi, grid::Value as Cell};
use crate::report;
use crate::report::filter::salkku_key;

const PATH: &str = "index.html";

#[derive(Template)]
#[template(path = "index.html")]
struct Page<'s> {
    t: &'static Ui,
    frame: Frame,
    lead: String,
    status: String,
    rows: Vec<Row>,
    salkut: Vec<String>,
    vaiheet: Vec<&'static str>,
    rahoittajat: Vec<String>,
    toteuttajat: Vec<String>,
    years: Vec<i32>,
    broken: Vec<String>,
    salkut_table: Table,
    salkut_chart: Option<PairedBars>,
    funders_table: Table,
    downloads: Vec<Link>,
    /// The filters' data, as JSON safe inside `<script>`.
    data: templates::ScriptJson<FilterData<'s>>,
}

struct Row {
    id: String,
    href: String,
    nimi: String,
    /// The full name, when the table shows the short one.
    full: Option<String>,
    salkku: Option<Link>,
    vaihe: &'static str,
    alkaa: String,
    loppuu: String,
    yhteensa: String,
    rahoittajat: Vec<Link>,
}

/// What the browser filters with, one entry per row in the table's order.
#[derive(Serialize)]
pub struct FilterData<'s> {
    /// Interface text the script prints.
    pub t: ScriptText,
    /// The registry's portfolio codes (a `salkku` value must be one of
    /// these, or a code some record uses, as `hanke list` requires).
    pub codes: Vec<String>,
    /// The salkku values records use, as written.
    pub record_salkut: Vec<String>,
    /// Ids of records that are not rows (they do not load): `paahanke`
    /// may still name them, as `hanke list --paahanke` accepts any record.
    pub other_ids: Vec<String>,
    /// A name or alias, lowercased, → the canonical name, lowercased.
    pub orgs: BTreeMap<String, String>,
    /// The years `runs_in` can compare with (chrono's date range); a
    /// `vuosi` outside them selects nothing.
    pub min_year: i32,
    pub max_year: i32,
    /// One [`RowData`] a row, made as it is written.
    pub rows: Rows<'s>,
}

/// The rows of [`FilterData`]: each made, written and dropped in turn.
pub struct Rows<'s> {
    site: &'s Site<'s>,
}

impl Serialize for Rows<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.site.projects.iter().map(|p| row_data(self.site, p)))
    }
}

/// The filterable values of one row (short keys: 10 000 rows ship in the page).
#[derive(Serialize)]
pub struct RowData<'s> {
    pub id: &'s str,
    /// salkku, trimmed and lowercased.
    pub s: Option<String>,
    /// vaihe as written in records.md.
    pub v: Option<&'static str>,
    /// Funders of the plan and actuals, canonical and lowercased.
    pub r: Vec<Cow<'s, str>>,
    /// Implementers, canonical and lowercased.
    pub t: Vec<Cow<'s, str>>,
    /// Start and end year.
    pub a: Option<i32>,
    pub l: Option<i32>,
    /// päähanke as written.
    pub p: Option<&'s str>,
    /// nimi, lyhenne, tiivistelma and avainsanat, folded for search.
    pub h: Vec<String>,
    /// What the row adds to the planned and actual totals, as `summary`
    /// counts them (plain decimals; `null` when it has no figure).
    pub m: [Option<String>; 2],
}

#[derive(Serialize)]
pub struct ScriptText {
    /// How the script writes money: `fi` (`1 000 €`) or `en` (`€1,000`).
    pub lang: &'static str,
    pub showing: &'static str,
    pub one: &'static str,
    pub many: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    pub filter_error: &'static str,
    pub unknown_salkku: &'static str,
    pub unknown_vaihe: &'static str,
    pub bad_vuosi: &'static str,
    pub unknown_paahanke: &'static str,
    pub no_projects: &'static str,
    pub paahanke: &'static str,
    pub unknown: &'static str,
}

/// Writes the front page and its downloads; how many files.
pub fn write(site: &Site, out: &Writer) -> anyhow::Result<usize> {
    let corpus = site.corpus;
    let t = site.t;
    let view = &site.list;
    let (by_salkku, by_funder) = (&site.by_salkku, &site.by_funder);
    let rows: Vec<Row> = view
        .rows
        .iter()
        .zip(&site.funder_names)
        .map(|(r, names)| row(site, r.project, names, &Cell::opt_money(r.yhteensa)))
        .collect();
    let mut salkut_table = Table::from_grid(&render::summary::human(by_salkku), t.salkut_heading);
    salkut_table.link_first_column(|_, code| {
        site.salkku_pages
            .get(code)
            .map(|to| links::relative(PATH, to))
    });
    let mut funders_table =
        Table::from_grid(&render::summary::human(by_funder), t.rahoittajat_heading);
    funders_table.link_first_column(|_, name| site.funder_href(PATH, name));
    let pairs: Vec<Pair> = by_salkku
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
    let (mut rahoittajat, mut toteuttajat) = (BTreeSet::new(), BTreeSet::new());
    let mut years = BTreeSet::new();
    for (p, names) in site.projects.iter().zip(&site.funder_names) {
        rahoittajat.extend(names.iter().cloned());
        toteuttajat.extend(
            p.toteuttajat
                .iter()
                .map(|n| corpus.registry.canonical_org(n).to_string())
                .filter(|n| !n.is_empty()),
        );
        if let Some(a) = p.alkaa() {
            let first = a.year();
            let last = p
                .loppuu()
                .map_or(site.today.year().max(first), |l| l.year());
            // A record's years are few; a typo of 3 000 years is not listed year by year.
            if last - first <= 50 {
                years.extend(first..=last);
            } else {
                years.insert(first);
            }
        }
    }
    let mut rahoittajat: Vec<String> = rahoittajat.into_iter().collect();
    rahoittajat.sort_by(|a, b| fi::cmp(a, b).then_with(|| a.cmp(b)));
    let mut toteuttajat: Vec<String> = toteuttajat.into_iter().collect();
    toteuttajat.sort_by(|a, b| fi::cmp(a, b).then_with(|| a.cmp(b)));
    let n = site.projects.len();
    let page = Page {
        t,
        frame: site.frame(PATH, t.projects_heading.to_string(), Vec::new()),
        lead: t.front_lead(n, site.salkku_pages.len()),
        status: status(
            t,
            n,
            n,
            by_salkku.total.suunniteltu.known(),
            by_salkku.total.toteutunut.known(),
        ),
        rows,
        salkut: salkku_codes(site),
        vaiheet: Vaihe::ALL.iter().map(|v| v.as_str()).collect(),
        rahoittajat,
        toteuttajat,
        years: years.into_iter().collect(),
        broken: corpus
            .broken_files()
            .iter()
            .map(|s| s.to_string())
            .collect(),
        salkut_chart: chart::paired("kaavio-salkut", t.money_by_salkku, &pairs, &labels),
        salkut_table,
        funders_table,
        downloads: vec![
            Link {
                text: t.download_csv.to_string(),
                href: Some("hankkeet.csv".into()),
            },
            Link {
                text: t.download_json.to_string(),
                href: Some("hankkeet.json".into()),
            },
        ],
        data: templates::ScriptJson(filter_data(site)),
    };
    templates::write_page(out, PATH, &page)?;
    Ok(1 + downloads::write_list_tables(view, "hankkeet", out)?)
}

/// `Näytetään 7 / 7 hanketta · suunniteltu 1 000 € · toteutunut 900 €`; the
/// script writes the same sentence for the rows a filter leaves visible.
pub fn status(
    t: &super::text::Ui,
    shown: usize,
    of: usize,
    plan: Option<crate::model::Euro>,
    actual: Option<crate::model::Euro>,
) -> String {
    let word = if of == 1 {
        t.project_one
    } else {
        t.projects_word
    };
    let amount = |e: Option<crate::model::Euro>| {
        e.map_or_else(|| t.unknown_amount.to_string(), crate::lang::format::euro)
    };
    format!(
        "{} {shown} / {of} {word} · {} {} · {} {}",
        t.showing,
        t.planned,
        amount(plan),
        t.actual,
        amount(actual)
    )
}

fn salkku_codes(site: &Site) -> Vec<String> {
    let mut v: Vec<String> = site.salkku_pages.keys().cloned().collect();
    v.sort_by(|a, b| fi::cmp(a, b).then_with(|| a.cmp(b)));
    v
}

fn row(site: &Site, p: &Project, funders: &[String], yhteensa: &Cell) -> Row {
    let short = p.short_name();
    Row {
        id: p.id.clone(),
        href: links::relative(PATH, &links::project_page(&p.id)),
        nimi: short.to_string(),
        full: (p.name() != short).then(|| p.name().to_string()),
        salkku: site.salkku_link(PATH, p),
        vaihe: p.vaihe.as_ref().map_or("", |v| v.as_str()),
        alkaa: p.alkaa().map(crate::lang::format::date).unwrap_or_default(),
        loppuu: p
            .loppuu()
            .map(crate::lang::format::date)
            .unwrap_or_default(),
        yhteensa: yhteensa.human(),
        rahoittajat: funders.iter().map(|n| site.funder_link(PATH, n)).collect(),
    }
}

pub fn filter_data<'s>(site: &'s Site<'s>) -> FilterData<'s> {
    let corpus = site.corpus;
    let registry = &corpus.registry;
    let rows_ids: HashSet<&str> = site.projects.iter().map(|p| p.id.as_str()).collect();
    let mut orgs = BTreeMap::new();
    for name in registry.org_names() {
        let key = name.to_lowercase();
        // The filter looks a name up trimmed; a key with spaces around it is never found.
        if key.trim() != key {
            continue;
        }
        if let Some(canonical) = registry.known_org(&key) {
            orgs.insert(key, canonical.to_lowercase());
        }
    }
    let record_salkut: BTreeSet<String> = site
        .projects
        .iter()
        .filter_map(|p| p.salkku().map(str::to_string))
        .collect();
    let t = site.t;
    FilterData {
        t: ScriptText {
            lang: t.lang,
            showing: t.showing,
            one: t.project_one,
            many: t.projects_word,
            planned: t.planned,
            actual: t.actual,
            filter_error: t.filter_error,
            unknown_salkku: t.unknown_salkku,
            unknown_vaihe: t.unknown_vaihe,
            bad_vuosi: t.bad_vuosi,
            unknown_paahanke: t.unknown_paahanke,
            no_projects: t.no_projects,
            paahanke: t.filter_paahanke,
            unknown: t.unknown_amount,
        },
        codes: registry.salkut.keys().cloned().collect(),
        record_salkut: record_salkut.into_iter().collect(),
        other_ids: corpus
            .ids()
            .filter(|id| !rows_ids.contains(id))
            .map(str::to_string)
            .collect(),
        orgs,
        min_year: year_range().0,
        max_year: year_range().1,
        rows: Rows { site },
    }
}

fn row_data<'s>(site: &'s Site<'s>, p: &'s Project) -> RowData<'s> {
    RowData {
        id: &p.id,
        s: p.salkku().map(salkku_key),
        v: p.vaihe.as_ref().map(|v| v.as_str()),
        r: dedup(
            p.fundings()
                .flat_map(|(_, f)| f.osuudet.iter())
                .filter_map(|s| s.rahoittaja.as_ref())
                .map(|r| site.org_key(r)),
        ),
        t: dedup(p.toteuttajat.iter().map(|n| site.org_key(n))),
        a: p.alkaa().map(|d| d.year()),
        l: p.loppuu().map(|d| d.year()),
        p: p.paahanke(),
        h: [&p.nimi, &p.lyhenne, &p.tiivistelma]
            .into_iter()
            .flatten()
            .map(|s| s.value.as_str())
            .chain(p.avainsanat.iter().map(|s| s.value.as_str()))
            .map(fi::search_fold)
            .collect(),
        m: [FundingKind::Plan, FundingKind::Actual]
            .map(|kind| contribution(p, kind, &site.rollup).map(|e| e.plain())),
    }
}

/// What one record adds to a selection's total of `kind`, so that any
/// filtered set of rows sums as `summary` counts: each euro once. A record
/// whose figures its osahankkeet stand for in the whole portfolio
/// ([`report::left_out_of_rollup`]) adds nothing, but its figure is known.
fn contribution(
    p: &Project,
    kind: FundingKind,
    rollup: &report::rollup::Rollup,
) -> Option<crate::model::Euro> {
    // What `summary` counts for the record (each euro once); a record whose
    // family another record stands for adds 0 to the visible rows' totals.
    match rollup.stake(p, kind) {
        report::rollup::Stake::Own(t) => t,
        _ => report::total(p, kind).map(|_| crate::model::Euro::ZERO),
    }
}

/// The first and last year whose 1 January and 31 December both exist as dates.
fn year_range() -> (i32, i32) {
    use chrono::NaiveDate;
    let min = NaiveDate::MIN.year()
        + i32::from(NaiveDate::from_ymd_opt(NaiveDate::MIN.year(), 1, 1).is_none());
    let max = NaiveDate::MAX.year()
        - i32::from(NaiveDate::from_ymd_opt(NaiveDate::MAX.year(), 12, 31).is_none());
    (min, max)
}

fn dedup<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}
