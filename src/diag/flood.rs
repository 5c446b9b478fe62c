//! Keeping one file from flooding the output.
//!
//! A record with half a million unknown keys (or ten thousand shares whose
//! percentages are all wrong) is one mistake repeated, not half a million
//! things to read: past [`MAX_SAME_IN_FILE`] diagnostics of one code in one
//! file, the rest become a single "… and N more" diagnostic at the first one
//! left out. Exit status is unaffected: the folded diagnostic has the same
//! code and severity.

use std::collections::HashMap;

use super::Diagnostic;
use crate::model::FileId;

/// How many diagnostics of one code one file shows before the rest are folded.
pub const MAX_SAME_IN_FILE: usize = 20;

/// Folds every run of one code in one file beyond [`MAX_SAME_IN_FILE`] into
/// one diagnostic. Order is kept: give the diagnostics sorted by position
/// and the ones shown are the first in the file.
pub fn fold_repeats(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if diagnostics.len() <= MAX_SAME_IN_FILE {
        return diagnostics;
    }
    let mut seen: HashMap<(FileId, &'static str), Seen> = HashMap::new();
    let mut out: Vec<Diagnostic> = Vec::with_capacity(diagnostics.len().min(1024));
    for d in diagnostics {
        let entry = seen.entry((d.file, d.code.code)).or_default();
        entry.count += 1;
        if entry.count <= MAX_SAME_IN_FILE {
            out.push(d);
        } else if entry.folded_at.is_none() {
            entry.folded_at = Some(out.len());
            out.push(first_left_out(d));
        }
    }
    for entry in seen.values() {
        if let Some(i) = entry.folded_at {
            let d = &mut out[i];
            d.message = left_out_message(entry.count - MAX_SAME_IN_FILE, d.code.name);
        }
    }
    out
}

#[derive(Default)]
struct Seen {
    count: usize,
    /// Where the diagnostic standing for the left-out ones is in the output.
    folded_at: Option<usize>,
}

/// The first diagnostic left out, pointing at its place with its own
/// message as the label; the message (the count) is set when all are seen.
fn first_left_out(d: Diagnostic) -> Diagnostic {
    Diagnostic::new(d.code, d.file, d.span, String::new())
        .label(d.message)
        .help(crate::t!("diag-flood-help", max = MAX_SAME_IN_FILE))
}

fn left_out_message(left_out: usize, name: &str) -> String {
    crate::t!("diag-flood-message", n = left_out, name = name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::codes;
    use crate::model::Span;

    fn many(file: FileId, n: usize) -> Vec<Diagnostic> {
        (0..n)
            .map(|i| {
                Diagnostic::new(
                    codes::UNKNOWN_KEY,
                    file,
                    Span::new(i, i + 1),
                    format!("k{i}"),
                )
            })
            .collect()
    }

    #[test]
    fn up_to_the_limit_everything_is_shown() {
        let d = fold_repeats(many(1, MAX_SAME_IN_FILE));
        assert_eq!(d.len(), MAX_SAME_IN_FILE);
        assert!(d.iter().all(|d| d.message.starts_with('k')));
    }

    #[test]
    fn beyond_the_limit_the_rest_is_one_diagnostic_with_the_count() {
        let mut all = many(1, 500);
        all.extend(many(2, 3));
        let d = fold_repeats(all);
        assert_eq!(d.len(), MAX_SAME_IN_FILE + 1 + 3);
        let f = &d[MAX_SAME_IN_FILE];
        assert_eq!(f.file, 1);
        assert_eq!(f.span.start(), MAX_SAME_IN_FILE);
        assert_eq!(f.code, codes::UNKNOWN_KEY);
        assert_eq!(f.label.as_deref(), Some("k20"));
        // Unit tests run in the default language, Finnish.
        assert_eq!(
            f.message,
            "tiedostossa on tästä eteenpäin vielä 480 `unknown-key`-ongelmaa, joita ei näytetä"
        );
        assert!(d[MAX_SAME_IN_FILE + 1..].iter().all(|d| d.file == 2));
    }

    #[test]
    fn one_left_out_is_said_in_the_singular() {
        let d = fold_repeats(many(1, MAX_SAME_IN_FILE + 1));
        assert_eq!(
            d[MAX_SAME_IN_FILE].message,
            "tiedostossa on tästä eteenpäin vielä 1 `unknown-key`-ongelma, jota ei näytetä"
        );
    }
}
