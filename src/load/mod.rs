//! Loading a data folder: the registry, then every record, in parallel.
//!
//! Loading never stops at a broken record: each file's problems become
//! diagnostics and the rest still load, so one `hanke check` shows everything.
//! Only a missing or unparsable registry stops the run (exit status 2).

pub mod git;
pub mod reader;
pub mod record;
pub mod registry;
mod shared;
pub mod source;
pub(crate) mod syntax;
pub mod walk;

use shared::blob_id;
pub use shared::{
    Sources, load_two, load_two_streamed, load_two_with_working_tree,
    load_with_working_tree_hashed, load_with_working_tree_streamed,
};
pub use syntax::syntax_diagnostic;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use toml::de::DeTable;

use crate::diag::{Diagnostic, Severity, codes};
use crate::model::{FileId, Project, Registry, Span, id};
use reader::Reader;
pub use source::SourceFile;

/// Records larger than this are refused unread: no real record comes close.
pub const MAX_RECORD_BYTES: u64 = 10 * 1024 * 1024;

/// Everything loaded from one data folder.
#[derive(Debug, Default)]
pub struct Corpus {
    pub root: PathBuf,
    /// Source files; [`REGISTRY`] is the registry.
    pub files: Vec<SourceFile>,
    pub registry: Registry,
    /// Records that parsed as TOML, sorted by id. Shared (`Arc`): the two
    /// sides of a diff hold an unchanged record once instead of each its
    /// own deep copy (see [`shared`]).
    pub projects: Vec<Arc<Project>>,
    /// Problems found while loading (syntax, keys, types).
    pub diagnostics: Vec<Diagnostic>,
    /// Files with loading errors: reports leave them out.
    pub broken: HashSet<FileId>,
    by_id: HashMap<String, usize>,
}

/// File id of the registry.
pub const REGISTRY: FileId = 0;

