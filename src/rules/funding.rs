//! Funding arithmetic, each of `[rahoitus]` and `[toteuma]` on its own, exact
//! to the cent. See [`crate::calc::funding`] for how missing figures are
//! derived and what counts as a gap.
//!
//! Which rule speaks about what, so one mistake gets one diagnostic:
//! - H301 a share with no figure at all; H302 amounts that miss the total
//!   (and so every part of the total that no share covers);
//! - H303 a stated `osuus` beside a stated `summa`; never a derived amount,
//!   which is made from its percentage;
//! - H304 percentages that do not add up to 100 where every share states one.
//!   Then it is the only percentage diagnostic of the table, and it names
//!   the gap in euros, so H302 and H303 stay silent there;
//! - H305 the state grant against its programme's ceiling, by amounts when
//!   they are known, else by the stated percentages;
//! - H306 and H307 compare totals, stated or summed from the shares.
//!
//! A diagnostic gets a [`Fix`] only when one set of edits repairs it: the
//! edits are tried on a copy of the table first, and given only if the
//! diagnostic goes away and no other one appears.

use std::collections::BTreeMap;

use rust_decimal::{Decimal, RoundingStrategy};

use super::Ctx;
use crate::calc::costs::{computed_total, grand_total};
use crate::calc::funding::{
    Resolved, ResolvedShare, amount_at_most, percent_of, resolve, total as funding_total,
};
use crate::diag::{Code, Diagnostic, Edit, Fix, codes};
use crate::model::{Euro, Funding, FundingKind, Laji, Percent, Project, Registry, Sp, Span};

/// One funding table of one record, with what the table-local rules read.
#[derive(Clone, Copy)]
struct Table<'a> {
    p: &'a Project,
    kind: FundingKind,
    f: &'a Funding,
    r: &'a Resolved<'a>,
    reg: &'a Registry,
}

/// Every valid funding table of the records the rule reports on, resolved.
fn each_table(ctx: &Ctx<'_>, mut f: impl FnMut(Table<'_>)) {
    let reg = &ctx.corpus.registry;
    for (p, kind, funding, r) in ctx.fundings() {
        f(Table {
            p,
            kind,
            f: funding,
            r,
            reg,
        });
    }
}

// --- Text -----------------------------------------------------------------

/// A percentage for messages: `75 %`, `11.55 %`.
fn pct(d: Decimal) -> String {
    let r = d.round_dp(2).normalize();
    format!("{r} %")
}

/// An amount for messages: `1 000 €`, `60 000.37 €` (thousands spaced as in
/// the reports, English decimal point as the rest of a diagnostic).
fn eur(e: Euro) -> String {
    let plain = e.plain();
    let (whole, cents) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    if cents.is_empty() {
        format!("{grouped} €")
    } else {
        format!("{grouped}.{cents} €")
    }
}

fn signed(d: Decimal) -> String {
    if d.is_sign_positive() {
        format!("+{d}")
    } else {
        d.to_string()
    }
}

/// `X € (Y %)` of `whole`.
fn eur_pct(part: Euro, whole: Euro) -> String {
    match percent_of(part, whole) {
        Some(p) => format!("{} ({})", eur(part), pct(p)),
        None => eur(part),
    }
}

// --- Fixes ----------------------------------------------------------------

/// A change to one share, as a fix makes it.
#[derive(Clone, Copy, Debug)]
enum Change {
    Osuus(usize, Percent),
    Summa(usize, Euro),
}

impl Change {
    fn edit(self, kind: FundingKind) -> Edit {
        match self {
            Change::Osuus(i, p) => Edit::new(
                format!("{}.osuudet[{i}].osuus", kind.table()),
                percent_text(p),
            ),
            Change::Summa(i, e) => {
                Edit::new(format!("{}.osuudet[{i}].summa", kind.table()), e.plain())
            }
        }
    }

    fn apply(self, f: &mut Funding) {
        match self {
            Change::Osuus(i, p) => {
                if let Some(o) = f.osuudet.get_mut(i).and_then(|s| s.osuus.as_mut()) {
                    o.value = p;
                }
            }
            Change::Summa(i, e) => {
                if let Some(s) = f.osuudet.get_mut(i) {
                    let span = s.summa.as_ref().map_or(s.span, |x| x.span);
                    s.summa = Some(Sp::new(e, span));
                }
            }
        }
    }
}

