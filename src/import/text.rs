//! Text normalisation shared by every part of the importer.
//!
//! Pages arrive as whatever a browser's "copy text" or a scraper produced:
//! CRLF or LF line ends, a byte-order mark, decomposed umlauts (`a` + U+0308),
//! and no-break spaces (U+00A0, U+202F, U+2007, U+2009) used both as the
//! label/value separator and as the thousands separator. Doing this clean-up
//! once, here, lets the label matcher and the money scanner compare plain
//! characters instead of each knowing every spelling of a space.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Line ends to `\n`, no BOM, and composed (NFC) characters, so `ä` is one char.
pub(super) fn normalize_page(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.nfc().collect()
}

/// Horizontal white space of every kind a page uses, but never a line break.
pub(super) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200a}' | '\u{3000}'
    )
}

/// A space that a typesetter puts inside a number (`1 047 935`); tabs are not.
pub(super) fn is_group_space(c: char) -> bool {
    is_space(c) && c != '\t'
}

/// A line that holds nothing a reader would see (spaces, no-break spaces).
pub(super) fn is_blank(line: &str) -> bool {
    line.chars().all(is_space)
}

/// One line of text: every space run becomes one ordinary space, ends trimmed.
pub(super) fn clean_inline(s: &str) -> String {
    s.split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Prose: no-break spaces become spaces, line ends are trimmed, runs of blank
/// lines fold into one, and leading/trailing blank lines go.
pub(super) fn clean_prose(lines: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in lines {
        let line: String = line
            .chars()
            .map(|c| if is_space(c) && c != '\t' { ' ' } else { c })
            .collect();
        let line = line.trim_end().to_string();
        let blank = line.trim().is_empty();
        if blank && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(if blank { String::new() } else { line });
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// Lowercase ASCII folding used for matching: `ä`→`a`, `ö`→`o`, `å`→`a`,
/// other accents dropped (`é`→`e`). Characters with no ASCII base are kept.
pub(super) fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s
            .chars()
            .map(|c| {
                if c == '\t' {
                    ' '
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
    }
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if is_space(c) { ' ' } else { c })
        .collect()
}

/// [`fold`] for a single character (used where positions must be kept).
pub(super) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut base = std::iter::once(c).nfd().filter(|c| !is_combining_mark(*c));
    base.next()
        .and_then(|b| b.to_lowercase().next())
        .unwrap_or(c)
}

/// Upper-case the first letter (`projektisuunnittelija` → `Projektisuunnittelija`).
pub(super) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Break a long comment or note into lines of at most `width` characters,
/// at spaces, so the record stays readable.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for source in text.lines() {
        let mut line = String::new();
        for word in source.split(' ').filter(|w| !w.is_empty()) {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_crlf_bom_and_decomposed_umlauts() {
        let page = "\u{feff}Ka\u{308}sittelyvaihe\r\nx\ry";
        assert_eq!(normalize_page(page), "Käsittelyvaihe\nx\ny");
    }

    #[test]
    fn inline_cleaning_treats_no_break_spaces_as_spaces() {
        assert_eq!(
            clean_inline(" KONSTI\u{a0} Elämä \u{202f}x\t "),
            "KONSTI Elämä x"
        );
    }

    #[test]
    fn prose_cleaning_folds_blank_runs() {
        let lines: Vec<String> = ["", "a\u{a0}", " ", "\u{a0}", "b", ""]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(clean_prose(&lines), vec!["a", "", "b"]);
    }

    #[test]
    fn folding_is_finnish_friendly() {
        assert_eq!(fold("Päättynyt ÅÖ é"), "paattynyt ao e");
        assert_eq!(fold_char('Ä'), 'a');
    }

    #[test]
    fn wrapping_breaks_at_spaces() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
    }
}
