//! A summary that carries the project's goals and actions.
//!
//! Some pages type the whole plan into Tiivistelmä, with `Tavoitteet` and
//! `Toimenpiteet/Sisältö` as headings on lines of their own. records.md has
//! keys for both parts — `tavoitteet`, a list, and `toimenpiteet`, text — so
//! such a summary is split: what comes before the first heading stays the
//! summary, the goals become one list item per numbered or bulleted line,
//! and the actions text goes to `toimenpiteet`. A summary with only one of
//! the headings is left whole: without both, a line `Tavoitteet` is as
//! likely a word of the prose as a heading.

use super::share::{BULLETS, strip_bullet};
use super::text::{clean_inline, fold, is_blank};

/// The parts of a summary with both headings.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Parts {
    pub(super) tiivistelma: Vec<String>,
    pub(super) tavoitteet: Vec<String>,
    pub(super) toimenpiteet: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Heading {
    Goals,
    Actions,
}

/// Split the summary's lines at its `Tavoitteet` and `Toimenpiteet/Sisältö`
/// headings; `None` unless both are there.
pub(super) fn split(lines: &[String]) -> Option<Parts> {
    let goals = lines
        .iter()
        .position(|l| heading(l) == Some(Heading::Goals))?;
    let actions = lines
        .iter()
        .position(|l| heading(l) == Some(Heading::Actions))?;
    let first = goals.min(actions);
    let mut parts = Parts {
        tiivistelma: lines[..first].to_vec(),
        ..Parts::default()
    };
    let (goal_lines, action_lines) = if goals < actions {
        (&lines[goals + 1..actions], &lines[actions + 1..])
    } else {
        (&lines[goals + 1..], &lines[actions + 1..goals])
    };
    parts.tavoitteet = goal_items(goal_lines);
    parts.toimenpiteet = action_lines.to_vec();
    Some(parts)
}

/// A labelled Tavoitteet field that goes on into a `Toimenpiteet/Sisältö`
/// heading: (the goals' lines, the actions' lines after the heading).
pub(super) fn goals_then_actions(lines: &[String]) -> (&[String], Option<&[String]>) {
    match lines
        .iter()
        .position(|l| heading(l) == Some(Heading::Actions))
    {
        Some(at) => (&lines[..at], Some(&lines[at + 1..])),
        None => (lines, None),
    }
}

/// A heading line: the word alone, perhaps with a colon.
fn heading(line: &str) -> Option<Heading> {
    let text = fold(&clean_inline(line));
    let text = text.trim_end_matches([':', '.']).replace(" / ", "/");
    match text.as_str() {
        "tavoitteet" | "hankkeen tavoitteet" => Some(Heading::Goals),
        "toimenpiteet/sisalto"
        | "sisalto/toimenpiteet"
        | "toimenpiteet"
        | "sisalto"
        | "sisalto ja toimenpiteet"
        | "toimenpiteet ja sisalto" => Some(Heading::Actions),
        _ => None,
    }
}

/// One goal per numbered or bulleted line, the marker taken off. A line
/// without a marker right after an item is that item wrapped; elsewhere
/// (or when no line has a marker) it is a goal of its own.
pub(super) fn goal_items(lines: &[String]) -> Vec<String> {
    let any_marked = lines.iter().any(|l| list_item(l).is_some());
    let mut items: Vec<String> = Vec::new();
    let mut wraps = false;
    for line in lines {
        if is_blank(line) {
            wraps = false;
            continue;
        }
        match (list_item(line), items.last_mut()) {
            (Some(item), _) => items.push(clean_inline(item)),
            (None, Some(last)) if wraps => {
                last.push(' ');
                last.push_str(&clean_inline(line));
            }
            (None, _) => items.push(clean_inline(line)),
        }
        wraps = any_marked;
    }
    items.retain(|i| !i.is_empty());
    items
}

