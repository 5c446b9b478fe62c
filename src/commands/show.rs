use crate::context::Context;
use std::process::ExitCode;
pub fn run(_ctx: &Context, _args: &crate::cli::ShowArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not yet")
}
