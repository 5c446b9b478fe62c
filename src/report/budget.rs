//! `hanke budget`: the state-grant form's tables ("kustannusarvio ja
//! rahoitussuunnitelma") for one project, or rolled up over several.
//!
//! The figures come from *sources*: the project itself, or — for a päähanke
//! that records no figures of a sort (cost estimate, actual costs, plan,
//! actuals) — its osahankkeet' figures of that sort; for a roll-up
//! (`--salkku CODE` and the other filters) every selected project.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet};

use foldhash::{HashMap, HashMapExt as _};

use rust_decimal::Decimal;

use super::rollup::Rollup;
use crate::calc::funding::{Resolved, percent_of, resolve};
use crate::lang::fi;
use crate::load::Corpus;
use crate::model::cost_model::Categories;
use crate::model::{Category, CategoryGroup, Euro, FundingKind, Laji, Project};

/// What a row of the cost table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Category(Category),
    Group(CategoryGroup),
    Total,
}

impl RowKind {
    pub fn key(self) -> &'static str {
        match self {
            RowKind::Category(c) => c.key(),
            RowKind::Group(g) => g.key(),
            RowKind::Total => "yhteensa",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RowKind::Category(c) => c.label(),
            RowKind::Group(g) => g.label(),
            RowKind::Total => "Yhteensä",
        }
    }

    pub fn is_subtotal(self) -> bool {
        !matches!(self, RowKind::Category(_))
    }

    /// The form's rows: each group's subtotal heads its categories; the grand total last.
    pub fn form_order() -> Vec<RowKind> {
        let mut rows = Vec::new();
        let mut current = None;
        for c in Category::ALL {
            if let Some(g) = c.group()
                && current != Some(g)
            {
                rows.push(RowKind::Group(g));
            }
            current = c.group();
            rows.push(RowKind::Category(c));
        }
        rows.push(RowKind::Total);
        rows
    }
}

#[derive(Debug, Clone)]
pub struct CostRow {
    pub kind: RowKind,
    /// One amount per year of [`CostTable::years`].
    pub by_year: Vec<Euro>,
    pub total: Euro,
    /// Per year: some amount in it is derived (`palkat` from hours × rate).
    pub derived: Vec<bool>,
    /// No source itemises this row: each is under a cost model whose flat
    /// rate covers it (and nobody wrote an amount). People are not shown it.
    pub covered: bool,
}

/// The flat rate of one cost model, summed over the sources under it: the
/// base it is taken of and the amount, per year.
#[derive(Debug, Clone)]
pub struct FlatRateRow {
    pub code: String,
    pub nimi: String,
    pub prosentti: Decimal,
    pub peruste: Categories,
    pub base_by_year: Vec<Euro>,
    pub base_total: Euro,
    /// Each source's year rounded on its own, then summed.
    pub by_year: Vec<Euro>,
    pub total: Euro,
}

impl FlatRateRow {
    /// True when `amount` is exactly `prosentti × base` rounded to the cent,
    /// as a spreadsheet formula would compute it (always for one source's
    /// year; a sum over several sources may differ by their roundings).
    pub fn is_exact(&self, base: Euro, amount: Euro) -> bool {
        crate::calc::flat_rate::of(self.prosentti, base) == amount
    }
}

/// Salary costs given as hours × hourly rate, for the derivation note.
#[derive(Debug, Clone)]
pub struct UnitCostLine {
    pub id: String,
    pub year: i32,
    pub tunnit: Decimal,
    pub tuntihinta: Euro,
    pub amount: Euro,
}

/// A cost table by category and year.
#[derive(Debug, Clone)]
pub struct CostTable {
    pub kind: FundingKind,
    pub years: Vec<i32>,
    pub rows: Vec<CostRow>,
    /// One row per cost model with a flat rate among the sources, by code.
    pub flat_rates: Vec<FlatRateRow>,
    /// Every `palkat` derived from hours × rate, by source and year.
    pub unit_costs: Vec<UnitCostLine>,
}

