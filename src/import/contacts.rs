//! Reading people out of the free-text Yhteyshenkilöt field.
//!
//! The field is prose: `Projektijohtaja Päivi Visuri, 044-7034555 ja
//! projektisuunnittelija Taija Rintamäki 044 7034557. Sähköposti:
//! etunimi.sukunimi(at)ouka.fi`. People are found by their names (two or
//! three capitalised words that are not titles); the words before a name are
//! the role, a phone number after it is theirs, and an `etunimi.sukunimi`
//! address pattern gives everyone an email. This is best effort, so the
//! record always keeps the page's text as a comment beside the result.

use super::text::{capitalize, clean_inline, fold, is_blank};

/// One `[[yhteystiedot]]` entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Person {
    pub(super) rooli: Option<String>,
    pub(super) nimi: String,
    pub(super) puhelin: Option<String>,
    pub(super) email: Option<String>,
}

/// What the field yielded.
#[derive(Clone, Debug, Default)]
pub(super) struct Contacts {
    pub(super) people: Vec<Person>,
    /// The page's text, line by line, for the comment.
    pub(super) original: Vec<String>,
    pub(super) review: Vec<String>,
}

/// A word of the text with its byte range.
#[derive(Clone, Debug)]
struct Word<'a> {
    raw: &'a str,
    /// Without surrounding punctuation.
    core: &'a str,
    start: usize,
    end: usize,
}

/// Parse the Yhteyshenkilöt field.
pub(super) fn parse(lines: &[String]) -> Contacts {
    let original: Vec<String> = lines
        .iter()
        .filter(|l| !is_blank(l))
        .map(|l| clean_inline(l))
        .collect();
    let text = join_wrapped_phones(&original);
    let names = find_names(&text);
    let pattern = email_pattern_domain(&text);
    let mut people = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let role_from = if i == 0 {
            0
        } else {
            split_point(&text, names[i - 1].1, name.0)
        };
        let data_to = match names.get(i + 1) {
            Some(next) => split_point(&text, name.1, next.0),
            None => sentence_end(&text, name.1),
        };
        people.push(person(&text, (role_from, name.0), *name, data_to, &pattern));
    }
    let mut review = Vec::new();
    if people.is_empty() && !text.is_empty() {
        review.push(crate::t!("import-r-no-names"));
    } else if let Some(domain) = &pattern
        && people.iter().any(|p| p.email.is_some())
    {
        review.push(crate::t!("import-r-emails", domain = domain.as_str()));
    }
    Contacts {
        people,
        original,
        review,
    }
}

/// The lines as one text, one person's data a line, except that a phone
/// number the page wrapped after its dash (`044-` / `7032222`) is joined
/// back into one number.
fn join_wrapped_phones(lines: &[String]) -> String {
    let mut text = String::new();
    for line in lines {
        let wrapped_phone =
            ends_in_phone_dash(&text) && line.starts_with(|c: char| c.is_ascii_digit());
        if !text.is_empty() && !wrapped_phone {
            text.push('\n');
        }
        text.push_str(line);
    }
    text
}

/// `… 044-`: digits and a dash at the end of a line.
fn ends_in_phone_dash(text: &str) -> bool {
    text.strip_suffix(['-', '–'])
        .is_some_and(|before| before.ends_with(|c: char| c.is_ascii_digit()))
}

