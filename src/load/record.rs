//! Reading one parsed record into a [`Project`].

use std::fmt::Write as _;

use toml::de::DeTable;

use super::reader::{Fields, IN_RECORD, Reader};
use crate::diag::{codes, words};
use crate::model::{
    Category, CostYears, Costs, Euro, Funding, InKind, Laji, Liite, Project, Share, Sp, Span,
    UnitCost, Vaihe, Yhteystieto,
};

/// Top-level keys of a record, in records.md order (also `hanke fmt`'s order).
pub const RECORD_KEYS: &[&str] = &[
    "nimi",
    "lyhenne",
    "tyyppi",
    "salkku",
    "vaihe",
    "alkaa",
    "loppuu",
    "paahanke",
    "hallinnoija",
    "toteuttajat",
    "avainsanat",
    "tiivistelma",
    "tavoitteet",
    "toimenpiteet",
    "kustannusmalli",
    "yhteystiedot",
    "liitteet",
    "rahoitus",
    "toteuma",
    "kustannusarvio",
    "toteutuneet_kustannukset",
];
pub const FUNDING_KEYS: &[&str] = &["yhteensa", "ei_oikeuttavat", "osuudet", "muut"];
pub const SHARE_KEYS: &[&str] = &["rahoittaja", "laji", "ohjelma", "osuus", "summa"];
pub const IN_KIND_KEYS: &[&str] = &["rahoittaja", "kuvaus", "summa"];
pub const CONTACT_KEYS: &[&str] = &["rooli", "nimi", "puhelin", "email"];
pub const LINK_KEYS: &[&str] = &["nimi", "url"];
/// `[kustannusarvio.YEAR.palkat]` as hours × hourly rate.
pub const UNIT_COST_KEYS: &[&str] = &["tunnit", "tuntihinta"];

pub fn read_project(r: &mut Reader<'_>, root: &DeTable<'_>, id: String) -> Project {
    let f = r.fields(root, Span::FILE_START, RECORD_KEYS, IN_RECORD);
    let mut p = Project {
        id,
        file: r.file,
        ..Project::default()
    };
    p.nimi = r.string(&f, "nimi");
    p.lyhenne = r.string(&f, "lyhenne");
    p.tyyppi = r.string(&f, "tyyppi");
    p.salkku = r.string(&f, "salkku");
    p.vaihe = read_vaihe(r, &f);
    p.alkaa = r.date(&f, "alkaa");
    p.loppuu = r.date(&f, "loppuu");
    p.paahanke = r.string(&f, "paahanke");
    p.hallinnoija = r.string(&f, "hallinnoija");
    p.toteuttajat = r.strings(&f, "toteuttajat");
    p.avainsanat = r.strings(&f, "avainsanat");
    p.tiivistelma = r.string(&f, "tiivistelma");
    p.tavoitteet = r.strings(&f, "tavoitteet");
    p.toimenpiteet = r.string(&f, "toimenpiteet");
    p.kustannusmalli = r.string(&f, "kustannusmalli");
    p.yhteystiedot = r
        .tables(&f, "yhteystiedot")
        .into_iter()
        .map(|(t, s)| read_contact(r, t, s))
        .collect();
    p.liitteet = r
        .tables(&f, "liitteet")
        .into_iter()
        .map(|(t, s)| read_link(r, t, s))
        .collect();
    p.rahoitus = r
        .table(&f, "rahoitus")
        .map(|(ks, t, _)| read_funding(r, t, ks, "[rahoitus]"));
    p.toteuma = r
        .table(&f, "toteuma")
        .map(|(ks, t, _)| read_funding(r, t, ks, "[toteuma]"));
    p.kustannusarvio = read_costs_by_year(r, &f, "kustannusarvio");
    p.toteutuneet_kustannukset = read_costs_by_year(r, &f, "toteutuneet_kustannukset");

    r.require(&p.nimi, &f, "nimi", "record", "\"Hankkeen nimi\"");
    r.require(&p.salkku, &f, "salkku", "record", "\"KOODI\"");
    r.require(&p.vaihe, &f, "vaihe", "record", "\"käynnissä\"");
    r.require(&p.alkaa, &f, "alkaa", "record", "YYYY-MM-DD");
    p
}

