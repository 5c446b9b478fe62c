//! CSV: a header row of column keys, plain values (ISO dates, decimals with
//! a dot, no thousands separators), quoted by the csv crate. Text that a
//! spreadsheet would read as a formula is neutralised, and control characters
//! in record text are escaped as on the terminal (CSV is often printed there).
//!
//! Two dialects: [`Dialect::Rfc4180`] for programs (`,`, `.` decimals, LF),
//! and [`Dialect::Excel`] for people who double-click the file: Excel in a
//! Finnish locale expects `;` between fields, a decimal comma, CRLF, and
//! reads UTF-8 only after a byte-order mark.

use std::io::{self, Write};

use super::grid::{Grid, Value};

/// True for text that a spreadsheet might run as a formula.
pub fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Text that starts like a formula (`=`, `+`, `-`, `@`, or a tab/CR that
/// some spreadsheets skip) gets a leading apostrophe, as OWASP recommends.
pub fn neutralize(text: &str) -> String {
    if looks_like_formula(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// How the file is shaped: for programs, or for Excel in a Finnish locale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Dialect {
    /// RFC 4180 quoting, `,` between fields, decimals with a dot, LF.
    #[default]
    Rfc4180,
    /// UTF-8 with a byte-order mark, `;` between fields, decimal comma, CRLF.
    Excel,
}

impl Dialect {
    /// [`Dialect::Excel`] for `--excel`, else RFC 4180.
    pub fn excel_if(excel: bool) -> Dialect {
        if excel {
            Dialect::Excel
        } else {
            Dialect::Rfc4180
        }
    }
}

/// The byte-order mark that makes Excel read the file as UTF-8.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// Writes the grid as CSV for programs.
pub fn write(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    write_as(out, grid, Dialect::Rfc4180)
}

pub fn write_as(out: &mut dyn Write, grid: &Grid, dialect: Dialect) -> io::Result<()> {
    let mut builder = csv::WriterBuilder::new();
    if dialect == Dialect::Excel {
        out.write_all(BOM)?;
        builder.delimiter(b';').terminator(csv::Terminator::CRLF);
    }
    let mut w = builder.from_writer(out);
    w.write_record(grid.columns.iter().map(|c| neutralize(&c.key)))
        .map_err(io_error)?;
    for r in &grid.rows {
        w.write_record(r.cells.iter().map(|v| field(v, dialect)))
            .map_err(io_error)?;
    }
    w.flush()
}

/// One value as a field: text neutralised, numbers plain (with a decimal
/// comma for Excel).
fn field(v: &Value, dialect: Dialect) -> String {
    match v {
        Value::Text(s) => neutralize(&crate::diag::render::sanitize(s)),
        Value::Derived(inner) => field(inner, dialect),
        Value::Money(_) | Value::Percent(_) if dialect == Dialect::Excel => {
            v.plain().replace('.', ",")
        }
        other => other.plain(),
    }
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

    #[test]
    fn excel_dialect_has_bom_semicolons_decimal_comma_and_crlf() {
        use super::super::grid::Column;
        let mut grid = Grid::new(
            "t",
            "T",
            vec![
                Column::new("nimi", "Nimi"),
                Column::new("summa", "Summa"),
                Column::new("osuus", "Osuus"),
                Column::new("alkaa", "Alkaa"),
            ],
        );
        grid.push(vec![
            Value::text("Oulu; Kemi"),
            Value::Money("1047935.5".parse().unwrap()),
            Value::Derived(Box::new(Value::Percent("97.8149".parse().unwrap()))),
            Value::Date(chrono::NaiveDate::from_ymd_opt(2024, 1, 31).unwrap()),
        ]);
        grid.push(vec![
            Value::text("=1+1"),
            Value::Money("-12.3".parse().unwrap()),
            Value::Empty,
            Value::Empty,
        ]);
        let mut out = Vec::new();
        write_as(&mut out, &grid, Dialect::Excel).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "\u{feff}nimi;summa;osuus;alkaa\r\n\"Oulu; Kemi\";1047935,50;97,81;2024-01-31\r\n'=1+1;-12,30;;\r\n"
        );
    }
}
