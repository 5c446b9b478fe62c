//! A page per project: the card `hanke show` prints, with links both ways
//! between päähanke and osahankkeet, the funding split as a picture, the
//! cost tables by year, `check`'s findings on this record as a notice, and
//! the record's TOML source beside the page.

use askama::Template;
use serde::Serialize;

use super::chart::{self, Part, StackedBar};
use super::output::Writer;
use super::table::{Col, Table, Td, Tr};
use super::text::Ui;
use super::{Frame, Link, Site, links, templates};
use crate::diag::{Severity, render::locate};
use crate::model::{FundingKind, Project, Sp};
use crate::render::budget::{self as grids, Shape};
use crate::render::grid::Value;
use crate::report::budget::cost_table;
use crate::report::show::FundingView;

#[derive(Template)]
#[template(path = "project.html")]
struct Page {
    t: &'static Ui,
    frame: Frame,
    heading: String,
    /// The full name under the heading, when the heading is the short name.
    full: Option<String>,
    notice: Vec<Finding>,
    /// Whether any finding is an error (the notice's colour).
    notice_error: bool,
    facts: Vec<Fact>,
    tiivistelma: Vec<String>,
    tavoitteet: Vec<String>,
    toimenpiteet: Vec<String>,
    fundings: Vec<FundingSection>,
    costs: Vec<Table>,
    osahankkeet: Vec<Link>,
    contacts: Option<Table>,
    liitteet: Vec<Link>,
    /// The record's TOML beside the page: its link and file name.
    source_href: String,
    source_text: String,
}

#[derive(Serialize)]
struct Fact {
    label: &'static str,
    values: Vec<Link>,
}

#[derive(Serialize)]
struct Finding {
    error: bool,
    severity: &'static str,
    code: &'static str,
    line: usize,
    column: usize,
    message: String,
    help: Option<String>,
}

#[derive(Serialize)]
struct FundingSection {
    table: Table,
    chart: Option<StackedBar>,
    muut: Option<Table>,
}

/// Writes the project's page and its record's source; how many files.
pub fn write(site: &Site, p: &Project, out: &Writer) -> anyhow::Result<usize> {
    let path = links::project_page(&p.id);
    let t = site.t;
    let mut crumbs = vec![Link {
        text: t.front_page.to_string(),
        href: Some(links::relative(&path, "index.html")),
    }];
    if let Some(s) = site.salkku_link(&path, p) {
        crumbs.push(Link {
            text: t.salkku_title(&s.text),
            href: s.href,
        });
    }
    crumbs.push(Link {
        text: p.short_name().to_string(),
        href: None,
    });
    let notice = findings(site, p);
    let page = Page {
        t,
        frame: site.frame(&path, p.short_name().to_string(), crumbs),
        heading: p.short_name().to_string(),
        full: (p.name() != p.short_name()).then(|| p.name().to_string()),
        notice_error: notice.iter().any(|f| f.error),
        notice,
        facts: facts(site, &path, p),
        tiivistelma: paragraphs(p.tiivistelma.as_ref()),
        tavoitteet: p.tavoitteet.iter().map(|s| s.value.clone()).collect(),
        toimenpiteet: paragraphs(p.toimenpiteet.as_ref()),
        fundings: p
            .fundings()
            .map(|(kind, f)| funding_section(site, &path, &FundingView::of(kind, f)))
            .collect(),
        costs: [FundingKind::Plan, FundingKind::Actual]
            .into_iter()
            .map(|kind| cost_table(&[p], kind))
            .filter(|c| !c.is_empty())
            .map(|c| {
                let grid = grids::costs(&c, Shape::Human);
                Table::from_grid(&grid, &grid.title)
            })
            .collect(),
        osahankkeet: site
            .children
            .get(p.id.as_str())
            .into_iter()
            .flatten()
            .map(|c| site.project_link(&path, c))
            .collect(),
        contacts: contacts(site, p),
        liitteet: p
            .liitteet
            .iter()
            .map(|l| {
                let url = l.url.as_ref().map_or("", |u| u.value.as_str());
                let name = l.nimi.as_ref().map_or(url, |n| n.value.as_str());
                Link {
                    text: name.to_string(),
                    href: links::safe_url(url),
                }
            })
            .collect(),
        source_href: links::relative(&path, &links::project_source(&p.id)),
        source_text: format!("{}.toml", p.id),
    };
    templates::write_page(out, &path, &page)?;
    let read;
    let source = match site.corpus.file(p.file).kept_text() {
        Some(text) => text.as_bytes(),
        None => {
            read = source_bytes(site, p);
            &read
        }
    };
    out.write(&links::project_source(&p.id), source)?;
    Ok(2)
}

