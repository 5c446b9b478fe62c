//! Reading one line of a funding block.
//!
//! A funding line names someone and gives their money, in whatever order the
//! author typed it: `STM (75%) 785 951 euroa`, `STM 75 % - 300 026 euroa`,
//! `Oulun kaupunki 118 443 €`, `STM:n osuus 75 %`, `Yhteensä 1 047 935
//! euroa.`, or two shares on one line separated by `,` or `ja`. This module
//! turns such a line into [`Entry`] values and says when it had to guess
//! (more than one amount, words it could not place), so the caller can keep
//! the page's line beside what it extracted.

use rust_decimal::Decimal;

use super::money::{Figure, Kind, Percent, figures};
use super::text::{clean_inline, fold, is_space};

/// A funder's part as one line states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Share {
    pub(super) name: String,
    pub(super) osuus: Option<Percent>,
    pub(super) summa: Option<Decimal>,
    /// The page's line, kept when it said more than name, percent and amount.
    pub(super) source: Option<String>,
    /// Why the reading is uncertain, for the review list.
    pub(super) doubts: Vec<String>,
}

/// What one funding line (or one part of it) says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Entry {
    Share(Share),
    /// `Yhteensä …`, `Kokonaiskustannukset …`: the stated total (`None` for
    /// a line that only says `Yhteensä 100 %`).
    Total(Option<Decimal>),
    /// `Valtionavustukseen oikeuttamattomat kustannukset …`.
    NotEligible(Decimal),
    /// A cost category (`Henkilöstömenot 120 000 €`), not a funder.
    Cost,
    /// No figure, or a figure with nothing to attach it to.
    Text,
}

impl Entry {
    /// Lines that belong in a funding block (as opposed to prose).
    pub(super) fn is_money(&self) -> bool {
        !matches!(self, Entry::Text)
    }
}

/// Read a line found inside a funding block. `in_block` allows a number
/// without a unit at the end of the line to count as euros (`STM 300 026`).
pub(super) fn parse_line(line: &str, in_block: bool) -> Vec<Entry> {
    parse_line_as(line, in_block, Reading::Funding)
}

/// Read a line of the `Muut osallistujat/rahoittajat` part. Every line there
/// names a participant, so a cost word in it (`PPSHP asiantuntijapalvelut -
/// 15 000 euroa`, `… matkakulut …`) describes the help, not a cost line.
pub(super) fn parse_in_kind_line(line: &str) -> Vec<Entry> {
    parse_line_as(line, true, Reading::InKind)
}

/// What kind of line the reader expects.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// Shares, totals and perhaps cost lines.
    Funding,
    /// Participants' in-kind help: never a cost line.
    InKind,
}

fn parse_line_as(line: &str, in_block: bool, reading: Reading) -> Vec<Entry> {
    let line = clean_inline(strip_bullet(line));
    if needs_split(&line, in_block)
        && let Some(items) = split_items(&line, in_block)
    {
        return items
            .iter()
            .map(|item| parse_item(item, in_block, reading, Some(&line)))
            .collect();
    }
    vec![parse_item(&line, in_block, reading, None)]
}

/// A leading figure-only amount (`400 035 euroa` after `Kustannusarvio:`)
/// as a total, and the text after it (`, josta STM:n osuus 75 % …`).
pub(super) fn leading_amount(text: &str) -> Option<(Decimal, String)> {
    let text = clean_inline(text);
    let found = usable_figures(&text, true);
    let first = found.first()?;
    let amount = match first.kind {
        Kind::Amount(v) | Kind::Bare(v) => v,
        Kind::Percent(_) => return None,
    };
    let unnamed = !clean_name(&text[..first.start])
        .chars()
        .any(char::is_alphabetic);
    unnamed.then(|| (amount, text[first.end..].to_string()))
}

