//! The site's HTML templates: askama, compiled into the binary from
//! `assets/templates/` (see `askama.toml`), every value HTML-escaped unless a
//! template says `|safe` (only the script data block, escaped here).
//!
//! Each page is a struct with `#[derive(Template)]` (in its module); the
//! interface text is its field `t`. Compiled templates are type-checked: a
//! misspelt field is a build error, not an empty string on a page. Whitespace
//! follows the templates' `-%}`: a block tag at the end of a line takes the
//! line's newline with it, so a loop writes one line per item.

use askama::Template;
use serde::Serialize;

/// Renders a page.
pub fn render(page: &impl Template) -> anyhow::Result<String> {
    Ok(page.render()?)
}

/// JSON to put inside `<script type="application/json">`: `<`, `>` and `&`
/// escaped as `\u003c`, `\u003e`, `\u0026`, so no record text can end the
/// script element or start a comment; JSON.parse reads them back unchanged.
pub fn json_for_script(value: &impl Serialize) -> anyhow::Result<String> {
    let json = serde_json::to_string(value)?;
    let mut out = String::with_capacity(json.len() + 64);
    // Copies the runs between the characters to escape (a front page of
    // 10 000 projects holds megabytes of JSON, nearly all of it plain).
    let mut from = 0;
    for (at, c) in json.char_indices() {
        let escaped = match c {
            '<' => "\\u003c",
            '>' => "\\u003e",
            '&' => "\\u0026",
            '\u{2028}' => "\\u2028",
            '\u{2029}' => "\\u2029",
            _ => continue,
        };
        out.push_str(&json[from..at]);
        out.push_str(escaped);
        from = at + c.len_utf8();
    }
    out.push_str(&json[from..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
