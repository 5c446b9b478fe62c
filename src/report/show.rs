//! `hanke show ID`: one project's card, with its funding resolved (derived
//! amounts and percentages marked) and its place in a päähanke/osahanke tree.

use rust_decimal::Decimal;

use crate::calc::funding;
use crate::load::Corpus;
use crate::model::{Euro, Funding, FundingKind, Laji, Project};

/// A funding table as shown: every share resolved.
#[derive(Debug, Clone)]
pub struct FundingView {
    pub kind: FundingKind,
    pub total: Option<Euro>,
    pub total_derived: bool,
    pub ei_oikeuttavat: Option<Euro>,
    pub shares: Vec<ShareView>,
    /// In-kind help outside the split: (rahoittaja, kuvaus, summa).
    pub muut: Vec<(String, String, Option<Euro>)>,
}

#[derive(Debug, Clone)]
pub struct ShareView {
    pub rahoittaja: String,
    pub laji: Option<Laji>,
    pub ohjelma: Option<String>,
    /// Percent of the total: as stated, or exact when derived.
    pub osuus: Option<Decimal>,
    pub osuus_derived: bool,
    pub summa: Option<Euro>,
    pub summa_derived: bool,
}

impl FundingView {
    pub fn of(kind: FundingKind, f: &Funding) -> FundingView {
        let r = funding::resolve(f);
        FundingView {
            kind,
            total: r.total,
            total_derived: r.total_derived,
            ei_oikeuttavat: f.ei_oikeuttavat.as_ref().map(|e| e.value),
            shares: r
                .shares
                .iter()
                .map(|s| ShareView {
                    rahoittaja: s.share.funder().to_string(),
                    laji: s.laji(),
                    ohjelma: s.share.ohjelma.as_ref().map(|o| o.value.clone()),
                    osuus: s.osuus,
                    osuus_derived: s.osuus_derived,
                    summa: s.summa,
                    summa_derived: s.summa_derived,
                })
                .collect(),
            muut: f
                .muut
                .iter()
                .map(|m| {
                    (
                        m.rahoittaja.as_ref().map_or("", |r| r.as_str()).to_string(),
                        m.kuvaus.as_ref().map_or("", |k| k.as_str()).to_string(),
                        m.summa.as_ref().map(|s| s.value),
                    )
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Card<'a> {
    pub project: &'a Project,
    /// The portfolio's name from the registry.
    pub salkku_nimi: Option<&'a str>,
    pub plan: Option<FundingView>,
    pub actual: Option<FundingView>,
    pub paahanke: Option<&'a Project>,
    /// Osahankkeet in id order.
    pub osahankkeet: Vec<&'a Project>,
}

pub fn card<'a>(corpus: &'a Corpus, project: &'a Project) -> Card<'a> {
    let salkku_nimi = project.salkku().and_then(|code| {
        let code = corpus.registry.salkku_code(code)?;
        corpus.registry.salkut[code]
            .nimi
            .as_ref()
            .map(|n| n.as_str())
    });
    let children = corpus.children();
    let mut osahankkeet = children
        .get(project.id.as_str())
        .cloned()
        .unwrap_or_default();
    osahankkeet.sort_by(|a, b| a.id.cmp(&b.id));
    Card {
        project,
        salkku_nimi,
        plan: project
            .funding(FundingKind::Plan)
            .map(|f| FundingView::of(FundingKind::Plan, f)),
        actual: project
            .funding(FundingKind::Actual)
            .map(|f| FundingView::of(FundingKind::Actual, f)),
        paahanke: project.paahanke().and_then(|id| corpus.project(id)),
        osahankkeet,
    }
}
