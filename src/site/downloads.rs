//! The site's downloads, written by the same code as the CLI's outputs:
//! `hanke list --format csv|json` for a table of projects, and
//! `hanke budget --salkku CODE --format xlsx` for a portfolio's budget.

use std::io::{Read, Write};

use anyhow::Context as _;
use chrono::NaiveDate;

use crate::cli::ReportFormat;
use crate::render::budget::{self as grids, Shape};
use crate::report::budget::BudgetView;
use crate::report::list::ListView;

/// The list as CSV and as JSON, byte for byte what `hanke list` writes.
pub fn list_tables(view: &ListView) -> anyhow::Result<(Vec<u8>, Vec<u8>)> {
    let mut csv = Vec::new();
    crate::commands::list::write(&mut csv, view, ReportFormat::Csv, None)?;
    let mut json = Vec::new();
    crate::commands::list::write(&mut json, view, ReportFormat::Json, None)?;
    Ok((csv, json))
}

/// The budget workbook of `hanke budget … --format xlsx`, created "on"
/// `today`: the writer stamps the current time into the workbook's
/// properties, which would make two runs differ; the site's files depend
/// only on the records and `--today`.
pub fn budget_xlsx(view: &BudgetView, today: NaiveDate) -> anyhow::Result<Vec<u8>> {
    let dir = tempfile::tempdir().context("cannot create a temporary folder for the workbook")?;
    let path = dir.path().join("talousarvio.xlsx");
    crate::render::xlsx::write(&path, &grids::all(view, Shape::Human))
        .with_context(|| format!("cannot write the budget workbook of {}", view.title))?;
    let bytes = std::fs::read(&path)?;
    stamp_created(&bytes, today)
}

/// Rewrites `docProps/core.xml`'s created and modified times to `date`
/// (midnight UTC); every other entry is copied as it is, compressed bytes
/// and all.
pub fn stamp_created(xlsx: &[u8], date: NaiveDate) -> anyhow::Result<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stamp = format!("{}T00:00:00Z", date.format("%Y-%m-%d"));
    for i in 0..archive.len() {
        let name = archive.by_index_raw(i)?.name()?.to_string();
        if name == "docProps/core.xml" {
            let mut xml = String::new();
            archive.by_index(i)?.read_to_string(&mut xml)?;
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .last_modified_time(zip::DateTime::default());
            out.start_file(name, options)?;
            out.write_all(replace_times(&xml, &stamp).as_bytes())?;
        } else {
            out.raw_copy_file(archive.by_index_raw(i)?)?;
        }
    }
    Ok(out.finish()?.into_inner())
}

/// Replaces the text of every `<dcterms:created …>` and `<dcterms:modified …>` element.
fn replace_times(xml: &str, stamp: &str) -> String {
    let mut out = xml.to_string();
    for tag in ["dcterms:created", "dcterms:modified"] {
        let open = format!("<{tag}");
        let close = format!("</{tag}>");
        if let Some(start) = out.find(&open)
            && let Some(gt) = out[start..].find('>').map(|i| start + i + 1)
            && let Some(end) = out[gt..].find(&close).map(|i| gt + i)
        {
            out.replace_range(gt..end, stamp);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_replaced() {
        let xml = r#"<a><dcterms:created xsi:type="x">2026-12-02T01:33:35Z</dcterms:created><dcterms:modified xsi:type="x">2026-12-02T01:33:36Z</dcterms:modified></a>"#;
        assert_eq!(
            replace_times(xml, "2025-01-02T00:00:00Z"),
            r#"<a><dcterms:created xsi:type="x">2025-01-02T00:00:00Z</dcterms:created><dcterms:modified xsi:type="x">2025-01-02T00:00:00Z</dcterms:modified></a>"#
        );
    }
}
