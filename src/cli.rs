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