/// A percentage written with exactly its decimals: `25`, `11.30`.
fn percent_text(p: Percent) -> String {
    let mut v = p.value;
    v.rescale(p.decimals);
    v.to_string()
}

/// The true share `exact` written at the precision of `stated`.
fn rounded_like(stated: Percent, exact: Decimal) -> Percent {
    let mut value =
        exact.round_dp_with_strategy(stated.decimals, RoundingStrategy::MidpointAwayFromZero);
    value.rescale(stated.decimals);
    Percent {
        value,
        decimals: stated.decimals,
    }
}

/// What the table-local rules report, as (code, place): what a fix is
/// judged by.
fn findings(t: Table<'_>) -> Vec<(&'static str, Span)> {
    let mut out = Vec::new();
    for rule in TABLE_RULES {
        rule(t, false, &mut out);
    }
    out.iter().map(|d| (d.code.code, d.span)).collect()
}

/// The rules that read nothing but the table (and the registry). A fix only
/// changes a share's `osuus`, or its `summa` where `yhteensa` is stated, so
/// the table's total — all that H306 and H307 read — stays as it was.
const TABLE_RULES: &[fn(Table<'_>, bool, &mut Vec<Diagnostic>)] = &[
    empty_share,
    amounts_add_up,
    percent_matches_amount,
    percentages_add_up,
    ceiling,
    excluded_within_total,
];

/// `changes` as a fix for the diagnostic `code` at `span`, if making them on
/// a copy of the table removes that diagnostic and raises no other.
fn verified(t: Table<'_>, code: &Code, span: Span, changes: &[Change]) -> Option<Fix> {
    if changes.is_empty() {
        return None;
    }
    let before = findings(t);
    let mut f = t.f.clone();
    for c in changes {
        c.apply(&mut f);
    }
    let r = resolve(&f);
    let after = findings(Table { f: &f, r: &r, ..t });
    let gone = !after.contains(&(code.code, span));
    let nothing_new = after.iter().all(|d| before.contains(d));
    (gone && nothing_new).then(|| changes.iter().map(|c| c.edit(t.kind)).collect())
}

// --- Shared judgements ----------------------------------------------------

/// The sum of the stated percentages, when every share states one and they
/// miss 100 by more than the rounding of what was stated, and no amount
/// beside each of them judges them one by one (H303). H304 reports it.
fn percent_sum_off(t: Table<'_>) -> Option<Decimal> {
    let f = t.f;
    if f.osuudet.is_empty() || f.osuudet.iter().any(|s| s.osuus.is_none()) {
        return None;
    }
    let every_amount_stated = f.osuudet.iter().all(|s| s.summa.is_some());
    if every_amount_stated && t.r.total.is_some_and(|x| !x.is_zero()) {
        return None;
    }
    let stated = f.osuudet.iter().filter_map(|s| s.osuus.as_ref());
    let (sum, tolerance) = stated.fold((Decimal::ZERO, Decimal::ZERO), |(s, t), o| {
        (s + o.value.value, t + o.value.half_unit())
    });
    ((sum - Decimal::ONE_HUNDRED).abs() > tolerance).then_some(sum)
}

/// True when the amounts miss the total because the percentages they are
/// derived from miss 100: H304 reports that gap, not H302.
fn gap_is_h304s(t: Table<'_>) -> bool {
    percent_sum_off(t).is_some() && t.r.shares.iter().any(|s| s.summa_derived)
}

/// Where a share's figure is written: its `summa`, else its `osuus`.
fn figure_span(s: &ResolvedShare<'_>) -> Span {
    s.share
        .summa
        .as_ref()
        .map(|x| x.span)
        .or(s.share.osuus.as_ref().map(|x| x.span))
        .unwrap_or(s.share.span)
}

/// The place and the words for a table's total: `yhteensa` when stated,
/// else the table's header (the total is the sum of its shares).
fn total_place(f: &Funding, kind: FundingKind, total: Euro) -> (Span, String) {
    match &f.yhteensa {
        Some(y) => (
            y.span,
            format!("`{}.yhteensa` is {}", kind.table(), y.value),
        ),
        None => (
            f.span,
            format!("the shares of [{}] add up to {total}", kind.table()),
        ),
    }
}

// --- H301 -----------------------------------------------------------------

/// H301: every share states `summa` or `osuus`.
pub fn share_has_amount(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_table(ctx, |t| empty_share(t, true, out));
}

fn empty_share(t: Table<'_>, fixes: bool, out: &mut Vec<Diagnostic>) {
    for (i, s) in t.f.osuudet.iter().enumerate() {
        if s.summa.is_some() || s.osuus.is_some() {
            continue;
        }
        let d = Diagnostic::new(
            codes::SHARE_EMPTY,
            t.p.file,
            s.span,
            format!(
                "the share of `{}` in [{}] has neither `summa` nor `osuus`",
                s.funder(),
                t.kind.table()
            ),
        )
        .label("no amount or percentage");
        let gap_fix = fixes.then(|| fill_the_gap(t, i, s.span)).flatten();
        out.push(match gap_fix {
            Some((gap, fix)) => d.fix(
                Some(&format!("{gap} of `yhteensa` is left for this share")),
                fix,
            ),
            None => d.help("add `summa = …` (euros) or `osuus = …` (percent of `yhteensa`)"),
        });
    }
}

/// The one share without a figure gets what the others leave of a stated
/// `yhteensa`.
fn fill_the_gap(t: Table<'_>, i: usize, span: Span) -> Option<(String, Fix)> {
    let total = t.f.yhteensa.as_ref()?.value;
    let empty =
        t.f.osuudet
            .iter()
            .filter(|s| s.summa.is_none() && s.osuus.is_none());
    if empty.count() != 1 {
        return None;
    }
    let gap = t.r.uncovered?;
    let fix = verified(t, codes::SHARE_EMPTY, span, &[Change::Summa(i, gap)])?;
    Some((eur_pct(gap, total), fix))
}

// --- H302 -----------------------------------------------------------------

/// H302: the amounts, stated and derived, add up to `yhteensa` exactly, to
/// the cent; a part of it that no share covers is named, never absorbed.
pub fn shares_sum_to_total(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_table(ctx, |t| amounts_add_up(t, true, out));
}

fn amounts_add_up(t: Table<'_>, _fixes: bool, out: &mut Vec<Diagnostic>) {
    let Some(total) = &t.f.yhteensa else { return };
    if t.f.osuudet.is_empty() || (t.r.uncovered.is_none() && t.r.excess.is_none()) {
        return;
    }
    // A share with no figure is H301's (its fix fills the gap); a gap made
    // by percentages that miss 100 is H304's, which names it.
    if t.r.shares.iter().any(|s| s.summa.is_none()) || gap_is_h304s(t) {
        return;
    }
    let covered = t.r.covered();
    let mut message = format!(
        "the shares of [{}] add up to `{covered}`, not `yhteensa = {}` (difference {})",
        t.kind.table(),
        total.value,
        signed(covered - total.value)
    );
    if let Some(gap) = t.r.uncovered {
        message.push_str(&format!(": {} has no funder", eur_pct(gap, total.value)));
    }
    let mut d = Diagnostic::new(codes::SUM_MISMATCH, t.p.file, total.span, message)
        .label(format!("shares add up to {covered}"));
    for s in &t.r.shares {
        match (&s.share.summa, &s.share.osuus, s.summa) {
            (Some(summa), _, _) => d = d.secondary(summa.span, s.share.funder().to_string()),
            (None, Some(o), Some(amount)) => {
                d = d.secondary(
                    o.span,
                    format!("{}: {} % is {amount}", s.share.funder(), o.value),
                )
            }
            _ => {}
        }
    }
    let derived = t.r.shares.iter().any(|s| s.summa_derived);
    let help = match (t.r.uncovered, derived) {
        (_, false) => "correct the amount that is off, or `yhteensa`; every euro and cent must be accounted for".to_string(),
        (Some(gap), true) => format!(
            "give the {} to a share (raise its `summa` or `osuus`) or add a share for it, or lower `yhteensa`: no part of the total is left without a funder",
            eur(gap)
        ),
        (None, true) => "lower the share that is too large, or raise `yhteensa`: the shares add up to the total exactly".to_string(),
    };
    out.push(d.help(help));
}

// --- H303 -----------------------------------------------------------------

/// H303: a stated `osuus` equals `100 × summa / total` (its stated `summa`)
/// rounded to the decimals it was written with.
pub fn osuus_matches_summa(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_table(ctx, |t| percent_matches_amount(t, true, out));
}

fn percent_matches_amount(t: Table<'_>, fixes: bool, out: &mut Vec<Diagnostic>) {
    let Some(total) = t.r.total.filter(|x| !x.is_zero()) else {
        return;
    };
    if percent_sum_off(t).is_some() {
        return;
    }
    for (i, s) in t.f.osuudet.iter().enumerate() {
        let (Some(stated), Some(summa)) = (&s.osuus, &s.summa) else {
            continue;
        };
        let Some(actual) = percent_of(summa.value, total) else {
            continue;
        };
        if stated.value.matches(actual) {
            continue;
        }
        let right = rounded_like(stated.value, actual);
        let total_name = if t.r.total_derived {
            "the sum of the shares"
        } else {
            "`yhteensa`"
        };
        let d = Diagnostic::new(
            codes::PERCENT_MISMATCH,
            t.p.file,
            stated.span,
            format!(
                "`osuus = {}` does not match `summa` {} of `{}`: that is {} of {total_name} {total}",
                stated.value,
                summa.value,
                s.funder(),
                pct(actual)
            ),
        )
        .label(format!("should be {}", percent_text(right)));
        // With the amounts adding up to the total, the percentage is the
        // figure that is off; otherwise either may be.
        let fix = (fixes && t.r.adds_up())
            .then(|| {
                verified(
                    t,
                    codes::PERCENT_MISMATCH,
                    stated.span,
                    &[Change::Osuus(i, right)],
                )
            })
            .flatten();
        out.push(match fix {
            Some(fix) => d.fix(Some("the amounts add up, so the percentage is off"), fix),
            None => d.help(format!(
                "write `osuus = {}`, or correct `summa` (in [{}])",
                percent_text(right),
                t.kind.table()
            )),
        });
    }
}

// --- H304 -----------------------------------------------------------------

/// H304: where every share states an `osuus`, they add up to 100 within the
/// rounding of what was stated, whatever `yhteensa` is.
pub fn percentages_sum_to_100(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_table(ctx, |t| percentages_add_up(t, true, out));
}

fn percentages_add_up(t: Table<'_>, fixes: bool, out: &mut Vec<Diagnostic>) {
    let Some(sum) = percent_sum_off(t) else {
        return;
    };
    let f = t.f;
    let last = f
        .osuudet
        .iter()
        .rev()
        .find_map(|s| s.osuus.as_ref())
        .map_or(f.span, |o| o.span);
    let mut message = format!(
        "the percentages of [{}] add up to {}, not 100 %",
        t.kind.table(),
        pct(sum)
    );
    if let Some(total) = f.yhteensa.as_ref().filter(|_| gap_is_h304s(t)) {
        if let Some(gap) = t.r.uncovered {
            message.push_str(&format!(
                ": {} of {} has no funder",
                eur(gap),
                eur(total.value)
            ));
        } else if let Some(excess) = t.r.excess {
            message.push_str(&format!(": {} more than {}", eur(excess), eur(total.value)));
        }
    }
    let mut d = Diagnostic::new(codes::PERCENT_SUM, t.p.file, last, message)
        .label(format!("shares add up to {}", pct(sum)));
    for s in &f.osuudet {
        if let Some(o) = &s.osuus
            && o.span != last
        {
            d = d.secondary(o.span, s.funder().to_string());
        }
    }
    let fix = fixes.then(|| percentages_beside_amounts(t, last)).flatten();
    out.push(match fix {
        Some(fix) => d.fix(
            Some("the amounts add up, so the percentages beside them are off"),
            fix,
        ),
        None => d.help(percent_sum_help(f, sum)),
    });
}

/// Where the amounts add up to the total, the stated percentages beside
/// stated amounts that do not match them are the figures that are off.
fn percentages_beside_amounts(t: Table<'_>, span: Span) -> Option<Fix> {
    let total = t.r.total.filter(|x| !x.is_zero())?;
    if !t.r.adds_up() {
        return None;
    }
    let changes: Vec<Change> =
        t.f.osuudet
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let (stated, summa) = (s.osuus.as_ref()?, s.summa.as_ref()?);
                let actual = percent_of(summa.value, total)?;
                (!stated.value.matches(actual))
                    .then(|| Change::Osuus(i, rounded_like(stated.value, actual)))
            })
            .collect();
    verified(t, codes::PERCENT_SUM, span, &changes)
}

