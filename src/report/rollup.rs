//! Who stands for a family: each euro counted once in every roll-up.
//!
//! In the "5 + 1" model a päähanke's budget is the sum of its osahankkeet'
//! (rule H307), so a roll-up that summed a päähanke and its osahankkeet
//! would count the same euros twice, and one that dropped either could lose
//! some. The rule (docs/format.md, "Each euro counts once"), for plan and
//! actuals separately:
//!
//! - a record's *rolled-up total* is its own total ([`super::total`]), else
//!   the sum of its osahankkeet' rolled-up totals when each of them has one;
//! - the osahankkeet *stand for* their päähanke when each has a rolled-up
//!   total and together they equal the päähanke's own total, or when the
//!   päähanke has no total of its own; otherwise the päähanke's own figures
//!   stand and everything below it contributes nothing.
//!
//! This is decided on the whole corpus, level by level from the leaves up,
//! before any filter. A filter then selects records and each contributes
//! exactly its [`Stake`], so `summary --salkku X` equals X's row of the
//! unfiltered `summary`, and every report agrees on one selection's totals.

use foldhash::{HashMap, HashSet, HashSetExt as _};

use crate::load::Corpus;
use crate::model::{Euro, FundingKind, Project};

/// What one record contributes to roll-ups of one kind (plan or actuals).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stake {
    /// The record's own figures stand: its total, or `None` when it has
    /// none (unknown money, never 0).
    Own(Option<Euro>),
    /// Its osahankkeet stand for it: it adds nothing of its own.
    ByOsahankkeet,
    /// A päähanke above it stands for the family: it adds nothing.
    ByPaahanke,
}

impl Stake {
    /// The money this record adds: `None` when it adds nothing or an
    /// unknown amount.
    pub fn amount(self) -> Option<Euro> {
        match self {
            Stake::Own(t) => t,
            _ => None,
        }
    }

    /// True when the record's own figures of this kind count.
    pub fn counts(self) -> bool {
        matches!(self, Stake::Own(_))
    }
}

/// The stake of every sound record of a corpus, for plan and actuals.
#[derive(Debug, Default)]
pub struct Rollup {
    stakes: HashMap<String, [Stake; 2]>,
}

fn slot(kind: FundingKind) -> usize {
    match kind {
        FundingKind::Plan => 0,
        FundingKind::Actual => 1,
    }
}

impl Rollup {
    /// Decides every family of `corpus`; records that do not load are left
    /// out (reports leave them out too), so their osahankkeet stand alone.
    pub fn of(corpus: &Corpus) -> Rollup {
        let sound: Vec<&Project> = corpus.sound_projects().collect();
        let index: HashMap<&str, usize> = sound
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        // Records on a päähanke cycle (an error, H110) each stand alone:
        // otherwise each would stand for the other and their money vanish.
        let on_cycle: HashSet<&str> = if sound.iter().any(|p| p.paahanke().is_some()) {
            corpus.parent_cycles().into_iter().flatten().collect()
        } else {
            HashSet::new()
        };
        let parent: Vec<Option<usize>> = sound
            .iter()
            .map(|p| {
                if on_cycle.contains(p.id.as_str()) {
                    return None;
                }
                p.paahanke().and_then(|id| index.get(id).copied())
            })
            .collect();
        let mut kids: Vec<Vec<usize>> = vec![Vec::new(); sound.len()];
        for (i, pa) in parent.iter().enumerate() {
            if let Some(pa) = pa {
                kids[*pa].push(i);
            }
        }
        let order = top_down(&parent, &kids);
        let mut stakes: HashMap<String, [Stake; 2]> = sound
            .iter()
            .map(|p| (p.id.clone(), [Stake::Own(None); 2]))
            .collect();
        for kind in [FundingKind::Plan, FundingKind::Actual] {
            let own: Vec<Option<Euro>> = sound.iter().map(|p| super::total(p, kind)).collect();
            let rolled = rolled_totals(&order, &kids, &own);
            let stand = decide(&order, &parent, &kids, &own, &rolled);
            for (p, s) in sound.iter().zip(stand) {
                if let Some(v) = stakes.get_mut(p.id.as_str()) {
                    v[slot(kind)] = s;
                }
            }
        }
        Rollup { stakes }
    }

    /// What `p` contributes to roll-ups of `kind`. A record the corpus does
    /// not know as sound stands for itself.
    pub fn stake(&self, p: &Project, kind: FundingKind) -> Stake {
        match self.stakes.get(p.id.as_str()) {
            Some(s) => s[slot(kind)],
            None => Stake::Own(super::total(p, kind)),
        }
    }

    /// The sum of what the selected records contribute; `None` when none of
    /// them contributes a known amount.
    pub fn sum(&self, selection: &[&Project], kind: FundingKind) -> Option<Euro> {
        selection
            .iter()
            .filter_map(|p| self.stake(p, kind).amount())
            .reduce(|a, b| a + b)
    }
}

/// Every record once, each päähanke before its osahankkeet (breadth-first
/// from the records without a päähanke). Iterative: a chain of thousands
/// of nested osahankkeet must not exhaust the stack.
fn top_down(parent: &[Option<usize>], kids: &[Vec<usize>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..parent.len()).filter(|&i| parent[i].is_none()).collect();
    let mut next = 0;
    while next < order.len() {
        let i = order[next];
        order.extend_from_slice(&kids[i]);
        next += 1;
    }
    order
}

/// Each record's rolled-up total: its own, else the sum of its
/// osahankkeet' when each has one. Computed from the leaves up.
fn rolled_totals(order: &[usize], kids: &[Vec<usize>], own: &[Option<Euro>]) -> Vec<Option<Euro>> {
    let mut rolled = own.to_vec();
    for &i in order.iter().rev() {
        if rolled[i].is_some() || kids[i].is_empty() {
            continue;
        }
        rolled[i] = kids[i].iter().map(|&k| rolled[k]).sum::<Option<Euro>>();
    }
    rolled
}