impl CostTable {
    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
    }

    pub fn row(&self, kind: RowKind) -> &CostRow {
        self.rows
            .iter()
            .find(|r| r.kind == kind)
            .expect("every form row is present")
    }
}

pub fn cost_table(sources: &[&Project], kind: FundingKind) -> CostTable {
    let years: Vec<i32> = sources
        .iter()
        .flat_map(|p| p.costs(kind).keys().copied())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let sources: Vec<&Project> = sources
        .iter()
        .copied()
        .filter(|p| !p.costs(kind).is_empty())
        .collect();
    let rows = form_rows(&sources, kind, &years);
    let mut table = CostTable {
        kind,
        flat_rates: flat_rates(&sources, kind, &years),
        unit_costs: unit_costs(&sources, kind),
        years,
        rows,
    };
    mark_covered(&mut table, &sources);
    table
}

/// The form's rows over `years`, summed over `sources`: one pass over each
/// source's years (a portfolio's budget sums thousands of sources; looking
/// every row's every year up in every source again cost more than the rest
/// of the table).
fn form_rows(sources: &[&Project], kind: FundingKind, years: &[i32]) -> Vec<CostRow> {
    let form = RowKind::form_order();
    let row_of = |kind: RowKind| {
        form.iter()
            .position(|r| *r == kind)
            .expect("the form has a row of every kind")
    };
    let category_row = Category::ALL.map(|c| row_of(RowKind::Category(c)));
    let group_row = CategoryGroup::ALL.map(|g| row_of(RowKind::Group(g)));
    let total_row = row_of(RowKind::Total);
    let mut by_row = vec![vec![Euro::ZERO; years.len()]; form.len()];
    // Only `palkat` is ever derived (hours × rate).
    let mut palkat_derived = vec![false; years.len()];
    for p in sources {
        for (year, costs) in p.costs(kind) {
            let Ok(y) = years.binary_search(year) else {
                continue;
            };
            // The amounts written, each into its category's row and its
            // group's: a category not written adds nothing to either.
            for (c, amount) in costs.written() {
                by_row[category_row[c as usize]][y] += amount;
                if let Some(g) = c.group() {
                    by_row[group_row[g as usize]][y] += amount;
                }
            }
            // The grand total includes the flat rate of the source's cost model.
            by_row[total_row][y] += crate::calc::costs::year_total(p.cost_model(), costs);
            palkat_derived[y] |= costs.is_derived(Category::Palkat);
        }
    }
    form.into_iter()
        .zip(by_row)
        .map(|(row, by_year)| CostRow {
            kind: row,
            total: by_year.iter().copied().sum(),
            by_year,
            derived: match row {
                RowKind::Category(Category::Palkat) => palkat_derived.clone(),
                _ => Vec::new(),
            },
            covered: false,
        })
        .collect()
}

/// One [`FlatRateRow`] per cost model with a flat rate, by code.
fn flat_rates(sources: &[&Project], kind: FundingKind, years: &[i32]) -> Vec<FlatRateRow> {
    let mut rows: BTreeMap<&str, FlatRateRow> = BTreeMap::new();
    for p in sources {
        let Some(model) = p.cost_model() else {
            continue;
        };
        let Some((prosentti, peruste)) = model.flat_rate() else {
            continue;
        };
        let row = rows
            .entry(model.code.as_str())
            .or_insert_with(|| FlatRateRow {
                code: model.code.clone(),
                nimi: model.nimi.clone(),
                prosentti,
                peruste,
                base_by_year: vec![Euro::ZERO; years.len()],
                base_total: Euro::ZERO,
                by_year: vec![Euro::ZERO; years.len()],
                total: Euro::ZERO,
            });
        for (i, y) in years.iter().enumerate() {
            let Some(costs) = p.costs(kind).get(y) else {
                continue;
            };
            let base = crate::calc::flat_rate::base(peruste, costs);
            let amount = crate::calc::flat_rate::year_amount(model, costs);
            row.base_by_year[i] += base;
            row.base_total += base;
            row.by_year[i] += amount;
            row.total += amount;
        }
    }
    rows.into_values().collect()
}

