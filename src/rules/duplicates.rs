//! H111 as a warning: two records that are probably the same project.
//!
//! The same file reached twice (a symbolic link to a record) is found by the
//! walk and read once (`crate::load::walk`); here are the copies: a page
//! imported twice, a record copied under another name. Two records with the
//! same `nimi` and the same `alkaa` are taken for one project written twice.
//! Names are compared case-insensitively with runs of whitespace as one space.

use std::collections::HashMap;

use super::Ctx;
use crate::diag::{Diagnostic, codes};
use crate::model::Project;

/// H111 (warning): every record after the first with the same `nimi` and
/// `alkaa` (in id order), pointing at the first.
pub fn no_duplicate_records(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<(String, chrono::NaiveDate), &Project> = HashMap::new();
    for p in ctx.projects {
        let (Some(nimi), Some(alkaa)) = (&p.nimi, &p.alkaa) else {
            continue;
        };
        let key = (same_name(&nimi.value), alkaa.value);
        let Some(original) = first.get(&key) else {
            first.insert(key, p);
            continue;
        };
        out.push(
            Diagnostic::new(
                codes::DUPLICATE_RECORD,
                p.file,
                nimi.span,
                crate::t!(
                    "rule-h111-copy",
                    id = p.id.as_str(),
                    original = original.id.as_str()
                ),
            )
            .label(crate::t!(
                "rule-h111-copy-label",
                original = original.id.as_str()
            ))
            .secondary(
                alkaa.span,
                crate::t!("rule-h111-copy-start", original = original.id.as_str()),
            )
            .help(crate::t!("rule-h111-copy-help")),
        );
    }
}

/// The name as compared: lowercase, whitespace runs as one space.
fn same_name(nimi: &str) -> String {
    nimi.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