/// The record's file as it is, when loading did not keep its text (the
/// text loading keeps is the file byte for byte: a file loading had to
/// change, a byte-order mark or invalid UTF-8, does not load, H002).
fn source_bytes(site: &Site, p: &Project) -> Vec<u8> {
    let file = site.corpus.file(p.file);
    std::fs::read(&file.path).unwrap_or_else(|_| file.text().as_bytes().to_vec())
}

fn paragraphs(text: Option<&Sp<String>>) -> Vec<String> {
    text.map(|s| {
        s.value
            .split("\n\n")
            .map(|para| para.trim().to_string())
            .filter(|para| !para.is_empty())
            .collect()
    })
    .unwrap_or_default()
}

fn findings(site: &Site, p: &Project) -> Vec<Finding> {
    let t = site.t;
    site.diagnostics
        .get(&p.file)
        .into_iter()
        .flatten()
        .map(|d| {
            let at = locate(d, &site.corpus.files);
            let error = d.severity() == Severity::Error;
            Finding {
                error,
                severity: if error {
                    t.severity_error
                } else {
                    t.severity_warning
                },
                code: d.code.code,
                line: at.line,
                column: at.column,
                message: d.message.clone(),
                help: d.help.clone(),
            }
        })
        .collect()
}

fn text(s: &Option<Sp<String>>) -> Vec<Link> {
    s.as_ref()
        .filter(|s| !s.value.trim().is_empty())
        .map(|s| {
            vec![Link {
                text: s.value.clone(),
                href: None,
            }]
        })
        .unwrap_or_default()
}

fn facts(site: &Site, path: &str, p: &Project) -> Vec<Fact> {
    let t = site.t;
    let plain = |s: String| {
        vec![Link {
            text: s,
            href: None,
        }]
    };
    let salkku = site
        .salkku_link(path, p)
        .map(|mut l| {
            if let Some(name) = site
                .corpus
                .registry
                .salkut
                .get(&l.text)
                .and_then(|s| s.nimi.as_ref())
            {
                l.text = format!("{} {}", l.text, name.value);
            }
            vec![l]
        })
        .unwrap_or_default();
    let paahanke = p
        .paahanke()
        .map(|id| match site.corpus.project(id) {
            Some(parent) if !site.corpus.broken.contains(&parent.file) => {
                vec![site.project_link(path, parent)]
            }
            _ => plain(id.to_string()),
        })
        .unwrap_or_default();
    let names = |v: &[Sp<String>]| -> Vec<Link> {
        v.iter()
            .map(|s| Link {
                text: s.value.clone(),
                href: None,
            })
            .collect()
    };
    let facts = vec![
        Fact {
            label: t.f_nimi,
            values: plain(p.name().to_string()),
        },
        Fact {
            label: t.f_lyhenne,
            values: text(&p.lyhenne),
        },
        Fact {
            label: t.f_tyyppi,
            values: text(&p.tyyppi),
        },
        Fact {
            label: t.f_salkku,
            values: salkku,
        },
        Fact {
            label: t.f_vaihe,
            values: p
                .vaihe
                .as_ref()
                .map(|v| plain(v.as_str().to_string()))
                .unwrap_or_default(),
        },
        Fact {
            label: t.f_alkaa,
            values: p
                .alkaa()
                .map(|d| plain(crate::lang::format::date(d)))
                .unwrap_or_default(),
        },
        Fact {
            label: t.f_loppuu,
            values: p
                .loppuu()
                .map(|d| plain(crate::lang::format::date(d)))
                .unwrap_or_default(),
        },
        Fact {
            label: t.f_hallinnoija,
            values: text(&p.hallinnoija),
        },
        Fact {
            label: t.f_toteuttajat,
            values: names(&p.toteuttajat),
        },
        Fact {
            label: t.f_avainsanat,
            values: names(&p.avainsanat),
        },
        Fact {
            label: t.f_paahanke,
            values: paahanke,
        },
    ];
    facts.into_iter().filter(|f| !f.values.is_empty()).collect()
}

