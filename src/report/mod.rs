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
/// hierarchies roll up level by level in the same way. Records on a
/// päähanke cycle are never left out.
pub fn left_out_of_rollup<'a>(
    selection: &[&'a Project],
    corpus: &'a Corpus,
    kind: FundingKind,
) -> HashSet<&'a str> {
    let selected: HashSet<&str> = selection.iter().map(|p| p.id.as_str()).collect();
    let children = corpus.children();
    // Records on a päähanke cycle (an error, H110) each count as themselves:
    // otherwise each would leave the other out and their money would vanish.
    let on_cycle: HashSet<&str> = if children.is_empty() {
        HashSet::new()
    } else {
        corpus.parent_cycles().into_iter().flatten().collect()
    };
    let mut skip = HashSet::new();
    for p in selection {
        if total(p, kind).is_none() || on_cycle.contains(p.id.as_str()) {
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::load::load_from_sources;

    fn corpus(records: &[(&str, &str)]) -> Corpus {
        let files = records
            .iter()
            .map(|(rel, text)| (rel.to_string(), text.as_bytes().to_vec()))
            .collect();
        let registry = b"[salkut.A]\nnimi = \"A\"\n".to_vec();
        load_from_sources(Path::new("p"), Some(registry), files).unwrap()
    }

    fn record(paahanke: Option<&str>, total: u32) -> String {
        let parent = paahanke.map_or(String::new(), |p| format!("paahanke = \"{p}\"\n"));
        format!(
            "nimi = \"N\"\nsalkku = \"A\"\nvaihe = \"käynnissä\"\nalkaa = 2024-01-01\n{parent}\
             [rahoitus]\nyhteensa = {total}\n"
        )
    }

    fn left_out(c: &Corpus) -> Vec<&str> {
        let all: Vec<&Project> = c.projects.iter().collect();
        let mut v: Vec<&str> = left_out_of_rollup(&all, c, FundingKind::Plan)
            .into_iter()
            .collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn a_paahanke_with_all_its_osahankkeet_is_left_out() {
        let c = corpus(&[
            ("p.toml", &record(None, 30)),
            ("a.toml", &record(Some("p"), 10)),
            ("b.toml", &record(Some("p"), 20)),
        ]);
        assert_eq!(left_out(&c), ["p"]);
    }

    /// A cycle is an error (H110); until it is fixed, no money on it vanishes.
    #[test]
    fn records_on_a_paahanke_cycle_are_never_left_out() {
        let c = corpus(&[
            ("self.toml", &record(Some("self"), 5)),
            ("a.toml", &record(Some("b"), 10)),
            ("b.toml", &record(Some("a"), 20)),
        ]);
        assert!(left_out(&c).is_empty(), "{:?}", left_out(&c));
        assert_eq!(c.parent_cycles().len(), 2);
    }
}