/// Build one person from the role text before the name and the data after it.
fn person(
    text: &str,
    role: (usize, usize),
    name: (usize, usize),
    data_to: usize,
    pattern: &Option<String>,
) -> Person {
    let nimi = text[name.0..name.1].to_string();
    let data = &text[name.1..data_to.max(name.1)];
    let puhelin = find_phone(data);
    let explicit = find_email(data);
    let email = explicit.or_else(|| {
        pattern
            .as_ref()
            .and_then(|domain| email_from_pattern(&nimi, domain))
    });
    let mut rooli = clean_role(&text[role.0..role.1]);
    let extra = leftover_description(data, puhelin.as_deref());
    if let Some(extra) = extra {
        rooli = Some(match rooli {
            Some(r) => format!("{r}, {extra}"),
            None => capitalize(&extra),
        });
    }
    Person {
        rooli,
        nimi,
        puhelin,
        email,
    }
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(word(text, s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

fn word(text: &str, start: usize, end: usize) -> Word<'_> {
    let raw = &text[start..end];
    let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
    let core_start = start + raw.find(core).unwrap_or(0);
    Word {
        raw,
        core,
        start: core_start,
        end: core_start + core.len(),
    }
}

/// Byte ranges of the people's names, in order.
fn find_names(text: &str) -> Vec<(usize, usize)> {
    let words = words(text);
    let mut names = Vec::new();
    let mut run: Vec<&Word> = Vec::new();
    for w in &words {
        if is_name_word(w) {
            run.push(w);
            if ends_with_punctuation(w) {
                take_run(&mut run, &mut names);
            }
        } else {
            take_run(&mut run, &mut names);
        }
    }
    take_run(&mut run, &mut names);
    names
}

fn take_run(run: &mut Vec<&Word>, names: &mut Vec<(usize, usize)>) {
    // `Kulttuurituottaja Pekka Lehto`: a long first word of three is a title
    // this list does not know, not a first name.
    if run.len() == 3 && run[0].core.chars().count() > 10 {
        run.remove(0);
    }
    if (2..=3).contains(&run.len()) {
        names.push((run[0].start, run[run.len() - 1].end));
    }
    run.clear();
}

fn ends_with_punctuation(w: &Word) -> bool {
    w.raw.ends_with([',', '.', ';', ':', ')'])
}

/// `Kirsti`, `Ylitalo-Katajisto`: capitalised, not a title or a common word.
fn is_name_word(w: &Word) -> bool {
    let core = w.core;
    let mut chars = core.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    let folded = fold(core);
    capitalised
        && core.chars().count() >= 2
        && !w.raw.ends_with(':')
        && !w.raw.starts_with('(')
        && !is_title(&folded)
        && !NOT_NAMES.contains(&folded.as_str())
}

/// Capitalised words that are not people's names.
const NOT_NAMES: &[&str] = &[
    "lisatietoja",
    "lisatiedot",
    "sahkoposti",
    "puhelin",
    "puh",
    "email",
    "sposti",
    "oulun",
    "oulu",
    "kaupunki",
    "hanke",
    "hankkeen",
    "projekti",
    "projektin",
    "vastuullinen",
    "yhteyshenkilo",
    "yhteyshenkilot",
    "vastuuhenkilo",
    "osahanke",
    "osahankkeen",
    "koordinaatiohanke",
    "oy",
    "ry",
];

/// Job titles: `projektijohtaja`, `palvelupäällikkö`, `suunnittelija` ….
fn is_title(folded: &str) -> bool {
    const TITLES: &[&str] = &[
        "johtaja",
        "paallikko",
        "suunnittelija",
        "koordinaattori",
        "asiantuntija",
        "sihteeri",
        "tyontekija",
        "vastaava",
        "laakari",
        "hoitaja",
        "ohjaaja",
        "kehittaja",
        "tutkija",
        "neuvoja",
        "esimies",
        "esihenkilo",
        "vetaja",
        "assistentti",
        "tiedottaja",
        "manageri",
        "kasittelija",
        "lehtori",
        "rehtori",
        "kuraattori",
        "psykologi",
        "terapeutti",
        "avustaja",
        "insinoori",
        "konsultti",
        "valmentaja",
        "kanslisti",
        "yhteyshenkilo",
        "tuottaja",
        "opettaja",
        "kouluttaja",
        "tarkastaja",
        "toimittaja",
        "professori",
        "tohtori",
        "analyytikko",
    ];
    TITLES.iter().any(|t| folded.ends_with(t))
}

/// Where one person's data ends and the next person's role begins, in the
/// gap `from..to` between two names: after the last sentence break, else
/// after the last ` ja `, else after the last comma, else at the next name.
fn split_point(text: &str, from: usize, to: usize) -> usize {
    let gap = &text[from..to];
    let fallback = || {
        [" ja ", ", "]
            .iter()
            .find_map(|s| gap.rfind(s).map(|i| i + s.len()))
    };
    from + sentence_breaks(gap)
        .last()
        .or_else(fallback)
        .unwrap_or(gap.len())
}

/// The end of the sentence that starts at `from`.
fn sentence_end(text: &str, from: usize) -> usize {
    sentence_breaks(&text[from..])
        .next()
        .map_or(text.len(), |i| from + i)
}

/// Byte offsets just after each sentence break: a line end, `; `, or `. `
/// before a capital (so `puh. 040 …` and `mm. kehittäminen` do not break).
fn sentence_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.char_indices().filter_map(move |(i, c)| {
        let rest = &text[i + c.len_utf8()..];
        let breaks = match c {
            '\n' => true,
            ';' => rest.starts_with(' '),
            '.' => {
                rest.starts_with(' ') && rest[1..].chars().next().is_some_and(char::is_uppercase)
            }
            _ => false,
        };
        breaks.then_some(i + c.len_utf8())
    })
}

/// `Vastuullinen johtaja: Hyvinvointijohtaja` → `Vastuullinen johtaja, Hyvinvointijohtaja`.
fn clean_role(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let raw = raw.strip_prefix("ja ").unwrap_or(raw);
    let parts: Vec<&str> = raw
        .split(':')
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '-')))
        .filter(|p| !p.is_empty())
        .filter(|p| !is_lead_in(p))
        .collect();
    let role = parts.join(", ");
    (!role.is_empty()).then(|| capitalize(&role))
}

