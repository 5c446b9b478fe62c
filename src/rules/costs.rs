//! Cost models (`kustannusmalli`): the model a record names exists, its
//! programmes allow it, a family shares one, and nothing the flat rate pays
//! for is itemised too.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::Ctx;
use crate::diag::{Diagnostic, codes, words};
use crate::load::registry::model_help;
use crate::model::cost_model::Covers;
use crate::model::{Category, CostModel, FundingKind, Laji, Project};

/// `40 %`, `1,5 %` / `40%`, `1.5%`: a model's percentage in prose.
fn pct(d: Decimal) -> String {
    words::pct(d)
}

/// H310: a category the record's model covers whole is not itemised under
/// it. A funder pays a flat rate *instead of* those costs; itemising them too
/// asks for the same euros twice. A zero amount claims nothing and passes.
pub fn covered_costs_not_itemised(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        let Some(model) = p.cost_model() else {
            continue;
        };
        let Some(prosentti) = model.prosentti else {
            continue;
        };
        for kind in [FundingKind::Plan, FundingKind::Actual] {
            for (year, costs) in p.costs(kind) {
                for c in Category::ALL {
                    let Some(amount) = costs.get(c) else { continue };
                    if amount.value.is_zero() || !model.covers(c) {
                        continue;
                    }
                    let base = model.peruste.keys().join(" + ");
                    out.push(
                        Diagnostic::new(
                            codes::COVERED_ITEMISED,
                            p.file,
                            amount.span,
                            crate::t!(
                                "cost-h310",
                                key = c.key(),
                                table = format!("{}.{year}", kind.costs_table()),
                                code = model.code.as_str()
                            ),
                        )
                        .label(crate::t!("cost-h310-label", code = model.code.as_str()))
                        .note(crate::t!(
                            "cost-h310-note",
                            nimi = model.nimi.as_str(),
                            percent = pct(prosentti),
                            base = base,
                            covered = covered_what(model)
                        ))
                        .help(crate::t!(
                            "cost-h310-help",
                            percent = pct(prosentti),
                            code = model.code.as_str(),
                            key = c.key(),
                            itemised = itemised_what(model)
                        )),
                    );
                }
            }
        }
    }
}

/// "`palkat` and `tyopanoksen_siirto`", or "what FR15 does not cover".
fn itemised_what(model: &CostModel) -> String {
    match model.kattaa {
        Covers::AllOthers => {
            let keys: Vec<String> = model.itemised().map(|c| format!("`{}`", c.key())).collect();
            words::and_list(&keys)
        }
        Covers::Listed(_) => crate::t!("cost-h310-itemised-rest", code = model.code.as_str()),
    }
}

/// "every other cost" or "`vuokrat` and `aineet`".
fn covered_what(model: &CostModel) -> String {
    match model.kattaa {
        Covers::AllOthers => crate::t!("cost-h310-covers-all-others"),
        Covers::Listed(set) => words::and_list(&words::quoted(set.keys().iter().copied())),
    }
}

/// H311: the programme of every state-grant share allows the record's model
/// (`ohjelmat.X.kustannusmallit`; a programme without the list allows any).
pub fn model_allowed_by_programme(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let reg = ctx.registry();
    for p in ctx.projects {
        let (Some(written), Some(model)) = (&p.kustannusmalli, p.cost_model()) else {
            continue;
        };
        let mut reported: BTreeSet<&str> = BTreeSet::new();
        for (_, f) in p.fundings() {
            for s in &f.osuudet {
                if s.laji.as_ref().map(|l| l.value) != Some(Laji::Valtionavustus) {
                    continue;
                }
                let Some(name) = &s.ohjelma else { continue };
                let Some(ohjelma) = reg.ohjelmat.get(&name.value) else {
                    continue;
                };
                if ohjelma.allows(&model.code) || !reported.insert(name.value.as_str()) {
                    continue;
                }
                let allowed: Vec<&str> = ohjelma
                    .kustannusmallit
                    .iter()
                    .flatten()
                    .map(|c| c.value.as_str())
                    .collect();
                let programme = name.value.as_str();
                let help = match allowed.as_slice() {
                    [] => crate::t!("cost-h311-help-none", programme = programme),
                    [one] => crate::t!(
                        "cost-h311-help-one",
                        code = one.to_string(),
                        programme = programme
                    ),
                    many => crate::t!(
                        "cost-h311-help-many",
                        programme = programme,
                        models = words::quoted(many.iter().copied()).join(", ")
                    ),
                };
                out.push(
                    Diagnostic::new(
                        codes::MODEL_NOT_ALLOWED,
                        p.file,
                        written.span,
                        crate::t!(
                            "cost-h311",
                            programme = programme,
                            code = model.code.as_str()
                        ),
                    )
                    .label(crate::t!("cost-h311-label", programme = programme))
                    .secondary(name.span, crate::t!("cost-h311-programme"))
                    .help(help),
                );
            }
        }
    }
}

/// H312: an osahanke uses its päähanke's cost model. The funder decides one
/// model for a joint project, and a family's budget adds up only under one.
pub fn family_shares_model(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let name = |p: &Project| {
        p.kustannusmalli
            .as_ref()
            .map(|k| k.value.trim().to_string())
    };
    for p in ctx.projects {
        let Some(parent_id) = &p.paahanke else {
            continue;
        };
        let Some(parent) = ctx.project(&parent_id.value) else {
            continue;
        };
        if parent.id == p.id {
            continue;
        }
        let (own, theirs) = (name(p), name(parent));
        if own == theirs {
            continue;
        }
        let span = p.kustannusmalli.as_ref().map_or(parent_id.span, |k| k.span);
        let case = match (&own, &theirs) {
            (None, _) => "own-none",
            (_, None) => "theirs-none",
            _ => "both",
        };
        let help = match &theirs {
            Some(m) => crate::t!("cost-h312-help-model", code = m.as_str()),
            None => crate::t!("cost-h312-help-none", parent = parent.id.as_str()),
        };
        out.push(
            Diagnostic::new(
                codes::MODEL_MISMATCH,
                p.file,
                span,
                crate::t!(
                    "cost-h312",
                    case = case,
                    own = own.as_deref().unwrap_or_default(),
                    parent = parent.id.as_str(),
                    theirs = theirs.as_deref().unwrap_or_default()
                ),
            )
            .label(crate::t!("cost-h312-label"))
            .note(crate::t!("cost-h312-note"))
            .help(help),
        );
    }
}

/// H313: `kustannusmalli` is a code under `[kustannusmallit]` in hanke.toml.
pub fn model_exists(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let reg = ctx.registry();
    for p in ctx.projects {
        let Some(k) = &p.kustannusmalli else { continue };
        if reg.kustannusmallit.contains_key(&k.value) {
            continue;
        }
        out.push(
            Diagnostic::new(
                codes::UNKNOWN_MODEL,
                p.file,
                k.span,
                crate::t!("cost-h313", code = k.value.as_str()),
            )
            .label(crate::t!("cost-h313-label"))
            .help(model_help(&k.value, reg)),
        );
    }
}
