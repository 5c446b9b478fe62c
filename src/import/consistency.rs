//! Do a funding table's figures agree with each other?
//!
//! The importer keeps what the page says even when it does not add up: the
//! record is a copy of the page, and `hanke check` will point at the error.
//! But a person importing a page wants to know at once, so the same funding
//! rules `hanke check` applies (amounts add up to the total to the cent, a
//! stated percentage matches its amount at the precision it was written
//! with, stated percentages make 100) are run here to produce review lines.

use rust_decimal::{Decimal, RoundingStrategy};

use super::funding::{Osuus, Table};
use super::money::Percent;

/// The sum of the amounts when every share has one.
pub(super) fn sum_if_complete(osuudet: &[Osuus]) -> Option<Decimal> {
    osuudet.iter().map(|o| o.summa).sum()
}

/// Review lines for a table whose figures do not agree, and for shares
/// left without a `laji`.
pub(super) fn check(table: &Table) -> Vec<String> {
    let key = table.target.key();
    let mut review = Vec::new();
    let sum = sum_if_complete(&table.osuudet);
    if let (Some(total), Some(sum)) = (table.yhteensa, sum)
        && total != sum
        && !table.osuudet.is_empty()
    {
        review.push(format!(
            "{key}: the shares add up to {sum} but the page's total is {total}; kept as on the page"
        ));
    }
    let base = table.yhteensa.or(sum);
    for o in &table.osuudet {
        review.extend(check_share(key, o, base));
    }
    review.extend(check_percent_sum(key, &table.osuudet));
    review
}

fn check_share(key: &str, o: &Osuus, base: Option<Decimal>) -> Vec<String> {
    let mut review = Vec::new();
    let name = &o.rahoittaja;
    if o.laji.is_none() {
        review.push(format!(
            "{key}: what kind of money `{name}` gives is unclear; `laji` marked TODO"
        ));
    }
    match (&o.osuus, o.summa, base) {
        (Some(p), Some(summa), Some(base)) if !base.is_zero() => {
            let actual = (summa * Decimal::ONE_HUNDRED / base)
                .round_dp_with_strategy(written_scale(p), RoundingStrategy::MidpointAwayFromZero);
            if actual != p.value {
                review.push(format!(
                    "{key}: `{name}` is stated as {} % but its amount is {actual} % of {base}; kept as on the page",
                    p.written
                ));
            }
        }
        (Some(_), None, None) => review.push(format!(
            "{key}: `{name}` has a percentage but no amount, and there is no total to derive it from"
        )),
        _ => {}
    }
    review
}

/// Where every share states a percentage, they should make 100, within the
/// rounding of what was stated (half a unit of the last written decimal each).
fn check_percent_sum(key: &str, osuudet: &[Osuus]) -> Option<String> {
    let percents: Option<Vec<&Percent>> = osuudet.iter().map(|o| o.osuus.as_ref()).collect();
    let percents = percents.filter(|p| !p.is_empty())?;
    let sum: Decimal = percents.iter().map(|p| p.value).sum();
    let slack: Decimal = percents
        .iter()
        .map(|p| Decimal::new(5, written_scale(p) + 1))
        .sum();
    ((sum - Decimal::ONE_HUNDRED).abs() > slack).then(|| {
        format!("{key}: the stated percentages add up to {sum} %, not 100 %; kept as on the page")
    })
}

/// How many decimals the page wrote (`11.3` → 1).
fn written_scale(p: &Percent) -> u32 {
    p.written.split_once('.').map_or(0, |(_, f)| f.len() as u32)
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
    fn inconsistent_sums_are_reported() {
        let t = table("Rahoitussuunnitelma:\nSTM 75 % 300 €\nOulu 25 % 100 €\nYhteensä 500 €");
        let review = check(&t);
        assert!(
            review.iter().any(|r| r.contains("add up to 400")),
            "{review:?}"
        );
        assert!(
            review.iter().any(|r| r.contains("stated as 75 %")),
            "{review:?}"
        );
    }

    #[test]
    fn consistent_sums_pass() {
        let t = table(
            "Toteutuneet kustannukset ja rahoitus:\nSTM (75%) 785 951 euroa\nOulun kaupunki (11%) 118 443 euroa\nKainuun sosiaali- ja terveydenhuollon kuntayhtymä 111 897 euroa\nOulunkaaren kuntayhtymä 31 644 euroa\nYhteensä 1 047 935 euroa.",
        );
        assert_eq!(check(&t), Vec::<String>::new());
    }

    #[test]
    fn percentages_compared_at_their_written_precision() {
        let t = table("Rahoitus:\nSTM 11,3 % 113 €\nOulun kaupunki 88,7 % 887 €");
        assert_eq!(check(&t), Vec::<String>::new());
        let t = table("Rahoitus:\nSTM 11,6 % 113 €\nOulun kaupunki 88 % 887 €");
        let review = check(&t);
        assert_eq!(review.len(), 2, "{review:?}");
    }
}
