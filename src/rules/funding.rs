//! Funding arithmetic, each of `[rahoitus]` and `[toteuma]` on its own, exact
//! to the cent. See [`crate::calc::funding`] for how missing figures are derived.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::Ctx;
use crate::calc::costs::computed_total;
use crate::calc::funding::{Resolved, percent_of, resolve};
use crate::diag::{Diagnostic, codes};
use crate::model::{Euro, Funding, FundingKind, Laji, Project, Span};

/// Every valid funding table of the records the rule reports on, resolved.
fn each_funding(ctx: &Ctx<'_>, mut f: impl FnMut(&Project, FundingKind, &Funding, &Resolved<'_>)) {
    for (p, kind, funding, resolved) in ctx.fundings() {
        f(p, kind, funding, resolved);
    }
}

fn pct(d: Decimal) -> String {
    let r = d.round_dp(2).normalize();
    format!("{r} %")
}

/// H301: every share states `summa` or `osuus`.
pub fn share_has_amount(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        for (kind, f) in p.fundings().filter(|(_, f)| !f.invalid) {
            for s in &f.osuudet {
                if s.summa.is_none() && s.osuus.is_none() {
                    out.push(
                        Diagnostic::new(
                            codes::SHARE_EMPTY,
                            p.file,
                            s.span,
                            format!(
                                "the share of `{}` in [{}] has neither `summa` nor `osuus`",
                                s.funder(),
                                kind.table()
                            ),
                        )
                        .label("no amount or percentage")
                        .help("add `summa = …` (euros) or `osuus = …` (percent of `yhteensa`)"),
                    );
                }
            }
        }
    }
}

/// H302: the amounts add up to `yhteensa` exactly, to the cent.
pub fn shares_sum_to_total(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        for (kind, f) in p.fundings().filter(|(_, f)| !f.invalid) {
            let Some(total) = &f.yhteensa else { continue };
            if f.osuudet.is_empty() {
                continue;
            }
            let stated: Euro = f
                .osuudet
                .iter()
                .filter_map(|s| s.summa.as_ref().map(|e| e.value))
                .sum();
            let all_stated = f.osuudet.iter().all(|s| s.summa.is_some());
            let wrong = if all_stated {
                stated != total.value
            } else {
                stated > total.value
            };
            if !wrong {
                continue;
            }
            let diff = stated - total.value;
            let mut d = Diagnostic::new(
                codes::SUM_MISMATCH,
                p.file,
                total.span,
                if all_stated {
                    format!("the shares of [{}] add up to `{stated}`, not `yhteensa = {}` (difference {})", kind.table(), total.value, signed(diff))
                } else {
                    format!("the stated shares of [{}] add up to `{stated}`, more than `yhteensa = {}`", kind.table(), total.value)
                },
            )
            .label(format!("shares add up to {stated}"));
            for s in &f.osuudet {
                if let Some(summa) = &s.summa {
                    d = d.secondary(summa.span, s.funder().to_string());
                }
            }
            out.push(d.help("correct the amount that is off, or `yhteensa`; every euro and cent must be accounted for"));
        }
    }
}

fn signed(d: Decimal) -> String {
    if d.is_sign_positive() {
        format!("+{d}")
    } else {
        d.to_string()
    }
}

/// H303: a stated `osuus` equals `100 × summa / yhteensa` rounded to the decimals it was written with.
pub fn osuus_matches_summa(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_funding(ctx, |p, kind, _f, r| {
        let Some(total) = r.total else { return };
        for s in &r.shares {
            let (Some(stated), Some(summa)) = (&s.share.osuus, s.summa) else {
                continue;
            };
            let Some(actual) = percent_of(summa, total) else {
                continue;
            };
            if stated.value.matches(actual) {
                continue;
            }
            let rounded = actual
                .round_dp_with_strategy(
                    stated.value.decimals,
                    rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                )
                .normalize();
            let what = if s.summa_derived {
                "the remaining amount"
            } else {
                "`summa`"
            };
            let total_name = if r.total_derived {
                "the sum of the shares"
            } else {
                "`yhteensa`"
            };
            out.push(
                Diagnostic::new(
                    codes::PERCENT_MISMATCH,
                    p.file,
                    stated.span,
                    format!("`osuus = {}` does not match {what} {summa} of `{}`: that is {} of {total_name} {total}", stated.value, s.share.funder(), pct(actual)),
                )
                .label(format!("should be {rounded}"))
                .help(format!("write `osuus = {rounded}`, or correct `summa` (in [{}])", kind.table())),
            );
        }
    });
}

