//! Finding euro amounts and percentages in one line of Finnish text.
//!
//! Pages write money the Finnish way, and not consistently: `785 951 euroa`,
//! `118 443 €`, `31 644 e`, `1 234,50 €`, `785.951 €`, `1,2 milj. euroa`, with
//! ordinary spaces or no-break spaces (U+00A0, U+202F) between the thousands.
//! Percentages come as `75%`, `(75 %)`, `11,3 %` or `75 prosenttia`. The
//! scanner turns each into an exact [`Decimal`] (never a float) and remembers
//! how a percentage was written, because `hanke check` compares a stated
//! `osuus` at the precision it was written with (11 vs 11.3).
//!
//! A number that is part of a date (`1.3.2012`), a range (`2010-2013`) or a
//! phone number (`044-7034555`) is not a figure.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::text::{fold, is_group_space, is_space};

/// A percentage with the digits as the page wrote them (`11.3`, `75`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Percent {
    pub(super) value: Decimal,
    /// TOML-ready: decimal point, no grouping, no leading zeros.
    pub(super) written: String,
}

/// What a figure is, judged by what is written next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Followed (or preceded) by `€`, `euroa`, `e`, `eur`, `milj.` …
    Amount(Decimal),
    Percent(Percent),
    /// A number with no unit: an amount only where the context says so.
    Bare(Decimal),
}

/// One figure and the byte range of the line it covers, unit included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Figure {
    pub(super) kind: Kind,
    pub(super) start: usize,
    pub(super) end: usize,
    /// The number had thousands groups (`300 026`) or cents: not a year.
    pub(super) grouped: bool,
}

impl Figure {
    pub(super) fn percent(&self) -> Option<&Percent> {
        match &self.kind {
            Kind::Percent(p) => Some(p),
            _ => None,
        }
    }
}

/// Every figure in `line`, left to right.
pub(super) fn figures(line: &str) -> Vec<Figure> {
    let mut found = Vec::new();
    let mut pos = 0;
    while pos < line.len() {
        let c = line[pos..].chars().next().unwrap_or(' ');
        if c.is_ascii_digit() && starts_a_number(line, pos) {
            match scan_number(line, pos) {
                Scan::Number(number) => {
                    let figure = classify(line, pos, number);
                    pos = figure.end;
                    found.push(figure);
                }
                Scan::NotAFigure(end) => pos = end,
            }
        } else {
            pos += c.len_utf8();
        }
    }
    found
}

/// Does a line carry any money or percentage (used to spot funding lines)?
pub(super) fn has_amount(line: &str) -> bool {
    figures(line)
        .iter()
        .any(|f| matches!(f.kind, Kind::Amount(_)))
}

/// A written number before its unit has been looked at.
struct Number {
    value: Decimal,
    written: String,
    end: usize,
    grouped: bool,
}

enum Scan {
    Number(Number),
    /// Part of a date, range, code or phone number: skip to this byte.
    NotAFigure(usize),
}

/// A digit run that is glued to letters (`EAKR2`) or follows a range dash or
/// date dot (`2010-2013`, `1.3.2012`) does not start a number.
fn starts_a_number(line: &str, pos: usize) -> bool {
    let mut before = line[..pos].chars().rev();
    match before.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('+') => false,
        Some('-' | '/' | '.' | ',' | ':') => !before.next().is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
    }
}

fn digits_at(line: &str, pos: usize) -> usize {
    line[pos..].bytes().take_while(u8::is_ascii_digit).count()
}

/// Read `1 047 935`, `785.951`, `1 234,50`, `11,3`, `75`.
fn scan_number(line: &str, start: usize) -> Scan {
    let lead = digits_at(line, start);
    let mut int_digits = line[start..start + lead].to_string();
    let mut pos = start + lead;
    let mut grouped = false;
    if lead <= 3
        && let Some((digits, end)) = thousand_groups(line, pos)
    {
        int_digits.push_str(&digits);
        pos = end;
        grouped = true;
    }
    let mut written = int_digits.clone();
    if let Some((cents, end)) = decimals(line, pos) {
        written.push('.');
        written.push_str(&cents);
        pos = end;
        grouped = true;
    }
    // `300 026,- €`: the old way of writing whole euros.
    if line[pos..].starts_with(",-") || line[pos..].starts_with(".-") {
        pos += 2;
    }
    if continues_as_code(&line[pos..]) {
        let end = pos
            + line[pos..]
                .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '/')))
                .unwrap_or(line.len() - pos);
        return Scan::NotAFigure(end);
    }
    match Decimal::from_str(&written) {
        Ok(value) => Scan::Number(Number {
            value,
            written: tidy_written(&written),
            end: pos,
            grouped,
        }),
        Err(_) => Scan::NotAFigure(pos),
    }
}

