//! Numbers, money, percentages and dates as people read them, in the
//! current language ([`super::current`]): Finnish `1 047 935 €`,
//! `131 000,50 €`, `75,4 %`, `1.3.2012`; English `€1,047,935`,
//! `€131,000.50`, `75.4%`, `2012-03-01`. Machine formats never come here.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Lang, current, fi};
use crate::model::Euro;

/// `1 047 935` / `1,047,935`; cents only when there are cents.
pub fn number_in(lang: Lang, d: Decimal) -> String {
    match lang {
        Lang::Fi => fi::number(d),
        Lang::En => fi::number(d)
            .replace(',', ".")
            .replace(fi::NBSP, ",")
            .replace('−', "-"),
    }
}

/// Any amount, also a negative difference.
pub fn money_in(lang: Lang, d: Decimal) -> String {
    match lang {
        Lang::Fi => fi::money(d),
        Lang::En => {
            let n = number_in(lang, d);
            match n.strip_prefix('-') {
                Some(abs) => format!("-€{abs}"),
                None => format!("€{n}"),
            }
        }
    }
}

/// A signed difference: `+1 200 €`, `−35 €` / `+€1,200`, `-€35`.
pub fn money_diff_in(lang: Lang, d: Decimal) -> String {
    match lang {
        Lang::Fi => fi::euro_diff(d),
        Lang::En => {
            let plus = if d.is_sign_positive() && !d.is_zero() {
                "+"
            } else {
                ""
            };
            format!("{plus}{}", money_in(lang, d))
        }
    }
}

/// A percentage with at most `decimals` decimals: `75,4 %` / `75.4%`.
pub fn percent_in(lang: Lang, p: Decimal, decimals: u32) -> String {
    match lang {
        Lang::Fi => fi::percent(p, decimals),
        Lang::En => format!("{}%", fi::round_percent(p, decimals)),
    }
}

/// `1.3.2012` / `2012-03-01`.
pub fn date_in(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Fi => fi::date(d),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

pub fn number(d: Decimal) -> String {
    number_in(current(), d)
}

pub fn money(d: Decimal) -> String {
    money_in(current(), d)
}

pub fn euro(e: Euro) -> String {
    money(e.0)
}

pub fn money_diff(d: Decimal) -> String {
    money_diff_in(current(), d)
}

pub fn percent(p: Decimal, decimals: u32) -> String {
    percent_in(current(), p, decimals)
}

pub fn date(d: NaiveDate) -> String {
    date_in(current(), d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn finnish_and_english_money() {
        assert_eq!(
            money_in(Lang::Fi, d("1047935")),
            "1\u{a0}047\u{a0}935\u{a0}€"
        );
        assert_eq!(money_in(Lang::En, d("1047935")), "€1,047,935");
        assert_eq!(money_in(Lang::Fi, d("131000.5")), "131\u{a0}000,50\u{a0}€");
        assert_eq!(money_in(Lang::En, d("131000.5")), "€131,000.50");
        assert_eq!(money_in(Lang::En, d("-1200")), "-€1,200");
        assert_eq!(money_diff_in(Lang::En, d("1200")), "+€1,200");
        assert_eq!(money_diff_in(Lang::En, d("-35")), "-€35");
        assert_eq!(money_diff_in(Lang::Fi, d("1200")), "+1\u{a0}200\u{a0}€");
    }

    #[test]
    fn finnish_and_english_percentages_and_dates() {
        assert_eq!(percent_in(Lang::Fi, d("75.38"), 1), "75,4\u{a0}%");
        assert_eq!(percent_in(Lang::En, d("75.38"), 1), "75.4%");
        let day = NaiveDate::from_ymd_opt(2012, 3, 1).unwrap();
        assert_eq!(date_in(Lang::Fi, day), "1.3.2012");
        assert_eq!(date_in(Lang::En, day), "2012-03-01");
    }
}
