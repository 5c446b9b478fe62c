//! Reading the registry `hanke.toml`.

use toml::de::DeTable;

use super::reader::{IN_REGISTRY, Reader};
use crate::model::registry::{Ohjelma, Organisaatio, Salkku};
use crate::model::{Registry, Span};

pub fn read_registry(r: &mut Reader<'_>, root: &DeTable<'_>) -> Registry {
    let f = r.fields(
        root,
        Span::FILE_START,
        &["salkut", "ohjelmat", "organisaatiot"],
        IN_REGISTRY,
    );
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
                &["nimi", "rahoittaja", "enintaan"],
                &format!("[ohjelmat.{}]", name.get_ref()),
            );
            let o = Ohjelma {
                span,
                nimi: r.string(&of, "nimi"),
                rahoittaja: r.string(&of, "rahoittaja"),
                enintaan: r.percent(&of, "enintaan"),
            };
            reg.ohjelmat.insert(name.get_ref().to_string(), o);
        }
    }
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
    reg
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
