//! Resolving a funding split: the total, and every share's amount and percent,
//! stated or derived.
//!
//! records.md: every share has `summa` or `osuus` (or both); with `yhteensa`
//! present a missing one is derived. Decisions where records.md is silent
//! (docs/format.md has them too):
//! - without `yhteensa`, the total is the sum of the amounts when every share
//!   has one; otherwise it is unknown and nothing is derived;
//! - one share without `summa` gets the remainder (`yhteensa` minus the stated
//!   amounts), so the split adds up exactly; several get `yhteensa × osuus / 100`
//!   rounded to the cent (never more than is left), and the last of them takes
//!   the remainder, so derived amounts always add up to `yhteensa`;
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
    let v = total
        .0
        .checked_mul(pct)
        .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
        .unwrap_or(Decimal::ZERO);
    Euro(
        v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
            .max(Decimal::ZERO),
    )
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

pub fn resolve(f: &Funding) -> Resolved<'_> {
    let stated_sum: Euro = f
        .osuudet
        .iter()
        .filter_map(|s| s.summa.as_ref().map(|e| e.value))
        .sum();
    let total = total(f);
    let total_derived = f.yhteensa.is_none() && total.is_some();
    let missing: Vec<usize> = f
        .osuudet
        .iter()
        .enumerate()
        .filter(|(_, s)| s.summa.is_none() && s.osuus.is_some())
        .map(|(i, _)| i)
        .collect();
    let mut derived: Vec<Option<Euro>> = vec![None; f.osuudet.len()];
    if let Some(total) = total {
        let remainder = total.0 - stated_sum.0;
        if remainder >= Decimal::ZERO {
            let mut left = remainder;
            for (n, &i) in missing.iter().enumerate() {
                let last = n + 1 == missing.len();
                let pct = f.osuudet[i]
                    .osuus
                    .as_ref()
                    .map_or(Decimal::ZERO, |p| p.value.value);
                let amount = if last {
                    Euro(left)
                } else {
                    Euro(amount_of(total, pct).0.min(left))
                };
                left -= amount.0;
                derived[i] = Some(amount);
            }
        }
    }
    let shares = f
        .osuudet
        .iter()
        .zip(derived)
        .map(|(share, derived)| {
            let (summa, summa_derived) = match (&share.summa, derived) {
                (Some(s), _) => (Some(s.value), false),
                (None, Some(d)) => (Some(d), true),
                (None, None) => (None, false),
            };
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
    }
}
