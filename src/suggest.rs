//! "Did you mean …?" by edit distance, as just and cargo do it.

/// The closest candidate within edit distance 2 (case-insensitive), if any.
pub fn did_you_mean<'a>(
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let given_l = given.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(&given_l, &c.to_lowercase()), c))
        .filter(|(d, c)| *d < 3 && *d < c.chars().count().max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The `n` closest candidates, nearest first (for "no such id" errors).
pub fn nearest<'a>(
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let given_l = given.to_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| {
            let cl = c.to_lowercase();
            let d = if cl.contains(&given_l) || given_l.contains(&cl) {
                0
            } else {
                strsim::levenshtein(&given_l, &cl)
            };
            (d, c)
        })
        .collect();
    scored.sort();
    let limit = given.chars().count().max(3);
    scored
        .into_iter()
        .filter(|(d, _)| *d <= limit)
        .take(n)
        .map(|(_, c)| c)
        .collect()
}

/// The edit distance between `a` and `b` when it is at most `max`, else
/// `None`. See [`BoundedDistance`]; this one allocates its own rows.
pub fn levenshtein_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    BoundedDistance::default().within(a, b, max)
}

/// Edit distance with a bound, reusing its two rows between calls: only the
/// diagonal band of width `2 × max + 1` is computed, and the work stops as
/// soon as every cell of a row exceeds `max`. For `max` = 2 a comparison
/// costs a few steps per character instead of the length squared, which keeps
/// "did you mean" fast against a registry of tens of thousands of names.
#[derive(Default)]
pub struct BoundedDistance {
    prev: Vec<usize>,
    cur: Vec<usize>,
}

impl BoundedDistance {
    pub fn within(&mut self, a: &[char], b: &[char], max: usize) -> Option<usize> {
        if a.len().abs_diff(b.len()) > max {
            return None;
        }
        let over = max + 1;
        let (prev, cur) = (&mut self.prev, &mut self.cur);
        // prev[j] = distance between a[..i] and b[..j], capped at `over`.
        prev.clear();
        prev.extend((0..=b.len()).map(|j| j.min(over)));
        cur.clear();
        cur.resize(b.len() + 1, over);
        for (i, &ca) in a.iter().enumerate() {
            let row = i + 1;
            let lo = row.saturating_sub(max);
            let hi = (row + max).min(b.len());
            // Cells left of the band stay "over"; the band is rewritten.
            if lo > 0 {
                cur[lo - 1] = over;
            }
            cur[0] = if lo == 0 { row.min(over) } else { over };
            let mut best = if lo == 0 { cur[0] } else { over };
            for j in lo.max(1)..=hi {
                let cost = usize::from(ca != b[j - 1]);
                let d = (prev[j - 1] + cost)
                    .min(prev[j] + 1)
                    .min(cur[j - 1] + 1)
                    .min(over);
                cur[j] = d;
                best = best.min(d);
            }
            if hi < b.len() {
                cur[hi + 1] = over;
            }
            if best > max {
                return None;
            }
            std::mem::swap(prev, cur);
        }
        let d = prev[b.len()];
        (d <= max).then_some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    proptest! {
        /// The banded distance is the full one whenever that is within the bound.
        #[test]
        fn banded_distance_agrees_with_the_full_one(
            a in "[abcä]{0,12}",
            b in "[abcä]{0,12}",
            max in 0usize..4,
        ) {
            let full = strsim::levenshtein(&a, &b);
            let banded = levenshtein_within(&chars(&a), &chars(&b), max);
            prop_assert_eq!(banded, (full <= max).then_some(full));
        }
    }

    #[test]
    fn banded_distance_of_known_pairs() {
        assert_eq!(
            levenshtein_within(&chars("oulu"), &chars("oulu"), 2),
            Some(0)
        );
        assert_eq!(
            levenshtein_within(&chars("oulun kaupunki"), &chars("oulu kaupunki"), 2),
            Some(1)
        );
        assert_eq!(levenshtein_within(&chars("stm"), &chars("thl"), 1), None);
        assert_eq!(levenshtein_within(&chars(""), &chars("ab"), 2), Some(2));
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(did_you_mean("KONSTY", ["KONSTI", "TERPS"]), Some("KONSTI"));
        assert_eq!(did_you_mean("konsti", ["KONSTI"]), Some("KONSTI"));
        assert_eq!(did_you_mean("xyz", ["KONSTI"]), None);
    }
}
