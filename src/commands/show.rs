//! `hanke show ID`: the project card.

use std::io::Write;
use std::process::ExitCode;

use anyhow::bail;

use crate::cli::{ShowArgs, ShowFormat};
use crate::context::Context;
use crate::render::{show, table};
use crate::report::{filter::unknown_id, show::card};

pub fn run(ctx: &Context, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let corpus = super::load_for_report(ctx)?;
    let id = args.id.trim().trim_end_matches(".toml");
    let Some(project) = corpus.project(id) else {
        let file = format!("{id}.toml");
        if corpus.broken_files().contains(&file.as_str()) {
            bail!(crate::t!("err-record-broken", file = file));
        }
        bail!("{}", unknown_id(id, corpus));
    };
    if corpus.broken.contains(&project.file) {
        bail!(crate::t!(
            "err-record-broken",
            file = corpus.file(project.file).rel.to_string()
        ));
    }
    let card = card(corpus, project);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        ShowFormat::Table => show::write_text(&mut out, &card, table::output_width())?,
        ShowFormat::Md => show::write_md(&mut out, &card)?,
        ShowFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &show::json(&card))?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