/// Why a data folder could not be loaded at all.
#[derive(Debug)]
pub enum LoadError {
    NoRoot(PathBuf),
    /// The data folder's path names something else (what, for the message).
    RootNotAFolder(PathBuf, String),
    NoRegistry(PathBuf),
    /// `hanke.toml` is there but is a folder, a named pipe, ...
    RegistryNotAFile(PathBuf, String),
    /// The registry is unreadable or not TOML; the corpus holds its diagnostics.
    Registry(Box<Corpus>),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |p: &Path| p.display().to_string();
        let text = match self {
            LoadError::NoRoot(p) => crate::t!("diag-load-no-root", path = shown(p)),
            LoadError::RootNotAFolder(p, kind) => crate::t!(
                "diag-load-root-not-folder",
                path = shown(p),
                kind = kind.as_str()
            ),
            LoadError::RegistryNotAFile(p, kind) => crate::t!(
                "diag-load-registry-not-file",
                path = shown(p),
                kind = kind.as_str()
            ),
            LoadError::NoRegistry(p) => crate::t!("diag-load-no-registry", path = shown(p)),
            LoadError::Registry(c) => crate::t!(
                "diag-load-registry-unreadable",
                path = shown(&c.files[REGISTRY].path)
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LoadError {}

impl Corpus {
    pub fn project(&self, id: &str) -> Option<&Project> {
        self.by_id.get(id).map(|&i| &*self.projects[i])
    }

    /// Where the record with id `id` is in [`Corpus::projects`].
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id]
    }

    /// Records without loading errors: what reports are made of.
    pub fn sound_projects(&self) -> impl Iterator<Item = &Project> {
        self.projects
            .iter()
            .map(Arc::as_ref)
            .filter(|p| !self.broken.contains(&p.file))
    }

    /// Relative paths of the files reports leave out.
    pub fn broken_files(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .broken
            .iter()
            .filter(|&&f| f != REGISTRY)
            .map(|&f| self.files[f].rel.as_str())
            .collect();
        v.sort_unstable();
        v
    }

    /// The osahankkeet of each päähanke id.
    pub fn children(&self) -> HashMap<&str, Vec<&Project>> {
        let mut map: HashMap<&str, Vec<&Project>> = HashMap::new();
        for p in &self.projects {
            if let Some(parent) = p.paahanke() {
                map.entry(parent).or_default().push(&**p);
            }
        }
        map
    }

    /// Every päähanke cycle, each as the ids on it in the order `paahanke`
    /// leads (the first id is where the walk that found it came in).
    ///
    /// Each record is walked over once (a chain of 100 000 päähankkeet is
    /// linear, not quadratic): a walk stops at a record an earlier walk has
    /// reached. Records are marked by index, not hashed by id: one lookup
    /// per record, for its päähanke.
    pub fn parent_cycles(&self) -> Vec<Vec<&str>> {
        let mut cycles = Vec::new();
        // The walk that reached each record (0: none yet), and where on it.
        let mut walk = vec![0usize; self.projects.len()];
        let mut at = vec![0usize; self.projects.len()];
        let mut path: Vec<usize> = Vec::new();
        for start in 0..self.projects.len() {
            path.clear();
            let mut next = Some(start);
            while let Some(i) = next {
                if walk[i] == start + 1 {
                    cycles.push(path[at[i]..].iter().map(|&k| self.id_at(k)).collect());
                }
                if walk[i] != 0 {
                    break;
                }
                (walk[i], at[i]) = (start + 1, path.len());
                path.push(i);
                next = self.projects[i].paahanke().and_then(|id| self.index_of(id));
            }
        }
        cycles
    }

    fn id_at(&self, i: usize) -> &str {
        self.projects[i].id.as_str()
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.projects.iter().map(|p| p.id.as_str())
    }
}

/// Loads the registry and every record below `root`.
///
/// The registry loads beside the walk, and each record is read and parsed
/// as soon as the walk finds it: walking, reading and parsing overlap on all
/// cores instead of the walk running alone first.
pub fn load(root: &Path) -> Result<Corpus, LoadError> {
    load_reusing(root, None)
}

/// [`load`], keeping every record's text in memory: `hanke site` publishes
/// each record's source beside its page, and reading ten thousand files a
/// second time cost more than holding their text.
pub fn load_keeping_texts(root: &Path) -> Result<Corpus, LoadError> {
    load_with(root, &|found| {
        let (mut read, diagnostics) = read_text(PENDING, &found.path);
        // What is not "read again from disk" is kept (see `load_record`).
        read.from_disk = false;
        load_record(PENDING, found, (read, diagnostics))
    })
}

/// [`load`], reusing the parsed records of `known` (sorted by path) for files
/// byte for byte the same as theirs; see [`shared`].
fn load_reusing(root: &Path, known: Option<&[Loaded]>) -> Result<Corpus, LoadError> {
    load_with(root, &|found| match known {
        Some(known) => shared::load_found_reusing(found, known),
        None => {
            let read = read_text(PENDING, &found.path);
            load_record(PENDING, found, read)
        }
    })
}

/// [`load`] with each record file found loaded by `load_one`.
fn load_with(
    root: &Path,
    load_one: &(dyn Fn(walk::Found) -> Loaded + Sync),
) -> Result<Corpus, LoadError> {
    match std::fs::metadata(root) {
        Ok(m) if m.is_dir() => {}
        Ok(m) => {
            let kind = walk::file_kind(&m.file_type());
            return Err(LoadError::RootNotAFolder(root.to_path_buf(), kind));
        }
        Err(_) => return Err(LoadError::NoRoot(root.to_path_buf())),
    }
    let reg_path = root.join(walk::REGISTRY_FILE);
    match std::fs::metadata(&reg_path) {
        Ok(m) if m.is_file() => {}
        Ok(m) => {
            let kind = walk::file_kind(&m.file_type());
            return Err(LoadError::RegistryNotAFile(reg_path, kind));
        }
        Err(_) => return Err(LoadError::NoRegistry(root.to_path_buf())),
    }
    let (registry, (loaded, problems)) = rayon::join(
        || {
            let read = read_text(REGISTRY, &reg_path);
            LoadedRegistry::parse(reg_path.clone(), read)
        },
        || walk_and_load(root, load_one),
    );
    let mut corpus = Corpus {
        root: root.to_path_buf(),
        ..Corpus::default()
    };
    let Some(registry) = registry.into_corpus(&mut corpus) else {
        return Err(LoadError::Registry(Box::new(corpus)));
    };
    corpus.registry = registry;
    assemble(&mut corpus, loaded);
    for problem in problems {
        let file = corpus.files.len();
        corpus.files.push(SourceFile::new(
            problem.rel.clone(),
            root.join(&problem.rel),
            String::new(),
        ));
        corpus.diagnostics.push(
            Diagnostic::new(problem.code, file, Span::FILE_START, problem.message)
                .help(problem.help),
        );
        if problem.code.severity == crate::diag::Severity::Error {
            corpus.broken.insert(file);
        }
    }
    sort_diagnostics(&corpus.files, &mut corpus.diagnostics);
    Ok(corpus)
}

/// Walks `root` and loads each record as it is found, in parallel; returns
/// the records sorted by path (their file ids not yet given) and the walk's
/// problems.
///
/// Records are boxed while they wait: sorting 100 000 of them moves pointers,
/// not kilobytes each.
#[allow(clippy::vec_box)] // boxed on purpose: see above
fn walk_and_load(
    root: &Path,
    load_one: &(dyn Fn(walk::Found) -> Loaded + Sync),
) -> (Vec<Box<Loaded>>, Vec<walk::WalkProblem>) {
    let loaded = std::sync::Mutex::new(Vec::new());
    let mut problems = Vec::new();
    rayon::scope(|s| {
        for item in walk::records(root) {
            match item {
                Ok(found) => {
                    let loaded = &loaded;
                    s.spawn(move |_| {
                        let l = Box::new(load_one(found));
                        loaded.lock().unwrap_or_else(|e| e.into_inner()).push(l);
                    });
                }
                Err(p) => problems.push(p),
            }
        }
    });
    let mut loaded = loaded.into_inner().unwrap_or_else(|e| e.into_inner());
    loaded.par_sort_unstable_by(|a, b| a.source.rel.cmp(&b.source.rel));
    problems.sort_by(|a, b| a.rel.cmp(&b.rel));
    (loaded, problems)
}

/// The file id of a record loaded before its place in the corpus is known;
/// [`assemble`] gives the real one.
const PENDING: FileId = FileId::MAX;

/// Loads a data folder from files already in memory (e.g. read from a git
/// revision): `registry` is the text of `hanke.toml` at the root, `records`
/// the `(relative path, bytes)` of every record file. The paths must already
/// follow the walk's rules ([`walk::is_record_path`]). `root` is only a label:
/// each file's `path` becomes `root/rel`. Parsing, diagnostics and assembly
/// are those of [`load`].
pub fn load_from_sources(
    root: &Path,
    registry: Option<Vec<u8>>,
    records: Vec<(String, Vec<u8>)>,
) -> Result<Corpus, LoadError> {
    let Some(registry) = registry else {
        return Err(LoadError::NoRegistry(root.to_path_buf()));
    };
    let registry = parse_registry_bytes(root, registry);
    assemble_corpus(root, registry, parse_sources(root, records))
}

/// The registry from its bytes; `root/hanke.toml` labels it.
fn parse_registry_bytes(root: &Path, bytes: Vec<u8>) -> LoadedRegistry {
    let read = decode_text(REGISTRY, bytes);
    LoadedRegistry::parse(root.join(walk::REGISTRY_FILE), read)
}

/// Records from their `(relative path, bytes)`, parsed in parallel, sorted by path.
fn parse_sources(root: &Path, mut records: Vec<(String, Vec<u8>)>) -> Vec<Loaded> {
    records.par_sort_by(|a, b| a.0.cmp(&b.0));
    records
        .into_par_iter()
        .map(|(rel, bytes)| parse_source(root, rel, bytes))
        .collect()
}

/// One record from its relative path and bytes; `root/rel` labels it.
fn parse_source(root: &Path, rel: String, bytes: Vec<u8>) -> Loaded {
    let path = root.join(&rel);
    let read = decode_text(PENDING, bytes);
    load_record(PENDING, walk::Found { path, rel }, read)
}

/// A corpus of a registry and records loaded in memory (sorted by path).
fn assemble_corpus<L: Into<Loaded>>(
    root: &Path,
    registry: LoadedRegistry,
    loaded: Vec<L>,
) -> Result<Corpus, LoadError> {
    let mut corpus = Corpus {
        root: root.to_path_buf(),
        ..Corpus::default()
    };
    let Some(registry) = registry.into_corpus(&mut corpus) else {
        return Err(LoadError::Registry(Box::new(corpus)));
    };
    corpus.registry = registry;
    assemble(&mut corpus, loaded);
    sort_diagnostics(&corpus.files, &mut corpus.diagnostics);
    Ok(corpus)
}

/// Diagnostics in file order, then by position.
pub fn sort_diagnostics(files: &[SourceFile], diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        files[a.file]
            .rel
            .cmp(&files[b.file].rel)
            .then(a.span.start().cmp(&b.span.start()))
            .then(a.code.code.cmp(b.code.code))
    });
}

