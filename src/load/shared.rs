//! Loading the two sides of a diff together, so that a file unchanged
//! between them is read and parsed once.
//!
//! A pull request changes a handful of records out of thousands, and parsing
//! is most of the cost of loading (bench/RESULTS.md): parsing every file of
//! both sides did the same work twice. Here each distinct file (the same
//! path with the same bytes; for git, the same blob) is parsed once and the
//! other side gets a clone of the parsed record. Parsing depends only on the
//! path and the bytes, so the clone is what parsing again would give; the
//! rules still run on each side's whole corpus, since many look at other
//! records.
//!
//! The clone shares the record (an `Arc`) instead of copying it: copying
//! thousands of records cost more than a tenth of a diff, most of it the
//! kernel zeroing the fresh memory. What differs between the sides is set
//! on the record when a corpus is assembled (its file id, its cost model,
//! [`super::place`]); a shared record is given one side's values before it
//! is shared, and the other side copies it only when its values differ
//! (files added or removed before it, a changed cost model).

use std::convert::Infallible;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;

use super::{
    Corpus, LoadError, Loaded, LoadedRegistry, PENDING, REGISTRY, SourceFile, assemble_corpus,
    decode_read, decode_text, load_record, load_reusing, load_with, parse_project,
    parse_registry_bytes, parse_source, place, read_bytes, walk,
};

/// One side's files, as indices into the contents handed over with them.
#[derive(Debug, Default)]
pub struct Sources {
    /// The registry `hanke.toml`, when the side has one.
    pub registry: Option<usize>,
    /// Each record file: its path below the data folder (following the
    /// walk's rules, [`walk::is_record_path`]) and its content.
    pub records: Vec<(String, usize)>,
}

type Loaded2 = (Result<Corpus, LoadError>, Result<Corpus, LoadError>);

/// Two sides whose files are `contents[i]` (e.g. two git revisions): each
/// distinct (path, content) is parsed once. `root` labels both, as in
/// [`super::load_from_sources`].
pub fn load_two(root: &Path, contents: Vec<Vec<u8>>, a: &Sources, b: &Sources) -> Loaded2 {
    let n = contents.len();
    infallible(load_two_streamed(root, n, a, b, feed_all(contents)))
}

/// A reader for the `_streamed` loaders that hands over contents already read.
fn feed_all(
    contents: Vec<Vec<u8>>,
) -> impl FnOnce(&mut dyn FnMut(usize, Vec<u8>)) -> Result<(), Infallible> + Send {
    move |feed| {
        contents
            .into_iter()
            .enumerate()
            .for_each(|(i, c)| feed(i, c));
        Ok(())
    }
}

fn infallible<T>(r: Result<T, Infallible>) -> T {
    match r {
        Ok(t) => t,
        Err(never) => match never {},
    }
}

/// [`load_two`] with the contents arriving one by one: `read` hands each
/// content's index and bytes to the function it is given, in any order,
/// each once (e.g. as `git cat-file --batch` writes them out of its pipe).
/// Each file is parsed on the thread pool as soon as its bytes arrive, so
/// parsing overlaps the reading instead of waiting for the last file.
pub fn load_two_streamed<E: Send>(
    root: &Path,
    n_contents: usize,
    a: &Sources,
    b: &Sources,
    read: impl FnOnce(&mut dyn FnMut(usize, Vec<u8>)) -> Result<(), E> + Send,
) -> Result<Loaded2, E> {
    let [(reg_a, loaded_a), (reg_b, loaded_b)] = parse_streamed(root, n_contents, a, b, read)?;
    Ok(rayon::join(
        || side(root, reg_a, loaded_a),
        || side(root, reg_b, loaded_b),
    ))
}

/// One side's parsed registry and records (sorted by path), before assembly.
type Parsed = (Option<LoadedRegistry>, Vec<Loaded>);