/// `Lisätietoja antavat`, `Yhteyshenkilöt`: words that introduce, not roles.
fn is_lead_in(part: &str) -> bool {
    let folded = fold(part);
    ["lisatie", "yhteyshenkilo", "yhteystiedot", "sahkoposti"]
        .iter()
        .any(|w| folded.starts_with(w))
}

/// The first phone number: starts with `0` or `+`, 7–12 digits, spaces or
/// dashes between groups.
fn find_phone(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find_map(|i| {
        let starts = (bytes[i] == b'0' || bytes[i] == b'+')
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        if !starts {
            return None;
        }
        let phone = phone_at(&text[i..])?;
        Some(phone.to_string())
    })
}

fn phone_at(text: &str) -> Option<&str> {
    let mut digits = 0;
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    if text.starts_with('+') {
        chars.next();
    }
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            digits += 1;
            end = i + 1;
        } else if matches!(c, ' ' | '-' | '–' | '\u{a0}')
            && chars.peek().is_some_and(|(_, n)| n.is_ascii_digit())
            && digits < 12
        {
            continue;
        } else {
            break;
        }
    }
    (7..=13).contains(&digits).then(|| &text[..end])
}

/// An address written out: `matti.meikalainen@ouka.fi` or `…(at)ouka.fi`.
fn find_email(text: &str) -> Option<String> {
    words(text).iter().find_map(|w| {
        let address = as_address(w.raw)?;
        let local = address.split('@').next()?;
        (fold(local) != "etunimi.sukunimi").then_some(address)
    })
}

/// The domain of an `etunimi.sukunimi(at)domain` pattern in the text.
fn email_pattern_domain(text: &str) -> Option<String> {
    words(text).iter().find_map(|w| {
        let address = as_address(w.raw)?;
        let (local, domain) = address.split_once('@')?;
        (fold(local) == "etunimi.sukunimi").then(|| domain.to_string())
    })
}

/// A word as an email address, `(at)` / `[at]` spelt out as `@`.
fn as_address(raw: &str) -> Option<String> {
    let address = raw
        .replace("(at)", "@")
        .replace("[at]", "@")
        .replace("(a)", "@");
    let address = address.trim_matches(|c: char| !c.is_alphanumeric());
    let (local, domain) = address.split_once('@')?;
    (!local.is_empty() && domain.contains('.')).then(|| address.to_string())
}

/// `Kirsti Ylitalo-Katajisto` + `ouka.fi` → `kirsti.ylitalo-katajisto@ouka.fi`.
pub(super) fn email_from_pattern(name: &str, domain: &str) -> Option<String> {
    let parts: Vec<&str> = name.split_whitespace().collect();
    let first = email_part(parts.first()?);
    let last = email_part(parts.last()?);
    (parts.len() >= 2 && !first.is_empty() && !last.is_empty())
        .then(|| format!("{first}.{last}@{domain}"))
}

