//! The site's downloads, written by the same code as the CLI's outputs:
//! `hanke list --format csv|json` for a table of projects, and
//! `hanke budget --salkku CODE --format xlsx` for a portfolio's budget.

use anyhow::Context as _;
use chrono::NaiveDate;

use super::output::Writer;
use crate::render::csv::Dialect;
use crate::render::grid::Grid;
use crate::render::output::Format;
use crate::report::list::ListView;

/// Writes the list as CSV and as JSON (`{stem}.csv`, `{stem}.json`), byte
/// for byte what `hanke list` writes; how many files.
pub fn write_list_tables(view: &ListView, stem: &str, out: &Writer) -> anyhow::Result<usize> {
    for (format, extension) in [(Format::Csv, "csv"), (Format::Json, "json")] {
        out.fill(&format!("{stem}.{extension}"), |sink| {
            crate::commands::list::write(sink, view, format, Dialect::Rfc4180, None)
        })?;
    }
    Ok(2)
}

/// The budget workbook of `hanke budget … --format xlsx` (titled `title`,
/// the tables `grids::all` makes of the budget), dated `today` (the writer
/// stamps `--today`, not the clock, into its properties), so the site's
/// files depend only on the records and `--today`.
pub fn budget_xlsx(title: &str, grids: &[Grid], today: NaiveDate) -> anyhow::Result<Vec<u8>> {
    let heading = crate::render::xlsx::Heading {
        title: crate::t!("budget-heading", title = title),
        date: today,
    };
    let book = crate::render::xlsx::workbook(grids, &heading)
        .with_context(|| crate::t!("out-site-workbook", title = title))?;
    Ok(book.bytes)
}