/// The parsing of [`load_two_streamed`]: each side's registry and records.
fn parse_streamed<E: Send>(
    root: &Path,
    n_contents: usize,
    a: &Sources,
    b: &Sources,
    read: impl FnOnce(&mut dyn FnMut(usize, Vec<u8>)) -> Result<(), E> + Send,
) -> Result<[Parsed; 2], E> {
    let mut distinct: Vec<(&str, usize)> = a
        .records
        .iter()
        .chain(&b.records)
        .map(|(rel, c)| (rel.as_str(), *c))
        .collect();
    distinct.par_sort_unstable();
    distinct.dedup();
    // Which positions of `distinct` each content feeds.
    let mut uses: Vec<Vec<usize>> = vec![Vec::new(); n_contents];
    for (p, &(_, c)) in distinct.iter().enumerate() {
        uses[c].push(p);
    }
    let registries: Vec<usize> = a.registry.iter().chain(&b.registry).copied().collect();
    let mut registry_bytes: Vec<(usize, Vec<u8>)> = Vec::new();
    let slots: Vec<OnceLock<Loaded>> = (0..distinct.len()).map(|_| OnceLock::new()).collect();
    let read_result = rayon::scope(|s| {
        let (slots, distinct) = (&slots, &distinct);
        let registry_bytes = &mut registry_bytes;
        let mut feed = |c: usize, bytes: Vec<u8>| {
            if registries.contains(&c) {
                registry_bytes.push((c, bytes.clone()));
            }
            let Some(positions) = uses.get_mut(c).map(std::mem::take) else {
                return;
            };
            let mut bytes = Some(bytes);
            for (k, &p) in positions.iter().enumerate() {
                // Moved into the last parse, copied for the ones before (a
                // file copied to a second path).
                let bytes = if k + 1 == positions.len() {
                    bytes.take().unwrap_or_default()
                } else {
                    bytes.clone().unwrap_or_default()
                };
                s.spawn(move |_| {
                    let rel = distinct[p].0.to_string();
                    let _ = slots[p].set(parse_source(root, rel, bytes));
                });
            }
        };
        read(&mut feed)
    });
    read_result?;
    let registry = |c: Option<usize>| {
        let c = c?;
        let bytes = registry_bytes.iter().find(|(i, _)| *i == c)?.1.clone();
        Some(parse_registry_bytes(root, bytes))
    };
    let (reg_a, reg_b) = match (a.registry, b.registry) {
        (Some(x), Some(y)) if x == y => {
            let r = registry(Some(x));
            (r.clone(), r)
        }
        (x, y) => (registry(x), registry(y)),
    };
    // In `distinct`'s order: sorted by path, then content. A content that
    // never arrived (the reader broke off) parses as an empty file.
    let mut parsed: Vec<Loaded> = slots
        .into_iter()
        .zip(&distinct)
        .map(|(slot, &(rel, _))| {
            slot.into_inner()
                .unwrap_or_else(|| parse_source(root, rel.to_string(), Vec::new()))
        })
        .collect();
    // Each side's records, sorted by path (a side has each path once).
    let positions = |s: &Sources| -> Vec<usize> {
        let mut p: Vec<usize> = s
            .records
            .iter()
            .filter_map(|(rel, c)| distinct.binary_search(&(rel.as_str(), *c)).ok())
            .collect();
        p.sort_unstable();
        p
    };
    let (pos_a, pos_b) = (positions(a), positions(b));
    // Side a's file ids and cost models, while each record has one owner.
    if let Some(registry) = reg_a.as_ref().and_then(|r| r.registry.as_ref()) {
        for (k, &p) in pos_a.iter().enumerate() {
            if let Some(project) = &mut parsed[p].project {
                place(project, REGISTRY + 1 + k, registry);
            }
        }
    }
    let loaded_b: Vec<Loaded> = pos_b.par_iter().map(|&p| parsed[p].clone()).collect();
    let mut parsed: Vec<Option<Loaded>> = parsed.into_iter().map(Some).collect();
    let loaded_a: Vec<Loaded> = pos_a.iter().filter_map(|&p| parsed[p].take()).collect();
    Ok([(reg_a, loaded_a), (reg_b, loaded_b)])
}

/// A side from git (`base`, files in `contents`) and the working tree at
/// `root`: a working-tree file byte for byte the same as the base's file at
/// its path reuses the base's parsed record instead of being parsed again.
pub fn load_two_with_working_tree(root: &Path, contents: Vec<Vec<u8>>, base: &Sources) -> Loaded2 {
    let n = contents.len();
    infallible(load_with_working_tree_streamed(
        root,
        n,
        base,
        feed_all(contents),
    ))
}

