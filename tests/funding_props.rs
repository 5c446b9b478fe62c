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

    /// Derived amounts always add up to `yhteensa` exactly, to the cent, when
    /// the stated percentages add up to 100.
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
        prop_assert_eq!(sum, r.total.unwrap());
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
