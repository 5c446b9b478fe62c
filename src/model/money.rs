//! Exact euro amounts.
//!
//! Money is `rust_decimal::Decimal`, never binary floating point. In a record a
//! TOML integer is whole euros and cents are written as a string (`"1234.50"`,
//! or `"1 234,50"` with Finnish separators). Parsing is here; the diagnostics for
//! values that are not money are made by the loader.

use std::borrow::Cow;
use std::fmt;
use std::ops::{Add, AddAssign, Sub};

use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

/// An exact, non-negative amount of euros with at most two decimals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Euro(pub Decimal);

/// Why a string is not an amount of money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    NotANumber,
    TooManyDecimals,
    Negative,
    TooLarge,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MoneyError::NotANumber => "is not an amount of euros",
            MoneyError::TooManyDecimals => {
                "has more than two decimals (money is exact to the cent)"
            }
            MoneyError::Negative => "is negative",
            MoneyError::TooLarge => "is too large to be an amount of euros",
        })
    }
}

/// The largest amount accepted: far above any public budget, far below
/// `Decimal`'s limit, so sums of a whole region's records can never overflow.
pub const MAX_EURO: Decimal = Decimal::from_parts(0xFFFF_FFFF, 0xFFFF_FFFF, 0, false, 0); // 2^64 − 1

impl Euro {
    pub const ZERO: Euro = Euro(Decimal::ZERO);

    /// Parses the string form of money: `"1234.50"`, `"1 234,50"`, `"1234"`.
    ///
    /// Spaces (also no-break and narrow no-break) are thousands separators and a
    /// comma is a decimal comma. At most two decimals.
    pub fn parse(text: &str) -> Result<Euro, MoneyError> {
        let cleaned: String = text
            .trim()
            .trim_end_matches('€')
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_'))
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        let digits_ok = !cleaned.is_empty()
            && cleaned.chars().filter(|c| *c == '.').count() <= 1
            && cleaned
                .trim_start_matches(['-', '+'])
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.')
            && cleaned
                .trim_start_matches(['-', '+'])
                .chars()
                .any(|c| c.is_ascii_digit());
        if !digits_ok {
            return Err(MoneyError::NotANumber);
        }
        let value: Decimal = cleaned.parse().map_err(|_| MoneyError::TooLarge)?;
        Euro::from_decimal(value)
    }

    /// Checks sign, scale and size of a decimal amount.
    pub fn from_decimal(value: Decimal) -> Result<Euro, MoneyError> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(MoneyError::Negative);
        }
        if value.normalize().scale() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        if value > MAX_EURO {
            return Err(MoneyError::TooLarge);
        }
        Ok(Euro(value.abs()))
    }

    pub fn from_int(v: u64) -> Euro {
        Euro(Decimal::from(v))
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// The plain machine form: `1047935`, `7500.50` (cents only when there are cents).
    pub fn plain(self) -> String {
        let n = self.0.normalize();
        if n.scale() == 0 {
            n.to_string()
        } else {
            format!("{:.2}", n)
        }
    }
}

impl fmt::Display for Euro {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain())
    }
}

impl Add for Euro {
    type Output = Euro;
    #[inline]
    fn add(self, o: Euro) -> Euro {
        Euro(self.0 + o.0)
    }
}

impl AddAssign for Euro {
    #[inline]
    fn add_assign(&mut self, o: Euro) {
        self.0 += o.0;
    }
}

impl Sub for Euro {
    type Output = Decimal;
    #[inline]
    fn sub(self, o: Euro) -> Decimal {
        self.0 - o.0
    }
}

impl std::iter::Sum for Euro {
    fn sum<I: Iterator<Item = Euro>>(iter: I) -> Euro {
        iter.fold(Euro::ZERO, |a, b| a + b)
    }
}

/// Serialized as a decimal string (`"1047935"`, `"7500.50"`): exact, and no
/// JSON reader turns it into a float by accident.
impl Serialize for Euro {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.plain())
    }
}

impl JsonSchema for Euro {
    fn schema_name() -> Cow<'static, str> {
        "Euro".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Euros, exact. An integer is whole euros; cents are written as a string: \"1234.50\" or \"1 234,50\". Never a float, never negative.",
            "anyOf": [
                { "type": "integer", "minimum": 0 },
                { "type": "string", "pattern": super::schema::money_pattern() }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_finnish_and_plain_forms() {
        assert_eq!(Euro::parse("1234.50").unwrap().plain(), "1234.50");
        assert_eq!(Euro::parse("1 234,50").unwrap().plain(), "1234.50");
        assert_eq!(
            Euro::parse("1\u{a0}047\u{a0}935").unwrap().plain(),
            "1047935"
        );
        assert_eq!(Euro::parse("12 €").unwrap().plain(), "12");
        assert_eq!(Euro::parse("7500.5").unwrap().plain(), "7500.50");
    }

    #[test]
    fn rejects_what_is_not_money() {
        assert_eq!(Euro::parse("abc"), Err(MoneyError::NotANumber));
        assert_eq!(Euro::parse(""), Err(MoneyError::NotANumber));
        assert_eq!(Euro::parse("1.234"), Err(MoneyError::TooManyDecimals));
        assert_eq!(Euro::parse("-5"), Err(MoneyError::Negative));
        assert_eq!(Euro::parse("1.2.3"), Err(MoneyError::NotANumber));
        assert_eq!(
            Euro::parse("99999999999999999999999999999999"),
            Err(MoneyError::TooLarge)
        );
    }
}
