//! Splitting a page into its labelled fields.
//!
//! A project page reads `Label <spaces> value`, one label per line, with the
//! value going on over the following lines until the next label. Around the
//! record sit navigation (before `Hankkeen nimi`) and a footer (`© Oulun
//! kaupunki …`), which are not part of it.
//!
//! The hard part is telling a label from prose that happens to start with the
//! same word ("Rahoittajat ovat …" inside Sisältö). So each label is taken at
//! most once, and a label that is also an ordinary word is trusted inside the
//! long prose fields only when a tab or a no-break space separates it from its
//! value, which is how the database's own pages are laid out.

use super::text::{fold_char, is_blank, is_space};

/// A field of the project page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Label {
    Nimi,
    Tyyppi,
    Salkku,
    Lyhenne,
    Hallinnoija,
    Tiivistelma,
    Tavoitteet,
    Sisalto,
    Vaihe,
    Alkaa,
    Loppuu,
    Rahoittajat,
    Toteuttajat,
    Yhteyshenkilot,
    Liitteet,
}

/// How a label is spelt on pages and how far it can be trusted.
struct LabelSpec {
    label: Label,
    spellings: &'static [&'static str],
    /// Unlikely to start a prose line: trusted after a plain space too.
    distinctive: bool,
}

const LABELS: &[LabelSpec] = &[
    LabelSpec {
        label: Label::Nimi,
        spellings: &["Hankkeen nimi"],
        distinctive: true,
    },
    LabelSpec {
        label: Label::Tyyppi,
        spellings: &["Hanketyyppi"],
        distinctive: true,
    },
    LabelSpec {
        label: Label::Salkku,
        spellings: &["Salkku", "Kehittämissalkku"],
        distinctive: false,
    },
    LabelSpec {
        label: Label::Lyhenne,
        spellings: &["Lyhenne"],
        distinctive: false,
    },
    LabelSpec {
        label: Label::Hallinnoija,
        spellings: &["Hallinnoija"],
        distinctive: false,
    },
    LabelSpec {
        label: Label::Tiivistelma,
        spellings: &["Tiivistelmä"],
        distinctive: false,
    },
    LabelSpec {
        label: Label::Tavoitteet,
        spellings: &["Tavoitteet"],
        distinctive: false,
    },
    LabelSpec {
        label: Label::Sisalto,
        spellings: &["Sisältö / Toimenpiteet", "Sisältö ja toimenpiteet"],
        distinctive: true,
    },
    LabelSpec {
        label: Label::Vaihe,
        spellings: &["Käsittelyvaihe"],
        distinctive: true,
    },
    LabelSpec {
        label: Label::Alkaa,
        spellings: &[
            "Aloittamispvm",
            "Aloittamispäivämäärä",
            "Aloituspvm",
            "Alkamispvm",
        ],
        distinctive: true,
    },
    LabelSpec {
        label: Label::Loppuu,
        spellings: &["Päättymispvm", "Päättymispäivämäärä", "Päättymispäivä"],
        distinctive: true,
    },
    LabelSpec {
        label: Label::Rahoittajat,
        spellings: &["Rahoittajat", "Rahoittaja"],
        distinctive: false,
    },
    LabelSpec {
        label: Label::Toteuttajat,
        spellings: &["Toteuttajat", "Toteuttaja"],
        distinctive: false,
    },
    LabelSpec {
        label: Label::Yhteyshenkilot,
        spellings: &["Yhteyshenkilöt", "Yhteyshenkilö", "Yhteystiedot"],
        distinctive: false,
    },
    LabelSpec {
        label: Label::Liitteet,
        spellings: &["Liitteet", "Liite"],
        distinctive: false,
    },
];

impl Label {
    /// The label as the page writes it, for messages.
    pub(super) fn page_name(self) -> &'static str {
        LABELS
            .iter()
            .find(|spec| spec.label == self)
            .map_or("?", |spec| spec.spellings[0])
    }

    /// Long free text, in which ordinary words must not be taken for labels.
    fn is_long_prose(self) -> bool {
        matches!(self, Label::Tiivistelma | Label::Sisalto)
    }
}

/// One labelled field: the rest of the label line, then its continuation lines.
#[derive(Clone, Debug)]
pub(super) struct Field {
    pub(super) label: Label,
    pub(super) lines: Vec<String>,
}

/// The fields of a page, in page order.
#[derive(Debug)]
pub(super) struct Page {
    pub(super) fields: Vec<Field>,
}

impl Page {
    pub(super) fn field(&self, label: Label) -> Option<&Field> {
        self.fields.iter().find(|f| f.label == label)
    }
}

struct LabelHit {
    label: Label,
    distinctive: bool,
    /// A tab, a no-break space or two spaces after the label (not merely the
    /// end of the line): the page's own layout, not a sentence.
    layout_gap: bool,
    value_start: usize,
}

/// Split normalised page text into fields. `None` when there is no
/// `Hankkeen nimi` label, i.e. the text is not a project page.
pub(super) fn parse(text: &str) -> Option<Page> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|line| label_at(line).is_some_and(|hit| hit.label == Label::Nimi))?;
    let mut fields: Vec<Field> = Vec::new();
    for line in &lines[start..] {
        if is_footer(line) {
            break;
        }
        let current = fields.last().map(|f| f.label);
        match accepted_label(line, current, &fields) {
            Some(hit) => fields.push(Field {
                label: hit.label,
                lines: vec![line[hit.value_start..].to_string()],
            }),
            None => {
                if let Some(field) = fields.last_mut() {
                    field.lines.push((*line).to_string());
                }
            }
        }
    }
    for field in &mut fields {
        trim_trailing_junk(&mut field.lines);
    }
    Some(Page { fields })
}

