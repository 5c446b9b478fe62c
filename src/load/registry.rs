//! Reading the registry `hanke.toml`.

use toml::de::DeTable;

use super::reader::{Fields, IN_REGISTRY, Reader};
use crate::diag::codes;
use crate::model::cost_model::{ALL_OTHERS, Kattaa, Kustannusmalli};
use crate::model::registry::{Ohjelma, Organisaatio, Salkku};
use crate::model::{Category, Registry, Sp, Span};
use crate::suggest::did_you_mean;

/// Top-level keys of the registry, in order (also `hanke fmt`'s order).
pub const REGISTRY_KEYS: &[&str] = &["salkut", "ohjelmat", "kustannusmallit", "organisaatiot"];
pub const OHJELMA_KEYS: &[&str] = &["nimi", "rahoittaja", "enintaan", "kustannusmallit"];
pub const MODEL_KEYS: &[&str] = &["nimi", "prosentti", "peruste", "kattaa", "lahde"];

pub fn read_registry(r: &mut Reader<'_>, root: &DeTable<'_>) -> Registry {
    let f = r.fields(root, Span::FILE_START, REGISTRY_KEYS, IN_REGISTRY);
    let mut reg = Registry::default();
    reg.file = r.file;
    if let Some((_, t, _)) = r.table(&f, "salkut") {
        for (code, v) in t.iter() {
            let span: Span = code.span().into();
            let Some(t) = sub_table(r, code.get_ref(), v, "salkut") else {
                continue;
            };
            let sf = r.fields(
                t,
                span,
                &["nimi", "omistaja"],
                &format!("[salkut.{}]", code.get_ref()),
            );
            let s = Salkku {
                span,
                nimi: r.string(&sf, "nimi"),
                omistaja: r.string(&sf, "omistaja"),
            };
            r.require(&s.nimi, &sf, "nimi", "portfolio", "\"Salkun nimi\"");
            reg.salkut.insert(code.get_ref().to_string(), s);
        }
    }
    if let Some((_, t, _)) = r.table(&f, "ohjelmat") {
        for (name, v) in t.iter() {
            let span: Span = name.span().into();
            let Some(t) = sub_table(r, name.get_ref(), v, "ohjelmat") else {
                continue;
            };
            let of = r.fields(
                t,
                span,
                OHJELMA_KEYS,
                &format!("[ohjelmat.{}]", name.get_ref()),
            );
            let o = Ohjelma {
                span,
                nimi: r.string(&of, "nimi"),
                rahoittaja: r.string(&of, "rahoittaja"),
                enintaan: r.percent(&of, "enintaan"),
                kustannusmallit: of
                    .get("kustannusmallit")
                    .map(|_| r.strings(&of, "kustannusmallit")),
            };
            reg.ohjelmat.insert(name.get_ref().to_string(), o);
        }
    }
    if let Some((_, t, _)) = r.table(&f, "kustannusmallit") {
        for (code, v) in t.iter() {
            let span: Span = code.span().into();
            let Some(t) = sub_table(r, code.get_ref(), v, "kustannusmallit") else {
                continue;
            };
            let m = read_model(r, t, span, code.get_ref());
            reg.kustannusmallit.insert(code.get_ref().to_string(), m);
        }
    }
    programme_models_exist(r, &reg);
    if let Some((_, t, _)) = r.table(&f, "organisaatiot") {
        for (name, v) in t.iter() {
            let span: Span = name.span().into();
            let Some(t) = sub_table(r, name.get_ref(), v, "organisaatiot") else {
                continue;
            };
            let of = r.fields(
                t,
                span,
                &["lyhenteet"],
                &format!("[organisaatiot.\"{}\"]", name.get_ref()),
            );
            let o = Organisaatio {
                span,
                lyhenteet: r.strings(&of, "lyhenteet"),
            };
            reg.organisaatiot.insert(name.get_ref().to_string(), o);
        }
    }
    reg.index_names();
    reg.index_cost_models();
    reg
}

/// `[kustannusmallit.CODE]`: a flat rate needs its base and what it covers;
/// a model without `prosentti` (actual costs) covers nothing.
fn read_model(r: &mut Reader<'_>, t: &DeTable<'_>, span: Span, code: &str) -> Kustannusmalli {
    let what = format!("[kustannusmallit.{code}]");
    let f = r.fields(t, span, MODEL_KEYS, &what);
    let m = Kustannusmalli {
        span,
        nimi: r.string(&f, "nimi"),
        prosentti: r.percent(&f, "prosentti"),
        peruste: categories(r, &f, "peruste"),
        kattaa: read_kattaa(r, &f),
        lahde: r.string(&f, "lahde"),
    };
    r.require(
        &m.nimi,
        &f,
        "nimi",
        &format!("the cost model `{code}`"),
        "\"Flat rate 40 %\"",
    );
    if m.prosentti.is_some() {
        let base = (!m.peruste.is_empty()).then_some(());
        r.require(
            &base,
            &f,
            "peruste",
            &format!("the flat rate `{code}`"),
            "[\"palkat\", \"tyopanoksen_siirto\"]",
        );
        r.require(
            &m.kattaa,
            &f,
            "kattaa",
            &format!("the flat rate `{code}`"),
            "\"kaikki-muut\"",
        );
    } else if let Some(k) = &m.kattaa {
        let d = r
            .diag(
                codes::INVALID_VALUE,
                k.span,
                format!("the cost model `{code}` has no `prosentti`, so it covers nothing"),
            )
            .label("covered by what?")
            .help("add `prosentti = …` for a flat rate, or remove `kattaa`");
        r.push(d);
    }
    if let Some(Sp {
        value: Kattaa::Listed(list),
        span: kspan,
    }) = &m.kattaa
    {
        for c in list {
            if let Some(base) = m.peruste.iter().find(|p| p.value == *c) {
                let d = r
                    .diag(
                        codes::INVALID_VALUE,
                        *kspan,
                        format!(
                            "`{}` is both the base of `{code}`'s flat rate and covered by it",
                            c.key()
                        ),
                    )
                    .label("covers its own base")
                    .secondary(base.span, "in `peruste` here")
                    .help(format!(
                        "remove `{}` from `kattaa` or from `peruste`",
                        c.key()
                    ));
                r.push(d);
            }
        }
    }
    m
}