/// [`load_two_with_working_tree`] with the base's contents arriving one by
/// one, parsed as they come (see [`load_two_streamed`]).
pub fn load_with_working_tree_streamed<E: Send>(
    root: &Path,
    n_contents: usize,
    base: &Sources,
    read: impl FnOnce(&mut dyn FnMut(usize, Vec<u8>)) -> Result<(), E> + Send,
) -> Result<Loaded2, E> {
    let [(registry, loaded), _] =
        parse_streamed(root, n_contents, base, &Sources::default(), read)?;
    let working = load_reusing(root, Some(&loaded));
    Ok((side(root, registry, loaded), working))
}

/// The base from git and the working tree at `root`, where each base file
/// is known by its git blob id (`blob_ids[c]`, SHA-1 in hex): the working
/// tree is loaded first, and a working-tree file whose bytes hash to the
/// base's blob id at its path *is* the base's file, byte for byte. It is
/// read and parsed once for both sides, and git is asked only for the
/// blobs that differ (a pull request's handful), through `read`, which is
/// given the indices of the contents wanted.
///
/// Nothing here trusts git's index or stat cache: the hash is of the bytes
/// just read, and git names a blob by that same hash, so equal ids are
/// equal bytes.
pub fn load_with_working_tree_hashed<E: Send>(
    root: &Path,
    blob_ids: &[&str],
    base: &Sources,
    read: impl FnOnce(&[usize], &mut dyn FnMut(usize, Vec<u8>)) -> Result<(), E> + Send,
) -> Result<Loaded2, E> {
    let in_base: std::collections::HashMap<&str, &str> = base
        .records
        .iter()
        .filter_map(|(rel, c)| Some((rel.as_str(), *blob_ids.get(*c)?)))
        .collect();
    // The working tree's files that are the base's, loaded with their text
    // kept (both sides compare it), one clone for the base side. The clone
    // leaves the record out (noting whether there is one): it is shared
    // from the working tree's corpus once that is assembled, with the
    // working tree's file id, which the base's usually is too. Shared
    // before, the assembly would have copied it to give it its id.
    let same: Mutex<Vec<(Loaded, bool)>> = Mutex::new(Vec::new());
    let working = load_with(root, &|found| {
        let wanted = in_base.get(found.rel.as_str()).copied();
        match (wanted, read_bytes(&found.path)) {
            (Some(id), Ok(Ok(bytes))) if blob_id(&bytes) == id => {
                let l = load_record(PENDING, found, decode_text(PENDING, bytes));
                let base = Loaded {
                    source: l.source.clone(),
                    project: None,
                    diagnostics: l.diagnostics.clone(),
                    verbatim: l.verbatim,
                };
                same.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((base, l.project.is_some()));
                l
            }
            (_, bytes) => load_record(PENDING, found, decode_read(PENDING, bytes)),
        }
    });
    let mut same = same.into_inner().unwrap_or_else(|e| e.into_inner());
    same.par_sort_unstable_by(|a, b| a.0.source.rel.cmp(&b.0.source.rel));
    let same = share_records(same, &working);
    let is_same = |rel: &str| {
        same.binary_search_by(|l| l.source.rel.as_str().cmp(rel))
            .is_ok()
    };
    // The rest of the base from git.
    let rest = Sources {
        registry: base.registry,
        records: base
            .records
            .iter()
            .filter(|(rel, _)| !is_same(rel))
            .cloned()
            .collect(),
    };
    let mut wanted: Vec<usize> = rest
        .registry
        .iter()
        .copied()
        .chain(rest.records.iter().map(|(_, c)| *c))
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let [(registry, parsed), _] =
        parse_streamed(root, blob_ids.len(), &rest, &Sources::default(), |feed| {
            read(&wanted, feed)
        })?;
    let mut loaded = same;
    loaded.extend(parsed);
    loaded.par_sort_unstable_by(|a, b| a.source.rel.cmp(&b.source.rel));
    Ok((side(root, registry, loaded), working))
}

