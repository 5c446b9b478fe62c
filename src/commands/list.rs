//! `hanke list`: filter, sort, print.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::{ListArgs, ReportFormat};
use crate::context::Context;
use crate::render::{self, grid::Grid, markdown, table};
use crate::report::{filter::Filter, list};

pub fn run(ctx: &Context, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let corpus = super::load_for_report(ctx)?;
    let filter = Filter::new(&args.filter, corpus)?;
    let view = list::list(filter.select(corpus), corpus, args.sort, args.reverse);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    write(&mut out, &view, args.format, table::output_width())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn write(
    out: &mut dyn Write,
    view: &list::ListView,
    format: ReportFormat,
    width: Option<u16>,
) -> anyhow::Result<()> {
    match format {
        ReportFormat::Table => table::write(out, &[human(view)], width)?,
        ReportFormat::Md => markdown::write(out, &[human(view)], 2)?,
        ReportFormat::Csv => render::csv::write(out, &render::list::machine(view))?,
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &render::list::machine(view).json_rows())?;
            writeln!(out)?;
        }
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
    let money =
        |e: Option<crate::model::Euro>| e.map_or("ei tiedossa".to_string(), render::fi::euro);
    let mut line = format!(
        "{}; suunniteltu {}, toteutunut {}",
        super::hanketta(view.rows.len()),
        money(view.suunniteltu),
        money(view.toteutunut)
    );
    if view.counted_once {
        line.push_str(" (päähanke ja osahankkeet kerran)");
    }
    line
}
