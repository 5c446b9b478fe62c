//! An Excel workbook (rust_xlsxwriter): one sheet per table, each headed by
//! what the workbook is about and the date it describes, the table below.
//!
//! Numbers are stored as numbers with a euro format (`#,##0.00 "€"` shows
//! `1 047 935,00 €` in a Finnish locale), percentages as fractions with a
//! percent format, dates as dates. Subtotals and totals that the grid marks
//! ([`Formula`]) are live formulas (`=SUM(B5:B9)`) with their value cached,
//! so a viewer that does not recalculate still shows it; a formula is
//! written only when it gives the report's own figure, else the figure.
//!
//! Columns are wide enough for every value, pages print landscape and one
//! page wide, and text that starts like a formula gets the quote-prefix
//! style (shown as typed, never run). The file's dates come from `--today`,
//! so two runs give the same bytes.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula as XlsxFormula,
    Workbook, Worksheet, XlsxError,
};

use super::csv::looks_like_formula;
use super::fi;
use super::grid::{Formula, Grid, Value};
use crate::lang::Lang;

/// Number formats in Finnish (the default); [`euro_format`] and the others
/// pick the current language's (English: `"€"#,##0.00`, `0.0%`, `yyyy-mm-dd`).
pub const EURO_FORMAT: &str = "#,##0.00 \"€\"";
pub const PERCENT_FORMAT: &str = "0.0 %";
pub const DATE_FORMAT: &str = "d.m.yyyy";

fn euro_format() -> &'static str {
    match crate::lang::current() {
        Lang::Fi => EURO_FORMAT,
        Lang::En => "\"€\"#,##0.00",
    }
}

fn percent_format() -> &'static str {
    match crate::lang::current() {
        Lang::Fi => PERCENT_FORMAT,
        Lang::En => "0.0%",
    }
}

fn date_format() -> &'static str {
    match crate::lang::current() {
        Lang::Fi => DATE_FORMAT,
        Lang::En => "yyyy-mm-dd",
    }
}

/// Row of the workbook's title, of the table's title and date, of the header.
const TITLE_ROW: u32 = 0;
const SUBTITLE_ROW: u32 = 1;
const HEADER_ROW: u32 = 3;
const FIRST_DATA_ROW: u32 = HEADER_ROW + 1;

/// Text columns wider than this wrap instead.
const MAX_TEXT_WIDTH: usize = 60;

/// What a workbook is about, written above the table on every sheet.
#[derive(Debug, Clone)]
pub struct Heading {
    /// `Talousarvio: Zeta-hanke (zeta)`.
    pub title: String,
    /// The date the report describes (`--today`).
    pub date: NaiveDate,
}

/// A finished workbook.
pub struct Book {
    pub bytes: Vec<u8>,
    pub sheets: usize,
}

/// A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique.
fn sheet_name(title: &str, taken: &[String]) -> String {
    let clean: String = title
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    let clean = clean.trim().trim_matches('\'').to_string();
    let mut name = if clean.is_empty() {
        crate::t!("out-sheet")
    } else {
        clean.clone()
    };
    let mut n = 2;
    while taken
        .iter()
        .any(|t| t.to_lowercase() == name.to_lowercase())
    {
        let suffix = format!(" {n}");
        let keep = 31 - suffix.chars().count();
        name = clean.chars().take(keep).collect::<String>() + &suffix;
        n += 1;
    }
    name
}

/// The workbook of the grids, one sheet each.
pub fn workbook(grids: &[Grid], heading: &Heading) -> Result<Book, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&properties(heading));
    let mut taken: Vec<String> = Vec::new();
    for grid in grids {
        let name = sheet_name(grid.sheet.as_deref().unwrap_or(&grid.title), &taken);
        taken.push(name.clone());
        let ws = wb.add_worksheet();
        ws.set_name(&name)?;
        write_sheet(ws, grid, heading)?;
    }
    Ok(Book {
        bytes: wb.save_to_buffer()?,
        sheets: grids.len(),
    })
}