fn parse_item(item: &str, in_block: bool, reading: Reading, whole_line: Option<&str>) -> Entry {
    let found = usable_figures(item, in_block);
    let Some(first) = found.first() else {
        return Entry::Text;
    };
    let name = name_for(item, &found, first);
    if !name.chars().any(char::is_alphabetic) {
        return Entry::Text;
    }
    let folded = fold(&name);
    let summa = amount_of(&found);
    if is_total_name(&folded) {
        return Entry::Total(summa);
    }
    if folded.contains("oikeuttamatt") {
        return summa.map_or(Entry::Text, Entry::NotEligible);
    }
    if reading == Reading::Funding && is_cost_name(&folded) {
        return Entry::Cost;
    }
    let mut share = Share {
        name,
        osuus: found.iter().find_map(|f| f.percent().cloned()),
        summa,
        source: None,
        doubts: Vec::new(),
    };
    note_doubts(&mut share, &found, item);
    if !share.doubts.is_empty() || has_leftover_words(item, &found, &share.name) {
        share.source = Some(whole_line.unwrap_or(item).to_string());
    }
    Entry::Share(share)
}

/// The amount: the first euro figure, else a trailing bare number.
fn amount_of(found: &[Figure]) -> Option<Decimal> {
    found.iter().find_map(|f| match f.kind {
        Kind::Amount(v) | Kind::Bare(v) => Some(v),
        Kind::Percent(_) => None,
    })
}

/// Figures that can be money or a share: percentages and euro amounts, and
/// in a block also a grouped or long bare number that ends the line.
fn usable_figures(item: &str, in_block: bool) -> Vec<Figure> {
    let all = figures(item);
    let has_amount = all.iter().any(|f| matches!(f.kind, Kind::Amount(_)));
    all.iter()
        .enumerate()
        .filter(|(i, f)| match f.kind {
            Kind::Amount(_) | Kind::Percent(_) => true,
            Kind::Bare(v) => {
                in_block
                    && !has_amount
                    && *i == all.len() - 1
                    && (f.grouped || v >= Decimal::from(1000))
                    && ends_line(&item[f.end..])
            }
        })
        .map(|(_, f)| f.clone())
        .collect()
}

fn ends_line(rest: &str) -> bool {
    rest.chars()
        .all(|c| is_space(c) || matches!(c, '.' | ',' | ';' | ')' | ':'))
}

/// The funder: text before the first figure, or when the line starts with
/// the figure (`75 % STM 300 026 €`), the text after it.
fn name_for(item: &str, found: &[Figure], first: &Figure) -> String {
    let before = clean_name(&item[..first.start]);
    if !before.is_empty() {
        return before;
    }
    let next_start = found.get(1).map_or(item.len(), |f| f.start);
    clean_name(&item[first.end..next_start])
}

/// Record why a reading is uncertain.
fn note_doubts(share: &mut Share, found: &[Figure], item: &str) {
    let amounts = found.iter().filter(|f| f.percent().is_none()).count();
    let percents = found.iter().filter(|f| f.percent().is_some()).count();
    if amounts > 1 {
        share
            .doubts
            .push(crate::t!("import-r-two-amounts", item = item));
    }
    if percents > 1 {
        share
            .doubts
            .push(crate::t!("import-r-two-percents", item = item));
    }
    if let Some(p) = &share.osuus
        && p.value > Decimal::ONE_HUNDRED
    {
        share
            .doubts
            .push(crate::t!("import-r-over-100", item = item));
    }
}

/// Words besides the name, the figures and connecting punctuation. The text
/// before the first figure is the name (already tidied by [`clean_name`]),
/// so only the text after it is looked at.
fn has_leftover_words(item: &str, found: &[Figure], name: &str) -> bool {
    let mut rest = String::new();
    let mut pos = found.first().map_or(item.len(), |f| f.start);
    for f in found {
        rest.push_str(&item[pos.min(f.start)..f.start]);
        rest.push(' ');
        pos = f.end;
    }
    rest.push_str(&item[pos..]);
    let rest = fold(&rest);
    let name = fold(name);
    let name_words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| !FILLER_WORDS.contains(&w) && !name_words.contains(&w))
}

/// Words that connect a name to its figures without saying anything more.
const FILLER_WORDS: &[&str] = &[
    "eli",
    "on",
    "noin",
    "n",
    "osuus",
    "osuudella",
    "rahoitusosuus",
    "omarahoitusosuus",
    "avustus",
    "rahoittaa",
    "maksaa",
    "josta",
    "ja",
    "yht",
    "yhteensa",
];

/// Is this line worth splitting (two amounts, two percentages, or more)?
fn needs_split(line: &str, in_block: bool) -> bool {
    let found = usable_figures(line, in_block);
    let amounts = found.iter().filter(|f| f.percent().is_none()).count();
    let percents = found.len() - amounts;
    amounts > 1 || percents > 1
}

