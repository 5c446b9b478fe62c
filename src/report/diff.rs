//! `hanke diff`: what a change does to the records, in money terms.
//!
//! Pure computation: two loaded corpora (before and after) and their rule
//! results become a [`DiffReport`] of plain view structs; `render::diff` lays
//! it out. Decisions (docs/format.md, "hanke diff"):
//! - a project appears only when something about it changed: a field that
//!   matters, a funding or cost figure, another key (named only), or its rule
//!   results; a change of comments or layout alone does not count;
//! - a record removed and one added with identical text or equal data is a
//!   rename; failing that, a removed and an added record with the same `nimi`
//!   (one each) is a rename with changes;
//! - funding rows are keyed by funder (aliases folded through each side's
//!   registry) and `laji`; several shares with the same key are summed;
//!   `[[…muut]]` in-kind help is a row of its own kind `muut`;
//! - percentages are the stated `osuus`, or the derived exact share, and
//!   count as changed when they differ at two decimals;
//! - a missing cost category counts as 0 when comparing, so writing
//!   `matkat = 0` is no change;
//! - diagnostics are compared by (project id, code, message): line numbers
//!   shift with every edit and do not make a diagnostic new;
//! - portfolio totals count every record that parsed, in its `salkku`: the
//!   plan is the resolved `[rahoitus]` total, else the cost estimate's grand
//!   total; actuals likewise from `[toteuma]` / `[toteutuneet_kustannukset]`.
//!   Each euro counts once, as in `summary`: a päähanke and its osahankkeet
//!   are not both summed ([`super::left_out_of_rollup`]).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use super::rollup::Rollup;
use crate::calc::{costs, funding};
use crate::diag::render::locate;
use crate::diag::{Diagnostic, Severity};
use crate::load::{Corpus, REGISTRY};
use crate::model::{Category, FundingKind, Laji, Project, Registry};
use crate::model::{Euro, Funding};

/// Which revision a side is.
#[derive(Clone, Debug, Serialize)]
pub struct Side {
    /// As named: `merge-base origin/main`, `HEAD~1`, `working tree`.
    pub rev: String,
    /// The commit, or none for the working tree.
    pub commit: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DiffReport {
    pub base: Side,
    pub head: Side,
    /// False when no project record changed (nor any rule result).
    pub changed: bool,
    pub summary: Counts,
    pub projects: Vec<ProjectDiff>,
    /// Rule results of files that are not records (the registry).
    pub other: DiagChanges,
    pub portfolio: Portfolio,
}

#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub renamed: usize,
    pub changed: usize,
    pub new_errors: usize,
    pub new_warnings: usize,
    pub fixed_errors: usize,
    pub fixed_warnings: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Added,
    Removed,
    Renamed,
    Changed,
}

#[derive(Debug, Serialize)]
pub struct ProjectDiff {
    /// The id after the change (before, for a removed record).
    pub id: String,
    /// The id before a rename.
    pub old_id: Option<String>,
    pub status: Status,
    /// `nimi` after the change (before, for a removed record).
    pub nimi: String,
    /// The record file, relative to the data folder.
    pub file: String,
    /// True when the record could not be parsed before / after (its figures are then not compared).
    pub unreadable_before: bool,
    pub unreadable_after: bool,
    pub fields: Vec<FieldChange>,
    /// Other keys whose content changed (`tiivistelma`, `yhteystiedot`, …).
    pub other_fields: Vec<String>,
    pub funding: Vec<FundingDiff>,
    pub costs: Vec<CostDiff>,
    pub diagnostics: DiagChanges,
}

/// A field value: text, or a date (ISO in JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Text(String),
    Date(NaiveDate),
}

#[derive(Debug, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// Before → after of an amount, with the difference (after − before, missing = 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub before: Option<Euro>,
    pub after: Option<Euro>,
    #[serde(serialize_with = "signed")]
    pub change: Decimal,
}

impl Change {
    pub fn new(before: Option<Euro>, after: Option<Euro>) -> Change {
        let change = after.unwrap_or(Euro::ZERO) - before.unwrap_or(Euro::ZERO);
        Change {
            before,
            after,
            change,
        }
    }

    /// True when the amounts differ (a missing amount equals 0).
    pub fn is_change(&self) -> bool {
        !self.change.is_zero()
    }
}

#[derive(Debug, Serialize)]
pub struct FundingDiff {
    /// `rahoitus` (plan) or `toteuma` (actuals).
    pub table: &'static str,
    /// Changed funder rows only.
    pub rows: Vec<FunderRow>,
    /// Changed sums per `laji` only.
    pub lajit: Vec<LajiRow>,
    /// The total (stated `yhteensa`, or the sum of the shares).
    pub total: Change,
    /// `ei_oikeuttavat`, when it changed.
    pub ei_oikeuttavat: Option<Change>,
}