/// A key whose string value is one of a fixed set (`vaihe`, `laji`); the
/// message names what a value is by the key (`rule-h104-choice`).
struct Choice<T: 'static> {
    key: &'static str,
    all: &'static [T],
    parse: fn(&str) -> Option<T>,
    name: fn(T) -> &'static str,
    /// The value a word people use instead stands for ("valmis").
    meant_by: fn(&str) -> Option<T>,
}

const VAIHE: Choice<Vaihe> = Choice {
    key: "vaihe",
    all: &Vaihe::ALL,
    parse: Vaihe::parse,
    name: Vaihe::as_str,
    meant_by: Vaihe::meant_by,
};

const LAJI: Choice<Laji> = Choice {
    key: "laji",
    all: &Laji::ALL,
    parse: Laji::parse,
    name: Laji::as_str,
    meant_by: |_| None,
};

fn read_vaihe(r: &mut Reader<'_>, f: &Fields<'_, '_>) -> Option<Sp<Vaihe>> {
    read_choice(r, f, &VAIHE)
}

fn read_laji(r: &mut Reader<'_>, f: &Fields<'_, '_>) -> Option<Sp<Laji>> {
    read_choice(r, f, &LAJI)
}

fn read_choice<T: Copy>(r: &mut Reader<'_>, f: &Fields<'_, '_>, c: &Choice<T>) -> Option<Sp<T>> {
    let s = r.string(f, c.key)?;
    if let Some(v) = (c.parse)(&s.value) {
        return Some(Sp::new(v, s.span));
    }
    let toml = format!("{} = \"{}\"", c.key, s.value);
    let d = r
        .diag(
            codes::INVALID_VALUE,
            s.span,
            crate::t!("rule-h104-choice", toml = toml, key = c.key),
        )
        .label(crate::t!("rule-h104-choice-label", key = c.key))
        .help(choice_help(&s.value, c));
    r.push(d);
    None
}

/// "did you mean" for a word that means one of the values or is a typo of
/// one, and the values.
fn choice_help<T: Copy>(written: &str, c: &Choice<T>) -> String {
    let allowed = c
        .all
        .iter()
        .map(|v| format!("`{}`", (c.name)(*v)))
        .collect::<Vec<_>>()
        .join(", ");
    let names = || c.all.iter().map(|v| (c.name)(*v));
    let guess = (c.meant_by)(written)
        .map(c.name)
        .or_else(|| crate::suggest::did_you_mean(written, names()));
    match guess {
        Some(g) => crate::t!("rule-h104-choice-guess", guess = g, allowed = allowed),
        None => crate::t!("rule-h104-choice-help", allowed = allowed),
    }
}

fn read_contact(r: &mut Reader<'_>, t: &DeTable<'_>, span: Span) -> Yhteystieto {
    let f = r.fields(t, span, CONTACT_KEYS, "[[yhteystiedot]]");
    let c = Yhteystieto {
        span,
        rooli: r.string(&f, "rooli"),
        nimi: r.string(&f, "nimi"),
        puhelin: r.string(&f, "puhelin"),
        email: r.string(&f, "email"),
    };
    r.require(&c.nimi, &f, "nimi", "contact", "\"Etunimi Sukunimi\"");
    c
}

fn read_link(r: &mut Reader<'_>, t: &DeTable<'_>, span: Span) -> Liite {
    let f = r.fields(t, span, LINK_KEYS, "[[liitteet]]");
    let l = Liite {
        span,
        nimi: r.string(&f, "nimi"),
        url: r.string(&f, "url"),
    };
    r.require(&l.url, &f, "url", "link", "\"https://…\"");
    l
}