fn percent_sum_help(f: &Funding, sum: Decimal) -> String {
    if sum > Decimal::ONE_HUNDRED {
        return "lower the percentage that is too large: the shares of one split add up to 100 %, and more than one may be off".into();
    }
    let missing = pct(Decimal::ONE_HUNDRED - sum);
    if f.osuudet.len() == 1 {
        format!("add a share for the other {missing}, or correct `osuus`")
    } else {
        format!(
            "correct the percentage that is off, or add a share for the missing {missing}: the shares of one split add up to 100 %"
        )
    }
}

// --- H305 -----------------------------------------------------------------

/// H305: the state-grant shares under a programme with `enintaan` stay,
/// together, within that percent of eligible costs (`total − ei_oikeuttavat −
/// tulot − yksityinen`); with only percentages known and nothing to deduct,
/// the stated percentages are held to it directly.
pub fn grant_within_ceiling(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_table(ctx, |t| ceiling(t, true, out));
}

fn ceiling(t: Table<'_>, _fixes: bool, out: &mut Vec<Diagnostic>) {
    let mut by_programme: BTreeMap<&str, Vec<&ResolvedShare<'_>>> = BTreeMap::new();
    for s in &t.r.shares {
        if s.laji() != Some(Laji::Valtionavustus) {
            continue;
        }
        if let Some(o) = &s.share.ohjelma {
            by_programme.entry(o.value.as_str()).or_default().push(s);
        }
    }
    for (name, grants) in by_programme {
        let Some(limit) = t
            .reg
            .ohjelmat
            .get(name)
            .and_then(|o| o.enintaan.as_ref())
            .map(|e| e.value.value)
        else {
            continue;
        };
        let total = ceiling_total(t);
        let by_amount =
            total.is_some_and(|x| !x.is_zero()) && grants.iter().all(|g| g.summa.is_some());
        if let Some(total) = total.filter(|_| by_amount) {
            ceiling_by_amount(t, total, name, limit, &grants, out);
        } else if nothing_deducted(t) && grants.iter().all(|g| g.share.osuus.is_some()) {
            ceiling_by_percent(t, name, limit, &grants, out);
        }
    }
}