/// `STM 75 % 300 026 €, Oulun kaupunki 25 % 100 009 €` → two items. Pieces
/// without a figure join the next piece (a name with a comma in it); pieces
/// without a name join the previous one (`STM 75 %, 300 026 €`).
fn split_items(line: &str, in_block: bool) -> Option<Vec<String>> {
    let pieces = split_keeping(line, &["; ", ", ", " ja ", " sekä ", " + "]);
    let mut items: Vec<String> = Vec::new();
    let mut pending = String::new();
    for piece in pieces {
        pending.push_str(&piece);
        let found = usable_figures(pending.trim(), in_block);
        let Some(first) = found.first() else {
            continue;
        };
        let named = clean_name(&pending.trim()[..first.start])
            .chars()
            .any(char::is_alphabetic);
        match items.last_mut() {
            Some(last) if !named => last.push_str(&pending),
            _ => items.push(pending.clone()),
        }
        pending.clear();
    }
    if let Some(last) = items.last_mut() {
        last.push_str(&pending);
    }
    let items: Vec<String> = items
        .iter()
        .map(|i| trim_separators(i).to_string())
        .collect();
    (items.len() > 1).then_some(items)
}

/// Split `text` after each separator, keeping the separators in the pieces.
fn split_keeping(text: &str, separators: &[&str]) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    while pos < text.len() {
        if let Some(sep) = separators.iter().find(|s| text[pos..].starts_with(*s)) {
            pieces.push(text[start..pos + sep.len()].to_string());
            pos += sep.len();
            start = pos;
        } else {
            pos += text[pos..].chars().next().map_or(1, char::len_utf8);
        }
    }
    pieces.push(text[start..].to_string());
    pieces
}

fn trim_separators(item: &str) -> &str {
    let item = item.trim();
    let item = item.strip_prefix("ja ").unwrap_or(item);
    let item = item.strip_prefix("sekä ").unwrap_or(item);
    let item = item.strip_suffix(" ja").unwrap_or(item);
    let item = item.strip_suffix(" sekä").unwrap_or(item);
    item.trim_matches(|c: char| is_space(c) || matches!(c, ',' | ';' | '+'))
}

/// The characters that bullet a list line.
pub(super) const BULLETS: [char; 9] = ['-', '–', '—', '•', '·', '*', '▪', '►', '\u{f0b7}'];

/// Bullets in front of a line (`- `, `• `), and spaces around it.
pub(super) fn strip_bullet(line: &str) -> &str {
    let line = line.trim_matches(is_space);
    let line = line.trim_start_matches(BULLETS);
    line.trim_start_matches(is_space)
}

/// Tidy the name part: no trailing `(`, `-`, `:`, and no filler such as
/// `:n osuus` (`STM:n osuus` → `STM`, `Oulun kaupungin osuus` → `Oulun kaupunki`).
pub(super) fn clean_name(raw: &str) -> String {
    let name = strip_heading_prefix(trim_name_punctuation(raw));
    let mut name = strip_leading_connectors(name).to_string();
    let mut genitive = false;
    loop {
        let folded = fold(&name);
        let Some(word) = TRAILING_FILLER
            .iter()
            .find(|w| folded.ends_with(&format!(" {w}")))
        else {
            break;
        };
        let keep = name
            .chars()
            .count()
            .saturating_sub(word.chars().count() + 1);
        name = trim_name_punctuation(&name.chars().take(keep).collect::<String>()).to_string();
        genitive |= GENITIVE_AFTER.contains(word);
    }
    if genitive || name.ends_with(":n") {
        name = nominative(&name);
    }
    name
}

/// `Rahoitus: STM` → `STM`: a funding word and a colon before the funder.
fn strip_heading_prefix(name: &str) -> &str {
    match name.rsplit_once(": ") {
        Some((head, funder)) if is_funding_word(head) => trim_name_punctuation(funder),
        _ => name,
    }
}

fn is_funding_word(head: &str) -> bool {
    let folded = fold(head);
    ["rahoit", "kustann", "budjet", "josta", "joista"]
        .iter()
        .any(|w| folded.contains(w))
}

