//! Typed reading of a parsed TOML table, collecting every problem.
//!
//! serde stops at the first error; a coordinator fixing a record wants all of
//! them at once, each at its key or value. So records are parsed into
//! toml's spanned `DeTable` and read here key by key: unknown keys get a
//! "did you mean", wrong types say what to write instead, and reading goes on.

use std::borrow::Cow;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, codes, flood};
use crate::model::money::MoneyError;
use crate::model::{Euro, FileId, Percent, Sp, Span};
use crate::suggest::did_you_mean;

pub type Value<'i> = Spanned<DeValue<'i>>;

/// Reads values of one file and keeps its diagnostics.
pub struct Reader<'s> {
    pub file: FileId,
    pub src: &'s str,
    pub diagnostics: Vec<Diagnostic>,
    /// Unknown keys so far: past the shown limit their "did you mean" is not
    /// worked out (a file of half a million keys stays fast).
    unknown_keys: usize,
}

/// The known keys of one table, looked up by canonical name.
pub struct Fields<'t, 'i> {
    entries: Vec<(&'static str, Span, &'t Value<'i>)>,
    /// The table's own span (its header, or the whole document).
    pub span: Span,
}

impl<'t, 'i> Fields<'t, 'i> {
    pub fn get(&self, key: &str) -> Option<(Span, &'t Value<'i>)> {
        self.entries
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, ks, v)| (*ks, *v))
    }

    /// The known keys present, by canonical name, in the table's order: for
    /// tables whose keys are all alike (a year's cost categories), cheaper
    /// than a [`Fields::get`] per possible key.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'t Value<'i>)> + '_ {
        self.entries.iter().map(|(k, _, v)| (*k, *v))
    }
}

pub fn span_of<T>(v: &Spanned<T>) -> Span {
    v.span().into()
}

/// The TOML type of a value, as a user would name it.
pub fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// The key a word people write instead stands for (`sähköposti` → `email`),
/// where spelling distance would not find it.
fn meant_key(written: &str) -> Option<&'static str> {
    let folded = fold_key(&written.to_lowercase()).replace(['-', ' '], "_");
    Some(match folded.as_str() {
        "sahkoposti" | "sposti" | "s_posti" | "e_mail" | "mail" | "sahkopostiosoite" => "email",
        "puh" | "puhelinnumero" | "puhelinnro" | "phone" | "gsm" => "puhelin",
        "linkki" | "osoite" | "www" | "verkkosivu" | "link" => "url",
        "tehtava" | "titteli" | "nimike" | "role" => "rooli",
        "paattyy" | "loppu" | "paattymispaiva" | "end" => "loppuu",
        "alku" | "alkamispaiva" | "start" => "alkaa",
        "portfolio" => "salkku",
        "tila" | "status" => "vaihe",
        _ => return None,
    })
}

/// `tiivistelmä` → `tiivistelma`: keys may be typed with Finnish letters.
fn fold_key(key: &str) -> Cow<'_, str> {
    if key.is_ascii() {
        return Cow::Borrowed(key);
    }
    Cow::Owned(
        key.chars()
            .map(|c| match c {
                'ä' | 'å' => 'a',
                'ö' => 'o',
                c => c,
            })
            .collect(),
    )
}

impl<'s> Reader<'s> {
    pub fn new(file: FileId, src: &'s str) -> Self {
        Reader {
            file,
            src,
            diagnostics: Vec::new(),
            unknown_keys: 0,
        }
    }