#[derive(Debug, Serialize)]
pub struct FunderRow {
    pub rahoittaja: String,
    /// A `laji` of the split, `muut` for in-kind help, or empty when not given.
    pub laji: String,
    #[serde(flatten)]
    pub amount: Change,
    #[serde(serialize_with = "percent_opt")]
    pub osuus_before: Option<Decimal>,
    #[serde(serialize_with = "percent_opt")]
    pub osuus_after: Option<Decimal>,
    pub osuus_changed: bool,
}

#[derive(Debug, Serialize)]
pub struct LajiRow {
    pub laji: String,
    #[serde(flatten)]
    pub amount: Change,
}

#[derive(Debug, Serialize)]
pub struct CostDiff {
    /// `kustannusarvio` (plan) or `toteutuneet_kustannukset` (actuals).
    pub table: &'static str,
    /// Changed (year, category) cells, by year then in the form's order.
    pub rows: Vec<CostRow>,
    /// Changed year totals.
    pub years: Vec<YearRow>,
    pub total: Change,
    /// The categories affected, in the form's order.
    pub categories: Vec<CategoryRef>,
}

#[derive(Debug, Serialize)]
pub struct CostRow {
    pub year: i32,
    /// A category key, or `kustannusmalli.CODE` for a cost model's flat rate.
    pub category: String,
    pub label: String,
    #[serde(flatten)]
    pub amount: Change,
}

#[derive(Debug, Serialize)]
pub struct YearRow {
    pub year: i32,
    #[serde(flatten)]
    pub amount: Change,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct CategoryRef {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Default, Serialize)]
pub struct DiagChanges {
    /// Diagnostics the change brings, located in the new files.
    pub introduced: Vec<DiagEntry>,
    /// Diagnostics the change removes, located in the old files.
    pub fixed: Vec<DiagEntry>,
}

impl DiagChanges {
    pub fn is_empty(&self) -> bool {
        self.introduced.is_empty() && self.fixed.is_empty()
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct DiagEntry {
    pub code: &'static str,
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct Portfolio {
    /// Every salkku of either side; `changed` marks those whose figures moved.
    pub salkut: Vec<SalkkuRow>,
    pub total: SalkkuRow,
}

#[derive(Debug, Serialize)]
pub struct SalkkuRow {
    /// The code, or empty for records without a salkku.
    pub salkku: String,
    pub projects_before: usize,
    pub projects_after: usize,
    pub plan: Change,
    pub actual: Change,
    pub changed: bool,
}

fn signed<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&plain_signed(*d))
}

/// `1200`, `-35.50`: the plain machine form of a difference.
pub fn plain_signed(d: Decimal) -> String {
    let n = d.normalize();
    if n.scale() == 0 {
        n.to_string()
    } else {
        format!("{n:.2}")
    }
}

fn percent_opt<S: Serializer>(p: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match p {
        Some(p) => s.serialize_str(&round_pct(*p).to_string()),
        None => s.serialize_none(),
    }
}

/// Percentages are compared and shown at two decimals.
pub fn round_pct(p: Decimal) -> Decimal {
    p.round_dp(2).normalize()
}

/// One side of the comparison: a corpus and its rule results.
pub struct Input<'a> {
    pub corpus: &'a Corpus,
    pub diagnostics: &'a [Diagnostic],
    pub side: Side,
}

/// A record file on one side.
struct Entry<'a> {
    file: usize,
    text: &'a str,
    project: Option<&'a Project>,
}

fn entries(c: &Corpus) -> BTreeMap<&str, Entry<'_>> {
    c.files
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != REGISTRY)
        .map(|(i, f)| {
            let id = f.rel.strip_suffix(".toml").unwrap_or(&f.rel);
            let project = c.project(id).filter(|p| p.file == i);
            (
                id,
                Entry {
                    file: i,
                    text: f.text(),
                    project,
                },
            )
        })
        .collect()
}

/// Removed and added records paired into renames (see the module docs).
struct Renames<'a> {
    /// New id → old id.
    renamed: BTreeMap<&'a str, &'a str>,
    /// Added records that are no rename.
    new_only: HashSet<&'a str>,
    /// Removed records that are no rename.
    removed: HashSet<&'a str>,
}