/// H304: where every share states an `osuus`, they add up to 100 within the rounding of what was stated.
/// Checked for splits stated in percentages; where every share also has an
/// amount, each percentage is checked against it instead (H303).
pub fn percentages_sum_to_100(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_funding(ctx, |p, kind, f, r| {
        if f.osuudet.is_empty() || f.osuudet.iter().any(|s| s.osuus.is_none()) {
            return;
        }
        // Where every percentage sits beside an amount, H303 already judges each one.
        if r.total.is_some() && r.shares.iter().all(|s| s.summa.is_some()) {
            return;
        }
        let sum: Decimal = f
            .osuudet
            .iter()
            .filter_map(|s| s.osuus.as_ref())
            .map(|o| o.value.value)
            .sum();
        let tolerance: Decimal = f
            .osuudet
            .iter()
            .filter_map(|s| s.osuus.as_ref())
            .map(|o| o.value.half_unit())
            .sum();
        if (sum - Decimal::ONE_HUNDRED).abs() <= tolerance {
            return;
        }
        let last = f
            .osuudet
            .iter()
            .rev()
            .find_map(|s| s.osuus.as_ref())
            .map_or(f.span, |o| o.span);
        let mut d = Diagnostic::new(
            codes::PERCENT_SUM,
            p.file,
            last,
            format!(
                "the percentages of [{}] add up to {}, not 100 %",
                kind.table(),
                pct(sum)
            ),
        )
        .label(format!("shares add up to {}", pct(sum)));
        for s in &f.osuudet {
            if let Some(o) = &s.osuus
                && o.span != last
            {
                d = d.secondary(o.span, s.funder().to_string());
            }
        }
        out.push(
            d.help("correct the percentage that is off; the shares of one split add up to 100 %"),
        );
    });
}

/// H305: state-grant shares under a programme with `enintaan` stay within that
/// percent of eligible costs (`yhteensa − ei_oikeuttavat − tulot − yksityinen`).
pub fn grant_within_ceiling(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let reg = &ctx.corpus.registry;
    each_funding(ctx, |p, kind, f, r| {
        // Without a total in the funding table, the cost table's (itemised
        // plus flat rate), as every report takes it ([`crate::report::total`]).
        let costs = p.costs(kind);
        let from_costs = || (!costs.is_empty()).then(|| computed_total(p.cost_model(), costs));
        let Some(total) = r.total.or_else(from_costs) else {
            return;
        };
        let Some(eligible) = eligible_costs(f, r, total) else {
            return;
        };
        let mut by_programme: BTreeMap<&str, (Euro, Span)> = BTreeMap::new();
        for s in &r.shares {
            if s.laji() != Some(Laji::Valtionavustus) {
                continue;
            }
            let (Some(ohjelma), Some(summa)) = (&s.share.ohjelma, s.summa) else {
                continue;
            };
            let span = s
                .share
                .summa
                .as_ref()
                .map(|x| x.span)
                .or(s.share.osuus.as_ref().map(|x| x.span))
                .unwrap_or(s.share.span);
            let entry = by_programme
                .entry(ohjelma.value.as_str())
                .or_insert((Euro::ZERO, span));
            entry.0 += summa;
        }
        for (name, (grant, span)) in by_programme {
            let Some(ceiling) = reg.ohjelmat.get(name).and_then(|o| o.enintaan.as_ref()) else {
                continue;
            };
            let limit = ceiling.value.value;
            if grant.0 * Decimal::ONE_HUNDRED <= limit * eligible.0 {
                continue;
            }
            let share = percent_of(grant, eligible).map_or_else(|| "all".to_string(), pct);
            let max_amount = crate::calc::funding::amount_of(eligible, limit);
            out.push(
                Diagnostic::new(
                    codes::GRANT_CEILING,
                    p.file,
                    span,
                    format!("the state grant from `{name}` is {grant}, {share} of eligible costs {eligible}; `{name}` grants at most {limit} %"),
                )
                .label(format!("at most {max_amount}"))
                .note(format!("eligible costs = yhteensa {total} − ei_oikeuttavat − tulot − yksityinen, in [{}]", kind.table()))
                .help(format!("lower the grant to at most {max_amount} and raise the other shares")),
            );
        }
    });
}

/// `yhteensa − ei_oikeuttavat − tulot − yksityinen`, as on the state-grant form; None when negative.
pub fn eligible_costs(f: &Funding, r: &Resolved<'_>, total: Euro) -> Option<Euro> {
    let excluded = f.ei_oikeuttavat.as_ref().map_or(Euro::ZERO, |e| e.value)
        + r.sum_of(Laji::Tulot)
        + r.sum_of(Laji::Yksityinen);
    let eligible = total.0 - excluded.0;
    (eligible >= Decimal::ZERO).then_some(Euro(eligible))
}

