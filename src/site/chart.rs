//! Inline SVG charts, drawn from figures the report layer computed.
//!
//! Only geometry is computed here (bar lengths in the picture's own units,
//! with exact decimals, never floats); every amount printed in a chart is
//! formatted from the report's value. Each chart carries a text alternative
//! (`<title>` and `<desc>`) and the table it draws is on the same page.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::model::Euro;

/// Fill colours, each at least 3:1 against white (WCAG 1.4.11).
const PALETTE: [&str; 8] = [
    "#1f5f99", "#b4501a", "#2e7d32", "#8e3b8e", "#a1362f", "#5b6b00", "#00707a", "#6d4c41",
];
const PLAN_COLOR: &str = "#1f5f99";
const ACTUAL_COLOR: &str = "#b4501a";

/// Width of every chart in SVG units; the page scales it to fit.
const WIDTH: u32 = 640;

/// One funding split as a single stacked bar.
#[derive(Debug, Clone, Serialize)]
pub struct StackedBar {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub width: u32,
    pub height: u32,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    pub x: String,
    pub width: String,
    pub color: &'static str,
    /// Legend text: `STM 75 % · 22 500 €`.
    pub label: String,
}

/// A share of a split: who, the percentage as the report states or derives
/// it, and the amount.
pub struct Part {
    pub name: String,
    pub percent: Option<Decimal>,
    pub amount: Option<Euro>,
}

/// `x / of × scale`, to one decimal; 0 when `of` is not positive.
fn scaled(x: Decimal, of: Decimal, scale: u32) -> Decimal {
    if of <= Decimal::ZERO || x <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    scaled_in_integers(x, of, scale)
        .unwrap_or_else(|| (x * Decimal::from(scale) / of).round_dp(1).normalize())
}

/// [`scaled`] for amounts in cents below 2^64 (every amount a record can
/// hold), in integers: the quotient in tenths, rounded half to even as
/// `round_dp` rounds. Decimal division was most of a chart's cost. The
/// decimal quotient, rounded to 28 digits before `round_dp`, could only
/// differ if it fell within 10^-25 of a midpoint, and for these sizes the
/// exact quotient is a midpoint or at least 1/(20 × 2^64 × 100) from one.
fn scaled_in_integers(x: Decimal, of: Decimal, scale: u32) -> Option<Decimal> {
    if x.scale() > 2 || of.scale() > 2 {
        return None;
    }
    let mx = u128::from(u64::try_from(x.mantissa()).ok()?);
    let mo = u128::from(u64::try_from(of.mantissa()).ok()?);
    let tenths = mx * u128::from(scale) * 10 * 10u128.pow(of.scale());
    let per = mo * 10u128.pow(x.scale());
    let (q, r) = (tenths / per, tenths % per);
    let q = match (2 * r).cmp(&per) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => q + (q & 1),
    };
    Some(Decimal::from_i128_with_scale(i128::try_from(q).ok()?, 1).normalize())
}

/// A coordinate as SVG writes it: the decimal's own text (`473.6`, `480`).
fn coordinate(d: Decimal) -> String {
    crate::lang::fi::decimal_text(d, '.')
}

/// A stacked bar of the parts with an amount; `None` when no part has one.
pub fn stacked(id: &str, title: &str, parts: &[Part], unknown: &str) -> Option<StackedBar> {
    let sum: Decimal = parts.iter().filter_map(|p| p.amount).map(|e| e.0).sum();
    if sum <= Decimal::ZERO {
        return None;
    }
    let mut x = Decimal::ZERO;
    let mut segments = Vec::new();
    let mut desc = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        let amount = p.amount.map_or(Decimal::ZERO, |e| e.0);
        let w = scaled(amount, sum, WIDTH);
        let label = part_label(p, unknown);
        desc.push(label.clone());
        segments.push(Segment {
            x: coordinate(x),
            width: coordinate(w),
            color: PALETTE[i % PALETTE.len()],
            label,
        });
        x += w;
    }
    Some(StackedBar {
        id: id.to_string(),
        title: title.to_string(),
        desc: format!("{title}: {}.", desc.join("; ")),
        width: WIDTH,
        height: 36,
        segments,
    })
}

fn part_label(p: &Part, unknown: &str) -> String {
    let percent = p.percent.map(|x| crate::lang::format::percent(x, 1));
    let amount = p
        .amount
        .map_or_else(|| unknown.to_string(), crate::lang::format::euro);
    match percent {
        Some(pc) => format!("{} {pc} · {amount}", p.name),
        None => format!("{} · {amount}", p.name),
    }
}

/// Planned against actual money by group (salkku, year): two bars a group.
#[derive(Debug, Clone, Serialize)]
pub struct PairedBars {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub width: u32,
    pub height: u32,
    pub groups: Vec<PairRow>,
    pub plan_label: String,
    pub actual_label: String,
    pub plan_color: &'static str,
    pub actual_color: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct PairRow {
    pub label: String,
    pub label_y: u32,
    pub plan: Bar,
    pub actual: Bar,
}

#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    pub y: u32,
    pub width: String,
    /// Where the value's text starts: after the bar.
    pub text_x: String,
    pub text: String,
}

/// Room on the right for the amount's text.
const TEXT_ROOM: u32 = 150;
const GROUP_HEIGHT: u32 = 58;

/// A group of the chart: its label and its planned and actual amounts.
pub struct Pair {
    pub label: String,
    pub plan: Option<Euro>,
    pub actual: Option<Euro>,
}