/// The total H305 takes eligible costs from: the funding table's, else the
/// cost table's (itemised plus the flat rate of the record's cost model), as
/// every report takes it ([`crate::report::total`]).
fn ceiling_total(t: Table<'_>) -> Option<Euro> {
    let costs = t.p.costs(t.kind);
    t.r.total
        .or_else(|| (!costs.is_empty()).then(|| computed_total(t.p.cost_model(), costs)))
}

/// No `ei_oikeuttavat`, `tulot` or `yksityinen`: eligible costs are the whole total.
fn nothing_deducted(t: Table<'_>) -> bool {
    t.f.ei_oikeuttavat
        .as_ref()
        .is_none_or(|e| e.value.is_zero())
        && !t
            .r
            .shares
            .iter()
            .any(|s| matches!(s.laji(), Some(Laji::Tulot | Laji::Yksityinen)))
}

/// The diagnostic at the first grant share, every other one labelled.
fn ceiling_diagnostic(
    t: Table<'_>,
    grants: &[&ResolvedShare<'_>],
    message: String,
    label: String,
) -> Diagnostic {
    let mut d = Diagnostic::new(
        codes::GRANT_CEILING,
        t.p.file,
        figure_span(grants[0]),
        message,
    )
    .label(label);
    for g in &grants[1..] {
        let figure = match (g.summa, g.share.osuus.as_ref()) {
            (Some(s), _) => s.to_string(),
            (None, Some(o)) => format!("{} %", o.value),
            _ => String::new(),
        };
        d = d.secondary(figure_span(g), format!("{}: {figure}", g.share.funder()));
    }
    d
}

fn ceiling_by_amount(
    t: Table<'_>,
    total: Euro,
    name: &str,
    limit: Decimal,
    grants: &[&ResolvedShare<'_>],
    out: &mut Vec<Diagnostic>,
) {
    let Some(eligible) = eligible_costs(t.f, t.r, total) else {
        return;
    };
    let grant: Euro = grants.iter().filter_map(|g| g.summa).sum();
    if grant.0 * Decimal::ONE_HUNDRED <= limit * eligible.0 {
        return;
    }
    let share = percent_of(grant, eligible).map_or_else(|| "all".to_string(), pct);
    let most = amount_at_most(eligible, limit);
    let over = eur(Euro(grant.0 - most.0));
    let (message, label, lower) = if grants.len() == 1 {
        (
            format!(
                "the state grant from `{name}` is {}, {share} of eligible costs {}; `{name}` grants at most {limit} % ({}): {over} too much",
                eur(grant),
                eur(eligible),
                eur(most)
            ),
            format!("at most {most}"),
            format!(
                "lower the grant by {over} to at most {} and raise the other shares by as much",
                eur(most)
            ),
        )
    } else {
        (
            format!(
                "the {} state grants from `{name}` add up to {}, {share} of eligible costs {}; `{name}` grants at most {limit} % ({}) in all: {over} too much",
                grants.len(),
                eur(grant),
                eur(eligible),
                eur(most)
            ),
            format!("together with the others {grant}, at most {most}"),
            format!(
                "lower the grants by {over} in all, to at most {} together, and raise the other shares by as much",
                eur(most)
            ),
        )
    };
    out.push(
        ceiling_diagnostic(t, grants, message, label)
            .note(format!(
                "eligible costs = total {total} − ei_oikeuttavat − tulot − yksityinen, in [{}]",
                t.kind.table()
            ))
            .help(format!("{lower}, or raise the total if the eligible costs are larger; which one is for you to decide")),
    );
}

fn ceiling_by_percent(
    t: Table<'_>,
    name: &str,
    limit: Decimal,
    grants: &[&ResolvedShare<'_>],
    out: &mut Vec<Diagnostic>,
) {
    let stated: Decimal = grants
        .iter()
        .filter_map(|g| g.share.osuus.as_ref())
        .map(|o| o.value.value)
        .sum();
    if stated <= limit {
        return;
    }
    let over = format!("{} percentage points", (stated - limit).normalize());
    let whose = if grants.len() == 1 {
        format!("the state grant from `{name}` is")
    } else {
        format!("the {} state grants from `{name}` add up to", grants.len())
    };
    let message = format!(
        "{whose} {} of the total; with no `ei_oikeuttavat`, `tulot` or `yksityinen` that is all eligible costs, and `{name}` grants at most {limit} %: {over} too much",
        pct(stated)
    );
    out.push(
        ceiling_diagnostic(t, grants, message, format!("at most {limit} %")).help(format!(
            "lower the grant's `osuus` by {over}, to at most {limit} in all, and raise the other shares by as much; which share takes it is for you to decide"
        )),
    );
}

/// `yhteensa − ei_oikeuttavat − tulot − yksityinen`, as on the state-grant form; None when negative.
pub fn eligible_costs(f: &Funding, r: &Resolved<'_>, total: Euro) -> Option<Euro> {
    let excluded = f.ei_oikeuttavat.as_ref().map_or(Euro::ZERO, |e| e.value)
        + r.sum_of(Laji::Tulot)
        + r.sum_of(Laji::Yksityinen);
    let eligible = total.0 - excluded.0;
    (eligible >= Decimal::ZERO).then_some(Euro(eligible))
}

// --- H308 -----------------------------------------------------------------

/// H308: non-eligible costs, income and private funding cannot exceed the total.
pub fn ineligible_within_total(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_table(ctx, |t| excluded_within_total(t, true, out));
}

fn excluded_within_total(t: Table<'_>, _fixes: bool, out: &mut Vec<Diagnostic>) {
    let Some(total) = t.r.total else { return };
    if eligible_costs(t.f, t.r, total).is_some() {
        return;
    }
    let span = t.f.ei_oikeuttavat.as_ref().map_or(t.f.span, |e| e.span);
    out.push(
        Diagnostic::new(
            codes::EXCLUDED_EXCEEDS,
            t.p.file,
            span,
            format!(
                "non-eligible costs, income and private funding exceed the total {total} of [{}]",
                t.kind.table()
            ),
        )
        .label("more than the total")
        .help("`ei_oikeuttavat` and the `tulot` and `yksityinen` shares are parts of `yhteensa`"),
    );
}

// --- H306, H307 -----------------------------------------------------------

/// H306: the cost estimate's grand total equals the plan's total, actual
/// costs the actuals' total — stated, or the sum of the shares.
pub fn costs_equal_total(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    each_table(ctx, |t| {
        let costs = t.p.costs(t.kind);
        let Some(total) = t.r.total else { return };
        if costs.is_empty() {
            return;
        }
        // Itemised amounts plus the flat rate of the record's cost model.
        let sum = computed_total(t.p.cost_model(), costs);
        if sum == total {
            return;
        }
        let years: Vec<String> = costs.keys().map(i32::to_string).collect();
        let (span, total_words) = total_place(t.f, t.kind, total);
        out.push(
            Diagnostic::new(
                codes::COSTS_VS_PLAN,
                t.p.file,
                span,
                format!(
                    "[{}] adds up to {sum} over {}, but {total_words} (difference {})",
                    t.kind.costs_table(),
                    years.join(", "),
                    signed(sum - total)
                ),
            )
            .label(format!("{} says {sum}", t.kind.costs_table()))
            .help(format!(
                "correct a category amount in [{}.YYYY], or the total of [{}], so both say the same",
                t.kind.costs_table(),
                t.kind.table()
            )),
        );
        if let (Some(d), Some(note)) = (out.last_mut(), flat_rate_note(t.p, costs, sum)) {
            d.notes.push(note);
        }
    });
}

/// How a cost table's total under a flat rate is made up, for H306.
fn flat_rate_note(p: &Project, costs: &crate::model::CostYears, sum: Euro) -> Option<String> {
    let m = p.cost_model().filter(|m| m.prosentti.is_some())?;
    Some(format!(
        "{sum} = itemised {} + the flat rate of `{}` {}",
        grand_total(costs),
        m.code,
        crate::calc::flat_rate::total(m, costs)
    ))
}

/// H307: the osahankkeet's totals add up to the päähanke's own total ("5 + 1"),
/// stated or summed from its shares. Checked when every osahanke carries a
/// total; with only some carrying one, their sum must not exceed the päähanke's.
pub fn osahankkeet_sum_to_paahanke(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let children = ctx.corpus.children();
    for p in ctx.projects {
        let Some(kids) = children.get(p.id.as_str()) else {
            continue;
        };
        for (kind, f) in p.fundings().filter(|(_, f)| !f.invalid) {
            let Some(total) = funding_total(f) else {
                continue;
            };
            let totals: Vec<(&str, Option<Euro>)> = kids
                .iter()
                .map(|k| (k.id.as_str(), k.funding(kind).and_then(funding_total)))
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
            let wrong = if all { sum != total } else { sum > total };
            if !wrong {
                continue;
            }
            let (span, total_words) = match &f.yhteensa {
                Some(y) => (y.span, format!("this päähanke's `yhteensa` is {}", y.value)),
                None => (f.span, format!("this päähanke's shares add up to {total}")),
            };
            let mut d = Diagnostic::new(
                codes::SUBPROJECT_SUM,
                p.file,
                span,
                format!(
                    "the osahankkeet's [{}] totals add up to {sum}, but {total_words} (difference {})",
                    kind.table(),
                    signed(sum - total)
                ),
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