/// Pairs removed and added records: identical text first, then equal data,
/// then a `nimi` that one removed and one added record share. Each step
/// looks its candidates up in a map, so moving thousands of files in one
/// change stays linear (scanning every removed record for every added one,
/// serialising both to compare data, took a minute for 1 900 moved and
/// edited files).
fn pair_renames<'a>(
    before: &BTreeMap<&'a str, Entry<'a>>,
    after: &BTreeMap<&'a str, Entry<'a>>,
) -> Renames<'a> {
    let added: Vec<&'a str> = after
        .keys()
        .filter(|id| !before.contains_key(*id))
        .copied()
        .collect();
    // Removed ids in order, and which of them are still unpaired.
    let removed_ids: Vec<&'a str> = before
        .keys()
        .filter(|id| !after.contains_key(*id))
        .copied()
        .collect();
    let mut unpaired: HashSet<&'a str> = removed_ids.iter().copied().collect();
    let mut renamed: BTreeMap<&'a str, &'a str> = BTreeMap::new();
    if added.is_empty() || removed_ids.is_empty() {
        return Renames {
            renamed,
            new_only: added.into_iter().collect(),
            removed: unpaired,
        };
    }

    // The removed records by a key, in id order; the first still unpaired wins.
    fn index<'a, K: std::hash::Hash + Eq>(
        ids: &[&'a str],
        key: impl Fn(&'a str) -> Option<K>,
    ) -> HashMap<K, Vec<&'a str>> {
        let mut map: HashMap<K, Vec<&'a str>> = HashMap::new();
        for &id in ids {
            if let Some(k) = key(id) {
                map.entry(k).or_default().push(id);
            }
        }
        map
    }
    let take_first = |candidates: Option<&Vec<&'a str>>, unpaired: &mut HashSet<&'a str>| {
        let old = candidates?
            .iter()
            .copied()
            .find(|id| unpaired.contains(id))?;
        unpaired.remove(old);
        Some(old)
    };
    let by_text = index(&removed_ids, |id| {
        Some(before[id].text).filter(|t| !t.is_empty())
    });
    let data_of = |e: &Entry<'_>| e.project.and_then(|p| serde_json::to_string(p).ok());
    let mut by_data: Option<HashMap<String, Vec<&'a str>>> = None;
    let mut unpaired_added = Vec::new();
    for &id in &added {
        let a = &after[id];
        let mut old = take_first(
            by_text.get(a.text).filter(|_| !a.text.is_empty()),
            &mut unpaired,
        );
        if old.is_none() && a.project.is_some() {
            // Data is compared only when some text differs, and each record
            // is serialised once.
            let by_data =
                by_data.get_or_insert_with(|| index(&removed_ids, |id| data_of(&before[id])));
            old = data_of(a).and_then(|d| take_first(by_data.get(&d), &mut unpaired));
        }
        match old {
            Some(old) => {
                renamed.insert(id, old);
            }
            None => unpaired_added.push(id),
        }
    }

    let name_of = |e: &Entry<'a>| {
        e.project
            .and_then(|p| p.nimi.as_ref().map(|n| n.value.as_str()))
    };
    let mut added_with_name: HashMap<&str, usize> = HashMap::new();
    for &id in &added {
        if let Some(n) = name_of(&after[id]) {
            *added_with_name.entry(n).or_default() += 1;
        }
    }
    let still_removed: Vec<&'a str> = removed_ids
        .iter()
        .copied()
        .filter(|id| unpaired.contains(id))
        .collect();
    let by_name = index(&still_removed, |id| name_of(&before[id]));
    let mut new_only = HashSet::new();
    for id in unpaired_added {
        let pair = name_of(&after[id])
            .filter(|n| added_with_name.get(n) == Some(&1))
            .and_then(|n| by_name.get(n))
            .filter(|olds| olds.len() == 1)
            .map(|olds| olds[0]);
        match pair {
            Some(old) => {
                unpaired.remove(old);
                renamed.insert(id, old);
            }
            None => {
                new_only.insert(id);
            }
        }
    }
    Renames {
        renamed,
        new_only,
        removed: unpaired,
    }
}

pub fn compare(old: &Input<'_>, new: &Input<'_>) -> DiffReport {
    // The portfolio sums every record of both sides and needs nothing the
    // record comparison makes: it runs beside it (the comparison is serial,
    // and at 10 000 records the portfolio took a tenth of a diff's time).
    let ((summary, projects, other), portfolio) = rayon::join(
        || compare_records(old, new),
        || portfolio(old.corpus, new.corpus),
    );
    DiffReport {
        base: old.side.clone(),
        head: new.side.clone(),
        changed: !projects.is_empty() || !other.is_empty(),
        summary,
        projects,
        other,
        portfolio,
    }
}

