//! Assembling a project record from the fields of a page.
//!
//! Each field goes through its own reader (`meta`, `contacts`, `links`,
//! `funding`); this module decides where each result lands in the record,
//! what becomes a `# TODO`, and collects the review list. Its rule is the
//! importer's promise: whatever the page says ends up in the record, as a
//! value when it could be read and as a comment when it could not.

use chrono::NaiveDate;

use super::consistency;
use super::contacts::{self, Contacts};
use super::funders;
use super::funding::{self, Table};
use super::inkind;
use super::known::Known;
use super::links::{self, Attachments};
use super::meta::{self, Vaihe};
use super::money;
use super::page::{Field, Label, Page};
use super::share::{self, strip_bullet};
use super::summary;
use super::text::{clean_inline, clean_prose, fold, is_blank};

/// A value that may be missing or doubtful: with `comment`, the record
/// carries `key = value  # comment`, or only `# TODO key: comment`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Keyed<T> {
    pub(super) value: Option<T>,
    pub(super) comment: Option<String>,
}

impl<T> Keyed<T> {
    fn plain(value: T) -> Self {
        Keyed {
            value: Some(value),
            comment: None,
        }
    }

    fn todo(comment: String) -> Self {
        Keyed {
            value: None,
            comment: Some(comment),
        }
    }

    fn absent() -> Self {
        Keyed {
            value: None,
            comment: None,
        }
    }
}

/// Everything the record will say, in the record's terms.
#[derive(Debug)]
pub(super) struct Record {
    pub(super) nimi: String,
    pub(super) lyhenne: Option<String>,
    pub(super) tyyppi: Option<String>,
    pub(super) salkku: Keyed<String>,
    /// The portfolio as the page names it: (code, name).
    pub(super) salkku_page: Option<(String, String)>,
    pub(super) vaihe: Keyed<String>,
    pub(super) alkaa: Keyed<NaiveDate>,
    pub(super) loppuu: Keyed<NaiveDate>,
    pub(super) hallinnoija: Option<String>,
    pub(super) toteuttajat: Vec<String>,
    /// Comments among the top-level keys (funders that found no share …).
    pub(super) page_notes: Vec<String>,
    pub(super) tiivistelma: Option<String>,
    pub(super) tavoitteet: Vec<String>,
    pub(super) toimenpiteet: Option<String>,
    pub(super) contacts: Contacts,
    pub(super) attachments: Attachments,
    pub(super) rahoitus: Option<Table>,
    pub(super) toteuma: Option<Table>,
}

/// Build the record; `review` receives one line per thing to look at, in
/// the order of the record.
pub(super) fn build(page: &Page, nimi: String, known: &Known, review: &mut Vec<String>) -> Record {
    let mut strays = Vec::new();
    let mut short = |label| {
        page.field(label)
            .map(|f| short_value(f, &mut strays))
            .filter(|v| !v.is_empty())
    };
    let lyhenne = short(Label::Lyhenne);
    let tyyppi = short(Label::Tyyppi);
    let hallinnoija = short(Label::Hallinnoija);
    let salkku_text = short(Label::Salkku);
    let vaihe_text = short(Label::Vaihe);
    let alkaa_text = short(Label::Alkaa);
    let loppuu_text = short(Label::Loppuu);
    let (salkku, salkku_page) = salkku(salkku_text, review);
    let vaihe = vaihe(vaihe_text, page.field(Label::Vaihe).is_some(), review);
    let alkaa = date(alkaa_text, Label::Alkaa, review);
    let loppuu = date(loppuu_text, Label::Loppuu, review);
    check_date_order(&alkaa, &loppuu, review);
    let money = read_money(page, &strays, known, review);
    let contacts = contacts::parse(&field_lines(page, Label::Yhteyshenkilot));
    review.extend(contacts.review.iter().cloned());
    let attachments = links::parse(&field_lines(page, Label::Liitteet));
    for name in &attachments.unlinked {
        review.push(crate::t!("import-r-no-link", name = name.as_str()));
    }
    Record {
        nimi,
        lyhenne,
        tyyppi,
        salkku,
        salkku_page,
        vaihe,
        alkaa,
        loppuu,
        hallinnoija,
        toteuttajat: meta::list(&field_lines(page, Label::Toteuttajat)),
        page_notes: money.notes,
        tiivistelma: money.tiivistelma,
        tavoitteet: money.tavoitteet,
        toimenpiteet: money.toimenpiteet,
        contacts,
        attachments,
        rahoitus: money.rahoitus,
        toteuma: money.toteuma,
    }
}

