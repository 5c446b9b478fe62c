//! Funders' names: recognising the same funder under two spellings, and the
//! funding programme a name carries.
//!
//! The page names funders twice: in the Rahoittajat field (`STM,
//! Kaste-ohjelma`) and in the figures (`Sosiaali- ja terveysministeriö 75 %
//! …`). The programme is only in the first, so it must be carried over to
//! the matching state-grant share; and a listed funder that matches no share
//! must be reported, not forgotten.

use super::funding::{Osuus, Table};
use super::laji::Laji;
use super::text::fold;

/// `STM, Kaste-ohjelma`, `STM (Kaste)`, `STM/Kaste-ohjelma` → (`STM`, `Kaste`).
/// Without a programme the text comes back whole.
pub(super) fn split_programme(text: &str) -> (String, Option<String>) {
    let parts: Vec<&str> = text
        .split([',', '(', ')', '/', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let Some(programme) = parts.iter().find_map(|p| programme_name(p)) else {
        return (text.trim().to_string(), None);
    };
    let rest: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| programme_name(p).is_none())
        .collect();
    let funder = if rest.is_empty() {
        text.trim().to_string()
    } else {
        rest.join(", ")
    };
    (funder, Some(programme))
}

/// The programme a phrase names: `Kaste-ohjelma` → `Kaste`.
fn programme_name(phrase: &str) -> Option<String> {
    let folded = fold(phrase);
    if folded == "kaste" || folded.starts_with("kaste-") || folded.starts_with("kaste ") {
        return Some("Kaste".to_string());
    }
    let (word, at) = phrase
        .split(' ')
        .find_map(|w| find_ignoring_ascii_case(w, "-ohjelma").map(|at| (w, at)))?;
    let stem = &word[..at];
    (!stem.is_empty() && phrase.split(' ').count() <= 3).then(|| stem.to_string())
}

/// Byte offset of an ASCII `needle` in `haystack`, ignoring ASCII case.
fn find_ignoring_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack.char_indices().map(|(i, _)| i).find(|&i| {
        haystack
            .get(i..i + needle.len())
            .is_some_and(|part| part.eq_ignore_ascii_case(needle))
    })
}

/// Give the programme named in the Rahoittajat field (`STM, Kaste-ohjelma`)
/// to the state-grant shares of that funder, or of anyone if none matches.
pub(super) fn apply_programme(table: &mut Table, funder: &str, programme: &str) {
    let is_open_grant = |o: &Osuus| o.laji == Some(Laji::Valtionavustus) && o.ohjelma.is_none();
    let named = |o: &Osuus| !funder.is_empty() && same_funder(&o.rahoittaja, funder);
    let any_named = table.osuudet.iter().any(|o| is_open_grant(o) && named(o));
    for o in &mut table.osuudet {
        if is_open_grant(o) && (named(o) || !any_named) {
            o.ohjelma = Some(programme.to_string());
        }
    }
}

/// Loose name comparison: `Oulun kaupunki` ~ `Oulun kaupunki (oma)`,
/// `RAY` ~ `Raha-automaattiyhdistys`.
pub(super) fn same_funder(a: &str, b: &str) -> bool {
    let (a, b) = (canonical_funder(a), canonical_funder(b));
    !a.is_empty() && !b.is_empty() && (a == b || a.starts_with(&b) || b.starts_with(&a))
}

/// A funder's name folded, with well-known abbreviations spelt out.
fn canonical_funder(name: &str) -> String {
    const ALIASES: &[(&str, &str)] = &[
        ("stm", "sosiaali- ja terveysministerio"),
        ("thl", "terveyden ja hyvinvoinnin laitos"),
        ("okm", "opetus- ja kulttuuriministerio"),
        ("tem", "tyo- ja elinkeinoministerio"),
        ("ray", "raha-automaattiyhdistys"),
        ("avi", "aluehallintovirasto"),
        ("ouka", "oulun kaupunki"),
        ("oulu", "oulun kaupunki"),
    ];
    let folded = fold(name);
    ALIASES
        .iter()
        .find(|(short, _)| folded == *short || folded.starts_with(&format!("{short}:")))
        .map_or(folded.clone(), |(_, long)| (*long).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programme_from_funder_list() {
        assert_eq!(
            split_programme("STM, Kaste-ohjelma"),
            ("STM".to_string(), Some("Kaste".to_string()))
        );
        assert_eq!(
            split_programme("STM (Ikäihmis-Ohjelma)"),
            ("STM".to_string(), Some("Ikäihmis".to_string()))
        );
        assert_eq!(
            split_programme("Kaste-ohjelma"),
            ("Kaste-ohjelma".to_string(), Some("Kaste".to_string()))
        );
        assert_eq!(
            split_programme("Oulun kaupunki"),
            ("Oulun kaupunki".to_string(), None)
        );
    }

    #[test]
    fn same_funder_under_two_spellings() {
        assert!(same_funder("STM", "Sosiaali- ja terveysministeriö"));
        assert!(same_funder("RAY", "Raha-automaattiyhdistys"));
        assert!(same_funder(
            "Oulun kaupunki",
            "Oulun kaupunki (oma rahoitus)"
        ));
        assert!(!same_funder("THL", "STM"));
    }
}
