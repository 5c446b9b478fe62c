//! `hanke budget ID` and `hanke budget --salkku CODE`: the state-grant form's tables.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use crate::cli::{BudgetArgs, BudgetFormat, BudgetTable};
use crate::context::Context;
use crate::render::budget::{self as grids, Shape};
use crate::render::grid::Grid;
use crate::render::{self, markdown, table};
use crate::report::budget::{self, BudgetView};
use crate::report::filter::{Filter, unknown_id};

pub fn run(ctx: &Context, args: &BudgetArgs) -> anyhow::Result<ExitCode> {
    let corpus = super::load_for_report(ctx)?;
    let view = match (&args.id, args.filter.is_empty()) {
        (Some(_), false) => {
            bail!("give a project id or filters such as `--salkku CODE`, not both")
        }
        (None, true) => bail!(
            "give a project id (`hanke budget ID`) or choose projects to roll up with `--salkku CODE`"
        ),
        (Some(id), true) => {
            let id = id.trim().trim_end_matches(".toml");
            let Some(p) = corpus.project(id) else {
                bail!("{}", unknown_id(id, corpus));
            };
            if corpus.broken.contains(&p.file) {
                bail!(
                    "the record `{}` does not load (run `hanke check` for details)",
                    corpus.file(p.file).rel
                );
            }
            budget::for_project(p, corpus)
        }
        (None, false) => {
            let filter = Filter::new(&args.filter, corpus)?;
            let projects = filter.select(corpus);
            let title = if args.filter.salkku.is_empty() {
                format!("Valitut hankkeet ({})", super::hanketta(projects.len()))
            } else {
                let codes: Vec<String> = args
                    .filter
                    .salkku
                    .iter()
                    .map(|c| corpus.registry.salkku_code(c).unwrap_or(c).to_string())
                    .collect();
                format!(
                    "Salkku {} ({})",
                    codes.join(", "),
                    super::hanketta(projects.len())
                )
            };
            budget::rollup(title, projects, corpus)
        }
    };
    if args.format == BudgetFormat::Xlsx {
        #[cfg(not(feature = "xlsx"))]
        bail!(
            "this hanke was built without xlsx support (--no-default-features); install it with default features for `--format xlsx`"
        );
        #[cfg(feature = "xlsx")]
        {
            let Some(path) = &args.output else {
                bail!("xlsx needs an output file: add `-o FILE.xlsx`");
            };
            render::xlsx::write(path, &grids::all(&view, Shape::Human))
                .with_context(|| format!("cannot write `{}`", path.display()))?;
            return Ok(ExitCode::SUCCESS);
        }
    }
    let mut buf: Vec<u8> = Vec::new();
    write(&mut buf, &view, args)?;
    match &args.output {
        Some(path) => std::fs::write(path, &buf)
            .with_context(|| format!("cannot write `{}`", path.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&buf)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn write(out: &mut dyn Write, view: &BudgetView, args: &BudgetArgs) -> anyhow::Result<()> {
    match args.format {
        BudgetFormat::Table => {
            writeln!(
                out,
                "Talousarvio: {}\n",
                crate::diag::render::sanitize(&view.title)
            )?;
            let width = if args.output.is_some() {
                None
            } else {
                table::output_width()
            };
            table::write(out, &grids::all(view, Shape::Human), width)?;
        }
        BudgetFormat::Md => {
            writeln!(out, "# Talousarvio: {}\n", markdown::cell(&view.title))?;
            markdown::write(out, &grids::all(view, Shape::Human), 2)?;
        }
        BudgetFormat::Csv => render::csv::write(out, &csv_table(view, args.table)?)?,
        BudgetFormat::Json => {
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
        BudgetFormat::Xlsx => unreachable!("handled by run"),
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
        BudgetTable::Osahankkeet => match grids::children(view) {
            Some(g) => g,
            None => bail!("{} has no osahankkeet", view.title),
        },
    })
}
