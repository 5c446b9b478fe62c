//! Guessing a funding share's `laji` from the funder's name.
//!
//! The record format sorts every share into `valtionavustus | oma |
//! muu-julkinen | yksityinen | tulot`, and `hanke check` computes the state
//! grant ceiling from that. A wrong guess would silently move money between
//! those columns, so a name is classified only when it clearly belongs to one
//! kind (a ministry or state agency; the city, a municipality or a joint
//! municipal authority; an EU fund; a company). A name that matches none, or
//! more than one kind, is left for a person with a `# TODO`.

use super::text::fold;

/// The kinds of share are the record format's own.
pub(super) use crate::model::Laji;

/// The possible values, for the `# TODO` comment.
pub(super) const CHOICES: &str = "valtionavustus | oma | muu-julkinen | yksityinen | tulot";

/// Whole words (after folding) that name a state funder.
const STATE_WORDS: &[&str] = &[
    "stm", "thl", "tekes", "avi", "ely", "okm", "tem", "mmm", "lvm", "stea", "oph", "valtio",
    "valtion", "kaste",
];
/// Parts of words that name a state funder.
const STATE_PARTS: &[&str] = &[
    "ministerio",
    "ely-keskus",
    "business finland",
    "aluehallintovirasto",
    "terveyden ja hyvinvoinnin laitos",
    "valtionavustus",
    "valtionapu",
    "opetushallitus",
    "kaste-ohjelma",
];
const OWN_WORDS: &[&str] = &["ouka", "oulu", "kunnat", "kuntien", "kunta", "kunnan"];
const OWN_PARTS: &[&str] = &[
    "kaupunki",
    "kaupungin",
    "kuntayhtym",
    "maakunta",
    "sairaanhoitopiiri",
    "yhteistoiminta-alue",
    "omarahoitus",
    "oma rahoitus",
    "oma osuus",
    "peruspalvelukuntayhtym",
];
const EU_WORDS: &[&str] = &["eakr", "esr", "eu", "interreg", "leader", "eu-rahoitus"];
const EU_PARTS: &[&str] = &[
    "aluekehitysrahasto",
    "sosiaalirahasto",
    "maaseuturahasto",
    "rakennerahasto",
    "euroopan unioni",
];
const PRIVATE_WORDS: &[&str] = &["oy", "oyj", "ab", "ry", "ky", "tmi", "yritys", "yritykset"];
const PRIVATE_PARTS: &[&str] = &["osakeyhtio", "saatio"];
const INCOME_WORDS: &[&str] = &[
    "tulot",
    "osallistumismaksut",
    "myyntitulot",
    "maksutulot",
    "tuotot",
];
/// Names that look municipal but are not a municipality's own money.
const NOT_OWN: &[&str] = &["kuntaliitto"];

/// The one `laji` that `name` clearly belongs to, if any.
pub(super) fn infer(name: &str) -> Option<Laji> {
    let folded = fold(name);
    let hyphenated = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty());
    let words: Vec<&str> = hyphenated
        .clone()
        .chain(hyphenated.flat_map(|w| w.split('-')))
        .filter(|w| !w.is_empty())
        .collect();
    let hits = |whole: &[&str], parts: &[&str]| {
        words.iter().any(|w| whole.contains(w)) || parts.iter().any(|p| folded.contains(p))
    };
    let own = hits(OWN_WORDS, OWN_PARTS) && !NOT_OWN.iter().any(|p| folded.contains(p));
    let candidates = [
        (Laji::Valtionavustus, hits(STATE_WORDS, STATE_PARTS)),
        (Laji::Oma, own),
        (Laji::MuuJulkinen, hits(EU_WORDS, EU_PARTS)),
        (Laji::Yksityinen, hits(PRIVATE_WORDS, PRIVATE_PARTS)),
        (Laji::Tulot, hits(INCOME_WORDS, &[])),
    ];
    let mut matching = candidates.iter().filter(|(_, hit)| *hit).map(|(l, _)| *l);
    match (matching.next(), matching.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_funders() {
        for name in [
            "STM",
            "STM:n valtionavustus",
            "Sosiaali- ja terveysministeriö",
            "THL",
            "Tekes",
            "Pohjois-Pohjanmaan ELY-keskus",
            "Business Finland",
            "Pohjois-Suomen aluehallintovirasto",
            "AVI",
            "Opetus- ja kulttuuriministeriö",
        ] {
            assert_eq!(infer(name), Some(Laji::Valtionavustus), "{name}");
        }
    }

    #[test]
    fn own_money() {
        for name in [
            "Oulun kaupunki",
            "Kainuun sosiaali- ja terveydenhuollon kuntayhtymä",
            "Oulunkaaren kuntayhtymä",
            "Kainuun maakuntakuntayhtymä",
            "Hailuodon kunta",
            "Omarahoitus",
            "Oulun seudun kunnat",
        ] {
            assert_eq!(infer(name), Some(Laji::Oma), "{name}");
        }
    }

    #[test]
    fn eu_private_and_income() {
        assert_eq!(infer("EAKR"), Some(Laji::MuuJulkinen));
        assert_eq!(infer("ESR-rahoitus"), Some(Laji::MuuJulkinen));
        assert_eq!(infer("Nokia Oyj"), Some(Laji::Yksityinen));
        assert_eq!(infer("Osallistumismaksut"), Some(Laji::Tulot));
    }

    #[test]
    fn unclear_names_are_left_open() {
        assert_eq!(infer("Pohjois-Pohjanmaan liitto"), None);
        assert_eq!(infer("Raha-automaattiyhdistys"), None);
        assert_eq!(infer("Suomen Kuntaliitto"), None);
        assert_eq!(infer("EAKR / Oulun kaupunki"), None);
    }
}