fn unit_costs(sources: &[&Project], kind: FundingKind) -> Vec<UnitCostLine> {
    let mut lines = Vec::new();
    for p in sources {
        for (year, costs) in p.costs(kind) {
            if let Some(u) = &costs.palkat_unit {
                lines.push(UnitCostLine {
                    id: p.id.clone(),
                    year: *year,
                    tunnit: u.tunnit.value,
                    tuntihinta: u.tuntihinta.value,
                    amount: costs.amount(Category::Palkat),
                });
            }
        }
    }
    lines
}

/// Marks the rows no source itemises: every source is under a model whose
/// flat rate covers the category, and no amount was written in it. A group
/// row is covered when all its categories are.
fn mark_covered(table: &mut CostTable, sources: &[&Project]) {
    if sources.is_empty() {
        return;
    }
    let covered = |c: Category| {
        sources
            .iter()
            .all(|p| p.cost_model().is_some_and(|m| m.covers(c)))
    };
    let mut groups: HashMap<CategoryGroup, bool> = HashMap::new();
    for row in &mut table.rows {
        if let RowKind::Category(c) = row.kind {
            row.covered = covered(c) && row.total.is_zero();
            if let Some(g) = c.group() {
                *groups.entry(g).or_insert(true) &= row.covered;
            }
        }
    }
    for row in &mut table.rows {
        if let RowKind::Group(g) = row.kind {
            row.covered = groups.get(&g).copied().unwrap_or(false);
        }
    }
}

/// Suunniteltu against toteutunut for one row of the form.
#[derive(Debug, Clone)]
pub struct ComparisonRow {
    pub kind: RowKind,
    pub suunniteltu: Euro,
    pub toteutunut: Euro,
    /// No source itemises the row in either table ([`CostRow::covered`]).
    pub covered: bool,
}

/// Suunniteltu against toteutunut for one cost model's flat rate.
#[derive(Debug, Clone)]
pub struct FlatComparison {
    pub code: String,
    pub nimi: String,
    pub prosentti: Decimal,
    pub suunniteltu: Euro,
    pub toteutunut: Euro,
}

impl FlatComparison {
    pub fn erotus(&self) -> Decimal {
        self.suunniteltu - self.toteutunut
    }

    pub fn kaytetty(&self) -> Option<Decimal> {
        percent_of(self.toteutunut, self.suunniteltu)
    }
}

/// The flat-rate rows of the plan and the actual costs, matched by model.
fn flat_comparison(plan: &CostTable, actual: &CostTable) -> Vec<FlatComparison> {
    let mut rows: BTreeMap<&str, FlatComparison> = BTreeMap::new();
    for (table, is_plan) in [(plan, true), (actual, false)] {
        for f in &table.flat_rates {
            let row = rows
                .entry(f.code.as_str())
                .or_insert_with(|| FlatComparison {
                    code: f.code.clone(),
                    nimi: f.nimi.clone(),
                    prosentti: f.prosentti,
                    suunniteltu: Euro::ZERO,
                    toteutunut: Euro::ZERO,
                });
            if is_plan {
                row.suunniteltu = f.total;
            } else {
                row.toteutunut = f.total;
            }
        }
    }
    rows.into_values().collect()
}

impl ComparisonRow {
    pub fn erotus(&self) -> Decimal {
        self.suunniteltu - self.toteutunut
    }

    pub fn kaytetty(&self) -> Option<Decimal> {
        percent_of(self.toteutunut, self.suunniteltu)
    }
}

/// The rows of the Rahoitussuunnitelma.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanLine {
    Kokonaiskustannukset,
    Tulot,
    Yksityinen,
    EiOikeuttavat,
    Oikeuttavat,
    Oma,
    MuuJulkinen,
    Valtionavustus,
}

