//! `hanke summary`: sums by group.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;

use crate::cli::SummaryArgs;
use crate::context::Context;
use crate::render::csv::Dialect;
use crate::render::output::{self, Format};
use crate::render::xlsx::{self, Heading};
use crate::render::{self, markdown, table};
use crate::report::{Criteria, GroupBy, filter::Filter, summary};

pub fn run(ctx: &Context, args: &SummaryArgs) -> anyhow::Result<ExitCode> {
    let target = args.output.as_deref();
    let format = output::choose(args.format.map(Format::from), target, args.excel)?;
    let corpus = super::load_for_report(ctx)?;
    let filter = Filter::new(&Criteria::from(&args.filter), corpus)?;
    let view = summary::summary(&filter.select(corpus), GroupBy::from(args.by), corpus);
    let mut buf: Vec<u8> = Vec::new();
    let mut sheets = None;
    match format {
        Format::Table => {
            let width = if target.is_some() {
                None
            } else {
                table::output_width()
            };
            table::write(&mut buf, &[render::summary::human(&view)], width)?
        }
        Format::Md => markdown::write(&mut buf, &[render::summary::human(&view)], 2)?,
        Format::Csv => render::csv::write_as(
            &mut buf,
            &render::summary::machine(&view),
            Dialect::excel_if(args.excel),
        )?,
        Format::Json => {
            serde_json::to_writer_pretty(
                &mut buf,
                &render::summary::machine(&view).rows_as_json(),
            )?;
            writeln!(buf)?;
        }
        Format::Xlsx => {
            let heading = Heading {
                title: title(GroupBy::from(args.by)),
                date: ctx.today,
            };
            let mut grid = render::summary::human(&view);
            grid.sheet = Some(crate::t!("summary-sheet"));
            let book =
                xlsx::workbook(&[grid], &heading).with_context(|| crate::t!("err-workbook"))?;
            sheets = Some(book.sheets);
            buf = book.bytes;
        }
    }
    output::deliver(target, &buf, sheets)?;
    Ok(ExitCode::SUCCESS)
}

/// `Yhteenveto salkuittain`: the workbook's title names the grouping.
fn title(by: GroupBy) -> String {
    match by {
        GroupBy::Salkku => crate::t!("summary-title-salkku"),
        GroupBy::Rahoittaja => crate::t!("summary-title-rahoittaja"),
        GroupBy::Vuosi => crate::t!("summary-title-vuosi"),
        GroupBy::Vaihe => crate::t!("summary-title-vaihe"),
        GroupBy::Laji => crate::t!("summary-title-laji"),
    }
}