/// The records and rule results compared: the report's counts, its
/// records and the rule results of no record.
fn compare_records(old: &Input<'_>, new: &Input<'_>) -> (Counts, Vec<ProjectDiff>, DiagChanges) {
    let before = entries(old.corpus);
    let after = entries(new.corpus);

    let Renames {
        renamed,
        new_only,
        removed,
    } = pair_renames(&before, &after);
    let old_to_new: HashMap<&str, &str> = renamed.iter().map(|(n, o)| (*o, *n)).collect();

    // Rule results, by the id each belongs to after the change.
    let (by_id, other) = diagnostic_changes(old, new, &old_to_new);
    let mut by_id = by_id;

    let empty = Project::default();
    let mut projects = Vec::new();
    let mut ids: BTreeSet<&str> = before.keys().chain(after.keys()).copied().collect();
    for old_id in renamed.values() {
        ids.remove(old_id);
    }
    for id in ids {
        let (status, old_entry, new_entry, old_id) = if let Some(old_id) = renamed.get(id) {
            (
                Status::Renamed,
                before.get(old_id),
                after.get(id),
                Some(*old_id),
            )
        } else if new_only.contains(&id) {
            (Status::Added, None, after.get(id), None)
        } else if removed.contains(&id) {
            (Status::Removed, before.get(id), None, None)
        } else {
            (Status::Changed, before.get(id), after.get(id), None)
        };
        let diagnostics = by_id.remove(id).unwrap_or_default();
        // The same shared text (an unchanged file) needs no byte comparison.
        let same_text = matches!((old_entry, new_entry),
            (Some(a), Some(b)) if std::ptr::eq(a.text, b.text) || a.text == b.text);
        if status == Status::Changed && same_text && diagnostics.is_empty() {
            continue;
        }
        let unreadable_before = old_entry.is_some_and(|e| e.project.is_none());
        let unreadable_after = new_entry.is_some_and(|e| e.project.is_none());
        let mut d = ProjectDiff {
            id: id.to_string(),
            old_id: old_id.map(str::to_string),
            status,
            nimi: String::new(),
            file: String::new(),
            unreadable_before,
            unreadable_after,
            fields: Vec::new(),
            other_fields: Vec::new(),
            funding: Vec::new(),
            costs: Vec::new(),
            diagnostics,
        };
        let shown = new_entry.or(old_entry).expect("an id comes from one side");
        let shown_corpus = if new_entry.is_some() {
            new.corpus
        } else {
            old.corpus
        };
        d.file = shown_corpus.files[shown.file].rel.clone();
        d.nimi = shown
            .project
            .or(old_entry.and_then(|e| e.project))
            .map_or_else(|| id.to_string(), |p| p.name().to_string());
        if !same_text && !unreadable_before && !unreadable_after {
            let a = old_entry.and_then(|e| e.project).unwrap_or(&empty);
            let b = new_entry.and_then(|e| e.project).unwrap_or(&empty);
            compare_project(&mut d, a, b, &old.corpus.registry, &new.corpus.registry);
        }
        let nothing = d.fields.is_empty()
            && d.other_fields.is_empty()
            && d.funding.is_empty()
            && d.costs.is_empty()
            && d.diagnostics.is_empty()
            && unreadable_before == unreadable_after;
        if status == Status::Changed && nothing {
            continue;
        }
        projects.push(d);
    }
    // Rule results of ids that are gone from both lists (should not happen) go to `other`.
    let mut other = other;
    for (_, rest) in by_id {
        other.introduced.extend(rest.introduced);
        other.fixed.extend(rest.fixed);
    }

    let mut summary = Counts::default();
    for p in &projects {
        match p.status {
            Status::Added => summary.added += 1,
            Status::Removed => summary.removed += 1,
            Status::Renamed => summary.renamed += 1,
            Status::Changed => summary.changed += 1,
        }
    }
    for dc in projects.iter().map(|p| &p.diagnostics).chain([&other]) {
        for e in &dc.introduced {
            match e.severity {
                Severity::Error => summary.new_errors += 1,
                Severity::Warning => summary.new_warnings += 1,
            }
        }
        for e in &dc.fixed {
            match e.severity {
                Severity::Error => summary.fixed_errors += 1,
                Severity::Warning => summary.fixed_warnings += 1,
            }
        }
    }
    (summary, projects, other)
}

