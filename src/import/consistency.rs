//! Do the imported figures agree with each other?
//!
//! The importer keeps what the page says even when it does not add up: the
//! record is a copy of the page, and `hanke check` will point at the error.
//! A person importing a page wants to know at once, so the record is run
//! through `hanke check`'s own funding rules ([`funding_review`]) and each
//! finding becomes a review line; nothing here re-implements a rule. What is
//! only the importer's concern (a `laji` it could not infer, a percentage with
//! nothing to derive an amount from) is in [`check`].

use rust_decimal::Decimal;

use super::funding::{Osuus, Table};

/// The sum of the amounts when every share has one.
pub(super) fn sum_if_complete(osuudet: &[Osuus]) -> Option<Decimal> {
    osuudet.iter().map(|o| o.summa).sum()
}

/// Review lines for a table whose figures do not agree, and for shares
/// left without a `laji`.
pub(super) fn check(table: &Table) -> Vec<String> {
    let key = table.target.key();
    let base = table.yhteensa.or(sum_if_complete(&table.osuudet));
    table
        .osuudet
        .iter()
        .flat_map(|o| check_share(key, o, base))
        .collect()
}

/// What `hanke check`'s funding rules (H3xx) say of an imported record, one
/// review line each. The record is checked on its own, against a registry
/// that knows no portfolio or programme: references are the command's to
/// judge against the real registry.
pub(super) fn funding_review(toml: &str) -> Vec<String> {
    let records = vec![("tuonti.toml".to_string(), toml.as_bytes().to_vec())];
    let Ok(corpus) =
        crate::load::load_from_sources(std::path::Path::new("."), Some(Vec::new()), records)
    else {
        return Vec::new();
    };
    let today = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    crate::rules::check(&corpus, today)
        .into_iter()
        .filter(|d| d.code.code.starts_with("H3"))
        .map(|d| {
            crate::t!(
                "import-r-rule",
                message = d.message.as_str(),
                code = d.code.code
            )
        })
        .collect()
}

fn check_share(key: &str, o: &Osuus, base: Option<Decimal>) -> Vec<String> {
    let mut review = Vec::new();
    let name = &o.rahoittaja;
    if o.laji.is_none() {
        review.push(crate::t!(
            "import-r-laji-unclear",
            key = key,
            name = name.as_str()
        ));
    }
    if let (Some(_), None, None) = (&o.osuus, o.summa, base) {
        review.push(crate::t!(
            "import-r-percent-only",
            key = key,
            name = name.as_str()
        ))
    }
    review
}

#[cfg(test)]
mod tests {
    use super::super::funding::extract;
    use super::*;

    fn table(text: &str) -> Table {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        extract(&lines, "toimenpiteet").tables.remove(0)
    }

    #[test]
    fn inconsistent_sums_are_reported_by_the_rules_of_check() {
        let record = "nimi = \"X\"\nsalkku = \"X\"\nvaihe = \"päättynyt\"\nalkaa = 2012-01-01\n\n[rahoitus]\nyhteensa = 500\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nosuus = 75\nsumma = 300\n\n[[rahoitus.osuudet]]\nrahoittaja = \"Oulu\"\nosuus = 25\nsumma = 100\n";
        let review = funding_review(record);
        assert!(
            review
                .iter()
                .any(|r| r.contains("400\u{a0}€") && r.contains("H302")),
            "{review:?}"
        );
    }

    #[test]
    fn consistent_figures_give_no_review() {
        let record = "nimi = \"X\"\nsalkku = \"X\"\nvaihe = \"päättynyt\"\nalkaa = 2012-01-01\n\n[toteuma]\nyhteensa = 1047935\n\n[[toteuma.osuudet]]\nrahoittaja = \"STM\"\nosuus = 75\nsumma = 785951\n\n[[toteuma.osuudet]]\nrahoittaja = \"Oulu\"\nsumma = 261984\n";
        assert_eq!(funding_review(record), Vec::<String>::new());
    }

    #[test]
    fn shares_without_laji_are_left_for_a_person() {
        let t = table("Rahoitus:\nPohjois-Pohjanmaan liitto 113 €\nOulun kaupunki 887 €");
        let review = check(&t);
        assert!(
            review
                .iter()
                .any(|r| r.contains("Pohjois-Pohjanmaan liitto")),
            "{review:?}"
        );
    }
}
