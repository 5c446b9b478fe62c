//! The rules of records.md, one function each, registered in [`RULES`].
//!
//! Loading already reports what is wrong inside a single value (syntax, keys,
//! types, money). The rules here look at whole records and at records
//! together: references, dates, funding arithmetic, naming hygiene. Each rule
//! reads the corpus and pushes diagnostics; none of them prints or stops.

mod costs;
mod dates;
mod duplicates;
mod funding;
mod hygiene;
pub mod pair;
mod structure;

use std::cell::{OnceCell, RefCell};
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::calc::funding::{Resolved, resolve};
use crate::diag::{Code, Diagnostic, codes};
use crate::load::Corpus;
use crate::model::{FundingKind, Project, Registry};

/// What every rule sees.
///
/// Rules read the corpus beyond their records only through [`Ctx::registry`],
/// [`Ctx::project`] and [`Ctx::whole_corpus`], and the context notes what
/// they looked up ([`Reads`]): a diff reuses a record's diagnostics from the
/// other side only when everything they read is the same there ([`pair`]).
pub struct Ctx<'a> {
    corpus: &'a Corpus,
    /// The date the vaihe rule compares with (`--today`).
    pub today: NaiveDate,
    /// The records this run of the rule reports on: a slice of the corpus for
    /// [`Scope::EachRecord`] rules, every record for [`Scope::Corpus`] rules.
    /// Other records are looked up through [`Ctx::project`].
    pub projects: &'a [Arc<Project>],
    /// `[rahoitus]` and `[toteuma]` of each of `projects`, resolved once for
    /// all the funding rules.
    resolved: OnceCell<Vec<[Option<Resolved<'a>>; 2]>>,
    reads: RefCell<Reads>,
}

/// What rules read beyond their records, the registry and `--today`.
#[derive(Debug, Default)]
pub struct Reads {
    /// Each record looked up by id: its index in the corpus, or the id
    /// when no record has it.
    pub records: Vec<Result<usize, String>>,
    /// The corpus as a whole: anything in it may change the result.
    pub everything: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(corpus: &'a Corpus, today: NaiveDate, projects: &'a [Arc<Project>]) -> Self {
        Ctx {
            corpus,
            today,
            projects,
            resolved: OnceCell::new(),
            reads: RefCell::new(Reads::default()),
        }
    }

    /// The registry `hanke.toml`.
    pub fn registry(&self) -> &'a Registry {
        &self.corpus.registry
    }

    /// The record with id `id`, noted as read.
    pub fn project(&self, id: &str) -> Option<&'a Project> {
        let found = self.corpus.index_of(id);
        self.reads
            .borrow_mut()
            .records
            .push(found.ok_or_else(|| id.to_string()));
        found.map(|i| &*self.corpus.projects[i])
    }

    /// The whole corpus, for rules that look at all records together: the
    /// result is then taken to depend on every record.
    pub fn whole_corpus(&self) -> &'a Corpus {
        self.reads.borrow_mut().everything = true;
        self.corpus
    }

    /// What the rules run with this context read so far.
    pub fn into_reads(self) -> Reads {
        self.reads.into_inner()
    }

    /// Each valid funding table of `projects` with its resolution.
    pub fn fundings(
        &self,
    ) -> impl Iterator<
        Item = (
            &'a Project,
            FundingKind,
            &'a crate::model::Funding,
            &Resolved<'a>,
        ),
    > + '_ {
        let resolved = self.resolved.get_or_init(|| {
            self.projects
                .iter()
                .map(|p| {
                    [FundingKind::Plan, FundingKind::Actual]
                        .map(|k| p.funding(k).filter(|f| !f.invalid).map(resolve))
                })
                .collect()
        });
        self.projects.iter().zip(resolved).flat_map(|(p, r)| {
            let p: &'a Project = p;
            [FundingKind::Plan, FundingKind::Actual]
                .into_iter()
                .zip(r)
                .filter_map(move |(kind, r)| {
                    let r = r.as_ref()?;
                    Some((p, kind, p.funding(kind)?, r))
                })
        })
    }
}

pub type Check = fn(&Ctx<'_>, &mut Vec<Diagnostic>);

/// What a rule looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// One record at a time (plus the registry and lookups by id): run over
    /// slices of the corpus in parallel, every such rule on one slice while
    /// its records are in the cache.
    EachRecord,
    /// All records together (cycles, sums over osahankkeet, names compared
    /// across the corpus): run once.
    Corpus,
}

/// A rule: its code, the function that enforces it and what it looks at.
pub struct Rule {
    pub code: &'static Code,
    pub check: Check,
    pub scope: Scope,
}

/// Records per slice for [`Scope::EachRecord`] rules: small enough that a
/// slice's records stay in the cache while every rule reads them, large
/// enough that scheduling costs nothing.
const SLICE: usize = 32;

