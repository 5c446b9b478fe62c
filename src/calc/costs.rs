//! Cost tables: category totals over years, group subtotals, grand totals.

use std::collections::BTreeMap;

use crate::model::{Category, CategoryGroup, Costs, Euro};

/// Grand total of a cost table over all years.
pub fn grand_total(by_year: &BTreeMap<i32, Costs>) -> Euro {
    by_year.values().map(Costs::total).sum()
}

/// One category summed over all years.
pub fn category_total(by_year: &BTreeMap<i32, Costs>, c: Category) -> Euro {
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