/// A list of cost category keys (`peruste`, `kattaa`); unknown ones are
/// reported with the nearest key.
fn categories(r: &mut Reader<'_>, f: &Fields<'_, '_>, key: &str) -> Vec<Sp<Category>> {
    r.strings(f, key)
        .into_iter()
        .filter_map(|s| category(r, key, s))
        .collect()
}

fn category(r: &mut Reader<'_>, key: &str, s: Sp<String>) -> Option<Sp<Category>> {
    if let Some(c) = Category::from_key(s.value.trim()) {
        return Some(Sp::new(c, s.span));
    }
    let keys = Category::ALL.map(Category::key);
    let help = match did_you_mean(&s.value, keys) {
        Some(k) => format!("did you mean `{k}`?"),
        None => format!(
            "the cost categories are: {}",
            keys.iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let d = r
        .diag(
            codes::INVALID_VALUE,
            s.span,
            format!("`{}` in `{key}` is not a cost category", s.value),
        )
        .label("unknown category")
        .help(help);
    r.push(d);
    None
}

/// `kattaa = "kaikki-muut"` or a list of categories.
fn read_kattaa(r: &mut Reader<'_>, f: &Fields<'_, '_>) -> Option<Sp<Kattaa>> {
    let (_, v) = f.get("kattaa")?;
    let span: Span = v.span().into();
    if let toml::de::DeValue::String(s) = v.get_ref() {
        if s.trim() == ALL_OTHERS {
            return Some(Sp::new(Kattaa::AllOthers, span));
        }
        let d = r
            .diag(
                codes::INVALID_VALUE,
                span,
                format!("`kattaa = \"{s}\"` is neither `\"{ALL_OTHERS}\"` nor a list of categories"),
            )
            .label("unknown coverage")
            .help(format!(
                "write `kattaa = \"{ALL_OTHERS}\"` when the flat rate covers every other cost, or list the categories it covers: `kattaa = [\"vuokrat\"]`"
            ));
        r.push(d);
        return None;
    }
    let list = categories(r, f, "kattaa");
    Some(Sp::new(
        Kattaa::Listed(list.into_iter().map(|c| c.value).collect()),
        span,
    ))
}

/// H313 in the registry: a programme's `kustannusmallit` names models the
/// registry defines.
fn programme_models_exist(r: &mut Reader<'_>, reg: &Registry) {
    for (name, o) in &reg.ohjelmat {
        for code in o.kustannusmallit.iter().flatten() {
            if reg.kustannusmallit.contains_key(&code.value) {
                continue;
            }
            let d = r
                .diag(
                    codes::UNKNOWN_MODEL,
                    code.span,
                    format!(
                        "the programme `{name}` allows the cost model `{}`, which hanke.toml does not define",
                        code.value
                    ),
                )
                .label("unknown kustannusmalli")
                .help(model_help(&code.value, reg));
            r.push(d);
        }
    }
}

/// "did you mean" for an unknown model code, else the codes there are.
pub fn model_help(code: &str, reg: &Registry) -> String {
    let codes = reg.kustannusmallit.keys().map(String::as_str);
    match did_you_mean(code, codes.clone()) {
        Some(c) => format!("did you mean `{c}`?"),
        None if reg.kustannusmallit.is_empty() => format!(
            "define it in hanke.toml: `[kustannusmallit.{code}]` with `nimi`, `prosentti`, `peruste` and `kattaa`"
        ),
        None => format!(
            "the cost models in hanke.toml are: {}",
            codes
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn sub_table<'t, 'i>(
    r: &mut Reader<'_>,
    name: &str,
    v: &'t super::reader::Value<'i>,
    parent: &str,
) -> Option<&'t DeTable<'i>> {
    match v.get_ref() {
        toml::de::DeValue::Table(t) => Some(t),
        _ => {
            let table = format!("{parent}.{name}");
            let d = r
                .diag(
                    crate::diag::codes::WRONG_TYPE,
                    v.span().into(),
                    crate::t!("rule-h102-registry-table", table = table.as_str()),
                )
                .help(crate::t!("rule-h102-registry-table-help", table = table));
            r.push(d);
            None
        }
    }
}
