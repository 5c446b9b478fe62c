//! One module per subcommand: load → compute → render.

pub mod budget;
pub mod check;
pub mod completions;
pub mod diff;
pub mod fmt;
pub mod import;
pub mod list;
pub mod man;
pub mod new;
pub mod schema;
pub mod show;
pub mod site;
pub mod summary;

use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::context::Context;
use crate::load::{self, Corpus, LoadError};

pub fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Schema(args) => schema::run(&cli.global, args),
        Command::Check(args) => check::run(&Context::resolve(&cli.global)?, args),
        Command::New(args) => new::run(&Context::resolve(&cli.global)?, args),
        Command::Fmt(args) => fmt::run(&Context::resolve(&cli.global)?, args),
        Command::Import(args) => import::run(&cli.global, args),
        Command::Completions(args) => completions::completions(args),
        Command::Man(args) => man::run(args),
        Command::List(args) => list::run(&Context::resolve(&cli.global)?, args),
        Command::Show(args) => show::run(&Context::resolve(&cli.global)?, args),
        Command::Summary(args) => summary::run(&Context::resolve(&cli.global)?, args),
        Command::Budget(args) => budget::run(&Context::resolve(&cli.global)?, args),
        Command::Diff(args) => diff::run(&Context::resolve(&cli.global)?, args),
        Command::Site(args) => site::run(&Context::resolve(&cli.global)?, args),
    }
}

/// Loads the data folder for a report. Records that do not load are left out
/// with one warning line on stderr; only an unreadable registry stops the report.
///
/// The corpus lives until the process exits ([`keep`]).
pub fn load_for_report(ctx: &Context) -> anyhow::Result<&'static Corpus> {
    load_for_report_with(ctx, load::load)
}

/// [`load_for_report`] through another loader.
pub fn load_for_report_with(
    ctx: &Context,
    load: impl FnOnce(&std::path::Path) -> Result<Corpus, LoadError>,
) -> anyhow::Result<&'static Corpus> {
    let corpus = match load(&ctx.root) {
        Ok(c) => c,
        Err(LoadError::Registry(c)) => anyhow::bail!(crate::t!(
            "err-registry-unreadable",
            path = c.files[load::REGISTRY].rel.to_string()
        )),
        Err(e) => return Err(e.into()),
    };
    if let Some(line) = broken_warning(&corpus.broken_files()) {
        eprintln!("{line}");
    }
    Ok(keep(corpus))
}

/// Keeps a value until the process exits instead of freeing it.
///
/// A command loads the corpus once and exits right after reporting; freeing
/// a national corpus allocation by allocation only delays the exit (about a
/// tenth of the run at 100 000 records), and the operating system reclaims
/// the memory at once.
pub fn keep<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// `varoitus: 2 tietuetta jätettiin pois, koska niitä ei voi lukea: a.toml, b.toml (…)`
///
/// At most [`NAMED_BROKEN`] files are named (`… and 74 more`): the warning
/// is one line above a report, and `hanke check` lists them all.
pub fn broken_warning(files: &[&str]) -> Option<String> {
    let mut names: Vec<String> = files
        .iter()
        .take(NAMED_BROKEN)
        .map(|f| crate::diag::render::sanitize_name(f))
        .collect();
    if files.len() > NAMED_BROKEN {
        names.push({
            let more = files.len() - NAMED_BROKEN;
            crate::t!("out-broken-more", n = more)
        });
    }
    match files.len() {
        0 => None,
        n => Some(crate::t!("out-broken", n = n, files = names.join(", "))),
    }
}

/// How many broken files [`broken_warning`] names.
const NAMED_BROKEN: usize = 10;

/// Finnish count of projects: `1 hanke`, `7 hanketta`.
pub fn hanketta(n: usize) -> String {
    crate::t!("hankkeita", n = n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_warning_names_ten_files_then_counts() {
        let files: Vec<String> = (0..12).map(|i| format!("r{i:02}.toml")).collect();
        let refs: Vec<&str> = files.iter().map(String::as_str).collect();
        let w = broken_warning(&refs).unwrap();
        // Unit tests run in the default language, Finnish.
        assert!(
            w.starts_with(
                "varoitus: 12 tietuetta jätettiin pois, koska niitä ei voi lukea: r00.toml,"
            ),
            "{w}"
        );
        assert!(w.contains("r09.toml, … ja 2 muuta (katso syyt"), "{w}");
        assert!(!w.contains("r10.toml"));
        assert_eq!(broken_warning(&[]), None);
    }
}
