//! `hanke list`: filter, sort, print (or write `-o FILE`).

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;

use crate::cli::ListArgs;
use crate::context::Context;
use crate::render::csv::Dialect;
use crate::render::output::{self, Format};
use crate::render::xlsx::{self, Heading};
use crate::render::{self, grid::Grid, markdown, table};
use crate::report::{Criteria, SortKey, filter::Filter, list};

pub fn run(ctx: &Context, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let target = args.output.as_deref();
    let format = output::choose(args.format.map(Format::from), target, args.excel)?;
    let corpus = super::load_for_report(ctx)?;
    let filter = Filter::new(&Criteria::from(&args.filter), corpus)?;
    let view = list::list(
        filter.select(corpus),
        corpus,
        SortKey::from(args.sort),
        args.reverse,
    );
    if format == Format::Xlsx {
        let heading = Heading {
            title: crate::t!("list-title", hankkeita = super::hanketta(view.rows.len())),
            date: ctx.today,
        };
        let mut grid = human(&view);
        grid.sheet = Some(crate::t!("list-sheet"));
        let book = xlsx::workbook(&[grid], &heading).with_context(|| crate::t!("err-workbook"))?;
        output::deliver(target, &book.bytes, Some(book.sheets))?;
        return Ok(ExitCode::SUCCESS);
    }
    let width = if target.is_some() {
        None
    } else {
        table::output_width()
    };
    let mut buf = Vec::new();
    write(
        &mut buf,
        &view,
        format,
        Dialect::excel_if(args.excel),
        width,
    )?;
    output::deliver(target, &buf, None)?;
    Ok(ExitCode::SUCCESS)
}

/// The list in a text format (xlsx is written by [`run`]).
pub fn write(
    out: &mut dyn Write,
    view: &list::ListView,
    format: Format,
    dialect: Dialect,
    width: Option<u16>,
) -> anyhow::Result<()> {
    match format {
        Format::Table => table::write(out, &[human(view)], width)?,
        Format::Md => markdown::write(out, &[human(view)], 2)?,
        Format::Csv => render::csv::write_as(out, &render::list::machine(view), dialect)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &render::list::machine(view).rows_as_json())?;
            writeln!(out)?;
        }
        Format::Xlsx => anyhow::bail!(crate::t!("err-xlsx-needs-file")),
    }
    Ok(())
}

fn human(view: &list::ListView) -> Grid {
    let mut g = render::list::human(view);
    g.footer.push(footer(view));
    g
}

/// `11 hanketta; suunniteltu 400 000 €, toteutunut 1 439 169,50 €`: the
/// selection's totals as `summary` counts them (each euro once).
fn footer(view: &list::ListView) -> String {
    let money = |e: Option<crate::model::Euro>| {
        e.map_or_else(|| crate::t!("out-unknown"), crate::lang::format::euro)
    };
    let mut line = crate::t!(
        "list-footer",
        hankkeita = super::hanketta(view.rows.len()),
        suunniteltu = money(view.suunniteltu),
        toteutunut = money(view.toteutunut)
    );
    if view.counted_once {
        line.push(' ');
        line.push_str(&crate::t!("list-counted-once"));
    }
    line
}
