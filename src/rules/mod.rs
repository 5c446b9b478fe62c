//! The rules of records.md, one function each, registered in [`RULES`].
//!
//! Loading already reports what is wrong inside a single value (syntax, keys,
//! types, money). The rules here look at whole records and at records
//! together: references, dates, funding arithmetic, naming hygiene. Each rule
//! reads the corpus and pushes diagnostics; none of them prints or stops.

mod dates;
mod funding;
mod hygiene;
mod structure;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::diag::{Code, Diagnostic, codes};
use crate::load::Corpus;

/// What every rule sees.
pub struct Ctx<'a> {
    pub corpus: &'a Corpus,
    /// The date the vaihe rule compares with (`--today`).
    pub today: NaiveDate,
}

pub type Check = fn(&Ctx<'_>, &mut Vec<Diagnostic>);

/// A rule: its code and the function that enforces it.
pub struct Rule {
    pub code: &'static Code,
    pub check: Check,
}

/// Every rule run by `hanke check` after loading.
pub const RULES: &[Rule] = &[
    Rule {
        code: codes::UNKNOWN_SALKKU,
        check: structure::salkku_exists,
    },
    Rule {
        code: codes::UNKNOWN_OHJELMA,
        check: structure::ohjelma_exists,
    },
    Rule {
        code: codes::UNKNOWN_PAAHANKE,
        check: structure::paahanke_exists,
    },
    Rule {
        code: codes::PARENT_CYCLE,
        check: structure::no_parent_cycles,
    },
    Rule {
        code: codes::END_BEFORE_START,
        check: dates::ends_after_start,
    },
    Rule {
        code: codes::OUTSIDE_PARENT,
        check: dates::within_paahanke,
    },
    Rule {
        code: codes::YEAR_OUTSIDE,
        check: dates::cost_years_within_project,
    },
    Rule {
        code: codes::VAIHE_VS_TODAY,
        check: dates::vaihe_agrees_with_today,
    },
    Rule {
        code: codes::SHARE_EMPTY,
        check: funding::share_has_amount,
    },
    Rule {
        code: codes::SUM_MISMATCH,
        check: funding::shares_sum_to_total,
    },
    Rule {
        code: codes::PERCENT_MISMATCH,
        check: funding::osuus_matches_summa,
    },
    Rule {
        code: codes::PERCENT_SUM,
        check: funding::percentages_sum_to_100,
    },
    Rule {
        code: codes::GRANT_CEILING,
        check: funding::grant_within_ceiling,
    },
    Rule {
        code: codes::COSTS_VS_PLAN,
        check: funding::costs_equal_total,
    },
    Rule {
        code: codes::SUBPROJECT_SUM,
        check: funding::osahankkeet_sum_to_paahanke,
    },
    Rule {
        code: codes::EXCLUDED_EXCEEDS,
        check: funding::ineligible_within_total,
    },
    Rule {
        code: codes::NAME_TYPO,
        check: hygiene::organisation_names_known,
    },
    Rule {
        code: codes::BAD_URL,
        check: hygiene::urls_are_http,
    },
    Rule {
        code: codes::BAD_EMAIL,
        check: hygiene::emails_are_addresses,
    },
];

/// Loading diagnostics plus every rule's, sorted by file and position.
pub fn check(corpus: &Corpus, today: NaiveDate) -> Vec<Diagnostic> {
    let ctx = Ctx { corpus, today };
    let mut all: Vec<Diagnostic> = RULES
        .par_iter()
        .flat_map_iter(|rule| {
            let mut out = Vec::new();
            (rule.check)(&ctx, &mut out);
            out
        })
        .collect();
    all.extend(corpus.diagnostics.iter().cloned());
    crate::load::sort_diagnostics(&corpus.files, &mut all);
    all
}
