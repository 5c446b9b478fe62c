//! `hanke man`: the man pages (roff), generated from the clap definition,
//! with ENVIRONMENT and EXIT STATUS sections written here.
//!
//! The pages are in the current language: the command tree is the
//! translated one ([`crate::cli::localize::man_command`]), and the section
//! headings clap_mangen hard-codes in English (`NAME`, `SYNOPSIS`, …) are
//! replaced. Each section is rendered on its own and starts with its `.SH`
//! line, so only that first line is rewritten: nothing in the text of a
//! section is touched.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use clap_mangen::Man;

use crate::cli::ManArgs;
use crate::t;

pub fn run(args: &ManArgs) -> anyhow::Result<ExitCode> {
    let root = built();
    let pages: Vec<clap::Command> = match &args.command {
        Some(name) => vec![subcommand(&root, name)?],
        None if args.out_dir.is_some() => all_pages(&root),
        None => vec![root.clone()],
    };
    match &args.out_dir {
        Some(dir) => write_pages(dir, &pages)?,
        None => {
            let mut out = std::io::stdout().lock();
            for page in &pages {
                out.write_all(&render(page)?)?;
            }
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The command tree as the pages show it: built, so each subcommand's name
/// is `hanke-list` (the name its page and SEE ALSO use).
fn built() -> clap::Command {
    crate::cli::localize::man_command()
}

fn pages_of(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands().filter(|s| !s.is_hide_set())
}

fn all_pages(root: &clap::Command) -> Vec<clap::Command> {
    std::iter::once(root.clone())
        .chain(pages_of(root).cloned())
        .collect()
}

fn subcommand(root: &clap::Command, name: &str) -> anyhow::Result<clap::Command> {
    match pages_of(root).find(|s| s.get_name() == name) {
        Some(s) => Ok(s.clone()),
        None => {
            let names: Vec<&str> = pages_of(root).map(|s| s.get_name()).collect();
            bail!(t!(
                "err-man-no-command",
                name = name,
                pages = names.join(", ")
            ))
        }
    }
}

/// The file name of a page: `hanke.1`, `hanke-list.1`.
pub fn file_name(page: &clap::Command) -> String {
    Man::new(page.clone()).get_filename()
}

fn write_pages(dir: &Path, pages: &[clap::Command]) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| t!("err-create-folder", path = dir.display().to_string()))?;
    for page in pages {
        let path = dir.join(file_name(page));
        crate::write::write_atomic(&path, &render(page)?)
            .with_context(|| t!("err-write-file", path = path.display().to_string()))?;
        println!("{}", t!("cli-man-wrote", path = path.display().to_string()));
    }
    Ok(())
}

/// One page: clap_mangen's sections, then ENVIRONMENT, EXIT STATUS and
/// SEE ALSO.
pub fn render(page: &clap::Command) -> anyhow::Result<Vec<u8>> {
    let is_main = page.get_name() == "hanke";
    let man = Man::new(page.clone()).source(concat!("hanke ", env!("CARGO_PKG_VERSION")));
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    section(&mut out, &t!("cli-man-name"), |w| {
        man.render_name_section(w)
    })?;
    section(&mut out, &t!("cli-man-synopsis"), |w| {
        man.render_synopsis_section(w)
    })?;
    section(&mut out, &t!("cli-man-description"), |w| {
        man.render_description_section(w)
    })?;
    if page.get_arguments().any(|a| !a.is_hide_set()) {
        // Every argument has a translated heading (the headings are upper-cased by clap_mangen).
        man.render_options_section(&mut out)?;
    }
    if pages_of(page).next().is_some() {
        section(&mut out, &t!("cli-man-commands"), |w| {
            man.render_subcommands_section(w)
        })?;
    }
    // The main page's after-help is the exit status, said in full below.
    if !is_main && page.get_after_help().is_some() {
        section(&mut out, &t!("cli-man-extra"), |w| {
            man.render_extra_section(w)
        })?;
    }
    out.extend_from_slice(environment().as_bytes());
    out.extend_from_slice(exit_status(page.get_name()).as_bytes());
    if is_main {
        section(&mut out, &t!("cli-man-version"), |w| {
            man.render_version_section(w)
        })?;
    } else {
        out.extend_from_slice(
            format!(
                ".SH \"{}\"\n\\fBhanke\\fR(1)\n",
                roff(&t!("cli-man-see-also"))
            )
            .as_bytes(),
        );
    }
    Ok(out)
}

/// One section rendered by clap_mangen, its `.SH` heading replaced by
/// `title`. clap_mangen starts each section with the same two-line string
/// definition, then the `.SH` line: only that first `.SH` line is rewritten.
fn section(
    out: &mut Vec<u8>,
    title: &str,
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    render(&mut buf)?;
    let text = String::from_utf8(buf)?;
    let mut replaced = false;
    for line in text.split_inclusive('\n') {
        if !replaced && (line.starts_with(".SH ") || line.trim_end() == ".SH") {
            out.extend_from_slice(format!(".SH \"{}\"\n", roff(title)).as_bytes());
            replaced = true;
        } else {
            out.extend_from_slice(line.as_bytes());
        }
    }
    Ok(())
}

/// Text for roff: a backslash doubled, a hyphen as `\-` (a real minus, so
/// `--projects` can be searched and copied), and a leading `.` or `'`
/// escaped so it is not taken for a request.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    match escaped.chars().next() {
        Some('.' | '\'') => format!("\\&{escaped}"),
        _ => escaped,
    }
}