/// One record file after reading and parsing, before it joins the corpus.
#[derive(Clone)]
struct Loaded {
    source: SourceFile,
    /// Shared: a clone for the other side of a diff copies no record.
    project: Option<Arc<Project>>,
    diagnostics: Vec<Diagnostic>,
    /// The source's text is the file's bytes exactly (valid UTF-8, no
    /// byte-order mark, parsed): a file with the same bytes loads the same.
    verbatim: bool,
}

impl From<Box<Loaded>> for Loaded {
    fn from(b: Box<Loaded>) -> Self {
        *b
    }
}

/// The registry after reading and parsing, before it joins the corpus.
#[derive(Clone)]
struct LoadedRegistry {
    source: SourceFile,
    registry: Option<Registry>,
    diagnostics: Vec<Diagnostic>,
}

impl LoadedRegistry {
    fn parse(path: PathBuf, (read, mut diagnostics): (Read, Vec<Diagnostic>)) -> Self {
        let source = SourceFile::new(walk::REGISTRY_FILE.to_string(), path, read.text);
        let src = source.text();
        let mut registry = None;
        if read.parse {
            match DeTable::parse(src) {
                Ok(table) => {
                    let mut r = Reader::new(REGISTRY, src);
                    registry = Some(registry::read_registry(&mut r, table.get_ref()));
                    diagnostics.extend(r.finish());
                }
                Err(e) => diagnostics.push(syntax_diagnostic(REGISTRY, src, &e)),
            }
        }
        for d in &mut diagnostics {
            if d.code != codes::SYNTAX && d.code != codes::UNREADABLE && d.code != codes::NOT_UTF8 {
                continue;
            }
            d.notes.push(crate::t!("diag-load-registry-note"));
        }
        LoadedRegistry {
            source,
            registry,
            diagnostics,
        }
    }