/// Every rule run by `hanke check` after loading.
pub const RULES: &[Rule] = &[
    Rule {
        code: codes::UNKNOWN_SALKKU,
        check: structure::salkku_exists,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::UNKNOWN_OHJELMA,
        check: structure::ohjelma_exists,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::UNKNOWN_PAAHANKE,
        check: structure::paahanke_exists,
        scope: Scope::Corpus,
    },
    Rule {
        code: codes::PARENT_CYCLE,
        check: structure::no_parent_cycles,
        scope: Scope::Corpus,
    },
    Rule {
        code: codes::DUPLICATE_RECORD,
        check: duplicates::no_duplicate_records,
        scope: Scope::Corpus,
    },
    Rule {
        code: codes::END_BEFORE_START,
        check: dates::ends_after_start,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::OUTSIDE_PARENT,
        check: dates::within_paahanke,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::YEAR_OUTSIDE,
        check: dates::cost_years_within_project,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::VAIHE_VS_TODAY,
        check: dates::vaihe_agrees_with_today,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::SHARE_EMPTY,
        check: funding::share_has_amount,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::SUM_MISMATCH,
        check: funding::shares_sum_to_total,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::PERCENT_MISMATCH,
        check: funding::osuus_matches_summa,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::PERCENT_SUM,
        check: funding::percentages_sum_to_100,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::GRANT_CEILING,
        check: funding::grant_within_ceiling,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::COSTS_VS_PLAN,
        check: funding::costs_equal_total,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::SUBPROJECT_SUM,
        check: funding::osahankkeet_sum_to_paahanke,
        scope: Scope::Corpus,
    },
    Rule {
        code: codes::EXCLUDED_EXCEEDS,
        check: funding::ineligible_within_total,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::COVERED_ITEMISED,
        check: costs::covered_costs_not_itemised,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::MODEL_NOT_ALLOWED,
        check: costs::model_allowed_by_programme,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::MODEL_MISMATCH,
        check: costs::family_shares_model,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::UNKNOWN_MODEL,
        check: costs::model_exists,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::NAME_TYPO,
        check: hygiene::organisation_names_known,
        scope: Scope::Corpus,
    },
    Rule {
        code: codes::BAD_URL,
        check: hygiene::urls_are_http,
        scope: Scope::EachRecord,
    },
    Rule {
        code: codes::BAD_EMAIL,
        check: hygiene::emails_are_addresses,
        scope: Scope::EachRecord,
    },
];

/// Loading diagnostics plus every rule's, sorted by file and position.
pub fn check(corpus: &Corpus, today: NaiveDate) -> Vec<Diagnostic> {
    let (each, whole) = rayon::join(
        || {
            corpus
                .projects
                .par_chunks(SLICE)
                .flat_map_iter(|slice| run(of_scope(Scope::EachRecord), corpus, today, slice))
                .collect()
        },
        || corpus_rules(corpus, today),
    );
    finish(corpus, each, whole)
}

fn of_scope(scope: Scope) -> impl Iterator<Item = &'static Rule> {
    RULES.iter().filter(move |r| r.scope == scope)
}

/// Every [`Scope::Corpus`] rule over the whole corpus, in the order of [`RULES`].
fn corpus_rules(corpus: &Corpus, today: NaiveDate) -> Vec<Diagnostic> {
    of_scope(Scope::Corpus)
        .collect::<Vec<_>>()
        .into_par_iter()
        .flat_map_iter(|rule| run([rule], corpus, today, &corpus.projects))
        .collect()
}

/// Every [`Scope::EachRecord`] rule on one record, and what they read
/// beyond it.
fn check_record(
    corpus: &Corpus,
    today: NaiveDate,
    project: &Arc<Project>,
) -> (Vec<Diagnostic>, Reads) {
    let ctx = Ctx::new(corpus, today, std::slice::from_ref(project));
    let mut out = Vec::new();
    for rule in of_scope(Scope::EachRecord) {
        (rule.check)(&ctx, &mut out);
    }
    (out, ctx.into_reads())
}

/// What `hanke check` shows: the diagnostics of the [`Scope::EachRecord`]
/// rules (`each`, record by record in corpus order; within a record in the
/// order of [`RULES`]), then those of the [`Scope::Corpus`] rules (`whole`),
/// with loading's, sorted and folded.
///
/// The sort is stable and its first key is the file, which is one record's,
/// so how the records' diagnostics interleave in `each` does not matter:
/// slices or one record at a time give the same result.
fn finish(corpus: &Corpus, mut each: Vec<Diagnostic>, whole: Vec<Diagnostic>) -> Vec<Diagnostic> {
    each.extend(whole);
    crate::load::sort_diagnostics(&corpus.files, &mut each);
    // Loading's diagnostics were folded file by file as they were read.
    let mut all = crate::diag::flood::fold_repeats(each);
    all.extend(corpus.diagnostics.iter().cloned());
    crate::load::sort_diagnostics(&corpus.files, &mut all);
    all
}

/// Runs `rules` over `projects`, one context for all of them.
fn run<'r>(
    rules: impl IntoIterator<Item = &'r Rule>,
    corpus: &Corpus,
    today: NaiveDate,
    projects: &[Arc<Project>],
) -> Vec<Diagnostic> {
    let ctx = Ctx::new(corpus, today, projects);
    let mut out = Vec::new();
    for rule in rules {
        (rule.check)(&ctx, &mut out);
    }
    out
}
