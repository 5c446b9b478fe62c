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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(did_you_mean("KONSTY", ["KONSTI", "TERPS"]), Some("KONSTI"));
        assert_eq!(did_you_mean("konsti", ["KONSTI"]), Some("KONSTI"));
        assert_eq!(did_you_mean("xyz", ["KONSTI"]), None);
    }
}