/// Title and creation date from the heading: no clock, no user name.
fn properties(heading: &Heading) -> DocProperties {
    let d = heading.date;
    let created = ExcelDateTime::from_ymd(
        d.year().clamp(1900, 9999) as u16,
        d.month() as u8,
        d.day() as u8,
    )
    .or_else(|_| ExcelDateTime::from_ymd(1900, 1, 1));
    let props = DocProperties::new().set_title(&heading.title);
    match created {
        Ok(dt) => props.set_creation_datetime(&dt),
        Err(_) => props,
    }
}

fn write_sheet(ws: &mut Worksheet, grid: &Grid, heading: &Heading) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(13);
    write_text(ws, TITLE_ROW, 0, &heading.title, &title)?;
    let when = crate::t!("out-as-of", date = crate::lang::format::date(heading.date));
    let subtitle = if grid.title.is_empty() {
        capitalise(&when)
    } else {
        format!("{}, {when}", grid.title)
    };
    write_text(ws, SUBTITLE_ROW, 0, &subtitle, &Format::new().set_italic())?;

    let mut widths = Widths::new(grid.columns.len());
    for (col, c) in grid.columns.iter().enumerate() {
        let mut f = Format::new()
            .set_bold()
            .set_border_bottom(FormatBorder::Thin);
        if grid.numeric_column(col) {
            f = f.set_align(FormatAlign::Right);
        }
        write_text(ws, HEADER_ROW, col as u16, &c.label, &f)?;
        widths.fit(col, c.label.chars().count(), true);
    }
    let formats = [CellFormats::new(false), CellFormats::new(true)];
    for (i, r) in grid.rows.iter().enumerate() {
        let row = FIRST_DATA_ROW + i as u32;
        let f = &formats[usize::from(r.strong)];
        for (col, v) in r.cells.iter().enumerate() {
            let col16 = col as u16;
            let v = match v {
                Value::Derived(b) => b.as_ref(),
                other => other,
            };
            widths.fit(col, shown_width(v), r.strong);
            widths.text[col] |= matches!(v, Value::Text(_));
            if let Some((expr, cached)) = live_formula(grid, i, col) {
                let f = match v {
                    Value::Percent(_) => &f.percent,
                    _ => &f.money,
                };
                let formula = XlsxFormula::new(expr).set_result(cached);
                ws.write_formula_with_format(row, col16, formula, f)?;
                continue;
            }
            write_value(ws, row, col16, v, f, r.strong)?;
        }
    }
    let below = FIRST_DATA_ROW + grid.rows.len() as u32 + 1;
    for (row, line) in (below..).zip(&grid.footer) {
        write_text(ws, row, 0, line, &Format::new())?;
    }
    for (col, w) in widths.columns() {
        ws.set_column_width(col, w)?;
    }
    ws.set_freeze_panes(FIRST_DATA_ROW, 0)?;
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    ws.set_footer("&C&P / &N");
    Ok(())
}

/// Text as typed: one that starts like a formula gets the quote-prefix
/// style, so Excel shows and keeps it as text (and no `'` is seen).
fn write_text(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    text: &str,
    f: &Format,
) -> Result<(), XlsxError> {
    let quote = looks_like_formula(text);
    let wrap = row >= FIRST_DATA_ROW && text.chars().count() > MAX_TEXT_WIDTH;
    if !quote && !wrap {
        ws.write_string_with_format(row, col, text, f)?;
        return Ok(());
    }
    let mut f = f.clone();
    if quote {
        f = f.set_quote_prefix();
    }
    if wrap {
        f = f.set_text_wrap();
    }
    ws.write_string_with_format(row, col, text, &f)?;
    Ok(())
}

/// The formats of a table's cells, made once a sheet (a workbook has
/// thousands of cells, and a format made for each was most of its cost).
struct CellFormats {
    plain: Format,
    money: Format,
    percent: Format,
    date: Format,
}

impl CellFormats {
    fn new(strong: bool) -> CellFormats {
        let plain = if strong {
            Format::new().set_bold()
        } else {
            Format::new()
        };
        CellFormats {
            money: plain.clone().set_num_format(euro_format()),
            percent: plain.clone().set_num_format(percent_format()),
            date: plain.clone().set_num_format(date_format()),
            plain,
        }
    }
}

