//! `hanke check`: every rule over every record; exit 1 on errors.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::{CheckArgs, CheckFormat};
use crate::context::Context;
use crate::diag::render::{self, closing_line};
use crate::diag::{Diagnostic, Severity, Summary};
use crate::load::{self, Corpus, LoadError, SourceFile};
use crate::rules;

pub fn run(ctx: &Context, args: &CheckArgs) -> anyhow::Result<ExitCode> {
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
            eprintln!(
                "error: the registry `{}` cannot be read; nothing else was checked",
                c.files[load::REGISTRY].path.display()
            );
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