/// The prose fields with their funding blocks taken out, and the funding
/// tables built from those blocks, stray lines and the Rahoittajat list.
struct Money {
    tiivistelma: Option<String>,
    tavoitteet: Vec<String>,
    toimenpiteet: Option<String>,
    rahoitus: Option<Table>,
    toteuma: Option<Table>,
    /// Top-level comments: unmatched funders, stray page text.
    notes: Vec<String>,
}

fn read_money(page: &Page, strays: &[String], known: &Known, review: &mut Vec<String>) -> Money {
    let text = ProseParts::of(page, review);
    let (tiivistelma, mut tables) = prose(&text.tiivistelma, "tiivistelma", review);
    let (toimenpiteet, more) = prose(&text.toimenpiteet, "toimenpiteet", review);
    tables.extend(more);
    let stray = funding::extract(&clean_prose(strays), "page");
    review.extend(stray.review);
    tables.extend(stray.tables);
    let funders = field_lines(page, Label::Rahoittajat);
    if let Some(listed) = funding::table_from_funder_list(&funders) {
        review.push(crate::t!("import-r-funder-list-figures"));
        tables.push(listed);
    }
    let (mut rahoitus, mut toteuma) = funding::merge(tables);
    if let Some(table) = &mut rahoitus {
        inkind::name_all(table, known);
    }
    let mut notes = place_funders(&funders, [&mut rahoitus, &mut toteuma], review);
    notes.extend(stray_notes(&stray.kept, review));
    for table in [&rahoitus, &toteuma].into_iter().flatten() {
        review.extend(table.review.iter().cloned());
        review.extend(consistency::check(table));
    }
    Money {
        tiivistelma,
        tavoitteet: text.tavoitteet,
        toimenpiteet,
        rahoitus,
        toteuma,
        notes,
    }
}

/// A one-line field's value, however many lines it was wrapped over.
pub(super) fn inline_value(field: &Field) -> String {
    clean_inline(&field.lines.join(" "))
}

/// The value of a short field. Names and titles may wrap over lines; a
/// stage or a date is one line. Anything else after the value (a budget
/// line pasted below the dates …) goes to `strays` so it is not lost.
fn short_value(field: &Field, strays: &mut Vec<String>) -> String {
    let may_wrap = matches!(
        field.label,
        Label::Tyyppi | Label::Salkku | Label::Lyhenne | Label::Hallinnoija
    );
    let mut value: Vec<&str> = Vec::new();
    let mut gap = false;
    for line in &field.lines {
        if is_blank(line) {
            gap = !value.is_empty();
            continue;
        }
        let wraps = may_wrap && !gap && !money::has_amount(line);
        if value.is_empty() || wraps {
            value.push(line);
        } else {
            strays.push(line.clone());
        }
    }
    clean_inline(&value.join(" "))
}

/// Page text that followed a short field and held no funding figures.
fn stray_notes(kept: &[String], review: &mut Vec<String>) -> Vec<String> {
    kept.iter()
        .filter(|l| !is_blank(l))
        .map(|line| {
            review.push(crate::t!("import-r-stray-line", line = line.as_str()));
            crate::t!("import-c-page", text = line.as_str())
        })
        .collect()
}

