//! `hanke budget ID` and `hanke budget --salkku CODE`: the state-grant form's tables.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use crate::cli::{BudgetArgs, BudgetTable};
use crate::context::Context;
use crate::load::Corpus;
use crate::render::budget::{self as grids, Shape};
use crate::render::csv::Dialect;
use crate::render::grid::Grid;
use crate::render::output::{self, Format};
use crate::render::xlsx::{self, Heading};
use crate::render::{self, markdown, table};
use crate::report::Criteria;
use crate::report::budget::{self, BudgetView};
use crate::report::filter::{Filter, unknown_id};

pub fn run(ctx: &Context, args: &BudgetArgs) -> anyhow::Result<ExitCode> {
    let target = args.output.as_deref();
    let format = output::choose(args.format.map(Format::from), target, args.excel)?;
    let corpus = super::load_for_report(ctx)?;
    // `heading`: the view's title for people; the view's own `title` is the
    // machine one (JSON `otsikko`), Finnish in every language.
    let (view, heading) = match (&args.id, args.filter.is_empty()) {
        (Some(_), false) => {
            bail!(crate::t!("err-budget-id-and-filters"))
        }
        (None, true) => bail!(crate::t!("err-budget-nothing")),
        (Some(id), true) => {
            let id = id.trim().trim_end_matches(".toml");
            let Some(p) = corpus.project(id) else {
                bail!("{}", unknown_id(id, corpus));
            };
            if corpus.broken.contains(&p.file) {
                bail!(crate::t!(
                    "err-record-broken",
                    file = corpus.file(p.file).rel.to_string()
                ));
            }
            let view = budget::for_project(p, corpus);
            let heading = view.title.clone();
            (view, heading)
        }
        (None, false) => {
            let filter = Filter::new(&Criteria::from(&args.filter), corpus)?;
            let projects = filter.select(corpus);
            let n = projects.len();
            let fi_count = if n == 1 {
                "1 hanke".to_string()
            } else {
                format!("{n} hanketta")
            };
            let (title, heading) = if args.filter.salkku.is_empty() {
                (
                    format!("Valitut hankkeet ({fi_count})"),
                    crate::t!("budget-title-selected", hankkeita = super::hanketta(n)),
                )
            } else {
                let codes: Vec<String> = args
                    .filter
                    .salkku
                    .iter()
                    .map(|c| corpus.registry.salkku_code(c).unwrap_or(c).to_string())
                    .collect();
                (
                    format!("Salkku {} ({fi_count})", codes.join(", ")),
                    crate::t!(
                        "budget-title-salkku",
                        salkut = codes.join(", "),
                        hankkeita = super::hanketta(n)
                    ),
                )
            };
            (budget::rollup(title, projects, corpus), heading)
        }
    };
    if format == Format::Xlsx {
        let heading = Heading {
            title: workbook_title(&heading, args, corpus),
            date: ctx.today,
        };
        let book = xlsx::workbook(&grids::all(&view, Shape::Human), &heading)
            .with_context(|| crate::t!("err-workbook"))?;
        output::deliver(target, &book.bytes, Some(book.sheets))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut buf: Vec<u8> = Vec::new();
    write(&mut buf, &view, &heading, format, args)?;
    output::deliver(target, &buf, None)?;
    Ok(ExitCode::SUCCESS)
}

/// `Talousarvio: Zeta-hanke (zeta)`; for a portfolio its name from the
/// registry too: `Talousarvio: Salkku KONSTI (7 hanketta) – Elämänhallinta…`.
fn workbook_title(heading: &str, args: &BudgetArgs, corpus: &Corpus) -> String {
    let names: Vec<&str> = args
        .filter
        .salkku
        .iter()
        .filter_map(|c| corpus.registry.salkku_code(c))
        .filter_map(|code| corpus.registry.salkut.get(code)?.nimi.as_ref())
        .map(|n| n.value.as_str())
        .collect();
    if names.is_empty() || args.id.is_some() {
        crate::t!("budget-heading", title = heading)
    } else {
        let title = format!("{heading} – {}", names.join("; "));
        crate::t!("budget-heading", title = title)
    }
}

fn write(
    out: &mut dyn Write,
    view: &BudgetView,
    heading: &str,
    format: Format,
    args: &BudgetArgs,
) -> anyhow::Result<()> {
    match format {
        Format::Table => {
            let title = crate::diag::render::sanitize(heading);
            let width = if args.output.is_some() {
                None
            } else {
                table::output_width()
            };
            let heading = crate::t!("budget-heading", title = title);
            writeln!(out, "{}\n", table::wrapped(&heading, width))?;
            table::write(out, &grids::all(view, Shape::Human), width)?;
        }
        Format::Md => {
            let title = markdown::text(heading);
            writeln!(out, "# {}\n", crate::t!("budget-heading", title = title))?;
            markdown::write(out, &grids::all(view, Shape::Human), 2)?;
        }
        Format::Csv => render::csv::write_as(
            out,
            &csv_table(view, args.table)?,
            Dialect::excel_if(args.excel),
        )?,
        Format::Json => {
            let mut doc = serde_json::Map::new();
            doc.insert("otsikko".into(), view.title.clone().into());
            doc.insert("hankkeet".into(), view.sources.clone().into());
            for key in [
                "kustannusarvio",
                "toteutuneet_kustannukset",
                "vertailu",
                "rahoitus",
                "rahoittajat",
                "osahankkeet",
            ] {
                doc.insert(key.into(), serde_json::Value::Null);
            }
            for g in grids::all(view, Shape::Machine) {
                doc.insert(g.key.clone(), g.json_rows());
            }
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)?;
        }
        Format::Xlsx => bail!("a workbook is written by `run`"),
    }
    Ok(())
}

fn csv_table(view: &BudgetView, which: BudgetTable) -> anyhow::Result<Grid> {
    Ok(match which {
        BudgetTable::Kustannusarvio => grids::costs(&view.costs, Shape::Machine),
        BudgetTable::Toteutuneet => grids::costs(&view.actual_costs, Shape::Machine),
        BudgetTable::Vertailu => grids::comparison(view, Shape::Machine),
        BudgetTable::Rahoitus => grids::financing(view, Shape::Machine),
        BudgetTable::Rahoittajat => grids::funders(view),
        BudgetTable::Osahankkeet => match grids::children(view, Shape::Machine) {
            Some(g) => g,
            None => bail!(crate::t!("err-no-osahankkeet", title = view.title.clone())),
        },
    })
}
