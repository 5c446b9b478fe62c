//! Dates typed on the command line: ISO `2025-05-01` or Finnish `1.5.2025`
//! (`01.05.2025` too), in every language.

use chrono::NaiveDate;

/// Parses a date argument; the error says both accepted spellings.
pub fn parse(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    let parsed = if t.contains('.') {
        finnish(t)
    } else {
        NaiveDate::parse_from_str(t, "%Y-%m-%d").ok()
    };
    parsed.ok_or_else(|| crate::t!("date-invalid", value = t))
}

fn finnish(t: &str) -> Option<NaiveDate> {
    let mut parts = t.split('.');
    let day: u32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let year_text = parts.next()?;
    if parts.next().is_some_and(|rest| !rest.is_empty()) || year_text.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(year_text.parse().ok()?, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_finnish_dates() {
        let may = NaiveDate::from_ymd_opt(2025, 5, 1).unwrap();
        assert_eq!(parse("2025-05-01"), Ok(may));
        assert_eq!(parse("1.5.2025"), Ok(may));
        assert_eq!(parse("01.05.2025"), Ok(may));
        assert!(parse("31.2.2025").is_err());
        assert!(parse("1.5.25").is_err());
        assert!(parse("toukokuu").is_err());
    }
}
