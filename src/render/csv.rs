//! CSV: a header row of column keys, plain values (ISO dates, decimals with
//! a dot, no thousands separators), quoted by the csv crate. Text that a
//! spreadsheet would read as a formula is neutralised, and control characters
//! in record text are escaped as on the terminal (CSV is often printed there).

use std::io::{self, Write};

use super::grid::{Grid, Value};

/// Text that starts like a formula (`=`, `+`, `-`, `@`, or a tab/CR that
/// some spreadsheets skip) gets a leading apostrophe, as OWASP recommends.
pub fn neutralize(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

pub fn write(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(grid.columns.iter().map(|c| neutralize(&c.key)))
        .map_err(io_error)?;
    for r in &grid.rows {
        w.write_record(r.cells.iter().map(|v| match v {
            Value::Text(s) => neutralize(&crate::diag::render::sanitize(s)),
            other => other.plain(),
        }))
        .map_err(io_error)?;
    }
    w.flush()
}

/// The I/O error inside a csv error as itself, so a closed pipe
/// (`hanke list --format csv | head`) is recognised and ends quietly.
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("cannot write CSV: {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralize("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralize("+358"), "'+358");
        assert_eq!(neutralize("-x"), "'-x");
        assert_eq!(neutralize("@cmd"), "'@cmd");
        assert_eq!(neutralize("Oulu"), "Oulu");
    }

    #[test]
    fn control_characters_are_escaped() {
        let mut grid = Grid::new(
            "t",
            "T",
            vec![super::super::grid::Column::new("nimi", "Nimi")],
        );
        grid.push(vec![Value::text("\u{1b}[31mRED")]);
        grid.push(vec![Value::text("\t=1+1")]);
        let mut out = Vec::new();
        write(&mut out, &grid).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "nimi\n\\u{1b}[31mRED\n\\t=1+1\n");
    }
}
