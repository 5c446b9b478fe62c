//! The Fluent catalogues agree: every message id of one language exists in
//! every other, with the same variables, so no user ever meets a missing
//! message or a `{ $name }` left unfilled. (The code's ids are checked
//! against the Finnish catalogue at compile time by `fl!`.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Message id → the variables its patterns use (every variant included).
fn catalogue(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/hanke.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_catalogue_has_the_same_messages_and_variables() {
    let fi = catalogue("fi");
    assert!(!fi.is_empty());
    for lang in ["en"] {
        let other = catalogue(lang);
        let missing: Vec<&String> = fi.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !fi.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has ids Finnish lacks: {extra:?}");
        for (id, vars) in &fi {
            assert_eq!(&other[id], vars, "variables of `{id}` in {lang}");
        }
    }
}

#[test]
fn plurals_follow_the_language() {
    use crate::util::*;
    let dir = folder(&[]);
    let out = |lang: &str| {
        let o = hanke()
            .arg("--projects")
            .arg(dir.path())
            .args(["--lang", lang, "list"])
            .output()
            .unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    assert!(out("fi").contains("0 hanketta"), "{}", out("fi"));
    assert!(out("en").contains("0 projects"), "{}", out("en"));
}
