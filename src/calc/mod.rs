//! Exact arithmetic shared by the rules and the reports: funding splits with
//! derived shares, and cost totals by category group. Nothing here formats.

pub mod costs;
pub mod flat_rate;
pub mod funding;
