//! Finding the funding blocks in a page's free text and turning them into
//! `[rahoitus]` / `[toteuma]` tables.
//!
//! The database has no funding fields: authors type the figures into
//! Sisältö / Toimenpiteet (sometimes Tiivistelmä) under a heading such as
//! `Toteutuneet kustannukset ja rahoitus:` (→ `[toteuma]`) or
//! `Rahoitussuunnitelma:` / `Kustannusarvio` (→ `[rahoitus]`), one funder a
//! line, perhaps a `Yhteensä` line and a `Muut osallistujat/rahoittajat`
//! part for in-kind help. A block runs from its heading over the lines that
//! read as money; a blank line or a paragraph of prose ends it. Lines inside
//! a block that cannot be read are kept as comments in the table, never
//! dropped, and every guess is listed for review.

use rust_decimal::Decimal;

use super::consistency::sum_if_complete;
use super::funders::split_programme;
use super::laji::{self, Laji};
use super::money::{self, Percent};
use super::share::{self, Entry, Share, strip_bullet};
use super::text::{clean_inline, fold, is_blank};

/// Which table of the record a block fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Target {
    Rahoitus,
    Toteuma,
}

impl Target {
    pub(super) fn key(self) -> &'static str {
        match self {
            Target::Rahoitus => "rahoitus",
            Target::Toteuma => "toteuma",
        }
    }
}

/// One `[[…osuudet]]` entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Osuus {
    pub(super) rahoittaja: String,
    pub(super) laji: Option<Laji>,
    pub(super) ohjelma: Option<String>,
    pub(super) osuus: Option<Percent>,
    pub(super) summa: Option<Decimal>,
    /// The page's line when it said more than was extracted.
    pub(super) source: Option<String>,
}

/// One `[[rahoitus.muut]]` entry: in-kind help outside the split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Muu {
    /// The line's words before the amount (`PPSHP asiantuntijapalvelut`),
    /// which [`super::inkind`] splits into `rahoittaja` and `kuvaus`.
    pub(super) written: String,
    pub(super) rahoittaja: String,
    pub(super) kuvaus: Option<String>,
    pub(super) summa: Decimal,
    pub(super) source: Option<String>,
}

/// A `[rahoitus]` or `[toteuma]` table as read from the page.
#[derive(Clone, Debug)]
pub(super) struct Table {
    pub(super) target: Target,
    /// The block's heading lines as the page wrote them.
    pub(super) headings: Vec<String>,
    pub(super) yhteensa: Option<Decimal>,
    pub(super) ei_oikeuttavat: Option<Decimal>,
    pub(super) osuudet: Vec<Osuus>,
    pub(super) muut: Vec<Muu>,
    /// Lines of the block that could not be placed: written as comments.
    pub(super) notes: Vec<String>,
    /// Every line the block took from the text, for merging.
    lines: Vec<String>,
    /// Things a person should look at.
    pub(super) review: Vec<String>,
}

impl Table {
    fn new(target: Target) -> Self {
        Table {
            target,
            headings: Vec::new(),
            yhteensa: None,
            ei_oikeuttavat: None,
            osuudet: Vec::new(),
            muut: Vec::new(),
            notes: Vec::new(),
            lines: Vec::new(),
            review: Vec::new(),
        }
    }

    /// Figures were found (a block with only comments is prose after all).
    fn has_figures(&self) -> bool {
        self.yhteensa.is_some()
            || self.ei_oikeuttavat.is_some()
            || !self.osuudet.is_empty()
            || !self.muut.is_empty()
    }

    fn unplaced(&mut self, line: &str, why: Unplaced) {
        let line = clean_inline(line);
        let why = why.text();
        self.review.push(crate::t!(
            "import-r-unplaced",
            key = self.target.key(),
            why = why,
            line = line.as_str()
        ));
        self.notes.push(line);
    }
}

/// The free text of a field with its funding blocks taken out.
#[derive(Debug, Default)]
pub(super) struct Extracted {
    pub(super) kept: Vec<String>,
    pub(super) tables: Vec<Table>,
    pub(super) review: Vec<String>,
}

/// Which part of a block the lines belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Shares,
    Muut,
}

/// A heading line: what it opens, and text after it on the same line.
struct Heading {
    target: Target,
    section: Section,
    rest: String,
}