pub struct PairLabels<'a> {
    pub plan: &'a str,
    pub actual: &'a str,
    pub unknown: &'a str,
}

/// Horizontal bars; `None` when there is nothing to draw.
pub fn paired(id: &str, title: &str, pairs: &[Pair], labels: &PairLabels) -> Option<PairedBars> {
    let max = pairs
        .iter()
        .flat_map(|p| [p.plan, p.actual])
        .flatten()
        .map(|e| e.0)
        .max()?;
    if max <= Decimal::ZERO {
        return None;
    }
    let span = WIDTH - TEXT_ROOM;
    let bar = |amount: Option<Euro>, y: u32| {
        let w = scaled(amount.map_or(Decimal::ZERO, |e| e.0), max, span);
        Bar {
            y,
            width: coordinate(w),
            text_x: coordinate(w + Decimal::from(6)),
            text: amount.map_or_else(|| labels.unknown.to_string(), crate::lang::format::euro),
        }
    };
    let mut desc = Vec::new();
    let groups: Vec<PairRow> = pairs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let top = i as u32 * GROUP_HEIGHT;
            let row = PairRow {
                label: p.label.clone(),
                label_y: top + 14,
                plan: bar(p.plan, top + 20),
                actual: bar(p.actual, top + 38),
            };
            desc.push(format!(
                "{}: {} {}, {} {}",
                p.label, labels.plan, row.plan.text, labels.actual, row.actual.text
            ));
            row
        })
        .collect();
    Some(PairedBars {
        id: id.to_string(),
        title: title.to_string(),
        desc: format!("{title}. {}.", desc.join("; ")),
        width: WIDTH,
        height: groups.len() as u32 * GROUP_HEIGHT,
        groups,
        plan_label: labels.plan.to_string(),
        actual_label: labels.actual.to_string(),
        plan_color: PLAN_COLOR,
        actual_color: ACTUAL_COLOR,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// In integers, the bar lengths the decimal division gives.
        #[test]
        fn scaled_in_integers_is_the_decimal_quotient(
            x in 1u64..=u64::MAX,
            of in 1u64..=u64::MAX,
            (sx, so) in (0u32..=2, 0u32..=2),
            scale in proptest::sample::select(vec![1u32, 7, 490, 640]),
        ) {
            let (x, of) = (Decimal::new(x as i64 & i64::MAX, sx), Decimal::new(of as i64 & i64::MAX, so));
            if x > Decimal::ZERO && of > Decimal::ZERO {
                proptest::prop_assert_eq!(
                    scaled_in_integers(x, of, scale).map(|d| d.to_string()),
                    Some((x * Decimal::from(scale) / of).round_dp(1).normalize().to_string())
                );
            }
        }

        /// A coordinate is the decimal's own text.
        #[test]
        fn coordinates_are_the_decimal_text(m in 0i64..i64::MAX, scale in 0u32..4) {
            let d = Decimal::new(m, scale).normalize();
            proptest::prop_assert_eq!(coordinate(d), d.to_string());
        }
    }

    #[test]
    fn midpoints_round_half_to_even() {
        // 640 × 1 / 1 280 = 0.5 → 0.5; 0.25 → 0.2; 0.35 → 0.4
        for (x, of) in [(1, 1280), (1, 2560), (7, 12800)] {
            let (x, of) = (Decimal::from(x), Decimal::from(of));
            assert_eq!(
                scaled_in_integers(x, of, 640),
                Some((x * Decimal::from(640) / of).round_dp(1).normalize())
            );
        }
    }

    fn euro(n: u64) -> Option<Euro> {
        Some(Euro::from_int(n))
    }

    #[test]
    fn a_split_fills_the_bar_exactly_in_proportion() {
        let parts = [
            Part {
                name: "STM".into(),
                percent: Some(Decimal::from(75)),
                amount: euro(750),
            },
            Part {
                name: "Oulu".into(),
                percent: None,
                amount: euro(250),
            },
        ];
        let bar = stacked("c", "Rahoitus", &parts, "?").unwrap();
        assert_eq!(bar.segments[0].width, "480");
        assert_eq!(bar.segments[1].x, "480");
        assert_eq!(bar.segments[1].width, "160");
        assert!(
            bar.desc.contains("STM 75\u{a0}% · 750\u{a0}€"),
            "{}",
            bar.desc
        );
    }

    #[test]
    fn nothing_to_draw_is_no_chart() {
        let parts = [Part {
            name: "STM".into(),
            percent: Some(Decimal::from(75)),
            amount: None,
        }];
        assert!(stacked("c", "R", &parts, "?").is_none());
        let labels = PairLabels {
            plan: "s",
            actual: "t",
            unknown: "?",
        };
        assert!(paired("c", "R", &[], &labels).is_none());
    }

    #[test]
    fn paired_bars_scale_to_the_largest_amount() {
        let labels = PairLabels {
            plan: "suunniteltu",
            actual: "toteutunut",
            unknown: "ei tiedossa",
        };
        let pairs = [
            Pair {
                label: "2024".into(),
                plan: euro(1000),
                actual: None,
            },
            Pair {
                label: "2025".into(),
                plan: euro(500),
                actual: euro(245),
            },
        ];
        let c = paired("c", "Vuosittain", &pairs, &labels).unwrap();
        assert_eq!(c.groups[0].plan.width, "490");
        assert_eq!(c.groups[1].plan.width, "245");
        assert_eq!(c.groups[0].actual.width, "0");
        assert!(
            c.desc
                .contains("2024: suunniteltu 1\u{a0}000\u{a0}€, toteutunut ei tiedossa")
        );
    }
}