/// `.TP` items: a bold term, then its text.
fn items(title: &str, entries: &[(&str, &str)]) -> String {
    let mut s = format!(".SH \"{title}\"\n");
    for (term, text) in entries {
        s.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", roff(term), roff(text)));
    }
    s
}

/// The environment variables hanke reads, with what each does.
pub fn environment_entries() -> Vec<(&'static str, String)> {
    vec![
        ("HANKE_PROJECTS", t!("cli-man-env-projects")),
        ("HANKE_LANG", t!("cli-man-env-lang")),
        ("NO_COLOR", t!("cli-man-env-no-color")),
        ("GITHUB_STEP_SUMMARY", t!("cli-man-env-step-summary")),
        ("COMPLETE", t!("cli-man-env-complete")),
    ]
}

fn environment() -> String {
    let entries = environment_entries();
    let refs: Vec<(&str, &str)> = entries.iter().map(|(k, v)| (*k, v.as_str())).collect();
    items(&t!("cli-man-environment"), &refs)
}

/// The exit statuses of a command (by its page name, `hanke-check`).
pub fn exit_statuses(name: &str) -> Vec<(&'static str, String)> {
    let could_not_run = ("2", t!("cli-man-exit-2"));
    let first = match name.strip_prefix("hanke-").unwrap_or("") {
        "check" => vec![
            ("0", t!("cli-man-exit-check-0")),
            ("1", t!("cli-man-exit-check-1")),
        ],
        "fmt" => vec![
            ("0", t!("cli-man-exit-fmt-0")),
            ("1", t!("cli-man-exit-fmt-1")),
        ],
        "diff" => vec![
            ("0", t!("cli-man-exit-diff-0")),
            ("1", t!("cli-man-exit-diff-1")),
        ],
        "import" => vec![
            ("0", t!("cli-man-exit-import-0")),
            ("1", t!("cli-man-exit-import-1")),
        ],
        "" => vec![
            ("0", t!("cli-man-exit-main-0")),
            ("1", t!("cli-man-exit-main-1")),
        ],
        _ => vec![("0", t!("cli-man-exit-other-0"))],
    };
    first.into_iter().chain([could_not_run]).collect()
}

fn exit_status(name: &str) -> String {
    let statuses = exit_statuses(name);
    let refs: Vec<(&str, &str)> = statuses.iter().map(|(k, v)| (*k, v.as_str())).collect();
    items(&t!("cli-man-exit-status"), &refs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roff_text_is_escaped() {
        assert_eq!(roff("--projects"), "\\-\\-projects");
        assert_eq!(roff(".hidden"), "\\&.hidden");
        assert_eq!(roff("a\\b"), "a\\eb");
    }
}
