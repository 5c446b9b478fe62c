//! The project card of `hanke show`: terminal, Markdown and JSON.

use std::io::{self, Write};

use serde_json::{Map, Value as Json, json};

use super::grid::{Column, Grid, Value, plain_percent};
use super::{markdown, table};
use crate::diag::render::sanitize;
use crate::lang::format;
use crate::model::{Category, FundingKind, Project};
use crate::report::show::{Card, FundingView};
use crate::t;

fn opt(s: &Option<crate::model::Sp<String>>) -> Option<&str> {
    s.as_ref().map(|v| v.value.as_str())
}

/// Label–value pairs of the card's head, as on the database page: the
/// name, portfolio, stage and dates always, the others when filled in.
fn head(card: &Card) -> Vec<(String, String)> {
    let p = card.project;
    let salkku = match (p.salkku(), card.salkku_nimi) {
        (Some(code), Some(name)) => format!("{code} {name}"),
        (Some(code), None) => code.to_string(),
        _ => String::new(),
    };
    let rows = vec![
        (true, t!("show-nimi"), p.name().to_string()),
        (
            false,
            t!("show-lyhenne"),
            opt(&p.lyhenne).unwrap_or_default().to_string(),
        ),
        (
            false,
            t!("show-tyyppi"),
            opt(&p.tyyppi).unwrap_or_default().to_string(),
        ),
        (true, t!("show-salkku"), salkku),
        (
            true,
            t!("show-vaihe"),
            p.vaihe.as_ref().map_or("", |v| v.as_str()).to_string(),
        ),
        (
            true,
            t!("show-alkaa"),
            p.alkaa().map(format::date).unwrap_or_default(),
        ),
        (
            true,
            t!("show-loppuu"),
            p.loppuu().map(format::date).unwrap_or_default(),
        ),
        (
            false,
            t!("show-hallinnoija"),
            opt(&p.hallinnoija).unwrap_or_default().to_string(),
        ),
        (false, t!("show-avainsanat"), join(&p.avainsanat)),
        (false, t!("show-kustannusmalli"), cost_model(p)),
    ];
    rows.into_iter()
        .filter(|(always, _, v)| *always || !v.is_empty())
        .map(|(_, label, v)| (label, v))
        .collect()
}

/// `FR40 Flat rate 40 % palkkakustannuksista`, or the code as written when
/// the registry does not know it.
fn cost_model(p: &Project) -> String {
    match (p.cost_model(), &p.kustannusmalli) {
        (Some(m), _) if m.nimi != m.code => format!("{} {}", m.code, m.nimi),
        (Some(m), _) => m.code.clone(),
        (None, Some(k)) => k.value.clone(),
        (None, None) => String::new(),
    }
}

