//! Rendering diagnostics: rustc-style text for people, JSON for tools, and
//! GitHub Actions workflow commands for pull requests.

use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use super::{Diagnostic, Severity, Summary};
use crate::load::SourceFile;
use crate::render::markdown;

/// A diagnostic with its position resolved, as in `--format json`.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Located<'a> {
    pub code: &'static str,
    pub severity: Severity,
    /// Relative to the data root, `/`-separated.
    pub file: &'a str,
    /// The same file relative to the current directory, as printed for people.
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// The project id, when the file is a record.
    pub id: Option<&'a str>,
    pub message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<&'a str>,
    /// The edits that repair it (`[{"path": "rahoitus.osuudet[1].osuus", "value": "25"}]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<&'a [super::Edit]>,
}

pub fn locate<'a>(d: &'a Diagnostic, files: &'a [SourceFile]) -> Located<'a> {
    let f = &files[d.file];
    let (line, column) = f.line_col(d.span.start());
    let (end_line, end_column) = f.line_col(d.span.end().max(d.span.start()));
    let id = (f.rel != crate::load::walk::REGISTRY_FILE)
        .then(|| f.rel.strip_suffix(".toml").unwrap_or(&f.rel));
    Located {
        code: d.code.code,
        severity: d.severity(),
        file: &f.rel,
        path: from_cwd(&f.path).to_string_lossy().replace('\\', "/"),
        line,
        column,
        end_line,
        end_column,
        id,
        message: &d.message,
        help: d.help.as_deref(),
        fix: d.fix.as_deref(),
    }
}

/// The JSON document of `hanke check --format json`.
#[derive(Serialize)]
pub struct JsonReport<'a> {
    pub diagnostics: Vec<Located<'a>>,
    pub summary: Summary,
}

