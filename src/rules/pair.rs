//! The rules on both sides of a diff, without running the per-record rules
//! twice on what a pull request did not change.
//!
//! A pull request changes a handful of records out of thousands, and the
//! two sides share each unchanged record ([`crate::load::load_two`]). A
//! [`Scope::EachRecord`] rule's diagnostics of a record depend only on the
//! record, the registry, `--today` and the records it looks up by id
//! ([`Ctx::project`]; the context notes each). So the old side runs them
//! record by record, noting what each read, and the new side reuses a
//! record's diagnostics when all of that is the same there:
//! - the record comes from the same parse ([`ParseId`]) as the old one;
//! - the registry's text is the same (the registry is parsed from it alone);
//! - every record looked up resolves on the new side to a record from the
//!   same parse, and every id that found none finds none there;
//! - no rule read the corpus as a whole ([`Ctx::whole_corpus`]).
//!
//! Records of one parse differ at most in their file id (files added or
//! removed before them move it) and their cost model, which the registry
//! decides. A reused diagnostic is moved to the record's file on the new
//! side; one pointing at any other file is not reused.
//!
//! [`Scope::Corpus`] rules look at every record and run on each side in
//! full. Each side's result is exactly what [`check`] gives it.
//!
//! [`ParseId`]: crate::model::ParseId
//! [`Scope::EachRecord`]: super::Scope::EachRecord
//! [`Scope::Corpus`]: super::Scope::Corpus
//! [`Ctx::project`]: super::Ctx::project
//! [`Ctx::whole_corpus`]: super::Ctx::whole_corpus
//! [`check`]: super::check

use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::{Reads, check_record, corpus_rules, finish};
use crate::diag::Diagnostic;
use crate::load::{Corpus, REGISTRY};
use crate::model::Project;

/// [`super::check`] of `old` and of `new`.
pub fn check_pair(
    old: &Corpus,
    new: &Corpus,
    today: NaiveDate,
) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let ((old_each, new_each), (old_whole, new_whole)) = rayon::join(
        || {
            let old_each = each_record(old, today);
            let new_each = each_record_reusing(new, today, old, &old_each);
            (old_each, new_each)
        },
        || rayon::join(|| corpus_rules(old, today), || corpus_rules(new, today)),
    );
    let old_each = old_each.into_iter().flat_map(|(d, _)| d).collect();
    (
        finish(old, old_each, old_whole),
        finish(new, new_each, new_whole),
    )
}

/// The [`super::Scope::EachRecord`] diagnostics of each record of `corpus`, with
/// what they read.
fn each_record(corpus: &Corpus, today: NaiveDate) -> Vec<(Vec<Diagnostic>, Reads)> {
    corpus
        .projects
        .par_iter()
        .with_min_len(super::SLICE)
        .map(|p| check_record(corpus, today, p))
        .collect()
}

/// The [`super::Scope::EachRecord`] diagnostics of `new`'s records, in order: from
/// `old` (its records' `checked`) where nothing they read changed, else
/// from running the rules.
fn each_record_reusing(
    new: &Corpus,
    today: NaiveDate,
    old: &Corpus,
    checked: &[(Vec<Diagnostic>, Reads)],
) -> Vec<Diagnostic> {
    let same_registry = same_registry(old, new);
    let per_record: Vec<Vec<Diagnostic>> = new
        .projects
        .par_iter()
        .with_min_len(super::SLICE)
        .map(|p| {
            same_registry
                .then(|| reused(old, checked, new, p))
                .flatten()
                .unwrap_or_else(|| check_record(new, today, p).0)
        })
        .collect();
    per_record.into_iter().flatten().collect()
}

/// The registry is parsed from its text alone.
fn same_registry(old: &Corpus, new: &Corpus) -> bool {
    let (a, b) = (&old.files[REGISTRY], &new.files[REGISTRY]);
    match (a.kept_text(), b.kept_text()) {
        (Some(a), Some(b)) if Arc::ptr_eq(a, b) => true,
        _ => a.text() == b.text(),
    }
}