/// Thousands groups after the leading digits: one kind of separator (a space
/// of any kind, or a dot), each followed by exactly three digits.
fn thousand_groups(line: &str, mut pos: usize) -> Option<(String, usize)> {
    let mut digits = String::new();
    let mut separator_kind: Option<bool> = None; // Some(true) = dot
    while let Some(sep) = line[pos..].chars().next() {
        let is_dot = match sep {
            '.' | ',' => true,
            c if is_group_space(c) => false,
            _ => break,
        };
        if separator_kind.is_some_and(|k| k != is_dot) {
            break;
        }
        let after = pos + sep.len_utf8();
        if digits_at(line, after) != 3 {
            break;
        }
        // `1,500` reads as thousands only with a second group or no decimals
        // following; `11.300 %` is rare enough to leave to the sum checks.
        digits.push_str(&line[after..after + 3]);
        separator_kind = Some(is_dot);
        pos = after + 3;
    }
    (!digits.is_empty()).then_some((digits, pos))
}

/// `,50` or `.5` after the integer part: one or two decimals.
fn decimals(line: &str, pos: usize) -> Option<(String, usize)> {
    let sep = line[pos..].chars().next()?;
    if !matches!(sep, ',' | '.') {
        return None;
    }
    let count = digits_at(line, pos + 1);
    if !(1..=2).contains(&count) {
        return None;
    }
    let end = pos + 1 + count;
    Some((line[pos + 1..end].to_string(), end))
}

