//! `hanke summary`: planned and actual money by portfolio, funder, year,
//! status or kind of funding.
//!
//! Every figure is a record's [`Stake`](super::rollup::Stake): a päähanke and
//! its osahankkeet are never both summed, and the decision is taken on the
//! whole corpus before the filter, so a filtered summary equals the
//! unfiltered summary's rows for the same records.
//!
//! - by salkku and vaihe: a record's plan and actual totals;
//! - by rahoittaja and laji: each share's resolved amount (derived amounts
//!   included), funders' aliases folded into the registry's name;
//! - by vuosi: the cost estimate and the actual costs of each year.
//!
//! Money no group describes (a total with no cost table by year, a part of
//! the total no share covers, a share without a `laji`) goes to one
//! *residual* row, so the rows of every grouping add up to the same totals.
//! Unknown money is `None`, never 0: a group's figure is unknown only when
//! no record in it has one. `erotus` and `kaytetty` compare only records
//! that have both a plan and actuals in the group (`verrattavia`).

use foldhash::{HashMap, HashMapExt as _};
use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::rollup::Rollup;
use crate::calc::funding::{percent_of, resolve};
use crate::lang::fi;
use crate::load::Corpus;
use crate::model::{Euro, FundingKind, Laji, Project, Vaihe};
use crate::report::GroupBy;

/// The planned and actual money of a group, and how much of it compares.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    /// Records counted in the group.
    pub hankkeita: usize,
    /// Records with a plan or an actual figure in the group.
    pub with_figures: usize,
    /// Records with both: the ones `erotus` and `kaytetty` compare.
    pub verrattavia: usize,
    /// The sum of the known plans; `None` when no record has one.
    pub suunniteltu: Option<Euro>,
    pub toteutunut: Option<Euro>,
    /// Plan and actuals of the comparable records only.
    compared_plan: Euro,
    compared_actual: Euro,
}

impl Figures {
    /// Counts one record with its plan and actual figures (`None`: unknown).
    fn add(&mut self, plan: Option<Euro>, actual: Option<Euro>) {
        self.hankkeita += 1;
        if plan.is_some() || actual.is_some() {
            self.with_figures += 1;
        }
        self.suunniteltu = add_known(self.suunniteltu, plan);
        self.toteutunut = add_known(self.toteutunut, actual);
        if let (Some(p), Some(a)) = (plan, actual) {
            self.verrattavia += 1;
            self.compared_plan += p;
            self.compared_actual += a;
        }
    }

    /// What is left of the plan, over the comparable records (negative
    /// when overspent); `None` when no record has both figures.
    pub fn erotus(&self) -> Option<Decimal> {
        (self.verrattavia > 0).then(|| self.compared_plan - self.compared_actual)
    }

    /// toteutunut / suunniteltu × 100 over the comparable records.
    pub fn kaytetty(&self) -> Option<Decimal> {
        if self.verrattavia == 0 {
            return None;
        }
        percent_of(self.compared_actual, self.compared_plan)
    }

    /// True when some record with figures could not be compared.
    pub fn partly_compared(&self) -> bool {
        self.verrattavia < self.with_figures
    }
}

fn add_known(sum: Option<Euro>, x: Option<Euro>) -> Option<Euro> {
    match (sum, x) {
        (Some(s), Some(x)) => Some(s + x),
        (s, x) => s.or(x),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    /// The group's value; `None` for the residual row.
    pub ryhma: Option<String>,
    /// What people read: the value, or the residual row's label.
    pub label: String,
    pub figures: Figures,
}

impl SummaryRow {
    pub fn is_residual(&self) -> bool {
        self.ryhma.is_none()
    }
}

#[derive(Debug, Clone)]
pub struct SummaryView {
    pub by: GroupBy,
    pub rows: Vec<SummaryRow>,
    /// Every selected record counted once, whatever the grouping: the same
    /// figures for every `--by`.
    pub total: Figures,
}

/// The residual row's label for people, by grouping.
pub fn residual_label(by: GroupBy) -> &'static str {
    match by {
        GroupBy::Vuosi => "(ei vuositietoa)",
        GroupBy::Rahoittaja => "(ei rahoittajaa)",
        GroupBy::Salkku | GroupBy::Vaihe | GroupBy::Laji => "(ei tiedossa)",
    }
}

/// Sort key of a group: the order the rows come in; the residual last.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Key {
    Rank(usize),
    Year(i32),
    Name(String),
    Residual,
}

/// The groups of a summary, each found once by its key.
#[derive(Default)]
struct Groups {
    index: HashMap<Key, usize>,
    entries: Vec<(Key, Option<String>, Figures)>,
}

impl Groups {
    fn slot(&mut self, key: Key, value: impl FnOnce() -> Option<String>) -> usize {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.entries.len();
        self.index.insert(key.clone(), i);
        self.entries.push((key, value(), Figures::default()));
        i
    }

    fn residual(&mut self) -> usize {
        self.slot(Key::Residual, || None)
    }
}

/// One record's plan and actual money in each group it touches.
#[derive(Default)]
struct Touches {
    at: HashMap<usize, [Option<Euro>; 2]>,
}

impl Touches {
    /// The record belongs to group `g`, with no money (yet).
    fn touch(&mut self, g: usize) {
        self.at.entry(g).or_default();
    }

    fn add(&mut self, g: usize, kind: FundingKind, amount: Euro) {
        let cell = &mut self.at.entry(g).or_default()[kind_slot(kind)];
        *cell = Some(cell.map_or(amount, |a| a + amount));
    }