type Key = (String, &'static str, String);

fn diagnostic_changes(
    old: &Input<'_>,
    new: &Input<'_>,
    old_to_new: &HashMap<&str, &str>,
) -> (BTreeMap<String, DiagChanges>, DiagChanges) {
    let owner = |c: &Corpus, d: &Diagnostic, map: Option<&HashMap<&str, &str>>| -> String {
        if d.file == REGISTRY {
            return String::new();
        }
        let rel = &c.files[d.file].rel;
        let id = rel.strip_suffix(".toml").unwrap_or(rel);
        map.and_then(|m| m.get(id).copied())
            .unwrap_or(id)
            .to_string()
    };
    let key_of = |c: &Corpus, d: &Diagnostic, map| -> Key {
        (owner(c, d, map), d.code.code, d.message.clone())
    };
    let mut old_count: HashMap<Key, usize> = HashMap::new();
    for d in old.diagnostics {
        *old_count
            .entry(key_of(old.corpus, d, Some(old_to_new)))
            .or_default() += 1;
    }
    let mut new_count: HashMap<Key, usize> = HashMap::new();
    for d in new.diagnostics {
        *new_count.entry(key_of(new.corpus, d, None)).or_default() += 1;
    }
    let mut by_id: BTreeMap<String, DiagChanges> = BTreeMap::new();
    let mut other = DiagChanges::default();
    let entry = |c: &Corpus, d: &Diagnostic| {
        let l = locate(d, &c.files);
        DiagEntry {
            code: d.code.code,
            severity: d.severity(),
            file: l.file.to_string(),
            line: l.line,
            column: l.column,
            message: d.message.clone(),
        }
    };
    // Diagnostics beyond the other side's count of the same key.
    let mut seen: HashMap<Key, usize> = HashMap::new();
    for d in new.diagnostics {
        let key = key_of(new.corpus, d, None);
        let n = seen.entry(key.clone()).or_default();
        *n += 1;
        if *n > old_count.get(&key).copied().unwrap_or(0) {
            let target = if key.0.is_empty() {
                &mut other
            } else {
                by_id.entry(key.0.clone()).or_default()
            };
            target.introduced.push(entry(new.corpus, d));
        }
    }
    seen.clear();
    for d in old.diagnostics {
        let key = key_of(old.corpus, d, Some(old_to_new));
        let n = seen.entry(key.clone()).or_default();
        *n += 1;
        if *n > new_count.get(&key).copied().unwrap_or(0) {
            let target = if key.0.is_empty() {
                &mut other
            } else {
                by_id.entry(key.0.clone()).or_default()
            };
            target.fixed.push(entry(old.corpus, d));
        }
    }
    (by_id, other)
}

fn text(v: &Option<crate::model::Sp<String>>) -> Option<Value> {
    v.as_ref().map(|s| Value::Text(s.value.clone()))
}

fn compare_project(d: &mut ProjectDiff, a: &Project, b: &Project, ra: &Registry, rb: &Registry) {
    let vaihe = |p: &Project| {
        p.vaihe
            .as_ref()
            .map(|v| Value::Text(v.value.as_str().to_string()))
    };
    let date = |v: Option<NaiveDate>| v.map(Value::Date);
    let fields: [(&'static str, Option<Value>, Option<Value>); 7] = [
        ("nimi", text(&a.nimi), text(&b.nimi)),
        ("salkku", text(&a.salkku), text(&b.salkku)),
        ("vaihe", vaihe(a), vaihe(b)),
        ("alkaa", date(a.alkaa()), date(b.alkaa())),
        ("loppuu", date(a.loppuu()), date(b.loppuu())),
        ("paahanke", text(&a.paahanke), text(&b.paahanke)),
        (
            "kustannusmalli",
            text(&a.kustannusmalli),
            text(&b.kustannusmalli),
        ),
    ];
    for (field, before, after) in fields {
        if before != after {
            d.fields.push(FieldChange {
                field,
                before,
                after,
            });
        }
    }
    for kind in [FundingKind::Plan, FundingKind::Actual] {
        if let Some(f) = funding_diff(kind, a.funding(kind), b.funding(kind), ra, rb) {
            d.funding.push(f);
        }
        if let Some(c) = cost_diff(kind, a, b) {
            d.costs.push(c);
        }
    }
    // Other keys, named only; money tables whose change shows no figure (an `ohjelma`) too.
    let ja = serde_json::to_value(a).unwrap_or_default();
    let jb = serde_json::to_value(b).unwrap_or_default();
    let shown = [
        "nimi",
        "salkku",
        "vaihe",
        "alkaa",
        "loppuu",
        "paahanke",
        "kustannusmalli",
    ];
    let keys: BTreeSet<&String> = ja
        .as_object()
        .into_iter()
        .chain(jb.as_object())
        .flat_map(|o| o.keys())
        .collect();
    let mut other: Vec<String> = Vec::new();
    for key in crate::load::record::RECORD_KEYS {
        let Some(key) = keys.iter().find(|k| k.as_str() == *key) else {
            continue;
        };
        if shown.contains(&key.as_str()) || ja.get(key.as_str()) == jb.get(key.as_str()) {
            continue;
        }
        let money_shown = match key.as_str() {
            "rahoitus" | "toteuma" => d.funding.iter().any(|f| f.table == key.as_str()),
            // Cost tables hold only amounts: no figure changed, nothing changed.
            "kustannusarvio" | "toteutuneet_kustannukset" => true,
            _ => false,
        };
        if !money_shown {
            other.push(key.to_string());
        }
    }
    d.other_fields = other;
}

/// Funder rows of one table: (laji rank, funder, laji) → (amount, percent).
type Rows = BTreeMap<(usize, String, String), (Option<Euro>, Option<Decimal>)>;

fn funding_rows(f: Option<&Funding>, reg: &Registry) -> (Rows, Option<Euro>) {
    let mut rows: Rows = BTreeMap::new();
    let Some(f) = f else {
        return (rows, None);
    };
    let r = funding::resolve(f);
    for s in &r.shares {
        let laji = s.laji();
        let rank = laji.map_or(Laji::ALL.len(), |l| {
            Laji::ALL.iter().position(|x| *x == l).unwrap_or(0)
        });
        let name = reg.canonical_org(s.share.funder()).to_string();
        let key = (rank, name, laji.map_or("", |l| l.as_str()).to_string());
        let e = rows.entry(key).or_insert((None, Some(Decimal::ZERO)));
        if let Some(summa) = s.summa {
            e.0 = Some(e.0.unwrap_or(Euro::ZERO) + summa);
        }
        e.1 = match (e.1, s.osuus) {
            (Some(a), Some(b)) => Some(a + b),
            _ => None,
        };
    }
    for m in &f.muut {
        let name = reg
            .canonical_org(m.rahoittaja.as_deref().map_or("", |s| s.as_str()))
            .to_string();
        let e = rows
            .entry((Laji::ALL.len() + 1, name, "muut".into()))
            .or_insert((None, None));
        if let Some(summa) = &m.summa {
            e.0 = Some(e.0.unwrap_or(Euro::ZERO) + summa.value);
        }
    }
    (rows, r.total)
}

fn funding_diff(
    kind: FundingKind,
    a: Option<&Funding>,
    b: Option<&Funding>,
    ra: &Registry,
    rb: &Registry,
) -> Option<FundingDiff> {
    if a.is_none() && b.is_none() {
        return None;
    }
    let (ra_rows, ta) = funding_rows(a, ra);
    let (rb_rows, tb) = funding_rows(b, rb);
    let keys: BTreeSet<&(usize, String, String)> = ra_rows.keys().chain(rb_rows.keys()).collect();
    let mut rows = Vec::new();
    let mut lajit: BTreeMap<(usize, String), (Option<Euro>, Option<Euro>)> = BTreeMap::new();
    for key in keys {
        let (sa, pa) = ra_rows.get(key).copied().unwrap_or((None, None));
        let (sb, pb) = rb_rows.get(key).copied().unwrap_or((None, None));
        let amount = Change::new(sa, sb);
        let osuus_changed = pa.map(round_pct) != pb.map(round_pct);
        let present_changed = ra_rows.contains_key(key) != rb_rows.contains_key(key);
        if key.2 != "muut" {
            let l = lajit.entry((key.0, key.2.clone())).or_default();
            if let Some(sa) = sa {
                l.0 = Some(l.0.unwrap_or(Euro::ZERO) + sa);
            }
            if let Some(sb) = sb {
                l.1 = Some(l.1.unwrap_or(Euro::ZERO) + sb);
            }
        }
        if amount.is_change() || osuus_changed || present_changed || sa != sb {
            rows.push(FunderRow {
                rahoittaja: key.1.clone(),
                laji: key.2.clone(),
                amount,
                osuus_before: pa,
                osuus_after: pb,
                osuus_changed,
            });
        }
    }
    let lajit: Vec<LajiRow> = lajit
        .into_iter()
        .map(|((_, laji), (x, y))| LajiRow {
            laji,
            amount: Change::new(x, y),
        })
        .filter(|l| l.amount.is_change())
        .collect();
    let total = Change::new(ta, tb);
    let eo = |f: Option<&Funding>| f.and_then(|f| f.ei_oikeuttavat.as_ref().map(|e| e.value));
    let ei = Change::new(eo(a), eo(b));
    let ei_oikeuttavat = ei.is_change().then_some(ei);
    if rows.is_empty() && !total.is_change() && ta == tb && ei_oikeuttavat.is_none() {
        return None;
    }
    Some(FundingDiff {
        table: kind.table(),
        rows,
        lajit,
        total,
        ei_oikeuttavat,
    })
}

fn cost_diff(kind: FundingKind, a: &Project, b: &Project) -> Option<CostDiff> {
    let (ca, cb) = (a.costs(kind), b.costs(kind));
    if ca.is_empty() && cb.is_empty() {
        return None;
    }
    let years: BTreeSet<i32> = ca.keys().chain(cb.keys()).copied().collect();
    let mut rows = Vec::new();
    let mut year_rows = Vec::new();
    let mut affected = BTreeSet::new();
    let mut flat_models: BTreeSet<(String, String)> = BTreeSet::new();
    for year in years {
        let (ya, yb) = (ca.get(&year), cb.get(&year));
        for c in Category::ALL {
            let x = ya.and_then(|y| y.get(c)).map(|e| e.value);
            let y = yb.and_then(|y| y.get(c)).map(|e| e.value);
            let amount = Change::new(x, y);
            if amount.is_change() {
                affected.insert(c);
                rows.push(CostRow {
                    year,
                    category: c.key().to_string(),
                    label: c.label().to_string(),
                    amount,
                });
            }
        }
        // The flat rates: a change of the base shows its consequence here.
        for (code, label, amount) in flat_rate_changes(a, ya, b, yb) {
            flat_models.insert((code.clone(), label.clone()));
            rows.push(CostRow {
                year,
                category: format!("kustannusmalli.{code}"),
                label,
                amount,
            });
        }
        let year_total = |p: &Project, y: Option<&crate::model::Costs>| {
            y.map(|y| costs::year_total(p.cost_model(), y))
        };
        let total = Change::new(year_total(a, ya), year_total(b, yb));
        if total.is_change() {
            year_rows.push(YearRow {
                year,
                amount: total,
            });
        }
    }
    if rows.is_empty() {
        return None;
    }
    let total_of = |p: &Project, m: &crate::model::CostYears| {
        (!m.is_empty()).then(|| costs::computed_total(p.cost_model(), m))
    };
    Some(CostDiff {
        table: kind.costs_table(),
        rows,
        years: year_rows,
        total: Change::new(total_of(a, ca), total_of(b, cb)),
        categories: affected
            .into_iter()
            .map(|c| CategoryRef {
                key: c.key().to_string(),
                label: c.label().to_string(),
            })
            .chain(flat_models.into_iter().map(|(code, label)| CategoryRef {
                key: format!("kustannusmalli.{code}"),
                label,
            }))
            .collect(),
    })
}

/// The flat-rate amounts of one year that changed, by model: (code, label,
/// before → after). A model on one side only goes to or comes from nothing.
fn flat_rate_changes(
    a: &Project,
    ya: Option<&crate::model::Costs>,
    b: &Project,
    yb: Option<&crate::model::Costs>,
) -> Vec<(String, String, Change)> {
    let flat = |p: &Project, y: Option<&crate::model::Costs>| {
        let m = p.cost_model().filter(|m| m.prosentti.is_some())?;
        let amount = y.map(|y| crate::calc::flat_rate::year_amount(m, y));
        let label = format!("{} ({})", m.nimi, m.code);
        Some((m.code.clone(), label, amount))
    };
    let (fa, fb) = (flat(a, ya), flat(b, yb));
    let mut out = Vec::new();
    match (fa, fb) {
        (Some((ca, la, x)), Some((cb, _, y))) if ca == cb => {
            out.push((ca, la, Change::new(x, y)));
        }
        (fa, fb) => {
            if let Some((c, l, x)) = fa {
                out.push((c, l, Change::new(x, None)));
            }
            if let Some((c, l, y)) = fb {
                out.push((c, l, Change::new(None, y)));
            }
        }
    }
    out.retain(|(_, _, c)| c.is_change());
    out
}

fn portfolio(old: &Corpus, new: &Corpus) -> Portfolio {
    /// A portfolio's records and what they contribute (unknown money stays
    /// unknown, as in `summary`).
    #[derive(Default, Clone, Copy)]
    struct Acc {
        n: usize,
        plan: Option<Euro>,
        actual: Option<Euro>,
    }
    fn add(sum: &mut Option<Euro>, x: Option<Euro>) {
        if let Some(x) = x {
            *sum = Some(sum.map_or(x, |s| s + x));
        }
    }
    let sums = |c: &Corpus| {
        let rollup = Rollup::of(c);
        let mut m: BTreeMap<String, Acc> = BTreeMap::new();
        for p in &c.projects {
            let code = p.salkku().map_or(String::new(), |s| {
                c.registry.salkku_code(s).unwrap_or(s.trim()).to_string()
            });
            let e = m.entry(code).or_default();
            e.n += 1;
            // Records that do not load are counted but add no money, as reports leave them out.
            if c.broken.contains(&p.file) {
                continue;
            }
            add(&mut e.plan, rollup.stake(p, FundingKind::Plan).amount());
            add(&mut e.actual, rollup.stake(p, FundingKind::Actual).amount());
        }
        m
    };
    let (a, b) = rayon::join(|| sums(old), || sums(new));
    let codes: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let row = |code: String, x: Acc, y: Acc| {
        let plan = Change::new(x.plan, y.plan);
        let actual = Change::new(x.actual, y.actual);
        SalkkuRow {
            salkku: code,
            projects_before: x.n,
            projects_after: y.n,
            changed: plan.is_change() || actual.is_change() || x.n != y.n,
            plan,
            actual,
        }
    };
    let mut ta = Acc::default();
    let mut tb = Acc::default();
    let mut salkut = Vec::new();
    for code in codes {
        let x = a.get(code).copied().unwrap_or_default();
        let y = b.get(code).copied().unwrap_or_default();
        for (t, v) in [(&mut ta, x), (&mut tb, y)] {
            t.n += v.n;
            add(&mut t.plan, v.plan);
            add(&mut t.actual, v.actual);
        }
        salkut.push(row(code.clone(), x, y));
    }
    Portfolio {
        salkut,
        total: row(String::new(), ta, tb),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::load::load_from_sources;

    const REGISTRY: &str =
        "[salkut.A]\nnimi = \"A\"\n[organisaatiot.\"Oulun kaupunki\"]\nlyhenteet = [\"Ouka\"]\n";

    fn corpus(records: &[(&str, &str)]) -> Corpus {
        let files = records
            .iter()
            .map(|(rel, text)| (rel.to_string(), text.as_bytes().to_vec()))
            .collect();
        load_from_sources(Path::new("p"), Some(REGISTRY.into()), files).unwrap()
    }

    fn diff(a: &Corpus, b: &Corpus) -> DiffReport {
        let side = || Side {
            rev: "x".into(),
            commit: None,
        };
        let input = |c| Input {
            corpus: c,
            diagnostics: &[],
            side: side(),
        };
        compare(&input(a), &input(b))
    }

    const R: &str = "nimi = \"N\"\nsalkku = \"A\"\nvaihe = \"käynnissä\"\nalkaa = 2024-01-01\n";

    #[test]
    fn a_moved_file_with_the_same_name_is_a_rename_with_changes() {
        let a = corpus(&[("x.toml", R)]);
        let b = corpus(&[("y/x.toml", &R.replace("2024-01-01", "2024-02-01"))]);
        let d = diff(&a, &b);
        assert_eq!(d.projects.len(), 1);
        let p = &d.projects[0];
        assert_eq!(
            (p.status, p.old_id.as_deref(), p.id.as_str()),
            (Status::Renamed, Some("x"), "y/x")
        );
        assert_eq!(p.fields.len(), 1);
        assert_eq!(p.fields[0].field, "alkaa");
    }

    #[test]
    fn an_alias_renamed_to_its_canonical_name_changes_no_money() {
        let share = |name: &str| {
            format!(
                "{R}[rahoitus]\n[[rahoitus.osuudet]]\nrahoittaja = \"{name}\"\nlaji = \"oma\"\nsumma = 10\n"
            )
        };
        let a = corpus(&[("x.toml", &share("Ouka"))]);
        let b = corpus(&[("x.toml", &share("Oulun kaupunki"))]);
        let d = diff(&a, &b);
        // The text changed, the figures did not: only the key is named.
        assert_eq!(d.projects.len(), 1);
        assert!(d.projects[0].funding.is_empty());
        assert_eq!(d.projects[0].other_fields, ["rahoitus"]);
    }

    /// A päähanke whose total is its osahankkeet' sum is not summed again.
    #[test]
    fn portfolio_totals_count_each_euro_once() {
        let total = |n: u32| format!("[rahoitus]\nyhteensa = {n}\n");
        let parent = format!("{R}{}", total(300));
        let child = |n| format!("{R}paahanke = \"p\"\n{}", total(n));
        let a = corpus(&[
            ("p.toml", &parent),
            ("c1.toml", &child(100)),
            ("c2.toml", &child(200)),
        ]);
        let b = corpus(&[
            ("p.toml", &parent.replace("300", "350")),
            ("c1.toml", &child(150)),
            ("c2.toml", &child(200)),
        ]);
        let d = diff(&a, &b);
        let plan = &d.portfolio.salkut[0].plan;
        assert_eq!(
            (plan.before, plan.after),
            (Some(Euro::from_int(300)), Some(Euro::from_int(350)))
        );
        assert_eq!(d.portfolio.total.plan.after, Some(Euro::from_int(350)));
    }

    #[test]
    fn a_zero_written_out_is_no_change() {
        let a = corpus(&[("x.toml", &format!("{R}[kustannusarvio.2024]\npalkat = 5\n"))]);
        let b = corpus(&[(
            "x.toml",
            &format!("{R}[kustannusarvio.2024]\npalkat = 5\nmatkat = 0\n"),
        )]);
        let d = diff(&a, &b);
        assert!(d.projects.is_empty(), "{d:?}");
    }
}