impl PlanLine {
    pub const ALL: [PlanLine; 8] = [
        PlanLine::Kokonaiskustannukset,
        PlanLine::Tulot,
        PlanLine::Yksityinen,
        PlanLine::EiOikeuttavat,
        PlanLine::Oikeuttavat,
        PlanLine::Oma,
        PlanLine::MuuJulkinen,
        PlanLine::Valtionavustus,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PlanLine::Kokonaiskustannukset => "kokonaiskustannukset",
            PlanLine::Tulot => "tulot",
            PlanLine::Yksityinen => "yksityinen_rahoitus",
            PlanLine::EiOikeuttavat => "ei_oikeuttavat",
            PlanLine::Oikeuttavat => "oikeuttavat",
            PlanLine::Oma => "oma_rahoitus",
            PlanLine::MuuJulkinen => "muu_julkinen",
            PlanLine::Valtionavustus => "valtionavustus",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PlanLine::Kokonaiskustannukset => "Kokonaiskustannukset",
            PlanLine::Tulot => "Tulot",
            PlanLine::Yksityinen => "Yksityinen rahoitus",
            PlanLine::EiOikeuttavat => "Valtionavustukseen oikeuttamattomat kustannukset",
            PlanLine::Oikeuttavat => "Valtionavustukseen oikeuttavat kustannukset",
            PlanLine::Oma => "Kunnan/kuntayhtymän oma rahoitusosuus",
            PlanLine::MuuJulkinen => "Muu julkinen rahoitus",
            PlanLine::Valtionavustus => "Haettava valtionavustus",
        }
    }

    pub fn is_subtotal(self) -> bool {
        matches!(
            self,
            PlanLine::Kokonaiskustannukset | PlanLine::Oikeuttavat | PlanLine::Valtionavustus
        )
    }
}

/// A sum of known amounts that remembers whether some amount was unknown:
/// unknown only when nothing is known (a table that exists but has no share
/// of a kind says 0, as the form's empty cell).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Known {
    known: Option<Euro>,
    unknown: bool,
}

impl Known {
    fn zero() -> Known {
        Known {
            known: Some(Euro::ZERO),
            unknown: false,
        }
    }

    fn add(&mut self, amount: Option<Euro>) {
        match amount {
            Some(a) => self.known = Some(self.known.map_or(a, |k| k + a)),
            None => self.unknown = true,
        }
    }

    /// The sum of the known amounts; `None` when only unknown ones were added.
    pub fn value(self) -> Option<Euro> {
        match self.known {
            Some(k) if !(self.unknown && k.is_zero()) => Some(k),
            _ => None,
        }
    }
}

/// The financing plan of one kind (plan or actuals), summed over the sources.
/// `None` is unknown money (a share given only as a percentage of a total
/// nobody stated), never 0.
#[derive(Debug, Clone, Default)]
pub struct FinancingColumn {
    pub kokonaiskustannukset: Option<Euro>,
    pub tulot: Known,
    pub yksityinen: Known,
    pub ei_oikeuttavat: Known,
    pub oma: Known,
    pub muu_julkinen: Known,
    pub valtionavustus: Known,
    /// The state grant's stated percentage of eligible costs, for a single
    /// table that states percentages but no total, and deducts nothing.
    pub stated_grant_percent: Option<Decimal>,
    /// The programmes of this column's own state-grant shares, each with
    /// its ceiling (`enintaan`), in name order; a programme without a
    /// ceiling has `None`.
    pub programmes: Vec<(String, Option<Decimal>)>,
}

impl FinancingColumn {
    /// kokonaiskustannukset − ei_oikeuttavat − tulot − yksityinen, as on the form.
    pub fn oikeuttavat(&self) -> Option<Decimal> {
        Some(
            self.kokonaiskustannukset?.0
                - self.ei_oikeuttavat.value()?.0
                - self.tulot.value()?.0
                - self.yksityinen.value()?.0,
        )
    }

