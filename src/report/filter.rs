//! The project filters of `list`, `summary` and `budget --salkku`.
//!
//! All filters combine with AND; the values of one repeated filter with OR.
//! Names of funders and implementers fold registry aliases in (`Ouka` is
//! `Oulun kaupunki`); `--hae` ignores case and diacritics.

use anyhow::bail;
use chrono::NaiveDate;

use crate::lang::fi;
use crate::load::Corpus;
use crate::model::{Project, Registry, Vaihe};
use crate::suggest;

/// The filters as asked for (by the command line or any other caller):
/// values still as typed. All combine with AND; the values of one filter
/// with OR. [`Filter::new`] checks them against the data.
#[derive(Debug, Clone, Default)]
pub struct Criteria {
    /// Portfolio codes (case-insensitive).
    pub salkku: Vec<String>,
    pub vaihe: Vec<Vaihe>,
    /// Funders (aliases fold in).
    pub rahoittaja: Vec<String>,
    /// Implementers (aliases fold in).
    pub toteuttaja: Vec<String>,
    /// Running on any day of one of these years.
    pub vuosi: Vec<i32>,
    /// The osahankkeet of these projects.
    pub paahanke: Vec<String>,
    /// Case- and diacritic-insensitive search in nimi, lyhenne, tiivistelma, avainsanat.
    pub hae: Vec<String>,
}

impl Criteria {
    pub fn is_empty(&self) -> bool {
        self.salkku.is_empty()
            && self.vaihe.is_empty()
            && self.rahoittaja.is_empty()
            && self.toteuttaja.is_empty()
            && self.vuosi.is_empty()
            && self.paahanke.is_empty()
            && self.hae.is_empty()
    }
}

/// The order of a project list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// Finnish alphabetical order of nimi.
    Nimi,
    Id,
    Alkaa,
    Loppuu,
    Yhteensa,
}

/// What a row of a summary is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Salkku,
    Rahoittaja,
    Vuosi,
    Vaihe,
    Laji,
}

/// Resolved, validated filters.
#[derive(Debug)]
pub struct Filter<'a> {
    registry: &'a Registry,
    salkut: Vec<String>,
    vaiheet: Vec<Vaihe>,
    rahoittajat: Vec<String>,
    toteuttajat: Vec<String>,
    vuodet: Vec<i32>,
    paahankkeet: Vec<String>,
    haut: Vec<String>,
}

/// Lowercased canonical organisation name: what funder names compare by.
fn org_key(registry: &Registry, name: &str) -> String {
    registry.canonical_org(name).to_lowercase()
}

impl<'a> Filter<'a> {
    /// Checks the values against the data: an unknown portfolio or päähanke is
    /// an error with a suggestion, since it can only be a typo.
    pub fn new(args: &Criteria, corpus: &'a Corpus) -> anyhow::Result<Filter<'a>> {
        let registry = &corpus.registry;
        for code in &args.salkku {
            let in_records = corpus.sound_projects().any(|p| {
                p.salkku()
                    .is_some_and(|s| s.eq_ignore_ascii_case(code.trim()))
            });
            if registry.salkku_code(code).is_none() && !in_records {
                let codes = registry.salkut.keys().map(String::as_str);
                match suggest::did_you_mean(code, codes) {
                    Some(s) => bail!(crate::t!(
                        "err-no-salkku-mean",
                        code = code.clone(),
                        name = s.to_string()
                    )),
                    None => bail!(crate::t!(
                        "err-no-salkku-list",
                        code = code.clone(),
                        codes = list_of(registry.salkut.keys().map(String::as_str))
                    )),
                }
            }
        }
        for id in &args.paahanke {
            if corpus.project(id.trim()).is_none() {
                bail!("{}", unknown_id(id, corpus));
            }
        }
        Ok(Filter {
            registry,
            salkut: args.salkku.iter().map(|s| salkku_key(s)).collect(),
            vaiheet: args.vaihe.clone(),
            rahoittajat: args
                .rahoittaja
                .iter()
                .map(|n| org_key(registry, n))
                .collect(),
            toteuttajat: args
                .toteuttaja
                .iter()
                .map(|n| org_key(registry, n))
                .collect(),
            vuodet: args.vuosi.clone(),
            paahankkeet: args.paahanke.iter().map(|s| s.trim().to_string()).collect(),
            haut: args.hae.iter().map(|s| fi::search_fold(s.trim())).collect(),
        })
    }

    pub fn matches(&self, p: &Project) -> bool {
        (self.salkut.is_empty()
            || p.salkku()
                .is_some_and(|s| self.salkut.contains(&salkku_key(s))))
            && (self.vaiheet.is_empty()
                || p.vaihe.as_ref().is_some_and(|v| self.vaiheet.contains(v)))
            && (self.rahoittajat.is_empty() || self.funded_by(p))
            && (self.toteuttajat.is_empty()
                || p.toteuttajat
                    .iter()
                    .any(|t| self.toteuttajat.contains(&org_key(self.registry, t))))
            && (self.vuodet.is_empty() || self.vuodet.iter().any(|&y| runs_in(p, y)))
            && (self.paahankkeet.is_empty()
                || p.paahanke()
                    .is_some_and(|id| self.paahankkeet.iter().any(|q| q == id)))
            && (self.haut.is_empty() || self.haut.iter().any(|q| found_in(p, q)))
    }

    fn funded_by(&self, p: &Project) -> bool {
        p.fundings().any(|(_, f)| {
            f.osuudet.iter().any(|s| {
                s.rahoittaja
                    .as_ref()
                    .is_some_and(|r| self.rahoittajat.contains(&org_key(self.registry, r)))
            })
        })
    }

    /// The sound projects that pass, in id order.
    pub fn select<'c>(&self, corpus: &'c Corpus) -> Vec<&'c Project> {
        corpus
            .sound_projects()
            .filter(|p| self.matches(p))
            .collect()
    }
}

/// How `--salkku` compares portfolios: trimmed, case-insensitive (the
/// site's portfolio pages and filters use the same key).
pub fn salkku_key(salkku: &str) -> String {
    salkku.trim().to_lowercase()
}

/// Running on any day of `year`: `alkaa ≤ 31.12.` and (`loppuu` missing or `≥ 1.1.`).
pub fn runs_in(p: &Project, year: i32) -> bool {
    let (Some(first), Some(last)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return false;
    };
    p.alkaa().is_some_and(|a| a <= last) && p.loppuu().is_none_or(|l| l >= first)
}

/// `query` (already folded) in nimi, lyhenne, tiivistelma or avainsanat.
fn found_in(p: &Project, query: &str) -> bool {
    let fields = [&p.nimi, &p.lyhenne, &p.tiivistelma];
    fields
        .into_iter()
        .flatten()
        .map(|s| s.value.as_str())
        .chain(p.avainsanat.iter().map(|s| s.value.as_str()))
        .any(|text| fi::search_fold(text).contains(query))
}

/// "no project `x`; did you mean `a`, `b`?"
pub fn unknown_id(id: &str, corpus: &Corpus) -> String {
    let near = suggest::nearest(id, corpus.ids(), 3);
    if near.is_empty() {
        crate::t!("err-no-project", id = id)
    } else {
        crate::t!(
            "err-no-project-mean",
            id = id,
            names = near
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

fn list_of<'s>(items: impl Iterator<Item = &'s str>) -> String {
    items
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
