//! Fixes as data: the edits that repair a diagnostic, and applying them.
//!
//! A diagnostic carries a [`Fix`] only where one set of edits repairs it
//! unambiguously (docs/rules.md, "Fixes"); applying every edit makes that
//! diagnostic go away without raising another. Each edit names a key by its
//! path in the file (`rahoitus.osuudet[1].osuus`) and the value to write
//! there, as plain text (`25`, `800.50`). How the value is written in TOML
//! follows the key: money as an integer for whole euros and a `"1234.50"`
//! string for cents, a percentage as a number with the decimals given, any
//! other value as a string.
//!
//! [`apply`] edits the text with `toml_edit`, which keeps every comment, blank
//! line and the spelling of every other value; only the values named change.

use serde::Serialize;
use toml_edit::{DocumentMut, Item, Table, Value};

use crate::model::{Euro, fold_ascii};

/// One edit: set the value at `path` to `value`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// Key path in the file: keys joined by `.`, `[n]` for the n-th table
    /// (from 0) of an array of tables.
    pub path: String,
    /// The new value, plain: `25`, `11.30`, `800.50`.
    pub value: String,
}

/// The edits that repair one diagnostic, all to be applied together.
pub type Fix = Vec<Edit>;

impl Edit {
    pub fn new(path: impl Into<String>, value: impl Into<String>) -> Edit {
        Edit {
            path: path.into(),
            value: value.into(),
        }
    }

    /// The last key of the path: what kind of value is written.
    pub fn key(&self) -> &str {
        let last = self.path.rsplit('.').next().unwrap_or(&self.path);
        last.split('[').next().unwrap_or(last)
    }

    /// The value as it is written into the file (`25`, `"800.50"`).
    pub fn toml_value(&self) -> Value {
        let key = fold_ascii(self.key());
        match key.as_str() {
            "summa" | "yhteensa" | "ei_oikeuttavat" => money_value(&self.value),
            "osuus" => self
                .value
                .parse::<Value>()
                .ok()
                .filter(|v| v.is_integer() || v.is_float())
                .unwrap_or_else(|| Value::from(self.value.as_str())),
            _ => Value::from(self.value.as_str()),
        }
    }

    /// `rahoitus.osuudet[1].osuus = 25`: the edit as a line of TOML would say it.
    pub fn describe(&self) -> String {
        format!("{} = {}", self.path, self.toml_value().to_string().trim())
    }
}

/// Whole euros as an integer, cents as a string (the canonical money form).
fn money_value(text: &str) -> Value {
    match Euro::parse(text) {
        Ok(e) => {
            let n = e.0.normalize();
            match i64::try_from(n.mantissa()) {
                Ok(i) if n.scale() == 0 => Value::from(i),
                _ => Value::from(e.plain()),
            }
        }
        Err(_) => Value::from(text),
    }
}

/// The help line of a fix: "write `a = 1` and `b = 2`" (the edits stay
/// TOML in every language).
pub fn help_text(fix: &[Edit]) -> String {
    let edits: Vec<String> = fix.iter().map(|e| format!("`{}`", e.describe())).collect();
    crate::t!("diag-fix-help", edits = super::words::and_list(&edits))
}

/// Why a fix could not be applied to a file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixError {
    /// The text is not TOML (it changed since it was checked).
    NotToml(String),
    /// The path leads nowhere in this file.
    NoSuchKey(String),
}

impl std::fmt::Display for FixError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FixError::NotToml(e) => {
                let reason = crate::load::syntax::parser_reason(e);
                f.write_str(&crate::t!("diag-fix-not-toml", reason = reason))
            }
            FixError::NoSuchKey(p) => f.write_str(&crate::t!("diag-fix-no-key", path = p.as_str())),
        }
    }
}

impl std::error::Error for FixError {}

