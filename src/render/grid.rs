//! A format-neutral table: what every report hands to the writers.
//!
//! Reports turn their views into [`Grid`]s of typed [`Value`]s; each writer
//! (terminal table, Markdown, CSV, JSON, xlsx) decides how a value looks. So
//! money stays a number until the last step: `1 047 935 €` on a terminal,
//! `1047935` in CSV, `"1047935"` in JSON, a number with a euro format in xlsx.

use chrono::{Datelike as _, NaiveDate};
use rust_decimal::Decimal;

use super::fi;
use crate::lang::format;
use crate::model::Euro;

/// One cell's value, typed.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text from a record or a label.
    Text(String),
    /// Euros (may be negative: differences).
    Money(Decimal),
    Date(NaiveDate),
    /// A percentage, 0–100 (not a fraction).
    Percent(Decimal),
    /// A count or a year.
    Int(i64),
    /// A yes/no flag: `true`/`false` for machines, `kyllä` or blank for people.
    Bool(bool),
    /// A figure derived from others (a share's amount from its percentage,
    /// or the reverse): marked ` *` in human formats, plain elsewhere.
    Derived(Box<Value>),
    Empty,
}

impl Value {
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    pub fn money(e: Euro) -> Value {
        Value::Money(e.0)
    }

    pub fn opt_money(e: Option<Euro>) -> Value {
        e.map_or(Value::Empty, Value::money)
    }

    pub fn opt_date(d: Option<NaiveDate>) -> Value {
        d.map_or(Value::Empty, Value::Date)
    }

    pub fn opt_percent(p: Option<Decimal>) -> Value {
        p.map_or(Value::Empty, Value::Percent)
    }

    /// Marks a value derived when `derived` is true.
    pub fn derived_if(self, derived: bool) -> Value {
        if derived && self != Value::Empty {
            Value::Derived(Box::new(self))
        } else {
            self
        }
    }

    /// Numbers align right in human formats.
    pub fn is_numeric(&self) -> bool {
        match self {
            Value::Money(_) | Value::Percent(_) | Value::Int(_) | Value::Date(_) => true,
            Value::Derived(v) => v.is_numeric(),
            _ => false,
        }
    }

    /// Presentation for people (the terminal and Markdown), in the current
    /// language ([`crate::lang::format`]).
    pub fn human(&self) -> String {
        match self {
            Value::Text(s) => crate::diag::render::sanitize(s),
            Value::Money(d) => format::money(*d),
            Value::Date(d) => format::date(*d),
            Value::Percent(p) => format::percent(*p, 1),
            Value::Int(n) => n.to_string(),
            Value::Bool(b) => {
                if *b {
                    crate::t!("out-yes")
                } else {
                    String::new()
                }
            }
            Value::Derived(v) => format!("{} *", v.human()),
            Value::Empty => String::new(),
        }
    }

    /// Plain machine form, for CSV: ISO dates, plain decimals with a dot.
    /// Text is returned as is (CSV neutralises formulas itself).
    pub fn plain(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Money(d) => plain_decimal(*d),
            Value::Date(d) => iso_date(*d),
            Value::Percent(p) => plain_percent(*p),
            Value::Int(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Derived(v) => v.plain(),
            Value::Empty => String::new(),
        }
    }

    /// JSON: money and percentages as exact decimal strings, counts as numbers.
    pub fn json(&self) -> serde_json::Value {
        match self {
            Value::Text(s) => serde_json::Value::String(s.clone()),
            Value::Int(n) => serde_json::Value::from(*n),
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Derived(v) => v.json(),
            Value::Empty => serde_json::Value::Null,
            other => serde_json::Value::String(other.plain()),
        }
    }
}

/// `1047935`, `7500.50`, `-12.30`: cents only when there are cents.
pub fn plain_decimal(d: Decimal) -> String {
    let n = d.normalize();
    // Whole euros and cents written from the integer (every amount of every
    // CSV and JSON list passes here); the rest as the decimal writes itself.
    match (n.scale(), i64::try_from(n.mantissa())) {
        (_, Ok(m)) if m != 0 && n.scale() <= 2 => {
            let sign = if m < 0 { "-" } else { "" };
            let a = m.unsigned_abs();
            match n.scale() {
                0 => format!("{sign}{a}"),
                1 => format!("{sign}{}.{}0", a / 10, a % 10),
                _ => format!("{sign}{}.{:02}", a / 100, a % 100),
            }
        }
        (0, _) => n.to_string(),
        _ => format!("{:.2}", n),
    }
}