/// The shares table of `show`, with funders linked to their pages.
fn funding_section(site: &Site, path: &str, f: &FundingView) -> FundingSection {
    let t = site.t;
    let title = match f.kind {
        FundingKind::Plan => t.plan_title,
        FundingKind::Actual => t.actual_title,
    };
    let col = |label: &str, numeric: bool| Col {
        label: label.to_string(),
        numeric,
    };
    let mut rows: Vec<Tr> = f
        .shares
        .iter()
        .map(|s| {
            let href = site.funder_href(path, &s.rahoittaja);
            Tr {
                cells: vec![
                    Td::link(s.rahoittaja.clone(), href),
                    Td::text(s.laji.map_or("", |l| l.as_str())),
                    Td::text(s.ohjelma.clone().unwrap_or_default()),
                    Td::value(&Value::opt_percent(s.osuus).derived_if(s.osuus_derived)),
                    Td::value(&Value::opt_money(s.summa).derived_if(s.summa_derived)),
                ],
                strong: false,
            }
        })
        .collect();
    rows.push(Tr {
        cells: vec![
            Td::text(t.total),
            Td::default(),
            Td::default(),
            Td::default(),
            Td::value(&Value::opt_money(f.total).derived_if(f.total_derived)),
        ],
        strong: true,
    });
    let mut table = Table {
        caption: title.to_string(),
        columns: vec![
            col(t.col_rahoittaja, false),
            col(t.col_laji, false),
            col(t.col_ohjelma, false),
            col(t.col_osuus, true),
            col(t.col_summa, true),
        ],
        rows,
        notes: Vec::new(),
    };
    if let Some(e) = f.ei_oikeuttavat {
        table.notes.push(format!(
            "{}: {}",
            t.ei_oikeuttavat,
            crate::lang::format::euro(e)
        ));
    }
    if table.is_derived_anywhere() {
        table.notes.push(t.derived_note.to_string());
    }
    let parts: Vec<Part> = f
        .shares
        .iter()
        .map(|s| Part {
            name: s.rahoittaja.clone(),
            percent: s.osuus,
            amount: s.summa,
        })
        .collect();
    let id = match f.kind {
        FundingKind::Plan => "kaavio-rahoitus",
        FundingKind::Actual => "kaavio-toteuma",
    };
    let muut = (!f.muut.is_empty()).then(|| Table {
        caption: t.muut_title.to_string(),
        columns: vec![
            col(t.col_osallistuja, false),
            col(t.col_kuvaus, false),
            col(t.col_summa, true),
        ],
        rows: f
            .muut
            .iter()
            .map(|(r, k, s)| Tr {
                cells: vec![
                    Td::text(r.clone()),
                    Td::text(k.clone()),
                    Td::value(&Value::opt_money(*s)),
                ],
                strong: false,
            })
            .collect(),
        notes: Vec::new(),
    });
    FundingSection {
        chart: chart::stacked(
            id,
            &format!("{}: {}", title, t.funding_split),
            &parts,
            t.unknown_amount,
        ),
        table,
        muut,
    }
}

fn contacts(site: &Site, p: &Project) -> Option<Table> {
    let t = site.t;
    if p.yhteystiedot.is_empty() {
        return None;
    }
    let get = |s: &Option<Sp<String>>| s.as_ref().map_or(String::new(), |v| v.value.clone());
    let col = |label: &str| Col {
        label: label.to_string(),
        numeric: false,
    };
    Some(Table {
        caption: t.yhteystiedot.to_string(),
        columns: vec![
            col(t.col_rooli),
            col(t.col_nimi),
            col(t.col_puhelin),
            col(t.col_email),
        ],
        rows: p
            .yhteystiedot
            .iter()
            .map(|c| {
                let email = get(&c.email);
                Tr {
                    cells: vec![
                        Td::text(get(&c.rooli)),
                        Td::text(get(&c.nimi)),
                        Td::text(get(&c.puhelin)),
                        Td::link(email.clone(), links::mailto(&email)),
                    ],
                    strong: false,
                }
            })
            .collect(),
        notes: Vec::new(),
    })
}
