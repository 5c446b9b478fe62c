//! Percentages that remember how precisely they were written.
//!
//! records.md: a stated `osuus` equals `100 × summa / yhteensa` rounded to the
//! number of decimals it was written with, so `11` matches 11.30 % but not
//! 11.6 %, and `11.3` matches 11.30 % but not 11.36 %. The written scale is
//! therefore part of the value.

use std::borrow::Cow;
use std::fmt;

use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

/// A percentage as written: `75`, `11.3`, `"12,5"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Percent {
    pub value: Decimal,
    /// Decimals as written: `75` → 0, `11.30` → 2.
    pub decimals: u32,
}

impl Percent {
    /// Parses the written form, keeping its scale. Accepts a decimal comma.
    pub fn parse(text: &str) -> Option<Percent> {
        let t = text.trim().trim_end_matches('%').trim().replace(',', ".");
        let value: Decimal = if t.contains(['e', 'E']) {
            Decimal::from_scientific(&t).ok()?
        } else {
            t.parse().ok()?
        };
        let decimals = if t.contains(['e', 'E']) {
            value.scale()
        } else {
            t.split_once('.').map_or(0, |(_, d)| d.len() as u32)
        };
        Some(Percent { value, decimals })
    }

    pub fn whole(v: u32) -> Percent {
        Percent {
            value: Decimal::from(v),
            decimals: 0,
        }
    }

    /// Half a unit in the last written decimal: the tolerance of this figure.
    pub fn half_unit(self) -> Decimal {
        Decimal::new(5, self.decimals.min(27) + 1)
    }

    /// True when `exact` (a true share in percent) rounds to this figure at
    /// its written precision. An exact midpoint matches both neighbours, since
    /// people round halves either way.
    pub fn matches(self, exact: Decimal) -> bool {
        (exact - self.value).abs() <= self.half_unit()
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value)
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.value.to_string())
    }
}

impl JsonSchema for Percent {
    fn schema_name() -> Cow<'static, str> {
        "Percent".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A percentage, 0–100. Decimals are allowed (11.3 or \"11,3\"); the number of decimals written is the precision it is checked to.",
            "anyOf": [
                { "type": "number", "minimum": 0, "maximum": 100 },
                { "type": "string", "pattern": super::schema::percent_pattern() }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn written_scale_sets_the_tolerance() {
        let eleven = Percent::parse("11").unwrap();
        assert!(eleven.matches(d("11.302")));
        assert!(!eleven.matches(d("11.6")));
        let eleven_three = Percent::parse("11.3").unwrap();
        assert_eq!(eleven_three.decimals, 1);
        assert!(eleven_three.matches(d("11.302")));
        assert!(!eleven_three.matches(d("11.36")));
        assert!(Percent::parse("75").unwrap().matches(d("75.0000238")));
        assert_eq!(Percent::parse("12,50").unwrap().decimals, 2);
    }
}
