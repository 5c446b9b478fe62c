//! `hanke new ID`: a new record that passes `hanke check`, with commented
//! hints for what a coordinator fills in next.
//!
//! The text is built here and put through `hanke fmt`'s formatter, so a new
//! record is already in the canonical layout.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context as _, bail};
use chrono::{Datelike, NaiveDate};

use crate::cli::NewArgs;
use crate::context::Context;
use crate::fmt as layout;
use crate::load::{self, Corpus, LoadError};
use crate::model::id::{id_problem, slug};
use crate::model::{Category, CostModel, Vaihe};
use crate::suggest::{did_you_mean, nearest};
use crate::write::NewFile;

pub fn run(ctx: &Context, args: &NewArgs) -> anyhow::Result<ExitCode> {
    let id = checked_id(ctx, &args.id)?;
    let corpus = match load::load(&ctx.root) {
        Ok(c) => c,
        Err(LoadError::Registry(_)) => bail!(crate::t!(
            "err-new-registry",
            path = ctx.display_root.join("hanke.toml").display().to_string()
        )),
        Err(e) => return Err(e.into()),
    };
    let rel = format!("{id}.toml");
    let path = ctx.root.join(&rel);
    let shown = ctx.display_root.join(&rel);
    let file = NewFile::inside(&ctx.root, Path::new(&rel), &shown.display().to_string())?;
    if path.exists() || corpus.project(id).is_some() {
        bail!(crate::t!("err-exists", file = shown.display().to_string()));
    }
    let nimi = args.nimi.trim();
    if nimi.is_empty() {
        bail!(crate::t!("err-new-nimi-empty"));
    }
    let salkku = salkku(&corpus, &args.salkku)?;
    let model = match &args.kustannusmalli {
        Some(code) => Some(cost_model(&corpus, code)?),
        None => None,
    };
    if let Some(parent) = &args.paahanke {
        if corpus.project(parent).is_none() {
            let near = nearest(parent, corpus.ids(), 3);
            let names = near
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ");
            bail!(crate::t!(
                "err-new-no-parent",
                parent = parent.clone(),
                n = near.len(),
                names = names
            ));
        }
        if parent == id {
            bail!(crate::t!("err-new-own-parent"));
        }
    }
    let alkaa = args.alkaa.unwrap_or(ctx.today);
    if let Some(loppuu) = args.loppuu
        && loppuu < alkaa
    {
        bail!(crate::t!(
            "err-new-dates",
            loppuu = crate::lang::format::date(loppuu),
            alkaa = crate::lang::format::date(alkaa)
        ));
    }
    if let Some(parent) = args.paahanke.as_deref().and_then(|p| corpus.project(p)) {
        within_parent(parent, alkaa, args.loppuu)?;
    }
    let depth = id.matches('/').count();
    let text = record_text(
        &corpus,
        &salkku,
        nimi,
        alkaa,
        args,
        ctx.today,
        model.as_deref(),
    );
    let text = layout::format_record(&text, Some(&layout::schema_line(depth)))
        .with_context(|| crate::t!("err-new-internal"))?;
    write_new(&file, text.as_bytes())?;
    println!(
        "{}",
        crate::t!("new-wrote", file = shown.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}

/// The id given on the command line (`hyve/kainuu`, `.toml` allowed), or
/// why it is not one: an absolute path, or characters an id cannot hold
/// (with the slug to use). `hanke import --id` checks its id here too.
pub(crate) fn checked_id<'a>(ctx: &Context, given: &'a str) -> anyhow::Result<&'a str> {
    let id = given.trim_end_matches(".toml");
    if Path::new(id).is_absolute() {
        let below = relative_to_root(ctx, Path::new(id))
            .map(|rel| crate::t!("err-id-below", rel = rel))
            .unwrap_or_default();
        bail!(crate::t!("err-id-absolute", id = id, below = below));
    }
    if let Some(problem) = id_problem(id) {
        let suggestion = id.split('/').map(slug).collect::<Vec<_>>().join("/");
        let hint = if suggestion != id && id_problem(&suggestion).is_none() {
            crate::t!("err-id-hint", suggestion = suggestion)
        } else {
            String::new()
        };
        bail!(crate::t!(
            "err-id-invalid",
            id = id,
            problem = problem.to_string(),
            hint = hint
        ));
    }
    Ok(id)
}