fn write_value(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    v: &Value,
    f: &CellFormats,
    strong: bool,
) -> Result<(), XlsxError> {
    match v {
        Value::Text(s) => write_text(ws, row, col, s, &f.plain)?,
        Value::Money(d) => {
            ws.write_number_with_format(row, col, number(*d), &f.money)?;
        }
        Value::Percent(p) => {
            let fraction = number(*p / Decimal::ONE_HUNDRED);
            ws.write_number_with_format(row, col, fraction, &f.percent)?;
        }
        Value::Int(n) => {
            ws.write_number_with_format(row, col, *n as f64, &f.plain)?;
        }
        Value::Bool(b) => {
            ws.write_boolean_with_format(row, col, *b, &f.plain)?;
        }
        Value::Date(d) => {
            // Excel has no dates before 1900: those go in as ISO text.
            match ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8) {
                Ok(dt) if d.year() >= 1900 => {
                    ws.write_datetime_with_format(row, col, &dt, &f.date)?;
                }
                _ => {
                    ws.write_string_with_format(
                        row,
                        col,
                        d.format("%Y-%m-%d").to_string(),
                        &f.plain,
                    )?;
                }
            }
        }
        Value::Derived(inner) => write_value(ws, row, col, inner, f, strong)?,
        Value::Empty => {
            if strong {
                ws.write_blank(row, col, &f.plain)?;
            }
        }
    }
    Ok(())
}