/// The base's records that are the working tree's files (`same`, sorted by
/// path, each noting whether it has a record), given the working tree's
/// parsed records. When the working tree did not load (its registry), they
/// are parsed again from their kept text.
fn share_records(
    mut same: Vec<(Loaded, bool)>,
    working: &Result<Corpus, LoadError>,
) -> Vec<Loaded> {
    match working {
        Ok(c) => {
            for p in &c.projects {
                let rel = c.files[p.file].rel.as_str();
                if let Ok(i) = same.binary_search_by(|(l, _)| l.source.rel.as_str().cmp(rel)) {
                    same[i].0.project = Some(p.clone());
                }
            }
        }
        Err(_) => {
            same.par_iter_mut()
                .filter(|(_, has)| *has)
                .for_each(|(l, _)| l.project = reparse(l));
        }
    }
    same.into_iter().map(|(l, _)| l).collect()
}

/// The record of a loaded file parsed again from its kept text.
fn reparse(l: &Loaded) -> Option<std::sync::Arc<crate::model::Project>> {
    let rel = l.source.rel.as_str();
    let id = rel.strip_suffix(".toml").unwrap_or(rel).to_string();
    parse_project(PENDING, l.source.text(), id, &mut Vec::new()).map(std::sync::Arc::new)
}