/// `p`'s diagnostics on the new side taken from the old side's, when
/// everything they read is the same on both sides (the registry is).
fn reused(
    old: &Corpus,
    checked: &[(Vec<Diagnostic>, Reads)],
    new: &Corpus,
    p: &Project,
) -> Option<Vec<Diagnostic>> {
    let i = old.index_of(&p.id)?;
    let was = &old.projects[i];
    let (diagnostics, reads) = &checked[i];
    let unchanged = was.parse.same(p.parse) && !reads.everything && reads_alike(old, new, reads);
    if !unchanged {
        return None;
    }
    diagnostics
        .iter()
        .map(|d| moved_to(d, was.file, p.file))
        .collect()
}

/// Every record looked up on the old side is the same on the new side.
fn reads_alike(old: &Corpus, new: &Corpus, reads: &Reads) -> bool {
    reads.records.iter().all(|read| match read {
        Ok(i) => {
            let was = &old.projects[*i];
            new.index_of(&was.id)
                .is_some_and(|j| new.projects[j].parse.same(was.parse))
        }
        Err(id) => new.index_of(id).is_none(),
    })
}

/// `d`, at the record's file `from` on the old side, moved to its file `to`
/// on the new side; `None` when it points at another file.
fn moved_to(d: &Diagnostic, from: usize, to: usize) -> Option<Diagnostic> {
    (d.file == from).then(|| Diagnostic {
        file: to,
        ..d.clone()
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use proptest::prelude::*;

    use super::*;
    use crate::load::{Sources, load_two};
    use crate::rules::check;

    const REGISTRY: &str = r#"[salkut.KONSTI]
nimi = "K"

[salkut.TESTI]
nimi = "T"

[ohjelmat.Uudistuva]
nimi = "Uudistuva ja osaava Suomi"
enintaan = 80
kustannusmallit = ["FR40"]

[kustannusmallit.FR40]
nimi = "Flat rate 40 %"
prosentti = 40
peruste = ["palkat", "tyopanoksen_siirto"]
kattaa = "kaikki-muut"

[kustannusmallit.FR24]
nimi = "Flat rate 24 %"
prosentti = 24
peruste = ["palkat", "tyopanoksen_siirto"]
kattaa = ["vuokrat"]
"#;

    /// A record: `fields` are lines of TOML after `nimi`.
    fn record(nimi: &str, fields: &str) -> String {
        format!("nimi = \"{nimi}\"\nsalkku = \"KONSTI\"\n{fields}")
    }

    /// One side: the registry's text and each record's path and text.
    #[derive(Clone, Debug)]
    struct Side {
        registry: String,
        records: Vec<(String, String)>,
    }

    impl Side {
        /// Replaces `from` in `rel`'s text, when `rel` is there (an earlier
        /// change may have moved or removed it).
        fn edit(&mut self, rel: &str, from: &str, to: &str) {
            if let Some((_, text)) = self.records.iter_mut().find(|(r, _)| r == rel) {
                assert!(text.contains(from), "{rel}: {from}");
                *text = text.replace(from, to);
            }
        }

        fn remove(&mut self, rel: &str) {
            self.records.retain(|(r, _)| r != rel);
        }

        fn rename(&mut self, rel: &str, to: &str) {
            if let Some((r, _)) = self.records.iter_mut().find(|(r, _)| r == rel) {
                *r = to.into();
            }
        }

        fn add(&mut self, rel: &str, text: String) {
            self.records.push((rel.into(), text));
        }
    }

    /// Records each of which some [`Scope::EachRecord`] rule reports on, or
    /// looks up another for: a family under `emo`, a record whose päähanke
    /// is missing, one in the portfolio `TESTI`, one under a programme that
    /// allows only FR40, one with a bad email and link.
    fn base() -> Side {
        let child = |nimi: &str, dates: &str, model: &str| {
            record(nimi, &format!("paahanke = \"emo\"\n{dates}{model}"))
        };
        Side {
            registry: REGISTRY.into(),
            records: vec![
                (
                    "a-alku.toml".into(),
                    record("Alku", "alkaa = 2025-01-01\nloppuu = 2024-01-01\n"),
                ),
                (
                    "emo.toml".into(),
                    record(
                        "Emo",
                        "alkaa = 2025-01-01\nloppuu = 2026-12-31\nkustannusmalli = \"FR40\"\n",
                    ),
                ),
                (
                    "emo/lapsi.toml".into(),
                    child(
                        "Lapsi",
                        "alkaa = 2025-03-01\nloppuu = 2026-06-30\n",
                        "kustannusmalli = \"FR40\"\n",
                    ),
                ),
                (
                    "emo/myohassa.toml".into(),
                    child("Myöhässä", "alkaa = 2025-03-01\nloppuu = 2027-06-30\n", ""),
                ),
                (
                    "orpo.toml".into(),
                    record(
                        "Orpo",
                        "paahanke = \"puuttuva\"\nalkaa = 2020-01-01\nloppuu = 2020-12-31\n",
                    ),
                ),
                (
                    "testi.toml".into(),
                    "nimi = \"Testi\"\nsalkku = \"TESTI\"\n".into(),
                ),
                (
                    "ohjelma.toml".into(),
                    record(
                        "Ohjelma",
                        "kustannusmalli = \"FR24\"\n[rahoitus]\nyhteensa = 1000\n\
                         [[rahoitus.osuudet]]\nrahoittaja = \"Liitto\"\nlaji = \"valtionavustus\"\n\
                         ohjelma = \"Uudistuva\"\nsumma = 700\n\
                         [[rahoitus.osuudet]]\nrahoittaja = \"Oulu\"\nlaji = \"oma\"\nsumma = 200\n",
                    ),
                ),
                (
                    "rikki.toml".into(),
                    record(
                        "Rikki",
                        "[[yhteystiedot]]\nnimi = \"X\"\nemail = \"x(at)ouka.fi\"\n\
                         [[liitteet]]\nnimi = \"L\"\nurl = \"www.ouka.fi\"\n",
                    ),
                ),
            ],
        }
    }

    /// The changes a pull request may make that change the diagnostics of
    /// a record it did not touch, or move them to another file; each with
    /// its name.
    /// A change, named.
    type Change = (&'static str, fn(&mut Side));

    const CHANGES: &[Change] = &[
        ("the päähanke ends earlier", |s| {
            s.edit("emo.toml", "loppuu = 2026-12-31", "loppuu = 2026-03-31")
        }),
        ("the päähanke's cost model changes", |s| {
            s.edit("emo.toml", "\"FR40\"", "\"FR24\"")
        }),
        ("the päähanke is renamed", |s| {
            s.rename("emo.toml", "emo-uusi.toml")
        }),
        ("the päähanke is removed", |s| s.remove("emo.toml")),
        ("the missing päähanke is added", |s| {
            s.add(
                "puuttuva.toml",
                record("Puuttuva", "alkaa = 2020-06-01\nloppuu = 2020-10-31\n"),
            )
        }),
        ("a salkku is removed from the registry", |s| {
            s.registry = s.registry.replace("[salkut.TESTI]\nnimi = \"T\"\n", "")
        }),
        ("the programme allows the other model too", |s| {
            s.registry = s.registry.replace("[\"FR40\"]", "[\"FR40\", \"FR24\"]")
        }),
        ("a file is added before the others", |s| {
            s.add("0-uusi.toml", record("Uusi", "alkaa = 2025-01-01\n"))
        }),
        ("the first file is removed", |s| s.remove("a-alku.toml")),
        ("a record with diagnostics is renamed", |s| {
            s.rename("rikki.toml", "kansio/rikki.toml")
        }),
        ("a record with diagnostics is fixed", |s| {
            s.edit("rikki.toml", "x(at)ouka.fi", "x@ouka.fi")
        }),
    ];

    /// `base()` with the changes whose bits are set in `mask`.
    fn changed(mask: u32) -> Side {
        let mut side = base();
        for (k, (_, change)) in CHANGES.iter().enumerate() {
            if mask & (1 << k) != 0 {
                change(&mut side);
            }
        }
        side
    }

    /// Both sides loaded together, as `hanke diff` loads two revisions.
    fn load(old: &Side, new: &Side) -> (Corpus, Corpus) {
        let mut contents: Vec<Vec<u8>> = Vec::new();
        let mut sources = |side: &Side| {
            let mut index = |text: &str| match contents.iter().position(|c| c == text.as_bytes()) {
                Some(i) => i,
                None => {
                    contents.push(text.as_bytes().to_vec());
                    contents.len() - 1
                }
            };
            Sources {
                registry: Some(index(&side.registry)),
                records: side
                    .records
                    .iter()
                    .map(|(rel, text)| (rel.clone(), index(text)))
                    .collect(),
            }
        };
        let (a, b) = (sources(old), sources(new));
        let (a, b) = load_two(Path::new("/pair-test"), contents, &a, &b);
        (a.unwrap(), b.unwrap())
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
    }

    /// Everything about the diagnostics, in order.
    fn shown(diagnostics: &[Diagnostic]) -> String {
        format!("{diagnostics:#?}")
    }

    /// [`check_pair`] agrees with [`check`] on each side.
    fn assert_as_check(old: &Side, new: &Side) {
        let (a, b) = load(old, new);
        let (pair_a, pair_b) = check_pair(&a, &b, today());
        assert_eq!(shown(&pair_a), shown(&check(&a, today())), "old side");
        assert_eq!(shown(&pair_b), shown(&check(&b, today())), "new side");
    }

    /// The codes of `rel`'s diagnostics from `check`, and its file id.
    fn at(c: &Corpus, rel: &str) -> (Vec<&'static str>, Option<usize>) {
        let file = c.files.iter().position(|f| f.rel == rel);
        let codes = check(c, today())
            .into_iter()
            .filter(|d| Some(d.file) == file)
            .map(|d| d.code.code)
            .collect();
        (codes, file)
    }

    /// Whether some record the same on both sides (path and text) gets
    /// other diagnostics from `check`, or the same ones in another file: a
    /// change naive reuse would get wrong.
    fn changes_an_untouched_record(old: &Side, new: &Side) -> bool {
        let (a, b) = load(old, new);
        new.records
            .iter()
            .filter(|r| old.records.contains(r))
            .any(|(rel, _)| at(&a, rel) != at(&b, rel))
    }

    #[test]
    fn each_change_alone() {
        let mut wrong = Vec::new();
        for (k, (name, _)) in CHANGES.iter().enumerate() {
            let (old, new) = (base(), changed(1 << k));
            let own_record = name.starts_with("a record with diagnostics");
            assert!(
                own_record || changes_an_untouched_record(&old, &new),
                "{name}: no untouched record changes"
            );
            let (a, b) = load(&old, &new);
            let (pair_a, pair_b) = check_pair(&a, &b, today());
            if shown(&pair_a) != shown(&check(&a, today())) {
                wrong.push(format!("{name} (old side)"));
            }
            if shown(&pair_b) != shown(&check(&b, today())) {
                wrong.push(format!("{name} (new side)"));
            }
        }
        assert!(wrong.is_empty(), "not as check: {wrong:#?}");
    }

    #[test]
    fn unchanged_records_are_reused() {
        let (old, mut new) = (base(), base());
        new.edit("rikki.toml", "x(at)ouka.fi", "x@ouka.fi");
        let (a, b) = load(&old, &new);
        let checked = each_record(&a, today());
        let reused_ids: Vec<&str> = b
            .projects
            .iter()
            .filter(|p| reused(&a, &checked, &b, p).is_some())
            .map(|p| p.id.as_str())
            .collect();
        let all_but_rikki: Vec<&str> = b.ids().filter(|id| *id != "rikki").collect();
        assert_eq!(reused_ids, all_but_rikki);
        // Moved by a file added before them, still reused, in their new files.
        new.add("0-uusi.toml", record("Uusi", "alkaa = 2025-01-01\n"));
        let (a, b) = load(&old, &new);
        let checked = each_record(&a, today());
        let emo = b.project("emo/myohassa").unwrap();
        let moved = reused(&a, &checked, &b, emo).unwrap();
        assert!(!moved.is_empty());
        assert!(moved.iter().all(|d| d.file == emo.file));
        assert_ne!(a.project("emo/myohassa").unwrap().file, emo.file);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any changes on either side: each side's diagnostics are `check`'s.
        #[test]
        fn pair_is_check_on_each_side(a in 0u32..(1 << CHANGES.len()), b in 0u32..(1 << CHANGES.len())) {
            assert_as_check(&changed(a), &changed(b));
        }
    }
}
