//! The minijinja environment: templates embedded in the binary, HTML
//! escaping on for every template, the interface text as the global `t`.

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde::Serialize;

use super::text::Ui;

const TEMPLATES: [(&str, &str); 8] = [
    ("base.html", include_str!("assets/templates/base.html")),
    ("macros.html", include_str!("assets/templates/macros.html")),
    ("table.html", include_str!("assets/templates/table.html")),
    (
        "stacked.html",
        include_str!("assets/templates/stacked.html"),
    ),
    ("index.html", include_str!("assets/templates/index.html")),
    (
        "project.html",
        include_str!("assets/templates/project.html"),
    ),
    ("salkku.html", include_str!("assets/templates/salkku.html")),
    (
        "rahoittaja.html",
        include_str!("assets/templates/rahoittaja.html"),
    ),
];

pub fn environment(t: &'static Ui) -> Environment<'static> {
    let mut env = Environment::new();
    // Every template is HTML (SVG is inline in it): escape everything, and
    // fail on a misspelt variable instead of printing nothing.
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(
        SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .expect("the default delimiters are valid"),
    );
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .expect("the embedded templates are valid (tested)");
    }
    env.add_global("t", Value::from(Serde(t)));
    env
}

/// Renders `name` with `ctx`.
pub fn render(env: &Environment, name: &str, ctx: &impl Serialize) -> anyhow::Result<String> {
    let template = env.get_template(name)?;
    Ok(template.render(Value::from(Serde(ctx)))?)
}

/// JSON to put inside `<script type="application/json">`: `<`, `>` and `&`
/// escaped as `\u003c`, `\u003e`, `\u0026`, so no record text can end the
/// script element or start a comment; JSON.parse reads them back unchanged.
pub fn json_for_script(value: &impl Serialize) -> anyhow::Result<Value> {
    let json = serde_json::to_string(value)?;
    let mut out = String::with_capacity(json.len() + 16);
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
    Ok(Value::from_safe_string(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles() {
        let env = environment(super::super::text::Ui::current());
        for (name, _) in TEMPLATES {
            env.get_template(name).unwrap();
        }
    }

    #[test]
    fn script_json_cannot_close_the_script() {
        let v = json_for_script(&serde_json::json!({"n": "</script><!-- & '"})).unwrap();
        let s = v.to_string();
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["n"], "</script><!-- & '");
    }
}
