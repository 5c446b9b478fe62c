//! An Excel workbook (rust_xlsxwriter): one sheet per table, numbers stored
//! as numbers with a euro format (`#,##0.00 "€"` shows `1 047 935,00 €` in a
//! Finnish locale), percentages as fractions with a percent format, subtotal
//! rows bold, the header row frozen, column widths set. Text that starts
//! like a formula is neutralised as in CSV.

use std::path::Path;

use chrono::Datelike;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use super::csv::neutralize;
use super::grid::{Grid, Value};

pub const EURO_FORMAT: &str = "#,##0.00 \"€\"";
pub const PERCENT_FORMAT: &str = "0.0 %";
pub const DATE_FORMAT: &str = "d.m.yyyy";

/// A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique.
fn sheet_name(title: &str, taken: &[String]) -> String {
    let clean: String = title
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    let mut name = if clean.trim().is_empty() {
        "Taulukko".to_string()
    } else {
        clean
    };
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        let suffix = format!(" {n}");
        name = name.chars().take(31 - suffix.len()).collect::<String>() + &suffix;
        n += 1;
    }
    name
}

/// True when the cell above row `i`, column `col` holds money: the base a
/// flat-rate formula refers to.
fn base_above(grid: &Grid, i: usize, col: usize) -> bool {
    i > 0 && matches!(grid.rows[i - 1].cells.get(col), Some(Value::Money(_)))
}

pub fn write(path: &Path, grids: &[Grid]) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    let mut taken: Vec<String> = Vec::new();
    for grid in grids {
        let name = sheet_name(&grid.title, &taken);
        taken.push(name.clone());
        let ws = wb.add_worksheet();
        ws.set_name(&name)?;
        let mut widths: Vec<usize> = grid
            .columns
            .iter()
            .map(|c| c.label.chars().count())
            .collect();
        for (col, c) in grid.columns.iter().enumerate() {
            let mut f = Format::new().set_bold();
            if grid.numeric_column(col) {
                f = f.set_align(FormatAlign::Right);
            }
            ws.write_string_with_format(0, col as u16, neutralize(&c.label), &f)?;
        }
        for (i, r) in grid.rows.iter().enumerate() {
            let row = (i + 1) as u32;
            for (col, v) in r.cells.iter().enumerate() {
                let inner = match v {
                    Value::Derived(b) => b.as_ref(),
                    other => other,
                };
                let mut f = Format::new();
                if r.strong {
                    f = f.set_bold();
                }
                let col16 = col as u16;
                match inner {
                    Value::Text(s) => {
                        let s = neutralize(s);
                        widths[col] = widths[col].max(s.chars().count());
                        ws.write_string_with_format(row, col16, s, &f)?;
                    }
                    Value::Money(d) => {
                        widths[col] = widths[col].max(super::fi::money(*d).chars().count() + 3);
                        ws.write_number_with_format(
                            row,
                            col16,
                            d.to_f64().unwrap_or(0.0),
                            &f.set_num_format(EURO_FORMAT),
                        )?;
                    }
                    Value::Percent(p) => {
                        ws.write_number_with_format(
                            row,
                            col16,
                            (p / rust_decimal::Decimal::ONE_HUNDRED)
                                .to_f64()
                                .unwrap_or(0.0),
                            &f.set_num_format(PERCENT_FORMAT),
                        )?;
                    }
                    Value::Int(n) => {
                        ws.write_number_with_format(row, col16, *n as f64, &f)?;
                    }
                    Value::Bool(b) => {
                        ws.write_boolean_with_format(row, col16, *b, &f)?;
                    }
                    Value::Date(d) => {
                        widths[col] = widths[col].max(10);
                        // Excel has no dates before 1900: those go in as ISO text.
                        match ExcelDateTime::from_ymd(
                            d.year() as u16,
                            d.month() as u8,
                            d.day() as u8,
                        ) {
                            Ok(dt) if d.year() >= 1900 => ws.write_datetime_with_format(
                                row,
                                col16,
                                &dt,
                                &f.set_num_format(DATE_FORMAT),
                            )?,
                            _ => ws.write_string_with_format(
                                row,
                                col16,
                                d.format("%Y-%m-%d").to_string(),
                                &f,
                            )?,
                        };
                    }
                    Value::FlatRate { amount, percent } if base_above(grid, i, col) => {
                        // Live: the percentage of the base cell right above.
                        let base = rust_xlsxwriter::utility::row_col_to_cell(row - 1, col16);
                        let formula = rust_xlsxwriter::Formula::new(format!(
                            "=ROUND({}*{base},2)",
                            (percent / rust_decimal::Decimal::ONE_HUNDRED).normalize()
                        ))
                        .set_result(amount.to_string());
                        ws.write_formula_with_format(
                            row,
                            col16,
                            formula,
                            &f.set_num_format(EURO_FORMAT),
                        )?;
                    }
                    Value::FlatRate { amount, .. } => {
                        ws.write_number_with_format(
                            row,
                            col16,
                            amount.to_f64().unwrap_or(0.0),
                            &f.set_num_format(EURO_FORMAT),
                        )?;
                    }
                    Value::Derived(_) | Value::Empty => {
                        if r.strong {
                            ws.write_blank(row, col16, &f)?;
                        }
                    }
                }
            }
        }
        for (col, w) in widths.iter().enumerate() {
            ws.set_column_width(col as u16, (*w as f64 + 2.0).min(60.0))?;
        }
        ws.set_freeze_panes(1, 0)?;
    }
    wb.save(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_and_unique() {
        assert_eq!(
            sheet_name("Kustannukset: suunniteltu ja toteutunut", &[]),
            "Kustannukset suunniteltu ja tot"
        );
        let taken = vec!["Osuus".to_string()];
        assert_eq!(sheet_name("Osuus", &taken), "Osuus 2");
    }
}