/// Take the funding blocks out of a field's lines. `field` names the field
/// for review messages.
/// Why a line of a funding block was not placed, for its review line.
#[derive(Clone, Copy)]
enum Unplaced {
    AfterHeading,
    NotUnderstood,
    InKindWithoutAmount,
    CostLine,
    SecondTotal,
}

impl Unplaced {
    fn text(self) -> String {
        match self {
            Unplaced::AfterHeading => crate::t!("import-why-after-heading"),
            Unplaced::NotUnderstood => crate::t!("import-why-not-understood"),
            Unplaced::InKindWithoutAmount => crate::t!("import-why-inkind-no-amount"),
            Unplaced::CostLine => crate::t!("import-why-cost-line"),
            Unplaced::SecondTotal => crate::t!("import-why-second-total"),
        }
    }
}

pub(super) fn extract(lines: &[String], field: &str) -> Extracted {
    let mut out = Extracted::default();
    let mut i = 0;
    while i < lines.len() {
        let block = match heading(&lines[i]) {
            Some(h) => Some(read_block(lines, i + 1, h, Some(&lines[i]))),
            None if starts_unheaded_block(lines, i) => {
                let h = Heading {
                    target: Target::Rahoitus,
                    section: Section::Shares,
                    rest: String::new(),
                };
                Some(read_block(lines, i, h, None))
            }
            None => None,
        };
        if let Some((table, end)) = block.filter(|(t, _)| t.has_figures()) {
            if table.headings.is_empty() {
                out.review
                    .push(crate::t!("import-r-no-heading", field = field));
            }
            out.tables.push(table);
            i = end;
            continue;
        }
        if money::has_amount(&lines[i]) {
            out.review.push(crate::t!(
                "import-r-stray-amount",
                field = field,
                line = clean_inline(&lines[i])
            ));
        }
        out.kept.push(lines[i].clone());
        i += 1;
    }
    out
}

/// Two funding lines in a row with no heading (`STM 75 % 300 026 €`).
fn starts_unheaded_block(lines: &[String], i: usize) -> bool {
    let strict = |line: &str| {
        let entries = share::parse_line(line, false);
        entries.iter().any(|e| match e {
            Entry::Share(s) => s.summa.is_some() && s.name.split(' ').count() <= 6,
            _ => false,
        })
    };
    i + 1 < lines.len() && strict(&lines[i]) && strict(&lines[i + 1])
}

/// Read the block whose heading is `h`, starting at line `start`. Returns
/// the table and the index of the first line after the block.
fn read_block(
    lines: &[String],
    start: usize,
    h: Heading,
    heading_line: Option<&String>,
) -> (Table, usize) {
    let mut table = Table::new(h.target);
    let mut section = h.section;
    if let Some(line) = heading_line {
        table.headings.push(clean_inline(line));
        table.lines.push(line.clone());
    }
    read_heading_rest(&mut table, &h.rest, section);
    let mut j = start;
    while j < lines.len() {
        let line = &lines[j];
        if is_blank(line) {
            match lines[j..].iter().position(|l| !is_blank(l)) {
                Some(k) if continues_after_gap(&lines[j + k], h.target) => {
                    j += k;
                    continue;
                }
                _ => break,
            }
        }
        if let Some(sub) = heading(line).filter(|_| section != Section::Muut || opens_heading(line))
        {
            if sub.section == Section::Shares && sub.target != h.target {
                break;
            }
            section = sub.section;
            table.headings.push(clean_inline(line));
            table.lines.push(line.clone());
            read_heading_rest(&mut table, &sub.rest, section);
            j += 1;
            continue;
        }
        let entries = match section {
            Section::Shares => share::parse_line(line, true),
            Section::Muut => share::parse_in_kind_line(line),
        };
        let next_continues = lines
            .get(j + 1)
            .is_some_and(|next| !is_blank(next) && continues_block(next, h.target));
        let listed_in_kind = section == Section::Muut && is_list_item(line);
        if !entries.iter().any(Entry::is_money) && !next_continues && !listed_in_kind {
            break;
        }
        table.lines.push(line.clone());
        add_entries(&mut table, entries, line, section);
        j += 1;
    }
    (table, j)
}