/// H308: non-eligible costs, income and private funding cannot exceed the total.
pub fn ineligible_within_total(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_funding(ctx, |p, kind, f, r| {
        let Some(total) = r.total else { return };
        if eligible_costs(f, r, total).is_some() {
            return;
        }
        let span = f.ei_oikeuttavat.as_ref().map_or(f.span, |e| e.span);
        out.push(
            Diagnostic::new(codes::EXCLUDED_EXCEEDS, p.file, span, format!("non-eligible costs, income and private funding exceed the total {total} of [{}]", kind.table()))
                .label("more than the total")
                .help("`ei_oikeuttavat` and the `tulot` and `yksityinen` shares are parts of `yhteensa`"),
        );
    });
}

/// H306: the cost estimate's grand total equals `rahoitus.yhteensa`; actual costs equal `toteuma.yhteensa`.
pub fn costs_equal_total(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        for (kind, f) in p.fundings().filter(|(_, f)| !f.invalid) {
            let costs = p.costs(kind);
            let Some(total) = &f.yhteensa else { continue };
            if costs.is_empty() {
                continue;
            }
            // Itemised amounts plus the flat rate of the record's cost model.
            let sum = computed_total(p.cost_model(), costs);
            if sum == total.value {
                continue;
            }
            let years: Vec<String> = costs.keys().map(i32::to_string).collect();
            out.push(
                Diagnostic::new(
                    codes::COSTS_VS_PLAN,
                    p.file,
                    total.span,
                    format!(
                        "[{}] adds up to {sum} over {}, but `{}.yhteensa` is {} (difference {})",
                        kind.costs_table(),
                        years.join(", "),
                        kind.table(),
                        total.value,
                        signed(sum - total.value)
                    ),
                )
                .label(format!("{} says {sum}", kind.costs_table()))
                .help(format!(
                    "correct a category amount in [{}.YYYY] or `yhteensa` so both say the same",
                    kind.costs_table()
                )),
            );
            if let (Some(d), Some(note)) = (out.last_mut(), flat_rate_note(p, costs, sum)) {
                d.notes.push(note);
            }
        }
    }
}

/// How a cost table's total under a flat rate is made up, for H306.
fn flat_rate_note(p: &Project, costs: &crate::model::CostYears, sum: Euro) -> Option<String> {
    let m = p.cost_model().filter(|m| m.prosentti.is_some())?;
    Some(format!(
        "{sum} = itemised {} + the flat rate of `{}` {}",
        crate::calc::costs::grand_total(costs),
        m.code,
        crate::calc::flat_rate::total(m, costs)
    ))
}

/// H307: the osahankkeet's totals add up to the päähanke's own total ("5 + 1").
/// Checked when every osahanke carries a total; with only some carrying one,
/// their sum must not exceed the päähanke's.
pub fn osahankkeet_sum_to_paahanke(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let children = ctx.corpus.children();
    for p in ctx.projects {
        let Some(kids) = children.get(p.id.as_str()) else {
            continue;
        };
        for (kind, f) in p.fundings().filter(|(_, f)| !f.invalid) {
            let Some(total) = &f.yhteensa else { continue };
            let totals: Vec<(&str, Option<Euro>)> = kids
                .iter()
                .map(|k| {
                    (
                        k.id.as_str(),
                        k.funding(kind).and_then(|kf| resolve(kf).total),
                    )
                })
                .collect();
            let carried: Vec<(&str, Euro)> = totals
                .iter()
                .filter_map(|(id, t)| t.map(|t| (*id, t)))
                .collect();
            if carried.is_empty() {
                continue;
            }
            let sum: Euro = carried.iter().map(|(_, t)| *t).sum();
            let all = carried.len() == totals.len();
            let wrong = if all {
                sum != total.value
            } else {
                sum > total.value
            };
            if !wrong {
                continue;
            }
            let mut d = Diagnostic::new(
                codes::SUBPROJECT_SUM,
                p.file,
                total.span,
                format!("the osahankkeet's [{}] totals add up to {sum}, but this päähanke's `yhteensa` is {} (difference {})", kind.table(), total.value, signed(sum - total.value)),
            )
            .label(format!("osahankkeet add up to {sum}"));
            for (id, t) in &carried {
                d = d.note(format!("`{id}`: {t}"));
            }
            if !all {
                d = d.note(format!(
                    "{} of {} osahankkeet state no total",
                    totals.len() - carried.len(),
                    totals.len()
                ));
            }
            out.push(d.help("the päähanke's total is the sum of its osahankkeet's budgets: correct the one that is off"));
        }
    }
}
