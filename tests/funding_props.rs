//! Property tests of the funding arithmetic against a simple integer oracle.

use proptest::prelude::*;

use crate::util::REGISTRY;

/// Cents as a record writes them: whole euros as integers, else a string.
fn money(cents: u64) -> String {
    if cents.is_multiple_of(100) {
        (cents / 100).to_string()
    } else {
        format!("\"{}.{:02}\"", cents / 100, cents % 100)
    }
}

fn record(total: u64, shares: &[(u64, Option<String>)]) -> String {
    let mut s = String::from(
        "nimi = \"P\"\nsalkku = \"KONSTI\"\nvaihe = \"päättynyt\"\nalkaa = 2012-01-01\nloppuu = 2013-12-31\n\n[rahoitus]\n",
    );
    s.push_str(&format!("yhteensa = {}\n", money(total)));
    for (i, (cents, osuus)) in shares.iter().enumerate() {
        s.push_str(&format!(
            "\n[[rahoitus.osuudet]]\nrahoittaja = \"Rahoittaja {i}\"\nlaji = \"oma\"\nsumma = {}\n",
            money(*cents)
        ));
        if let Some(p) = osuus {
            s.push_str(&format!("osuus = {p}\n"));
        }
    }
    s
}

/// The codes `hanke check` reports for one record, loaded and checked in-process.
fn codes(text: &str) -> Vec<&'static str> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    std::fs::write(dir.path().join("p.toml"), text).unwrap();
    let corpus = hanke::load::load(dir.path()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    hanke::rules::check(&corpus, today)
        .iter()
        .map(|d| d.code.code)
        .collect()
}

/// A total in cents and a split of it into 1–6 parts.
fn split() -> impl Strategy<Value = (u64, Vec<u64>)> {
    (
        1u64..=10_000_000_000,
        prop::collection::vec(1u64..1000, 1..=6),
    )
        .prop_map(|(total, weights)| {
            let sum: u64 = weights.iter().sum();
            let mut parts: Vec<u64> = weights.iter().map(|w| total * w / sum).collect();
            let rest = total - parts.iter().sum::<u64>();
            *parts.last_mut().unwrap() += rest;
            (total, parts)
        })
}

/// Oracle: does percent `p_scaled / 10^d` round (to d decimals) from the true share 100·s/t?
/// |p − 100·s/t| ≤ ½·10^−d  ⇔  |2·p_scaled·t − 200·s·10^d| ≤ t.
fn percent_matches(p_scaled: i128, d: u32, s: u64, t: u64) -> bool {
    let ten = 10i128.pow(d);
    (2 * p_scaled * t as i128 - 200 * s as i128 * ten).abs() <= t as i128
}

