//! Record ids from project names.
//!
//! An id is a file name below the data folder, so it must be a lowercase
//! ASCII `[a-z0-9-]` segment; and a person types it (`hanke show hyve-…`), so
//! it should be short. Finnish letters fold the way Finns write them in
//! addresses (`ä`→`a`, `ö`→`o`, `å`→`a`), other accents are dropped, and the
//! name is cut after its first words, at a word boundary, at about 40
//! characters, never ending on a joining word like `ja`.

use super::text::fold;

/// The longest id we make from a name.
const MAX_LEN: usize = 40;

/// Words that make a poor last word of a shortened id.
const JOINING_WORDS: &[&str] = &["ja", "seka", "tai", "eli", "in", "of", "and", "the", "for"];

/// `Hyve - johtamisen kartta - …` → `hyve-johtamisen-kartta`.
pub(super) fn slug(name: &str) -> String {
    let words = ascii_words(name);
    let mut kept: Vec<&str> = Vec::new();
    let mut len = 0;
    for word in &words {
        let added = if kept.is_empty() {
            word.len()
        } else {
            word.len() + 1
        };
        if len + added > MAX_LEN {
            break;
        }
        kept.push(word);
        len += added;
    }
    while kept.len() > 1 && kept.last().is_some_and(|w| JOINING_WORDS.contains(w)) {
        kept.pop();
    }
    match (kept.is_empty(), words.first()) {
        (false, _) => kept.join("-"),
        (true, Some(long)) => long.chars().take(MAX_LEN).collect(),
        (true, None) => "hanke".to_string(),
    }
}

/// The name as lowercase ASCII words (`sosiaali-` and `ja` stay separate).
fn ascii_words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_name() {
        assert_eq!(
            slug(
                "Hyve - johtamisen kartta - Vuorovaikutuksellisella johtamisella uusiin tavoitteisiin"
            ),
            "hyve-johtamisen-kartta"
        );
    }

    #[test]
    fn finnish_letters_fold() {
        assert_eq!(slug("Ikäihmisten Äänet: Örö"), "ikaihmisten-aanet-oro");
    }

    #[test]
    fn does_not_end_on_a_joining_word() {
        assert_eq!(
            slug("Sosiaali- ja terveydenhuollon palvelurakenteen uudistus"),
            "sosiaali-ja-terveydenhuollon"
        );
        assert_eq!(
            slug("Perheiden palveluiden kehittämishanke ja muuta"),
            "perheiden-palveluiden-kehittamishanke"
        );
    }

    #[test]
    fn odd_names() {
        assert_eq!(slug("!!!"), "hanke");
        assert_eq!(slug("A".repeat(50).as_str()).len(), 40);
        assert_eq!(
            slug("TerPS2 – Terveempi Pohjois-Suomi"),
            "terps2-terveempi-pohjois-suomi"
        );
    }
}
