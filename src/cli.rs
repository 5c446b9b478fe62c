//! The command line, as clap derive types. Parsing only: resolving the data
//! folder and the date happens once in [`crate::context`].
//!
//! The English doc comments below are the source texts; what the user
//! reads comes from the catalogues: [`localize`] builds the command tree in
//! the current language, [`errors`] writes clap's errors in it. The
//! library below (report, render, site) takes its own types, converted
//! from these at the end of this file.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCandidates;

use crate::commands::completions::candidates;
use crate::model::Vaihe;

pub mod errors;
pub mod localize;

/// Subcommand help lists these apart from the command's own options.
pub const GLOBAL_HEADING: &str = "Global options";
/// The filters `list`, `summary` and `budget` share.
pub const FILTER_HEADING: &str = "Filters";

/// Parses the arguments with the command tree in the current language
/// ([`localize::command`]); a clap error is reported by [`errors::report`].
pub fn parse<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::FromArgMatches;
    let matches = localize::command().try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

#[derive(Debug, Parser)]
#[command(
    name = "hanke",
    version,
    about = "Check and report on plain-text records of municipal development projects (hanke)",
    long_about = "hanke keeps one TOML file per development project in a git repository and checks, lists and \
                  reports on them: funding splits that add up, dates that make sense, budget tables for reports.\n\n\
                  The data folder is --projects DIR, else $HANKE_PROJECTS, else the nearest folder holding a \
                  `hanke.toml` or with a `projects/` folder holding one, searched upwards from the current directory.",
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
    #[arg(long, global = true, value_name = "DIR", env = "HANKE_PROJECTS", value_hint = clap::ValueHint::DirPath, help_heading = GLOBAL_HEADING)]
    pub projects: Option<PathBuf>,
    /// The date to compare `vaihe` with, instead of the system date (1.5.2025 or 2025-05-01)
    #[arg(long, global = true, value_name = "PVM", value_parser = crate::lang::date::parse, help_heading = GLOBAL_HEADING)]
    pub today: Option<NaiveDate>,
    /// The language of the messages: fi (the default) or en [env: HANKE_LANG, then LC_ALL, LC_MESSAGES, LANG]
    #[arg(long, global = true, value_name = "KIELI", value_parser = ["fi", "en"], help_heading = GLOBAL_HEADING)]
    pub lang: Option<String>,
    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, help_heading = GLOBAL_HEADING)]
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
    /// List projects, filtered and sorted
    List(ListArgs),
    /// Show one project's card
    Show(ShowArgs),
    /// Sum planned and actual amounts by portfolio, funder, year, status or kind of funding
    Summary(SummaryArgs),
    /// The state-grant form's budget tables for one project or a portfolio
    Budget(BudgetArgs),
    /// What a change does to the records in money terms: compare the data folder at two git revisions
    Diff(DiffArgs),
    /// Write the portfolio as a static website (front page, a page per project, salkku and funder)
    Site(SiteArgs),
    /// Write a new record that passes `hanke check`, with hints for the rest
    New(NewArgs),
    /// Rewrite records (and hanke.toml) into the canonical layout, keeping every comment
    Fmt(FmtArgs),
    /// Turn pages of the old project database (saved as text) into records
    Import(ImportArgs),
    /// Print a static shell completion script (or use `source <(COMPLETE=bash hanke)`)
    Completions(CompletionsArgs),
    /// Print the man page of hanke or of one command (roff), or write them all
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// Apply every fix the diagnostics carry (comments and layout kept), then check again
    #[arg(long)]
    pub fix: bool,
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
    #[arg(long, conflicts_with = "write")]
    pub registry: bool,
    /// Write both schemas into `schemas/` beside the data folder, where the `#:schema` lines point
    #[arg(long)]
    pub write: bool,
}

