//! Flat rates: the amount a cost model pays for the costs a record does not
//! itemise.
//!
//! Per year, `prosentti × (sum of the year's base categories) / 100`, rounded
//! half away from zero to the cent; a table's flat rate is the sum of its
//! years (each rounded on its own, as a funder pays year by year). A model
//! without `prosentti` (actual costs) has none.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::cost_model::Categories;
use crate::model::{CostModel, CostYears, Costs, Euro};

/// The sum of one year's base categories.
pub fn base(peruste: Categories, costs: &Costs) -> Euro {
    peruste.iter().map(|c| costs.amount(c)).sum()
}

/// `prosentti × base / 100`, rounded half away from zero to the cent.
///
/// Never overflows: a base is at most fourteen amounts below 2^64 euros, and
/// a percentage at most 100.
pub fn of(prosentti: Decimal, base: Euro) -> Euro {
    let exact = base
        .0
        .checked_mul(prosentti)
        .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
        .unwrap_or(Decimal::ZERO);
    Euro(exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

/// One year's flat-rate amount under `model` (0 for a model without one).
pub fn year_amount(model: &CostModel, costs: &Costs) -> Euro {
    match model.flat_rate() {
        Some((prosentti, peruste)) => of(prosentti, base(peruste, costs)),
        None => Euro::ZERO,
    }
}

/// A cost table's flat rate: the sum of its years' amounts.
pub fn total(model: &CostModel, by_year: &CostYears) -> Euro {
    by_year.values().map(|c| year_amount(model, c)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::cost_model::Covers;
    use crate::model::{Category, Sp, Span};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn fr(pct: &str) -> CostModel {
        CostModel {
            code: "FR".into(),
            nimi: "FR".into(),
            prosentti: Some(d(pct)),
            peruste: [Category::Palkat, Category::TyopanoksenSiirto]
                .into_iter()
                .collect(),
            kattaa: Covers::AllOthers,
        }
    }

    fn year(palkat: &str, siirto: &str, matkat: &str) -> Costs {
        let mut c = Costs::new(Span::FILE_START);
        for (cat, v) in [
            (Category::Palkat, palkat),
            (Category::TyopanoksenSiirto, siirto),
            (Category::Matkat, matkat),
        ] {
            c.set(cat, Sp::new(Euro(d(v)), Span::FILE_START));
        }
        c
    }

    #[test]
    fn the_rate_is_taken_of_the_base_only_and_rounded_half_away_from_zero() {
        // 40 % of 100 000 + 20 000; travel is not in the base.
        assert_eq!(
            year_amount(&fr("40"), &year("100000", "20000", "5000")).0,
            d("48000")
        );
        // 17 % of 0.50 = 0.085 → 0.09 (half away from zero), not 0.08.
        assert_eq!(of(d("17"), Euro(d("0.50"))).0, d("0.09"));
        // 24 % of 0.10 = 0.024 → 0.02.
        assert_eq!(of(d("24"), Euro(d("0.10"))).0, d("0.02"));
        // 1.5 % of 33.33 = 0.49995 → 0.50.
        assert_eq!(of(d("1.5"), Euro(d("33.33"))).0, d("0.50"));
    }

    #[test]
    fn each_year_is_rounded_on_its_own() {
        let mut by_year = CostYears::default();
        by_year.insert(2025, year("0.50", "0", "0"));
        by_year.insert(2026, year("0.50", "0", "0"));
        // 17 % of 0.50 is 0.085 → 0.09 a year: 0.18, not round(0.17) = 0.17.
        assert_eq!(total(&fr("17"), &by_year).0, d("0.18"));
    }

    #[test]
    fn a_model_without_a_rate_adds_nothing() {
        let actual = CostModel {
            prosentti: None,
            ..fr("40")
        };
        assert_eq!(year_amount(&actual, &year("100", "0", "0")), Euro::ZERO);
    }
}
