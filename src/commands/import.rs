//! `hanke import FILE…`: pages of the old project database → records.
//!
//! Without `--write` each record is printed (several are separated by a
//! comment line naming the page); with `--write` each is saved in the data
//! folder under an id made from its name, never over an existing file. What
//! a person must look at goes to stderr, one line each, prefixed with the page.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use crate::cli::{GlobalArgs, ImportArgs};
use crate::commands::new::{checked_id, write_new};
use crate::context::Context;
use crate::diag::render::sanitize;
use crate::import::{Imported, Known, import_page_with};
use crate::load::{self, Corpus};
use crate::write::NewFile;

pub fn run(global: &GlobalArgs, args: &ImportArgs) -> anyhow::Result<ExitCode> {
    if args.id.is_some() && args.files.len() > 1 {
        bail!(crate::t!("err-import-id-one-file"));
    }
    // The registry tells whether the page's portfolio is known. Printing works
    // without a data folder; writing needs one.
    let ctx = Context::resolve(global);
    let corpus = match &ctx {
        Ok(ctx) => load::load(&ctx.root).ok(),
        Err(_) => None,
    };
    if args.write && corpus.is_none() {
        match ctx {
            Err(e) => return Err(e),
            Ok(ctx) => bail!(crate::t!(
                "err-import-not-data-folder",
                path = ctx.display_root.display().to_string()
            )),
        }
    }
    // A bad `--id` is a bad argument, refused before any page is read.
    if args.write
        && let (Some(id), Ok(ctx)) = (&args.id, &ctx)
    {
        let id = checked_id(ctx, id)?;
        new_file(ctx, id)?;
    }
    let known = corpus
        .as_ref()
        .map_or_else(Known::default, |c| Known::from(&c.registry));
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for (n, file) in args.files.iter().enumerate() {
        let shown = file.display().to_string();
        let text = read_page(file)?;
        let imported = match import_page_with(&text, &known) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("{} {}: {e}", crate::t!("err-prefix"), sanitize(&shown));
                failed = true;
                continue;
            }
        };
        report_review(&shown, &imported, corpus.as_ref());
        if args.write {
            let ctx = ctx.as_ref().expect("checked above");
            let corpus = corpus.as_ref().expect("checked above");
            match save(ctx, corpus, args.id.as_deref(), &imported) {
                Ok(path) => {
                    let file = sanitize(&path);
                    writeln!(out, "{}", crate::t!("import-wrote", file = file))?
                }
                Err(e) => {
                    eprintln!(
                        "{} {}: {}",
                        crate::t!("err-prefix"),
                        sanitize(&shown),
                        sanitize(&crate::lang::io::chain(&e))
                    );
                    failed = true;
                }
            }
        } else {
            if args.files.len() > 1 {
                writeln!(
                    out,
                    "{}# ---- {} ----",
                    if n > 0 { "\n" } else { "" },
                    sanitize(&shown)
                )?;
            }
            out.write_all(canonical(&imported.toml).as_bytes())?;
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The record in `hanke fmt`'s layout, so an imported record is already formatted.
fn canonical(text: &str) -> String {
    crate::fmt::format_record(text, None).unwrap_or_else(|_| text.to_string())
}

/// The most of a page `import` reads: a saved project page is well under a
/// megabyte; anything near this is not one (or is `/dev/zero`).
const MAX_PAGE_BYTES: u64 = 32 * 1024 * 1024;

/// A page as text: UTF-8, else Windows-1252/Latin-1 as old web exports are.
///
/// A pipe is fine (`hanke import <(curl ...)`), a folder is not, and no
/// input is read past [`MAX_PAGE_BYTES`].
fn read_page(file: &Path) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    let shown = if file.as_os_str() == "-" {
        crate::t!("err-stdin-name")
    } else {
        format!("`{}`", sanitize(&file.display().to_string()))
    };
    if file.as_os_str() == "-" {
        std::io::stdin()
            .take(MAX_PAGE_BYTES + 1)
            .read_to_end(&mut bytes)
            .with_context(|| crate::t!("err-stdin"))?;
    } else {
        if std::fs::metadata(file).is_ok_and(|m| m.is_dir()) {
            bail!(crate::t!("err-import-folder", file = shown));
        }
        std::fs::File::open(file)
            .and_then(|f| f.take(MAX_PAGE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| {
                anyhow::anyhow!(crate::t!(
                    "err-read-file",
                    file = shown.clone(),
                    reason = load::walk::io_reason(&e).to_string()
                ))
            })?;
    }
    if bytes.len() as u64 > MAX_PAGE_BYTES {
        bail!(crate::t!(
            "err-import-too-big",
            file = shown,
            mib = ((MAX_PAGE_BYTES / (1024 * 1024)) as usize)
        ));
    }
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    })
}

fn report_review(shown: &str, imported: &Imported, corpus: Option<&Corpus>) {
    for line in &imported.review {
        let (page, line) = (sanitize(shown), sanitize(line));
        eprintln!("{}", crate::t!("import-review", page = page, line = line));
    }
    let Some(corpus) = corpus else { return };
    if let Some((code, _)) = &imported.salkku
        && !corpus.registry.salkut.contains_key(code)
    {
        let entry = imported.salkku_registry_entry().unwrap_or_default();
        let line = crate::t!("import-salkku-unknown", salkku = sanitize(code));
        let entry = entry
            .lines()
            .map(|l| format!("    {}", sanitize(l)))
            .collect::<Vec<_>>()
            .join("\n");
        let page = sanitize(shown);
        eprintln!(
            "{}\n{entry}",
            crate::t!("import-review", page = page, line = line)
        );
    }
}

/// Writes the record under `id` (or its suggested id), never over a file.
fn save(
    ctx: &Context,
    corpus: &Corpus,
    id: Option<&str>,
    imported: &Imported,
) -> anyhow::Result<String> {
    let id = checked_id(ctx, id.unwrap_or(&imported.suggested_id))?;
    let (file, shown) = new_file(ctx, id)?;
    if corpus.project(id).is_some() || file.path().exists() {
        bail!(crate::t!("err-exists-use-id", file = shown.to_string()));
    }
    let depth = id.matches('/').count();
    let text = if depth == 0 {
        imported.toml.clone()
    } else {
        imported.toml.replacen(
            "#:schema ../schemas/",
            &format!("#:schema {}schemas/", "../".repeat(depth + 1)),
            1,
        )
    };
    let text = canonical(&text);
    write_new(&file, text.as_bytes())?;
    Ok(shown)
}

/// Where the record `id` goes, checked to stay inside the data folder, and
/// how it is shown.
fn new_file(ctx: &Context, id: &str) -> anyhow::Result<(NewFile, String)> {
    let rel = format!("{id}.toml");
    let shown = ctx.display_root.join(&rel).display().to_string();
    let file = NewFile::inside(&ctx.root, Path::new(&rel), &shown)?;
    Ok((file, shown))
}