pub fn write_json(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    files: &[SourceFile],
    summary: Summary,
) -> io::Result<()> {
    let report = JsonReport {
        diagnostics: diagnostics.iter().map(|d| locate(d, files)).collect(),
        summary,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

/// rustc-style text: `error[H302]: …`, `--> file:line:col`, the source line with carets, `help:`.
pub fn human(d: &Diagnostic, files: &[SourceFile], styled: bool) -> String {
    let f = &files[d.file];
    // The level's name in the user's language: `virhe[H303]`, `= ohje:`.
    let level = match d.severity() {
        Severity::Error => Level::ERROR.with_name(crate::t!("diag-level-error")),
        Severity::Warning => Level::WARNING.with_name(crate::t!("diag-level-warning")),
    };
    let message = sanitize(&d.message);
    let title = level.primary_title(message.as_str()).id(d.code.code);
    let mut group = Group::with_title(title);
    let window = snippet_window(d, f);
    let label = d.label.as_deref().map(sanitize);
    let seconds: Vec<(std::ops::Range<usize>, String)> = d
        .secondary
        .iter()
        .filter(|l| l.span.start() >= window.start && l.span.end() <= window.end)
        .map(|l| (shift(l.span.range(), window.start), sanitize(&l.text)))
        .collect();
    let text = sanitize_source(&f.text()[window.clone()]);
    let (line, _) = f.line_col(window.start);
    let primary = shift(d.span.range(), window.start);
    let path = sanitize_name(&from_cwd(&f.path).to_string_lossy());
    let mut snippet = Snippet::source(text.as_str())
        .line_start(line)
        .path(path.as_str())
        .fold(true);
    let mut ann = AnnotationKind::Primary.span(clamp(primary, text.len()));
    if let Some(l) = &label {
        ann = ann.label(l.as_str());
    }
    snippet = snippet.annotation(ann);
    for (r, t) in &seconds {
        snippet = snippet.annotation(
            AnnotationKind::Context
                .span(clamp(r.clone(), text.len()))
                .label(t.as_str()),
        );
    }
    group = group.element(snippet);
    let notes: Vec<String> = d.notes.iter().map(|n| sanitize(n)).collect();
    for n in &notes {
        let note = Level::NOTE.with_name(crate::t!("diag-level-note"));
        group = group.element(note.message(n.as_str()));
    }
    let help = d.help.as_deref().map(sanitize);
    if let Some(h) = &help {
        let level = Level::HELP.with_name(crate::t!("diag-level-help"));
        group = group.element(level.message(h.as_str()));
    }
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    renderer.render(&[group])
}

/// The lines a diagnostic needs: from the first to the last line it points at.
/// Secondary labels far away are left out rather than printing half the file.
fn snippet_window(d: &Diagnostic, f: &SourceFile) -> std::ops::Range<usize> {
    let (pline, _) = f.line_col(d.span.start());
    let (pend, _) = f.line_col(d.span.end());
    let mut first = pline;
    let mut last = pend.max(pline);
    for l in &d.secondary {
        let (a, _) = f.line_col(l.span.start());
        let (b, _) = f.line_col(l.span.end());
        if a + 40 >= pline && b <= pline + 40 {
            first = first.min(a);
            last = last.max(b);
        }
    }
    if last > first + 60 {
        last = first + 60;
    }
    f.line_range(first).start..f.line_range(last).end
}

fn shift(r: std::ops::Range<usize>, by: usize) -> std::ops::Range<usize> {
    r.start.saturating_sub(by)..r.end.saturating_sub(by)
}

fn clamp(r: std::ops::Range<usize>, len: usize) -> std::ops::Range<usize> {
    r.start.min(len)..r.end.min(len).max(r.start.min(len))
}

/// A path as cargo and rustc print one: relative to the current directory
/// (`projects/hyve.toml`, or `../hyve.toml` from a folder inside the data
/// folder), absolute when the two share no folder but the root.
pub fn from_cwd(path: &Path) -> PathBuf {
    static CWD: OnceLock<Option<PathBuf>> = OnceLock::new();
    match CWD.get_or_init(|| std::env::current_dir().ok()) {
        Some(cwd) => relative_to(path, cwd),
        None => path.to_path_buf(),
    }
}

/// `path` relative to the absolute folder `cwd`, `.` and `..` resolved by
/// name (a data folder reached through a link keeps its name).
pub fn relative_to(path: &Path, cwd: &Path) -> PathBuf {
    fn lexical(p: &Path) -> Vec<Component<'_>> {
        let mut out: Vec<Component> = Vec::new();
        for c in p.components() {
            match c {
                Component::CurDir => {}
                Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                    out.pop();
                }
                c => out.push(c),
            }
        }
        out
    }
    let joined = cwd.join(path);
    let target = lexical(&joined);
    let here = lexical(cwd);
    let common = target.iter().zip(&here).take_while(|(a, b)| a == b).count();
    let only_root = target[..common]
        .iter()
        .all(|c| matches!(c, Component::RootDir | Component::Prefix(_)));
    if only_root && common < here.len() {
        return target.iter().collect();
    }
    let mut out = PathBuf::new();
    for _ in common..here.len() {
        out.push("..");
    }
    out.extend(&target[common..]);
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// Characters that must not reach a terminal raw: control characters (ESC
/// starts ANSI sequences, C1 `U+009B` is a one-byte CSI) and the bidirectional
/// overrides and isolates that reorder the rest of a line ("Trojan Source").
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Control characters from a record never reach the terminal raw: they are
/// written as escapes (`\u{1b}`). Line breaks stay.
pub fn sanitize(s: &str) -> String {
    if !may_hold_unsafe(s) || !s.chars().any(|c| is_unsafe(c) && c != '\n') {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if is_unsafe(c) && c != '\n' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// False when no character of `s` can be [`is_unsafe`] (but for `\n`),
/// judged by its bytes: a control character is below `0x20`, `0x7F`, or C1
/// (`0xC2 0x80`–`0x9F` in UTF-8); the bidirectional controls start with
/// `0xE2`. Every table cell of every report passes here, nearly all of them
/// plain text, and a byte test is cheaper than decoding the characters.
fn may_hold_unsafe(s: &str) -> bool {
    // No early exit: the compiler tests many bytes at once.
    s.bytes().fold(false, |any, b| {
        any | (b < 0x20 && b != b'\n') | (b == 0x7F) | (b == 0xC2) | (b == 0xE2)
    })
}

/// A file name as one safe line: like [`sanitize`], and a line break in
/// the name is escaped too (`\n`), so it cannot fake a second line.
pub fn sanitize_name(s: &str) -> String {
    if !s.chars().any(is_unsafe) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if is_unsafe(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Source lines keep their length in bytes so spans stay right: each unsafe
/// character becomes as many spaces as it has bytes.
fn sanitize_source(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            c if c == '\r' || is_unsafe(c) => {
                out.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
            c => out.push(c),
        }
    }
    out
}

/// The closing line: `tarkistettu 12 hanketta: 1 virhe, 2 varoitusta` /
/// `checked 12 records: 1 error, 2 warnings`.
pub fn closing_line(s: Summary) -> String {
    crate::t!(
        "check-closing",
        records = s.records,
        errors = s.errors,
        warnings = s.warnings
    )
}

/// One `::error file=…,line=…,col=…,title=…::message` per diagnostic.
/// `prefix` is the data root relative to the working directory.
pub fn write_github(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    files: &[SourceFile],
    prefix: &Path,
) -> io::Result<()> {
    for d in diagnostics {
        let l = locate(d, files);
        let path = github_path(prefix, l.file);
        let kind = match l.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut message = sanitize(l.message);
        if let Some(h) = l.help {
            message.push_str(&format!("\n{}: ", crate::t!("diag-level-help")));
            message.push_str(&sanitize(h));
        }
        writeln!(
            out,
            "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&path),
            l.line,
            l.column,
            l.end_line,
            l.end_column,
            escape_property(&format!("{} {}", l.code, d.code.name)),
            escape_data(&message)
        )?;
    }
    Ok(())
}

pub fn github_path(prefix: &Path, rel: &str) -> String {
    let joined = from_cwd(&prefix.join(rel));
    let path = joined.to_string_lossy().replace('\\', "/");
    sanitize_name(path.trim_start_matches("./"))
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// A Markdown table of every diagnostic, for `$GITHUB_STEP_SUMMARY`.
pub fn markdown_summary(
    diagnostics: &[Diagnostic],
    files: &[SourceFile],
    prefix: &Path,
    summary: Summary,
) -> String {
    let mut s = String::from("## hanke check\n\n");
    s.push_str(&format!("{}\n\n", closing_line(summary)));
    if diagnostics.is_empty() {
        return s;
    }
    s.push_str(&format!(
        "| | {} | {} | {} | {} |\n|---|---|---|---:|---|\n",
        crate::t!("check-summary-code"),
        crate::t!("check-summary-file"),
        crate::t!("check-summary-line"),
        crate::t!("check-summary-message")
    ));
    for d in diagnostics {
        let l = locate(d, files);
        let icon = if l.severity == Severity::Error {
            "❌"
        } else {
            "⚠️"
        };
        // File names and messages hold record text: escaped for Markdown
        // (a `|` in a file name, a backtick in a value break nothing).
        s.push_str(&format!(
            "| {icon} | {} | {} | {} | {} |\n",
            l.code,
            markdown::code_cell(&github_path(prefix, l.file)),
            l.line,
            markdown::message_cell(l.message)
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_escapes_controls_and_bidi_overrides() {
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("csi\u{9b}31m"), "csi\\u{9b}31m");
        assert_eq!(sanitize("x\u{202e}y\u{2066}z"), "x\\u{202e}y\\u{2066}z");
        assert_eq!(sanitize("two\nlines"), "two\nlines");
        assert_eq!(sanitize_name("two\nlines\u{1b}"), "two\\nlines\\u{1b}");
        assert_eq!(sanitize("tab\there\r"), "tab\\there\\r");
        assert_eq!(sanitize("two\nlines ä €"), "two\nlines ä €");
    }

    proptest::proptest! {
        /// The byte test never misses a character that must be escaped.
        #[test]
        fn the_byte_test_sees_every_unsafe_character(s in "(\\PC|\\p{Cc}|[\u{2028}-\u{206f}]|\n)*") {
            if s.chars().any(|c| is_unsafe(c) && c != '\n') {
                proptest::prop_assert!(may_hold_unsafe(&s));
            }
        }
    }

    #[test]
    fn paths_are_shown_relative_to_the_current_directory() {
        let rel = |p: &str, cwd: &str| relative_to(Path::new(p), Path::new(cwd));
        assert_eq!(
            rel("/r/projects/hyve.toml", "/r"),
            Path::new("projects/hyve.toml")
        );
        assert_eq!(
            rel("projects/./hyve.toml", "/r"),
            Path::new("projects/hyve.toml")
        );
        assert_eq!(
            rel("/r/projects/hyve.toml", "/r/projects/sub"),
            Path::new("../hyve.toml")
        );
        assert_eq!(rel("../data/a.toml", "/r/x"), Path::new("../data/a.toml"));
        assert_eq!(rel("/tmp/d/a.toml", "/r"), Path::new("/tmp/d/a.toml"));
        assert_eq!(rel("/r", "/r"), Path::new("."));
    }

    #[test]
    fn sanitized_source_keeps_byte_offsets() {
        let s = "a = \"\u{85}\u{202e}\u{1b}\", b = 1.5\r\n";
        let clean = sanitize_source(s);
        assert_eq!(clean.len(), s.len());
        assert_eq!(&clean[s.find("1.5").unwrap()..][..3], "1.5");
        assert!(!clean.chars().any(|c| is_unsafe(c) && c != '\n'));
    }
}