fn field_lines(page: &Page, label: Label) -> Vec<String> {
    page.field(label)
        .map(|f| f.lines.clone())
        .unwrap_or_default()
}

fn salkku(
    value: Option<String>,
    review: &mut Vec<String>,
) -> (Keyed<String>, Option<(String, String)>) {
    let Some(value) = value else {
        review.push(crate::t!("import-r-no-salkku"));
        return (Keyed::todo(crate::t!("import-c-not-on-page")), None);
    };
    match meta::salkku(&value) {
        Some((code, name)) => {
            let comment = (!name.is_empty()).then(|| name.clone());
            let keyed = Keyed {
                value: Some(code.clone()),
                comment,
            };
            (keyed, Some((code, name)))
        }
        None => {
            review.push(crate::t!("import-r-salkku-no-code", value = value.as_str()));
            let keyed = Keyed {
                value: Some(value.clone()),
                comment: Some(crate::t!("import-c-salkku-no-code")),
            };
            (keyed, None)
        }
    }
}

const STAGES: &str = "suunnitteilla | käynnissä | päättynyt | keskeytetty";

fn vaihe(value: Option<String>, labelled: bool, review: &mut Vec<String>) -> Keyed<String> {
    let Some(text) = value else {
        review.push(if labelled {
            crate::t!("import-r-vaihe-empty")
        } else {
            crate::t!("import-r-vaihe-missing")
        });
        return Keyed::todo(crate::t!("import-c-vaihe-missing", stages = STAGES));
    };
    match meta::vaihe(&text) {
        Vaihe::Known(stage) if fold(&text) == fold(stage) => Keyed::plain(stage.to_string()),
        Vaihe::Known(stage) => Keyed {
            value: Some(stage.to_string()),
            comment: Some(crate::t!("import-c-page", text = text.as_str())),
        },
        Vaihe::Unknown(text) => {
            review.push(crate::t!("import-r-vaihe-unknown", text = text.as_str()));
            Keyed {
                value: Some(text),
                comment: Some(crate::t!("import-c-vaihe-unknown", stages = STAGES)),
            }
        }
    }
}

fn date(value: Option<String>, label: Label, review: &mut Vec<String>) -> Keyed<NaiveDate> {
    let key = if label == Label::Alkaa {
        "alkaa"
    } else {
        "loppuu"
    };
    let Some(text) = value else {
        if label == Label::Loppuu {
            return Keyed::absent();
        }
        review.push(crate::t!(
            "import-r-date-missing",
            key = key,
            label = label.page_name()
        ));
        return Keyed::todo(crate::t!(
            "import-c-date-missing",
            label = label.page_name()
        ));
    };
    match meta::date(&text) {
        Some(d) if text.split(' ').count() == 1 => Keyed::plain(d),
        Some(d) => Keyed {
            value: Some(d),
            comment: Some(crate::t!("import-c-page", text = text.as_str())),
        },
        None => {
            review.push(crate::t!(
                "import-r-date-invalid",
                key = key,
                text = text.as_str()
            ));
            Keyed::todo(crate::t!("import-c-date-invalid", text = text.as_str()))
        }
    }
}

fn check_date_order(alkaa: &Keyed<NaiveDate>, loppuu: &Keyed<NaiveDate>, review: &mut Vec<String>) {
    if let (Some(a), Some(l)) = (alkaa.value, loppuu.value)
        && a > l
    {
        review.push(crate::t!(
            "import-r-date-order",
            alkaa = crate::lang::format::date(a),
            loppuu = crate::lang::format::date(l)
        ));
    }
}

/// The page's text for the summary, the goals and the actions. A summary
/// (or a Tavoitteet field) that holds its own `Toimenpiteet/Sisältö`
/// heading gives its parts to the keys records.md has for them.
struct ProseParts {
    tiivistelma: Vec<String>,
    tavoitteet: Vec<String>,
    toimenpiteet: Vec<String>,
}