/// Filters shared by `list`, `summary` and `budget`: all combine with AND;
/// a filter given several times matches any of its values (OR).
#[derive(Debug, Args, Clone, Default)]
pub struct FilterArgs {
    /// Portfolio code (case-insensitive)
    #[arg(long, value_name = "CODE", help_heading = FILTER_HEADING, add = ArgValueCandidates::new(candidates::salkut))]
    pub salkku: Vec<String>,
    /// Status: suunnitteilla, käynnissä (or kaynnissa), päättynyt, keskeytetty
    #[arg(long, value_name = "VAIHE", value_parser = parse_vaihe, help_heading = FILTER_HEADING, add = ArgValueCandidates::new(candidates::vaiheet))]
    pub vaihe: Vec<Vaihe>,
    /// Projects with a share from this funder in the plan or the actuals (aliases fold in)
    #[arg(long, value_name = "NAME", help_heading = FILTER_HEADING, add = ArgValueCandidates::new(candidates::organisaatiot))]
    pub rahoittaja: Vec<String>,
    /// Projects with this implementer (aliases fold in)
    #[arg(long, value_name = "NAME", help_heading = FILTER_HEADING, add = ArgValueCandidates::new(candidates::organisaatiot))]
    pub toteuttaja: Vec<String>,
    /// Projects running on any day of this year
    #[arg(long, value_name = "YYYY", help_heading = FILTER_HEADING)]
    pub vuosi: Vec<i32>,
    /// The osahankkeet of this project
    #[arg(long, value_name = "ID", help_heading = FILTER_HEADING, add = ArgValueCandidates::new(candidates::ids))]
    pub paahanke: Vec<String>,
    /// Case- and diacritic-insensitive search in nimi, lyhenne, tiivistelma, avainsanat
    #[arg(long, value_name = "TEXT", help_heading = FILTER_HEADING)]
    pub hae: Vec<String>,
}

impl FilterArgs {
    /// No filter given: the report's own criteria say.
    pub fn is_empty(&self) -> bool {
        crate::report::Criteria::from(self).is_empty()
    }
}

fn parse_vaihe(s: &str) -> Result<Vaihe, String> {
    Vaihe::parse(s).ok_or_else(|| crate::t!("cli-vaihe-invalid"))
}

/// Output format of `list` and `summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A table fitted to the terminal, Finnish number formats
    Table,
    /// A GitHub-flavoured Markdown table
    Md,
    /// CSV: ISO dates, plain decimals
    Csv,
    /// JSON: an array of objects, money as decimal strings
    Json,
    /// An Excel workbook (needs -o FILE.xlsx)
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    /// Finnish alphabetical order of nimi
    Nimi,
    Id,
    Alkaa,
    Loppuu,
    Yhteensa,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Sort order
    #[arg(long, value_enum, default_value_t = SortKey::Nimi)]
    pub sort: SortKey,
    /// Reverse the order
    #[arg(long)]
    pub reverse: bool,
    /// Output format [default: from the extension of -o FILE, else table]
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV for Excel in a Finnish locale: UTF-8 with BOM, `;`, decimal comma, CRLF
    #[arg(long)]
    pub excel: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Output format of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// The card, for the terminal
    Table,
    /// Markdown, ready to paste
    Md,
    /// JSON
    Json,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The project id (its path below the data folder without `.toml`)
    #[arg(add = ArgValueCandidates::new(candidates::ids))]
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
    pub format: ShowFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    Salkku,
    Rahoittaja,
    Vuosi,
    Vaihe,
    Laji,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// What a row is
    #[arg(long, value_enum, default_value_t = GroupBy::Salkku)]
    pub by: GroupBy,
    /// Output format [default: from the extension of -o FILE, else table]
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV for Excel in a Finnish locale: UTF-8 with BOM, `;`, decimal comma, CRLF
    #[arg(long)]
    pub excel: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Output format of `budget`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BudgetFormat {
    Table,
    Md,
    Csv,
    Json,
    /// An Excel workbook, one sheet per table (needs -o FILE)
    Xlsx,
}

/// The budget table written as CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BudgetTable {
    /// Kustannusarvio: planned costs by category and year
    Kustannusarvio,
    /// Toteutuneet kustannukset: actual costs by category and year
    Toteutuneet,
    /// Suunniteltu vs toteutunut by category
    Vertailu,
    /// Rahoitussuunnitelma
    Rahoitus,
    /// Each funder's planned and actual amount
    Rahoittajat,
    /// The osahankkeet of a päähanke
    Osahankkeet,
}

