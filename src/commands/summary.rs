use crate::context::Context;
use std::process::ExitCode;
pub fn run(_ctx: &Context, _args: &crate::cli::SummaryArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not yet")
}
