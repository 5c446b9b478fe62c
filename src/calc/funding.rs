//! Resolving a funding split: the total, and every share's amount and percent,
//! stated or derived, and the part of the total no share covers.
//!
//! records.md: every share has `summa` or `osuus` (or both); with a total
//! known a missing amount is derived. Decisions where records.md is silent
//! (docs/format.md has them too):
//! - without `yhteensa`, the total is the sum of the amounts when every share
//!   has one; otherwise it is unknown and nothing is derived;
//! - a **derived amount** is `total × osuus / 100` rounded half away from zero
//!   to the cent, for every share without `summa` alike. Only rounding is
//!   evened out: when the stated amounts plus the derived ones *before
//!   rounding* miss the total by at most half a cent per derived share, the
//!   cents the rounding leaves over go to the last derived share that can
//!   take them, so a split stated in percentages adds up to the cent (75 % of
//!   100 000.10 beside a stated 25 000.03 is 75 000.07). Anything larger is a
//!   real gap (or excess): it stays out of every share and is reported in
//!   [`Resolved::uncovered`] (or [`Resolved::excess`]), never absorbed;
//! - a share without `osuus` gets its exact percentage `100 × summa / total`.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::{Euro, Funding, Laji, Share};

/// A share with both its amount and percentage, each marked stated or derived.
#[derive(Clone, Debug)]
pub struct ResolvedShare<'a> {
    pub share: &'a Share,
    pub summa: Option<Euro>,
    pub summa_derived: bool,
    /// Exact percent of the total (unrounded when derived).
    pub osuus: Option<Decimal>,
    pub osuus_derived: bool,
}

impl ResolvedShare<'_> {
    pub fn laji(&self) -> Option<Laji> {
        self.share.laji.as_ref().map(|l| l.value)
    }
}

/// A funding table with every derivable figure filled in.
#[derive(Clone, Debug)]
pub struct Resolved<'a> {
    pub total: Option<Euro>,
    /// True when the total is the sum of the amounts, not a stated `yhteensa`.
    pub total_derived: bool,
    pub shares: Vec<ResolvedShare<'a>>,
    /// The part of the total that no share's amount covers: `total` minus the
    /// known amounts, when that is more than the rounding a derived amount may
    /// absorb. `None` when the amounts cover the total (or it is unknown).
    pub uncovered: Option<Euro>,
    /// How much the known amounts exceed the total, beyond the rounding.
    pub excess: Option<Euro>,
}

impl Resolved<'_> {
    /// Sum of the known amounts of one kind of funding.
    pub fn sum_of(&self, laji: Laji) -> Euro {
        self.shares
            .iter()
            .filter(|s| s.laji() == Some(laji))
            .filter_map(|s| s.summa)
            .sum()
    }

    /// Sum of every known amount, stated or derived.
    pub fn covered(&self) -> Euro {
        self.shares.iter().filter_map(|s| s.summa).sum()
    }

    /// True when every share has an amount and they add up to the total.
    pub fn adds_up(&self) -> bool {
        self.total.is_some()
            && self.uncovered.is_none()
            && self.excess.is_none()
            && self.shares.iter().all(|s| s.summa.is_some())
    }
}

/// 100 × part / whole, exact to Decimal's precision; None for a zero whole.
pub fn percent_of(part: Euro, whole: Euro) -> Option<Decimal> {
    if whole.is_zero() {
        return None;
    }
    part.0
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(whole.0)
}

/// `total × pct / 100`, rounded half away from zero to the cent.
pub fn amount_of(total: Euro, pct: Decimal) -> Euro {
    amount_rounded(total, pct, RoundingStrategy::MidpointAwayFromZero)
}

/// `total × pct / 100` rounded down to the cent: the most a ceiling of
/// `pct` % allows (75 % of 80 000.50 is 60 000.375, so at most 60 000.37).
pub fn amount_at_most(total: Euro, pct: Decimal) -> Euro {
    amount_rounded(total, pct, RoundingStrategy::ToZero)
}

