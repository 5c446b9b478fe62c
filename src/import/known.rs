//! The organisations the registry (`hanke.toml`) knows, for the importer.
//!
//! A page names organisations as people write them: `PPSHP`, `Oulun`,
//! `OULUNKAARI`, `Tekesin`. Where the importer has to guess which words of a
//! line are the organisation, the registry's names and aliases (compared
//! case-insensitively, as `hanke check` compares them) turn a guess into the
//! name reports group under.

use crate::model::registry::Registry;

/// The registry's organisation names and aliases.
#[derive(Clone, Debug, Default)]
pub struct Known {
    /// (a name or alias, lowercased and split into words; its canonical name).
    names: Vec<(Vec<String>, String)>,
}

impl Known {
    /// From (canonical name, aliases) pairs.
    pub fn new<I, A>(orgs: I) -> Self
    where
        I: IntoIterator<Item = (String, A)>,
        A: IntoIterator<Item = String>,
    {
        let mut names = Vec::new();
        for (name, aliases) in orgs {
            names.push((words(&name), name.clone()));
            names.extend(aliases.into_iter().map(|a| (words(&a), name.clone())));
        }
        names.retain(|(w, _)| !w.is_empty());
        // Longest first, so `Kainuun maakunta-kuntayhtymä` wins over `Kainuu`.
        names.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        Known { names }
    }

    /// The canonical name of a name or alias, in any case.
    pub(super) fn canonical(&self, name: &str) -> Option<&str> {
        let wanted = words(name);
        self.names
            .iter()
            .find(|(w, _)| *w == wanted)
            .map(|(_, canonical)| canonical.as_str())
    }

    /// The longest name or alias that the text's first words spell, in any
    /// case; `last_word` gives the other forms the last word of a name of
    /// several words may take (a case ending: `Oulun kaupungin` for `Oulun
    /// kaupunki`). A one-word name must be written as it is: whether `Oulun`
    /// stands for `Oulu` is the caller's decision. Returns how many words it
    /// took and the canonical name.
    pub(super) fn at_start(
        &self,
        text: &[&str],
        last_word: impl Fn(&str) -> Vec<String>,
    ) -> Option<(usize, &str)> {
        self.names.iter().find_map(|(name, canonical)| {
            let n = name.len();
            if n > text.len() {
                return None;
            }
            let same = |a: &str, b: &String| a.to_lowercase() == *b;
            let head = text[..n - 1].iter().zip(name).all(|(a, b)| same(a, b));
            let last = text[n - 1];
            let tail = same(last, &name[n - 1])
                || (n > 1 && last_word(last).iter().any(|form| same(form, &name[n - 1])));
            (head && tail).then_some((n, canonical.as_str()))
        })
    }
}

impl From<&Registry> for Known {
    fn from(registry: &Registry) -> Self {
        Known::new(registry.organisaatiot.iter().map(|(name, org)| {
            (
                name.clone(),
                org.lyhenteet
                    .iter()
                    .map(|a| a.value.clone())
                    .collect::<Vec<_>>(),
            )
        }))
    }
}

fn words(name: &str) -> Vec<String> {
    name.split_whitespace().map(str::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Known {
        Known::new([
            (
                "Oulun kaupunki".to_string(),
                vec!["Ouka".to_string(), "Oulu".to_string()],
            ),
            (
                "Pohjois-Pohjanmaan sairaanhoitopiiri".to_string(),
                vec!["PPSHP".to_string()],
            ),
        ])
    }

    #[test]
    fn names_and_aliases_in_any_case() {
        let k = known();
        assert_eq!(
            k.canonical("ppshp"),
            Some("Pohjois-Pohjanmaan sairaanhoitopiiri")
        );
        assert_eq!(k.canonical("OULUN  KAUPUNKI"), Some("Oulun kaupunki"));
        assert_eq!(k.canonical("Oulunsalo"), None);
    }

    #[test]
    fn the_longest_name_at_the_start() {
        let k = known();
        let none = |_: &str| Vec::new();
        assert_eq!(
            k.at_start(&["Oulun", "kaupunki", "tilat"], none),
            Some((2, "Oulun kaupunki"))
        );
        assert_eq!(k.at_start(&["Oulun", "tilat"], none), None);
        let genitive = |w: &str| vec![w.replace("kaupungin", "kaupunki")];
        assert_eq!(
            k.at_start(&["Oulun", "kaupungin", "tilat"], genitive),
            Some((2, "Oulun kaupunki"))
        );
    }
}