    fn flush_into(&mut self, groups: &mut Groups) {
        for (g, [plan, actual]) in self.at.drain() {
            groups.entries[g].2.add(plan, actual);
        }
    }
}

fn kind_slot(kind: FundingKind) -> usize {
    match kind {
        FundingKind::Plan => 0,
        FundingKind::Actual => 1,
    }
}

const KINDS: [FundingKind; 2] = [FundingKind::Plan, FundingKind::Actual];

pub fn summary<'a>(projects: &[&'a Project], by: GroupBy, corpus: &'a Corpus) -> SummaryView {
    summary_with(projects, by, corpus, &Rollup::of(corpus))
}

/// [`summary`] with the corpus's roll-up already decided.
pub fn summary_with<'a>(
    projects: &[&'a Project],
    by: GroupBy,
    corpus: &'a Corpus,
    rollup: &Rollup,
) -> SummaryView {
    let registry = &corpus.registry;
    let mut groups = Groups::default();
    // Group of each value as written (funder, salkku): names repeat across
    // thousands of records, so each is folded and looked up once.
    let mut by_text: HashMap<&'a str, usize> = HashMap::new();
    let mut touches = Touches::default();
    let mut total = Figures::default();
    for &p in projects {
        let stakes = KINDS.map(|k| rollup.stake(p, k));
        total.add(stakes[0].amount(), stakes[1].amount());
        match by {
            GroupBy::Salkku | GroupBy::Vaihe => {
                let g = if by == GroupBy::Salkku {
                    match p.salkku() {
                        Some(code) => *by_text.entry(code).or_insert_with(|| {
                            let code = registry.salkku_code(code).unwrap_or(code.trim());
                            groups.slot(Key::Name(code.to_string()), || Some(code.to_string()))
                        }),
                        None => groups.residual(),
                    }
                } else {
                    match p.vaihe.as_ref().map(|v| v.value) {
                        Some(v) => groups.slot(
                            Key::Rank(Vaihe::ALL.iter().position(|x| *x == v).unwrap_or(0)),
                            || Some(v.as_str().to_string()),
                        ),
                        None => groups.residual(),
                    }
                };
                touches.touch(g);
                for (kind, stake) in KINDS.into_iter().zip(stakes) {
                    if let Some(t) = stake.amount() {
                        touches.add(g, kind, t);
                    }
                }
            }
            GroupBy::Vuosi => {
                for (kind, stake) in KINDS.into_iter().zip(stakes) {
                    let Some(t) = stake.amount() else { continue };
                    let mut by_year = Euro::ZERO;
                    for (year, costs) in p.costs(kind) {
                        let g = groups.slot(Key::Year(*year), || Some(year.to_string()));
                        let amount = crate::calc::costs::year_total(p.cost_model(), costs);
                        by_year += amount;
                        touches.add(g, kind, amount);
                    }
                    if by_year != t {
                        let g = groups.residual();
                        touches.add(g, kind, Euro(t - by_year));
                    }
                }
            }
            GroupBy::Rahoittaja | GroupBy::Laji => {
                for (kind, stake) in KINDS.into_iter().zip(stakes) {
                    if !stake.counts() {
                        continue;
                    }
                    let known_total = stake.amount();
                    let mut assigned = Euro::ZERO;
                    if let Some(f) = p.funding(kind) {
                        for s in resolve(f).shares {
                            let g = if by == GroupBy::Rahoittaja {
                                let written = s.share.funder();
                                *by_text.entry(written).or_insert_with(|| {
                                    let name = registry.canonical_org(written);
                                    if name.trim().is_empty() {
                                        groups.residual()
                                    } else {
                                        groups.slot(Key::Name(name.to_lowercase()), || {
                                            Some(name.to_string())
                                        })
                                    }
                                })
                            } else {
                                match s.laji() {
                                    Some(l) => groups.slot(
                                        Key::Rank(
                                            Laji::ALL.iter().position(|x| *x == l).unwrap_or(0),
                                        ),
                                        || Some(l.as_str().to_string()),
                                    ),
                                    None => groups.residual(),
                                }
                            };
                            // A record whose total is unknown is named in its
                            // funders' groups, with no money: its parts
                            // cannot add up to a total nobody knows.
                            match (s.summa, known_total) {
                                (Some(a), Some(_)) if !is_residual(&groups, g) => {
                                    assigned += a;
                                    touches.add(g, kind, a);
                                }
                                _ => touches.touch(g),
                            }
                        }
                    }
                    if let Some(t) = known_total
                        && assigned != t
                    {
                        let g = groups.residual();
                        touches.add(g, kind, Euro(t - assigned));
                    }
                }
            }
        }
        touches.flush_into(&mut groups);
    }
    let mut entries = groups.entries;
    // Names in Finnish alphabetical order; the rest keep their natural order.
    entries.sort_by(|(a, x, _), (b, y, _)| match (a, b, x, y) {
        (Key::Name(_), Key::Name(_), Some(x), Some(y)) => fi::cmp(x, y).then_with(|| x.cmp(y)),
        _ => a.cmp(b).then(Ordering::Equal),
    });
    let rows = entries
        .into_iter()
        .map(|(_, ryhma, figures)| SummaryRow {
            label: ryhma
                .clone()
                .unwrap_or_else(|| residual_label(by).to_string()),
            ryhma,
            figures,
        })
        .collect();
    SummaryView { by, rows, total }
}

fn is_residual(groups: &Groups, g: usize) -> bool {
    groups.entries[g].0 == Key::Residual
}