fn read_funding(r: &mut Reader<'_>, t: &DeTable<'_>, span: Span, what: &str) -> Funding {
    let before = r.diagnostics.len();
    let f = r.fields(t, span, FUNDING_KEYS, what);
    let osuudet_what = format!("[[{}.osuudet]]", what.trim_matches(['[', ']']));
    let muut_what = format!("[[{}.muut]]", what.trim_matches(['[', ']']));
    let mut funding = Funding {
        span,
        invalid: false,
        yhteensa: r.euro(&f, "yhteensa"),
        ei_oikeuttavat: r.euro(&f, "ei_oikeuttavat"),
        osuudet: r
            .tables(&f, "osuudet")
            .into_iter()
            .map(|(t, s)| read_share(r, t, s, &osuudet_what))
            .collect(),
        muut: r
            .tables(&f, "muut")
            .into_iter()
            .map(|(t, s)| read_in_kind(r, t, s, &muut_what))
            .collect(),
    };
    funding.invalid = r.diagnostics.len() > before;
    funding
}

fn read_share(r: &mut Reader<'_>, t: &DeTable<'_>, span: Span, what: &str) -> Share {
    let before = r.diagnostics.len();
    let f = r.fields(t, span, SHARE_KEYS, what);
    let mut s = Share {
        span,
        invalid: false,
        rahoittaja: r.string(&f, "rahoittaja"),
        laji: read_laji(r, &f),
        ohjelma: r.string(&f, "ohjelma"),
        osuus: r.percent(&f, "osuus"),
        summa: r.euro(&f, "summa"),
    };
    r.require(
        &s.rahoittaja,
        &f,
        "rahoittaja",
        "share",
        "\"Rahoittajan nimi\"",
    );
    s.invalid = r.diagnostics.len() > before;
    s
}

fn read_in_kind(r: &mut Reader<'_>, t: &DeTable<'_>, span: Span, what: &str) -> InKind {
    let f = r.fields(t, span, IN_KIND_KEYS, what);
    let k = InKind {
        span,
        rahoittaja: r.string(&f, "rahoittaja"),
        kuvaus: r.string(&f, "kuvaus"),
        summa: r.euro(&f, "summa"),
    };
    r.require(
        &k.rahoittaja,
        &f,
        "rahoittaja",
        "contribution",
        "\"Rahoittajan nimi\"",
    );
    k
}

