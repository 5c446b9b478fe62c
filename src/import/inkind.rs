//! Who gave the in-kind help of a `Muut osallistujat/rahoittajat` line, and
//! what it was.
//!
//! The lines read `ORGANISAATIO kuvaus - 15 000 euroa`: the organisation,
//! then what it gives, with nothing but a space between them
//! (`PPSHP asiantuntijapalvelut`, `Oulun yliopiston tutkimusyhteistyö`,
//! `Tekesin rahoittama konsultointi`). Where the author wrote a separator
//! (`Tekes, konsulttipalvelut`, `Oulun yliopisto (tutkimusyhteistyö)`) the
//! split is given; otherwise the organisation is, in this order:
//!
//! 1. a registry name or alias that the first words spell, in any case;
//! 2. an organisation's own name ending in a word such as `yliopisto`,
//!    `liitto` or `kuntayhtymä` (`Oulun yliopiston` → `Oulun yliopisto`),
//!    so that a genitive (`Oulun`) is not read as the city;
//! 3. the first word, or its stem without a case ending (`Oulun` → `Oulu`,
//!    `PPSHP:n` → `PPSHP`), when that is a registry name or alias;
//! 4. else the first word, in its basic form where known (`Tekesin` → `Tekes`).
//!
//! Every split made without a separator is a guess and gets a review line.

use super::funding::Table;
use super::known::Known;
use super::share::nominative;
use super::text::fold;

/// Split every `muut` entry of the table into `rahoittaja` and `kuvaus`.
pub(super) fn name_all(table: &mut Table, known: &Known) {
    for muu in &mut table.muut {
        let named = name(&muu.written, known);
        if let Some(guess) = named.guess {
            table.review.push(guess);
        }
        muu.rahoittaja = named.rahoittaja;
        muu.kuvaus = named.kuvaus;
    }
}

/// One line's organisation and description.
#[derive(Debug, PartialEq, Eq)]
struct Named {
    rahoittaja: String,
    kuvaus: Option<String>,
    /// What was guessed, for the review list.
    guess: Option<String>,
}

/// How the organisation was told apart, for the review line.
enum How {
    /// The registry's name for these words.
    Registry(String),
    /// An organisation's own name the registry does not know.
    OwnName,
    /// The first word, not in the registry.
    FirstWord,
}

fn name(written: &str, known: &Known) -> Named {
    if let Some((who, what)) = split_at_separator(written) {
        let rahoittaja = known
            .canonical(&who)
            .map_or_else(|| who.clone(), str::to_string);
        let guess = (rahoittaja != who).then(|| {
            review_line(
                written,
                &rahoittaja,
                Some(&what),
                How::Registry(who.clone()),
            )
        });
        return Named {
            rahoittaja,
            kuvaus: Some(what),
            guess,
        };
    }
    let words: Vec<&str> = written.split_whitespace().collect();
    let Some(first) = words.first() else {
        return Named {
            rahoittaja: written.to_string(),
            kuvaus: None,
            guess: None,
        };
    };
    let (taken, rahoittaja, how) = organisation(&words, known)
        .unwrap_or_else(|| (1, nominative(&without_case_colon(first)), How::FirstWord));
    let kuvaus = description(&words[taken..]);
    // Nothing was guessed when the whole text is the organisation as written.
    let guessed = kuvaus.is_some() || rahoittaja != written;
    let guess = guessed.then(|| review_line(written, &rahoittaja, kuvaus.as_deref(), how));
    Named {
        rahoittaja,
        kuvaus,
        guess,
    }
}

/// Steps 1–3 of the module's order: (words taken, the organisation, how).
fn organisation(words: &[&str], known: &Known) -> Option<(usize, String, How)> {
    if let Some((n, canonical)) = known.at_start(words, case_forms) {
        let written = words[..n].join(" ");
        return Some((n, canonical.to_string(), How::Registry(written)));
    }
    if let Some(n) = own_name_length(words) {
        let own = nominative(&words[..n].join(" "));
        return Some(match known.canonical(&own) {
            Some(canonical) => (n, canonical.to_string(), How::Registry(own)),
            None => (n, own, How::OwnName),
        });
    }
    case_forms(words[0])
        .iter()
        .find_map(|form| known.canonical(form))
        .map(|canonical| {
            (
                1,
                canonical.to_string(),
                How::Registry(words[0].to_string()),
            )
        })
}

