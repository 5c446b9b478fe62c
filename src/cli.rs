//! The command line, as clap derive types. Parsing only: resolving the data
//! folder and the date happens once in [`crate::context`].

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "hanke",
    version,
    about = "Check and report on plain-text records of municipal development projects (hanke)",
    long_about = "hanke keeps one TOML file per development project in a git repository and checks, lists and \
                  reports on them: funding splits that add up, dates that make sense, budget tables for reports.\n\n\
                  The data folder is --projects DIR, else $HANKE_PROJECTS, else the nearest `projects/` folder \
                  holding a `hanke.toml`, searched upwards from the current directory.",
    after_help = "Exit status: 0 clean (warnings allowed), 1 problems found, 2 the command could not run."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// The data folder holding hanke.toml and the records
    #[arg(long, global = true, value_name = "DIR", env = "HANKE_PROJECTS")]
    pub projects: Option<PathBuf>,
    /// The date to compare `vaihe` with, instead of the system date
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,
    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every record against the rules of the record format
    Check(CheckArgs),
    /// Print the JSON Schema of a record (or of the registry)
    Schema(SchemaArgs),
    /// Write a new record that passes `hanke check`, with hints for the rest
    New(NewArgs),
    /// Rewrite records (and hanke.toml) into the canonical layout, keeping every comment
    Fmt(FmtArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Print the man page (roff)
    Man,
    /// Compare the records at two git revisions: what changed, in money terms
    #[command(
        long_about = "Compare the records at two git revisions of the data repository: added, removed and renamed \
                      records, changed fields, funding per funder and laji, cost estimate per year and category, \
                      rule results introduced and fixed, and the portfolio totals before and after.\n\n\
                      BASE defaults to the merge base of HEAD with origin/main (or main); HEAD defaults to the \
                      working tree. Both accept any revision git understands."
    )]
    Diff(DiffArgs),
}

#[derive(Debug, Args)]
#[command(
    after_help = "Example: hanke new hyve/kainuu --nimi \"Kainuun osahanke\" --salkku KONSTI --alkaa 2025-01-01 --loppuu 2026-12-31 --paahanke hyve"
)]
pub struct NewArgs {
    /// The id of the record: its path below the data folder without `.toml` (`hyve/kainuu`)
    #[arg(value_name = "ID")]
    pub id: String,
    /// The project's name (Hankkeen nimi)
    #[arg(long)]
    pub nimi: String,
    /// The portfolio code, defined in hanke.toml
    #[arg(long, value_name = "KOODI")]
    pub salkku: String,
    /// Start date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub alkaa: Option<NaiveDate>,
    /// End date
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub loppuu: Option<NaiveDate>,
    /// The id of the parent project (päähanke)
    #[arg(long, value_name = "ID")]
    pub paahanke: Option<String>,
}

#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Change nothing: list the files that would change with a diff, exit 1 if any would
    #[arg(long)]
    pub check: bool,
    /// Files or folders to format (default: every record below the data folder and hanke.toml)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Install, e.g.:\n  hanke completions bash > ~/.local/share/bash-completion/completions/hanke\n  hanke completions zsh > ~/.zfunc/_hanke\n  hanke completions fish > ~/.config/fish/completions/hanke.fish"
)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The revision to compare from [default: the merge base of HEAD with origin/main, else main]
    #[arg(value_name = "BASE")]
    pub base: Option<String>,
    /// The revision to compare to [default: the working tree]
    #[arg(value_name = "HEAD")]
    pub head: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
    /// Exit 1 when the change introduces rule errors
    #[arg(long)]
    pub fail_on_new_errors: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Text tables for the terminal
    Table,
    /// Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY
    Md,
    /// One JSON document (money as decimal strings)
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// rustc-style diagnostics with the source line
    Human,
    /// One JSON document on stdout
    Json,
    /// GitHub Actions workflow commands (annotations on the pull request)
    Github,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The schema of the registry hanke.toml instead of a record
    #[arg(long)]
    pub registry: bool,
}