/// `text` with every edit applied; comments, layout and all other values as
/// they were. A byte-order mark and CRLF line endings are kept.
pub fn apply(text: &str, edits: &[Edit]) -> Result<String, FixError> {
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", text),
    };
    // toml_edit writes `\n`; a CRLF file gets its line endings back (as in fmt).
    let crlf = body.find('\n').is_some_and(|i| body[..i].ends_with('\r'));
    let lf = body.replace("\r\n", "\n");
    let mut doc: DocumentMut = lf
        .parse()
        .map_err(|e: toml_edit::TomlError| FixError::NotToml(e.message().to_string()))?;
    for edit in edits {
        set(doc.as_table_mut(), edit)?;
    }
    let out = doc.to_string();
    let out = if crlf { out.replace('\n', "\r\n") } else { out };
    Ok(format!("{bom}{out}"))
}

/// One step of a path: a key, and an index when it names an array of tables.
struct Step<'p> {
    key: &'p str,
    index: Option<usize>,
}

fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    path.split('.')
        .map(|part| match part.split_once('[') {
            None if !part.is_empty() => Some(Step {
                key: part,
                index: None,
            }),
            Some((key, rest)) if !key.is_empty() => Some(Step {
                key,
                index: Some(rest.strip_suffix(']')?.parse().ok()?),
            }),
            _ => None,
        })
        .collect()
}

/// The key of `table` that `key` names: itself, else the same key spelt
/// with ä/ö (`"yhteensä"`), as the loader accepts.
fn find_key(table: &Table, key: &str) -> Option<String> {
    if table.contains_key(key) {
        return Some(key.to_string());
    }
    let want = fold_ascii(key);
    table
        .iter()
        .map(|(k, _)| k)
        .find(|k| fold_ascii(k) == want)
        .map(str::to_string)
}

fn set(root: &mut Table, edit: &Edit) -> Result<(), FixError> {
    let missing = || FixError::NoSuchKey(edit.path.clone());
    let steps = steps(&edit.path).ok_or_else(missing)?;
    let Some((last, init)) = steps.split_last() else {
        return Err(missing());
    };
    if last.index.is_some() {
        return Err(missing());
    }
    let mut table = root;
    for (n, step) in init.iter().enumerate() {
        let key = find_key(table, step.key).ok_or_else(missing)?;
        let item = table.get_mut(&key).ok_or_else(missing)?;
        table = match (item, step.index) {
            (Item::Table(t), None) => t,
            (Item::ArrayOfTables(a), Some(i)) => a.get_mut(i).ok_or_else(missing)?,
            // Inline tables are edited through their own branch.
            (item, index) => return set_inline(item, index, &steps[n + 1..], edit),
        };
    }
    let new = edit.toml_value();
    match find_key(table, last.key) {
        Some(key) => {
            let item = table.get_mut(&key).ok_or_else(missing)?;
            replace_value(item, new).ok_or_else(missing)
        }
        None => {
            table.insert(last.key, Item::Value(new));
            Ok(())
        }
    }
}

