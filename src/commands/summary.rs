//! `hanke summary`: sums by group.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::{ReportFormat, SummaryArgs};
use crate::context::Context;
use crate::render::{self, markdown, table};
use crate::report::{filter::Filter, summary};

pub fn run(ctx: &Context, args: &SummaryArgs) -> anyhow::Result<ExitCode> {
    let corpus = super::load_for_report(ctx)?;
    let filter = Filter::new(&args.filter, corpus)?;
    let view = summary::summary(&filter.select(corpus), args.by, corpus);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        ReportFormat::Table => table::write(
            &mut out,
            &[render::summary::human(&view)],
            table::output_width(),
        )?,
        ReportFormat::Md => markdown::write(&mut out, &[render::summary::human(&view)], 2)?,
        ReportFormat::Csv => render::csv::write(&mut out, &render::summary::machine(&view))?,
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &render::summary::machine(&view).json_rows())?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