fn join(items: &[crate::model::Sp<String>]) -> String {
    items
        .iter()
        .map(|s| s.value.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn funding_title(kind: FundingKind) -> String {
    match kind {
        FundingKind::Plan => t!("out-plan-title"),
        FundingKind::Actual => t!("out-actual-title"),
    }
}

/// The shares table: rahoittaja, laji, ohjelma, osuus, summa; derived values marked.
fn funding_grid(f: &FundingView) -> Grid {
    let mut g = Grid::new(
        f.kind.table(),
        funding_title(f.kind),
        vec![
            Column::new("rahoittaja", t!("out-col-rahoittaja")).shrinkable(),
            Column::new("laji", t!("out-col-laji")),
            Column::new("ohjelma", t!("out-col-ohjelma")).hideable(0),
            Column::new("osuus", t!("out-col-osuus")),
            Column::new("summa", t!("out-col-summa")),
        ],
    );
    for s in &f.shares {
        g.push(vec![
            Value::text(&s.rahoittaja),
            Value::text(s.laji.map_or("", |l| l.as_str())),
            Value::text(s.ohjelma.clone().unwrap_or_default()),
            Value::opt_percent(s.osuus).derived_if(s.osuus_derived),
            Value::opt_money(s.summa).derived_if(s.summa_derived),
        ]);
    }
    g.push_strong(vec![
        Value::text(t!("out-total")),
        Value::Empty,
        Value::Empty,
        Value::Empty,
        Value::opt_money(f.total).derived_if(f.total_derived),
    ]);
    if let Some(e) = f.ei_oikeuttavat {
        g.footer
            .push(format!("{}: {}", t!("out-ei-oikeuttavat"), format::euro(e)));
    }
    if f.shares.iter().any(|s| s.osuus_derived || s.summa_derived) || f.total_derived {
        g.footer.push(t!("show-derived-note"));
    }
    g
}

fn muut_grid(f: &FundingView) -> Option<Grid> {
    if f.muut.is_empty() {
        return None;
    }
    let mut g = Grid::new(
        "muut",
        t!("show-muut-title"),
        vec![
            Column::new("rahoittaja", t!("show-col-osallistuja")),
            Column::new("kuvaus", t!("show-col-kuvaus")).shrinkable(),
            Column::new("summa", t!("out-col-summa")),
        ],
    );
    for (r, k, s) in &f.muut {
        g.push(vec![Value::text(r), Value::text(k), Value::opt_money(*s)]);
    }
    Some(g)
}

fn contacts_grid(p: &Project) -> Grid {
    let mut g = Grid::new(
        "yhteystiedot",
        "",
        vec![
            Column::new("rooli", t!("show-col-rooli")).shrinkable(),
            Column::new("nimi", t!("out-col-nimi")),
            Column::new("puhelin", t!("show-col-puhelin")).hideable(0),
            Column::new("email", t!("show-col-email")),
        ],
    );
    for c in &p.yhteystiedot {
        g.push(vec![
            Value::text(opt(&c.rooli).unwrap_or_default()),
            Value::text(opt(&c.nimi).unwrap_or_default()),
            Value::text(opt(&c.puhelin).unwrap_or_default()),
            Value::text(opt(&c.email).unwrap_or_default()),
        ]);
    }
    g
}

fn funding_grids(card: &Card) -> Vec<Grid> {
    let mut grids = Vec::new();
    for f in [&card.plan, &card.actual].into_iter().flatten() {
        grids.push(funding_grid(f));
        grids.extend(muut_grid(f));
    }
    grids
}

/// Wrapping at spaces only: no breaks inside `kunnat/alueet` or `perus-palvelut`.
fn wrap_options(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width.max(20))
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

fn wrap(out: &mut dyn Write, text: &str, width: usize, indent: &str) -> io::Result<()> {
    let opts = wrap_options(width.saturating_sub(indent.len()));
    for para in sanitize(text.trim()).split('\n') {
        if para.trim().is_empty() {
            writeln!(out)?;
            continue;
        }
        for line in textwrap::wrap(para, &opts) {
            writeln!(out, "{indent}{line}")?;
        }
    }
    Ok(())
}

fn section(out: &mut dyn Write, title: &str) -> io::Result<()> {
    writeln!(out, "\n{title}\n{}", "─".repeat(title.chars().count()))
}

/// The card for the terminal: text wrapped to `width` (100 when unknown).
pub fn write_text(out: &mut dyn Write, card: &Card, width: Option<u16>) -> io::Result<()> {
    let p = card.project;
    let cols = width.map_or(100, |w| w as usize).max(40);
    let title = sanitize(p.short_name());
    writeln!(out, "{title}\n{}", "═".repeat(title.chars().count()))?;
    let rows = head(card);
    let label_w = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    for (label, value) in &rows {
        let opts = wrap_options(cols.saturating_sub(label_w));
        let clean = sanitize(value);
        let lines = textwrap::wrap(&clean, &opts);
        let mut first = true;
        for line in lines
            .iter()
            .map(|l| l.to_string())
            .chain(lines.is_empty().then(String::new))
        {
            if first {
                writeln!(out, "{label:<label_w$}{line}")?;
                first = false;
            } else {
                writeln!(out, "{:<label_w$}{line}", "")?;
            }
        }
    }
    if let Some(t) = opt(&p.tiivistelma) {
        section(out, &t!("show-tiivistelma"))?;
        wrap(out, t, cols, "")?;
    }
    if !p.tavoitteet.is_empty() {
        section(out, &t!("show-tavoitteet"))?;
        for t in &p.tavoitteet {
            let opts = wrap_options(cols)
                .initial_indent("• ")
                .subsequent_indent("  ");
            for line in textwrap::wrap(&sanitize(t), &opts) {
                writeln!(out, "{line}")?;
            }
        }
    }
    if let Some(t) = opt(&p.toimenpiteet) {
        section(out, &t!("show-toimenpiteet"))?;
        wrap(out, t, cols, "")?;
    }
    let grids = funding_grids(card);
    if !grids.is_empty() {
        section(out, &t!("show-rahoitus"))?;
        table::write(out, &grids, Some(cols as u16))?;
    }
    if !p.toteuttajat.is_empty() {
        section(out, &t!("show-toteuttajat"))?;
        for t in &p.toteuttajat {
            writeln!(out, "• {}", sanitize(t))?;
        }
    }
    if !p.yhteystiedot.is_empty() {
        section(out, &t!("show-yhteyshenkilot"))?;
        table::write(out, &[contacts_grid(p)], Some(cols as u16))?;
    }
    if !p.liitteet.is_empty() {
        section(out, &t!("show-liitteet"))?;
        for l in &p.liitteet {
            writeln!(
                out,
                "• {}: {}",
                sanitize(opt(&l.nimi).unwrap_or_default()),
                sanitize(opt(&l.url).unwrap_or_default())
            )?;
        }
    }
    if let Some(parent) = card.paahanke {
        section(out, &t!("show-paahanke"))?;
        writeln!(out, "{}  {}", parent.id, sanitize(parent.short_name()))?;
    } else if let Some(id) = p.paahanke() {
        section(out, &t!("show-paahanke"))?;
        writeln!(out, "{}", t!("show-not-found", id = sanitize(id)))?;
    }
    if !card.osahankkeet.is_empty() {
        section(out, &t!("show-osahankkeet"))?;
        let w = card
            .osahankkeet
            .iter()
            .map(|c| c.id.len())
            .max()
            .unwrap_or(0);
        for c in &card.osahankkeet {
            writeln!(out, "{:<w$}  {}", c.id, sanitize(c.short_name()))?;
        }
    }
    Ok(())
}

/// The card in Markdown, ready to paste. Every value from the record goes
/// through [`markdown`]'s escaping: text, code spans, links.
pub fn write_md(out: &mut dyn Write, card: &Card) -> io::Result<()> {
    let p = card.project;
    writeln!(out, "# {}\n", markdown::text(p.name()))?;
    writeln!(out, "| | |\n| --- | --- |")?;
    for (label, value) in head(card) {
        writeln!(out, "| **{label}** | {} |", markdown::text(&value))?;
    }
    let text_section = |out: &mut dyn Write, title: &str, text: &str| -> io::Result<()> {
        writeln!(out, "\n## {title}\n")?;
        writeln!(out, "{}", markdown::paragraphs(text))
    };
    if let Some(t) = opt(&p.tiivistelma) {
        text_section(out, &t!("show-tiivistelma"), t)?;
    }
    if !p.tavoitteet.is_empty() {
        writeln!(out, "\n## {}\n", t!("show-tavoitteet"))?;
        for t in &p.tavoitteet {
            writeln!(out, "- {}", markdown::text(t))?;
        }
    }
    if let Some(t) = opt(&p.toimenpiteet) {
        text_section(out, &t!("show-toimenpiteet"), t)?;
    }
    let grids = funding_grids(card);
    if !grids.is_empty() {
        writeln!(out, "\n## {}\n", t!("show-rahoitus"))?;
        markdown::write(out, &grids, 3)?;
    }
    if !p.toteuttajat.is_empty() {
        writeln!(out, "\n## {}\n", t!("show-toteuttajat"))?;
        for t in &p.toteuttajat {
            writeln!(out, "- {}", markdown::text(t))?;
        }
    }
    if !p.yhteystiedot.is_empty() {
        writeln!(out, "\n## {}\n", t!("show-yhteyshenkilot"))?;
        markdown::write_table(out, &contacts_grid(p))?;
    }
    if !p.liitteet.is_empty() {
        writeln!(out, "\n## {}\n", t!("show-liitteet"))?;
        for l in &p.liitteet {
            let name = opt(&l.nimi).unwrap_or_default();
            let url = opt(&l.url).unwrap_or_default();
            writeln!(out, "- {}", markdown::link(name, url))?;
        }
    }
    if let Some(id) = p.paahanke() {
        writeln!(out, "\n## {}\n", t!("show-paahanke"))?;
        let name = card.paahanke.map(|q| q.short_name()).unwrap_or_default();
        writeln!(out, "- {} {}", markdown::code(id), markdown::text(name))?;
    }
    if !card.osahankkeet.is_empty() {
        writeln!(out, "\n## {}\n", t!("show-osahankkeet"))?;
        for c in &card.osahankkeet {
            writeln!(
                out,
                "- {} {}",
                markdown::code(&c.id),
                markdown::text(c.short_name())
            )?;
        }
    }
    Ok(())
}

fn funding_json(f: &FundingView) -> Json {
    json!({
        "yhteensa": f.total.map(|t| t.plain()),
        "yhteensa_johdettu": f.total_derived,
        "ei_oikeuttavat": f.ei_oikeuttavat.map(|e| e.plain()),
        "osuudet": f.shares.iter().map(|s| json!({
            "rahoittaja": s.rahoittaja,
            "laji": s.laji.map(|l| l.as_str()),
            "ohjelma": s.ohjelma,
            "osuus": s.osuus.map(|o| if s.osuus_derived { plain_percent(o) } else { o.normalize().to_string() }),
            "osuus_johdettu": s.osuus_derived,
            "summa": s.summa.map(|e| e.plain()),
            "summa_johdettu": s.summa_derived,
        })).collect::<Vec<_>>(),
        "muut": f.muut.iter().map(|(r, k, s)| json!({
            "rahoittaja": r, "kuvaus": k, "summa": s.map(|e| e.plain()),
        })).collect::<Vec<_>>(),
    })
}

fn costs_json(by_year: &crate::model::CostYears) -> Json {
    let mut years = Map::new();
    for (year, costs) in by_year {
        let mut cats = Map::new();
        for c in Category::ALL {
            if let Some(v) = costs.get(c) {
                cats.insert(c.key().to_string(), Json::String(v.value.plain()));
            }
        }
        // `palkat` derived from hours × hourly rate, flagged as a share's derived amount is.
        if let Some(u) = &costs.palkat_unit {
            cats.insert("palkat_johdettu".into(), Json::Bool(true));
            cats.insert(
                "palkat_tunnit".into(),
                Json::String(u.tunnit.value.normalize().to_string()),
            );
            cats.insert(
                "palkat_tuntihinta".into(),
                Json::String(u.tuntihinta.value.plain()),
            );
        }
        years.insert(year.to_string(), Json::Object(cats));
    }
    Json::Object(years)
}

/// The record's cost model and its flat-rate amount per year of each cost
/// table; `null` without `kustannusmalli`.
fn cost_model_json(p: &Project) -> Json {
    let Some(written) = &p.kustannusmalli else {
        return Json::Null;
    };
    let Some(m) = p.cost_model() else {
        return json!({"koodi": written.value, "nimi": null, "prosentti": null});
    };
    let flat = |by_year: &crate::model::CostYears| -> Json {
        let mut years = Map::new();
        if m.prosentti.is_some() {
            for (year, costs) in by_year {
                let amount = crate::calc::flat_rate::year_amount(m, costs);
                years.insert(year.to_string(), Json::String(amount.plain()));
            }
        }
        Json::Object(years)
    };
    json!({
        "koodi": m.code,
        "nimi": m.nimi,
        "prosentti": m.prosentti.map(|p| p.normalize().to_string()),
        "peruste": m.peruste.keys(),
        "kustannusarvio": flat(&p.kustannusarvio),
        "toteutuneet_kustannukset": flat(&p.toteutuneet_kustannukset),
    })
}

/// The card as one JSON object: the record's keys, funding resolved.
pub fn json(card: &Card) -> Json {
    let p = card.project;
    let strings = |v: &[crate::model::Sp<String>]| -> Vec<String> {
        v.iter().map(|s| s.value.clone()).collect()
    };
    json!({
        "id": p.id,
        "nimi": p.name(),
        "lyhenne": opt(&p.lyhenne),
        "tyyppi": opt(&p.tyyppi),
        "salkku": {"koodi": p.salkku(), "nimi": card.salkku_nimi},
        "vaihe": p.vaihe.as_ref().map(|v| v.as_str()),
        "alkaa": p.alkaa().map(|d| d.to_string()),
        "loppuu": p.loppuu().map(|d| d.to_string()),
        "hallinnoija": opt(&p.hallinnoija),
        "toteuttajat": strings(&p.toteuttajat),
        "avainsanat": strings(&p.avainsanat),
        "tiivistelma": opt(&p.tiivistelma).map(str::trim),
        "tavoitteet": strings(&p.tavoitteet),
        "toimenpiteet": opt(&p.toimenpiteet).map(str::trim),
        "yhteystiedot": p.yhteystiedot.iter().map(|c| json!({
            "rooli": opt(&c.rooli), "nimi": opt(&c.nimi), "puhelin": opt(&c.puhelin), "email": opt(&c.email),
        })).collect::<Vec<_>>(),
        "liitteet": p.liitteet.iter().map(|l| json!({"nimi": opt(&l.nimi), "url": opt(&l.url)})).collect::<Vec<_>>(),
        "rahoitus": card.plan.as_ref().map(funding_json),
        "toteuma": card.actual.as_ref().map(funding_json),
        "kustannusmalli": cost_model_json(p),
        "kustannusarvio": costs_json(&p.kustannusarvio),
        "toteutuneet_kustannukset": costs_json(&p.toteutuneet_kustannukset),
        "paahanke": p.paahanke(),
        "osahankkeet": card.osahankkeet.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
    })
}