/// Edits below an inline table or an array of inline tables
/// (`osuudet = [{ rahoittaja = "STM", osuus = 75 }]`).
fn set_inline(
    item: &mut Item,
    index: Option<usize>,
    rest: &[Step<'_>],
    edit: &Edit,
) -> Result<(), FixError> {
    let missing = || FixError::NoSuchKey(edit.path.clone());
    let mut value = match (item, index) {
        (Item::Value(v @ Value::InlineTable(_)), None) => Some(v),
        (Item::Value(Value::Array(a)), Some(i)) => a.get_mut(i),
        _ => None,
    }
    .ok_or_else(missing)?;
    for (n, step) in rest.iter().enumerate() {
        let Value::InlineTable(t) = value else {
            return Err(missing());
        };
        let key = t
            .iter()
            .map(|(k, _)| k.to_string())
            .find(|k| k == step.key || fold_ascii(k) == fold_ascii(step.key));
        let last = n + 1 == rest.len();
        if last {
            let new = edit.toml_value();
            match key {
                Some(k) => {
                    let old = t.get_mut(&k).ok_or_else(missing)?;
                    let decor = old.decor().clone();
                    *old = new;
                    *old.decor_mut() = decor;
                }
                None => {
                    t.insert(step.key, new);
                }
            }
            return Ok(());
        }
        let next = t.get_mut(&key.ok_or_else(missing)?).ok_or_else(missing)?;
        value = match (next, step.index) {
            (v @ Value::InlineTable(_), None) => v,
            (Value::Array(a), Some(i)) => a.get_mut(i).ok_or_else(missing)?,
            _ => return Err(missing()),
        };
    }
    Err(missing())
}

/// Puts `new` in place of the value of `item`, keeping the spaces and
/// comment around it.
fn replace_value(item: &mut Item, mut new: Value) -> Option<()> {
    let Item::Value(old) = item else {
        return None;
    };
    *new.decor_mut() = old.decor().clone();
    *old = new;
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORD: &str = "# a comment\nnimi = \"X\"\n\n[rahoitus]\nyhteensa = 1000 # the total\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nosuus = 75   # stated\n\n[[rahoitus.osuudet]]\nrahoittaja = \"Ouka\"\nosuus = 20\n";

    #[test]
    fn changes_only_the_value_named() {
        let out = apply(RECORD, &[Edit::new("rahoitus.osuudet[1].osuus", "25")]).unwrap();
        assert_eq!(out, RECORD.replace("osuus = 20", "osuus = 25"));
    }

    #[test]
    fn keeps_the_comment_after_a_value() {
        let out = apply(RECORD, &[Edit::new("rahoitus.osuudet[0].osuus", "80")]).unwrap();
        assert!(out.contains("osuus = 80   # stated\n"), "{out}");
    }

    #[test]
    fn money_with_cents_is_a_string_and_whole_euros_an_integer() {
        let out = apply(
            RECORD,
            &[
                Edit::new("rahoitus.yhteensa", "1000.50"),
                Edit::new("rahoitus.osuudet[1].summa", "250"),
            ],
        )
        .unwrap();
        assert!(out.contains("yhteensa = \"1000.50\" # the total"), "{out}");
        assert!(out.contains("osuus = 20\nsumma = 250\n"), "{out}");
    }

    #[test]
    fn percentages_keep_their_decimals() {
        let e = Edit::new("rahoitus.osuudet[0].osuus", "11.30");
        assert_eq!(e.describe(), "rahoitus.osuudet[0].osuus = 11.30");
        let out = apply(RECORD, &[e]).unwrap();
        assert!(out.contains("osuus = 11.30   # stated"), "{out}");
    }

    #[test]
    fn crlf_bom_and_diacritic_keys_survive() {
        let text = "\u{feff}[rahoitus]\r\n\"yhteensä\" = 10\r\n";
        let out = apply(text, &[Edit::new("rahoitus.yhteensa", "12")]).unwrap();
        assert_eq!(out, "\u{feff}[rahoitus]\r\n\"yhteensä\" = 12\r\n");
    }

    #[test]
    fn inline_tables_are_edited_in_place() {
        let text = "[rahoitus]\nosuudet = [{ rahoittaja = \"STM\", osuus = 75 }, { rahoittaja = \"Ouka\", osuus = 20 }]\n";
        let out = apply(text, &[Edit::new("rahoitus.osuudet[1].osuus", "25")]).unwrap();
        assert_eq!(out, text.replace("osuus = 20", "osuus = 25"));
    }

    #[test]
    fn a_path_that_leads_nowhere_is_an_error() {
        for path in [
            "rahoitus.osuudet[5].osuus",
            "toteuma.yhteensa",
            "rahoitus.osuudet.osuus",
            "rahoitus..x",
        ] {
            assert_eq!(
                apply(RECORD, &[Edit::new(path, "1")]),
                Err(FixError::NoSuchKey(path.into())),
                "{path}"
            );
        }
    }

    #[test]
    fn help_names_every_edit() {
        let fix = vec![
            Edit::new("rahoitus.osuudet[0].osuus", "75"),
            Edit::new("rahoitus.osuudet[1].summa", "250.50"),
        ];
        // Unit tests run in the default language, Finnish; the edits are TOML in both.
        assert_eq!(
            help_text(&fix),
            "kirjoita `rahoitus.osuudet[0].osuus = 75` ja `rahoitus.osuudet[1].summa = \"250.50\"` (`hanke check --fix` tekee tämän)"
        );
    }
}