/// True when the osahankkeet of `i` stand for it.
fn osahankkeet_stand(
    i: usize,
    kids: &[Vec<usize>],
    own: &[Option<Euro>],
    rolled: &[Option<Euro>],
) -> bool {
    if kids[i].is_empty() {
        return false;
    }
    let Some(own) = own[i] else { return true };
    kids[i]
        .iter()
        .map(|&k| rolled[k])
        .sum::<Option<Euro>>()
        .is_some_and(|sum| sum == own)
}

/// Each record's stake, decided from the top of each family down.
fn decide(
    order: &[usize],
    parent: &[Option<usize>],
    kids: &[Vec<usize>],
    own: &[Option<Euro>],
    rolled: &[Option<Euro>],
) -> Vec<Stake> {
    let mut stake = vec![Stake::Own(None); own.len()];
    for &i in order {
        let represented = match parent[i] {
            None => true,
            Some(pa) => stake[pa] == Stake::ByOsahankkeet,
        };
        stake[i] = if !represented {
            Stake::ByPaahanke
        } else if osahankkeet_stand(i, kids, own, rolled) {
            Stake::ByOsahankkeet
        } else {
            Stake::Own(own[i])
        };
    }
    stake
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

    fn record(paahanke: Option<&str>, total: Option<u32>) -> String {
        let parent = paahanke.map_or(String::new(), |p| format!("paahanke = \"{p}\"\n"));
        let money = total.map_or(String::new(), |t| format!("[rahoitus]\nyhteensa = {t}\n"));
        format!(
            "nimi = \"N\"\nsalkku = \"A\"\nvaihe = \"käynnissä\"\nalkaa = 2024-01-01\n{parent}{money}"
        )
    }

    fn plan(c: &Corpus) -> Option<Euro> {
        let all: Vec<&Project> = c.projects.iter().map(|p| &**p).collect();
        Rollup::of(c).sum(&all, FundingKind::Plan)
    }

    fn euro(n: i64) -> Option<Euro> {
        Some(Euro(n.into()))
    }

    #[test]
    fn osahankkeet_that_add_up_stand_for_their_paahanke() {
        let c = corpus(&[
            ("p.toml", &record(None, Some(30))),
            ("a.toml", &record(Some("p"), Some(10))),
            ("b.toml", &record(Some("p"), Some(20))),
        ]);
        let r = Rollup::of(&c);
        assert_eq!(
            r.stake(c.project("p").unwrap(), FundingKind::Plan),
            Stake::ByOsahankkeet
        );
        assert_eq!(plan(&c), euro(30));
    }

    /// An osahanke with no money yet: the päähanke's plan stands (it was dropped).
    #[test]
    fn a_paahanke_stands_when_an_osahanke_has_no_total() {
        let c = corpus(&[
            ("p.toml", &record(None, Some(300_000))),
            ("a.toml", &record(Some("p"), Some(100_000))),
            ("b.toml", &record(Some("p"), None)),
        ]);
        assert_eq!(plan(&c), euro(300_000));
    }

    /// Grandchildren add up through a child without figures (it was 600 000).
    #[test]
    fn grandchildren_roll_up_through_a_child_without_figures() {
        let c = corpus(&[
            ("p.toml", &record(None, Some(300_000))),
            ("c.toml", &record(Some("p"), None)),
            ("g1.toml", &record(Some("c"), Some(100_000))),
            ("g2.toml", &record(Some("c"), Some(200_000))),
        ]);
        let r = Rollup::of(&c);
        assert_eq!(
            r.stake(c.project("p").unwrap(), FundingKind::Plan),
            Stake::ByOsahankkeet
        );
        assert_eq!(
            r.stake(c.project("c").unwrap(), FundingKind::Plan),
            Stake::ByOsahankkeet
        );
        assert_eq!(plan(&c), euro(300_000));
    }

    #[test]
    fn osahankkeet_that_do_not_add_up_contribute_nothing() {
        let c = corpus(&[
            ("p.toml", &record(None, Some(300))),
            ("a.toml", &record(Some("p"), Some(100))),
            ("b.toml", &record(Some("p"), Some(100))),
        ]);
        let r = Rollup::of(&c);
        assert_eq!(
            r.stake(c.project("a").unwrap(), FundingKind::Plan),
            Stake::ByPaahanke
        );
        assert_eq!(plan(&c), euro(300));
    }

    #[test]
    fn nothing_known_is_unknown_not_zero() {
        let c = corpus(&[("a.toml", &record(None, None))]);
        assert_eq!(plan(&c), None);
    }

    /// A cycle is an error (H110); until it is fixed, no money on it vanishes.
    #[test]
    fn records_on_a_paahanke_cycle_stand_alone() {
        let c = corpus(&[
            ("self.toml", &record(Some("self"), Some(5))),
            ("a.toml", &record(Some("b"), Some(10))),
            ("b.toml", &record(Some("a"), Some(20))),
        ]);
        assert_eq!(plan(&c), euro(35));
    }

    #[test]
    fn a_deep_chain_does_not_exhaust_the_stack() {
        let mut recs: Vec<(String, String)> = vec![("r0.toml".into(), record(None, None))];
        for i in 1..5000 {
            recs.push((
                format!("r{i}.toml"),
                record(Some(&format!("r{}", i - 1)), None),
            ));
        }
        recs.push(("leaf.toml".into(), record(Some("r4999"), Some(7))));
        let refs: Vec<(&str, &str)> = recs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(plan(&corpus(&refs)), euro(7));
    }
}
