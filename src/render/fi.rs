//! Finnish presentation for human formats only: `1.3.2012`, `1 047 935 €`,
//! `7 500,50 €`, `75 %`. CSV and JSON never use this module.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::model::Euro;

/// No-break space: the thousands separator and the space before `€` and `%`.
pub const NBSP: char = '\u{a0}';

/// `1.3.2012`
pub fn date(d: NaiveDate) -> String {
    format!("{}.{}.{}", d.day(), d.month(), d.year())
}

/// `1 047 935` or `7 500,50` (cents only when there are cents).
pub fn number(d: Decimal) -> String {
    let d = d.normalize();
    let negative = d.is_sign_negative() && !d.is_zero();
    let abs = d.abs();
    let text = if abs.scale() == 0 {
        abs.to_string()
    } else {
        format!("{:.2}", abs)
    };
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text, None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(NBSP);
        }
        grouped.push(c);
    }
    let mut out = String::new();
    if negative {
        out.push('−');
    }
    out.push_str(&grouped);
    if let Some(f) = frac {
        out.push(',');
        out.push_str(&f);
    }
    out
}

/// `1 047 935 €`
pub fn euro(e: Euro) -> String {
    format!("{}{NBSP}€", number(e.0))
}

/// A signed difference in euros: `+1 200 €`, `−35 €`.
pub fn euro_diff(d: Decimal) -> String {
    let sign = if d.is_sign_positive() && !d.is_zero() {
        "+"
    } else {
        ""
    };
    format!("{sign}{}{NBSP}€", number(d))
}

/// `75 %`, `11,3 %` (at most `decimals` decimals, trailing zeros dropped).
pub fn percent(p: Decimal, decimals: u32) -> String {
    let r = p.round_dp(decimals).normalize();
    format!("{}{NBSP}%", r.to_string().replace('.', ","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_formats() {
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2012, 3, 1).unwrap()),
            "1.3.2012"
        );
        assert_eq!(euro(Euro::from_int(1047935)), "1\u{a0}047\u{a0}935\u{a0}€");
        assert_eq!(
            euro(Euro("7500.5".parse().unwrap())),
            "7\u{a0}500,50\u{a0}€"
        );
        assert_eq!(euro(Euro::from_int(999)), "999\u{a0}€");
        assert_eq!(percent("11.302".parse().unwrap(), 1), "11,3\u{a0}%");
        assert_eq!(percent("75".parse().unwrap(), 1), "75\u{a0}%");
    }
}
