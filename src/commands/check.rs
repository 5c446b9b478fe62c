//! `hanke check`: every rule over every record; exit 1 on errors.
//! `--fix` applies the fixes the diagnostics carry, then checks again.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::{CheckArgs, CheckFormat};
use crate::context::Context;
use crate::diag::render::{self, closing_line};
use crate::diag::{Diagnostic, Edit, Severity, Summary, fix};
use crate::load::{self, Corpus, LoadError, SourceFile};
use crate::model::FileId;
use crate::rules;

pub fn run(ctx: &Context, args: &CheckArgs) -> anyhow::Result<ExitCode> {
    if args.fix {
        let corpus = match load::load(&ctx.root) {
            Ok(c) => c,
            // The check below says why.
            Err(LoadError::Registry(_)) => return check(ctx, args),
            Err(e) => return Err(e.into()),
        };
        let diagnostics = rules::check(&corpus, ctx.today);
        apply_fixes(ctx, &corpus, &diagnostics);
    }
    check(ctx, args)
}

/// Loads, checks and reports; the exit status.
fn check(ctx: &Context, args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let corpus = match load::load(&ctx.root) {
        Ok(c) => c,
        Err(LoadError::Registry(c)) => {
            // The registry is the one file everything depends on: show why, exit 2.
            report(
                ctx,
                args,
                &c.diagnostics,
                &c.files,
                Summary::of(0, &c.diagnostics),
            )?;
            let path = c.files[load::REGISTRY].path.display().to_string();
            eprintln!("{}", crate::t!("check-registry-unreadable", path = path));
            return Ok(ExitCode::from(2));
        }
        Err(e) => return Err(e.into()),
    };
    let corpus = super::keep(corpus);
    let diagnostics = super::keep(rules::check(corpus, ctx.today));
    let summary = Summary::of(record_count(corpus), diagnostics);
    report(ctx, args, diagnostics, &corpus.files, summary)?;
    let failed = summary.errors > 0 || (args.deny_warnings && summary.warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Applies every diagnostic's fix, file by file, each file written once and
/// atomically; says on stderr what changed (`korjattu projects/x.toml:
/// rahoitus.osuudet[1].osuus = 25`, in English `fixed …`) and what could not be.
fn apply_fixes(ctx: &Context, corpus: &Corpus, diagnostics: &[Diagnostic]) {
    let mut by_file: BTreeMap<FileId, Vec<&Edit>> = BTreeMap::new();
    for d in diagnostics {
        let Some(edits) = &d.fix else { continue };
        let planned = by_file.entry(d.file).or_default();
        // Two fixes that set one key to different values are both left out.
        let disagrees = edits.iter().any(|e| {
            planned
                .iter()
                .any(|p| p.path == e.path && p.value != e.value)
        });
        if disagrees {
            let paths = edits
                .iter()
                .map(|e| e.path.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let file = shown(ctx, corpus, d.file);
            eprintln!(
                "{}",
                crate::t!("check-fix-disagree", file = file, paths = paths)
            );
            continue;
        }
        for e in edits {
            if !planned.contains(&e) {
                planned.push(e);
            }
        }
    }
    for (file, edits) in by_file {
        let edits: Vec<Edit> = edits.into_iter().cloned().collect();
        let name = shown(ctx, corpus, file);
        match fix_file(&ctx.root, &corpus.files[file].path, &edits) {
            Ok(()) => {
                for e in &edits {
                    let edit = render::sanitize(&e.describe());
                    eprintln!(
                        "{}",
                        crate::t!("check-fixed", file = name.as_str(), edit = edit)
                    );
                }
            }
            Err(why) => {
                let reason = render::sanitize(&crate::lang::io::chain(&why));
                eprintln!(
                    "{}",
                    crate::t!("check-not-fixed", file = name.as_str(), reason = reason)
                );
            }
        }
    }
}

/// A record's path as the user knows it (`projects/x.toml`).
fn shown(ctx: &Context, corpus: &Corpus, file: FileId) -> String {
    render::github_path(&ctx.display_root, &corpus.files[file].rel)
}

/// Applies `edits` to the file at `path` and writes it back atomically, to
/// where a link leads when that is inside the data folder.
fn fix_file(root: &Path, path: &Path, edits: &[Edit]) -> anyhow::Result<()> {
    let target = inside_target(root, path)?;
    let meta = std::fs::metadata(&target)?;
    if meta.permissions().readonly() {
        anyhow::bail!(crate::t!("check-fix-read-only"));
    }
    let text = std::fs::read_to_string(&target)?;
    let new = fix::apply(&text, edits)?;
    crate::write::write_atomic(&target, new.as_bytes())
}

/// The file `path` names, links followed; an error when that is outside `root`.
fn inside_target(root: &Path, path: &Path) -> anyhow::Result<PathBuf> {
    let target = std::fs::canonicalize(path)?;
    let root = std::fs::canonicalize(root)?;
    if !target.starts_with(&root) {
        let target = target.display().to_string();
        anyhow::bail!(crate::t!("check-fix-outside", target = target));
    }
    Ok(target)
}

fn record_count(c: &Corpus) -> usize {
    // A stale temporary file (H006) has a file entry for its warning but is no record.
    let stale = c
        .diagnostics
        .iter()
        .filter(|d| d.code == crate::diag::codes::STALE_TEMP)
        .count();
    c.files.len().saturating_sub(1 + stale)
}

fn report(
    ctx: &Context,
    args: &CheckArgs,
    diagnostics: &[Diagnostic],
    files: &[SourceFile],
    summary: Summary,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        CheckFormat::Human => write_human(&mut out, diagnostics, files, summary, ctx.color)?,
        CheckFormat::Json => render::write_json(&mut out, diagnostics, files, summary)?,
        CheckFormat::Github => {
            render::write_github(&mut out, diagnostics, files, &ctx.display_root)?;
            let mut err = std::io::stderr().lock();
            write_human(&mut err, diagnostics, files, summary, ctx.color_stderr)?;
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                let md = render::markdown_summary(diagnostics, files, &ctx.display_root, summary);
                let mut f = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&path)?;
                f.write_all(md.as_bytes())?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

pub fn write_human(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    files: &[SourceFile],
    summary: Summary,
    color: bool,
) -> std::io::Result<()> {
    for d in diagnostics {
        writeln!(out, "{}\n", render::human(d, files, color))?;
    }
    let line = closing_line(summary);
    if color {
        let style = if summary.errors > 0 {
            "\x1b[1;31m"
        } else if summary.warnings > 0 {
            "\x1b[1;33m"
        } else {
            "\x1b[1;32m"
        };
        writeln!(out, "{style}{line}\x1b[0m")
    } else {
        writeln!(out, "{line}")
    }
}

/// True when any diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity() == Severity::Error)
}