/// `2012-03-01`: what chrono's `%Y-%m-%d` writes, directly for years 0–9999.
fn iso_date(d: NaiveDate) -> String {
    if (0..=9999).contains(&d.year()) {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    } else {
        d.format("%Y-%m-%d").to_string()
    }
}

/// A percentage rounded to two decimals: `75`, `97.81`.
pub fn plain_percent(p: Decimal) -> String {
    fi::round_percent(p, 2).to_string()
}

/// How a total follows from other cells of its row or column, so that a
/// workbook can keep it live (`=SUM(B5:B9)`) instead of a fixed number.
///
/// Indices are rows of the grid for a row's formula, columns for a
/// column's. Writers that cannot use formulas ignore them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Formula {
    /// The sum of these rows (or columns).
    Sum(Vec<usize>),
    /// The first less the others.
    Difference(usize, Vec<usize>),
    /// The first as a percentage of the second.
    Percent(usize, usize),
    /// This percentage of the first, rounded half away from zero to the
    /// cent: a cost model's flat rate of its base.
    Rate(usize, Decimal),
}

/// A column: its machine key (CSV header, JSON key) and its human label.
#[derive(Clone, Debug)]
pub struct Column {
    pub key: String,
    pub label: String,
    /// Human formats may shorten this column to fit the terminal.
    pub shrinkable: bool,
    /// On a terminal too narrow for every column, columns with a rank are
    /// hidden, lowest rank first, until the table fits.
    pub hide_rank: Option<u8>,
    /// Each cell of this column follows from other columns of its row.
    pub formula: Option<Formula>,
}

impl Column {
    pub fn new(key: impl Into<String>, label: impl Into<String>) -> Column {
        Column {
            key: key.into(),
            label: label.into(),
            shrinkable: false,
            hide_rank: None,
            formula: None,
        }
    }

    pub fn shrinkable(mut self) -> Column {
        self.shrinkable = true;
        self
    }

    pub fn hideable(mut self, rank: u8) -> Column {
        self.hide_rank = Some(rank);
        self
    }

    /// Marks each cell of the column as computed from others of its row.
    pub fn computed(mut self, formula: Formula) -> Column {
        self.formula = Some(formula);
        self
    }
}

#[derive(Clone, Debug)]
pub struct Row {
    pub cells: Vec<Value>,
    /// A subtotal or total: bold in xlsx, bold in Markdown.
    pub strong: bool,
    /// The row's figures follow from other rows (a subtotal's sum).
    pub formula: Option<Formula>,
}

/// A titled table.
#[derive(Clone, Debug)]
pub struct Grid {
    /// Machine name (JSON key, CSV `--table`): `kustannusarvio`.
    pub key: String,
    /// Human title (heading, sheet name): `Kustannusarvio`.
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Lines printed under the table in human formats.
    pub footer: Vec<String>,
    /// A short name for a workbook's sheet tab (at most 31 characters),
    /// when the title is longer or empty.
    pub sheet: Option<String>,
}

impl Grid {
    pub fn new(key: impl Into<String>, title: impl Into<String>, columns: Vec<Column>) -> Grid {
        Grid {
            key: key.into(),
            title: title.into(),
            columns,
            rows: Vec::new(),
            footer: Vec::new(),
            sheet: None,
        }
    }

    pub fn push(&mut self, cells: Vec<Value>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.rows.push(Row {
            cells,
            strong: false,
            formula: None,
        });
    }

    pub fn push_strong(&mut self, cells: Vec<Value>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.rows.push(Row {
            cells,
            strong: true,
            formula: None,
        });
    }

    /// Marks the last row pushed as following from other rows.
    pub fn computed_last(&mut self, formula: Formula) {
        if let Some(r) = self.rows.last_mut() {
            r.formula = Some(formula);
        }
    }

    /// The formula of a cell: its column's, else its row's.
    pub fn formula_at(&self, row: usize, col: usize) -> Option<&Formula> {
        self.columns[col]
            .formula
            .as_ref()
            .or(self.rows[row].formula.as_ref())
    }

    /// True when a column holds no text (right-aligned in human formats).
    pub fn numeric_column(&self, i: usize) -> bool {
        self.rows.iter().all(|r| match &r.cells[i] {
            Value::Text(_) => false,
            Value::Derived(v) => !matches!(**v, Value::Text(_)),
            _ => true,
        })
    }

