//! Finnish presentation for human formats only: `1.3.2012`, `1 047 935 €`,
//! `7 500,50 €`, `75 %`. CSV and JSON never use this module for numbers and
//! dates. It also owns Finnish alphabetical order ([`cmp`]: å, ä, ö after z,
//! case-insensitive, by the CLDR `fi` collation) and the diacritic-insensitive
//! folding used by `--hae` ([`search_fold`]), which every format shares.

use std::cmp::Ordering;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use rust_decimal::{Decimal, RoundingStrategy};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::model::Euro;

/// No-break space: the thousands separator and the space before `€` and `%`.
pub const NBSP: char = '\u{a0}';

/// `1.3.2012`
pub fn date(d: NaiveDate) -> String {
    format!("{}.{}.{}", d.day(), d.month(), d.year())
}

/// `1 047 935` or `7 500,50` (cents only when there are cents).
pub fn number(d: Decimal) -> String {
    let mut out = String::with_capacity(24);
    push_number(&mut out, d);
    out
}

/// [`number`] appended to `out`. Reports and the site format every figure
/// of every table through here (a site of 10 000 projects: about a million
/// times), so whole amounts, nearly all of them, are written from the
/// integer without formatting the decimal as text first.
fn push_number(out: &mut String, d: Decimal) {
    if d.is_zero() {
        // Every empty cell of a cost table.
        out.push('0');
        return;
    }
    if d.is_sign_negative() {
        out.push('−');
    }
    let (m, scale) = (d.mantissa().unsigned_abs(), d.scale());
    if scale == 0 {
        push_grouped(out, m);
        return;
    }
    // Whole euros and the rest; trailing zeros (`12.50`, `100.00`) need no
    // normalising first: cents are the rest's first two digits either way.
    let (whole, rest) = split_at_point(m, scale);
    push_grouped(out, whole);
    if rest == 0 {
        return;
    }
    // Cents, the further decimals cut off as `{:.2}` cuts them.
    let cents = match scale {
        1 => rest * 10,
        _ => rest / 10u128.pow(scale - 2),
    };
    out.push(',');
    out.push(char::from(b'0' + (cents / 10) as u8));
    out.push(char::from(b'0' + (cents % 10) as u8));
}

/// `m / 10^scale` and `m % 10^scale`, in 64 bits when they fit (128-bit
/// division is a library call, and nearly every amount fits).
fn split_at_point(m: u128, scale: u32) -> (u128, u128) {
    if let (Ok(small), Some(unit)) = (u64::try_from(m), 10u64.checked_pow(scale)) {
        return (u128::from(small / unit), u128::from(small % unit));
    }
    let unit = 10u128.pow(scale);
    (m / unit, m % unit)
}

/// Hands the decimal digits of `n` to `put`, the last digit first.
fn digits_from_right(mut n: u128, mut put: impl FnMut(u8)) {
    // 128-bit division is a library call: only digits above 64 bits take it.
    let mut small = loop {
        match u64::try_from(n) {
            Ok(small) => break small,
            Err(_) => {
                put((n % 10) as u8);
                n /= 10;
            }
        }
    };
    loop {
        put((small % 10) as u8);
        small /= 10;
        if small == 0 {
            break;
        }
    }
}

/// The decimal digits of `n`, written at the end of `buf`.
fn integer_digits(n: u128, buf: &mut [u8; 40]) -> &str {
    let mut at = buf.len();
    digits_from_right(n, |digit| {
        at -= 1;
        buf[at] = b'0' + digit;
    });
    std::str::from_utf8(&buf[at..]).expect("ASCII digits")
}