/// The git blob id (SHA-1, lowercase hex) of `bytes`.
pub(super) fn blob_id(bytes: &[u8]) -> String {
    use sha1::{Digest, Sha1};
    let mut h = Sha1::new();
    h.update(format!("blob {}\0", bytes.len()).as_bytes());
    h.update(bytes);
    let digest = h.finalize();
    let mut hex = String::with_capacity(40);
    for b in digest {
        use std::fmt::Write as _;
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

fn side(
    root: &Path,
    registry: Option<LoadedRegistry>,
    loaded: Vec<Loaded>,
) -> Result<Corpus, LoadError> {
    match registry {
        Some(r) => assemble_corpus(root, r, loaded),
        None => Err(LoadError::NoRegistry(root.to_path_buf())),
    }
}

/// A working-tree file found by the walk: `known`'s parsed record for its
/// path when the bytes are the same, else read and parsed as [`super::load`]
/// does. The text is kept either way: a diff compares every file's text.
pub(super) fn load_found_reusing(found: walk::Found, known: &[Loaded]) -> Loaded {
    let same = known
        .binary_search_by(|k| k.source.rel.as_str().cmp(&found.rel))
        .ok()
        .map(|i| &known[i])
        .filter(|k| k.verbatim);
    match (same, read_bytes(&found.path)) {
        (Some(k), Ok(Ok(bytes))) if k.source.text().as_bytes() == bytes.as_slice() => {
            // The same bytes: the base's text, shared, stands for them.
            let text = k.source.kept_text().cloned().unwrap_or_else(|| {
                std::sync::Arc::new(
                    String::from_utf8(bytes)
                        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
                )
            });
            Loaded {
                source: SourceFile::shared(found.rel, found.path, text),
                project: k.project.clone(),
                diagnostics: k.diagnostics.clone(),
                verbatim: true,
            }
        }
        (_, bytes) => load_record(PENDING, found, decode_read(PENDING, bytes)),
    }
}

#[cfg(test)]
pub(super) mod tests {
    use std::path::PathBuf;
    use std::sync::Mutex;

    use super::*;
    use crate::load::{load, load_from_sources};

    /// Every record path parsed in this test process (tests run in
    /// parallel: each test looks only at paths below its own label).
    static PARSED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

    pub fn parsed(path: &Path) {
        PARSED
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(path.to_path_buf());
    }

    fn parsed_below(root: &Path) -> Vec<String> {
        let mut v: Vec<String> = PARSED
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .filter_map(|p| p.strip_prefix(root).ok())
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .collect();
        v.sort();
        v
    }

    const REGISTRY: &str = "[salkut.KONSTI]\nnimi = \"K\"\n";

    fn record(nimi: &str) -> String {
        format!(
            "nimi = \"{nimi}\"\nsalkku = \"KONSTI\"\nvaihe = \"käynnissä\"\nalkaa = 2025-01-01\n"
        )
    }

    /// Everything a corpus holds that a report or rule reads.
    fn shape(c: &Corpus) -> String {
        let files: Vec<(&str, &str)> = c.files.iter().map(|f| (f.rel.as_str(), f.text())).collect();
        let mut broken: Vec<_> = c.broken.iter().collect();
        broken.sort();
        format!(
            "{files:?}\n{:?}\n{:?}\n{broken:?}\n{:?}",
            c.projects, c.diagnostics, c.registry
        )
    }

    /// One side loaded by itself, as a plain load of `s`'s files would: what
    /// the shared loaders must agree with.
    fn load_alone(root: &Path, contents: &[Vec<u8>], s: &Sources) -> Corpus {
        let records = s
            .records
            .iter()
            .map(|(rel, c)| (rel.clone(), contents[*c].clone()))
            .collect();
        load_from_sources(root, Some(contents[0].clone()), records).unwrap()
    }

    #[test]
    fn two_revisions_parse_each_distinct_file_once() {
        let root = PathBuf::from("/two-revisions-test");
        let contents: Vec<Vec<u8>> = vec![
            REGISTRY.into(),
            record("A").into(),
            record("B").into(),
            record("B, muutettu").into(),
            "nimi = \"rikki\nsalkku = 1".into(), // a syntax error
            record("C").into(),
            b"\xef\xbb\xbfnimi = \"BOM\"\n".to_vec(),
        ];
        let base = Sources {
            registry: Some(0),
            records: vec![
                ("a.toml".into(), 1),
                ("b.toml".into(), 2),
                ("rikki.toml".into(), 4),
                ("c.toml".into(), 5),
                ("bom.toml".into(), 6),
            ],
        };
        let head = Sources {
            registry: Some(0),
            records: vec![
                ("a.toml".into(), 1),
                ("b.toml".into(), 3),        // changed
                ("rikki.toml".into(), 4),    // unchanged, still broken
                ("kansio/c.toml".into(), 5), // renamed: same blob, new id
                ("bom.toml".into(), 6),
                ("a-kopio.toml".into(), 1), // copied
            ],
        };
        let alone = |s: &Sources| load_alone(&root, &contents, s);
        let (want_a, want_b) = (alone(&base), alone(&head));
        let before = parsed_below(&root).len();
        let (a, b) = load_two(&root, contents.clone(), &base, &head);
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(shape(&a), shape(&want_a));
        assert_eq!(shape(&b), shape(&want_b));
        // Parsed once each: 5 files of the base, plus the changed, the
        // renamed and the copied file of the head.
        let after = parsed_below(&root);
        assert_eq!(after.len() - before, 8, "{after:?}");
    }

    #[test]
    fn working_tree_reuses_the_base_for_the_same_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let files: [(&str, Vec<u8>); 6] = [
            ("a.toml", record("A").into()),
            ("b.toml", record("B, muutettu").into()),
            ("uusi.toml", record("Uusi").into()),
            ("bom.toml", b"\xef\xbb\xbfnimi = \"BOM\"\n".to_vec()),
            ("ei-utf8.toml", b"nimi = \"\xe4\"\n".to_vec()),
            ("rikki.toml", b"nimi = \"rikki\nsalkku = 1".to_vec()),
        ];
        std::fs::write(root.join("hanke.toml"), REGISTRY).unwrap();
        for (rel, bytes) in &files {
            std::fs::write(root.join(rel), bytes).unwrap();
        }
        // The base: b.toml had other text, bom.toml none, uusi.toml was not there.
        let contents: Vec<Vec<u8>> = vec![
            REGISTRY.into(),
            record("A").into(),
            record("B").into(),
            b"nimi = \"BOM\"\n".to_vec(),
            b"nimi = \"\xe4\"\n".to_vec(),
            b"nimi = \"rikki\nsalkku = 1".to_vec(),
        ];
        let base = Sources {
            registry: Some(0),
            records: vec![
                ("a.toml".into(), 1),
                ("b.toml".into(), 2),
                ("bom.toml".into(), 3),
                ("ei-utf8.toml".into(), 4),
                ("rikki.toml".into(), 5),
            ],
        };
        let want = load(root).unwrap();
        let from_disk = parsed_below(root).len();
        let (_, working) = load_two_with_working_tree(root, contents, &base);
        let working = working.unwrap();
        assert_eq!(shape(&working), shape(&want));
        // From disk: only what differs from the base or cannot be compared
        // byte for byte (a BOM, bytes that are not UTF-8).
        // The base's 5 files, then b (changed), uusi (new), bom.toml (a BOM
        // the base did not have) and ei-utf8.toml (never compared).
        let parsed = parsed_below(root);
        assert_eq!(parsed.len() - from_disk, 5 + 4, "{parsed:?}");
    }
    /// The record with id `id`, shared or not.
    fn arc<'c>(c: &'c Corpus, id: &str) -> &'c std::sync::Arc<crate::model::Project> {
        c.projects.iter().find(|p| p.id == id).unwrap()
    }

    #[test]
    fn two_revisions_share_unchanged_records() {
        let root = PathBuf::from("/two-revisions-share-test");
        let contents: Vec<Vec<u8>> = vec![
            REGISTRY.into(),
            record("A").into(),
            record("B").into(),
            record("B, muutettu").into(),
            record("C").into(),
        ];
        let files = |b: usize| Sources {
            registry: Some(0),
            records: vec![
                ("a.toml".into(), 1),
                ("b.toml".into(), b),
                ("c.toml".into(), 4),
            ],
        };
        let (a, b) = load_two(&root, contents.clone(), &files(2), &files(3));
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(std::sync::Arc::ptr_eq(arc(&a, "a"), arc(&b, "a")));
        assert!(std::sync::Arc::ptr_eq(arc(&a, "c"), arc(&b, "c")));
        assert!(!std::sync::Arc::ptr_eq(arc(&a, "b"), arc(&b, "b")));
        // A file added before them moves their ids: copies, each with its own.
        let mut moved = files(3);
        moved.records.push(("0-uusi.toml".into(), 2));
        let (a, b) = load_two(&root, contents, &files(2), &moved);
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(!std::sync::Arc::ptr_eq(arc(&a, "a"), arc(&b, "a")));
        assert_eq!((arc(&a, "c").file, arc(&b, "c").file), (3, 4));
    }

    /// `load_with_working_tree_hashed` with the base's blobs in memory.
    fn hashed(root: &Path, contents: &[Vec<u8>], base: &Sources) -> Loaded2 {
        let ids: Vec<String> = contents.iter().map(|c| blob_id(c)).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let read = |wanted: &[usize], feed: &mut dyn FnMut(usize, Vec<u8>)| {
            wanted.iter().for_each(|&c| feed(c, contents[c].clone()));
            Ok::<(), Infallible>(())
        };
        infallible(load_with_working_tree_hashed(root, &ids, base, read))
    }

    #[test]
    fn hashed_working_tree_shares_the_base_records() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("hanke.toml"), REGISTRY).unwrap();
        for (rel, nimi) in [("a.toml", "A"), ("b.toml", "B, muutettu"), ("c.toml", "C")] {
            std::fs::write(root.join(rel), record(nimi)).unwrap();
        }
        let contents: Vec<Vec<u8>> = vec![
            REGISTRY.into(),
            record("A").into(),
            record("B").into(),
            record("C").into(),
            b"nimi = \"rikki\nsalkku = 1".to_vec(),
        ];
        let base = Sources {
            registry: Some(0),
            records: vec![
                ("a.toml".into(), 1),
                ("b.toml".into(), 2),
                ("c.toml".into(), 3),
            ],
        };
        let alone = |s: &Sources| load_alone(root, &contents, s);
        let (old, working) = hashed(root, &contents, &base);
        let (old, working) = (old.unwrap(), working.unwrap());
        assert_eq!(shape(&old), shape(&alone(&base)));
        assert_eq!(shape(&working), shape(&load(root).unwrap()));
        assert!(std::sync::Arc::ptr_eq(arc(&old, "a"), arc(&working, "a")));
        assert!(std::sync::Arc::ptr_eq(arc(&old, "c"), arc(&working, "c")));
        assert!(!std::sync::Arc::ptr_eq(arc(&old, "b"), arc(&working, "b")));

        // A working tree whose registry does not load: the base still has
        // its records, parsed again.
        std::fs::write(root.join("hanke.toml"), "[salkut\n").unwrap();
        let mut broken = base;
        broken.records.push(("rikki.toml".into(), 4));
        std::fs::write(root.join("rikki.toml"), &contents[4]).unwrap();
        let (old, working) = hashed(root, &contents, &broken);
        assert!(matches!(working, Err(LoadError::Registry(_))));
        assert_eq!(shape(&old.unwrap()), shape(&alone(&broken)));
    }
}
