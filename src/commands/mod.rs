//! One module per subcommand: load → compute → render.

pub mod check;
pub mod completions;
pub mod diff;
pub mod fmt;
pub mod new;
pub mod schema;

use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::context::Context;

pub fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Schema(args) => schema::run(args),
        Command::Check(args) => check::run(&Context::resolve(&cli.global)?, args),
        Command::New(args) => new::run(&Context::resolve(&cli.global)?, args),
        Command::Fmt(args) => fmt::run(&Context::resolve(&cli.global)?, args),
        Command::Completions(args) => completions::completions(args),
        Command::Man => completions::man(),
        Command::Diff(args) => diff::run(&Context::resolve(&cli.global)?, args),
    }
}