/// A label at the start of `line` that fits where we are on the page.
fn accepted_label(line: &str, current: Option<Label>, seen: &[Field]) -> Option<LabelHit> {
    let hit = label_at(line)?;
    if seen.iter().any(|f| f.label == hit.label) {
        return None;
    }
    let in_long_prose = current.is_some_and(Label::is_long_prose);
    (!in_long_prose || hit.distinctive || hit.layout_gap).then_some(hit)
}

/// Which label, if any, starts this line, and where its value begins.
fn label_at(line: &str) -> Option<LabelHit> {
    let body = line.trim_start_matches(is_space);
    let offset = line.len() - body.len();
    LABELS.iter().find_map(|spec| {
        spec.spellings.iter().find_map(|spelling| {
            let end = match_spelling(body, spelling)?;
            let (layout_gap, value_start) = separator_after(&body[end..])?;
            Some(LabelHit {
                label: spec.label,
                distinctive: spec.distinctive,
                layout_gap,
                value_start: offset + end + value_start,
            })
        })
    })
}

/// Byte length of `text`'s prefix that spells `spelling`, ignoring case,
/// diacritics and how many spaces surround a `/`.
fn match_spelling(text: &str, spelling: &str) -> Option<usize> {
    let mut pos = 0;
    for want in spelling.chars() {
        let rest = &text[pos..];
        if want == ' ' {
            pos += rest.len() - rest.trim_start_matches(is_space).len();
            continue;
        }
        let got = rest.chars().next()?;
        if fold_char(got) != fold_char(want) {
            return None;
        }
        pos += got.len_utf8();
    }
    Some(pos)
}

/// Whether a layout gap follows the label, and where the value starts;
/// `None` when the label is only the start of a longer word (`Salkkuun`).
fn separator_after(rest: &str) -> Option<(bool, usize)> {
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let value = rest.trim_start_matches(|c: char| is_space(c) || c == ':');
    let gap = &rest[..rest.len() - value.len()];
    let layout_gap = gap.chars().any(|c| is_space(c) && c != ' ')
        || (gap.contains("  ") && !value.chars().all(is_space));
    Some((layout_gap, rest.len() - value.len()))
}

/// The site footer (`© Oulun kaupunki - … - palaute@ouka.fi`) ends the record.
fn is_footer(line: &str) -> bool {
    let line = line.trim_matches(is_space);
    let lower = line.to_lowercase();
    line.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.starts_with("copyright")
        || lower.contains("palaute@ouka.fi")
        || (lower.contains("hanketietokanta") && lower.contains("oulun kaupunki"))
}

/// Navigation markers (`*`) and empty lines at the end of a field are layout.
fn trim_trailing_junk(lines: &mut Vec<String>) {
    while lines
        .last()
        .is_some_and(|l| is_blank(l) || l.trim_matches(is_space) == "*")
    {
        lines.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<Label> {
        parse(text)
            .unwrap()
            .fields
            .iter()
            .map(|f| f.label)
            .collect()
    }

    #[test]
    fn labels_with_no_break_space_separator() {
        let page = "nav\nHankkeen nimi \u{a0} Hyve\nSalkku \u{a0} KONSTI Ohjelma\u{a0}\n";
        let parsed = parse(page).unwrap();
        assert_eq!(parsed.fields.len(), 2);
        assert_eq!(parsed.fields[0].lines, vec!["Hyve"]);
        assert_eq!(parsed.fields[1].lines, vec!["KONSTI Ohjelma\u{a0}"]);
    }

    #[test]
    fn not_a_project_page_without_name_label() {
        assert!(parse("Esitys\nTIIVISTELMÄ jotain").is_none());
    }

    #[test]
    fn common_word_inside_prose_is_not_a_label() {
        let page = "Hankkeen nimi\tX\nSisältö / Toimenpiteet\nRahoittajat ovat kaksi\nRahoittajat\nKäsittelyvaihe\tKäynnissä\nRahoittajat\tSTM\n";
        assert_eq!(
            labels(page),
            vec![
                Label::Nimi,
                Label::Sisalto,
                Label::Vaihe,
                Label::Rahoittajat
            ]
        );
        let page = parse(page).unwrap();
        assert_eq!(page.fields[1].lines.len(), 3);
        assert_eq!(page.field(Label::Rahoittajat).unwrap().lines, vec!["STM"]);
    }

    #[test]
    fn label_spelling_tolerates_case_and_slash_spacing() {
        assert_eq!(
            labels("Hankkeen nimi  X\nSISÄLTÖ/Toimenpiteet\nteksti"),
            vec![Label::Nimi, Label::Sisalto]
        );
    }

    #[test]
    fn longer_word_is_not_a_label() {
        assert_eq!(
            labels("Hankkeen nimi  X\nSalkkuun kuuluu"),
            vec![Label::Nimi]
        );
    }

    #[test]
    fn footer_ends_the_record() {
        let page =
            "Hankkeen nimi \u{a0} X\nLiitteet \u{a0}\nLogot\n*\n© Oulun kaupunki - palaute@ouka.fi";
        let page = parse(page).unwrap();
        assert_eq!(
            page.field(Label::Liitteet).unwrap().lines,
            vec!["", "Logot"]
        );
    }
}