/// Appends the digits of `n` with a no-break space between thousands
/// (`1 047 935`): itoa's digits, copied a group at a time. Checking digits
/// written by hand as text cost more than the digits themselves, for the
/// million figures a large site writes.
fn push_grouped(out: &mut String, n: u128) {
    let mut buf = itoa::Buffer::new();
    let digits = match u64::try_from(n) {
        Ok(small) => buf.format(small),
        Err(_) => buf.format(n),
    };
    let lead = match digits.len() % 3 {
        0 => 3,
        r => r,
    };
    out.push_str(&digits[..lead]);
    let mut at = lead;
    while at < digits.len() {
        out.push(NBSP);
        out.push_str(&digits[at..at + 3]);
        at += 3;
    }
}

/// `1 047 935 €`
pub fn euro(e: Euro) -> String {
    money(e.0)
}

/// Any amount, also a negative difference: `−1 200 €`.
pub fn money(d: Decimal) -> String {
    let mut out = String::with_capacity(24);
    push_number(&mut out, d);
    out.push(NBSP);
    out.push('€');
    out
}

/// The Finnish collator (CLDR `fi`, compiled data), built once.
fn collator() -> &'static CollatorBorrowed<'static> {
    static COLLATOR: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    COLLATOR.get_or_init(|| {
        let mut options = CollatorOptions::default();
        // Secondary strength: case never decides the order (ties fall to the caller).
        options.strength = Some(Strength::Secondary);
        let prefs = CollatorPreferences::from(&icu_locale_core::locale!("fi"));
        CollatorBorrowed::try_new(prefs, options)
            .expect("the compiled data holds the Finnish collation")
    })
}

/// Finnish alphabetical order: `Zeta` < `Åbo` < `Ääni` < `Örkki`, case-insensitive.
pub fn cmp(a: &str, b: &str) -> Ordering {
    collator().compare(a, b)
}

/// Lowercase without diacritics, for searching: `Ääni` → `aani`, `Örkki` → `orkki`.
///
/// Character by character: canonical decomposition of a text is that of
/// each character followed by reordering the combining marks, and the marks
/// are dropped here, so the order never shows. An ASCII character is its own
/// decomposition (the common case, decided without the tables).
pub fn search_fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(base) = finnish_letter_base(c) {
            out.push(base);
        } else {
            for d in std::iter::once(c).nfd() {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }
        }
    }
    out
}

/// What [`search_fold`] makes of the letters Finnish text is full of,
/// without the decomposition tables (the proptest below holds it to them).
fn finnish_letter_base(c: char) -> Option<char> {
    Some(match c {
        'ä' | 'Ä' | 'å' | 'Å' => 'a',
        'ö' | 'Ö' => 'o',
        'é' | 'É' => 'e',
        _ => return None,
    })
}

/// A percentage rounded half away from zero to `decimals`, as a Decimal.
pub fn round_percent(p: Decimal, decimals: u32) -> Decimal {
    p.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
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
    let mut out = decimal_text(round_percent(p, decimals), ',');
    out.push(NBSP);
    out.push('%');
    out
}