fn email_part(word: &str) -> String {
    fold(word)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// What is left after the name besides the phone number and punctuation,
/// e.g. the unit `mielenterveys ja sosiaalipalvelut`.
fn leftover_description(data: &str, phone: Option<&str>) -> Option<String> {
    let mut rest = data.to_string();
    if let Some(phone) = phone {
        rest = rest.replacen(phone, " ", 1);
    }
    let kept: Vec<&str> = rest
        .split([',', ';', '\n'])
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '(' | ')')))
        .filter(|p| !p.is_empty())
        .filter(|p| !is_phone_word(p) && as_address(p).is_none())
        .collect();
    (!kept.is_empty()).then(|| kept.join(", "))
}

fn is_phone_word(part: &str) -> bool {
    let folded = fold(part);
    matches!(
        folded.as_str(),
        "puh" | "p" | "tel" | "gsm" | "puhelin" | "sahkoposti" | "email" | "s-posti" | "ja"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed_text() -> Vec<String> {
        vec![
            "Vastuullinen johtaja: Hyvinvointijohtaja Kirsti Ylitalo-Katajisto.".to_string(),
            "Projektijohtaja Päivi Visuri, 044-7034555 ja projektisuunnittelija Taija Rintamäki 044 7034557. Oulun osahankkeen vastuullinen johtaja palvelujohtaja Arja Heikkinen, mielenterveys ja sosiaalipalvelut, 044 7034034. Sähköposti: etunimi.sukunimi(at)ouka.fi".to_string(),
        ]
    }

    #[test]
    fn people_from_the_seed_page() {
        let c = parse(&seed_text());
        let names: Vec<&str> = c.people.iter().map(|p| p.nimi.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Kirsti Ylitalo-Katajisto",
                "Päivi Visuri",
                "Taija Rintamäki",
                "Arja Heikkinen"
            ]
        );
        let paivi = &c.people[1];
        assert_eq!(paivi.rooli.as_deref(), Some("Projektijohtaja"));
        assert_eq!(paivi.puhelin.as_deref(), Some("044-7034555"));
        assert_eq!(paivi.email.as_deref(), Some("paivi.visuri@ouka.fi"));
        let taija = &c.people[2];
        assert_eq!(taija.rooli.as_deref(), Some("Projektisuunnittelija"));
        assert_eq!(taija.puhelin.as_deref(), Some("044 7034557"));
        let arja = &c.people[3];
        assert_eq!(arja.puhelin.as_deref(), Some("044 7034034"));
        assert_eq!(
            arja.rooli.as_deref(),
            Some(
                "Oulun osahankkeen vastuullinen johtaja palvelujohtaja, mielenterveys ja sosiaalipalvelut"
            )
        );
        assert_eq!(
            c.people[0].email.as_deref(),
            Some("kirsti.ylitalo-katajisto@ouka.fi")
        );
        assert_eq!(
            c.people[0].rooli.as_deref(),
            Some("Vastuullinen johtaja, Hyvinvointijohtaja")
        );
    }

    #[test]
    fn explicit_address_wins() {
        let c = parse(&[
            "Projektipäällikkö Matti Meikäläinen, puh. 040 123 4567, matti.m@example.fi"
                .to_string(),
        ]);
        let p = &c.people[0];
        assert_eq!(p.email.as_deref(), Some("matti.m@example.fi"));
        assert_eq!(p.puhelin.as_deref(), Some("040 123 4567"));
        assert_eq!(p.rooli.as_deref(), Some("Projektipäällikkö"));
    }

    #[test]
    fn a_number_wrapped_after_its_dash_is_one_number() {
        let c = parse(&[
            "Projektipäällikkö Sari Niemi, 044-".to_string(),
            "7032222, sari.niemi@ouka.fi".to_string(),
        ]);
        let p = &c.people[0];
        assert_eq!(p.puhelin.as_deref(), Some("044-7032222"));
        assert_eq!(p.rooli.as_deref(), Some("Projektipäällikkö"));
        assert_eq!(p.email.as_deref(), Some("sari.niemi@ouka.fi"));
        // The comment keeps the page's lines as they were.
        assert_eq!(c.original.len(), 2);
        // A line that merely ends in a dash is not a phone number.
        assert_eq!(
            join_wrapped_phones(&["Tiimi -".to_string(), "2 henkeä".to_string()]),
            "Tiimi -\n2 henkeä"
        );
    }

    #[test]
    fn no_names_is_reported() {
        let c = parse(&["hankkeen toimisto".to_string()]);
        assert!(c.people.is_empty());
        assert_eq!(c.review.len(), 1);
    }
}
