//! Reading the data folder as it was at a git revision, without touching the
//! working tree.
//!
//! Everything goes through the `git` command line: `rev-parse` finds the
//! repository and the data folder's place in it, `ls-tree` lists the files at
//! the revision, and one `cat-file --batch` process reads them all, so a
//! revision of thousands of records costs three processes, not thousands.
//! The files then go through the same parser as the working tree; for a
//! diff, each distinct blob is read and parsed once for both sides
//! ([`super::load_two`]).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context as _, anyhow, bail};
use rayon::prelude::*;

use super::walk::{REGISTRY_FILE, is_record_path};
use super::{
    Corpus, LoadError, Sources, load_from_sources, load_two_streamed,
    load_with_working_tree_hashed, load_with_working_tree_streamed,
};

/// The git repository holding a data folder.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The repository's top folder.
    pub top: PathBuf,
    /// The data folder's path inside the repository, `/`-separated, with a
    /// trailing `/` (`projects/`), or empty when the data folder is the top.
    pub prefix: String,
}

/// A revision resolved to a commit.
#[derive(Debug, Clone)]
pub struct Rev {
    /// As the user (or the default) named it.
    pub name: String,
    /// The full commit id.
    pub commit: String,
}

impl Rev {
    pub fn short(&self) -> &str {
        &self.commit[..self.commit.len().min(7)]
    }
}

impl Repo {
    /// The repository the data folder `root` lies in.
    pub fn open(root: &Path) -> anyhow::Result<Repo> {
        let path = root.display().to_string();
        if !root.is_dir() {
            bail!(crate::t!("diag-load-no-root", path = path));
        }
        // git's own reason (in English: it runs under LC_ALL=C) says no more.
        let out = git(root, &["rev-parse", "--show-toplevel", "--show-prefix"])
            .map_err(|_| anyhow!(crate::t!("diag-git-not-repo", path = path.as_str())))?;
        let mut lines = out.lines();
        let top = lines.next().unwrap_or_default().to_string();
        let prefix = lines.next().unwrap_or_default().to_string();
        if top.is_empty() {
            bail!(crate::t!("diag-git-bare", path = path));
        }
        Ok(Repo {
            top: PathBuf::from(top),
            prefix,
        })
    }

    /// The repository of the data folder `root`, with the revisions `base`
    /// (`None`: [`Repo::default_base`]) and `head` resolved.
    ///
    /// The git calls run at once instead of one after the other (each is a
    /// process of a few milliseconds): a revision resolves the same from any
    /// folder of the repository, so resolving need not wait for [`Repo::open`]
    /// to find the top. The error returned is the one the calls made in turn
    /// would give first: not a repository, then the base, then the head.
    pub fn open_resolving(
        root: &Path,
        base: Option<&str>,
        head: Option<&str>,
    ) -> anyhow::Result<(Repo, Rev, Option<Rev>)> {
        std::thread::scope(|s| {
            let base = s.spawn(move || match base {
                Some(name) => resolve_in(root, name),
                None => default_base_in(root),
            });
            let head = head.map(|name| s.spawn(move || resolve_in(root, name)));
            let repo = Repo::open(root)?;
            let base = joined(base)?;
            let head = head.map(joined).transpose()?;
            Ok((repo, base, head))
        })
    }

    /// Resolves a revision to a commit; an error names the revision and git's reason.
    pub fn resolve(&self, name: &str) -> anyhow::Result<Rev> {
        resolve_in(&self.top, name)
    }

    /// The default base: the merge base of `HEAD` with `origin/main`, else with `main`.
    pub fn default_base(&self) -> anyhow::Result<Rev> {
        default_base_in(&self.top)
    }

    /// The data folder at a revision. A revision where the folder does not
    /// exist yet gives an empty corpus (every record is then added).
    pub fn load(&self, rev: &Rev, label: &Path) -> anyhow::Result<Corpus> {
        let listing = self.list(&rev.commit)?;
        let (distinct, sources) = self.plan(&listing.objects(), &[&listing]);
        let (corpus, _) = load_two_streamed(
            label,
            distinct.len(),
            &sources[0],
            &Sources::default(),
            |feed| cat_files(&self.top, &distinct, feed),
        )?;
        self.side(corpus, listing.any, rev, label)
    }