/// A decimal's own text (what its `Display` writes) with `point` for the
/// decimal point: `13,6` for a percentage, `473.6` for an SVG coordinate.
/// Written from the digits for a positive decimal (every share of every
/// funding table and every bar of a site passes here), else by `Display`.
pub fn decimal_text(d: Decimal, point: char) -> String {
    if d.is_zero() || d.is_sign_negative() {
        let text = d.to_string();
        return match point {
            '.' => text,
            _ => text.replace('.', point.encode_utf8(&mut [0; 4])),
        };
    }
    let mut digits = [0u8; 40];
    let digits = integer_digits(d.mantissa().unsigned_abs(), &mut digits);
    let scale = d.scale() as usize;
    let mut out = String::with_capacity(digits.len() + scale + 6);
    if digits.len() > scale {
        let (whole, fraction) = digits.split_at(digits.len() - scale);
        out.push_str(whole);
        if scale > 0 {
            out.push(point);
            out.push_str(fraction);
        }
    } else {
        out.push('0');
        out.push(point);
        out.extend(std::iter::repeat_n('0', scale - digits.len()));
        out.push_str(digits);
    }
    out
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
        assert_eq!(money("-1200".parse().unwrap()), "−1\u{a0}200\u{a0}€");
    }

    /// The number formatting as first written (through the decimal's text),
    /// against which the fast path is checked.
    fn number_by_text(d: Decimal) -> String {
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
        let mut out = String::new();
        if negative {
            out.push('−');
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(NBSP);
            }
            out.push(c);
        }
        if let Some(f) = frac {
            out.push(',');
            out.push_str(&f);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn number_writes_what_the_decimal_text_says(
            lo in proptest::num::i64::ANY,
            hi in proptest::num::i32::ANY,
            negative: bool,
            scale in proptest::prop_oneof![0u32..8, 0u32..=28],
        ) {
            let d = Decimal::from_parts(lo as u32, (lo >> 32) as u32, hi as u32, negative, scale);
            proptest::prop_assert_eq!(number(d), number_by_text(d));
            proptest::prop_assert_eq!(money(d), format!("{}{NBSP}€", number_by_text(d)));
        }
    }

    proptest::proptest! {
        /// The percentage written from its digits is the decimal's text with a comma.
        #[test]
        fn percent_writes_what_the_decimal_text_says(
            lo in proptest::num::i64::ANY,
            hi in 0u32..4,
            negative: bool,
            scale in 0u32..10,
            decimals in 0u32..4,
        ) {
            let d = Decimal::from_parts(lo as u32, (lo >> 32) as u32, hi, negative, scale);
            let r = round_percent(d, decimals);
            proptest::prop_assert_eq!(
                percent(d, decimals),
                format!("{}{NBSP}%", r.to_string().replace('.', ","))
            );
        }
    }

    #[test]
    fn number_edges() {
        for s in [
            "0",
            "-0",
            "0.00",
            "1000",
            "100",
            "999999",
            "1000000",
            "-1000.10",
            "0.005",
            "79228162514264337593543950335",
        ] {
            let d: Decimal = s.parse().unwrap();
            assert_eq!(number(d), number_by_text(d), "{s}");
        }
        assert_eq!(number(Decimal::MIN), number_by_text(Decimal::MIN));
    }

    #[test]
    fn finnish_alphabetical_order() {
        let mut names = vec![
            "Örkki", "ääni", "Zeta", "Åbo", "abba", "Ääni", "zebra", "Oulu",
        ];
        names.sort_by(|a, b| cmp(a, b).then(a.cmp(b)));
        assert_eq!(
            names,
            [
                "abba", "Oulu", "zebra", "Zeta", "Åbo", "Ääni", "ääni", "Örkki"
            ]
        );
        assert_eq!(cmp("Zeta", "Åbo"), Ordering::Less);
        assert_eq!(cmp("Åbo", "Ääni"), Ordering::Less);
        assert_eq!(cmp("Ääni", "Örkki"), Ordering::Less);
        assert_eq!(cmp("OULU", "oulu"), Ordering::Equal);
    }

    #[test]
    fn search_folding() {
        assert_eq!(search_fold("Ääni ÖRKKI Åbo café"), "aani orkki abo cafe");
        // Combining marks written apart, in either order, fold away too.
        assert_eq!(search_fold("A\u{308}a\u{323}\u{302}"), "aa");
    }

    proptest::proptest! {
        /// Folding character by character is folding the whole text.
        #[test]
        fn search_fold_agrees_with_whole_text_decomposition(text in "\\PC*", marks in "[a-zåäöÅÄÖéÉ\u{300}-\u{36f}\u{1dc0}-\u{1dff}]*") {
            for t in [&text, &marks] {
                let whole: String = t
                    .nfd()
                    .filter(|c| !is_combining_mark(*c))
                    .flat_map(char::to_lowercase)
                    .collect();
                proptest::prop_assert_eq!(search_fold(t), whole);
            }
        }
    }
}
