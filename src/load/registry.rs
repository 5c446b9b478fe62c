//! Reading the registry `hanke.toml`.

use toml::de::DeTable;

use super::reader::{Fields, IN_REGISTRY, Reader};
use crate::diag::{codes, words};
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
    let missing = |owner: &'static str, key: &'static str| {
        move || crate::t!("cost-missing-key", owner = owner, code = code, key = key)
    };
    r.require_with(
        &m.nimi,
        &f,
        "nimi",
        missing("model", "nimi"),
        "\"Flat rate 40 %\"",
    );
    if m.prosentti.is_some() {
        let base = (!m.peruste.is_empty()).then_some(());
        r.require_with(
            &base,
            &f,
            "peruste",
            missing("flat-rate", "peruste"),
            "[\"palkat\", \"tyopanoksen_siirto\"]",
        );
        r.require_with(
            &m.kattaa,
            &f,
            "kattaa",
            missing("flat-rate", "kattaa"),
            "\"kaikki-muut\"",
        );
    } else if let Some(k) = &m.kattaa {
        let d = r
            .diag(
                codes::INVALID_VALUE,
                k.span,
                crate::t!("cost-no-rate", code = code),
            )
            .label(crate::t!("cost-no-rate-label"))
            .help(crate::t!("cost-no-rate-help"));
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
                        crate::t!("cost-covers-base", key = c.key(), code = code),
                    )
                    .label(crate::t!("cost-covers-base-label"))
                    .secondary(base.span, crate::t!("cost-covers-base-peruste"))
                    .help(crate::t!("cost-covers-base-help", key = c.key()));
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
        Some(k) => words::meant(&format!("`{k}`")),
        None => crate::t!("cost-categories", list = words::quoted(keys).join(", ")),
    };
    let d = r
        .diag(
            codes::INVALID_VALUE,
            s.span,
            crate::t!("cost-not-category", value = s.value.as_str(), key = key),
        )
        .label(crate::t!("cost-not-category-label"))
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
                crate::t!(
                    "cost-kattaa-word",
                    value = s.as_ref(),
                    all_others = ALL_OTHERS
                ),
            )
            .label(crate::t!("cost-kattaa-word-label"))
            .help(crate::t!("cost-kattaa-word-help", all_others = ALL_OTHERS));
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
                    crate::t!(
                        "cost-h313-programme",
                        programme = name.as_str(),
                        code = code.value.as_str()
                    ),
                )
                .label(crate::t!("cost-h313-programme-label"))
                .help(model_help(&code.value, reg));
            r.push(d);
        }
    }
}

/// "did you mean" for an unknown model code, else the codes there are.
pub fn model_help(code: &str, reg: &Registry) -> String {
    let codes = reg.kustannusmallit.keys().map(String::as_str);
    match did_you_mean(code, codes.clone()) {
        Some(c) => words::meant(&format!("`{c}`")),
        None if reg.kustannusmallit.is_empty() => crate::t!("cost-h313-define", code = code),
        None => crate::t!("cost-h313-list", list = words::quoted(codes).join(", ")),
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
