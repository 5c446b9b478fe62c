//! `hanke budget`: the state-grant form's tables ("kustannusarvio ja
//! rahoitussuunnitelma") for one project, or rolled up over several.
//!
//! The figures come from *sources*: the project itself, or — for a päähanke
//! that records no figures of a sort (cost estimate, actual costs, plan,
//! actuals) — its osahankkeet' figures of that sort; for a roll-up
//! (`--salkku CODE` and the other filters) every selected project.

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap};

use rust_decimal::Decimal;

use crate::calc::funding::{percent_of, resolve};
use crate::load::Corpus;
use crate::model::{Category, CategoryGroup, Euro, FundingKind, Laji, Project};
use crate::render::fi;

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

    fn amount(self, costs: &crate::model::Costs) -> Euro {
        match self {
            RowKind::Category(c) => costs.amount(c),
            RowKind::Group(g) => crate::calc::costs::group_total(costs, g),
            RowKind::Total => costs.total(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct CostRow {
    pub kind: RowKind,
    /// One amount per year of [`CostTable::years`].
    pub by_year: Vec<Euro>,
    pub total: Euro,
}

/// A cost table by category and year.
#[derive(Debug, Clone)]
pub struct CostTable {
    pub kind: FundingKind,
    pub years: Vec<i32>,
    pub rows: Vec<CostRow>,
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
    let rows = RowKind::form_order()
        .into_iter()
        .map(|row| {
            let by_year: Vec<Euro> = years
                .iter()
                .map(|y| {
                    sources
                        .iter()
                        .filter_map(|p| p.costs(kind).get(y))
                        .map(|c| row.amount(c))
                        .sum()
                })
                .collect();
            let total = by_year.iter().copied().sum();
            CostRow {
                kind: row,
                by_year,
                total,
            }
        })
        .collect();
    CostTable { kind, years, rows }
}

/// Suunniteltu against toteutunut for one row of the form.
#[derive(Debug, Clone)]
pub struct ComparisonRow {
    pub kind: RowKind,
    pub suunniteltu: Euro,
    pub toteutunut: Euro,
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

/// The financing plan of one kind (plan or actuals), summed over the sources.
#[derive(Debug, Clone, Default)]
pub struct FinancingColumn {
    pub kokonaiskustannukset: Euro,
    pub tulot: Euro,
    pub yksityinen: Euro,
    pub ei_oikeuttavat: Euro,
    pub oma: Euro,
    pub muu_julkinen: Euro,
    pub valtionavustus: Euro,
}

impl FinancingColumn {
    /// kokonaiskustannukset − ei_oikeuttavat − tulot − yksityinen, as on the form.
    pub fn oikeuttavat(&self) -> Decimal {
        self.kokonaiskustannukset.0 - self.ei_oikeuttavat.0 - self.tulot.0 - self.yksityinen.0
    }

    pub fn get(&self, line: PlanLine) -> Decimal {
        match line {
            PlanLine::Kokonaiskustannukset => self.kokonaiskustannukset.0,
            PlanLine::Tulot => self.tulot.0,
            PlanLine::Yksityinen => self.yksityinen.0,
            PlanLine::EiOikeuttavat => self.ei_oikeuttavat.0,
            PlanLine::Oikeuttavat => self.oikeuttavat(),
            PlanLine::Oma => self.oma.0,
            PlanLine::MuuJulkinen => self.muu_julkinen.0,
            PlanLine::Valtionavustus => self.valtionavustus.0,
        }
    }

    /// Haettava valtionavustus as a percentage of the eligible costs.
    pub fn grant_percent(&self) -> Option<Decimal> {
        let base = self.oikeuttavat();
        if base <= Decimal::ZERO {
            return None;
        }
        percent_of(self.valtionavustus, Euro(base))
    }
}

#[derive(Debug, Clone)]
pub struct Financing {
    /// None when no source has figures of that kind.
    pub plan: Option<FinancingColumn>,
    pub actual: Option<FinancingColumn>,
    /// The programme's ceiling (`enintaan`) and name, from the state-grant shares.
    pub ceiling: Option<(String, Decimal)>,
}

fn financing_column(sources: &[&Project], kind: FundingKind) -> Option<FinancingColumn> {
    let mut col = FinancingColumn::default();
    let mut any = false;
    for p in sources {
        if let Some(t) = super::total(p, kind) {
            col.kokonaiskustannukset += t;
            any = true;
        }
        if let Some(f) = p.funding(kind) {
            any = true;
            let r = resolve(f);
            col.tulot += r.sum_of(Laji::Tulot);
            col.yksityinen += r.sum_of(Laji::Yksityinen);
            col.oma += r.sum_of(Laji::Oma);
            col.muu_julkinen += r.sum_of(Laji::MuuJulkinen);
            col.valtionavustus += r.sum_of(Laji::Valtionavustus);
            if let Some(e) = &f.ei_oikeuttavat {
                col.ei_oikeuttavat += e.value;
            }
        }
    }
    any.then_some(col)
}

fn ceiling(sources: &[&Project], corpus: &Corpus) -> Option<(String, Decimal)> {
    sources
        .iter()
        .flat_map(|p| p.fundings())
        .flat_map(|(_, f)| f.osuudet.iter())
        .filter(|s| s.laji.as_ref().map(|l| l.value) == Some(Laji::Valtionavustus))
        .filter_map(|s| s.ohjelma.as_ref())
        .find_map(|o| {
            let prog = corpus.registry.ohjelmat.get(o.value.as_str())?;
            Some((o.value.clone(), prog.enintaan.as_ref()?.value.value))
        })
}

/// One funder's planned and actual money.
#[derive(Debug, Clone)]
pub struct FunderRow {
    /// The registry's name (aliases folded).
    pub rahoittaja: String,
    pub lajit: Vec<Laji>,
    pub suunniteltu: Euro,
    pub suunniteltu_osuus: Option<Decimal>,
    pub toteutunut: Euro,
    pub toteutunut_osuus: Option<Decimal>,
}

fn funders(sources: &[&Project], corpus: &Corpus, skip: &Skip) -> Vec<FunderRow> {
    let mut rows: Vec<FunderRow> = Vec::new();
    // Row of each funder by its name in lowercase: one lookup per share,
    // not a scan of every row (150 000 funders in one record took minutes).
    let mut row_of: HashMap<String, usize> = HashMap::new();
    let mut totals = [Euro::ZERO, Euro::ZERO];
    for p in sources {
        for (kind, f) in p.fundings().filter(|(k, _)| !skip.skips(p, *k)) {
            let r = resolve(f);
            let k = (kind == FundingKind::Actual) as usize;
            if let Some(t) = r.total {
                totals[k] += t;
            }
            for s in &r.shares {
                let name = corpus.registry.canonical_org(s.share.funder()).to_string();
                let i = match row_of.entry(name.to_lowercase()) {
                    Entry::Occupied(e) => *e.get(),
                    Entry::Vacant(e) => {
                        e.insert(rows.len());
                        rows.push(FunderRow {
                            rahoittaja: name,
                            lajit: Vec::new(),
                            suunniteltu: Euro::ZERO,
                            suunniteltu_osuus: None,
                            toteutunut: Euro::ZERO,
                            toteutunut_osuus: None,
                        });
                        rows.len() - 1
                    }
                };
                let row = &mut rows[i];
                if let Some(l) = s.laji()
                    && !row.lajit.contains(&l)
                {
                    row.lajit.push(l);
                }
                let amount = s.summa.unwrap_or(Euro::ZERO);
                if k == 0 {
                    row.suunniteltu += amount;
                } else {
                    row.toteutunut += amount;
                }
            }
        }
    }
    for row in &mut rows {
        row.lajit.sort();
        row.suunniteltu_osuus = percent_of(row.suunniteltu, totals[0]);
        row.toteutunut_osuus = percent_of(row.toteutunut, totals[1]);
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
    pub valtionavustus: Euro,
    pub oma: Euro,
    /// Every other kind of funding.
    pub muu: Euro,
}

impl ChildRow {
    /// Own funding as a percentage of the total.
    pub fn oma_osuus(&self) -> Option<Decimal> {
        self.yhteensa.and_then(|t| percent_of(self.oma, t))
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
    let (mut va, mut oma, mut muu) = (Euro::ZERO, Euro::ZERO, Euro::ZERO);
    if let Some(f) = p.funding(kind) {
        for s in resolve(f).shares {
            let a = s.summa.unwrap_or(Euro::ZERO);
            match s.laji() {
                Some(Laji::Valtionavustus) => va += a,
                Some(Laji::Oma) => oma += a,
                _ => muu += a,
            }
        }
    }
    ChildRow {
        id: p.id.clone(),
        nimi: p.short_name().to_string(),
        yhteensa: super::headline_total(p),
        valtionavustus: va,
        oma,
        muu,
    }
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

/// Projects whose figures of one kind a roll-up leaves out (see [`super::left_out_of_rollup`]).
#[derive(Default)]
struct Skip<'a> {
    plan: std::collections::HashSet<&'a str>,
    actual: std::collections::HashSet<&'a str>,
}

impl Skip<'_> {
    fn skips(&self, p: &Project, kind: FundingKind) -> bool {
        match kind {
            FundingKind::Plan => self.plan.contains(p.id.as_str()),
            FundingKind::Actual => self.actual.contains(p.id.as_str()),
        }
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
    let comparison = if actual_costs.is_empty() {
        Vec::new()
    } else {
        RowKind::form_order()
            .into_iter()
            .map(|k| ComparisonRow {
                kind: k,
                suunniteltu: costs.row(k).total,
                toteutunut: actual_costs.row(k).total,
            })
            .collect()
    };
    let plan_sources = funding_of(FundingKind::Plan);
    let actual_sources = funding_of(FundingKind::Actual);
    let funder_sources = pick(own, kids, |p: &Project| p.fundings().next().is_some());
    let mut all: Vec<&Project> = plan_sources
        .iter()
        .chain(&actual_sources)
        .copied()
        .collect();
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all.dedup_by(|a, b| a.id == b.id);
    BudgetView {
        title,
        sources: own.iter().map(|p| p.id.clone()).collect(),
        financing: Financing {
            plan: financing_column(&plan_sources, FundingKind::Plan),
            actual: financing_column(&actual_sources, FundingKind::Actual),
            ceiling: ceiling(&all, corpus),
        },
        funders: funders(&funder_sources, corpus, skip),
        costs,
        actual_costs,
        comparison,
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
    let mut view = build(title, &[project], &kids, corpus, &Skip::default());
    if !kids.is_empty() {
        let rows: Vec<ChildRow> = kids.iter().map(|c| child_row(c)).collect();
        let total = ChildRow {
            id: "yhteensa".to_string(),
            nimi: "Yhteensä".to_string(),
            yhteensa: Some(rows.iter().filter_map(|r| r.yhteensa).sum()),
            valtionavustus: rows.iter().map(|r| r.valtionavustus).sum(),
            oma: rows.iter().map(|r| r.oma).sum(),
            muu: rows.iter().map(|r| r.muu).sum(),
        };
        view.children = Some(Children {
            rows,
            total,
            stated: super::plan_total(project),
        });
    }
    view
}

/// A roll-up over the selected projects. Each euro counts once: a päähanke
/// and its osahankkeet are not both summed ([`super::left_out_of_rollup`]);
/// every selected project is still named among the sources.
pub fn rollup(title: String, projects: Vec<&Project>, corpus: &Corpus) -> BudgetView {
    let skip = Skip {
        plan: super::left_out_of_rollup(&projects, corpus, FundingKind::Plan),
        actual: super::left_out_of_rollup(&projects, corpus, FundingKind::Actual),
    };
    build(title, &projects, &[], corpus, &skip)
}