fn number(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------- formulas

/// A cell's formula (without `=`) and its cached result, when the grid marks
/// one and it gives exactly the cell's figure from the figures it refers to.
fn live_formula(grid: &Grid, row: usize, col: usize) -> Option<(String, String)> {
    // A column's formula refers to columns of this row; a row's formula to
    // rows of this column (never the label column).
    let (formula, along_rows) = match (&grid.columns[col].formula, &grid.rows[row].formula) {
        (Some(f), _) => (f, false),
        (None, Some(f)) if col > 0 => (f, true),
        _ => return None,
    };
    let at = |k: usize| if along_rows { (k, col) } else { (row, k) };
    let money = |k: usize| {
        let (r, c) = at(k);
        match grid.rows.get(r)?.cells.get(c)? {
            Value::Money(d) => Some(*d),
            Value::Derived(v) => match **v {
                Value::Money(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    };
    let address = |k: usize| {
        let (r, c) = at(k);
        row_col_to_cell(FIRST_DATA_ROW + r as u32, c as u16)
    };
    let target = match &grid.rows[row].cells[col] {
        Value::Derived(v) => v.as_ref(),
        v => v,
    };
    match (formula, target) {
        (Formula::Sum(parts), Value::Money(figure)) => {
            if parts.is_empty() {
                return None;
            }
            let mut sum = Decimal::ZERO;
            for &k in parts {
                let (r, c) = at(k);
                match grid.rows.get(r)?.cells.get(c)? {
                    Value::Empty => {}
                    _ => sum += money(k)?,
                }
            }
            (sum == *figure).then(|| {
                let ranges = runs(parts)
                    .into_iter()
                    .map(|(a, b)| {
                        if a == b {
                            address(a)
                        } else {
                            format!("{}:{}", address(a), address(b))
                        }
                    })
                    .collect::<Vec<_>>();
                (format!("SUM({})", ranges.join(",")), cached(*figure))
            })
        }
        (Formula::Difference(first, rest), Value::Money(figure)) => {
            let mut value = money(*first)?;
            let mut expr = address(*first);
            for &k in rest {
                value -= money(k)?;
                expr.push('-');
                expr.push_str(&address(k));
            }
            (value == *figure).then(|| (expr, cached(*figure)))
        }
        (Formula::Rate(base, percent), Value::Money(figure)) => {
            let rate = percent / Decimal::ONE_HUNDRED;
            let value = (money(*base)? * rate)
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
            // Excel's ROUND rounds half away from zero too.
            (value == *figure).then(|| {
                (
                    format!("ROUND({}*{},2)", rate.normalize(), address(*base)),
                    cached(*figure),
                )
            })
        }
        (Formula::Percent(part, whole), Value::Percent(figure)) => {
            let (part_v, whole_v) = (money(*part)?, money(*whole)?);
            if whole_v.is_zero() {
                return None;
            }
            let value = part_v
                .checked_mul(Decimal::ONE_HUNDRED)?
                .checked_div(whole_v)?;
            let same = fi::round_percent(value, 6) == fi::round_percent(*figure, 6);
            let (p, w) = (address(*part), address(*whole));
            same.then(|| {
                (
                    format!("IF({w}=0,\"\",{p}/{w})"),
                    cached(*figure / Decimal::ONE_HUNDRED),
                )
            })
        }
        _ => None,
    }
}

/// The value a viewer shows without recalculating, as Excel writes it.
fn cached(d: Decimal) -> String {
    number(d).to_string()
}

/// Sorted indices as runs of consecutive ones: `[1,2,3,5]` → `[(1,3),(5,5)]`.
fn runs(indices: &[usize]) -> Vec<(usize, usize)> {
    let mut sorted = indices.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for i in sorted {
        match out.last_mut() {
            Some((_, end)) if *end + 1 == i => *end = i,
            _ => out.push((i, i)),
        }
    }
    out
}

// ---------------------------------------------------------------- widths

/// How many characters a value takes as Excel shows it with our formats.
fn shown_width(v: &Value) -> usize {
    match v {
        Value::Text(s) => s.chars().count(),
        // `#,##0.00 "€"`: always cents, a space per thousand, ` €`.
        Value::Money(d) => amount_width(*d, 2) + 2,
        // `0.0 %`: one decimal, ` %`.
        Value::Percent(p) => amount_width(*p, 1) + 2,
        Value::Int(n) => n.to_string().len(),
        Value::Date(_) => 10,
        // TOSI / EPÄTOSI in Finnish, TRUE / FALSE in English.
        Value::Bool(_) => 7,
        Value::Derived(inner) => shown_width(inner),
        Value::Empty => 0,
    }
}

/// `−1 047 935,00`: sign, digits with a separator per thousand, decimals.
fn amount_width(d: Decimal, decimals: u32) -> usize {
    let text = format!("{:.*}", decimals as usize, d.abs());
    let int = text.split('.').next().unwrap_or("").len();
    let sign = usize::from(d.is_sign_negative() && !d.is_zero());
    let fraction = if decimals > 0 {
        decimals as usize + 1
    } else {
        0
    };
    sign + int + (int.saturating_sub(1)) / 3 + fraction
}

/// The widest value of each column, in characters.
struct Widths {
    chars: Vec<f64>,
    text: Vec<bool>,
}

impl Widths {
    fn new(n: usize) -> Widths {
        Widths {
            chars: vec![0.0; n],
            text: vec![false; n],
        }
    }

    /// Bold text is about a tenth wider.
    fn fit(&mut self, col: usize, chars: usize, bold: bool) {
        let w = chars as f64 * if bold { 1.1 } else { 1.0 };
        self.chars[col] = self.chars[col].max(w);
    }

    /// Column widths in Excel's units (about one digit each), with a margin;
    /// long text wraps at [`MAX_TEXT_WIDTH`], numbers are never cut.
    fn columns(&self) -> impl Iterator<Item = (u16, f64)> + '_ {
        self.chars.iter().enumerate().map(|(col, w)| {
            let w = if self.text[col] {
                w.min(MAX_TEXT_WIDTH as f64)
            } else {
                *w
            };
            (col as u16, (w + 2.0).ceil().max(6.0))
        })
    }
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
        let long = "x".repeat(40);
        let taken = vec![sheet_name(&long, &[])];
        let second = sheet_name(&long, &taken);
        assert_eq!(second.chars().count(), 31);
        assert!(second.ends_with(" 2"));
        assert_eq!(sheet_name("", &[]), "Taulukko");
        assert_eq!(sheet_name("'Ä'", &[]), "Ä");
    }

    #[test]
    fn widths_fit_formatted_values() {
        assert_eq!(shown_width(&Value::Money("1047935".parse().unwrap())), 14);
        assert_eq!(shown_width(&Value::Money("-12.3".parse().unwrap())), 8);
        assert_eq!(shown_width(&Value::Percent("98.2".parse().unwrap())), 6);
        assert_eq!(shown_width(&Value::Percent("100".parse().unwrap())), 7);
    }

    #[test]
    fn runs_group_consecutive_indices() {
        assert_eq!(runs(&[5, 1, 2, 3]), vec![(1, 3), (5, 5)]);
        assert_eq!(runs(&[]), vec![]);
    }
}
