//! Report computations: plain view structs, no formatting.
//!
//! [`filter`] selects projects (shared by list, summary and budget);
//! [`list`], [`show`], [`summary`] and [`budget`] compute one report each.
//! The totals every report agrees on are here; [`rollup`] decides which
//! records' totals count in a roll-up, so that each euro counts once.

pub mod budget;
pub mod diff;
pub mod filter;
pub mod list;
pub mod rollup;
pub mod show;
pub mod summary;

pub use filter::{Criteria, GroupBy, SortKey};

use crate::calc::{costs, funding};
use crate::model::{Euro, FundingKind, Project};

/// A project's total of one kind: the funding table's total (stated
/// `yhteensa`, or the sum of the shares when every share has an amount),
/// else the grand total of the cost table of that kind — the itemised
/// amounts plus the flat rate of the record's cost model — else none.
pub fn total(p: &Project, kind: FundingKind) -> Option<Euro> {
    if let Some(t) = p.funding(kind).and_then(funding::total) {
        return Some(t);
    }
    let by_year = p.costs(kind);
    (!by_year.is_empty()).then(|| costs::computed_total(p.cost_model(), by_year))
}

/// The plan's total.
pub fn plan_total(p: &Project) -> Option<Euro> {
    total(p, FundingKind::Plan)
}

/// The actual total.
pub fn actual_total(p: &Project) -> Option<Euro> {
    total(p, FundingKind::Actual)
}

/// `yhteensa` of `list`: the plan's total when there is one, else the actual total.
pub fn headline_total(p: &Project) -> Option<Euro> {
    plan_total(p).or_else(|| actual_total(p))
}