impl ProseParts {
    fn of(page: &Page, review: &mut Vec<String>) -> ProseParts {
        let summary = clean_prose(&field_lines(page, Label::Tiivistelma));
        let goals_field = field_lines(page, Label::Tavoitteet);
        let (goal_lines, actions_in_goals) = summary::goals_then_actions(&goals_field);
        let mut parts = match summary::split(&summary) {
            Some(split) => {
                review.push(crate::t!("import-r-summary-split"));
                ProseParts {
                    tiivistelma: split.tiivistelma,
                    tavoitteet: split.tavoitteet,
                    toimenpiteet: split.toimenpiteet,
                }
            }
            None => ProseParts {
                tiivistelma: summary,
                tavoitteet: Vec::new(),
                toimenpiteet: Vec::new(),
            },
        };
        parts.tavoitteet.extend(summary::goal_items(goal_lines));
        for more in [
            actions_in_goals.unwrap_or_default(),
            &field_lines(page, Label::Sisalto),
        ] {
            parts.toimenpiteet.push(String::new());
            parts.toimenpiteet.extend(more.iter().cloned());
        }
        parts
    }
}

/// Prose with its funding blocks taken out, and those blocks.
fn prose(lines: &[String], name: &str, review: &mut Vec<String>) -> (Option<String>, Vec<Table>) {
    let lines = clean_prose(lines);
    let extracted = funding::extract(&lines, name);
    review.extend(extracted.review);
    let kept = clean_prose(&extracted.kept);
    let text = (!kept.is_empty()).then(|| kept.join("\n"));
    (text, extracted.tables)
}

/// The names in one line of the Rahoittajat list (`STM 75 %` → `STM`).
fn funder_names(line: &str) -> Vec<String> {
    if money::figures(line).is_empty() {
        return meta::list(&[line.to_string()]);
    }
    share::parse_line(line, false)
        .into_iter()
        .filter_map(|entry| match entry {
            share::Entry::Share(s) => Some(s.name),
            _ => None,
        })
        .collect()
}

/// Use the Rahoittajat list: a programme (`STM, Kaste-ohjelma`) goes to the
/// state-grant shares; funders that found no share are kept as a comment.
fn place_funders(
    lines: &[String],
    tables: [&mut Option<Table>; 2],
    review: &mut Vec<String>,
) -> Vec<String> {
    let entries: Vec<String> = lines
        .iter()
        .filter(|l| !is_blank(l))
        .map(|l| clean_inline(strip_bullet(l)))
        .collect();
    if entries.is_empty() {
        return Vec::new();
    }
    let [rahoitus, toteuma] = tables;
    let mut unmatched = Vec::new();
    for entry in &entries {
        let (rest, programme) = funders::split_programme(entry);
        let only_programme = programme.is_some() && rest == *entry;
        let funder = if only_programme { String::new() } else { rest };
        for table in [&mut *rahoitus, &mut *toteuma].into_iter().flatten() {
            if let Some(programme) = &programme {
                funders::apply_programme(table, &funder, programme);
            }
        }
        for name in funder_names(&funder) {
            let found = [&*rahoitus, &*toteuma].into_iter().flatten().any(|t| {
                t.osuudet
                    .iter()
                    .any(|o| funders::same_funder(&o.rahoittaja, &name))
            });
            if !found {
                unmatched.push(name);
            }
        }
    }
    let no_tables = rahoitus.is_none() && toteuma.is_none();
    if no_tables {
        review.push(crate::t!("import-r-funders-no-figures"));
    } else {
        for funder in &unmatched {
            review.push(crate::t!(
                "import-r-funder-no-share",
                funder = funder.as_str()
            ));
        }
    }
    if no_tables || !unmatched.is_empty() {
        vec![crate::t!("import-c-funders", entries = entries.join("; "))]
    } else {
        Vec::new()
    }
}
