//! Figures and lists inside diagnostics, in the user's language: money
//! `1 047 935 €` / `€1,047,935`, percentages `11,55 %` / `11.55%`, dates
//! `1.3.2012` / `2012-03-01`, lists joined with "ja" / "and". TOML written
//! into a message (`osuus = 12`) never comes here: it stays TOML.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::lang::format;
use crate::model::Euro;

/// An amount: `1 047 935 €` / `€1,047,935`.
pub fn euro(e: Euro) -> String {
    format::euro(e)
}

/// Any amount, in prose: `18 446 744 073 709 551 615 €`.
pub fn money(d: Decimal) -> String {
    format::money(d)
}

/// A difference with its sign: `+1 €`, `−50 €` / `+€1`, `-€50`.
pub fn signed(d: Decimal) -> String {
    if d.is_sign_positive() && !d.is_zero() {
        format!("+{}", format::money(d))
    } else {
        format::money(d)
    }
}

/// A percentage with at most two decimals: `11,55 %` / `11.55%`.
pub fn pct(d: Decimal) -> String {
    format::percent(d, 2)
}

/// A date in prose: `1.3.2012` / `2012-03-01`.
pub fn date(d: NaiveDate) -> String {
    format::date(d)
}

/// A number in prose: `12,5` / `12.5`.
pub fn number(d: Decimal) -> String {
    format::number(d)
}

/// `a`, `a and b`, `a, b and c` (`ja` in Finnish).
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            crate::t!(
                "diag-list-and",
                init = init.join(", "),
                last = last.as_str()
            )
        }
    }
}

/// `a`, `a or b`, `a, b or c` (`tai` in Finnish).
pub fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            crate::t!("diag-list-or", init = init.join(", "), last = last.as_str())
        }
    }
}

/// Each item in backticks, as code: `` `a`, `b` ``.
pub fn quoted<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    items.into_iter().map(|s| format!("`{s}`")).collect()
}

/// "did you mean `x`?" / "tarkoititko `x`?"
pub fn meant(what: &str) -> String {
    crate::t!("diag-did-you-mean", what = what)
}

/// "write `key = value`" / "kirjoita `key = value`": a help line that is
/// one line of TOML.
pub fn write(toml: &str) -> String {
    crate::t!("diag-write", toml = toml)
}