/// `josta STM:n osuus` → `STM:n osuus`: words that tie a share to a total
/// mentioned before it.
fn strip_leading_connectors(name: &str) -> &str {
    const LEADING: &[&str] = &["josta", "joista", "siita", "ja", "seka", "eli", "mista"];
    let mut name = name;
    while let Some((first, rest)) = name.split_once(' ') {
        if !LEADING.contains(&fold(first).as_str()) {
            break;
        }
        name = trim_name_punctuation(rest);
    }
    name
}

/// Words that end a name without being part of it.
const TRAILING_FILLER: &[&str] = &[
    "eli",
    "on",
    "noin",
    "n.",
    "osuus",
    "osuudella",
    "rahoitusosuus",
    "omarahoitusosuus",
    "avustus",
    "valtionavustus",
    "rahoittaa",
    "maksaa",
];
/// After these the funder is in the genitive (`kaupungin osuus`).
const GENITIVE_AFTER: &[&str] = &[
    "osuus",
    "osuudella",
    "rahoitusosuus",
    "omarahoitusosuus",
    "avustus",
    "valtionavustus",
];

fn trim_name_punctuation(name: &str) -> &str {
    name.trim_matches(|c: char| {
        is_space(c) || matches!(c, '-' | '–' | '—' | ':' | ',' | ';' | '(' | '=' | '/' | '.')
    })
}

/// Genitive → nominative for the last word of common funder names.
pub(super) fn nominative(name: &str) -> String {
    const ENDINGS: &[(&str, &str)] = &[
        ("kaupungin", "kaupunki"),
        ("yhtymän", "yhtymä"),
        ("kunnan", "kunta"),
        ("kuntien", "kunnat"),
        ("ministeriön", "ministeriö"),
        ("keskuksen", "keskus"),
        ("liiton", "liitto"),
        ("piirin", "piiri"),
        ("yhdistyksen", "yhdistys"),
        ("säätiön", "säätiö"),
        ("rahaston", "rahasto"),
        ("laitoksen", "laitos"),
        ("viraston", "virasto"),
        ("yliopiston", "yliopisto"),
        ("korkeakoulun", "korkeakoulu"),
        ("sairaalan", "sairaala"),
        ("yhtiön", "yhtiö"),
        ("Tekesin", "Tekes"),
    ];
    if let Some(stem) = name.strip_suffix(":n") {
        return stem.to_string();
    }
    ENDINGS
        .iter()
        .find_map(|(from, to)| name.strip_suffix(from).map(|stem| format!("{stem}{to}")))
        .unwrap_or_else(|| name.to_string())
}

fn is_total_name(folded: &str) -> bool {
    const STARTS: &[&str] = &[
        "yhteensa",
        "yht.",
        "yht ",
        "kaikki yhteensa",
        "kokonaiskustannu",
        "kokonaisbudjetti",
        "kokonaisrahoitus",
        "kokonaissumma",
        "summa",
        "budjetti",
        "kustannusarvio",
        "hankkeen kustannusarvio",
        "hankkeen kokonais",
        "hankkeen budjetti",
    ];
    folded == "yht" || STARTS.iter().any(|s| folded.starts_with(s)) || folded.ends_with("yhteensa")
}