/// A word with a case ending taken off, as the registry might spell it:
/// `Oulun` → `Oulu`, `PPSHP:n` → `PPSHP`, `Tekesin` → `Tekes`,
/// `kaupungin` → `kaupunki`.
fn case_forms(word: &str) -> Vec<String> {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let mut forms = vec![nominative(word), without_case_colon(word)];
    for ending in ["in", "n"] {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.chars().count() >= 2
        {
            forms.push(stem.to_string());
        }
    }
    forms
}

/// `PPSHP:n` → `PPSHP`, `THL:ltä` → `THL`: an abbreviation's case ending
/// goes after a colon.
fn without_case_colon(word: &str) -> String {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != ':');
    match word.split_once(':') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => word.trim_matches(':').to_string(),
    }
}

/// Words that end an organisation's own name, in their basic form and in
/// the genitive (`yliopisto`, `yliopiston`), folded.
const ORGANISATION_WORDS: &[&str] = &[
    "kaupunki",
    "kaupungin",
    "kunta",
    "kunnan",
    "yhtyma",
    "yhtyman",
    "ministerio",
    "ministerion",
    "keskus",
    "keskuksen",
    "liitto",
    "liiton",
    "piiri",
    "piirin",
    "yhdistys",
    "yhdistyksen",
    "saatio",
    "saation",
    "rahasto",
    "rahaston",
    "laitos",
    "laitoksen",
    "virasto",
    "viraston",
    "yliopisto",
    "yliopiston",
    "korkeakoulu",
    "korkeakoulun",
    "sairaala",
    "sairaalan",
    "yhtio",
    "yhtion",
];

/// Company and association forms, which are whole words.
const ORGANISATION_FORMS: &[&str] = &["oy", "oyj", "ry", "ab"];

/// How many words an organisation's own name takes at the start of the
/// line: up to the first word (of the first six) that ends such a name,
/// when the line starts with a capital.
fn own_name_length(words: &[&str]) -> Option<usize> {
    let capital = words.first()?.chars().next()?.is_uppercase();
    if !capital {
        return None;
    }
    words
        .iter()
        .take(6)
        .position(|w| {
            let folded = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
            ORGANISATION_WORDS.iter().any(|end| folded.ends_with(end))
                || ORGANISATION_FORMS.contains(&folded.as_str())
        })
        .map(|i| i + 1)
}

/// The words after the organisation, without the punctuation that joined
/// them to it; `None` when nothing is left.
fn description(words: &[&str]) -> Option<String> {
    let text = words.join(" ");
    let text =
        text.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '-' | '–' | ';'));
    (!text.is_empty()).then(|| text.to_string())
}

/// `Tekes, konsulttipalvelut`, `Tekes (konsulttipalvelut)`, `Tekes: …`.
fn split_at_separator(name: &str) -> Option<(String, String)> {
    for sep in [", ", " (", ": ", " - ", " – ", " / "] {
        if let Some((who, what)) = name.split_once(sep) {
            let what = what.trim_end_matches(')').trim();
            if !who.trim().is_empty() && !what.is_empty() {
                return Some((super::share::clean_name(who), what.to_string()));
            }
        }
    }
    None
}

/// The review line for one guess.
fn review_line(written: &str, rahoittaja: &str, kuvaus: Option<&str>, how: How) -> String {
    let why = match how {
        How::Registry(words) => crate::t!("import-how-registry", words = words),
        How::OwnName => crate::t!("import-how-own-name"),
        How::FirstWord => crate::t!("import-how-first-word"),
    };
    match kuvaus {
        Some(k) => crate::t!(
            "import-r-muut-guess-kuvaus",
            written = written,
            rahoittaja = rahoittaja,
            why = why,
            kuvaus = k
        ),
        None => crate::t!(
            "import-r-muut-guess",
            written = written,
            rahoittaja = rahoittaja,
            why = why
        ),
    }
}
