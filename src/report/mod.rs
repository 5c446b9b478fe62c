//! Report computations: plain view structs, no formatting.
//!
//! [`filter`] selects projects (shared by list, summary and budget);
//! [`list`], [`show`], [`summary`] and [`budget`] compute one report each.
//! The totals every report agrees on are here.

pub mod budget;
pub mod diff;
pub mod filter;
pub mod list;
pub mod show;
pub mod summary;

use std::collections::HashSet;

use crate::calc::{costs, funding};
use crate::load::Corpus;
use crate::model::{Euro, FundingKind, Project};

/// A project's total of one kind: the funding table's total (stated
/// `yhteensa`, or the sum of the shares when every share has an amount),
/// else the grand total of the cost table of that kind, else none.
pub fn total(p: &Project, kind: FundingKind) -> Option<Euro> {
    if let Some(t) = p.funding(kind).and_then(funding::total) {
        return Some(t);
    }
    let by_year = p.costs(kind);
    (!by_year.is_empty()).then(|| costs::grand_total(by_year))
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

/// The projects in a selection whose figures of `kind` a roll-up leaves out,
/// so that each euro counts once.
///
/// In the "5 + 1" model a päähanke's total is the sum of its osahankkeet's
/// (rule H307). When a päähanke with a total is selected together with every
/// osahanke that has one, the osahankkeet stand for it and its own figures are
/// left out; when only some of them are selected, the päähanke stands for the
/// whole and the selected osahankkeet are left out. An osahanke selected
/// without its päähanke counts as itself. One level is considered: deeper
/// hierarchies roll up level by level in the same way.
pub fn left_out_of_rollup<'a>(
    selection: &[&'a Project],
    corpus: &'a Corpus,
    kind: FundingKind,
) -> HashSet<&'a str> {
    let selected: HashSet<&str> = selection.iter().map(|p| p.id.as_str()).collect();
    let children = corpus.children();
    let mut skip = HashSet::new();
    for p in selection {
        if total(p, kind).is_none() {
            continue;
        }
        let kids: Vec<&str> = children
            .get(p.id.as_str())
            .into_iter()
            .flatten()
            .filter(|k| !corpus.broken.contains(&k.file) && total(k, kind).is_some())
            .map(|k| k.id.as_str())
            .collect();
        if kids.is_empty() {
            continue;
        }
        if kids.iter().all(|k| selected.contains(k)) {
            skip.insert(p.id.as_str());
        } else {
            skip.extend(kids.into_iter().filter(|k| selected.contains(k)));
        }
    }
    skip
}