/// `1.3.2012`, `2010-2013`, `044-7034555`: more digits glued on by `.,-/`.
fn continues_as_code(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('.' | ',' | '-' | '/'))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// Drop leading zeros so the text is a valid TOML number (`07` → `7`).
fn tidy_written(written: &str) -> String {
    let (int, frac) = written.split_once('.').unwrap_or((written, ""));
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// Look at the unit after (or a currency sign before) the number.
fn classify(line: &str, start: usize, number: Number) -> Figure {
    let Number {
        value,
        written,
        end,
        grouped,
    } = number;
    let (unit, unit_end) = unit_after(&line[end..]);
    let kind = match unit {
        Unit::Percent => Kind::Percent(Percent { value, written }),
        Unit::Euro(factor) => Kind::Amount(value * factor),
        Unit::None if currency_before(&line[..start]) => Kind::Amount(value),
        Unit::None => Kind::Bare(value),
    };
    Figure {
        kind,
        start,
        end: end + unit_end,
        grouped,
    }
}

enum Unit {
    Percent,
    /// Euros, times this factor (`milj.` = 1 000 000).
    Euro(Decimal),
    None,
}

/// The unit right after a number, and how many bytes it takes.
fn unit_after(rest: &str) -> (Unit, usize) {
    let trimmed = rest.trim_start_matches(is_space);
    let skipped = rest.len() - trimmed.len();
    if let Some(after) = trimmed.strip_prefix('%') {
        return (Unit::Percent, rest.len() - after.len());
    }
    if let Some(after) = trimmed.strip_prefix('€') {
        return (Unit::Euro(Decimal::ONE), rest.len() - after.len());
    }
    let word: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    let word_end = skipped + word.len();
    let folded = fold(&word);
    match folded.as_str() {
        "prosenttia" | "prosentti" | "prosentin" | "pros" => (Unit::Percent, word_end),
        "euroa" | "euro" | "eur" | "e" | "euron" | "eurolla" => {
            (Unit::Euro(Decimal::ONE), word_end)
        }
        "milj" | "miljoonaa" | "miljoona" | "meur" | "m" => scaled_unit(
            &rest[word_end..],
            word_end,
            Decimal::from(1_000_000),
            &folded,
        ),
        "tuhatta" | "teur" | "t" | "k" | "keur" => {
            scaled_unit(&rest[word_end..], word_end, Decimal::from(1_000), &folded)
        }
        _ => (Unit::None, 0),
    }
}

/// `milj. euroa`, `1,2 M€`, `300 t€`: a scale word needs a euro unit after
/// it, except the words that already say euros (`meur`, `teur`, `keur`).
fn scaled_unit(rest: &str, used: usize, factor: Decimal, word: &str) -> (Unit, usize) {
    if word.ends_with("eur") {
        return (Unit::Euro(factor), used);
    }
    let after_dot = rest.strip_prefix('.').unwrap_or(rest);
    let dot = rest.len() - after_dot.len();
    let trimmed = after_dot.trim_start_matches(is_space);
    let gap = rest.len() - trimmed.len();
    if let Some(after) = trimmed.strip_prefix('€') {
        return (Unit::Euro(factor), used + rest.len() - after.len());
    }
    let euro: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    let is_long_word = word.len() > 1;
    match fold(&euro).as_str() {
        "euroa" | "euro" | "eur" | "e" => (Unit::Euro(factor), used + gap + euro.len()),
        _ if is_long_word && word != "tuhatta" => (Unit::Euro(factor), used + dot),
        _ => (Unit::None, 0),
    }
}

/// `€ 300 026` or `EUR 300 026`.
fn currency_before(before: &str) -> bool {
    let trimmed = before.trim_end_matches(is_space);
    let last_word = trimmed.rsplit(is_space).next().unwrap_or("");
    trimmed.ends_with('€') || last_word.eq_ignore_ascii_case("eur")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amounts(line: &str) -> Vec<String> {
        figures(line)
            .iter()
            .filter_map(|f| match f.kind {
                Kind::Amount(value) => Some(value),
                _ => None,
            })
            .map(|d| d.to_string())
            .collect()
    }

    fn percents(line: &str) -> Vec<String> {
        figures(line)
            .iter()
            .filter_map(|f| f.percent().map(|p| p.written.clone()))
            .collect()
    }

    #[test]
    fn euro_amounts_in_many_spellings() {
        assert_eq!(amounts("STM (75%) 785 951 euroa"), vec!["785951"]);
        assert_eq!(amounts("Oulun kaupunki 118\u{a0}443 €"), vec!["118443"]);
        assert_eq!(amounts("Kunta 31\u{202f}644 e"), vec!["31644"]);
        assert_eq!(amounts("Kunta 31644e."), vec!["31644"]);
        assert_eq!(amounts("X 785.951 €"), vec!["785951"]);
        assert_eq!(amounts("X 1 234,50 €"), vec!["1234.50"]);
        assert_eq!(amounts("X € 2 000"), vec!["2000"]);
        assert_eq!(amounts("X 1,2 milj. euroa"), vec!["1200000.0"]);
        assert_eq!(amounts("X 1,2 M€"), vec!["1200000.0"]);
        assert_eq!(amounts("X 300 t€"), vec!["300000"]);
        assert_eq!(amounts("X 300 026,- €"), vec!["300026"]);
        assert_eq!(amounts("X 300.026,00 €"), vec!["300026.00"]);
    }

    #[test]
    fn percentages_keep_their_written_decimals() {
        assert_eq!(percents("STM (75%) 785 951 euroa"), vec!["75"]);
        assert_eq!(percents("Oulu 11,3 % 10 e"), vec!["11.3"]);
        assert_eq!(percents("Oulu 11.30 prosenttia"), vec!["11.30"]);
    }

    #[test]
    fn dates_ranges_and_phones_are_not_figures() {
        assert!(figures("1.3.2012").is_empty());
        assert!(figures("ohjelma 2010-2013").is_empty());
        assert!(figures("puh. 044-7034555").is_empty());
        assert!(amounts("vuonna 2012 300 000 €") == vec!["300000"]);
    }

    #[test]
    fn bare_numbers_are_kept_apart() {
        let found = figures("STM 300 026");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, Kind::Bare(Decimal::from(300_026)));
        assert!(found[0].grouped);
    }

    #[test]
    fn a_year_before_an_amount_does_not_merge() {
        assert_eq!(amounts("Toteutus 2014 75 000 euroa"), vec!["75000"]);
    }
}