fn written(p_scaled: i128, d: u32) -> String {
    if d == 0 {
        p_scaled.to_string()
    } else {
        format!(
            "{}.{:0width$}",
            p_scaled / 10i128.pow(d),
            p_scaled % 10i128.pow(d),
            width = d as usize
        )
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn splits_that_add_up_always_pass((total, parts) in split()) {
        let shares: Vec<(u64, Option<String>)> = parts.iter().map(|&c| (c, None)).collect();
        prop_assert_eq!(codes(&record(total, &shares)), Vec::<&str>::new());
    }

    #[test]
    fn moving_one_cent_always_fails((total, parts) in split(), which in 0usize..6, up in any::<bool>()) {
        let mut parts = parts;
        let i = which % parts.len();
        if up { parts[i] += 1 } else if parts[i] > 0 { parts[i] -= 1 } else { parts[i] += 1 }
        let shares: Vec<(u64, Option<String>)> = parts.iter().map(|&c| (c, None)).collect();
        prop_assert!(codes(&record(total, &shares)).contains(&"H302"));
    }

    #[test]
    fn stated_percent_passes_exactly_when_it_is_the_rounded_true_share(
        (total, parts) in split(), d in 0u32..=2, offset in -3i128..=3,
    ) {
        let s = parts[0];
        // The true share at d decimals, nudged by a few units to hit both sides of the boundary.
        let exact_scaled = (s as i128 * 100 * 10i128.pow(d) * 2 + total as i128) / (2 * total as i128);
        let p_scaled = (exact_scaled + offset).clamp(0, 100 * 10i128.pow(d));
        let mut shares: Vec<(u64, Option<String>)> = parts.iter().map(|&c| (c, None)).collect();
        shares[0].1 = Some(written(p_scaled, d));
        let got = codes(&record(total, &shares));
        prop_assert_eq!(got.contains(&"H303"), !percent_matches(p_scaled, d, s, total), "{:?}", got);
    }
}

#[test]
fn the_real_hyve_figures_pass() {
    // STM 75 % and Oulun kaupunki 11 % of 1 047 935 € (records.md).
    let total = 104_793_500;
    let shares = vec![
        (78_595_100, Some("75".into())),
        (11_844_300, Some("11".into())),
        (11_189_700, None),
        (3_164_400, None),
    ];
    assert_eq!(codes(&record(total, &shares)), Vec::<&str>::new());
    let wrong = vec![
        (78_595_100, Some("75".into())),
        (11_844_300, Some("12".into())),
        (11_189_700, None),
        (3_164_400, None),
    ];
    assert_eq!(codes(&record(total, &wrong)), vec!["H303"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Derived amounts add up to `yhteensa` exactly, to the cent, when the
    /// stated percentages add up to 100; beside a stated amount that is not
    /// its percentage, what is left uncovered (or in excess) is reported,
    /// never absorbed, and amounts plus the gap are still the total.
    #[test]
    fn derived_shares_sum_to_the_total(total in 0u64..=1_000_000_000_000, weights in prop::collection::vec(1u32..=50, 1..=6), stated_first in any::<bool>()) {
        prop_assume!(!stated_first || weights.len() > 1);
        let sum_w: u32 = weights.iter().sum();
        let mut pcts: Vec<u32> = weights.iter().map(|w| w * 100 / sum_w).collect();
        let rest = 100 - pcts.iter().sum::<u32>();
        *pcts.last_mut().unwrap() += rest;
        use hanke::model::{Euro, Funding, Percent, Share, Sp, Span};
        let mut f = Funding { yhteensa: Some(Sp::new(Euro(rust_decimal::Decimal::new(total as i64, 2)), Span::default())), ..Funding::default() };
        for (i, p) in pcts.iter().enumerate() {
            let mut s = Share { osuus: Some(Sp::new(Percent::whole(*p), Span::default())), ..Share::default() };
            if stated_first && i == 0 {
                s.summa = Some(Sp::new(Euro(rust_decimal::Decimal::new((total / 3) as i64, 2)), Span::default()));
            }
            f.osuudet.push(s);
        }
        let r = hanke::calc::funding::resolve(&f);
        let sum: Euro = r.shares.iter().filter_map(|s| s.summa).sum();
        let gap = r.uncovered.map_or(rust_decimal::Decimal::ZERO, |u| u.0)
            - r.excess.map_or(rust_decimal::Decimal::ZERO, |e| e.0);
        prop_assert_eq!(sum.0 + gap, r.total.unwrap().0);
        if !stated_first {
            prop_assert_eq!((r.uncovered, r.excess), (None, None));
        }
        // Each derived amount is its percentage of the total, to within the
        // cents rounding left over (half a cent per derived share).
        for s in r.shares.iter().filter(|s| s.summa_derived) {
            let exact = r.total.unwrap().0 * s.osuus.unwrap() / rust_decimal::Decimal::ONE_HUNDRED;
            prop_assert!((s.summa.unwrap().0 - exact).abs() <= rust_decimal::Decimal::new(5, 3) * rust_decimal::Decimal::from(2 * pcts.len() as u32));
        }
        prop_assert!(r.shares.iter().all(|s| s.summa.unwrap().0.scale() <= 2));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A funding table's total is the stated `yhteensa`, else the sum of the
    /// amounts when every share has one, else unknown (docs/format.md), the
    /// same for the reports' quick total and the full resolution; and the
    /// resolution marks it derived exactly when it was not stated.
    #[test]
    fn total_is_stated_or_the_sum_of_every_amount(
        stated in proptest::option::of(0u64..=1_000_000_000),
        shares in prop::collection::vec((proptest::option::of(0u64..=1_000_000_000), proptest::option::of(0u32..=100)), 0..=5),
    ) {
        use hanke::model::{Euro, Funding, Percent, Share, Sp, Span};
        let cents = |c: u64| Euro(rust_decimal::Decimal::new(c as i64, 2));
        let expected = match stated {
            Some(t) => Some(cents(t)),
            None if !shares.is_empty() && shares.iter().all(|(s, _)| s.is_some()) => {
                Some(shares.iter().map(|(s, _)| cents(s.unwrap())).sum())
            }
            None => None,
        };
        let mut f = Funding { yhteensa: stated.map(|c| Sp::new(cents(c), Span::default())), ..Funding::default() };
        for (summa, osuus) in shares {
            f.osuudet.push(Share {
                summa: summa.map(|c| Sp::new(cents(c), Span::default())),
                osuus: osuus.map(|p| Sp::new(Percent::whole(p), Span::default())),
                ..Share::default()
            });
        }
        let r = hanke::calc::funding::resolve(&f);
        prop_assert_eq!(hanke::calc::funding::total(&f), expected);
        prop_assert_eq!(r.total, expected);
        prop_assert_eq!(r.total_derived, stated.is_none() && expected.is_some());
    }
}

// --- Fixes (issue 11): applying a diagnostic's fix removes it and raises no other

/// How one share of a generated split is written.
#[derive(Clone, Debug)]
enum Written {
    /// `summa` only.
    Amount,
    /// `osuus` only, the true share at `decimals`, nudged by `off` units.
    Percent { decimals: u32, off: i32 },
    /// Both.
    Both { decimals: u32, off: i32 },
    /// Neither (H301).
    Nothing,
}

/// One share: its part of the total in cents, how it is written, whether it
/// is a Kaste state grant.
#[derive(Clone, Debug)]
struct GenShare {
    cents: u64,
    written: Written,
    grant: bool,
}

fn how_written() -> impl Strategy<Value = Written> {
    // Half of the percentages are right, half a few units off.
    let off = || prop_oneof![Just(0i32), -2i32..=2];
    prop_oneof![
        3 => Just(Written::Amount),
        3 => (0u32..=2, off()).prop_map(|(decimals, off)| Written::Percent { decimals, off }),
        3 => (0u32..=2, off()).prop_map(|(decimals, off)| Written::Both { decimals, off }),
        1 => Just(Written::Nothing),
    ]
}

/// A split of a total into 1–4 shares, a stated `yhteensa` or none, a few
/// cents moved to break the amounts now and then. Half of the splits are in
/// whole percents of a total in whole euros, so a share written as a bare
/// percentage is exact and the amounts can add up around it.
fn broken_split() -> impl Strategy<Value = (Option<u64>, Vec<GenShare>)> {
    (
        0u64..=100_000_000,
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec((1u64..100, how_written(), prop::bool::weighted(0.3)), 1..=4),
        prop_oneof![2 => Just(0i64), 1 => -300i64..=300],
    )
        .prop_map(|(total, stated, whole_percents, shares, nudge)| {
            let weights: u64 = shares.iter().map(|(w, _, _)| w).sum();
            let total = if whole_percents {
                total / 100 * 100
            } else {
                total
            };
            let mut out: Vec<GenShare> = shares
                .into_iter()
                .map(|(w, written, grant)| {
                    let cents = if whole_percents {
                        total / 100 * (w * 100 / weights)
                    } else {
                        total * w / weights
                    };
                    GenShare {
                        cents,
                        written,
                        grant,
                    }
                })
                .collect();
            let rest = total - out.iter().map(|s| s.cents).sum::<u64>();
            out[0].cents += rest;
            // Sometimes an amount is off, so the split leaves a gap or exceeds.
            out[0].cents = (out[0].cents as i64 + nudge).max(0) as u64;
            (stated.then_some(total), out)
        })
}

/// The percentage of `cents` in `total` at `decimals`, nudged, as written.
fn percent_text(cents: u64, total: u64, decimals: u32, off: i32) -> String {
    let scale = 10i128.pow(decimals);
    let exact = if total == 0 {
        0
    } else {
        (cents as i128 * 100 * scale * 2 + total as i128) / (2 * total as i128)
    };
    let p = (exact + off as i128).clamp(0, 100 * scale);
    written(p, decimals)
}

fn split_record(total: Option<u64>, shares: &[GenShare]) -> String {
    let mut s = String::from(
        "# a generated split\nnimi = \"P\"\nsalkku = \"KONSTI\"\nvaihe = \"päättynyt\"\nalkaa = 2012-01-01\nloppuu = 2013-12-31\n\n[rahoitus]\n",
    );
    if let Some(t) = total {
        s.push_str(&format!("yhteensa = {} # the total\n", money(t)));
    }
    let whole: u64 = total.unwrap_or_else(|| shares.iter().map(|s| s.cents).sum());
    for (i, share) in shares.iter().enumerate() {
        s.push_str(&format!(
            "\n[[rahoitus.osuudet]]\nrahoittaja = \"Rahoittaja {i}\"\n"
        ));
        if share.grant {
            s.push_str("laji = \"valtionavustus\"\nohjelma = \"Kaste\"\n");
        } else {
            s.push_str("laji = \"oma\"\n");
        }
        let summa = format!("summa = {}\n", money(share.cents));
        match share.written {
            Written::Amount => s.push_str(&summa),
            Written::Percent { decimals, off } => s.push_str(&format!(
                "osuus = {} # stated\n",
                percent_text(share.cents, whole, decimals, off)
            )),
            Written::Both { decimals, off } => {
                s.push_str(&format!(
                    "osuus = {} # stated\n",
                    percent_text(share.cents, whole, decimals, off)
                ));
                s.push_str(&summa);
            }
            Written::Nothing => {}
        }
    }
    s
}

/// Every diagnostic of a folder holding the record `text`, as (code, line),
/// with the fix it carries.
fn checked_with_fixes(text: &str) -> Vec<((String, usize), Option<hanke::diag::Fix>)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hanke.toml"), REGISTRY).unwrap();
    std::fs::write(dir.path().join("p.toml"), text).unwrap();
    let corpus = hanke::load::load(dir.path()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    hanke::rules::check(&corpus, today)
        .into_iter()
        .map(|d| {
            let l = hanke::diag::render::locate(&d, &corpus.files);
            ((l.code.to_string(), l.line), d.fix.clone())
        })
        .collect()
}

/// Every diagnostic as (code, line).
fn checked(text: &str) -> Vec<(String, usize)> {
    checked_with_fixes(text)
        .into_iter()
        .map(|(d, _)| d)
        .collect()
}

/// How many of each code.
fn counts(found: &[(String, usize)]) -> std::collections::BTreeMap<&str, usize> {
    let mut m = std::collections::BTreeMap::new();
    for (code, _) in found {
        *m.entry(code.as_str()).or_insert(0) += 1;
    }
    m
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    /// For a generated broken split, each diagnostic's fix, applied through
    /// the library to the text, removes that diagnostic and raises no new one.
    #[test]
    fn every_fix_removes_its_diagnostic_and_raises_no_other((total, shares) in broken_split()) {
        let text = split_record(total, &shares);
        let found = checked_with_fixes(&text);
        let before: Vec<(String, usize)> = found.iter().map(|(d, _)| d.clone()).collect();
        for ((code, line), fix) in &found {
            let Some(fix) = fix else { continue };
            let fixed = hanke::diag::fix::apply(&text, fix).unwrap();
            prop_assert_ne!(&fixed, &text);
            // Only the values named change: every comment is still there.
            prop_assert_eq!(fixed.matches('#').count(), text.matches('#').count());
            let after = checked(&fixed);
            let (was, now) = (counts(&before), counts(&after));
            for (c, n) in &now {
                let allowed = was.get(c).copied().unwrap_or(0) - usize::from(*c == code.as_str());
                prop_assert!(*n <= allowed, "{} after fixing {} at {}: {:?} → {:?}\n{}\n{}", c, code, line, before, after, text, fixed);
            }
            // Where no line was added, the places can be compared too.
            if fixed.lines().count() == text.lines().count() {
                prop_assert!(!after.contains(&(code.clone(), *line)), "{:?} → {:?}\n{}", before, after, fixed);
                prop_assert!(after.iter().all(|d| before.contains(d)), "{:?} → {:?}\n{}", before, after, fixed);
            }
        }
    }

    /// A split that adds up, written in any mix of amounts and amounts with
    /// their correct percentages, checks clean.
    #[test]
    fn correct_splits_pass(total in 100u64..=100_000_000, weights in prop::collection::vec((1u64..100, 0u32..=2, any::<bool>()), 1..=4)) {
        let sum: u64 = weights.iter().map(|(w, _, _)| w).sum();
        let mut shares: Vec<GenShare> = weights
            .iter()
            .map(|&(w, decimals, both)| GenShare {
                cents: total * w / sum,
                written: if both { Written::Both { decimals, off: 0 } } else { Written::Amount },
                grant: false,
            })
            .collect();
        let rest = total - shares.iter().map(|s| s.cents).sum::<u64>();
        shares[0].cents += rest;
        let text = split_record(Some(total), &shares);
        prop_assert_eq!(checked(&text), Vec::<(String, usize)>::new(), "{}", text);
    }
}

#[test]
fn generated_fixes_cover_every_kind() {
    // One broken split of each kind that carries a fix, so the property
    // above is not vacuous: each fix applied leaves nothing to report.
    let share = |cents, written| GenShare {
        cents,
        written,
        grant: false,
    };
    let cases = [
        // H303: 250 of 1000 written as 20 %, beside amounts that add up.
        (
            "H303",
            vec![
                share(
                    75_000,
                    Written::Both {
                        decimals: 0,
                        off: 0,
                    },
                ),
                share(
                    25_000,
                    Written::Both {
                        decimals: 0,
                        off: -5,
                    },
                ),
            ],
        ),
        // H304: 75 % derived, 20 % beside 250: the amounts add up, 20 is off.
        (
            "H304",
            vec![
                share(
                    75_000,
                    Written::Percent {
                        decimals: 0,
                        off: 0,
                    },
                ),
                share(
                    25_000,
                    Written::Both {
                        decimals: 0,
                        off: -5,
                    },
                ),
            ],
        ),
        // H301: the share with no figure gets what the others leave.
        (
            "H301",
            vec![
                share(70_000, Written::Amount),
                share(30_000, Written::Nothing),
            ],
        ),
    ];
    for (code, shares) in cases {
        let text = split_record(Some(100_000), &shares);
        let found = checked_with_fixes(&text);
        assert_eq!(found.len(), 1, "{found:?}\n{text}");
        assert_eq!(found[0].0.0, code);
        let fix = found[0].1.as_ref().expect("a fix");
        let fixed = hanke::diag::fix::apply(&text, fix).unwrap();
        assert_eq!(checked(&fixed), Vec::<(String, usize)>::new(), "{fixed}");
    }
}
