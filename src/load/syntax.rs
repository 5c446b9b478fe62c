//! TOML syntax errors as diagnostics, with how to fix the usual ones.

use crate::diag::{Diagnostic, codes};
use crate::model::{FileId, Span};

/// A parse error at its place, with a help line where the mistake is a usual one.
pub fn syntax_diagnostic(file: FileId, text: &str, e: &toml::de::Error) -> Diagnostic {
    let span = e.span().map_or(Span::FILE_START, |r| {
        Span::new(r.start.min(text.len()), r.end.min(text.len()))
    });
    let message = e.message().trim().trim_end_matches('.').to_string();
    let mut message = message.lines().next().unwrap_or("invalid TOML").to_string();
    if let Some(first) = message.get(..1) {
        message = first.to_lowercase() + &message[1..];
    }
    let help = syntax_help(&message, line_at(text, span.start()));
    Diagnostic::new(
        codes::SYNTAX,
        file,
        span,
        crate::t!("rule-h003", reason = reason(&message)),
    )
    .label(crate::t!("rule-h003-label"))
    .help_opt(help)
}

/// A TOML parser's message (`invalid basic string, expected `"``) as a
/// short lowercase reason in the user's language, for other errors than
/// the diagnostic (`check --fix` on a file that changed meanwhile).
pub(crate) fn parser_reason(message: &str) -> String {
    let message = message.trim().trim_end_matches('.');
    let mut message = message.lines().next().unwrap_or_default().to_string();
    if let Some(first) = message.get(..1) {
        message = first.to_lowercase() + &message[1..];
    }
    reason(&message)
}

/// The parser's message in the user's language: the parser writes
/// `description, expected a, b`; each description the catalogue knows
/// (`rule-h003-parser*`, by [`slug`]) is translated, literals in backticks
/// stay, anything else is left as the parser wrote it.
fn reason(message: &str) -> String {
    let (what, expected) = match message.split_once(", expected ") {
        Some((what, expected)) => (what, Some(expected)),
        None => (message, None),
    };
    let what = crate::t!("rule-h003-parser", slug = slug(what), text = what);
    let Some(expected) = expected else {
        return what;
    };
    let items: Vec<String> = expected
        .split(", ")
        .map(|item| {
            if item.starts_with('`') {
                item.to_string()
            } else {
                crate::t!("rule-h003-parser-expected", slug = slug(item), text = item)
            }
        })
        .collect();
    crate::t!(
        "rule-h003-reason-expected",
        what = what,
        expected = items.join(", ")
    )
}

/// `` `_` may only go between digits `` → `may-only-go-between-digits`: a
/// parser text as a Fluent variant key.
fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The line of `text` that holds byte `at`.
fn line_at(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    text.get(start..end).unwrap_or("")
}

/// How to fix the syntax errors people make in these records, by the
/// parser's message and the line it is on.
fn syntax_help(message: &str, line: &str) -> Option<String> {
    let m = message.to_lowercase();
    let value = line.split_once('=').map_or("", |(_, v)| v.trim());
    let number_with_separators = value.starts_with(|c: char| c.is_ascii_digit() || c == '-')
        && value.contains([' ', ',', '%', '€']);
    let help = if number_with_separators
        && (m.contains("expected newline") || m.contains("must be quoted"))
    {
        crate::t!("rule-h003-help-number")
    } else if m.contains("duplicate") {
        crate::t!("rule-h003-help-duplicate")
    } else if m.contains("recursion") {
        crate::t!("rule-h003-help-deep")
    } else if (m.contains("string") && m.contains("unterminated"))
        || m.contains("missing closing")
        || m.contains("invalid literal string")
        || m.contains("invalid basic string")
    {
        crate::t!("rule-h003-help-string")
    } else if m.contains("invalid") && m.contains("date") || m.contains("day") {
        crate::t!("rule-h003-help-date")
    } else if m.contains("invalid boolean") && (value.starts_with("tr") || value.starts_with("fa"))
    {
        crate::t!("rule-h003-help-boolean")
    } else if m.contains("must be quoted") || m.contains("invalid boolean") {
        crate::t!("rule-h003-help-quotes")
    } else if m.contains("escaped value") || m.contains("escape") {
        crate::t!("rule-h003-help-escape")
    } else if m.contains("may only go between digits") {
        crate::t!("rule-h003-help-underscore")
    } else if m.contains("unclosed table") {
        crate::t!("rule-h003-help-table")
    } else if m.contains("unclosed array") {
        crate::t!("rule-h003-help-array")
    } else if m.contains("unclosed inline table") {
        crate::t!("rule-h003-help-inline")
    } else if m.contains("invalid unquoted key") && !line.is_ascii() {
        crate::t!("rule-h003-help-key-ascii")
    } else if m.contains("key with no value") {
        crate::t!("rule-h003-help-key")
    } else if m.contains("expected newline") {
        crate::t!("rule-h003-help-newline")
    } else {
        return None;
    };
    Some(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help_for(text: &str) -> String {
        let e = toml::de::DeTable::parse(text).expect_err("invalid TOML");
        let d = syntax_diagnostic(0, text, &e);
        d.help
            .unwrap_or_else(|| panic!("no help for {text:?}: {}", d.message))
    }

    #[test]
    fn the_usual_mistakes_get_a_fix() {
        // Unit tests run in the default language, Finnish.
        assert!(help_for("summa = 1 000\n").contains("`1000`"));
        assert!(help_for("summa = 1,5\n").contains("`1000`"));
        assert!(help_for("osuus = 75 %\n").contains("`75`"));
        assert!(help_for("kuvaus = Testi\n").contains("lainausmerkkeihin"));
        assert!(help_for("kuvaus = testi\n").contains("lainausmerkkeihin"));
        assert!(help_for("x = tru\n").contains("`true`"));
        assert!(help_for("nimi hanke = 1\n").contains("ei ole välilyöntejä"));
        assert!(help_for("tiivistelmä = \"x\"\n").contains("ilman ä:tä ja ö:tä"));
        assert!(help_for("[rahoitus\n").contains("`[rahoitus]`"));
        assert!(help_for("alkaa = 2012-3-1\n").contains("`2012-03-01`"));
        assert!(help_for("a = 1\na = 2\n").contains("vain kerran"));
        assert!(help_for("kuvaus = \"C:\\polku\"\n").contains("kenoviiva"));
        let deep = format!("x = {}{}\n", "[".repeat(500), "]".repeat(500));
        assert!(help_for(&deep).contains("liian syvällä"));
    }

    #[test]
    fn the_parsers_words_are_translated_and_literals_kept() {
        // Unit tests run in the default language, Finnish.
        assert_eq!(
            slug("`_` may only go between digits"),
            "may-only-go-between-digits"
        );
        assert_eq!(
            reason("invalid basic string, expected `\"`"),
            "virheellinen merkkijono, odotettiin: `\"`"
        );
        assert_eq!(
            reason("key with no value, expected `=`"),
            "avaimella ei ole arvoa, odotettiin: `=`"
        );
        assert_eq!(reason("something new"), "something new");
    }

    #[test]
    fn the_line_of_an_offset() {
        assert_eq!(line_at("a\nbc\nd", 3), "bc");
        assert_eq!(line_at("a\nbc\nd", 2), "bc");
        assert_eq!(line_at("a\nbc\nd", 99), "d");
        assert_eq!(line_at("", 0), "");
    }
}
