//! The canonical spelling of an amount of money: an integer for whole euros,
//! a `"1234.50"` string for cents.
//!
//! Only strings are rewritten, and only when they parse as money: a float, a
//! negative amount or text that is not an amount stays as written, because
//! `fmt` never changes what a value means (`hanke check` reports those).

use toml_edit::Value;

use crate::model::Euro;

/// The canonical form of a money value, or `None` when it stays as written.
pub fn canonical(value: &Value) -> Option<Value> {
    let Value::String(s) = value else {
        return None;
    };
    let euro = Euro::parse(s.value()).ok()?;
    let n = euro.0.normalize();
    let mut new = if n.scale() == 0 {
        Value::from(i64::try_from(n.mantissa()).ok()?)
    } else {
        let plain = euro.plain();
        if *s.value() == plain && s.display_repr().starts_with('"') {
            return None;
        }
        Value::from(plain)
    };
    *new.decor_mut() = value.decor().clone();
    Some(new)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(v: Value) -> Option<String> {
        canonical(&v).map(|v| v.to_string())
    }

    #[test]
    fn whole_euros_become_integers_and_cents_plain_strings() {
        assert_eq!(
            canon(Value::from("1 234,50")).as_deref(),
            Some("\"1234.50\"")
        );
        assert_eq!(canon(Value::from("1234.00")).as_deref(), Some("1234"));
        assert_eq!(canon(Value::from("1 000")).as_deref(), Some("1000"));
        assert_eq!(canon(Value::from("1234.5")).as_deref(), Some("\"1234.50\""));
        assert_eq!(canon(Value::from("1234.50")), None);
    }

    #[test]
    fn leaves_what_is_not_money_alone() {
        assert_eq!(canon(Value::from(1234.5)), None);
        assert_eq!(canon(Value::from(1234)), None);
        assert_eq!(canon(Value::from("-5")), None);
        assert_eq!(canon(Value::from("1.234")), None);
        assert_eq!(canon(Value::from("paljon")), None);
    }
}