    pub fn get(&self, line: PlanLine) -> Option<Decimal> {
        let known = |k: Known| k.value().map(|e| e.0);
        match line {
            PlanLine::Kokonaiskustannukset => self.kokonaiskustannukset.map(|e| e.0),
            PlanLine::Tulot => known(self.tulot),
            PlanLine::Yksityinen => known(self.yksityinen),
            PlanLine::EiOikeuttavat => known(self.ei_oikeuttavat),
            PlanLine::Oikeuttavat => self.oikeuttavat(),
            PlanLine::Oma => known(self.oma),
            PlanLine::MuuJulkinen => known(self.muu_julkinen),
            PlanLine::Valtionavustus => known(self.valtionavustus),
        }
    }

    /// Haettava valtionavustus as a percentage of the eligible costs; for
    /// percentages with no total, the stated percentage.
    pub fn grant_percent(&self) -> Option<Decimal> {
        let computed = || {
            let base = self.oikeuttavat()?;
            if base <= Decimal::ZERO {
                return None;
            }
            percent_of(self.valtionavustus.value()?, Euro(base))
        };
        computed().or(self.stated_grant_percent)
    }

    /// This column's ceiling: the `enintaan` of its one programme; `None`
    /// with no state grant under a programme, or with several programmes
    /// (each has a row of its own then).
    pub fn ceiling(&self) -> Option<(&str, Decimal)> {
        match self.programmes.as_slice() {
            [(name, Some(max))] => Some((name.as_str(), *max)),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Financing {
    /// None when no source has figures of that kind.
    pub plan: Option<FinancingColumn>,
    pub actual: Option<FinancingColumn>,
}

impl Financing {
    /// Every programme named by either column's state-grant shares, with
    /// its ceiling, in name order.
    pub fn programmes(&self) -> Vec<(String, Option<Decimal>)> {
        let mut all: Vec<(String, Option<Decimal>)> = [&self.plan, &self.actual]
            .into_iter()
            .flatten()
            .flat_map(|c| c.programmes.iter().cloned())
            .collect();
        all.sort_by(|a, b| fi::cmp(&a.0, &b.0).then_with(|| a.0.cmp(&b.0)));
        all.dedup_by(|a, b| a.0 == b.0);
        all
    }
}

fn financing_column(
    sources: &[&Project],
    kind: FundingKind,
    corpus: &Corpus,
) -> Option<FinancingColumn> {
    let mut col = FinancingColumn {
        tulot: Known::zero(),
        yksityinen: Known::zero(),
        ei_oikeuttavat: Known::zero(),
        oma: Known::zero(),
        muu_julkinen: Known::zero(),
        valtionavustus: Known::zero(),
        ..FinancingColumn::default()
    };
    let mut any = false;
    let mut programmes: BTreeSet<&str> = BTreeSet::new();
    for p in sources {
        if let Some(t) = super::total(p, kind) {
            col.kokonaiskustannukset = Some(col.kokonaiskustannukset.map_or(t, |k| k + t));
            any = true;
        }
        let Some(f) = p.funding(kind) else { continue };
        any = true;
        let r = resolve(f);
        for s in &r.shares {
            let line = match s.laji() {
                Some(Laji::Tulot) => &mut col.tulot,
                Some(Laji::Yksityinen) => &mut col.yksityinen,
                Some(Laji::Oma) => &mut col.oma,
                Some(Laji::MuuJulkinen) => &mut col.muu_julkinen,
                Some(Laji::Valtionavustus) => &mut col.valtionavustus,
                None => continue,
            };
            line.add(s.summa);
            if s.laji() == Some(Laji::Valtionavustus)
                && let Some(o) = &s.share.ohjelma
            {
                programmes.insert(o.value.as_str());
            }
        }
        if let Some(e) = &f.ei_oikeuttavat {
            col.ei_oikeuttavat.add(Some(e.value));
        }
        if sources.len() == 1 && r.total.is_none() {
            col.stated_grant_percent = stated_grant_percent(&r, f);
        }
    }
    col.programmes = programmes
        .into_iter()
        .map(|name| {
            let max = corpus
                .registry
                .ohjelmat
                .get(name)
                .and_then(|o| o.enintaan.as_ref())
                .map(|e| e.value.value);
            (name.to_string(), max)
        })
        .collect();
    any.then_some(col)
}

/// The stated percentages of the state-grant shares, when a table gives
/// percentages but no total and deducts nothing from the eligible costs
/// (then the eligible costs are the whole total).
fn stated_grant_percent(r: &Resolved<'_>, f: &crate::model::Funding) -> Option<Decimal> {
    let deducts = f
        .ei_oikeuttavat
        .as_ref()
        .is_some_and(|e| !e.value.is_zero())
        || r.shares
            .iter()
            .any(|s| matches!(s.laji(), Some(Laji::Tulot | Laji::Yksityinen)));
    if deducts {
        return None;
    }
    let grants: Vec<Option<Decimal>> = r
        .shares
        .iter()
        .filter(|s| s.laji() == Some(Laji::Valtionavustus))
        .map(|s| s.osuus)
        .collect();
    if grants.is_empty() {
        return None;
    }
    grants.into_iter().sum()
}

/// One funder's planned and actual money.
#[derive(Debug, Clone)]
pub struct FunderRow {
    /// The registry's name (aliases folded).
    pub rahoittaja: String,
    pub lajit: Vec<Laji>,
    pub suunniteltu: Known,
    pub suunniteltu_osuus: Option<Decimal>,
    pub toteutunut: Known,
    pub toteutunut_osuus: Option<Decimal>,
}

impl FunderRow {
    fn new(rahoittaja: String) -> FunderRow {
        FunderRow {
            rahoittaja,
            lajit: Vec::new(),
            suunniteltu: Known::default(),
            suunniteltu_osuus: None,
            toteutunut: Known::default(),
            toteutunut_osuus: None,
        }
    }
}

/// The Rahoittajat table from the same sources as the Rahoitussuunnitelma
/// (`plan` and `actual`), so the two tables always tell one story.
fn funders(plan: &[&Project], actual: &[&Project], corpus: &Corpus) -> Vec<FunderRow> {
    let mut rows: Vec<FunderRow> = Vec::new();
    // Row of each funder by its name in lowercase: one lookup per share,
    // not a scan of every row (150 000 funders in one record took minutes).
    let mut row_of: HashMap<String, usize> = HashMap::new();
    for (kind, sources) in [(FundingKind::Plan, plan), (FundingKind::Actual, actual)] {
        let mut total = Known::default();
        // Stated percentages count when one table gives no total.
        let single = sources.len() == 1;
        for p in sources {
            let Some(f) = p.funding(kind) else { continue };
            let r = resolve(f);
            total.add(r.total);
            for s in &r.shares {
                let name = corpus.registry.canonical_org(s.share.funder()).to_string();
                let i = match row_of.entry(name.to_lowercase()) {
                    Entry::Occupied(e) => *e.get(),
                    Entry::Vacant(e) => {
                        e.insert(rows.len());
                        rows.push(FunderRow::new(name));
                        rows.len() - 1
                    }
                };
                let row = &mut rows[i];
                if let Some(l) = s.laji()
                    && !row.lajit.contains(&l)
                {
                    row.lajit.push(l);
                }
                let (amount, osuus) = match kind {
                    FundingKind::Plan => (&mut row.suunniteltu, &mut row.suunniteltu_osuus),
                    FundingKind::Actual => (&mut row.toteutunut, &mut row.toteutunut_osuus),
                };
                amount.add(s.summa);
                if single && r.total.is_none() {
                    *osuus = match (*osuus, s.osuus) {
                        (Some(a), Some(b)) => Some(a + b),
                        (a, b) => a.or(b),
                    };
                }
            }
        }
        let total = total.value();
        for row in &mut rows {
            let (amount, osuus) = match kind {
                FundingKind::Plan => (row.suunniteltu, &mut row.suunniteltu_osuus),
                FundingKind::Actual => (row.toteutunut, &mut row.toteutunut_osuus),
            };
            if let (Some(a), Some(t)) = (amount.value(), total) {
                *osuus = percent_of(a, t);
            }
        }
    }
    for row in &mut rows {
        row.lajit.sort();
    }
    rows.sort_by(|a, b| {
        a.lajit
            .first()
            .cmp(&b.lajit.first())
            .then_with(|| fi::cmp(&a.rahoittaja, &b.rahoittaja))
    });
    rows
}

/// One osahanke of a päähanke: the "5 + 1" annex.
#[derive(Debug, Clone)]
pub struct ChildRow {
    pub id: String,
    pub nimi: String,
    pub yhteensa: Option<Euro>,
    pub valtionavustus: Option<Euro>,
    pub oma: Option<Euro>,
    /// Every other kind of funding.
    pub muu: Option<Euro>,
}

impl ChildRow {
    /// Own funding as a percentage of the total.
    pub fn oma_osuus(&self) -> Option<Decimal> {
        percent_of(self.oma?, self.yhteensa?)
    }
}

#[derive(Debug, Clone)]
pub struct Children {
    pub rows: Vec<ChildRow>,
    pub total: ChildRow,
    /// The päähanke's own stated plan total, to compare with the sum.
    pub stated: Option<Euro>,
}

fn child_row(p: &Project) -> ChildRow {
    // The funding that gives the headline total: the plan, else the actuals.
    let kind = if super::plan_total(p).is_some() {
        FundingKind::Plan
    } else {
        FundingKind::Actual
    };
    let (mut va, mut oma, mut muu) = (Known::default(), Known::default(), Known::default());
    if let Some(f) = p.funding(kind) {
        let r = resolve(f);
        if r.total.is_some() {
            for k in [&mut va, &mut oma, &mut muu] {
                *k = Known::zero();
            }
        }
        for s in r.shares {
            match s.laji() {
                Some(Laji::Valtionavustus) => va.add(s.summa),
                Some(Laji::Oma) => oma.add(s.summa),
                _ => muu.add(s.summa),
            }
        }
    }
    ChildRow {
        id: p.id.clone(),
        nimi: p.short_name().to_string(),
        yhteensa: super::headline_total(p),
        valtionavustus: va.value(),
        oma: oma.value(),
        muu: muu.value(),
    }
}

fn sum_known(values: impl Iterator<Item = Option<Euro>>) -> Option<Euro> {
    values.flatten().reduce(|a, b| a + b)
}

#[derive(Debug, Clone)]
pub struct BudgetView {
    /// "Zeta-hanke (zeta)" or "Salkku ALFA".
    pub title: String,
    /// The projects the figures come from.
    pub sources: Vec<String>,
    pub costs: CostTable,
    pub actual_costs: CostTable,
    /// Per form row, when actual costs exist.
    pub comparison: Vec<ComparisonRow>,
    /// Per cost model with a flat rate, when actual costs exist.
    pub comparison_flat: Vec<FlatComparison>,
    pub financing: Financing,
    pub funders: Vec<FunderRow>,
    /// For a päähanke.
    pub children: Option<Children>,
}

/// The projects a table's figures come from: `own` when they have figures of
/// that sort (or there are no osahankkeet), else the osahankkeet.
fn pick<'a>(
    own: &[&'a Project],
    kids: &[&'a Project],
    has: impl Fn(&Project) -> bool,
) -> Vec<&'a Project> {
    if kids.is_empty() || own.iter().any(|p| has(p)) {
        own.to_vec()
    } else {
        kids.to_vec()
    }
}

/// What a roll-up leaves out: records whose figures of a kind a päähanke
/// or their osahankkeet stand for ([`Rollup`]).
struct Skip<'a> {
    rollup: Option<&'a Rollup>,
}

impl Skip<'_> {
    fn skips(&self, p: &Project, kind: FundingKind) -> bool {
        self.rollup.is_some_and(|r| !r.stake(p, kind).counts())
    }
}

fn build(
    title: String,
    own: &[&Project],
    kids: &[&Project],
    corpus: &Corpus,
    skip: &Skip,
) -> BudgetView {
    let costs_of = |kind| {
        let mut v = pick(own, kids, move |p: &Project| !p.costs(kind).is_empty());
        v.retain(|p| !skip.skips(p, kind));
        v
    };
    let funding_of = |kind| {
        let mut v = pick(own, kids, move |p: &Project| p.funding(kind).is_some());
        v.retain(|p| !skip.skips(p, kind));
        v
    };
    let costs = cost_table(&costs_of(FundingKind::Plan), FundingKind::Plan);
    let actual_costs = cost_table(&costs_of(FundingKind::Actual), FundingKind::Actual);
    let (comparison, comparison_flat) = if actual_costs.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        let rows = RowKind::form_order()
            .into_iter()
            .map(|k| {
                let (plan, actual) = (costs.row(k), actual_costs.row(k));
                ComparisonRow {
                    kind: k,
                    suunniteltu: plan.total,
                    toteutunut: actual.total,
                    covered: (plan.covered || costs.is_empty()) && actual.covered,
                }
            })
            .collect();
        (rows, flat_comparison(&costs, &actual_costs))
    };
    let plan_sources = funding_of(FundingKind::Plan);
    let actual_sources = funding_of(FundingKind::Actual);
    BudgetView {
        title,
        sources: own.iter().map(|p| p.id.clone()).collect(),
        financing: Financing {
            plan: financing_column(&plan_sources, FundingKind::Plan, corpus),
            actual: financing_column(&actual_sources, FundingKind::Actual, corpus),
        },
        funders: funders(&plan_sources, &actual_sources, corpus),
        costs,
        actual_costs,
        comparison,
        comparison_flat,
        children: None,
    }
}

