//! `hanke summary`: planned and actual money by portfolio, funder, year,
//! status or kind of funding.
//!
//! - by salkku and vaihe: a project's plan total and actual total
//!   ([`super::plan_total`], [`super::actual_total`]);
//! - by rahoittaja and laji: each share's resolved amount (derived amounts
//!   included), funders' aliases folded into the registry's name;
//! - by vuosi: the cost estimate and the actual costs of that year.
//!
//! A project is counted once in each group it contributes to, and each euro
//! once: a päähanke and its osahankkeet are not both summed
//! ([`super::left_out_of_rollup`]).

use std::cmp::Ordering;
use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::calc::funding::{percent_of, resolve};
use crate::cli::GroupBy;
use crate::load::Corpus;
use crate::model::{Euro, FundingKind, Laji, Project, Vaihe};
use crate::render::fi;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub ryhma: String,
    pub hankkeita: usize,
    pub suunniteltu: Euro,
    pub toteutunut: Euro,
}

impl SummaryRow {
    /// What is left of the plan: suunniteltu − toteutunut (negative when overspent).
    pub fn erotus(&self) -> Decimal {
        self.suunniteltu - self.toteutunut
    }

    /// toteutunut / suunniteltu × 100; none when nothing was planned.
    pub fn kaytetty(&self) -> Option<Decimal> {
        percent_of(self.toteutunut, self.suunniteltu)
    }
}

#[derive(Debug, Clone)]
pub struct SummaryView {
    pub by: GroupBy,
    pub rows: Vec<SummaryRow>,
    /// All groups: distinct projects, summed money.
    pub total: SummaryRow,
}

/// Group label of a missing value.
const NONE_LABEL: &str = "(ei tiedossa)";

/// Sort key of a group: the order the rows come in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Key {
    Rank(usize),
    Year(i32),
    Name(String),
    Missing,
}

struct Acc {
    label: String,
    /// Distinct projects counted in this group.
    projects: usize,
    /// The last project counted, by its place in the selection (+1), so a
    /// project adding several shares to one group counts once.
    last: usize,
    plan: Euro,
    actual: Euro,
}

/// The groups of a summary, each found once by its key; values that name
/// the same group (a funder as written) are remembered by the caller.
#[derive(Default)]
struct Groups {
    index: HashMap<Key, usize>,
    accs: Vec<(Key, Acc)>,
    /// (group, project) pairs counted so far: grows exactly when a project
    /// is counted in a group for the first time.
    countings: usize,
}

impl Groups {
    fn slot(&mut self, key: Key, label: impl FnOnce() -> String) -> usize {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.accs.len();
        self.index.insert(key.clone(), i);
        let acc = Acc {
            label: label(),
            projects: 0,
            last: 0,
            plan: Euro::ZERO,
            actual: Euro::ZERO,
        };
        self.accs.push((key, acc));
        i
    }

    /// Counts the `n`th project of the selection in group `i`, with `amount` of `kind`.
    fn add(&mut self, i: usize, n: usize, kind: Option<FundingKind>, amount: Euro) {
        let acc = &mut self.accs[i].1;
        if acc.last != n + 1 {
            acc.last = n + 1;
            acc.projects += 1;
            self.countings += 1;
        }
        match kind {
            Some(FundingKind::Plan) => acc.plan += amount,
            Some(FundingKind::Actual) => acc.actual += amount,
            None => {}
        }
    }
}

