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
use std::collections::{BTreeMap, BTreeSet};

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
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Rank(usize),
    Year(i32),
    Name(String),
    Missing,
}

#[derive(Default)]
struct Acc<'a> {
    label: String,
    projects: BTreeSet<&'a str>,
    plan: Euro,
    actual: Euro,
}

pub fn summary<'a>(projects: &[&'a Project], by: GroupBy, corpus: &'a Corpus) -> SummaryView {
    let registry = &corpus.registry;
    let mut groups: BTreeMap<Key, Acc<'a>> = BTreeMap::new();
    let mut add =
        |key: Key, label: &str, p: &'a Project, kind: Option<FundingKind>, amount: Euro| {
            let acc = groups.entry(key).or_default();
            if acc.label.is_empty() {
                acc.label = label.to_string();
            }
            acc.projects.insert(p.id.as_str());
            match kind {
                Some(FundingKind::Plan) => acc.plan += amount,
                Some(FundingKind::Actual) => acc.actual += amount,
                None => {}
            }
        };
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
    for &p in projects {
        match by {
            GroupBy::Salkku | GroupBy::Vaihe => {
                let (key, label) = if by == GroupBy::Salkku {
                    match p.salkku() {
                        Some(code) => {
                            let code = registry.salkku_code(code).unwrap_or(code.trim());
                            (Key::Name(code.to_string()), code.to_string())
                        }
                        None => (Key::Missing, NONE_LABEL.to_string()),
                    }
                } else {
                    match p.vaihe.as_ref().map(|v| v.value) {
                        Some(v) => (
                            Key::Rank(Vaihe::ALL.iter().position(|x| *x == v).unwrap_or(0)),
                            v.as_str().to_string(),
                        ),
                        None => (Key::Missing, NONE_LABEL.to_string()),
                    }
                };
                add(key.clone(), &label, p, None, Euro::ZERO);
                for kind in [FundingKind::Plan, FundingKind::Actual] {
                    if !counts(p, kind) {
                        continue;
                    }
                    if let Some(t) = super::total(p, kind) {
                        add(key.clone(), &label, p, Some(kind), t);
                    }
                }
            }
            GroupBy::Vuosi => {
                for kind in [FundingKind::Plan, FundingKind::Actual] {
                    if !counts(p, kind) {
                        continue;
                    }
                    for (year, costs) in p.costs(kind) {
                        add(
                            Key::Year(*year),
                            &year.to_string(),
                            p,
                            Some(kind),
                            costs.total(),
                        );
                    }
                }
            }
            GroupBy::Rahoittaja | GroupBy::Laji => {
                for (kind, f) in p.fundings().filter(|(k, _)| counts(p, *k)) {
                    for s in resolve(f).shares {
                        let (key, label) = if by == GroupBy::Rahoittaja {
                            let name = registry.canonical_org(s.share.funder());
                            if name.is_empty() {
                                (Key::Missing, NONE_LABEL.to_string())
                            } else {
                                (Key::Name(name.to_lowercase()), name.to_string())
                            }
                        } else {
                            match s.laji() {
                                Some(l) => (
                                    Key::Rank(Laji::ALL.iter().position(|x| *x == l).unwrap_or(0)),
                                    l.as_str().to_string(),
                                ),
                                None => (Key::Missing, NONE_LABEL.to_string()),
                            }
                        };
                        add(key, &label, p, Some(kind), s.summa.unwrap_or(Euro::ZERO));
                    }
                }
            }
        }
    }
    let mut entries: Vec<(Key, Acc)> = groups.into_iter().collect();
    // Names in Finnish alphabetical order; the rest keep their natural order.
    entries.sort_by(|(a, x), (b, y)| match (a, b) {
        (Key::Name(_), Key::Name(_)) => {
            fi::cmp(&x.label, &y.label).then_with(|| x.label.cmp(&y.label))
        }
        _ => a.cmp(b).then(Ordering::Equal),
    });
    let mut all: BTreeSet<&'a str> = BTreeSet::new();
    let mut total = SummaryRow {
        ryhma: "Yhteensä".to_string(),
        hankkeita: 0,
        suunniteltu: Euro::ZERO,
        toteutunut: Euro::ZERO,
    };
    let rows = entries
        .into_iter()
        .map(|(_, acc)| {
            all.extend(acc.projects.iter().copied());
            total.suunniteltu += acc.plan;
            total.toteutunut += acc.actual;
            SummaryRow {
                ryhma: acc.label,
                hankkeita: acc.projects.len(),
                suunniteltu: acc.plan,
                toteutunut: acc.actual,
            }
        })
        .collect();
    total.hankkeita = all.len();
    SummaryView { by, rows, total }
}