    /// Makes the registry the corpus's first file; `None` when it could not
    /// be read at all.
    fn into_corpus(self, corpus: &mut Corpus) -> Option<Registry> {
        debug_assert!(corpus.files.is_empty());
        corpus.files.push(self.source);
        if self
            .diagnostics
            .iter()
            .any(|d| d.severity() == Severity::Error)
        {
            corpus.broken.insert(REGISTRY);
        }
        corpus.diagnostics.extend(self.diagnostics);
        self.registry
    }
}

fn load_record(
    file: FileId,
    found: walk::Found,
    (read, mut diagnostics): (Read, Vec<Diagnostic>),
) -> Loaded {
    let verbatim = read.parse && !diagnostics.iter().any(|d| d.code == codes::NOT_UTF8);
    #[cfg(test)]
    shared::tests::parsed(&found.path);
    let id = found
        .rel
        .strip_suffix(".toml")
        .unwrap_or(&found.rel)
        .to_string();
    if id::id_problem(&id).is_some() {
        let suggestion = id.split('/').map(id::slug).collect::<Vec<_>>().join("/");
        diagnostics.push(
            Diagnostic::new(
                codes::BAD_ID,
                file,
                Span::FILE_START,
                bad_id_message(&found.rel, &id),
            )
            .help(crate::t!(
                "rule-h004-help",
                name = format!("{suggestion}.toml")
            )),
        );
    }
    let project = if read.parse {
        parse_project(file, &read.text, id, &mut diagnostics).map(Arc::new)
    } else {
        None
    };
    // Text that loaded cleanly is dropped now and read again only if a rule reports on it.
    let source = if read.parse && diagnostics.is_empty() && read.from_disk {
        SourceFile::on_disk(found.rel, found.path)
    } else {
        SourceFile::new(found.rel, found.path, read.text)
    };
    Loaded {
        source,
        project,
        diagnostics,
        verbatim,
    }
}

