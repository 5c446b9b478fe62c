//! GitHub-flavoured Markdown: tables ready to paste into a report (Finnish
//! formats, numbers right-aligned, subtotal rows in bold), and the one place
//! that makes record text safe in Markdown, for every writer (`show`,
//! `list`, `budget`, `summary`, `diff`, the `check` step summary):
//!
//! - [`text`]: text in a table cell, a heading, a list item or prose renders
//!   as itself: no HTML (`<img>`, `<!--`), no images or links, no emphasis,
//!   no table breaks (`|`), no block that a line could start (`# `, `- `,
//!   `1. `, `===`); line breaks become spaces ([`paragraphs`] keeps them).
//! - [`code`]: a code span that holds its text exactly, with a fence longer
//!   than any run of backticks in it ([`code_cell`] inside a table).
//! - [`link`]: a link only to http(s) and mailto, its URL percent-encoded
//!   where Markdown would end or break it (`(`, `)`, spaces, line breaks).
//!
//! Control characters are escaped as on the terminal (`\u{1b}`).

use std::io::{self, Write};

use super::grid::{Grid, Value};
use crate::diag::render::{is_unsafe, sanitize, sanitize_name};

/// Record text as one line of inline Markdown that renders as itself.
pub fn text(s: &str) -> String {
    escape(&one_line(s), true)
}

