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
///
/// Lowercased first, then spaced: lowercasing leaves whitespace as it is
/// and reads no further than the letters beside a letter, so the order
/// does not matter, and a name already spaced so costs one allocation.
fn same_name(nimi: &str) -> String {
    let lower = nimi.to_lowercase();
    if is_spaced(&lower) {
        return lower;
    }
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words separated by single spaces, nothing before or after.
fn is_spaced(s: &str) -> bool {
    let mut after_space = true;
    for c in s.chars() {
        if c.is_whitespace() && (c != ' ' || after_space) {
            return false;
        }
        after_space = c == ' ';
    }
    !after_space || s.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_as_before() {
        let before = |n: &str| {
            n.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        for n in [
            "",
            " ",
            "Kestävä  Kaijonharju",
            " Hyve ",
            "A\tB",
            "ΟΔΟΣ ΣΟΦΙΑΣ",
            "ΟΔΟΣ  ΣΟΦΙΑΣ ",
            "ΣΣ\u{a0}Σ",
            "İstanbul ÅBO",
            "x\u{3000}y",
        ] {
            assert_eq!(same_name(n), before(n), "{n:?}");
        }
    }
}
