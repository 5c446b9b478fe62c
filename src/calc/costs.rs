//! Cost tables: category totals over years, group subtotals, grand totals.

use crate::model::{Category, CategoryGroup, CostYears, Costs, Euro};

/// Grand total of a cost table over all years.
pub fn grand_total(by_year: &CostYears) -> Euro {
    by_year.values().map(Costs::total).sum()
}

/// One category summed over all years.
pub fn category_total(by_year: &CostYears, c: Category) -> Euro {
    by_year.values().map(|y| y.amount(c)).sum()
}

/// A group subtotal (henkilöstömenot, palvelujen ostot, investointimenot) in one year.
pub fn group_total(costs: &Costs, g: CategoryGroup) -> Euro {
    Category::ALL
        .into_iter()
        .filter(|c| c.group() == Some(g))
        .map(|c| costs.amount(c))
        .sum()
}