/// An absolute path below the data folder as an id-like relative path.
fn relative_to_root(ctx: &Context, path: &Path) -> Option<String> {
    let roots = [
        std::path::absolute(&ctx.root).ok(),
        std::fs::canonicalize(&ctx.root).ok(),
    ];
    let rel = roots
        .iter()
        .flatten()
        .find_map(|root| path.strip_prefix(root).ok())?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// Writes a new record: the folders it needs, then the file; a failure
/// removes the folders this write made, so nothing is left behind.
pub(crate) fn write_new(file: &NewFile, bytes: &[u8]) -> anyhow::Result<()> {
    let mut created = file.create_folders()?;
    let written = crate::write::create_new(file.path(), bytes);
    if written.is_err() {
        created.remove();
    }
    written
}

/// An osahanke runs within its päähanke's dates (rule H202).
fn within_parent(
    parent: &crate::model::Project,
    alkaa: NaiveDate,
    loppuu: Option<NaiveDate>,
) -> anyhow::Result<()> {
    if let Some(pa) = parent.alkaa.as_ref().map(|d| d.value)
        && alkaa < pa
    {
        bail!(crate::t!(
            "err-new-before-parent",
            alkaa = crate::lang::format::date(alkaa),
            parent = parent.id.to_string(),
            start = crate::lang::format::date(pa)
        ));
    }
    if let Some(pl) = parent.loppuu.as_ref().map(|d| d.value)
        && (alkaa > pl || loppuu.is_some_and(|l| l > pl))
    {
        bail!(crate::t!(
            "err-new-after-parent",
            parent = parent.id.to_string(),
            end = crate::lang::format::date(pl)
        ));
    }
    Ok(())
}

/// The registry's code for `given` (case-insensitive), or an error with the nearest code.
fn salkku(corpus: &Corpus, given: &str) -> anyhow::Result<String> {
    let codes: Vec<&str> = corpus.registry.salkut.keys().map(String::as_str).collect();
    if let Some(code) = codes.iter().find(|c| c.eq_ignore_ascii_case(given.trim())) {
        return Ok(code.to_string());
    }
    let hint = match did_you_mean(given, codes.iter().copied()) {
        Some(s) => crate::t!("err-did-you-mean", name = s.to_string()),
        None if codes.is_empty() => crate::t!("err-salkut-none"),
        None => crate::t!(
            "err-salkut-are",
            codes = codes
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    bail!(crate::t!("err-new-no-salkku", given = given, hint = hint))
}

/// The registry's cost model `given` names (its code, case-insensitive), or
/// an error with the nearest code.
fn cost_model(corpus: &Corpus, given: &str) -> anyhow::Result<Arc<CostModel>> {
    let reg = &corpus.registry;
    let code = reg
        .kustannusmallit
        .keys()
        .find(|c| c.eq_ignore_ascii_case(given.trim()));
    match code.and_then(|c| reg.cost_model(c)) {
        Some(m) => Ok(m.clone()),
        None => bail!(
            "{}",
            crate::t!(
                "cost-new-unknown",
                given = given,
                hint = crate::load::registry::model_help(given, reg)
            )
        ),
    }
}

fn quoted(s: &str) -> String {
    toml_edit::Value::from(s).to_string()
}

/// The vaihe that agrees with the dates today.
fn vaihe(alkaa: NaiveDate, loppuu: Option<NaiveDate>, today: NaiveDate) -> Vaihe {
    if alkaa > today {
        Vaihe::Suunnitteilla
    } else if loppuu.is_some_and(|l| l < today) {
        Vaihe::Paattynyt
    } else {
        Vaihe::Kaynnissa
    }
}

fn record_text(
    corpus: &Corpus,
    salkku: &str,
    nimi: &str,
    alkaa: NaiveDate,
    args: &NewArgs,
    today: NaiveDate,
    model: Option<&CostModel>,
) -> String {
    let reg = &corpus.registry;
    let omistaja = reg
        .salkut
        .get(salkku)
        .and_then(|s| s.omistaja.as_ref())
        .map(|o| o.value.clone());
    // The hints and placeholders are for the person who fills the record
    // in: in their language. Keys and values that are data stay as they are.
    let mut t = String::new();
    t.push_str(&format!("nimi = {}\n", quoted(nimi)));
    t.push_str(&format!(
        "# lyhenne = {}\n",
        quoted(&crate::t!("new-lyhenne"))
    ));
    t.push_str(&format!(
        "# tyyppi = {}\n",
        quoted(&crate::t!("new-tyyppi"))
    ));
    t.push_str(&format!("salkku = {}\n", quoted(salkku)));
    t.push_str(&format!(
        "vaihe = {}\n",
        quoted(vaihe(alkaa, args.loppuu, today).as_str())
    ));
    t.push_str(&format!("alkaa = {alkaa}\n"));
    if let Some(l) = args.loppuu {
        t.push_str(&format!("loppuu = {l}\n"));
    } else {
        t.push_str("# loppuu = YYYY-MM-DD\n");
    }
    if let Some(p) = &args.paahanke {
        t.push_str(&format!("paahanke = {}\n", quoted(p)));
    }
    let own = omistaja
        .clone()
        .unwrap_or_else(|| crate::t!("new-own-funder"));
    t.push_str(&format!("# hallinnoija = {}\n", quoted(&own)));
    t.push_str(&format!("# toteuttajat = [{}]\n", quoted(&own)));
    t.push_str(&format!(
        "# avainsanat = [{}]\n",
        quoted(&crate::t!("new-avainsana"))
    ));
    t.push_str(&format!(
        "# tiivistelma = \"\"\"\n# {}\n# \"\"\"\n",
        crate::t!("new-tiivistelma")
    ));
    t.push_str(&format!(
        "# tavoitteet = [{}]\n",
        quoted(&crate::t!("new-tavoite"))
    ));
    t.push_str(&format!(
        "# toimenpiteet = \"\"\"\n# - {}\n# \"\"\"\n",
        crate::t!("new-toimenpide")
    ));
    if let Some(m) = model {
        t.push_str(&format!("kustannusmalli = {}\n", quoted(&m.code)));
    }

    t.push_str(&format!(
        "\n# [[yhteystiedot]]\n# rooli = {}\n# nimi = {}\n# email = {}\n",
        quoted(&crate::t!("new-rooli")),
        quoted(&crate::t!("new-nimi")),
        quoted(&crate::t!("new-email"))
    ));

    // Rahoitussuunnitelma: 75 % from the usual programme, 25 % own funding.
    // With a cost model, the first programme that names it (else one that
    // allows any model).
    let names = |o: &&crate::model::registry::Ohjelma| {
        model.is_some_and(|m| {
            o.kustannusmallit
                .iter()
                .flatten()
                .any(|c| c.value == m.code)
        })
    };
    let programme = reg.ohjelmat.iter().find(|(_, o)| names(o)).or_else(|| {
        reg.ohjelmat
            .iter()
            .find(|(_, o)| model.is_none_or(|m| o.allows(&m.code)))
    });
    t.push('\n');
    for line in crate::t!("new-rahoitus-hint").lines() {
        t.push_str(&format!("# {line}\n"));
    }
    t.push_str("# [rahoitus]\n# yhteensa = 100000\n#\n# [[rahoitus.osuudet]]\n");
    match programme {
        Some((name, p)) => {
            let funder = p
                .rahoittaja
                .as_ref()
                .map_or_else(|| crate::t!("new-rahoittaja"), |r| r.value.clone());
            t.push_str(&format!("# rahoittaja = {}\n", quoted(&funder)));
            t.push_str("# laji = \"valtionavustus\"\n");
            t.push_str(&format!("# ohjelma = {}\n", quoted(name)));
        }
        None => {
            t.push_str(&format!(
                "# rahoittaja = {}\n",
                quoted(&crate::t!("new-grant-funder"))
            ));
            t.push_str("# laji = \"valtionavustus\"\n");
        }
    }
    t.push_str("# osuus = 75\n#\n# [[rahoitus.osuudet]]\n");
    t.push_str(&format!("# rahoittaja = {}\n", quoted(&own)));
    t.push_str("# laji = \"oma\"\n# osuus = 25\n");

    // Kustannusarvio: one table per year of the project; under a cost model
    // only the categories it itemises (the flat rate covers the others).
    let categories: Vec<Category> = match model {
        Some(m) => m.itemised().collect(),
        None => Category::ALL.to_vec(),
    };
    if let Some(m) = model
        && let Some((prosentti, peruste)) = m.flat_rate()
    {
        let hint = crate::t!(
            "new-flat-rate-hint",
            nimi = m.nimi.as_str(),
            code = m.code.as_str(),
            prosentti = crate::lang::format::percent(prosentti, 2),
            peruste = peruste.keys().join(" + ")
        );
        t.push('\n');
        for line in hint.lines() {
            t.push_str(&format!("# {line}\n"));
        }
    }
    let last = args.loppuu.map_or(alkaa.year(), |l| l.year());
    for year in alkaa.year()..=last {
        t.push_str(&format!("\n# [kustannusarvio.{year}]\n"));
        for c in &categories {
            t.push_str(&format!(
                "# {} = 0  # {}\n",
                c.key(),
                crate::render::labels::category(*c)
            ));
        }
    }
    t
}