/// Free text that may hold paragraphs: each line escaped as [`text`], line
/// breaks and blank lines kept, and a line written as a list item (`- `,
/// `* `, `1. `) kept a list item, its text escaped.
pub fn paragraphs(s: &str) -> String {
    s.trim()
        .replace("\r\n", "\n")
        .split('\n')
        .map(|line| {
            let line = sanitize(line.trim());
            if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
                return format!("- {}", escape(item, true));
            }
            match block_marker(&line) {
                Some(n) if n > 0 && line[n + 1..].starts_with(' ') => {
                    format!("{}{}", &line[..n + 2], escape(&line[n + 2..], true))
                }
                _ => escape(&line, true),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A code span showing `s` exactly (control characters and line breaks
/// escaped): the fence is one backtick longer than the longest run of
/// backticks inside, padded with a space where the text starts or ends
/// with a backtick or a space.
pub fn code(s: &str) -> String {
    let content = sanitize_name(s);
    if content.is_empty() {
        return "` `".to_string();
    }
    let longest = content.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = content.starts_with('`')
        || content.ends_with('`')
        || (content.starts_with(' ') && content.ends_with(' ') && !content.trim().is_empty());
    if pad {
        format!("{fence} {content} {fence}")
    } else {
        format!("{fence}{content}{fence}")
    }
}

/// [`code`] inside a table cell: a `|` is escaped (a GFM table splits on it
/// even inside a code span). Text with `\|` cannot be a code span there
/// (the table would read `\\` and split on the `|`), so it is [`text`].
pub fn code_cell(s: &str) -> String {
    if s.contains("\\|") {
        return text(s);
    }
    code(s).replace('|', "\\|")
}

/// `[label](url)` for an http(s) or mailto URL, the URL percent-encoded
/// where Markdown would end or break it; any other URL (`javascript:`, a
/// path) is shown as text, never as a link: `label: url`.
pub fn link(label: &str, url: &str) -> String {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let linkable = ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len());
    let label = if label.trim().is_empty() {
        text(url)
    } else {
        text(label)
    };
    if linkable {
        format!("[{label}]({})", link_destination(url))
    } else if url.is_empty() {
        label
    } else {
        format!("{label}: {}", text(url))
    }
}

/// A link destination that Markdown reads whole: whitespace, controls,
/// brackets, quotes and the like percent-encoded; `\` and `&` escaped.
fn link_destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '&' => out.push_str("\\&"),
            c if c.is_whitespace()
                || is_unsafe(c)
                || matches!(
                    c,
                    '(' | ')'
                        | '<'
                        | '>'
                        | '['
                        | ']'
                        | '`'
                        | '"'
                        | '\''
                        | '\\'
                        | '|'
                        | '{'
                        | '}'
                        | '^'
                ) =>
            {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// A diagnostic message inside a table cell: its `code spans` stay code
/// (each re-fenced by [`code_cell`], so a value with a backtick cannot end
/// it early); everything else is [`text`].
pub fn message_cell(s: &str) -> String {
    let line = one_line(s);
    let mut out = String::new();
    for part in code_spans(&line) {
        match part {
            Part::Text(t) => out.push_str(&escape(t, false)),
            Part::Code(c) => out.push_str(&code_cell(c)),
        }
    }
    out
}

enum Part<'a> {
    Text(&'a str),
    Code(&'a str),
}

/// Splits a message into text and the spans its author put in backticks.
/// A span opens at a backtick after a space, `(` or the start, and closes
/// at the next backtick followed by a space, punctuation or the end: so
/// ``unknown salkku `A`B` `` holds `A`B`. A backtick that does not pair
/// stays text. Any split is safe; this one is what the rules meant.
fn code_spans(s: &str) -> Vec<Part<'_>> {
    let opens =
        |before: Option<char>| before.is_none_or(|c| c.is_whitespace() || "([{\"'".contains(c));
    let closes =
        |after: Option<char>| after.is_none_or(|c| c.is_whitespace() || ".,:;!?)]}\"'".contains(c));
    let mut parts = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(offset) = s[search..].find('`') {
        let open = search + offset;
        if !opens(s[..open].chars().next_back()) {
            search = open + 1;
            continue;
        }
        let close = s[open + 1..]
            .match_indices('`')
            .map(|(i, _)| open + 1 + i)
            .find(|&i| i > open + 1 && closes(s[i + 1..].chars().next()));
        let Some(close) = close else { break };
        if start < open {
            parts.push(Part::Text(&s[start..open]));
        }
        parts.push(Part::Code(&s[open + 1..close]));
        start = close + 1;
        search = start;
    }
    if start < s.len() {
        parts.push(Part::Text(&s[start..]));
    }
    parts
}

/// One line: control characters escaped, each line trimmed, joined by spaces.
fn one_line(s: &str) -> String {
    sanitize(&s.replace("\r\n", "\n"))
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Escapes what Markdown would read as markup. At the start of a line,
/// also what would open a block: `#`, `- `, `+ `, `1. `, `===`, `---`.
fn escape(s: &str, line_start: bool) -> String {
    let s = if line_start { s.trim_start() } else { s };
    let mut out = String::with_capacity(s.len() + 8);
    let block = if line_start { block_marker(s) } else { None };
    for (i, c) in s.char_indices() {
        if block == Some(i) && !matches!(c, '*' | '_' | '`' | '[' | ']' | '|' | '~' | '$') {
            out.push('\\');
            out.push(c);
            continue;
        }
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The byte position of the character that would make this line a block
/// (heading, list item, setext underline or rule), to be escaped.
fn block_marker(s: &str) -> Option<usize> {
    let mut chars = s.chars();
    let first = chars.next()?;
    let second = chars.next();
    match first {
        '#' | '=' => Some(0),
        '-' | '+' if second.is_none_or(|c| c.is_whitespace() || c == '-') => Some(0),
        '0'..='9' => {
            let digits = s.chars().take_while(char::is_ascii_digit).count();
            let after = s[digits..].chars().next();
            let then = s[digits..].chars().nth(1);
            (digits <= 9
                && matches!(after, Some('.' | ')'))
                && then.is_none_or(char::is_whitespace))
            .then_some(digits)
        }
        _ => None,
    }
}

/// Writes one table (no heading).
pub fn write_table(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    let labels: Vec<String> = grid.columns.iter().map(|c| text(&c.label)).collect();
    writeln!(out, "| {} |", labels.join(" | "))?;
    let rule: Vec<&str> = (0..grid.columns.len())
        .map(|i| {
            if grid.numeric_column(i) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    writeln!(out, "| {} |", rule.join(" | "))?;
    for r in &grid.rows {
        let cells: Vec<String> = r
            .cells
            .iter()
            .map(|v| {
                let t = text(&v.human());
                if r.strong && *v != Value::Empty && !t.is_empty() {
                    format!("**{t}**")
                } else {
                    t
                }
            })
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// Writes grids, each under a heading of the given level, with its footer.
pub fn write(out: &mut dyn Write, grids: &[Grid], level: usize) -> io::Result<()> {
    for (n, grid) in grids.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        if !grid.title.is_empty() {
            writeln!(out, "{} {}\n", "#".repeat(level), text(&grid.title))?;
        }
        write_table(out, grid)?;
        if !grid.footer.is_empty() {
            writeln!(out)?;
            for line in &grid.footer {
                writeln!(out, "{}", text(line))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_markup_and_blocks() {
        assert_eq!(
            text("<img src=x> ![a](u) <!-- | `t` *e* _u_"),
            "&lt;img src=x&gt; !\\[a\\](u) &lt;!-- \\| \\`t\\` \\*e\\* \\_u\\_"
        );
        assert_eq!(text("# otsikko"), "\\# otsikko");
        assert_eq!(text("- kohta"), "\\- kohta");
        assert_eq!(text("---"), "\\---");
        assert_eq!(text("==="), "\\===");
        assert_eq!(text("2024. vuosi"), "2024\\. vuosi");
        assert_eq!(text("1.3.2012"), "1.3.2012");
        assert_eq!(text("−1 200 €"), "−1 200 €");
        assert_eq!(text("-12"), "-12");
        assert_eq!(text("a\nb\r\n  c "), "a b c");
        assert_eq!(text("x\u{1b}[31m"), "x\\\\u{1b}\\[31m");
        assert_eq!(text("AT&T 5 $"), "AT&amp;T 5 \\$");
    }

    #[test]
    fn paragraphs_keep_lines_and_escape_each() {
        assert_eq!(
            paragraphs("yksi\n===\n\n# kaksi\n<script>\n- - x\n* ![k](u)\n1. <b>\n2.1. x\n3."),
            "yksi\n\\===\n\n\\# kaksi\n&lt;script&gt;\n- \\- x\n- !\\[k\\](u)\n1. &lt;b&gt;\n2.1. x\n3\\."
        );
    }

    #[test]
    fn code_spans_hold_any_backticks() {
        assert_eq!(code("hyve/oulu"), "`hyve/oulu`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("``x"), "``` ``x ```");
        assert_eq!(code("a\nb"), "`a\\nb`");
        assert_eq!(code(""), "` `");
        assert_eq!(code_cell("a|b"), "`a\\|b`");
        assert_eq!(code_cell("a\\|b"), "a\\\\\\|b");
    }

    #[test]
    fn links_only_for_web_and_mail_with_the_url_encoded() {
        assert_eq!(
            link(
                "Liite",
                "https://x.example/a b(c)\n![t](https://evil.example/t.png)"
            ),
            "[Liite](https://x.example/a%20b%28c%29%0A!%5Bt%5D%28https://evil.example/t.png%29)"
        );
        assert_eq!(link("", "mailto:a@b.fi"), "[mailto:a@b.fi](mailto:a@b.fi)");
        assert_eq!(link("x", "javascript:alert(1)"), "x: javascript:alert(1)");
        assert_eq!(
            link("x", "https://a.fi/?a=1&b=2"),
            "[x](https://a.fi/?a=1\\&b=2)"
        );
    }

    #[test]
    fn messages_keep_their_code_spans() {
        assert_eq!(
            message_cell("unknown salkku `A`B|C`; did you mean `ABC`?"),
            "unknown salkku ``A`B\\|C``; did you mean `ABC`?"
        );
        assert_eq!(message_cell("a ` lone <b>"), "a \\` lone &lt;b&gt;");
        assert_eq!(message_cell("`x` first"), "`x` first");
    }
}