    /// The data folder at two revisions, each distinct file (blob at a
    /// path) read and parsed once: unchanged files are the same blob on both
    /// sides, and share one parsed record.
    pub fn load_pair(
        &self,
        base: &Rev,
        head: &Rev,
        label: &Path,
    ) -> anyhow::Result<(Corpus, Corpus)> {
        // Two `git ls-tree` at once: each lists thousands of files.
        let (a, b) = rayon::join(|| self.list(&base.commit), || self.list(&head.commit));
        let (a, b) = (a?, b?);
        let mut objects = a.objects();
        objects.extend(b.objects());
        let (distinct, sources) = self.plan(&objects, &[&a, &b]);
        let (old, new) =
            load_two_streamed(label, distinct.len(), &sources[0], &sources[1], |feed| {
                // A blob the working tree holds at one of its paths, byte
                // for byte (the file hashes to the blob's id), is read from
                // the file: CI diffs a checkout of one of the two revisions,
                // and reading a file costs less than git inflating the blob.
                // Git is asked for the rest.
                let mut paths_of: Vec<Vec<&str>> = vec![Vec::new(); distinct.len()];
                for s in &sources {
                    let registry = s.registry.map(|c| (REGISTRY_FILE, c));
                    let records = s.records.iter().map(|(rel, c)| (rel.as_str(), *c));
                    for (rel, c) in registry.into_iter().chain(records) {
                        paths_of[c].push(rel);
                    }
                }
                let on_disk: Vec<Option<Vec<u8>>> = paths_of
                    .par_iter()
                    .zip(&distinct)
                    .map(|(rels, id)| {
                        rels.iter()
                            .find_map(|rel| read_if_blob(&label.join(rel), id))
                    })
                    .collect();
                let mut missing = Vec::new();
                for (c, bytes) in on_disk.into_iter().enumerate() {
                    match bytes {
                        Some(bytes) => feed(c, bytes),
                        None => missing.push(c),
                    }
                }
                let ids: Vec<&str> = missing.iter().map(|&c| distinct[c]).collect();
                cat_files(&self.top, &ids, &mut |i, bytes| feed(missing[i], bytes))
            })?;
        Ok((
            self.side(old, a.any, base, label)?,
            self.side(new, b.any, head, label)?,
        ))
    }

    /// The data folder at `base` and in the working tree at `root`: a
    /// working-tree file with the same bytes as the base's file at its path
    /// reuses the base's parsed record. The working tree's own load error
    /// is returned for the caller to word.
    pub fn load_with_working_tree(
        &self,
        base: &Rev,
        root: &Path,
    ) -> anyhow::Result<(Corpus, Result<Corpus, LoadError>)> {
        let listing = self.list(&base.commit)?;
        let (distinct, sources) = self.plan(&listing.objects(), &[&listing]);
        // SHA-1 ids (40 hex digits): a working-tree file is compared with
        // the base by hashing it as git does, and only the blobs that
        // differ are read from git. A repository of SHA-256 objects reads
        // every base blob instead.
        let (old, working) = if distinct.iter().all(|id| id.len() == 40) {
            load_with_working_tree_hashed(root, &distinct, &sources[0], |wanted, feed| {
                let ids: Vec<&str> = wanted.iter().map(|&c| distinct[c]).collect();
                cat_files(&self.top, &ids, &mut |i, bytes| feed(wanted[i], bytes))
            })?
        } else {
            load_with_working_tree_streamed(root, distinct.len(), &sources[0], |feed| {
                cat_files(&self.top, &distinct, feed)
            })?
        };
        Ok((self.side(old, listing.any, base, root)?, working))
    }

    /// A side's corpus, or the error worded for the revision.
    fn side(
        &self,
        loaded: Result<Corpus, LoadError>,
        any: bool,
        rev: &Rev,
        label: &Path,
    ) -> anyhow::Result<Corpus> {
        if !any {
            return Ok(empty_corpus(label));
        }
        match loaded {
            Ok(c) => Ok(c),
            Err(LoadError::NoRegistry(_)) => bail!(crate::t!(
                "diag-git-no-registry",
                rev = rev.name.as_str(),
                registry = format!("{}{REGISTRY_FILE}", self.prefix)
            )),
            Err(LoadError::Registry(_)) => bail!(crate::t!(
                "diag-git-registry-unreadable",
                rev = rev.name.as_str(),
                registry = format!("{}{REGISTRY_FILE}", self.prefix)
            )),
            Err(e) => Err(e.into()),
        }
    }

    /// The distinct blobs of `objects` (to read through one `git cat-file`),
    /// and each listing's files as indices into them.
    fn plan<'o>(&self, objects: &[&'o str], listings: &[&Listing]) -> (Vec<&'o str>, Vec<Sources>) {
        let mut distinct = objects.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        let index = |o: &str| distinct.binary_search(&o).ok();
        let sources = listings
            .iter()
            .map(|l| Sources {
                registry: l.registry.as_deref().and_then(index),
                records: l
                    .records
                    .iter()
                    .filter_map(|(rel, o)| Some((rel.clone(), index(o)?)))
                    .collect(),
            })
            .collect();
        (distinct, sources)
    }

    /// The registry and record files at a commit, as blob ids.
    fn list(&self, commit: &str) -> anyhow::Result<Listing> {
        let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", commit];
        if !self.prefix.is_empty() {
            args.push("--");
            args.push(&self.prefix);
        }
        let out = git(&self.top, &args)?;
        let mut listing = Listing::default();
        for entry in out.split('\0').filter(|e| !e.is_empty()) {
            let Some((meta, path)) = entry.split_once('\t') else {
                continue;
            };
            let mut parts = meta.split(' ');
            let (mode, kind, object) = (parts.next(), parts.next(), parts.next());
            let Some(rel) = path.strip_prefix(&self.prefix) else {
                continue;
            };
            listing.any = true;
            // Blobs only: no submodules; symbolic links are not followed in history.
            if kind != Some("blob") || mode == Some("120000") {
                continue;
            }
            let Some(object) = object else { continue };
            if rel == REGISTRY_FILE {
                listing.registry = Some(object.to_string());
            } else if is_record_path(rel) {
                listing.records.push((rel.to_string(), object.to_string()));
            }
        }
        Ok(listing)
    }
}

