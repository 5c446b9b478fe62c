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

use std::path::Path;

use rayon::prelude::*;

use super::{
    Corpus, LoadError, Loaded, LoadedRegistry, PENDING, SourceFile, assemble_corpus, decode_read,
    load_record, load_reusing, parse_registry_bytes, parse_source, parse_sources, read_bytes, walk,
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
    let (reg_a, reg_b) = match (a.registry, b.registry) {
        (Some(x), Some(y)) if x == y => {
            let r = parse_registry_bytes(root, contents[x].clone());
            (Some(r.clone()), Some(r))
        }
        (x, y) => (
            x.map(|x| parse_registry_bytes(root, contents[x].clone())),
            y.map(|y| parse_registry_bytes(root, contents[y].clone())),
        ),
    };
    let mut distinct: Vec<(&str, usize)> = a
        .records
        .iter()
        .chain(&b.records)
        .map(|(rel, c)| (rel.as_str(), *c))
        .collect();
    distinct.par_sort_unstable();
    distinct.dedup();
    let files = owned_contents(contents, distinct.iter().map(|&(rel, c)| (rel, c)));
    // In `distinct`'s order: sorted by path, then content.
    let parsed: Vec<Loaded> = files
        .into_par_iter()
        .map(|(rel, bytes)| parse_source(root, rel, bytes))
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
    let loaded_b: Vec<Loaded> = pos_b.par_iter().map(|&p| parsed[p].clone()).collect();
    let mut parsed: Vec<Option<Loaded>> = parsed.into_iter().map(Some).collect();
    let loaded_a: Vec<Loaded> = pos_a.iter().filter_map(|&p| parsed[p].take()).collect();
    rayon::join(
        || side(root, reg_a, loaded_a),
        || side(root, reg_b, loaded_b),
    )
}

/// A side from git (`base`, files in `contents`) and the working tree at
/// `root`: a working-tree file byte for byte the same as the base's file at
/// its path reuses the base's parsed record instead of being parsed again.
pub fn load_two_with_working_tree(root: &Path, contents: Vec<Vec<u8>>, base: &Sources) -> Loaded2 {
    let registry = base
        .registry
        .map(|c| parse_registry_bytes(root, contents[c].clone()));
    let files = owned_contents(
        contents,
        base.records.iter().map(|(rel, c)| (rel.as_str(), *c)),
    );
    let loaded = parse_sources(root, files);
    let working = load_reusing(root, Some(&loaded));
    (side(root, registry, loaded), working)
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

/// The bytes of each `(path, content)`: moved out of `contents` at a
/// content's last use, copied before (a file copied to a second path).
fn owned_contents<'a>(
    contents: Vec<Vec<u8>>,
    wanted: impl Iterator<Item = (&'a str, usize)> + Clone,
) -> Vec<(String, Vec<u8>)> {
    let mut uses = vec![0usize; contents.len()];
    for (_, c) in wanted.clone() {
        uses[c] += 1;
    }
    let mut contents: Vec<Option<Vec<u8>>> = contents.into_iter().map(Some).collect();
    wanted
        .map(|(rel, c)| {
            uses[c] -= 1;
            let bytes = if uses[c] == 0 {
                contents[c].take()
            } else {
                contents[c].clone()
            };
            (rel.to_string(), bytes.unwrap_or_default())
        })
        .collect()
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
            let text = String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            Loaded {
                source: SourceFile::new(found.rel, found.path, text),
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
        let alone = |s: &Sources| {
            let records = s
                .records
                .iter()
                .map(|(rel, c)| (rel.clone(), contents[*c].clone()))
                .collect();
            load_from_sources(&root, Some(contents[0].clone()), records).unwrap()
        };
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
}