/// `[kustannusarvio.2012]` tables: year keys, category amounts.
fn read_costs_by_year(r: &mut Reader<'_>, f: &Fields<'_, '_>, key: &str) -> CostYears {
    let mut out = CostYears::default();
    let Some((_, years, _)) = r.table(f, key) else {
        return out;
    };
    let category_keys: [&'static str; 14] = Category::ALL.map(|c| c.key());
    let mut what = String::new();
    for (year_key, value) in years.iter() {
        let year_span: Span = year_key.span().into();
        let Some(year) = parse_year(year_key.get_ref()) else {
            let table = format!("{key}.{}", year_key.get_ref());
            let d = r
                .diag(
                    codes::INVALID_VALUE,
                    year_span,
                    crate::t!("rule-h104-year", table = table),
                )
                .label(crate::t!("rule-h104-year-label"))
                .help(crate::t!("rule-h104-year-help", key = key));
            r.push(d);
            continue;
        };
        let toml::de::DeValue::Table(t) = value.get_ref() else {
            let table = format!("{key}.{year}");
            let d = r
                .diag(
                    codes::WRONG_TYPE,
                    value.span().into(),
                    crate::t!("rule-h102-costs", table = table.as_str()),
                )
                .help(crate::t!("rule-h102-costs-help", table = table));
            r.push(d);
            continue;
        };
        what.clear();
        let _ = write!(what, "[{key}.{year}]");
        let cf = r.fields(t, year_span, &category_keys, &what);
        let mut costs = Costs::new(year_span);
        for (k, v) in cf.iter() {
            let Some(c) = Category::ALL.into_iter().find(|c| c.key() == k) else {
                continue;
            };
            if c == Category::Palkat
                && let toml::de::DeValue::Table(t) = v.get_ref()
            {
                what.clear();
                let _ = write!(what, "[{key}.{year}.palkat]");
                if let Some(unit) = read_unit_cost(r, t, v.span().into(), &what) {
                    let amount = Sp::new(unit_amount(&unit), unit.span);
                    costs.set(c, amount);
                    costs.palkat_unit = Some(Box::new(unit));
                }
                continue;
            }
            if let Some(v) = r.as_euro(k, v) {
                costs.set(c, v);
            }
        }
        costs.shrink_to_fit();
        out.insert(year, costs);
    }
    out.shrink_to_fit();
    out
}

/// Hours × hourly rate, rounded half away from zero to the cent; the reader
/// has kept the product within the money range.
pub fn unit_amount(unit: &UnitCost) -> Euro {
    crate::calc::costs::unit_cost_amount(unit.tunnit.value, unit.tuntihinta.value)
        .unwrap_or(Euro::ZERO)
}

/// `palkat` as `tunnit` × `tuntihinta`: both required, neither negative,
/// the product a valid amount.
fn read_unit_cost(r: &mut Reader<'_>, t: &DeTable<'_>, span: Span, what: &str) -> Option<UnitCost> {
    let before = r.diagnostics.len();
    let f = r.fields(t, span, UNIT_COST_KEYS, what);
    let tunnit = read_hours(r, &f);
    let tuntihinta = r.euro(&f, "tuntihinta");
    let missing = |key: &'static str| {
        move || crate::t!("cost-missing-key", owner = "unit", code = "", key = key)
    };
    r.require_with(&tunnit, &f, "tunnit", missing("tunnit"), "1720");
    r.require_with(
        &tuntihinta,
        &f,
        "tuntihinta",
        missing("tuntihinta"),
        "\"35.50\"",
    );
    let (tunnit, tuntihinta) = (tunnit?, tuntihinta?);
    if r.diagnostics.len() > before {
        return None;
    }
    if crate::calc::costs::unit_cost_amount(tunnit.value, tuntihinta.value).is_none() {
        let d = r
            .diag(
                codes::NEGATIVE,
                span,
                crate::t!(
                    "cost-unit-too-large",
                    hours = words::number(tunnit.value),
                    rate = words::euro(tuntihinta.value)
                ),
            )
            .label(crate::t!("cost-unit-too-large-label"))
            .help(crate::t!("cost-unit-too-large-help"));
        r.push(d);
        return None;
    }
    Some(UnitCost {
        span,
        tunnit,
        tuntihinta,
    })
}

/// Hours: a non-negative number, integer, float or string (`"860,5"`).
fn read_hours(r: &mut Reader<'_>, f: &Fields<'_, '_>) -> Option<Sp<rust_decimal::Decimal>> {
    use toml::de::DeValue;
    let (_, v) = f.get("tunnit")?;
    let span: Span = v.span().into();
    let raw = &r.src[v.span()];
    let text = match v.get_ref() {
        DeValue::Integer(i) if i.radix() == 10 => Some(i.as_str().to_string()),
        DeValue::Float(fl) => Some(fl.as_str().to_string()),
        DeValue::String(s) => Some(s.trim().replace(',', ".")),
        _ => None,
    };
    let parsed = text
        .as_deref()
        .map(|t| t.replace('_', ""))
        .and_then(|t| t.parse::<rust_decimal::Decimal>().ok());
    match parsed {
        Some(h) if !h.is_sign_negative() || h.is_zero() => Some(Sp::new(h, span)),
        Some(_) => {
            let d = r
                .diag(
                    codes::NEGATIVE,
                    span,
                    crate::t!("cost-hours-negative", toml = raw),
                )
                .label(crate::t!("cost-hours-negative-label"))
                .help(crate::t!(
                    "cost-hours-negative-help",
                    year = words::number(rust_decimal::Decimal::from(1720))
                ));
            r.push(d);
            None
        }
        None => {
            let d = r
                .diag(
                    codes::WRONG_TYPE,
                    span,
                    crate::t!("cost-hours-not-number", toml = raw),
                )
                .label(crate::t!("cost-hours-not-number-label"))
                .help(crate::t!("cost-hours-not-number-help"));
            r.push(d);
            None
        }
    }
}

fn parse_year(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|y| (1900..=2200).contains(y))
}
