//! References between records and the registry: salkku, ohjelma, päähanke.

use std::collections::HashSet;

use rayon::prelude::*;

use super::Ctx;
use crate::diag::{Diagnostic, codes, words};
use crate::model::{Project, Sp};
use crate::suggest::{IdIndex, did_you_mean};

/// H107: `salkku` must be a portfolio code defined under `[salkut]` in hanke.toml.
pub fn salkku_exists(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let reg = ctx.registry();
    for p in ctx.projects {
        let Some(s) = &p.salkku else { continue };
        if reg.salkut.contains_key(&s.value) {
            continue;
        }
        let help = match did_you_mean(&s.value, reg.salkut.keys().map(String::as_str)) {
            Some(code) => words::meant(&format!("`{code}`")),
            None => crate::t!(
                "rule-h107-help",
                value = s.value.as_str(),
                list = list(reg.salkut.keys().map(String::as_str))
            ),
        };
        out.push(
            Diagnostic::new(
                codes::UNKNOWN_SALKKU,
                p.file,
                s.span,
                crate::t!("rule-h107", value = s.value.as_str()),
            )
            .label(crate::t!("rule-h107-label"))
            .help(help),
        );
    }
}

/// H108: a share's `ohjelma` must be defined under `[ohjelmat]` in hanke.toml.
pub fn ohjelma_exists(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let reg = ctx.registry();
    for p in ctx.projects {
        for (_, f) in p.fundings() {
            for share in &f.osuudet {
                let Some(o) = &share.ohjelma else { continue };
                if reg.ohjelmat.contains_key(&o.value) {
                    continue;
                }
                let help = match did_you_mean(&o.value, reg.ohjelmat.keys().map(String::as_str)) {
                    Some(name) => words::meant(&format!("`{name}`")),
                    None => crate::t!("rule-h108-help", value = o.value.as_str()),
                };
                out.push(
                    Diagnostic::new(
                        codes::UNKNOWN_OHJELMA,
                        p.file,
                        o.span,
                        crate::t!("rule-h108", value = o.value.as_str()),
                    )
                    .label(crate::t!("rule-h107-label"))
                    .help(help),
                );
            }
        }
    }
}

/// H109: `paahanke` must be the id of another record.
///
/// Suggestions come from one [`IdIndex`] of the corpus. Typo suggestions
/// compare each unknown id with the ids of about its length; past
/// [`TYPO_BUDGET`] comparisons in all (thousands of records pointing at
/// deleted parents in a corpus of 100 000) only the cheap same-last-segment
/// suggestions are given, so the check stays linear.
pub fn paahanke_exists(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let corpus = ctx.whole_corpus();
    let unknown: Vec<(&Project, &Sp<String>)> = ctx
        .projects
        .iter()
        .filter_map(|p| Some((&**p, p.paahanke.as_ref()?)))
        .filter(|(_, parent)| corpus.project(&parent.value).is_none())
        .collect();
    if unknown.is_empty() {
        return;
    }
    let index = IdIndex::new(corpus.ids());
    let distinct: HashSet<&str> = unknown.iter().map(|(_, s)| s.value.as_str()).collect();
    let typos = distinct.len().saturating_mul(index.len()) <= TYPO_BUDGET;
    let suggestions: Vec<Vec<&str>> = unknown
        .par_iter()
        .map(|(p, parent)| index.suggest(&parent.value, &p.id, typos))
        .collect();
    for ((p, parent), near) in unknown.into_iter().zip(suggestions) {
        let help = if near.is_empty() {
            crate::t!("rule-h109-help")
        } else {
            words::meant(&words::or_list(&words::quoted(near.iter().copied())))
        };
        out.push(
            Diagnostic::new(
                codes::UNKNOWN_PAAHANKE,
                p.file,
                parent.span,
                crate::t!("rule-h109", value = parent.value.as_str()),
            )
            .label(crate::t!("rule-h109-label"))
            .help(help),
        );
    }
}

/// Unknown päähanke ids × record ids compared for typo suggestions at most.
const TYPO_BUDGET: usize = 10_000_000;

/// H110: following `paahanke` from any record must never come back to it.
/// Reported at each record on the cycle ([`crate::load::Corpus::parent_cycles`]).
pub fn no_parent_cycles(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let corpus = ctx.whole_corpus();
    for cycle in corpus.parent_cycles() {
        for (k, member) in cycle.iter().enumerate() {
            let Some(q) = corpus.project(member) else {
                continue;
            };
            let Some(first) = &q.paahanke else { continue };
            let mut chain: Vec<&str> = cycle[k..].iter().chain(&cycle[..k]).copied().collect();
            chain.push(member);
            out.push(
                Diagnostic::new(
                    codes::PARENT_CYCLE,
                    q.file,
                    first.span,
                    crate::t!("rule-h110", chain = chain.join(" → ")),
                )
                .label(crate::t!("rule-h110-label"))
                .help(crate::t!("rule-h110-help")),
            );
        }
    }
}

pub fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<String> = items.take(12).map(|s| format!("`{s}`")).collect();
    if v.is_empty() {
        crate::t!("diag-none-defined")
    } else {
        v.join(", ")
    }
}
