//! Cost tables: category totals over years, group subtotals, grand totals,
//! and the totals under a record's cost model (itemised + flat rate).

use rust_decimal::{Decimal, RoundingStrategy};

use super::flat_rate;
use crate::model::{Category, CategoryGroup, CostModel, CostYears, Costs, Euro};

/// Grand total of a cost table's itemised amounts over all years (no flat rate).
pub fn grand_total(by_year: &CostYears) -> Euro {
    by_year.values().map(Costs::total).sum()
}

/// One year's total under `model`: the itemised amounts plus the flat rate.
pub fn year_total(model: Option<&CostModel>, costs: &Costs) -> Euro {
    costs.total() + model.map_or(Euro::ZERO, |m| flat_rate::year_amount(m, costs))
}

/// A cost table's total under `model`: every year's itemised amounts plus
/// its flat rate. What a plan total from the cost estimate is, and what
/// H306 compares `yhteensa` with.
pub fn computed_total(model: Option<&CostModel>, by_year: &CostYears) -> Euro {
    by_year.values().map(|c| year_total(model, c)).sum()
}

/// One category summed over all years.
pub fn category_total(by_year: &CostYears, c: Category) -> Euro {
    by_year.values().map(|y| y.amount(c)).sum()
}

/// A group subtotal (henkilöstömenot, palvelujen ostot, investointimenot) in one year.
pub fn group_total(costs: &Costs, g: CategoryGroup) -> Euro {
    costs
        .written()
        .filter(|(c, _)| c.group() == Some(g))
        .map(|(_, amount)| amount)
        .sum()
}

/// Salary costs as hours × hourly rate, rounded half away from zero to the
/// cent; `None` when the product is not a valid amount (past 2^64 − 1 €).
pub fn unit_cost_amount(tunnit: Decimal, tuntihinta: Euro) -> Option<Euro> {
    let exact = tunnit.checked_mul(tuntihinta.0)?;
    Euro::from_decimal(exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_times_rate_is_rounded_to_the_cent() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(
            unit_cost_amount(d("1720"), Euro(d("35.50"))).unwrap().0,
            d("61060")
        );
        // 0.5 h × 0.05 € = 0.025 → 0.03.
        assert_eq!(
            unit_cost_amount(d("0.5"), Euro(d("0.05"))).unwrap().0,
            d("0.03")
        );
        assert!(unit_cost_amount(d("1e20"), Euro(d("1e10"))).is_none());
    }
}