/// [`Repo::resolve`] with git run in `dir`, any folder of the repository.
fn resolve_in(dir: &Path, name: &str) -> anyhow::Result<Rev> {
    let spec = format!("{name}^{{commit}}");
    let commit = git(dir, &["rev-parse", "--verify", "--end-of-options", &spec])
        .map_err(|_| anyhow!(crate::t!("diag-git-no-revision", name = name)))?;
    Ok(Rev {
        name: name.to_string(),
        commit: commit.trim().to_string(),
    })
}

fn exists_in(dir: &Path, name: &str) -> bool {
    let spec = format!("{name}^{{commit}}");
    git(
        dir,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &spec,
        ],
    )
    .is_ok()
}

/// [`Repo::default_base`] with git run in `dir`, any folder of the repository.
fn default_base_in(dir: &Path) -> anyhow::Result<Rev> {
    let Some(branch) = ["origin/main", "main"]
        .into_iter()
        .find(|b| exists_in(dir, b))
    else {
        bail!(crate::t!("diag-git-no-main"));
    };
    let base = git(dir, &["merge-base", branch, "HEAD"])
        .map_err(|_| anyhow!(crate::t!("diag-git-no-merge-base", branch = branch)))?;
    Ok(Rev {
        name: format!("merge-base {branch}"),
        commit: base.trim().to_string(),
    })
}

/// The result of a scoped thread; its panic goes on in the caller.
fn joined<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
    h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// The data folder's files at one commit.
#[derive(Debug, Default)]
struct Listing {
    /// The registry's blob id.
    registry: Option<String>,
    /// Each record's path below the data folder and blob id.
    records: Vec<(String, String)>,
    /// Whether the folder had any file at all.
    any: bool,
}

impl Listing {
    fn objects(&self) -> Vec<&str> {
        self.registry
            .iter()
            .chain(self.records.iter().map(|(_, o)| o))
            .map(String::as_str)
            .collect()
    }
}

/// A data folder with no registry and no records.
fn empty_corpus(label: &Path) -> Corpus {
    let mut c = load_from_sources(label, Some(Vec::new()), Vec::new())
        .unwrap_or_else(|_| Corpus::default());
    c.diagnostics.clear();
    c.broken.clear();
    c
}

/// Runs git in `dir`; its stdout, or its first stderr line as the error.
fn git(dir: &Path, args: &[&str]) -> anyhow::Result<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("--literal-pathspecs")
        .args(args)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()
        .with_context(|| crate::t!("diag-git-not-installed"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let reason = err
            .lines()
            .map(|l| l.trim().trim_start_matches("fatal: ").trim())
            .find(|l| !l.is_empty())
            .map_or_else(|| crate::t!("diag-git-failed"), str::to_string);
        bail!("{reason}");
    }
    String::from_utf8(out.stdout).with_context(|| crate::t!("diag-git-not-utf8"))
}

/// The bytes of the regular file at `path` when they are the blob `id`
/// (SHA-1 ids only): hashed as git names blobs, so equal ids are equal bytes.
fn read_if_blob(path: &Path, id: &str) -> Option<Vec<u8>> {
    if id.len() != 40 || !std::fs::symlink_metadata(path).ok()?.is_file() {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    (super::blob_id(&bytes) == id).then_some(bytes)
}

/// The contents of many blobs through one `git cat-file --batch`, each
/// handed to `feed` with its index in `objects` as soon as it is read.
fn cat_files(
    dir: &Path,
    objects: &[&str],
    feed: &mut dyn FnMut(usize, Vec<u8>),
) -> anyhow::Result<()> {
    if objects.is_empty() {
        return Ok(());
    }
    let mut child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| crate::t!("diag-git-not-installed"))?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let request: String = objects.iter().map(|o| format!("{o}\n")).collect();
    // Write from a thread so a full stdout pipe cannot deadlock us.
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let mut reader = BufReader::with_capacity(1 << 16, child.stdout.take().expect("piped stdout"));
    let mut header = String::new();
    for (i, object) in objects.iter().enumerate() {
        header.clear();
        reader.read_line(&mut header)?;
        let mut fields = header.split_whitespace();
        let (_, kind, size) = (fields.next(), fields.next(), fields.next());
        if kind == Some("missing") || size.is_none() {
            bail!(crate::t!("diag-git-no-object", object = (*object)));
        }
        let size: usize = size
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| anyhow!(crate::t!("diag-git-unexpected", header = header.trim())))?;
        let mut bytes = vec![0; size];
        reader.read_exact(&mut bytes)?;
        let mut newline = [0u8; 1];
        reader.read_exact(&mut newline)?;
        feed(i, bytes);
    }
    writer
        .join()
        .map_err(|_| anyhow!(crate::t!("diag-git-failed")))??;
    drop(reader);
    child.wait()?;
    Ok(())
}