/// One project's budget; a päähanke without figures of its own rolls up its osahankkeet.
pub fn for_project(project: &Project, corpus: &Corpus) -> BudgetView {
    let mut kids: Vec<&Project> = corpus
        .children()
        .remove(project.id.as_str())
        .unwrap_or_default()
        .into_iter()
        .filter(|c| !corpus.broken.contains(&c.file))
        .collect();
    kids.sort_by(|a, b| a.id.cmp(&b.id));
    let title = format!("{} ({})", project.short_name(), project.id);
    let mut view = build(title, &[project], &kids, corpus, &Skip { rollup: None });
    if !kids.is_empty() {
        let rows: Vec<ChildRow> = kids.iter().map(|c| child_row(c)).collect();
        let total = ChildRow {
            id: "yhteensa".to_string(),
            nimi: "Yhteensä".to_string(),
            yhteensa: sum_known(rows.iter().map(|r| r.yhteensa)),
            valtionavustus: sum_known(rows.iter().map(|r| r.valtionavustus)),
            oma: sum_known(rows.iter().map(|r| r.oma)),
            muu: sum_known(rows.iter().map(|r| r.muu)),
        };
        view.children = Some(Children {
            rows,
            total,
            stated: super::plan_total(project),
        });
    }
    view
}

/// A roll-up over the selected projects. Each euro counts once: a record
/// whose figures its päähanke or its osahankkeet stand for adds none of its
/// own ([`Rollup`]); every selected project is still named among the sources.
pub fn rollup(title: String, projects: Vec<&Project>, corpus: &Corpus) -> BudgetView {
    rollup_with(title, projects, corpus, &Rollup::of(corpus))
}

/// [`rollup`] with the corpus's [`Rollup`] already made.
pub fn rollup_with(
    title: String,
    projects: Vec<&Project>,
    corpus: &Corpus,
    rollup: &Rollup,
) -> BudgetView {
    build(
        title,
        &projects,
        &[],
        corpus,
        &Skip {
            rollup: Some(rollup),
        },
    )
}