pub fn summary<'a>(projects: &[&'a Project], by: GroupBy, corpus: &'a Corpus) -> SummaryView {
    let registry = &corpus.registry;
    let mut groups = Groups::default();
    // Group of each value as written (funder, salkku): names repeat across
    // thousands of records, so each is folded and looked up once.
    let mut by_text: HashMap<&'a str, usize> = HashMap::new();
    // Projects counted in any group, for the total's distinct count.
    let mut counted = 0;
    let plan_rolled = super::left_out_of_rollup(projects, corpus, FundingKind::Plan);
    let actual_rolled = super::left_out_of_rollup(projects, corpus, FundingKind::Actual);
    let counts = |p: &Project, kind: FundingKind| {
        let rolled = if kind == FundingKind::Plan {
            &plan_rolled
        } else {
            &actual_rolled
        };
        !rolled.contains(p.id.as_str())
    };
    for (n, &p) in projects.iter().enumerate() {
        let before = groups.countings;
        match by {
            GroupBy::Salkku | GroupBy::Vaihe => {
                let i = if by == GroupBy::Salkku {
                    match p.salkku() {
                        Some(code) => *by_text.entry(code).or_insert_with(|| {
                            let code = registry.salkku_code(code).unwrap_or(code.trim());
                            groups.slot(Key::Name(code.to_string()), || code.to_string())
                        }),
                        None => groups.slot(Key::Missing, || NONE_LABEL.to_string()),
                    }
                } else {
                    match p.vaihe.as_ref().map(|v| v.value) {
                        Some(v) => groups.slot(
                            Key::Rank(Vaihe::ALL.iter().position(|x| *x == v).unwrap_or(0)),
                            || v.as_str().to_string(),
                        ),
                        None => groups.slot(Key::Missing, || NONE_LABEL.to_string()),
                    }
                };
                groups.add(i, n, None, Euro::ZERO);
                for kind in [FundingKind::Plan, FundingKind::Actual] {
                    if !counts(p, kind) {
                        continue;
                    }
                    if let Some(t) = super::total(p, kind) {
                        groups.add(i, n, Some(kind), t);
                    }
                }
            }
            GroupBy::Vuosi => {
                for kind in [FundingKind::Plan, FundingKind::Actual] {
                    if !counts(p, kind) {
                        continue;
                    }
                    for (year, costs) in p.costs(kind) {
                        let i = groups.slot(Key::Year(*year), || year.to_string());
                        groups.add(i, n, Some(kind), costs.total());
                    }
                }
            }
            GroupBy::Rahoittaja | GroupBy::Laji => {
                for (kind, f) in p.fundings().filter(|(k, _)| counts(p, *k)) {
                    for s in resolve(f).shares {
                        let i = if by == GroupBy::Rahoittaja {
                            let written = s.share.funder();
                            *by_text.entry(written).or_insert_with(|| {
                                let name = registry.canonical_org(written);
                                if name.is_empty() {
                                    groups.slot(Key::Missing, || NONE_LABEL.to_string())
                                } else {
                                    groups.slot(Key::Name(name.to_lowercase()), || name.to_string())
                                }
                            })
                        } else {
                            match s.laji() {
                                Some(l) => groups.slot(
                                    Key::Rank(Laji::ALL.iter().position(|x| *x == l).unwrap_or(0)),
                                    || l.as_str().to_string(),
                                ),
                                None => groups.slot(Key::Missing, || NONE_LABEL.to_string()),
                            }
                        };
                        groups.add(i, n, Some(kind), s.summa.unwrap_or(Euro::ZERO));
                    }
                }
            }
        }
        if groups.countings != before {
            counted += 1;
        }
    }
    let mut entries = groups.accs;
    // Names in Finnish alphabetical order; the rest keep their natural order.
    entries.sort_by(|(a, x), (b, y)| match (a, b) {
        (Key::Name(_), Key::Name(_)) => {
            fi::cmp(&x.label, &y.label).then_with(|| x.label.cmp(&y.label))
        }
        _ => a.cmp(b).then(Ordering::Equal),
    });
    let mut total = SummaryRow {
        ryhma: "Yhteensä".to_string(),
        hankkeita: counted,
        suunniteltu: Euro::ZERO,
        toteutunut: Euro::ZERO,
    };
    let rows = entries
        .into_iter()
        .map(|(_, acc)| {
            total.suunniteltu += acc.plan;
            total.toteutunut += acc.actual;
            SummaryRow {
                ryhma: acc.label,
                hankkeita: acc.projects,
                suunniteltu: acc.plan,
                toteutunut: acc.actual,
            }
        })
        .collect();
    SummaryView { by, rows, total }
}
