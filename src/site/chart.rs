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
    (x * Decimal::from(scale) / of).round_dp(1).normalize()
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
            x: x.to_string(),
            width: w.to_string(),
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
            width: w.to_string(),
            text_x: (w + Decimal::from(6)).to_string(),
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
