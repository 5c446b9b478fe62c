//! `hanke list`: the selected projects with their headline total, sorted,
//! and the selection's planned and actual totals as `summary` counts them.

use std::cmp::Ordering;

use rayon::prelude::*;

use chrono::NaiveDate;

use super::rollup::Rollup;
use crate::lang::fi;
use crate::load::Corpus;
use crate::model::{Euro, FundingKind, Project};
use crate::report::SortKey;

/// One line of the list.
#[derive(Debug, Clone)]
pub struct ListRow<'a> {
    pub project: &'a Project,
    /// The plan's total, else the actual total ([`super::headline_total`]).
    pub yhteensa: Option<Euro>,
}

#[derive(Debug, Clone)]
pub struct ListView<'a> {
    pub rows: Vec<ListRow<'a>>,
    /// The selection's plan and actuals, each euro once ([`Rollup`]):
    /// the same figures `summary` gives for the same filters.
    pub suunniteltu: Option<Euro>,
    pub toteutunut: Option<Euro>,
    /// True when some listed record's own total is left out of the sums
    /// because its päähanke or its osahankkeet stand for it.
    pub counted_once: bool,
}

pub fn list<'a>(
    projects: Vec<&'a Project>,
    corpus: &Corpus,
    sort: SortKey,
    reverse: bool,
) -> ListView<'a> {
    list_with(projects, sort, reverse, &Rollup::of(corpus))
}

/// [`list`] with the corpus's [`Rollup`] already made (a caller making
/// many lists of one corpus, such as the site, decides the families once).
pub fn list_with<'a>(
    projects: Vec<&'a Project>,
    sort: SortKey,
    reverse: bool,
    rollup: &Rollup,
) -> ListView<'a> {
    let suunniteltu = rollup.sum(&projects, FundingKind::Plan);
    let toteutunut = rollup.sum(&projects, FundingKind::Actual);
    let counted_once = projects.iter().any(|p| {
        [FundingKind::Plan, FundingKind::Actual]
            .into_iter()
            .any(|k| !rollup.stake(p, k).counts() && super::total(p, k).is_some())
    });
    let rows: Vec<ListRow> = projects
        .into_iter()
        .map(|p| ListRow {
            project: p,
            yhteensa: super::headline_total(p),
        })
        .collect();
    ListView {
        rows: sorted(rows, sort, reverse),
        suunniteltu,
        toteutunut,
        counted_once,
    }
}

/// The name a table shows: `lyhenne` when present, else `nimi`.
fn shown_name(p: &Project) -> &str {
    p.short_name()
}

/// Finnish alphabetical order of the name the table shows, case-insensitive,
/// then the id.
pub fn by_name(a: &Project, b: &Project) -> Ordering {
    fi::cmp(shown_name(a), shown_name(b))
        .then_with(|| shown_name(a).cmp(shown_name(b)))
        .then_with(|| a.id.cmp(&b.id))
}

/// The rows in `sort` order (reversed with `reverse`); rows without the
/// sort key's value (no total, no end date) come last in either direction,
/// in name order, as spreadsheets sort blanks.
fn sorted(rows: Vec<ListRow>, sort: SortKey, reverse: bool) -> Vec<ListRow> {
    let (mut present, mut missing): (Vec<ListRow>, Vec<ListRow>) =
        rows.into_iter().partition(|r| has_key(r, sort));
    // Stable sorts on both cores: comparing names by the Finnish collation
    // is most of a large list's time.
    present.par_sort_by(|a, b| compare(a, b, sort));
    if reverse {
        present.reverse();
    }
    missing.par_sort_by(|a, b| by_name(a.project, b.project));
    present.extend(missing);
    present
}

fn has_key(r: &ListRow, sort: SortKey) -> bool {
    match sort {
        SortKey::Nimi | SortKey::Id => true,
        SortKey::Alkaa => r.project.alkaa().is_some(),
        SortKey::Loppuu => r.project.loppuu().is_some(),
        SortKey::Yhteensa => r.yhteensa.is_some(),
    }
}

fn compare(a: &ListRow, b: &ListRow, sort: SortKey) -> Ordering {
    let (p, q) = (a.project, b.project);
    let date = |f: fn(&Project) -> Option<NaiveDate>| f(p).cmp(&f(q));
    let primary = match sort {
        SortKey::Nimi => Ordering::Equal,
        SortKey::Id => p.id.cmp(&q.id),
        SortKey::Alkaa => date(Project::alkaa),
        SortKey::Loppuu => date(Project::loppuu),
        SortKey::Yhteensa => a.yhteensa.cmp(&b.yhteensa),
    };
    primary.then_with(|| by_name(p, q))
}