/// The text of a list line without its marker: `- `, `• `, `1. `, `2) `,
/// `2.1. `, `a) `. `None` for a line that is not a list item.
fn list_item(line: &str) -> Option<&str> {
    let trimmed = clean_start(line);
    if trimmed.starts_with(BULLETS) {
        let item = strip_bullet(trimmed);
        return (!item.is_empty()).then_some(item);
    }
    let rest = numbered(trimmed).or_else(|| lettered(trimmed))?;
    let rest = clean_start(rest);
    // `12.5 % …` is a figure, not a numbered item.
    (!rest.is_empty() && !rest.starts_with(['%', '€'])).then_some(rest)
}

fn clean_start(line: &str) -> &str {
    line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}')
}

/// `1.`, `1)`, `2.1.`, `2.1`: groups of one or two digits joined by dots,
/// then a space (or a capital after a closing dot, `2.1.Lapset`). A date (`1.3.2013`) or a year is not one.
fn numbered(line: &str) -> Option<&str> {
    let end = line
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(line.len());
    let number = &line[..end];
    let groups: Vec<&str> = number.trim_end_matches('.').split('.').collect();
    let well_formed = groups
        .iter()
        .all(|g| (1..=2).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit()));
    if !well_formed {
        return None;
    }
    let rest = &line[end..];
    if let Some(after) = rest.strip_prefix(')') {
        return Some(after);
    }
    let spaced = rest.starts_with(char::is_whitespace);
    let ends_in_dot = number.ends_with('.');
    // `2.1.Lapset`: after a closing dot a capital starts the item.
    let item_starts = spaced || (ends_in_dot && rest.starts_with(char::is_uppercase));
    ((ends_in_dot || groups.len() > 1) && item_starts).then_some(rest)
}

/// `a) `: one letter and a parenthesis.
fn lettered(line: &str) -> Option<&str> {
    let mut chars = line.chars();
    let letter = chars.next()?;
    let rest = chars.as_str().strip_prefix(')')?;
    letter.is_alphabetic().then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn markers() {
        assert_eq!(
            list_item("1. Tiedolla johtaminen"),
            Some("Tiedolla johtaminen")
        );
        assert_eq!(list_item("2.1.Lapset ja nuoret"), Some("Lapset ja nuoret"));
        assert_eq!(list_item("2.2 Mielenterveys"), Some("Mielenterveys"));
        assert_eq!(list_item("3) Esimiestyö"), Some("Esimiestyö"));
        assert_eq!(list_item("b) Kotihoito"), Some("Kotihoito"));
        assert_eq!(list_item("· Seminaarit"), Some("Seminaarit"));
        assert_eq!(list_item("1.3.2013 alkaen"), None);
        assert_eq!(list_item("2014 alkaen"), None);
        assert_eq!(list_item("12.5 % asiakkaista"), None);
        assert_eq!(list_item("Tavoitteena on"), None);
    }

    #[test]
    fn both_headings_split_the_summary() {
        let parts = split(&lines(
            "Johdanto.\n\nTavoitteet:\n1. Yksi\n2. Kaksi\njatkuu\n\nToimenpiteet / Sisältö\nTehdään.",
        ))
        .unwrap();
        assert_eq!(parts.tiivistelma, vec!["Johdanto.", ""]);
        assert_eq!(parts.tavoitteet, vec!["Yksi", "Kaksi jatkuu"]);
        assert_eq!(parts.toimenpiteet, vec!["Tehdään."]);
    }

    #[test]
    fn one_heading_alone_is_prose() {
        assert_eq!(split(&lines("Tavoitteet\n1. Yksi")), None);
        assert_eq!(
            split(&lines(
                "Koko hankkeen tavoitteet:\n1. Yksi\nToimenpiteet\nx"
            )),
            None
        );
    }

    #[test]
    fn lines_without_markers_are_one_goal_each() {
        assert_eq!(goal_items(&lines("Yksi\nKaksi")), vec!["Yksi", "Kaksi"]);
    }
}
