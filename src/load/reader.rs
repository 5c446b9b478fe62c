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

use crate::diag::{Diagnostic, codes, flood, words};
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

/// The TOML type of a value, as a user would name it, in the user's language.
pub fn type_name(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(_) => crate::t!("diag-type-string"),
        DeValue::Integer(_) => crate::t!("diag-type-integer"),
        DeValue::Float(_) => crate::t!("diag-type-float"),
        DeValue::Boolean(_) => crate::t!("diag-type-boolean"),
        DeValue::Datetime(_) => crate::t!("diag-type-date"),
        DeValue::Array(_) => crate::t!("diag-type-array"),
        DeValue::Table(_) => crate::t!("diag-type-table"),
    }
}

/// `what` of [`Reader::fields`] for a record's top level.
pub const IN_RECORD: &str = "record";
/// `what` of [`Reader::fields`] for the registry's top level.
pub const IN_REGISTRY: &str = "registry";

/// How the messages name the table `what`: the `place` selector of
/// `rule-h101*` (a record, the registry, or a table named by its header).
fn place(what: &str) -> &'static str {
    match what {
        IN_RECORD => "record",
        IN_REGISTRY => "registry",
        _ => "table",
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
    /// `what` names the table in messages: its header (`[rahoitus]`), or
    /// [`IN_RECORD`], [`IN_REGISTRY`].
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
                        let written: &str = key.get_ref();
                        let message = crate::t!(
                            "rule-h101-twice",
                            key = written,
                            place = place(what),
                            table = what
                        );
                        let d = self
                            .diag(codes::UNKNOWN_KEY, key_span, message)
                            .label(crate::t!("rule-h101-twice-label"))
                            .secondary(*first, crate::t!("rule-h101-twice-first"))
                            .help(crate::t!("rule-h101-twice-help", key = (*k)));
                        self.push(d);
                    } else {
                        entries.push((k, key_span, value));
                    }
                }
                None => {
                    let name: &str = key.get_ref();
                    self.unknown_keys += 1;
                    let message =
                        crate::t!("rule-h101", key = name, place = place(what), table = what);
                    if self.unknown_keys > flood::MAX_SAME_IN_FILE {
                        let d = self.diag(codes::UNKNOWN_KEY, key_span, message);
                        self.push(d);
                        continue;
                    }
                    let guess = meant_key(name)
                        .filter(|k| known.contains(k))
                        .or_else(|| did_you_mean(name, known.iter().copied()));
                    let help = match guess {
                        Some(s) => words::meant(&format!("`{s}`")),
                        None => crate::t!(
                            "rule-h101-keys",
                            place = place(what),
                            table = what,
                            keys = words::quoted(known.iter().copied()).join(", ")
                        ),
                    };
                    let d = self
                        .diag(codes::UNKNOWN_KEY, key_span, message)
                        .label(crate::t!("rule-h101-label"))
                        .help(help);
                    self.push(d);
                }
            }
        }
        Fields { entries, span }
    }

    /// H102; `expected` is the type's name in the user's language
    /// (`diag-type-*`).
    fn wrong_type(&mut self, key: &str, value: &Value<'_>, expected: &str, help: Option<String>) {
        let message = crate::t!(
            "rule-h102",
            key = key,
            expected = expected,
            found = type_name(value.get_ref())
        );
        let d = self
            .diag(codes::WRONG_TYPE, span_of(value), message)
            .label(crate::t!("rule-h102-label", expected = expected))
            .help_opt(help);
        self.push(d);
    }

    /// Reports a missing required key at the table's header. `owner` is
    /// what lacks it, the `owner` selector of `rule-h103`: `record`,
    /// `contact`, `link`, `share`, `contribution` or `portfolio`; `example`
    /// is a TOML value to add.
    pub fn require<T>(
        &mut self,
        value: &Option<T>,
        f: &Fields<'_, '_>,
        key: &str,
        owner: &str,
        example: &str,
    ) {
        if value.is_none() && f.get(key).is_none() {
            let message = crate::t!("rule-h103", owner = owner, key = key);
            self.missing(f, key, message, example);
        }
    }

    /// [`Self::require`] with the whole message given, for owners the
    /// `rule-h103` selector does not name (a cost model: `cost-missing-key`).
    pub fn require_with<T>(
        &mut self,
        value: &Option<T>,
        f: &Fields<'_, '_>,
        key: &str,
        message: impl FnOnce() -> String,
        example: &str,
    ) {
        if value.is_none() && f.get(key).is_none() {
            self.missing(f, key, message(), example);
        }
    }

    fn missing(&mut self, f: &Fields<'_, '_>, key: &str, message: String, example: &str) {
        let help = if key == "salkku" {
            crate::t!("rule-h103-help-salkku")
        } else {
            crate::t!("rule-h103-help", key = key, example = example)
        };
        let d = self
            .diag(codes::MISSING_KEY, f.span, message)
            .label(crate::t!("rule-h103-label", key = key))
            .help(help);
        self.push(d);
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
                    let toml = format!("{key} = [\"{raw}\", …]");
                    crate::t!("rule-h102-quote-items", toml = toml)
                } else {
                    let toml = format!("{key} = \"{raw}\"");
                    crate::t!("rule-h102-quote", toml = toml)
                })
            }
            DeValue::Array(items) if !in_array => {
                let toml = match items.first() {
                    Some(first) if items.len() == 1 => {
                        format!("{key} = {}", &self.src[first.span()])
                    }
                    _ => format!("{key} = \"…\""),
                };
                Some(crate::t!("rule-h102-one-value", toml = toml))
            }
            _ => None,
        };
        self.wrong_type(key, v, &crate::t!("diag-type-string"), help);
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
                    &crate::t!("diag-type-strings"),
                    Some(words::write(&format!("{key} = [\"…\", \"…\"]"))),
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
                        let message =
                            crate::t!("rule-h104-datetime", key = key, value = dt.to_string());
                        let d = self
                            .diag(codes::INVALID_VALUE, span, message)
                            .label(crate::t!("rule-h104-datetime-label"))
                            .help(words::write(&format!("{key} = YYYY-MM-DD")));
                        self.push(d);
                        return None;
                    }
                };
                match NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
                {
                    Some(d) => Some(Sp::new(d, span)),
                    None => {
                        let toml = format!("{key} = {dt}");
                        let d = self
                            .diag(
                                codes::INVALID_VALUE,
                                span,
                                crate::t!("rule-h104-no-day", toml = toml),
                            )
                            .label(crate::t!("rule-h104-no-day-label"))
                            .help(crate::t!("rule-h104-no-day-help"));
                        self.push(d);
                        None
                    }
                }
            }
            DeValue::String(s) => {
                let toml = match parse_finnish_date(s)
                    .or_else(|| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
                {
                    Some(d) => format!("{key} = {}", d.format("%Y-%m-%d")),
                    None => format!("{key} = YYYY-MM-DD"),
                };
                let help = crate::t!("rule-h102-date", toml = toml);
                self.wrong_type(key, v, &crate::t!("diag-type-date"), Some(help));
                None
            }
            _ => {
                self.wrong_type(
                    key,
                    v,
                    &crate::t!("diag-type-date"),
                    Some(words::write(&format!("{key} = YYYY-MM-DD"))),
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
                let toml = format!("{key} = {raw}");
                let d = self
                    .diag(
                        codes::FLOAT_MONEY,
                        span,
                        crate::t!("rule-h105", toml = toml),
                    )
                    .label(crate::t!("rule-h105-label"))
                    .help(suggestion.map_or_else(
                        || crate::t!("rule-h105-help"),
                        |s| words::write(&format!("{key} = {s}")),
                    ));
                self.push(d);
                return None;
            }
            _ => {
                self.wrong_type(
                    key,
                    v,
                    &crate::t!("diag-type-money"),
                    Some(crate::t!("rule-h102-money", key = key)),
                );
                return None;
            }
        };
        match parsed {
            Ok(e) => Some(Sp::new(e, span)),
            Err(err) => {
                let toml = format!("{key} = {raw}");
                let (message, help) = match err {
                    MoneyError::Negative => (
                        crate::t!("rule-h106-negative", toml = toml),
                        crate::t!("rule-h106-negative-help"),
                    ),
                    MoneyError::TooManyDecimals => (
                        crate::t!("rule-h106-decimals", toml = toml),
                        crate::t!("rule-h106-decimals-help"),
                    ),
                    MoneyError::TooLarge => (
                        crate::t!("rule-h106-too-large", toml = toml),
                        crate::t!(
                            "rule-h106-too-large-help",
                            max = words::money(crate::model::money::MAX_EURO)
                        ),
                    ),
                    MoneyError::NotANumber => (
                        crate::t!("rule-h106-not-money", toml = toml),
                        crate::t!("rule-h102-money", key = key),
                    ),
                };
                let d = self
                    .diag(codes::NEGATIVE, span, message)
                    .label(crate::t!("rule-h106-money-label"))
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
                    &crate::t!("diag-type-percent"),
                    Some(crate::t!("rule-h106-percent-help", key = key)),
                );
                return None;
            }
        };
        let toml = format!("{key} = {raw}");
        let Some(p) = parsed else {
            let d = self
                .diag(
                    codes::NEGATIVE,
                    span,
                    crate::t!("rule-h106-not-percent", toml = toml),
                )
                .label(crate::t!("rule-h106-not-percent-label"))
                .help(crate::t!("rule-h106-percent-help", key = key));
            self.push(d);
            return None;
        };
        if p.value.is_sign_negative() && !p.value.is_zero() {
            let d = self
                .diag(
                    codes::NEGATIVE,
                    span,
                    crate::t!("rule-h106-negative", toml = toml),
                )
                .label(crate::t!("rule-h106-percent-negative-label"))
                .help(crate::t!("rule-h106-percent-range-help"));
            self.push(d);
            return None;
        }
        if p.value > rust_decimal::Decimal::ONE_HUNDRED {
            let d = self
                .diag(
                    codes::NEGATIVE,
                    span,
                    crate::t!(
                        "rule-h106-over-100",
                        toml = toml,
                        limit = words::pct(rust_decimal::Decimal::ONE_HUNDRED)
                    ),
                )
                .label(crate::t!("rule-h106-over-100-label"))
                .help(crate::t!("rule-h106-percent-range-help"));
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
                    &crate::t!("diag-type-table"),
                    Some(crate::t!("rule-h102-table", key = key)),
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
                            &crate::t!("diag-type-table"),
                            Some(crate::t!("rule-h102-tables", key = key)),
                        ),
                    }
                }
                out
            }
            _ => {
                self.wrong_type(
                    key,
                    v,
                    &crate::t!("diag-type-tables"),
                    Some(crate::t!("rule-h102-tables", key = key)),
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
