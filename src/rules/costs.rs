//! Cost models (`kustannusmalli`): the model a record names exists, its
//! programmes allow it, a family shares one, and nothing the flat rate pays
//! for is itemised too.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::Ctx;
use crate::diag::{Diagnostic, codes};
use crate::load::registry::model_help;
use crate::model::cost_model::Covers;
use crate::model::{Category, CostModel, FundingKind, Laji, Project};

/// `40`, `1.5`: a percentage as people write it.
fn pct(d: Decimal) -> String {
    d.normalize().to_string()
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
                            format!(
                                "`{}` is itemised in [{}.{year}], but the cost model `{}` pays for it with its flat rate",
                                c.key(),
                                kind.costs_table(),
                                model.code
                            ),
                        )
                        .label(format!("covered by the flat rate of {}", model.code))
                        .note(format!(
                            "{}: {} % × ({base}) covers {}",
                            model.nimi,
                            pct(prosentti),
                            covered_what(model)
                        ))
                        .help(format!(
                            "covered by the {} % flat rate of {}: remove `{}`; under {} itemise {} only",
                            pct(prosentti),
                            model.code,
                            c.key(),
                            model.code,
                            itemised_what(model),
                        )),
                    );
                }
            }
        }
    }
}

/// "`palkat` and `tyopanoksen_siirto`", or "every category but `vuokrat`".
fn itemised_what(model: &CostModel) -> String {
    match model.kattaa {
        Covers::AllOthers => {
            let keys: Vec<String> = model.itemised().map(|c| format!("`{}`", c.key())).collect();
            match keys.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                _ => keys.concat(),
            }
        }
        Covers::Listed(_) => format!("what {} does not cover", model.code),
    }
}

/// "every other cost" or "`vuokrat`, `aineet`".
fn covered_what(model: &CostModel) -> String {
    match model.kattaa {
        Covers::AllOthers => "every other cost".to_string(),
        Covers::Listed(set) => set
            .keys()
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// H311: the programme of every state-grant share allows the record's model
/// (`ohjelmat.X.kustannusmallit`; a programme without the list allows any).
pub fn model_allowed_by_programme(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let reg = &ctx.corpus.registry;
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
                let help = match allowed.as_slice() {
                    [] => format!(
                        "the programme `{}` allows no cost model in hanke.toml: ask the registry's keeper",
                        name.value
                    ),
                    [one] => format!(
                        "write `kustannusmalli = \"{one}\"`, the model `{}` allows",
                        name.value
                    ),
                    many => format!(
                        "use one of the models `{}` allows: {}",
                        name.value,
                        many.iter()
                            .map(|c| format!("`{c}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                out.push(
                    Diagnostic::new(
                        codes::MODEL_NOT_ALLOWED,
                        p.file,
                        written.span,
                        format!(
                            "the programme `{}` does not allow the cost model `{}`",
                            name.value, model.code
                        ),
                    )
                    .label(format!("not allowed by `{}`", name.value))
                    .secondary(name.span, "the state grant's programme")
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
        let Some(parent) = ctx.corpus.project(&parent_id.value) else {
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
        let shown = |m: &Option<String>| {
            m.as_ref()
                .map_or_else(|| "no `kustannusmalli`".to_string(), |m| format!("`{m}`"))
        };
        let help = match &theirs {
            Some(m) => format!("write `kustannusmalli = \"{m}\"` here, or change the päähanke's"),
            None => format!(
                "remove `kustannusmalli` here, or give the päähanke `{}` the same model",
                parent.id
            ),
        };
        out.push(
            Diagnostic::new(
                codes::MODEL_MISMATCH,
                p.file,
                span,
                format!(
                    "this osahanke has {} but its päähanke `{}` has {}",
                    shown(&own),
                    parent.id,
                    shown(&theirs)
                ),
            )
            .label("a different cost model from the päähanke's")
            .note("the funder decides one cost model for a project and all its implementers")
            .help(help),
        );
    }
}

/// H313: `kustannusmalli` is a code under `[kustannusmallit]` in hanke.toml.
pub fn model_exists(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let reg = &ctx.corpus.registry;
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
                format!("unknown kustannusmalli `{}`", k.value),
            )
            .label("not defined in hanke.toml")
            .help(model_help(&k.value, reg)),
        );
    }
}
