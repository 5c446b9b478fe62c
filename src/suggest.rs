//! "Did you mean …?" by edit distance, as just and cargo do it.

use std::collections::HashMap;

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
        // Each row reads only the previous row's band and the two cells
        // beside it, which that row wrote: nothing else needs clearing.
        if prev.len() < b.len() + 2 {
            prev.resize(b.len() + 2, over);
            cur.resize(b.len() + 2, over);
        }
        for (j, cell) in prev.iter_mut().enumerate().take(b.len().min(max + 1) + 1) {
            *cell = j.min(over);
        }
        if max + 1 < b.len() {
            prev[max + 2] = over;
        }
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

/// Names grouped by their length in characters, to find the ones within a
/// small edit distance of a given text: only names of about its length are
/// compared, each in a band ([`BoundedDistance`]). Used for record ids and
/// for the registry's organisation names.
#[derive(Default)]
pub struct ByLength<'a> {
    by_len: HashMap<usize, Vec<(Vec<char>, &'a str)>>,
}

impl<'a> ByLength<'a> {
    /// Adds `name`, compared as `key` (the name itself, or folded).
    pub fn insert(&mut self, key: Vec<char>, name: &'a str) {
        self.by_len.entry(key.len()).or_default().push((key, name));
    }

    /// Every name whose key is within `max` edits of `given`, with the
    /// distance, shorter keys first and otherwise in the order added.
    pub fn within(&self, given: &[char], max: usize) -> Vec<(usize, &'a str)> {
        let mut distance = BoundedDistance::default();
        (given.len().saturating_sub(max)..=given.len() + max)
            .filter_map(|len| self.by_len.get(&len))
            .flatten()
            .filter_map(|(key, name)| Some((distance.within(given, key, max)?, *name)))
            .collect()
    }
}

/// Record ids to suggest from, for many lookups at once (every unknown
/// `paahanke` of a corpus): by last path segment, for a record that moved to
/// a folder (`oulu` → `hyve/oulu`), and by length, for typos within a small
/// edit distance. Building it is linear; a lookup compares the given id with
/// the ids of about its length only.
pub struct IdIndex<'a> {
    by_last: HashMap<&'a str, Vec<&'a str>>,
    by_len: ByLength<'a>,
    len: usize,
}

impl<'a> IdIndex<'a> {
    pub fn new(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let mut index = IdIndex {
            by_last: HashMap::new(),
            by_len: ByLength::default(),
            len: 0,
        };
        for id in ids {
            index.len += 1;
            index.by_last.entry(last_segment(id)).or_default().push(id);
            index.by_len.insert(id.chars().collect(), id);
        }
        index
    }

    /// How many ids the index holds.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Up to three ids `given` may have meant, other than `exclude`: ids with
    /// the same last segment first, then, when `typos` is set, ids within
    /// edit distance 2 (1 for short ids), nearest first.
    pub fn suggest(&self, given: &str, exclude: &str, typos: bool) -> Vec<&'a str> {
        let mut out: Vec<&'a str> = Vec::new();
        if let Some(same) = self.by_last.get(last_segment(given)) {
            let mut same: Vec<&'a str> = same
                .iter()
                .copied()
                .filter(|id| *id != given && *id != exclude)
                .collect();
            same.sort_unstable();
            out.extend(same.into_iter().take(3));
        }
        if typos && out.len() < 3 {
            let chars: Vec<char> = given.chars().collect();
            let max = if chars.len() < 6 { 1 } else { 2 };
            let mut near: Vec<(usize, &'a str)> = self
                .by_len
                .within(&chars, max)
                .into_iter()
                .filter(|&(d, id)| d > 0 && id != exclude && !out.contains(&id))
                .collect();
            near.sort_unstable();
            out.extend(near.into_iter().map(|(_, id)| id).take(3 - out.len()));
        }
        out
    }
}

fn last_segment(id: &str) -> &str {
    id.rsplit('/').next().unwrap_or(id)
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

        /// Reusing one instance gives the same answers: nothing left over
        /// from a longer or shorter pair before leaks into the next.
        #[test]
        fn reused_rows_leave_nothing_behind(
            pairs in proptest::collection::vec(("[abc]{0,10}", "[abc]{0,10}", 0usize..4), 1..20),
        ) {
            let mut reused = BoundedDistance::default();
            for (a, b, max) in &pairs {
                let full = strsim::levenshtein(a, b);
                prop_assert_eq!(
                    reused.within(&chars(a), &chars(b), *max),
                    (full <= *max).then_some(full)
                );
            }
        }
    }

    #[test]
    fn ids_suggested_by_last_segment_then_by_spelling() {
        let ids = [
            "hyve",
            "hyve/oulu",
            "terps2",
            "pori-perusturva",
            "oulu/hyve",
        ];
        let index = IdIndex::new(ids);
        assert_eq!(index.suggest("oulu", "x", true), ["hyve/oulu"]);
        assert_eq!(index.suggest("hyvee", "x", true), ["hyve"]);
        assert_eq!(
            index.suggest("vanha/hyve", "x", true),
            ["hyve", "oulu/hyve"]
        );
        assert_eq!(
            index.suggest("pori-perusturv", "x", false),
            Vec::<&str>::new()
        );
        assert_eq!(
            index.suggest("pori-perusturv", "x", true),
            ["pori-perusturva"]
        );
        // A record is never its own suggestion.
        assert_eq!(index.suggest("hyvee", "hyve", true), Vec::<&str>::new());
        assert_eq!(index.len(), 5);
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
