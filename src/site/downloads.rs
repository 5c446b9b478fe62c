//! The site's downloads, written by the same code as the CLI's outputs:
//! `hanke list --format csv|json` for a table of projects, and
//! `hanke budget --salkku CODE --format xlsx` for a portfolio's budget.

use anyhow::Context as _;
use chrono::NaiveDate;

use crate::render::budget::{self as grids, Shape};
use crate::render::csv::Dialect;
use crate::render::output::Format;
use crate::report::budget::BudgetView;
use crate::report::list::ListView;

/// The list as CSV and as JSON, byte for byte what `hanke list` writes.
pub fn list_tables(view: &ListView) -> anyhow::Result<(Vec<u8>, Vec<u8>)> {
    let mut csv = Vec::new();
    crate::commands::list::write(&mut csv, view, Format::Csv, Dialect::Rfc4180, None)?;
    let mut json = Vec::new();
    crate::commands::list::write(&mut json, view, Format::Json, Dialect::Rfc4180, None)?;
    Ok((csv, json))
}

/// The budget workbook of `hanke budget … --format xlsx`, dated `today`
/// (the writer stamps `--today`, not the clock, into its properties), so
/// the site's files depend only on the records and `--today`.
pub fn budget_xlsx(view: &BudgetView, today: NaiveDate) -> anyhow::Result<Vec<u8>> {
    let heading = crate::render::xlsx::Heading {
        title: crate::t!("budget-heading", title = view.title.as_str()),
        date: today,
    };
    let book = crate::render::xlsx::workbook(&grids::all(view, Shape::Human), &heading)
        .with_context(|| crate::t!("out-site-workbook", title = view.title.as_str()))?;
    Ok(book.bytes)
}
