use crate::context::Context;
use std::process::ExitCode;
pub fn run(_ctx: &Context, _args: &crate::cli::BudgetArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not yet")
}
