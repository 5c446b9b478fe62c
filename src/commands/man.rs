//! `hanke man`: the man pages (roff), generated from the clap definition,
//! with ENVIRONMENT and EXIT STATUS sections written here.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use clap::CommandFactory;
use clap_mangen::Man;

use crate::cli::{Cli, ManArgs};

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
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
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
            bail!("no command `{name}`; the pages are: {}", names.join(", "))
        }
    }
}

/// The file name of a page: `hanke.1`, `hanke-list.1`.
pub fn file_name(page: &clap::Command) -> String {
    Man::new(page.clone()).get_filename()
}

fn write_pages(dir: &Path, pages: &[clap::Command]) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the folder `{}`", dir.display()))?;
    for page in pages {
        let path = dir.join(file_name(page));
        crate::write::write_atomic(&path, &render(page)?)
            .with_context(|| format!("cannot write `{}`", path.display()))?;
        println!("wrote {}", path.display());
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
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if page.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if pages_of(page).next().is_some() {
        man.render_subcommands_section(&mut out)?;
    }
    // The main page's after-help is the exit status, said in full below.
    if !is_main && page.get_after_help().is_some() {
        man.render_extra_section(&mut out)?;
    }
    out.extend_from_slice(environment().as_bytes());
    out.extend_from_slice(exit_status(page.get_name()).as_bytes());
    if is_main {
        man.render_version_section(&mut out)?;
    } else {
        out.extend_from_slice(b".SH \"SEE ALSO\"\n\\fBhanke\\fR(1)\n");
    }
    Ok(out)
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

/// The environment variables hanke reads.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "HANKE_PROJECTS",
        "The data folder, when --projects is not given. Without either, the nearest projects/ folder holding a hanke.toml, from the current directory upwards.",
    ),
    (
        "NO_COLOR",
        "When set and not empty, no colour (as --color never, unless --color always is given).",
    ),
    (
        "GITHUB_STEP_SUMMARY",
        "With check --format github: the file a Markdown table of the diagnostics is appended to (set by GitHub Actions).",
    ),
    (
        "COMPLETE",
        "Set by the shell integration (source <(COMPLETE=bash hanke)): answer a completion request instead of running a command.",
    ),
];

fn environment() -> String {
    items("ENVIRONMENT", ENVIRONMENT)
}

/// The exit statuses of a command (by its page name, `hanke-check`).
pub fn exit_statuses(name: &str) -> Vec<(&'static str, &'static str)> {
    let could_not_run = (
        "2",
        "The command could not run (bad arguments, no data folder, an unreadable registry); the reason is one line on stderr.",
    );
    let first = match name.strip_prefix("hanke-").unwrap_or("") {
        "check" => vec![
            ("0", "No errors (warnings allowed, unless --deny-warnings)."),
            ("1", "Errors found, or warnings with --deny-warnings."),
        ],
        "fmt" => vec![
            ("0", "Formatted, or with --check nothing would change."),
            (
                "1",
                "With --check, a file would change; or a file could not be parsed.",
            ),
        ],
        "diff" => vec![
            ("0", "Compared."),
            (
                "1",
                "With --fail-on-new-errors, the change introduces rule errors.",
            ),
        ],
        "import" => vec![
            ("0", "Every page imported."),
            (
                "1",
                "A page could not be imported, or with --write its file exists already.",
            ),
        ],
        "" => vec![
            ("0", "Success (check: warnings allowed)."),
            (
                "1",
                "Problems found: rule errors, files that would change, a page that could not be imported.",
            ),
        ],
        _ => vec![("0", "Success.")],
    };
    first.into_iter().chain([could_not_run]).collect()
}

fn exit_status(name: &str) -> String {
    items("EXIT STATUS", &exit_statuses(name))
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