/// H004's message: the first thing in the file name `rel` (id `id`) that
/// makes no id, as [`id::id_problem`] finds it.
fn bad_id_message(rel: &str, id: &str) -> String {
    for segment in id.split('/') {
        if segment.is_empty() {
            break;
        }
        if let Some(c) = segment
            .chars()
            .find(|c| !matches!(c, 'a'..='z' | '0'..='9' | '-'))
        {
            let char = c.escape_debug().to_string();
            return crate::t!("rule-h004-char", file = rel, char = char);
        }
    }
    crate::t!("rule-h004-empty", file = rel)
}

fn parse_project(
    file: FileId,
    text: &str,
    id: String,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Project> {
    match DeTable::parse(text) {
        Ok(table) => {
            let mut r = Reader::new(file, text);
            let mut p = record::read_project(&mut r, table.get_ref(), id);
            p.parse = crate::model::ParseId::next();
            diagnostics.extend(r.finish());
            Some(p)
        }
        Err(e) => {
            diagnostics.push(syntax_diagnostic(file, text, &e));
            None
        }
    }
}

/// A file's text, and whether it may be parsed.
pub struct Read {
    pub text: String,
    pub parse: bool,
    /// Read from a file that can be read again (not from git or memory).
    pub from_disk: bool,
}

/// Reads a file from disk (refusing oversized ones unread), then [`decode_text`].
pub fn read_text(file: FileId, path: &Path) -> (Read, Vec<Diagnostic>) {
    decode_read(file, read_bytes(path))
}

/// What [`read_bytes`] gave, as [`read_text`] returns it.
fn decode_read(
    file: FileId,
    read: std::io::Result<Result<Vec<u8>, u64>>,
) -> (Read, Vec<Diagnostic>) {
    let unparsable = Read {
        text: String::new(),
        parse: false,
        from_disk: true,
    };
    let mut diagnostics = Vec::new();
    match read {
        Ok(Ok(bytes)) => {
            let (mut read, d) = decode_text(file, bytes);
            read.from_disk = true;
            (read, d)
        }
        Ok(Err(size)) => {
            diagnostics.push(too_large(file, size));
            (unparsable, diagnostics)
        }
        Err(e) => {
            diagnostics.push(
                Diagnostic::new(
                    codes::UNREADABLE,
                    file,
                    Span::FILE_START,
                    crate::t!("rule-h001-read", reason = walk::io_reason(&e)),
                )
                .help(crate::t!("rule-h001-read-help")),
            );
            (unparsable, diagnostics)
        }
    }
}

/// The file's bytes, or its size when it is too large to be a record: one
/// open, one size query from the open file, one read (and the read that
/// finds the end).
///
/// The read goes through `Take`, not `File::read_to_end`, which would ask
/// the file its size and position again: two more system calls per record.
/// `Take` also caps a file that grows after the size query.
fn read_bytes(path: &Path) -> std::io::Result<Result<Vec<u8>, u64>> {
    use std::io::Read as _;
    let f = std::fs::File::open(path)?;
    let len = f.metadata()?.len();
    if len > MAX_RECORD_BYTES {
        return Ok(Err(len));
    }
    let mut bytes = Vec::with_capacity(len as usize + 1);
    f.take(MAX_RECORD_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok(bytes))
}

fn too_large(file: FileId, size: u64) -> Diagnostic {
    Diagnostic::new(
        codes::TOO_LARGE,
        file,
        Span::FILE_START,
        crate::t!(
            "rule-h005",
            size = (size / (1024 * 1024)),
            max = (MAX_RECORD_BYTES / (1024 * 1024))
        ),
    )
    .help(crate::t!("rule-h005-help"))
}

/// Bytes as UTF-8 text, with the problems found; a BOM is reported but
/// stripped. Text that is not UTF-8 is kept (lossily) for display only.
fn decode_text(file: FileId, bytes: Vec<u8>) -> (Read, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        diagnostics.push(too_large(file, bytes.len() as u64));
        let unparsable = Read {
            text: String::new(),
            parse: false,
            from_disk: false,
        };
        return (unparsable, diagnostics);
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
                diagnostics.push(
                    Diagnostic::new(
                        codes::NOT_UTF8,
                        file,
                        Span::FILE_START,
                        crate::t!("rule-h002-bom"),
                    )
                    .label(crate::t!("rule-h002-bom-label"))
                    .help(crate::t!("rule-h002-bom-help")),
                );
            }
            (
                Read {
                    text,
                    parse: true,
                    from_disk: false,
                },
                diagnostics,
            )
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let span = Span::new(at.min(lossy.len()), at.min(lossy.len()));
            diagnostics.push(
                Diagnostic::new(codes::NOT_UTF8, file, span, crate::t!("rule-h002"))
                    .label(crate::t!("rule-h002-label"))
                    .help(crate::t!("rule-h002-help")),
            );
            // Keep the lossy text for showing the line, but do not parse it.
            (
                Read {
                    text: lossy,
                    parse: false,
                    from_disk: false,
                },
                diagnostics,
            )
        }
    }
}