    /// The file's diagnostics in order of position, repeats folded
    /// ([`flood::fold_repeats`]).
    pub fn finish(mut self) -> Vec<Diagnostic> {
        self.diagnostics.sort_by_key(|d| d.span.start());
        flood::fold_repeats(self.diagnostics)
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    pub fn diag(
        &self,
        code: &'static crate::diag::Code,
        span: Span,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::new(code, self.file, span, message)
    }

    /// Splits a table into known keys and reports the unknown ones.
    /// `what` names the table in messages (`[rahoitus]`, "a record").
    pub fn fields<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        span: Span,
        known: &[&'static str],
        what: &str,
    ) -> Fields<'t, 'i> {
        let mut entries: Vec<(&'static str, Span, &'t Value<'i>)> = Vec::with_capacity(table.len());
        // Known keys already given, by their place in `known` (at most 64).
        let mut given: u64 = 0;
        debug_assert!(known.len() <= 64);
        for (key, value) in table.iter() {
            let key_span = span_of(key);
            let folded = fold_key(key.get_ref());
            match known.iter().position(|k| *k == folded) {
                Some(i) => {
                    let k = &known[i];
                    let bit = 1u64.checked_shl(i as u32).unwrap_or(0);
                    let twice = given & bit != 0;
                    given |= bit;
                    if let Some((_, first, _)) =
                        entries.iter().filter(|_| twice).find(|(e, _, _)| e == k)
                    {
                        let d = self
                            .diag(
                                codes::UNKNOWN_KEY,
                                key_span,
                                format!("`{}` is given twice in {what}", key.get_ref()),
                            )
                            .label("second spelling of the same key")
                            .secondary(*first, "first given here")
                            .help(format!("keep one `{k}`"));
                        self.push(d);
                    } else {
                        entries.push((k, key_span, value));
                    }
                }
                None => {
                    let name = key.get_ref();
                    self.unknown_keys += 1;
                    if self.unknown_keys > flood::MAX_SAME_IN_FILE {
                        let d = self.diag(
                            codes::UNKNOWN_KEY,
                            key_span,
                            format!("unknown key `{name}` in {what}"),
                        );
                        self.push(d);
                        continue;
                    }
                    let guess = meant_key(name)
                        .filter(|k| known.contains(k))
                        .or_else(|| did_you_mean(name, known.iter().copied()));
                    let help = match guess {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!(
                            "the keys of {what} are: {}",
                            known
                                .iter()
                                .map(|k| format!("`{k}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    let d = self
                        .diag(
                            codes::UNKNOWN_KEY,
                            key_span,
                            format!("unknown key `{name}` in {what}"),
                        )
                        .label("unknown key")
                        .help(help);
                    self.push(d);
                }
            }
        }
        Fields { entries, span }
    }

    fn wrong_type(&mut self, key: &str, value: &Value<'_>, expected: &str, help: Option<String>) {
        let d = self
            .diag(
                codes::WRONG_TYPE,
                span_of(value),
                format!(
                    "`{key}` must be {expected}, found {}",
                    type_name(value.get_ref())
                ),
            )
            .label(format!("expected {expected}"))
            .help_opt(help);
        self.push(d);
    }

    /// Reports a missing required key at the table's header.
    pub fn require<T>(
        &mut self,
        value: &Option<T>,
        f: &Fields<'_, '_>,
        key: &str,
        what: &str,
        example: &str,
    ) {
        if value.is_none() && f.get(key).is_none() {
            let d = self
                .diag(
                    codes::MISSING_KEY,
                    f.span,
                    format!("{what} is missing the required key `{key}`"),
                )
                .label(format!("`{key}` missing here"))
                .help(format!("add `{key} = {example}`"));
            self.push(d);
        }
    }

    pub fn string(&mut self, f: &Fields<'_, '_>, key: &str) -> Option<Sp<String>> {
        let (_, v) = f.get(key)?;
        self.as_string(key, v)
    }

    fn as_string(&mut self, key: &str, v: &Value<'_>) -> Option<Sp<String>> {
        self.string_or_item(key, v, false)
    }

    /// A string, alone (`key = "…"`) or as an item of an array of strings
    /// (`in_array`), which changes only how the fix is spelled.
    fn string_or_item(&mut self, key: &str, v: &Value<'_>, in_array: bool) -> Option<Sp<String>> {
        let help = match v.get_ref() {
            DeValue::String(s) => return Some(Sp::new(s.to_string(), span_of(v))),
            DeValue::Integer(_)
            | DeValue::Float(_)
            | DeValue::Boolean(_)
            | DeValue::Datetime(_) => {
                let raw = &self.src[v.span()];
                Some(if in_array {
                    format!("put each item in quotes: `{key} = [\"{raw}\", …]`")
                } else {
                    format!("put the value in quotes: `{key} = \"{raw}\"`")
                })
            }
            DeValue::Array(items) if !in_array => Some(match items.first() {
                Some(first) if items.len() == 1 => {
                    format!(
                        "give one value, not a list: `{key} = {}`",
                        &self.src[first.span()]
                    )
                }
                _ => format!("give one value, not a list: `{key} = \"…\"`"),
            }),
            _ => None,
        };
        self.wrong_type(key, v, "a string", help);
        None
    }

    /// An array of strings; a single string is accepted as a one-item list.
    pub fn strings(&mut self, f: &Fields<'_, '_>, key: &str) -> Vec<Sp<String>> {
        let Some((_, v)) = f.get(key) else {
            return Vec::new();
        };
        match v.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| self.string_or_item(key, item, true))
                .collect(),
            DeValue::String(s) => vec![Sp::new(s.to_string(), span_of(v))],
            _ => {
                self.wrong_type(
                    key,
                    v,
                    "an array of strings",
                    Some(format!("write `{key} = [\"…\", \"…\"]`")),
                );
                Vec::new()
            }
        }
    }

    pub fn date(&mut self, f: &Fields<'_, '_>, key: &str) -> Option<Sp<NaiveDate>> {
        let (_, v) = f.get(key)?;
        let span = span_of(v);
        match v.get_ref() {
            DeValue::Datetime(dt) => {
                let date = match (dt.date, dt.time, dt.offset) {
                    (Some(d), None, None) => d,
                    _ => {
                        let d = self
                            .diag(
                                codes::INVALID_VALUE,
                                span,
                                format!("`{key}` must be a date without a time, found `{dt}`"),
                            )
                            .label("expected a local date")
                            .help(format!("write `{key} = YYYY-MM-DD`"));
                        self.push(d);
                        return None;
                    }
                };
                match NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
                {
                    Some(d) => Some(Sp::new(d, span)),
                    None => {
                        let d = self
                            .diag(
                                codes::INVALID_VALUE,
                                span,
                                format!("`{key} = {dt}` is not a day of the calendar"),
                            )
                            .label("no such day")
                            .help(
                                "check the day and month (February has 28 days, 29 in leap years)",
                            );
                        self.push(d);
                        None
                    }
                }
            }
            DeValue::String(s) => {
                let help = match parse_finnish_date(s)
                    .or_else(|| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
                {
                    Some(d) => format!(
                        "write a TOML date without quotes: `{key} = {}`",
                        d.format("%Y-%m-%d")
                    ),
                    None => format!("write a TOML date without quotes: `{key} = YYYY-MM-DD`"),
                };
                self.wrong_type(key, v, "a date", Some(help));
                None
            }
            _ => {
                self.wrong_type(
                    key,
                    v,
                    "a date",
                    Some(format!("write `{key} = YYYY-MM-DD`")),
                );
                None
            }
        }
    }

    /// Money: integer euros or a decimal string; a float is an error that says how to write it.
    pub fn euro(&mut self, f: &Fields<'_, '_>, key: &str) -> Option<Sp<Euro>> {
        let (_, v) = f.get(key)?;
        self.as_euro(key, v)
    }

    pub fn as_euro(&mut self, key: &str, v: &Value<'_>) -> Option<Sp<Euro>> {
        let span = span_of(v);
        let raw = &self.src[v.span()];
        let parsed = match v.get_ref() {
            DeValue::Integer(i) => {
                let digits = i.as_str();
                match i128::from_str_radix(digits, i.radix()) {
                    Ok(n) if n < 0 => Err(MoneyError::Negative),
                    Ok(n) => u64::try_from(n)
                        .map_err(|_| MoneyError::TooLarge)
                        .and_then(|n| Euro::from_decimal(n.into())),
                    Err(_) if digits.starts_with('-') => Err(MoneyError::Negative),
                    Err(_) => Err(MoneyError::TooLarge),
                }
            }
            DeValue::String(s) => Euro::parse(s),
            DeValue::Float(fl) => {
                let text = fl.as_str();
                let suggestion = float_money_suggestion(text);
                let d = self
                    .diag(codes::FLOAT_MONEY, span, format!("`{key} = {raw}` is a float; money must be exact"))
                    .label("floating-point number")
                    .help(suggestion.map_or_else(
                        || "write whole euros as an integer (`1234`) or cents as a string (`\"1234.50\"`)".to_string(),
                        |s| format!("write `{key} = {s}`"),
                    ));
                self.push(d);
                return None;
            }
            _ => {
                self.wrong_type(key, v, "an amount of euros", Some(format!("write whole euros as an integer (`{key} = 1234`) or cents as a string (`{key} = \"1234.50\"`)")));
                return None;
            }
        };
        match parsed {
            Ok(e) => Some(Sp::new(e, span)),
            Err(err) => {
                let help = match err {
                    MoneyError::Negative => {
                        "record a refund or correction as a smaller amount, never a negative one"
                            .to_string()
                    }
                    MoneyError::TooManyDecimals => {
                        "round to the cent: at most two decimals".to_string()
                    }
                    MoneyError::TooLarge => {
                        "amounts above 18 446 744 073 709 551 615 euros are not accepted"
                            .to_string()
                    }
                    MoneyError::NotANumber => format!(
                        "write whole euros as an integer (`{key} = 1234`) or cents as a string (`{key} = \"1234.50\"`)"
                    ),
                };
                let d = self
                    .diag(codes::NEGATIVE, span, format!("`{key} = {raw}` {err}"))
                    .label("not a valid amount")
                    .help(help);
                self.push(d);
                None
            }
        }
    }

    /// A percentage 0–100 that remembers its written decimals.
    pub fn percent(&mut self, f: &Fields<'_, '_>, key: &str) -> Option<Sp<Percent>> {
        let (_, v) = f.get(key)?;
        let span = span_of(v);
        let raw = &self.src[v.span()];
        let parsed = match v.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => Percent::parse(i.as_str()),
            DeValue::Float(fl) => Percent::parse(fl.as_str()),
            DeValue::String(s) => Percent::parse(s),
            DeValue::Integer(_) => None,
            _ => {
                self.wrong_type(
                    key,
                    v,
                    "a percentage",
                    Some(format!("write `{key} = 75` or `{key} = 11.3`")),
                );
                return None;
            }
        };
        let Some(p) = parsed else {
            let d = self
                .diag(
                    codes::NEGATIVE,
                    span,
                    format!("`{key} = {raw}` is not a percentage"),
                )
                .label("not a number")
                .help(format!("write `{key} = 75` or `{key} = 11.3`"));
            self.push(d);
            return None;
        };
        if p.value.is_sign_negative() && !p.value.is_zero() {
            let d = self
                .diag(
                    codes::NEGATIVE,
                    span,
                    format!("`{key} = {raw}` is negative"),
                )
                .label("negative percentage")
                .help("a share is between 0 and 100 percent");
            self.push(d);
            return None;
        }
        if p.value > rust_decimal::Decimal::ONE_HUNDRED {
            let d = self
                .diag(
                    codes::NEGATIVE,
                    span,
                    format!("`{key} = {raw}` is more than 100 %"),
                )
                .label("above 100")
                .help("a share is between 0 and 100 percent");
            self.push(d);
            return None;
        }
        Some(Sp::new(p, span))
    }

    /// A sub-table such as `[rahoitus]`.
    pub fn table<'t, 'i>(
        &mut self,
        f: &Fields<'t, 'i>,
        key: &str,
    ) -> Option<(Span, &'t DeTable<'i>, Span)> {
        let (key_span, v) = f.get(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some((key_span, t, span_of(v))),
            _ => {
                self.wrong_type(
                    key,
                    v,
                    "a table",
                    Some(format!("write it as a table: `[{key}]` with keys below it")),
                );
                None
            }
        }
    }

    /// An array of tables such as `[[rahoitus.osuudet]]`.
    pub fn tables<'t, 'i>(
        &mut self,
        f: &Fields<'t, 'i>,
        key: &str,
    ) -> Vec<(&'t DeTable<'i>, Span)> {
        let Some((_, v)) = f.get(key) else {
            return Vec::new();
        };
        match v.get_ref() {
            DeValue::Array(items) => {
                let mut out = Vec::new();
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::Table(t) => out.push((t, span_of(item))),
                        _ => self.wrong_type(
                            key,
                            item,
                            "a table",
                            Some(format!(
                                "write each entry as `[[…{key}]]` with its keys below"
                            )),
                        ),
                    }
                }
                out
            }
            _ => {
                self.wrong_type(
                    key,
                    v,
                    "an array of tables",
                    Some(format!(
                        "write each entry as `[[…{key}]]` with its keys below"
                    )),
                );
                Vec::new()
            }
        }
    }
}

/// `1234.5` → `"1234.50"`, `1234.0` → `1234`.
fn float_money_suggestion(text: &str) -> Option<String> {
    let d: rust_decimal::Decimal = text.replace('_', "").parse().ok()?;
    let d = d.normalize();
    if d.is_sign_negative() {
        return None;
    }
    Some(match d.scale() {
        0 => d.to_string(),
        1 | 2 => format!("\"{:.2}\"", d),
        _ => format!("\"{:.2}\"", d.round_dp(2)),
    })
}

/// `1.3.2012` → 2012-03-01: how dates are written in Finland.
pub fn parse_finnish_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().split('.');
    let d = parts.next()?.trim().parse().ok()?;
    let m = parts.next()?.trim().parse().ok()?;
    let y = parts.next()?.trim().parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_and_english_words_for_keys_point_at_the_key() {
        assert_eq!(meant_key("sähköposti"), Some("email"));
        assert_eq!(meant_key("E-mail"), Some("email"));
        assert_eq!(meant_key("puhelinnumero"), Some("puhelin"));
        assert_eq!(meant_key("päättyy"), Some("loppuu"));
        assert_eq!(meant_key("tila"), Some("vaihe"));
        assert_eq!(meant_key("budjetti"), None);
    }
}