/// Among the participants, a line is a heading only when its first word
/// opens headings (`Toteutuneet kustannukset …`, `Yhteensä`); `ELY-keskus
/// kustannusarvion tarkistus - 7 000 euroa` names a participant although it
/// holds a heading's word.
fn opens_heading(line: &str) -> bool {
    const FIRST_WORDS: &[&str] = &[
        "toteutu", "toteuma", "rahoitu", "kustannu", "kokonais", "budjet", "hankkeen", "muut",
        "muu", "suunnit", "yhteensa",
    ];
    let first = fold(strip_bullet(line))
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_string();
    FIRST_WORDS.iter().any(|w| first.starts_with(w))
}

/// Is this line part of a funding block (money, or a sub-heading)?
fn continues_block(line: &str, target: Target) -> bool {
    match heading(line) {
        Some(h) => h.section == Section::Muut || h.target == target,
        None => share::parse_line(line, true).iter().any(Entry::is_money),
    }
}

/// After a blank line only a clean funding line (nothing but a name and
/// figures) or a heading carries the block on; a sentence with an amount in
/// it is prose.
fn continues_after_gap(line: &str, target: Target) -> bool {
    if heading(line).is_some() {
        return continues_block(line, target);
    }
    let entries = share::parse_line(line, true);
    !entries.is_empty()
        && entries.iter().all(|e| match e {
            Entry::Share(s) => s.source.is_none(),
            Entry::Total(_) | Entry::NotEligible(_) => true,
            Entry::Cost | Entry::Text => false,
        })
}

/// A short line such as `Pohjois-Pohjanmaan liitto: asiantuntija-apu` in a
/// list of participants (not a sentence of prose).
fn is_list_item(line: &str) -> bool {
    let line = clean_inline(line);
    !line.is_empty() && line.split(' ').count() <= 8 && !line.ends_with('.')
}

/// `Kustannusarvio: 400 035 euroa` or `Rahoitussuunnitelma: STM 75 % …`.
fn read_heading_rest(table: &mut Table, rest: &str, section: Section) {
    if is_blank(rest) {
        return;
    }
    let rest = match share::leading_amount(rest) {
        Some((total, after)) => {
            table.yhteensa.get_or_insert(total);
            after
        }
        None => rest.to_string(),
    };
    if money::figures(&rest).is_empty() {
        if rest.chars().any(char::is_alphanumeric) {
            table.unplaced(&rest, Unplaced::AfterHeading);
        }
        return;
    }
    let entries = share::parse_line(&rest, true);
    add_entries(table, entries, &rest, section);
}

/// Recognise a heading that opens (or continues) a funding block.
fn heading(line: &str) -> Option<Heading> {
    let line = strip_bullet(line);
    let (head, rest) = split_heading(line);
    let folded = fold(head.trim_end_matches([':', '.', ' ']));
    if folded.is_empty() || folded.split(' ').count() > 8 {
        return None;
    }
    let (target, section) = heading_kind(&folded)?;
    Some(Heading {
        target,
        section,
        rest: rest.to_string(),
    })
}

/// Split `Heading: rest` at the colon, or before the first figure.
fn split_heading(line: &str) -> (&str, &str) {
    if let Some(colon) = line.find(':') {
        let (head, rest) = line.split_at(colon);
        if money::figures(head).is_empty() {
            return (head, &rest[1..]);
        }
    }
    match money::figures(line).first() {
        Some(first) => line.split_at(first.start),
        None => (line, ""),
    }
}

fn heading_kind(folded: &str) -> Option<(Target, Section)> {
    const MUUT: &[&str] = &[
        "muut osallistujat",
        "muut rahoittajat",
        "muu rahoitus",
        "muut osapuolet",
        "muut tahot",
        "muut kumppanit",
    ];
    if MUUT.iter().any(|m| folded.starts_with(m)) {
        return Some((Target::Rahoitus, Section::Muut));
    }
    let money_word =
        folded.contains("kustannu") || folded.contains("rahoitu") || folded.contains("budjetti");
    let past = folded.contains("toteutu")
        || folded.contains("toteuma")
        || folded.split(' ').any(|w| w == "olivat" || w == "oli");
    if past && money_word {
        return Some((Target::Toteuma, Section::Shares));
    }
    let plan = folded.contains("rahoitussuunnitelma")
        || folded.contains("kustannusarvio")
        || folded.contains("budjetti")
        || folded.contains("kokonaiskustannu")
        || folded.ends_with("rahoitus")
        || folded.starts_with("rahoitus ");
    plan.then_some((Target::Rahoitus, Section::Shares))
}