/// Gives a record its file id and its cost model (resolved once for every
/// rule and report). A record shared with the other side of a diff is
/// copied only when these differ between the sides: the loaders set them
/// for one side before sharing ([`shared`]), and an unchanged file keeps
/// its id when no file before it was added or removed.
fn place(p: &mut Arc<Project>, file: FileId, registry: &Registry) {
    let cost_model = p
        .kustannusmalli
        .as_ref()
        .and_then(|k| registry.cost_model(&k.value))
        .cloned();
    if p.file != file || p.cost_model != cost_model {
        let p = Arc::make_mut(p);
        p.file = file;
        p.cost_model = cost_model;
    }
}

fn assemble<L: Into<Loaded>>(corpus: &mut Corpus, loaded: Vec<L>) {
    corpus.files.reserve(loaded.len());
    corpus.projects.reserve(loaded.len());
    for l in loaded {
        let mut l: Loaded = l.into();
        let file = corpus.files.len();
        for d in &mut l.diagnostics {
            d.file = file;
        }
        if let Some(p) = &mut l.project {
            place(p, file, &corpus.registry);
        }
        if l.project.is_none()
            || l.diagnostics
                .iter()
                .any(|d| d.severity() == Severity::Error)
        {
            corpus.broken.insert(file);
        }
        corpus.files.push(l.source);
        corpus.diagnostics.extend(l.diagnostics);
        if let Some(p) = l.project {
            corpus.projects.push(p);
        }
    }
    corpus.by_id = corpus
        .projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), i))
        .collect();
}