fn is_cost_name(folded: &str) -> bool {
    const COSTS: &[&str] = &[
        "henkilostomenot",
        "henkilostokulut",
        "henkilostokustannukset",
        "palkat",
        "palkkakustannukset",
        "palkkamenot",
        "palvelujen ostot",
        "ostopalvelut",
        "asiantuntijapalvelut",
        "matkakulut",
        "matkakustannukset",
        "matkustus",
        "majoitus",
        "painatukset",
        "koulutus- ja",
        "aineet",
        "tarvikkeet",
        "vuokrat",
        "investoinnit",
        "investointimenot",
        "koneet",
        "kalusto",
        "muut menot",
        "muut kulut",
        "tyopanoksen siirto",
        "hallintokulut",
        "yleiskulut",
        "menot",
        "kulut",
    ];
    COSTS.iter().any(|c| folded.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(line: &str) -> Share {
        match parse_line(line, true).remove(0) {
            Entry::Share(s) => s,
            other => panic!("{line}: {other:?}"),
        }
    }

    fn osuus(s: &Share) -> Option<&str> {
        s.osuus.as_ref().map(|p| p.written.as_str())
    }

    #[test]
    fn percent_in_parentheses_before_amount() {
        let s = share("STM (75%) 785 951 euroa");
        assert_eq!(s.name, "STM");
        assert_eq!(osuus(&s), Some("75"));
        assert_eq!(s.summa, Some(Decimal::from(785_951)));
        assert_eq!(s.source, None);
    }

    #[test]
    fn percent_dash_amount() {
        let s = share("STM 75 % - 300 026 euroa");
        assert_eq!((s.name.as_str(), osuus(&s)), ("STM", Some("75")));
        assert_eq!(s.summa, Some(Decimal::from(300_026)));
    }

    #[test]
    fn name_with_hyphen_and_ja() {
        let s = share("Kainuun sosiaali- ja terveydenhuollon kuntayhtymä 111 897 euroa");
        assert_eq!(s.name, "Kainuun sosiaali- ja terveydenhuollon kuntayhtymä");
        assert_eq!(s.osuus, None);
    }

    #[test]
    fn genitive_with_osuus() {
        assert_eq!(share("STM:n osuus 75 %").name, "STM");
        assert_eq!(
            share("Oulun kaupungin osuus 25 % 100 009 €").name,
            "Oulun kaupunki"
        );
    }

    #[test]
    fn bullets_and_bare_amounts() {
        let s = share("- Oulunkaaren kuntayhtymä 31 644");
        assert_eq!(s.name, "Oulunkaaren kuntayhtymä");
        assert_eq!(s.summa, Some(Decimal::from(31_644)));
    }

    #[test]
    fn totals_and_costs() {
        assert_eq!(
            parse_line("Yhteensä 1 047 935 euroa.", true),
            vec![Entry::Total(Some(Decimal::from(1_047_935)))]
        );
        assert_eq!(
            parse_line("Kustannukset yhteensä 400 035 €", true),
            vec![Entry::Total(Some(Decimal::from(400_035)))]
        );
        assert_eq!(
            parse_line("Henkilöstömenot 120 000 €", true),
            vec![Entry::Cost]
        );
        assert_eq!(parse_line("Hanke päättyi.", true), vec![Entry::Text]);
    }

    #[test]
    fn two_shares_on_one_line() {
        let entries = parse_line("STM 75 % 300 026 €, Oulun kaupunki 25 % 100 009 €", true);
        assert_eq!(entries.len(), 2);
        let Entry::Share(second) = &entries[1] else {
            panic!("{entries:?}")
        };
        assert_eq!(second.name, "Oulun kaupunki");
        assert_eq!(second.summa, Some(Decimal::from(100_009)));
    }

    #[test]
    fn one_share_with_comma_before_amount_is_not_split() {
        let entries = parse_line("STM 75 %, 300 026 €", true);
        assert_eq!(entries.len(), 1);
    }

    #[test]
    fn extra_words_keep_the_source_line() {
        let s = share("Oulun kaupunki 118 443 euroa (työpanos)");
        assert_eq!(
            s.source.as_deref(),
            Some("Oulun kaupunki 118 443 euroa (työpanos)")
        );
    }

    #[test]
    fn unnamed_total_after_heading() {
        assert_eq!(
            leading_amount(" 400 035 euroa"),
            Some((Decimal::from(400_035), String::new()))
        );
        assert_eq!(
            leading_amount("400 035 €, josta STM 75 %").map(|(_, rest)| rest),
            Some(", josta STM 75 %".to_string())
        );
        assert_eq!(leading_amount("STM 1 €"), None);
    }

    #[test]
    fn connectors_before_a_name() {
        assert_eq!(share(", josta STM:n osuus 75 %").name, "STM");
        assert_eq!(share("kuntien omarahoitusosuus 25 %.").name, "kunnat");
    }

    #[test]
    fn heading_word_before_the_funder() {
        assert_eq!(share(". Rahoitus: STM 75 %").name, "STM");
        assert_eq!(share("Tekes: 10 000 €").name, "Tekes");
    }

    #[test]
    fn a_year_is_not_a_name() {
        let entries = parse_line("STM 2012: 100 000 €, 2013: 200 000 €", true);
        assert_eq!(entries.len(), 1);
        let Entry::Share(s) = &entries[0] else {
            panic!("{entries:?}")
        };
        assert_eq!(s.summa, Some(Decimal::from(100_000)));
        assert_eq!(s.doubts.len(), 1);
    }
}
