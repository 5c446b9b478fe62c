//! `hanke fmt [--check] [PATH…]`: records and the registry in the canonical layout.
//!
//! Every file is formatted on its own: a file that cannot be read or parsed
//! is reported (as `hanke check` reports it) and left untouched, and the
//! others are still formatted. A formatted file is written atomically, and
//! only after checking that it still means exactly what it meant.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::bail;

use crate::cli::FmtArgs;
use crate::context::Context;
use crate::diag::render;
use crate::diag::{Diagnostic, codes};
use crate::fmt::{self as layout, Kind};
use crate::load::{self, SourceFile, walk};
use crate::model::Span;

/// One file to format.
struct Target {
    path: PathBuf,
    /// How the path is shown.
    shown: String,
    kind: Kind,
    /// The `#:schema` line to add when missing (records below the data root).
    schema: Option<String>,
}

/// What happened to one file.
enum Outcome {
    Unchanged,
    Changed { before: String, after: String },
    Broken(Vec<Diagnostic>, SourceFile),
}

pub fn run(ctx: &Context, args: &FmtArgs) -> anyhow::Result<ExitCode> {
    let Targets {
        targets,
        refused,
        stale,
    } = targets(ctx, &args.paths)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut changed = 0usize;
    let mut broken = refused.len();
    for why in &refused {
        eprintln!("{} {}", crate::t!("err-prefix"), render::sanitize(why));
    }
    let removed = clean_stale(&mut out, &stale, args.check)?;
    for t in &targets {
        match format_one(t) {
            Outcome::Unchanged => {}
            Outcome::Changed { before, after } => {
                changed += 1;
                if args.check {
                    let file = render::sanitize(&t.shown);
                    writeln!(out, "{}", crate::t!("fmt-would-reformat", file = file))?;
                    write_diff(&mut out, &t.shown, &before, &after)?;
                } else {
                    match crate::write::write_atomic(&t.path, after.as_bytes()) {
                        Ok(()) => {
                            let file = render::sanitize(&t.shown);
                            writeln!(out, "{}", crate::t!("fmt-formatted", file = file))?
                        }
                        Err(e) => {
                            broken += 1;
                            changed -= 1;
                            let why = crate::lang::io::chain(&e);
                            eprintln!("{} {}", crate::t!("err-prefix"), render::sanitize(&why));
                        }
                    }
                }
            }
            Outcome::Broken(diagnostics, file) => {
                broken += 1;
                let files = [file];
                for d in &diagnostics {
                    eprintln!("{}\n", render::human(d, &files, ctx.color_stderr));
                }
                let file = render::sanitize_name(&files[0].rel);
                eprintln!("{}", crate::t!("fmt-skipped", file = file));
            }
        }
    }
    let total = targets.len() + refused.len();
    let mut summary = if args.check {
        crate::t!("fmt-summary-check", changed = changed, total = total)
    } else {
        crate::t!("fmt-summary", changed = changed, total = total)
    };
    if broken > 0 {
        summary.push_str(", ");
        summary.push_str(&crate::t!("fmt-summary-broken", n = broken));
    }
    if removed > 0 {
        summary.push_str(", ");
        summary.push_str(&if args.check {
            crate::t!("fmt-summary-would-remove", n = removed)
        } else {
            crate::t!("fmt-summary-removed", n = removed)
        });
    }
    writeln!(out, "{summary}")?;
    out.flush()?;
    let failed = broken > 0 || (args.check && changed + removed > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn format_one(t: &Target) -> Outcome {
    let (read, mut diagnostics) = load::read_text(0, &t.path);
    // A byte-order mark is what fmt removes, not a reason to skip the file:
    // in text that may be parsed, H002 is only ever the mark.
    diagnostics.retain(|d| !(d.code == codes::NOT_UTF8 && read.parse));
    let file = SourceFile::new(t.shown.clone(), t.path.clone(), read.text.clone());
    if !read.parse || !diagnostics.is_empty() {
        return Outcome::Broken(diagnostics, file);
    }
    // The file as it is on disk, BOM included, to compare with.
    let before = match std::fs::read_to_string(&t.path) {
        Ok(s) => s,
        Err(_) => read.text.clone(),
    };
    if let Err(e) = toml::de::DeTable::parse(&read.text) {
        let d = load::syntax_diagnostic(0, &read.text, &e);
        return Outcome::Broken(vec![d], file);
    }
    let after = match layout::format(&before, t.kind, t.schema.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            let span = e.span().map_or(Span::FILE_START, |r| {
                Span::new(r.start.min(read.text.len()), r.end.min(read.text.len()))
            });
            let d = Diagnostic::new(
                codes::SYNTAX,
                0,
                span,
                crate::t!("rule-h003", reason = e.message().trim()),
            );
            return Outcome::Broken(vec![d], file);
        }
    };
    // Never write a file whose data would differ: that would be a bug in fmt.
    let same = match (
        layout::meaning(t.kind, &before),
        layout::meaning(t.kind, &after),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !same {
        let d = Diagnostic::new(
            codes::SYNTAX,
            0,
            Span::FILE_START,
            crate::t!("rule-h003-fmt-changes"),
        )
        .help(crate::t!("rule-h003-fmt-changes-help"));
        return Outcome::Broken(vec![d], file);
    }
    if after == before {
        Outcome::Unchanged
    } else {
        Outcome::Changed { before, after }
    }
}

/// A short unified diff (3 lines of context), as `git diff` shows it.
fn write_diff(out: &mut dyn Write, shown: &str, before: &str, after: &str) -> std::io::Result<()> {
    // Myers' diff is quadratic in the worst case (a file of 150 000 tables
    // reordered): past the deadline it settles for a longer, still correct diff.
    let diff = similar::TextDiff::configure()
        .timeout(std::time::Duration::from_millis(250))
        .diff_lines(before, after);
    let shown = render::sanitize(shown);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(
            &crate::t!("fmt-diff-now", file = shown.as_str()),
            &crate::t!("fmt-diff-formatted", file = shown.as_str()),
        )
        .to_string();
    for line in text.lines() {
        writeln!(out, "{}", render::sanitize(line))?;
    }
    Ok(())
}

/// Removes the stale temporary files found (see `crate::write`), or with
/// `--check` names them; returns how many there were.
fn clean_stale(
    out: &mut dyn Write,
    stale: &[(PathBuf, String)],
    check: bool,
) -> anyhow::Result<usize> {
    for (path, shown) in stale {
        let shown = render::sanitize(shown);
        if check {
            writeln!(out, "{}", crate::t!("fmt-would-remove", file = shown))?;
        } else if crate::write::remove_stale_temporary(path) {
            writeln!(out, "{}", crate::t!("fmt-removed", file = shown))?;
        } else {
            eprintln!("{}", crate::t!("fmt-cannot-remove", file = shown));
        }
    }
    Ok(stale.len())
}

/// What `fmt` works on.
struct Targets {
    targets: Vec<Target>,
    /// Files not formatted, and why (a link out of the data folder).
    refused: Vec<String>,
    /// Stale temporary files: (path, shown).
    stale: Vec<(PathBuf, String)>,
}

/// The files to format: every record and the registry, or those below the given paths.
fn targets(ctx: &Context, paths: &[PathBuf]) -> anyhow::Result<Targets> {
    let root_abs = std::fs::canonicalize(&ctx.root).ok();
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stale: Vec<(PathBuf, String)> = Vec::new();
    if paths.is_empty() {
        if !ctx.root.is_dir() {
            bail!(crate::t!(
                "err-data-folder-missing",
                path = ctx.display_root.display().to_string()
            ));
        }
        let registry = ctx.root.join(walk::REGISTRY_FILE);
        if registry.is_file() {
            files.push(registry);
        }
        let (found, problems) = walk::record_files(&ctx.root);
        for p in problems {
            if p.code == codes::STALE_TEMP {
                let shown = ctx.display_root.join(&p.rel).display().to_string();
                stale.push((ctx.root.join(&p.rel), shown));
                continue;
            }
            eprintln!(
                "{} {}: {}",
                crate::t!("err-warning-prefix"),
                render::sanitize_name(&p.rel),
                render::sanitize(&p.message)
            );
        }
        files.extend(found.into_iter().map(|f| f.path));
    } else {
        for p in paths {
            if p.is_dir() {
                // Links out of the data folder are not followed: fmt must
                // never rewrite a file outside the repository.
                let inside = std::fs::canonicalize(&ctx.root).unwrap_or_else(|_| ctx.root.clone());
                let mut outside = Vec::new();
                let mut found: Vec<PathBuf> = walkdir::WalkDir::new(p)
                    .follow_links(true)
                    .into_iter()
                    .filter_entry(|e| {
                        if e.depth() > 0 && crate::write::is_stale_temporary(e.path()) {
                            let shown = e.path().display().to_string();
                            stale.push((e.path().to_path_buf(), shown));
                        }
                        e.depth() == 0 || {
                            let n = e.file_name().to_string_lossy();
                            let shown = !n.starts_with('.') && !n.starts_with('_');
                            let out = shown && e.path_is_symlink() && {
                                let problem = walk::leads_outside(p, &inside, e);
                                let out = problem.is_some();
                                outside.extend(problem);
                                out
                            };
                            shown && !out
                        }
                    })
                    .filter_map(Result::ok)
                    .filter(|e| e.file_type().is_file())
                    .map(walkdir::DirEntry::into_path)
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect();
                found.sort();
                files.extend(found);
                for problem in outside {
                    eprintln!(
                        "{} {}: {}",
                        crate::t!("err-warning-prefix"),
                        render::sanitize_name(&problem.rel),
                        render::sanitize(&problem.message)
                    );
                }
            } else if p.is_file() {
                files.push(p.clone());
            } else {
                bail!(crate::t!(
                    "err-not-file-or-folder",
                    path = p.display().to_string()
                ));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    let mut refused = Vec::new();
    for path in files {
        let abs = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if let Some(why) = leads_out(ctx, root_abs.as_deref(), &path, &abs) {
            refused.push(why);
            continue;
        }
        if !seen.insert(abs.clone()) {
            continue;
        }
        // A symbolic link is formatted where it leads, so the link stays a link.
        let path = if abs != path && std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink())
        {
            abs.clone()
        } else {
            path
        };
        let rel = root_abs
            .as_ref()
            .and_then(|r| abs.strip_prefix(r).ok())
            .map(Path::to_path_buf);
        let (kind, schema, shown) = match &rel {
            Some(rel) => {
                let is_registry = rel == Path::new(walk::REGISTRY_FILE);
                let depth = rel.components().count().saturating_sub(1);
                let shown = crate::diag::render::from_cwd(&ctx.root.join(rel))
                    .display()
                    .to_string();
                if is_registry {
                    (Kind::Registry, None, shown)
                } else {
                    (Kind::Record, Some(layout::schema_line(depth)), shown)
                }
            }
            None => (Kind::Record, None, path.display().to_string()),
        };
        out.push(Target {
            path,
            shown,
            kind,
            schema,
        });
    }
    stale.sort();
    stale.dedup();
    Ok(Targets {
        targets: out,
        refused,
        stale,
    })
}

/// Why `path`, which lies in the data folder, is not formatted: it leads
/// (through a symbolic link) to `abs` outside it. Formatting would rewrite
/// a file that is not in the repository. `None` for everything else,
/// including a file outside the data folder named on the command line.
fn leads_out(ctx: &Context, root_abs: Option<&Path>, path: &Path, abs: &Path) -> Option<String> {
    let root_abs = root_abs?;
    if abs.starts_with(root_abs) {
        return None;
    }
    let lexical = std::path::absolute(path).ok()?;
    let root_lexical = std::path::absolute(&ctx.root).ok()?;
    let in_folder = lexical.starts_with(&root_lexical) || lexical.starts_with(root_abs);
    in_folder.then(|| {
        crate::t!(
            "err-fmt-leads-out",
            file = path.display().to_string(),
            target = abs.display().to_string()
        )
    })
}