#[derive(Debug, Args)]
pub struct BudgetArgs {
    /// The project id; or roll up the projects selected by the filters (e.g. --salkku CODE)
    #[arg(add = ArgValueCandidates::new(candidates::ids))]
    pub id: Option<String>,
    /// Output format [default: from the extension of -o FILE, else table]
    #[arg(long, value_enum)]
    pub format: Option<BudgetFormat>,
    /// The table written as CSV
    #[arg(long, value_enum, default_value_t = BudgetTable::Kustannusarvio)]
    pub table: BudgetTable,
    /// Write to FILE (atomically) instead of standard output (required for xlsx)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV for Excel in a Finnish locale: UTF-8 with BOM, `;`, decimal comma, CRLF
    #[arg(long)]
    pub excel: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Example: hanke site -o public && open public/index.html\nThe folder is replaced whole; it must be new, empty, or written by hanke site before."
)]
pub struct SiteArgs {
    /// The folder to write the site into
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
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
    #[arg(long, value_name = "KOODI", add = ArgValueCandidates::new(candidates::salkut))]
    pub salkku: String,
    /// Start date, 1.5.2025 or 2025-05-01 (default: today)
    #[arg(long, value_name = "PVM", value_parser = crate::lang::date::parse)]
    pub alkaa: Option<NaiveDate>,
    /// End date, 1.5.2025 or 2025-05-01
    #[arg(long, value_name = "PVM", value_parser = crate::lang::date::parse)]
    pub loppuu: Option<NaiveDate>,
    /// The id of the parent project (päähanke)
    #[arg(long, value_name = "ID", add = ArgValueCandidates::new(candidates::ids))]
    pub paahanke: Option<String>,
    /// The cost model, a code under [kustannusmallit] in hanke.toml (FR40):
    /// the cost estimate then lists only the categories the model itemises
    #[arg(long, value_name = "KOODI")]
    pub kustannusmalli: Option<String>,
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
    after_help = "Completions that also complete values (--vaihe, --salkku codes, project ids, organisations) from the data folder:\n  bash: source <(COMPLETE=bash hanke)          (in ~/.bashrc)\n  zsh:  source <(COMPLETE=zsh hanke)           (in ~/.zshrc)\n  fish: COMPLETE=fish hanke | source           (in ~/.config/fish/config.fish)\nA static script, completing commands and options only:\n  hanke completions bash > ~/.local/share/bash-completion/completions/hanke\n  hanke completions zsh > ~/.zfunc/_hanke\n  hanke completions fish > ~/.config/fish/completions/hanke.fish"
)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  hanke man | man -l -\n  hanke man list | man -l -\n  hanke man --out-dir ~/.local/share/man/man1"
)]
pub struct ManArgs {
    /// The command whose page to print (default: the main page)
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
    /// Write every page (hanke.1, hanke-list.1, …) into this folder instead
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub out_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Example: hanke import sivu.txt > projects/hyve.toml   or   hanke import --write sivut/*.txt"
)]
pub struct ImportArgs {
    /// Text files, each one project page copied from the old database (`-` reads standard input)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Save each record in the data folder under an id made from its name, instead of printing it
    #[arg(long)]
    pub write: bool,
    /// The id to save under (with --write and one file)
    #[arg(long, value_name = "ID", requires = "write")]
    pub id: Option<String>,
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

// The command line's choices as the library's own types: the report and
// render layers know nothing of clap.

impl From<&FilterArgs> for crate::report::Criteria {
    fn from(f: &FilterArgs) -> Self {
        crate::report::Criteria {
            salkku: f.salkku.clone(),
            vaihe: f.vaihe.clone(),
            rahoittaja: f.rahoittaja.clone(),
            toteuttaja: f.toteuttaja.clone(),
            vuosi: f.vuosi.clone(),
            paahanke: f.paahanke.clone(),
            hae: f.hae.clone(),
        }
    }
}

impl From<SortKey> for crate::report::SortKey {
    fn from(k: SortKey) -> Self {
        use crate::report::SortKey as S;
        match k {
            SortKey::Nimi => S::Nimi,
            SortKey::Id => S::Id,
            SortKey::Alkaa => S::Alkaa,
            SortKey::Loppuu => S::Loppuu,
            SortKey::Yhteensa => S::Yhteensa,
        }
    }
}

impl From<GroupBy> for crate::report::GroupBy {
    fn from(g: GroupBy) -> Self {
        use crate::report::GroupBy as G;
        match g {
            GroupBy::Salkku => G::Salkku,
            GroupBy::Rahoittaja => G::Rahoittaja,
            GroupBy::Vuosi => G::Vuosi,
            GroupBy::Vaihe => G::Vaihe,
            GroupBy::Laji => G::Laji,
        }
    }
}

impl From<ReportFormat> for crate::render::output::Format {
    fn from(f: ReportFormat) -> Self {
        match f {
            ReportFormat::Table => Self::Table,
            ReportFormat::Md => Self::Md,
            ReportFormat::Csv => Self::Csv,
            ReportFormat::Json => Self::Json,
            ReportFormat::Xlsx => Self::Xlsx,
        }
    }
}

impl From<BudgetFormat> for crate::render::output::Format {
    fn from(f: BudgetFormat) -> Self {
        match f {
            BudgetFormat::Table => Self::Table,
            BudgetFormat::Md => Self::Md,
            BudgetFormat::Csv => Self::Csv,
            BudgetFormat::Json => Self::Json,
            BudgetFormat::Xlsx => Self::Xlsx,
        }
    }
}