    /// The rows as JSON objects keyed by the column keys, serialized as
    /// they are read: [`Grid::json_rows`] without building the JSON values
    /// first (a front page's list of 10 000 projects was a value tree of a
    /// hundred thousand strings, built to be written once).
    pub fn rows_as_json(&self) -> impl serde::Serialize + '_ {
        JsonRows(self)
    }

    /// The rows as JSON objects keyed by the column keys.
    pub fn json_rows(&self) -> serde_json::Value {
        serde_json::Value::Array(
            self.rows
                .iter()
                .map(|r| {
                    serde_json::Value::Object(
                        self.columns
                            .iter()
                            .zip(&r.cells)
                            .map(|(c, v)| (c.key.clone(), v.json()))
                            .collect(),
                    )
                })
                .collect(),
        )
    }
}

/// [`Grid::rows_as_json`].
struct JsonRows<'g>(&'g Grid);

impl serde::Serialize for JsonRows<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq as _;
        let mut rows = s.serialize_seq(Some(self.0.rows.len()))?;
        for row in &self.0.rows {
            rows.serialize_element(&JsonRow(&self.0.columns, &row.cells))?;
        }
        rows.end()
    }
}

struct JsonRow<'g>(&'g [Column], &'g [Value]);

impl serde::Serialize for JsonRow<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let pairs = self.0.iter().zip(self.1);
        let mut map = s.serialize_map(Some(pairs.len()))?;
        for (column, value) in pairs {
            map.serialize_entry(&column.key, &JsonValue(value))?;
        }
        map.end()
    }
}

/// A cell as [`Value::json`] has it.
struct JsonValue<'g>(&'g Value);

impl serde::Serialize for JsonValue<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Text(t) => s.serialize_str(t),
            Value::Int(n) => s.serialize_i64(*n),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Derived(v) => JsonValue(v).serialize(s),
            Value::Empty => s.serialize_unit(),
            other => s.serialize_str(&other.plain()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Amounts written from the integer are the decimal's own text.
        #[test]
        fn plain_decimals_as_the_decimal_writes_them(
            m in proptest::num::i64::ANY,
            scale in 0u32..6,
        ) {
            let d = Decimal::new(m, scale);
            let n = d.normalize();
            let by_text = if n.scale() == 0 { n.to_string() } else { format!("{:.2}", n) };
            proptest::prop_assert_eq!(plain_decimal(d), by_text);
        }

        #[test]
        fn iso_dates_as_chrono_writes_them(days in -1_000_000i32..4_000_000) {
            let d = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            proptest::prop_assert_eq!(iso_date(d), d.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn rows_serialize_as_their_json_values() {
        let mut g = Grid::new(
            "t",
            "T".to_string(),
            ["a", "b", "c", "d", "e", "f", "g", "h"]
                .map(|k| Column::new(k, k.to_uppercase()))
                .to_vec(),
        );
        g.push(vec![
            Value::Text("x \"<y>\"\n".into()),
            Value::Money("-1200.5".parse().unwrap()),
            Value::Date(NaiveDate::from_ymd_opt(2012, 3, 1).unwrap()),
            Value::Percent("97.815".parse().unwrap()),
            Value::Int(-3),
            Value::Bool(true),
            Value::Money("75".parse().unwrap()).derived_if(true),
            Value::Empty,
        ]);
        g.push(vec![Value::Empty; 8]);
        assert_eq!(
            serde_json::to_string_pretty(&g.rows_as_json()).unwrap(),
            serde_json::to_string_pretty(&g.json_rows()).unwrap()
        );
    }

    #[test]
    fn machine_forms_are_plain() {
        assert_eq!(plain_decimal("7500.5".parse().unwrap()), "7500.50");
        assert_eq!(plain_decimal("1047935.00".parse().unwrap()), "1047935");
        assert_eq!(plain_decimal("-12.3".parse().unwrap()), "-12.30");
        assert_eq!(plain_percent("97.8149".parse().unwrap()), "97.81");
        assert_eq!(plain_percent("75.000".parse().unwrap()), "75");
        assert_eq!(Value::Int(3).json(), serde_json::json!(3));
        assert_eq!(
            Value::Money("10.5".parse().unwrap()).json(),
            serde_json::json!("10.50")
        );
    }
}