/// Put what one line said into the table.
fn add_entries(table: &mut Table, entries: Vec<Entry>, line: &str, section: Section) {
    if entries.iter().any(|e| matches!(e, Entry::Text)) {
        let why = match section {
            Section::Muut => Unplaced::InKindWithoutAmount,
            Section::Shares => Unplaced::NotUnderstood,
        };
        table.unplaced(line, why);
        return;
    }
    for entry in entries {
        match (entry, section) {
            (Entry::Share(s), Section::Shares) => add_share(table, s),
            (Entry::Share(s), Section::Muut) => add_muu(table, s, line),
            (Entry::Total(Some(total)), _) => add_total(table, total, line, section),
            (Entry::Total(None), _) => {}
            (Entry::NotEligible(amount), _) => {
                table.ei_oikeuttavat = Some(amount);
            }
            (Entry::Cost, _) => table.unplaced(line, Unplaced::CostLine),
            (Entry::Text, _) => {}
        }
    }
}

fn add_share(table: &mut Table, s: Share) {
    let key = table.target.key();
    table
        .review
        .extend(s.doubts.iter().map(|d| format!("{key}: {d}")));
    let (rahoittaja, ohjelma) = split_programme(&s.name);
    table.osuudet.push(Osuus {
        laji: laji::infer(&rahoittaja),
        rahoittaja,
        ohjelma,
        osuus: s.osuus,
        summa: s.summa,
        source: s.source,
    });
}

/// `Tekes, konsulttipalvelut 60 000 euroa`: in-kind help of 60 000 €. Who
/// gave it and what it was are told apart later, with the registry
/// ([`super::inkind`]). A line without an amount cannot be a `muut` entry.
fn add_muu(table: &mut Table, s: Share, line: &str) {
    let Some(summa) = s.summa else {
        table.unplaced(line, Unplaced::InKindWithoutAmount);
        return;
    };
    let key = table.target.key();
    table
        .review
        .extend(s.doubts.iter().map(|d| format!("{key}: {d}")));
    table.muut.push(Muu {
        rahoittaja: s.name.clone(),
        written: s.name,
        kuvaus: None,
        summa,
        source: s.source,
    });
}

/// A `Yhteensä` line. After the in-kind part it may count the in-kind help
/// too, so there it is taken only when it equals the shares' sum.
fn add_total(table: &mut Table, total: Decimal, line: &str, section: Section) {
    if table.yhteensa == Some(total) {
        return;
    }
    let shares_sum = sum_if_complete(&table.osuudet);
    let fits = section == Section::Shares || shares_sum == Some(total);
    if table.yhteensa.is_none() && fits {
        table.yhteensa = Some(total);
    } else {
        table.unplaced(line, Unplaced::SecondTotal);
    }
}

/// Merge the tables found in several fields into at most one per target.
/// A second block that cannot be merged is kept as comments.
pub(super) fn merge(tables: Vec<Table>) -> (Option<Table>, Option<Table>) {
    let mut rahoitus: Option<Table> = None;
    let mut toteuma: Option<Table> = None;
    for mut table in tables {
        if table.target == Target::Toteuma && !table.muut.is_empty() {
            let mut muut = Table::new(Target::Rahoitus);
            muut.muut = std::mem::take(&mut table.muut);
            table.review.push(crate::t!("import-r-muut-moved"));
            merge_into(&mut rahoitus, muut);
        }
        match table.target {
            Target::Rahoitus => merge_into(&mut rahoitus, table),
            Target::Toteuma => merge_into(&mut toteuma, table),
        }
    }
    (rahoitus, toteuma)
}

fn merge_into(slot: &mut Option<Table>, table: Table) {
    let Some(main) = slot else {
        *slot = Some(table);
        return;
    };
    let totals_agree =
        main.yhteensa.is_none() || table.yhteensa.is_none() || main.yhteensa == table.yhteensa;
    let one_has_shares = main.osuudet.is_empty() || table.osuudet.is_empty();
    if totals_agree && one_has_shares {
        main.yhteensa = main.yhteensa.or(table.yhteensa);
        main.ei_oikeuttavat = main.ei_oikeuttavat.or(table.ei_oikeuttavat);
        main.osuudet.extend(table.osuudet);
        main.muut.extend(table.muut);
        main.headings.extend(table.headings);
        main.notes.extend(table.notes);
        main.review.extend(table.review);
        return;
    }
    let key = main.target.key();
    let first = table.headings.first().cloned().unwrap_or_default();
    main.review.push(crate::t!(
        "import-r-second-block",
        key = key,
        first = first.as_str()
    ));
    main.notes
        .extend(table.lines.iter().map(|l| clean_inline(l)));
}