fn amount_rounded(total: Euro, pct: Decimal, strategy: RoundingStrategy) -> Euro {
    let v = total
        .0
        .checked_mul(pct)
        .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
        .unwrap_or(Decimal::ZERO);
    Euro(v.round_dp_with_strategy(2, strategy).max(Decimal::ZERO))
}

/// The total [`resolve`] would find, without resolving every share: the
/// stated `yhteensa`, else the sum of the amounts when every share has one.
pub fn total(f: &Funding) -> Option<Euro> {
    if let Some(y) = &f.yhteensa {
        return Some(y.value);
    }
    if f.osuudet.is_empty() || f.osuudet.iter().any(|s| s.summa.is_none()) {
        return None;
    }
    Some(
        f.osuudet
            .iter()
            .filter_map(|s| s.summa.as_ref())
            .map(|e| e.value)
            .sum(),
    )
}

/// Half a cent per derived share: how far the total may be from the stated
/// amounts plus the exact derived ones for the difference to be rounding.
fn rounding_allowance(derived: usize) -> Decimal {
    Decimal::new(5, 3) * Decimal::from(derived)
}

pub fn resolve(f: &Funding) -> Resolved<'_> {
    let total = total(f);
    let total_derived = f.yhteensa.is_none() && total.is_some();
    let mut amounts: Vec<(Option<Euro>, bool)> = Vec::with_capacity(f.osuudet.len());
    // The stated amounts plus the derived ones before rounding.
    let mut exact = Decimal::ZERO;
    for s in &f.osuudet {
        amounts.push(match (&s.summa, &s.osuus, total) {
            (Some(summa), _, _) => {
                exact += summa.value.0;
                (Some(summa.value), false)
            }
            (None, Some(p), Some(t)) => {
                exact += exact_amount(t, p.value.value);
                (Some(amount_of(t, p.value.value)), true)
            }
            _ => (None, false),
        });
    }
    let (uncovered, excess) = match total {
        Some(t) => even_out_rounding(t, exact, &mut amounts),
        None => (None, None),
    };
    let shares = f
        .osuudet
        .iter()
        .zip(amounts)
        .map(|(share, (summa, summa_derived))| {
            let (osuus, osuus_derived) = match (&share.osuus, summa, total) {
                (Some(p), _, _) => (Some(p.value.value), false),
                (None, Some(s), Some(t)) => (percent_of(s, t), true),
                _ => (None, false),
            };
            ResolvedShare {
                share,
                summa,
                summa_derived,
                osuus,
                osuus_derived,
            }
        })
        .collect();
    Resolved {
        total,
        total_derived,
        shares,
        uncovered,
        excess,
    }
}

/// `total × pct / 100`, unrounded.
fn exact_amount(total: Euro, pct: Decimal) -> Decimal {
    total
        .0
        .checked_mul(pct)
        .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
        .unwrap_or(Decimal::ZERO)
}

/// When the total and the amounts before rounding (`exact`) differ by no
/// more than the rounding of the derived amounts, gives the cents rounding
/// left over to the last derived share that can take them. Returns what is
/// left uncovered, or in excess, otherwise.
fn even_out_rounding(
    total: Euro,
    exact: Decimal,
    amounts: &mut [(Option<Euro>, bool)],
) -> (Option<Euro>, Option<Euro>) {
    let covered: Decimal = amounts.iter().filter_map(|(a, _)| a.map(|e| e.0)).sum();
    let gap = total.0 - covered;
    if gap.is_zero() {
        return (None, None);
    }
    let derived = amounts.iter().filter(|(_, d)| *d).count();
    let every_amount_known = amounts.iter().all(|(a, _)| a.is_some());
    if every_amount_known && (total.0 - exact).abs() <= rounding_allowance(derived) {
        let taker = amounts
            .iter_mut()
            .rev()
            .filter(|(_, d)| *d)
            .find_map(|(a, _)| a.as_mut().filter(|a| a.0 + gap >= Decimal::ZERO));
        if let Some(a) = taker {
            a.0 += gap;
            return (None, None);
        }
    }
    if gap > Decimal::ZERO {
        (Some(Euro(gap)), None)
    } else {
        (None, Some(Euro(-gap)))
    }
}
