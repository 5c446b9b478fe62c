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
use crate::diag::{Code, Diagnostic, Edit, Fix, codes, words};
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
    let reg = ctx.registry();
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

/// A percentage for messages, at most two decimals: `11,55 %` / `11.55%`.
fn pct(d: Decimal) -> String {
    words::pct(d)
}

/// An amount for messages: `60 000,37 €` / `€60,000.37`.
fn eur(e: Euro) -> String {
    words::euro(e)
}

/// A difference with its sign: `+1 €`, `−50 €` / `+€1`, `-€50`.
fn signed(d: Decimal) -> String {
    words::signed(d)
}

/// A stated percentage in prose, with the decimals it was written with.
fn stated_pct(p: Percent) -> String {
    crate::lang::format::percent(p.value, p.decimals)
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
            crate::t!(
                "rule-h306-stated",
                table = kind.table(),
                total = eur(y.value)
            ),
        ),
        None => (
            f.span,
            crate::t!("rule-h306-shares", table = kind.table(), total = eur(total)),
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
            crate::t!("rule-h301", funder = s.funder(), table = t.kind.table()),
        )
        .label(crate::t!("rule-h301-label"));
        let gap_fix = fixes.then(|| fill_the_gap(t, i, s.span)).flatten();
        out.push(match gap_fix {
            Some((gap, fix)) => d.fix(Some(&crate::t!("rule-h301-gap", gap = gap)), fix),
            None => d.help(crate::t!("rule-h301-help")),
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
    let mut message = crate::t!(
        "rule-h302",
        table = t.kind.table(),
        covered = eur(covered),
        total = total.value.to_string(),
        diff = signed(covered.0 - total.value.0)
    );
    if let Some(gap) = t.r.uncovered {
        message = crate::t!(
            "rule-h302-gap",
            message = message,
            gap = eur_pct(gap, total.value)
        );
    }
    let mut d = Diagnostic::new(codes::SUM_MISMATCH, t.p.file, total.span, message)
        .label(crate::t!("rule-h302-label", covered = eur(covered)));
    for s in &t.r.shares {
        match (&s.share.summa, &s.share.osuus, s.summa) {
            (Some(summa), _, _) => d = d.secondary(summa.span, s.share.funder().to_string()),
            (None, Some(o), Some(amount)) => {
                d = d.secondary(
                    o.span,
                    crate::t!(
                        "rule-h302-share",
                        funder = s.share.funder(),
                        percent = stated_pct(o.value),
                        amount = eur(amount)
                    ),
                )
            }
            _ => {}
        }
    }
    let derived = t.r.shares.iter().any(|s| s.summa_derived);
    let help = match (t.r.uncovered, derived) {
        (_, false) => crate::t!("rule-h302-help-stated"),
        (Some(gap), true) => crate::t!("rule-h302-help-gap", gap = eur(gap)),
        (None, true) => crate::t!("rule-h302-help-excess"),
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
        let total_kind = if t.r.total_derived {
            "shares"
        } else {
            "stated"
        };
        let d = Diagnostic::new(
            codes::PERCENT_MISMATCH,
            t.p.file,
            stated.span,
            crate::t!(
                "rule-h303",
                stated = stated.value.to_string(),
                summa = eur(summa.value),
                funder = s.funder(),
                percent = pct(actual),
                total_kind = total_kind,
                total = eur(total)
            ),
        )
        .label(crate::t!("rule-h303-label", right = percent_text(right)));
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
            Some(fix) => d.fix(Some(&crate::t!("rule-h303-fix")), fix),
            None => d.help(crate::t!(
                "rule-h303-help",
                right = percent_text(right),
                table = t.kind.table()
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
    let mut message = crate::t!(
        "rule-h304",
        table = t.kind.table(),
        sum = pct(sum),
        hundred = pct(Decimal::ONE_HUNDRED)
    );
    if let Some(total) = f.yhteensa.as_ref().filter(|_| gap_is_h304s(t)) {
        if let Some(gap) = t.r.uncovered {
            message = crate::t!(
                "rule-h304-gap",
                message = message,
                gap = eur(gap),
                total = eur(total.value)
            );
        } else if let Some(excess) = t.r.excess {
            message = crate::t!(
                "rule-h304-excess",
                message = message,
                excess = eur(excess),
                total = eur(total.value)
            );
        }
    }
    let mut d = Diagnostic::new(codes::PERCENT_SUM, t.p.file, last, message)
        .label(crate::t!("rule-h304-label", sum = pct(sum)));
    for s in &f.osuudet {
        if let Some(o) = &s.osuus
            && o.span != last
        {
            d = d.secondary(o.span, s.funder().to_string());
        }
    }
    let fix = fixes.then(|| percentages_beside_amounts(t, last)).flatten();
    out.push(match fix {
        Some(fix) => d.fix(Some(&crate::t!("rule-h304-fix")), fix),
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
    let hundred = pct(Decimal::ONE_HUNDRED);
    if sum > Decimal::ONE_HUNDRED {
        return crate::t!("rule-h304-help-over", hundred = hundred);
    }
    let missing = pct(Decimal::ONE_HUNDRED - sum);
    if f.osuudet.len() == 1 {
        crate::t!("rule-h304-help-one", missing = missing)
    } else {
        crate::t!("rule-h304-help-many", missing = missing, hundred = hundred)
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
            (Some(s), _) => eur(s),
            (None, Some(o)) => stated_pct(o.value),
            _ => String::new(),
        };
        let label = crate::t!(
            "rule-h305-figure",
            funder = g.share.funder(),
            figure = figure
        );
        d = d.secondary(figure_span(g), label);
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
    let share = percent_of(grant, eligible).map_or_else(|| crate::t!("rule-h305-all"), pct);
    let most = amount_at_most(eligible, limit);
    let over = eur(Euro(grant.0 - most.0));
    let (grant, eligible, most, limit) = (eur(grant), eur(eligible), eur(most), pct(limit));
    let (message, label, lower) = if grants.len() == 1 {
        (
            crate::t!(
                "rule-h305-one",
                name = name,
                grant = grant.as_str(),
                share = share,
                eligible = eligible,
                limit = limit,
                most = most.as_str(),
                over = over.as_str()
            ),
            crate::t!("rule-h305-one-label", most = most.as_str()),
            crate::t!(
                "rule-h305-one-lower",
                over = over.as_str(),
                most = most.as_str()
            ),
        )
    } else {
        (
            crate::t!(
                "rule-h305-many",
                n = grants.len(),
                name = name,
                grant = grant.as_str(),
                share = share,
                eligible = eligible,
                limit = limit,
                most = most.as_str(),
                over = over.as_str()
            ),
            crate::t!(
                "rule-h305-many-label",
                grant = grant.as_str(),
                most = most.as_str()
            ),
            crate::t!(
                "rule-h305-many-lower",
                over = over.as_str(),
                most = most.as_str()
            ),
        )
    };
    out.push(
        ceiling_diagnostic(t, grants, message, label)
            .note(crate::t!(
                "rule-h305-note",
                total = eur(total),
                table = t.kind.table()
            ))
            .help(crate::t!("rule-h305-help", lower = lower)),
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
    let points = stated - limit;
    let over = crate::t!(
        "rule-h305-points",
        points = words::number(points),
        plural = if points == Decimal::ONE {
            "one"
        } else {
            "other"
        }
    );
    let (stated, limit_pct) = (pct(stated), pct(limit));
    let message = if grants.len() == 1 {
        crate::t!(
            "rule-h305-percent-one",
            name = name,
            stated = stated,
            limit = limit_pct.as_str(),
            over = over.as_str()
        )
    } else {
        crate::t!(
            "rule-h305-percent-many",
            name = name,
            n = grants.len(),
            stated = stated,
            limit = limit_pct.as_str(),
            over = over.as_str()
        )
    };
    let label = crate::t!("rule-h305-percent-label", limit = limit_pct.as_str());
    out.push(
        ceiling_diagnostic(t, grants, message, label).help(crate::t!(
            "rule-h305-percent-help",
            over = over.as_str(),
            limit = words::number(limit)
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
            crate::t!("rule-h308", total = eur(total), table = t.kind.table()),
        )
        .label(crate::t!("rule-h308-label"))
        .help(crate::t!("rule-h308-help")),
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
                crate::t!(
                    "rule-h306",
                    costs = t.kind.costs_table(),
                    sum = eur(sum),
                    count = years.len(),
                    years = years.join(", "),
                    total = total_words,
                    diff = signed(sum.0 - total.0)
                ),
            )
            .label(crate::t!(
                "rule-h306-label",
                costs = t.kind.costs_table(),
                sum = eur(sum)
            ))
            .help(crate::t!(
                "rule-h306-help",
                costs = t.kind.costs_table(),
                table = t.kind.table()
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
    Some(crate::t!(
        "cost-h306-flat-rate",
        sum = eur(sum),
        itemised = eur(grand_total(costs)),
        code = m.code.as_str(),
        flat = eur(crate::calc::flat_rate::total(m, costs))
    ))
}

/// H307: the osahankkeet's totals add up to the päähanke's own total ("5 + 1"),
/// stated or summed from its shares. Checked when every osahanke carries a
/// total; with only some carrying one, their sum must not exceed the päähanke's.
pub fn osahankkeet_sum_to_paahanke(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let children = ctx.whole_corpus().children();
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
                Some(y) => (y.span, crate::t!("rule-h307-stated", total = eur(y.value))),
                None => (f.span, crate::t!("rule-h307-shares", total = eur(total))),
            };
            let mut d = Diagnostic::new(
                codes::SUBPROJECT_SUM,
                p.file,
                span,
                crate::t!(
                    "rule-h307",
                    table = kind.table(),
                    sum = eur(sum),
                    total = total_words,
                    diff = signed(sum.0 - total.0)
                ),
            )
            .label(crate::t!("rule-h307-label", sum = eur(sum)));
            for (id, t) in &carried {
                d = d.note(crate::t!("rule-h307-child", id = (*id), total = eur(*t)));
            }
            if !all {
                d = d.note(crate::t!(
                    "rule-h307-missing",
                    missing = (totals.len() - carried.len()),
                    all = totals.len()
                ));
            }
            out.push(d.help(crate::t!("rule-h307-help")));
        }
    }
}
