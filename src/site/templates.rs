//! The site's HTML templates: askama, compiled into the binary from
//! `assets/templates/` (see `askama.toml`), every value HTML-escaped unless a
//! template says `|safe` (only the script data block, escaped here).
//!
//! Each page is a struct with `#[derive(Template)]` (in its module); the
//! interface text is its field `t`. Compiled templates are type-checked: a
//! misspelt field is a build error, not an empty string on a page. Whitespace
//! follows the templates' `-%}`: a block tag at the end of a line takes the
//! line's newline with it, so a loop writes one line per item.

use std::fmt;

use askama::Template;
use serde::Serialize;

use super::output::Writer;

/// Renders a page into the file `path` of the site, piece by piece.
pub fn write_page<T: Template>(out: &Writer, path: &str, page: &T) -> anyhow::Result<()> {
    out.fill(path, |sink| Ok(page.render_into(sink)?))
}

/// The templates' HTML escaper (`askama.toml`): what askama's `Html` writes
/// (`&#60;` for `<`, `&#38;` for `&`, `&#62;`, `&#34;`, `&#39;`). askama
/// handles one byte after another; nearly every value a site writes (names,
/// figures, links) is plain text, which is tested here many bytes at a time
/// and written whole.
#[derive(Debug, Clone, Copy, Default)]
pub struct Html;

impl askama::filters::Escaper for Html {
    fn write_escaped_str<W: fmt::Write>(&self, mut dest: W, text: &str) -> fmt::Result {
        let bytes = text.as_bytes();
        // No early exit: the compiler tests many bytes at once.
        if !bytes.iter().fold(false, |any, &b| any | needs_escape(b)) {
            return dest.write_str(text);
        }
        let mut plain_from = 0;
        for (at, &b) in bytes.iter().enumerate() {
            if let Some(escaped) = escaped(b) {
                dest.write_str(&text[plain_from..at])?;
                dest.write_str(escaped)?;
                plain_from = at + 1;
            }
        }
        dest.write_str(&text[plain_from..])
    }
}

fn needs_escape(b: u8) -> bool {
    matches!(b, b'"' | b'&' | b'\'' | b'<' | b'>')
}

fn escaped(b: u8) -> Option<&'static str> {
    Some(match b {
        b'"' => "&#34;",
        b'&' => "&#38;",
        b'\'' => "&#39;",
        b'<' => "&#60;",
        b'>' => "&#62;",
        _ => return None,
    })
}

/// JSON to put inside `<script type="application/json">` (`{{ data|safe }}`):
/// `<`, `>` and `&` escaped as `\u003c`, `\u003e`, `\u0026`, so no record
/// text can end the script element or start a comment; JSON.parse reads
/// them back unchanged. Written into the page as it is serialised: the
/// front page's data is megabytes, which as a string of its own was fresh
/// memory and one more copy.
pub struct ScriptJson<T>(pub T);

impl<T: Serialize> fmt::Display for ScriptJson<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = TextWriter {
            to: f,
            pending: Vec::with_capacity(TextWriter::CAPACITY),
        };
        let mut serializer = serde_json::Serializer::with_formatter(&mut out, ScriptSafe);
        self.0.serialize(&mut serializer).map_err(|_| fmt::Error)?;
        out.flush_pending()
    }
}

/// serde_json's output into a formatter, a few kilobytes at a time (it
/// writes a piece per quote and comma). Every write serde_json makes is
/// whole UTF-8 (a string's fragment, an escape, a number, punctuation), so
/// whole writes put together are too.
struct TextWriter<'f, 'g> {
    to: &'f mut fmt::Formatter<'g>,
    pending: Vec<u8>,
}

impl TextWriter<'_, '_> {
    const CAPACITY: usize = 8 * 1024;

    fn flush_pending(&mut self) -> fmt::Result {
        let text = std::str::from_utf8(&self.pending).map_err(|_| fmt::Error)?;
        self.to.write_str(text)?;
        self.pending.clear();
        Ok(())
    }
}

impl std::io::Write for TextWriter<'_, '_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.pending.len() + buf.len() > Self::CAPACITY {
            self.flush_pending().map_err(std::io::Error::other)?;
        }
        if buf.len() > Self::CAPACITY {
            let text = std::str::from_utf8(buf).map_err(std::io::Error::other)?;
            self.to.write_str(text).map_err(std::io::Error::other)?;
        } else {
            self.pending.extend_from_slice(buf);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// serde_json's compact output with [`ScriptJson`]'s escapes written
/// as the strings are: the characters to escape occur only inside strings,
/// and a second pass over the front page's megabytes of JSON cost as much
/// as writing it.
struct ScriptSafe;

impl serde_json::ser::Formatter for ScriptSafe {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let bytes = fragment.as_bytes();
        // `0xE2` starts U+2028 and U+2029 in UTF-8.
        if !bytes.iter().fold(false, |any, &b| {
            any | matches!(b, b'<' | b'>' | b'&' | 0xE2)
        }) {
            return writer.write_all(bytes);
        }
        let mut from = 0;
        for (at, c) in fragment.char_indices() {
            let escaped = match c {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u{2028}' => "\\u2028",
                '\u{2029}' => "\\u2029",
                _ => continue,
            };
            writer.write_all(&bytes[from..at])?;
            writer.write_all(escaped.as_bytes())?;
            from = at + c.len_utf8();
        }
        writer.write_all(&bytes[from..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_for_script(value: &impl Serialize) -> anyhow::Result<String> {
        Ok(ScriptJson(value).to_string())
    }

    fn escape_with<E: askama::filters::Escaper>(escaper: E, s: &str) -> String {
        let mut out = String::new();
        escaper.write_escaped_str(&mut out, s).unwrap();
        out
    }

    proptest::proptest! {
        /// The escaper writes what askama's own `Html` does.
        #[test]
        fn escapes_as_askama_does(s in "([<>&\"'a-zä€ ]{0,40}|\\PC{0,70})") {
            proptest::prop_assert_eq!(
                escape_with(Html, &s),
                escape_with(askama::filters::Html, &s)
            );
        }
    }

    /// The escapes as first written: a pass over serde_json's text.
    fn json_by_second_pass(value: &serde_json::Value) -> String {
        let json = serde_json::to_string(value).unwrap();
        let mut out = String::new();
        for c in json.chars() {
            match c {
                '<' => out.push_str("\\u003c"),
                '>' => out.push_str("\\u003e"),
                '&' => out.push_str("\\u0026"),
                '\u{2028}' => out.push_str("\\u2028"),
                '\u{2029}' => out.push_str("\\u2029"),
                c => out.push(c),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn script_json_is_the_escaped_json(
            key in "([<>&\"\\\\a-zä\u{2028}\u{2029}\n]{0,12}|\\PC{0,20})",
            text in "([<>&\"\\\\a-zä\u{2028}\u{2029}\u{2027}\n]{0,30}|\\PC{0,40})",
        ) {
            let value = serde_json::json!({ key: [text, 1, null, {"x": "<&>"}] });
            proptest::prop_assert_eq!(json_for_script(&value).unwrap(), json_by_second_pass(&value));
        }
    }

    #[test]
    fn script_json_cannot_close_the_script() {
        let s = json_for_script(&serde_json::json!({"n": "</script><!-- & '"})).unwrap();
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["n"], "</script><!-- & '");
        let s = json_for_script(&"ä\u{2028}x\u{2029}<").unwrap();
        assert_eq!(s, "\"ä\\u2028x\\u2029\\u003c\"");
    }
}
