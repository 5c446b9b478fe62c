//! The short fields of a page: portfolio, processing stage, dates, lists.
//!
//! Each reader returns what it understood, or the page's text when it did
//! not, so the record can keep that text with a `# TODO` instead of losing it.

use chrono::NaiveDate;

use super::share::strip_bullet;
use super::text::{clean_inline, fold, is_blank};

/// `KONSTI Elämänhallinta- ja hyvinvointiohjelma 2010-2013` → code and name.
/// Also `Ohjelman nimi (KONSTI)`. `None` when no code can be seen.
pub(super) fn salkku(value: &str) -> Option<(String, String)> {
    let value = clean_inline(value);
    let (first, rest) = value.split_once(' ').unwrap_or((&value, ""));
    if is_code(first) {
        let name = rest.trim_start_matches(['-', '–', ':', ' ']).trim();
        return Some((first.to_string(), name.to_string()));
    }
    let inner = value.strip_suffix(')')?;
    let (name, code) = inner.rsplit_once('(')?;
    is_code(code.trim()).then(|| (code.trim().to_string(), name.trim().to_string()))
}

/// A portfolio code: capitals and digits (`KONSTI`, `HYTE2`), no lowercase.
fn is_code(word: &str) -> bool {
    let word = word.trim_end_matches([':', ',']);
    word.chars().count() >= 2
        && word.chars().any(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// A Käsittelyvaihe value: one of the four stages, or the page's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Vaihe {
    Known(&'static str),
    Unknown(String),
}

/// Map the page's stage to `suunnitteilla | käynnissä | päättynyt | keskeytetty`.
pub(super) fn vaihe(value: &str) -> Vaihe {
    let text = clean_inline(value);
    let folded = fold(&text);
    let folded = folded.trim_end_matches('.');
    const STAGES: &[(&str, &[&str])] = &[
        (
            "suunnitteilla",
            &[
                "suunnit",
                "valmistel",
                "valmisteil",
                "haku",
                "haettu",
                "idea",
                "ehdot",
                "tuleva",
            ],
        ),
        (
            "käynnissä",
            &[
                "kaynnissa",
                "kaynnistynyt",
                "kaynnistetty",
                "toteutuksessa",
                "toteutusvaihe",
                "meneillaan",
                "aktiivinen",
                "kesken",
                "kaynnis",
            ],
        ),
        (
            "päättynyt",
            &[
                "paattynyt",
                "paattyi",
                "paatetty",
                "paattyn",
                "valmis",
                "valmistunut",
                "toteutettu",
                "suljettu",
                "loppuunsaatettu",
            ],
        ),
        (
            "keskeytetty",
            &["keskeyt", "perut", "peruu", "hylat", "lakkautet"],
        ),
    ];
    let exact_valmis = folded == "valmis" || folded.starts_with("valmis ");
    STAGES
        .iter()
        .find(|(stage, prefixes)| {
            prefixes.iter().any(|p| {
                if *p == "valmis" {
                    *stage == "päättynyt" && exact_valmis
                } else {
                    folded.starts_with(p)
                }
            })
        })
        .map_or(Vaihe::Unknown(text.clone()), |(stage, _)| {
            Vaihe::Known(stage)
        })
}

/// `1.3.2012` (or `01.03.2012`, `2012-03-01`) as a date.
pub(super) fn date(value: &str) -> Option<NaiveDate> {
    let text = clean_inline(value);
    let token = text.split(' ').next()?.trim_end_matches([',', ';']);
    let token = token.strip_suffix('.').unwrap_or(token);
    if let Some((y, m, d)) = split3(token, '-') {
        return NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    }
    let (d, m, y) = split3(token, '.')?;
    if y.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn split3(token: &str, sep: char) -> Option<(&str, &str, &str)> {
    let mut parts = token.split(sep);
    let out = (parts.next()?, parts.next()?, parts.next()?);
    parts.next().is_none().then_some(out)
}

/// A list field (Toteuttajat): one name a line, or `;`-separated, or
/// comma-separated when each part starts with a capital (`Oulun kaupunki,
/// Oulunkaaren kuntayhtymä`, but not `Oulun kaupunki, hyvinvointipalvelut`).
pub(super) fn list(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| !is_blank(l))
        .flat_map(|l| split_list_line(&clean_inline(strip_bullet(l))))
        .filter(|s| !s.is_empty())
        .collect()
}

fn split_list_line(line: &str) -> Vec<String> {
    let mut items = Vec::new();
    for part in line.split(';') {
        let mut current = String::new();
        for piece in part.split(", ") {
            let starts_capital = piece.chars().next().is_some_and(char::is_uppercase);
            if !current.is_empty() && !starts_capital {
                current.push_str(", ");
            } else if !current.is_empty() {
                items.push(std::mem::take(&mut current));
            }
            current.push_str(piece);
        }
        items.push(current);
    }
    items
        .iter()
        .map(|i| i.trim().trim_end_matches([',', '.']).trim().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portfolio_code_and_name() {
        assert_eq!(
            salkku("KONSTI Elämänhallinta- ja hyvinvointiohjelma 2010-2013\u{a0}"),
            Some((
                "KONSTI".to_string(),
                "Elämänhallinta- ja hyvinvointiohjelma 2010-2013".to_string()
            ))
        );
        assert_eq!(
            salkku("Hyvinvointiohjelma (HYTE)"),
            Some(("HYTE".to_string(), "Hyvinvointiohjelma".to_string()))
        );
        assert_eq!(salkku("Elämänhallinta"), None);
    }

    #[test]
    fn stages() {
        assert_eq!(vaihe("Päättynyt"), Vaihe::Known("päättynyt"));
        assert_eq!(vaihe(" Käynnissä "), Vaihe::Known("käynnissä"));
        assert_eq!(vaihe("Suunnitteilla"), Vaihe::Known("suunnitteilla"));
        assert_eq!(vaihe("Valmistelussa"), Vaihe::Known("suunnitteilla"));
        assert_eq!(vaihe("Valmis"), Vaihe::Known("päättynyt"));
        assert_eq!(vaihe("Keskeytetty"), Vaihe::Known("keskeytetty"));
        assert_eq!(vaihe("Lopetettu"), Vaihe::Unknown("Lopetettu".to_string()));
    }

    #[test]
    fn dates() {
        assert_eq!(date("1.3.2012"), NaiveDate::from_ymd_opt(2012, 3, 1));
        assert_eq!(date(" 31.10.2014 "), NaiveDate::from_ymd_opt(2014, 10, 31));
        assert_eq!(date("2012-03-01"), NaiveDate::from_ymd_opt(2012, 3, 1));
        assert_eq!(date("31.2.2014"), None);
        assert_eq!(date("kevät 2012"), None);
    }

    #[test]
    fn lists() {
        let lines = vec![
            "Oulun kaupunki".to_string(),
            "Oulunkaaren kuntayhtymä, Kainuun maakuntakuntayhtymä".to_string(),
            "Oulun yliopisto, kasvatustieteiden tiedekunta".to_string(),
        ];
        assert_eq!(
            list(&lines),
            vec![
                "Oulun kaupunki",
                "Oulunkaaren kuntayhtymä",
                "Kainuun maakuntakuntayhtymä",
                "Oulun yliopisto, kasvatustieteiden tiedekunta"
            ]
        );
    }
}