/// Read the lines of the Rahoittajat field when they carry figures
/// (`STM 75 %, Oulun kaupunki 25 %`) as a plan.
pub(super) fn table_from_funder_list(lines: &[String]) -> Option<Table> {
    let mut table = Table::new(Target::Rahoitus);
    table.headings.push("Rahoittajat".to_string());
    for line in lines.iter().filter(|l| !is_blank(l)) {
        let entries = share::parse_line(line, false);
        if entries.iter().any(Entry::is_money) {
            table.lines.push(line.clone());
            add_entries(&mut table, entries, line, Section::Shares);
        }
    }
    table.has_figures().then_some(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn toteuma_block_is_taken_out_of_the_text() {
        let text = "Tulokset hyviä.\n\nToteutuneet kustannukset ja rahoitus:\n\nSTM (75%) 785 951 euroa\nOulun kaupunki (11%) 118 443 euroa\nYhteensä 904 394 euroa.\n\nLopuksi.";
        let out = extract(&lines(text), "toimenpiteet");
        assert_eq!(out.kept, vec!["Tulokset hyviä.", "", "", "Lopuksi."]);
        assert_eq!(out.tables.len(), 1);
        let t = &out.tables[0];
        assert_eq!(t.target, Target::Toteuma);
        assert_eq!(t.yhteensa, Some(Decimal::from(904_394)));
        assert_eq!(t.osuudet.len(), 2);
        assert_eq!(t.osuudet[1].laji, Some(Laji::Oma));
    }

    #[test]
    fn plan_with_muut_part() {
        let text = "Rahoitussuunnitelma:\nSTM 75 % - 300 026 euroa\nOulun kaupunki 25 % - 100 009 euroa\nMuut osallistujat/rahoittajat:\nTekes, konsulttipalvelut 60 000 euroa";
        let out = extract(&lines(text), "toimenpiteet");
        let t = &out.tables[0];
        assert_eq!(t.target, Target::Rahoitus);
        assert_eq!(t.muut.len(), 1);
        assert_eq!(t.muut[0].written, "Tekes, konsulttipalvelut");
        assert_eq!(t.muut[0].summa, Decimal::from(60_000));
        assert!(out.kept.is_empty());
    }

    #[test]
    fn prose_heading_without_figures_stays_prose() {
        let text = "Rahoitus\nHankkeen rahoitus on varmistettu.";
        let out = extract(&lines(text), "toimenpiteet");
        assert!(out.tables.is_empty());
        assert_eq!(out.kept.len(), 2);
    }

    #[test]
    fn unreadable_line_inside_a_block_becomes_a_note() {
        let text =
            "Rahoitussuunnitelma:\nSTM 75 % 300 €\nrahaa tulee myös muualta\nOulu 25 % 100 €";
        let out = extract(&lines(text), "toimenpiteet");
        let t = &out.tables[0];
        assert_eq!(t.osuudet.len(), 2);
        assert_eq!(t.notes, vec!["rahaa tulee myös muualta"]);
        assert_eq!(t.review.len(), 1);
    }

    #[test]
    fn total_and_shares_in_one_sentence() {
        let text = "Hankkeen kokonaisbudjetti on 1 047 935 euroa, josta STM:n osuus 75 % ja kuntien omarahoitusosuus 25 %.";
        let out = extract(&lines(text), "toimenpiteet");
        let t = &out.tables[0];
        assert_eq!(t.target, Target::Rahoitus);
        assert_eq!(t.yhteensa, Some(Decimal::from(1_047_935)));
        let names: Vec<&str> = t.osuudet.iter().map(|o| o.rahoittaja.as_str()).collect();
        assert_eq!(names, vec!["STM", "kunnat"]);
        assert!(t.review.is_empty(), "{:?}", t.review);
    }

    #[test]
    fn past_tense_total_is_actual() {
        let out = extract(
            &lines("Hankkeen kokonaiskustannukset olivat 550 000 euroa."),
            "toimenpiteet",
        );
        assert_eq!(out.tables[0].target, Target::Toteuma);
        assert_eq!(out.tables[0].yhteensa, Some(Decimal::from(550_000)));
    }
}
