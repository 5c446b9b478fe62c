//! `hanke list`: the selected projects with their headline total, sorted.

use std::cmp::Ordering;

use chrono::NaiveDate;

use crate::cli::SortKey;
use crate::model::{Euro, Project};
use crate::render::fi;

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
    /// Sum of the rows' totals (rows without one add nothing).
    pub sum: Euro,
}

pub fn list<'a>(projects: Vec<&'a Project>, sort: SortKey, reverse: bool) -> ListView<'a> {
    let mut rows: Vec<ListRow> = projects
        .into_iter()
        .map(|p| ListRow {
            project: p,
            yhteensa: super::headline_total(p),
        })
        .collect();
    rows.sort_by(|a, b| compare(a, b, sort));
    if reverse {
        rows.reverse();
    }
    let sum = rows.iter().filter_map(|r| r.yhteensa).sum();
    ListView { rows, sum }
}

/// Finnish alphabetical order of `nimi`, then the id.
pub fn by_name(a: &Project, b: &Project) -> Ordering {
    fi::cmp(a.name(), b.name())
        .then_with(|| a.name().cmp(b.name()))
        .then_with(|| a.id.cmp(&b.id))
}

/// Missing values sort after present ones.
fn some_first<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn compare(a: &ListRow, b: &ListRow, sort: SortKey) -> Ordering {
    let (p, q) = (a.project, b.project);
    let date = |f: fn(&Project) -> Option<NaiveDate>| some_first(f(p), f(q));
    let primary = match sort {
        SortKey::Nimi => Ordering::Equal,
        SortKey::Id => p.id.cmp(&q.id),
        SortKey::Alkaa => date(Project::alkaa),
        SortKey::Loppuu => date(Project::loppuu),
        SortKey::Yhteensa => some_first(a.yhteensa, b.yhteensa),
    };
    primary.then_with(|| by_name(p, q))
}
