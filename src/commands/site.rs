//! `hanke site -o DIR`: the static website of the data folder.

use std::process::ExitCode;

use crate::cli::SiteArgs;
use crate::context::Context;
use crate::rules;
use crate::site::{self, Options, Site, output};

pub fn run(ctx: &Context, args: &SiteArgs) -> anyhow::Result<ExitCode> {
    // Refuse a folder the site may not replace before any work is done.
    output::check_target(&args.output)?;
    // The texts stay: each record's source is published beside its page.
    let corpus = super::load_for_report_with(ctx, crate::load::load_keeping_texts)?;
    // The site's lookups are worked out beside the rules (much of them on
    // one core, the rules on both).
    let (diagnostics, site) = rayon::join(
        || super::keep(rules::check(corpus, ctx.today)),
        || Site::new(corpus, ctx.today),
    );
    let site = site.with_diagnostics(diagnostics);
    let options = Options { today: ctx.today };
    let out = output::Writer::open(&args.output)?;
    let (written, survey) = rayon::join(|| site::build(&site, &options, &out), || out.survey());
    // A run that failed part way removes nothing: its pages are not all written.
    let written = written?;
    let changes = out.finish(survey?)?;
    eprintln!(
        "{}",
        crate::t!(
            "site-wrote",
            pages = written.pages,
            files = written.files,
            folder = args.output.display().to_string(),
            changed = changes.written,
            removed = changes.removed
        )
    );
    Ok(ExitCode::SUCCESS)
}
