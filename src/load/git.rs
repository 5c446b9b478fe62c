//! Reading the data folder as it was at a git revision, without touching the
//! working tree.
//!
//! Everything goes through the `git` command line: `rev-parse` finds the
//! repository and the data folder's place in it, `ls-tree` lists the files at
//! the revision, and one `cat-file --batch` process reads them all, so a
//! revision of thousands of records costs three processes, not thousands.
//! The files then go through the same parser as the working tree
//! ([`super::load_from_sources`]).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context as _, anyhow, bail};

use super::walk::{REGISTRY_FILE, is_record_path};
use super::{Corpus, LoadError, load_from_sources};

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
        if !root.is_dir() {
            bail!(
                "the data folder `{}` does not exist (set it with --projects DIR or HANKE_PROJECTS)",
                root.display()
            );
        }
        let out = git(root, &["rev-parse", "--show-toplevel", "--show-prefix"])
            .map_err(|e| anyhow!("`{}` is not in a git repository: {e}", root.display()))?;
        let mut lines = out.lines();
        let top = lines.next().unwrap_or_default().to_string();
        let prefix = lines.next().unwrap_or_default().to_string();
        if top.is_empty() {
            bail!(
                "`{}` is not in a git repository: it is a bare repository or a `.git` folder",
                root.display()
            );
        }
        Ok(Repo {
            top: PathBuf::from(top),
            prefix,
        })
    }

    /// Resolves a revision to a commit; an error names the revision and git's reason.
    pub fn resolve(&self, name: &str) -> anyhow::Result<Rev> {
        let spec = format!("{name}^{{commit}}");
        let commit = git(
            &self.top,
            &["rev-parse", "--verify", "--end-of-options", &spec],
        )
        .map_err(|e| anyhow!("the revision `{name}` does not exist: {e}"))?;
        Ok(Rev {
            name: name.to_string(),
            commit: commit.trim().to_string(),
        })
    }

    fn exists(&self, name: &str) -> bool {
        let spec = format!("{name}^{{commit}}");
        git(
            &self.top,
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

    /// The default base: the merge base of `HEAD` with `origin/main`, else with `main`.
    pub fn default_base(&self) -> anyhow::Result<Rev> {
        let Some(branch) = ["origin/main", "main"].into_iter().find(|b| self.exists(b)) else {
            bail!(
                "no `origin/main` or `main` branch to compare with: name the base revision, e.g. `hanke diff HEAD~1` or `hanke diff origin/master`"
            );
        };
        let base = git(&self.top, &["merge-base", branch, "HEAD"]).map_err(|e| {
            anyhow!(
                "cannot find the merge base of `{branch}` and `HEAD`: {e}; name the base revision"
            )
        })?;
        Ok(Rev {
            name: format!("merge-base {branch}"),
            commit: base.trim().to_string(),
        })
    }

    /// The data folder at a revision. A revision where the folder does not
    /// exist yet gives an empty corpus (every record is then added).
    pub fn load(&self, rev: &Rev, label: &Path) -> anyhow::Result<Corpus> {
        let (registry, records, any) = self.files_at(&rev.commit)?;
        if !any {
            return Ok(empty_corpus(label));
        }
        match load_from_sources(label, registry, records) {
            Ok(c) => Ok(c),
            Err(LoadError::NoRegistry(_)) => bail!(
                "the data folder at `{}` has no registry `{}{REGISTRY_FILE}`",
                rev.name,
                self.prefix
            ),
            Err(LoadError::Registry(_)) => bail!(
                "the registry `{}{REGISTRY_FILE}` at `{}` cannot be read: run `hanke check` on that revision",
                self.prefix,
                rev.name
            ),
            Err(e) => Err(e.into()),
        }
    }

    /// The registry text, the record files, and whether the folder had any file at all.
    #[allow(clippy::type_complexity)]
    fn files_at(
        &self,
        commit: &str,
    ) -> anyhow::Result<(Option<Vec<u8>>, Vec<(String, Vec<u8>)>, bool)> {
        let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", commit];
        if !self.prefix.is_empty() {
            args.push("--");
            args.push(&self.prefix);
        }
        let listing = git(&self.top, &args)?;
        let mut any = false;
        let mut wanted: Vec<(Option<String>, String)> = Vec::new(); // (rel or None for registry, object)
        for entry in listing.split('\0').filter(|e| !e.is_empty()) {
            let Some((meta, path)) = entry.split_once('\t') else {
                continue;
            };
            let mut parts = meta.split(' ');
            let (mode, kind, object) = (parts.next(), parts.next(), parts.next());
            let Some(rel) = path.strip_prefix(&self.prefix) else {
                continue;
            };
            any = true;
            // Blobs only: no submodules; symbolic links are not followed in history.
            if kind != Some("blob") || mode == Some("120000") {
                continue;
            }
            let Some(object) = object else { continue };
            if rel == REGISTRY_FILE {
                wanted.push((None, object.to_string()));
            } else if is_record_path(rel) {
                wanted.push((Some(rel.to_string()), object.to_string()));
            }
        }
        let objects: Vec<&str> = wanted.iter().map(|(_, o)| o.as_str()).collect();
        let contents = cat_files(&self.top, &objects)?;
        let mut registry = None;
        let mut records = Vec::with_capacity(wanted.len());
        for ((rel, _), bytes) in wanted.into_iter().zip(contents) {
            match rel {
                None => registry = Some(bytes),
                Some(rel) => records.push((rel, bytes)),
            }
        }
        Ok((registry, records, any))
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
        .context("cannot run `git`: is git installed?")?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let reason = err
            .lines()
            .map(|l| l.trim().trim_start_matches("fatal: ").trim())
            .find(|l| !l.is_empty())
            .unwrap_or("git failed")
            .to_string();
        bail!("{reason}");
    }
    String::from_utf8(out.stdout).context("git printed something that is not UTF-8")
}

/// The contents of many blobs through one `git cat-file --batch`.
fn cat_files(dir: &Path, objects: &[&str]) -> anyhow::Result<Vec<Vec<u8>>> {
    if objects.is_empty() {
        return Ok(Vec::new());
    }
    let mut child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run `git cat-file`")?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let request: String = objects.iter().map(|o| format!("{o}\n")).collect();
    // Write from a thread so a full stdout pipe cannot deadlock us.
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let mut reader = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut out = Vec::with_capacity(objects.len());
    let mut header = String::new();
    for object in objects {
        header.clear();
        reader.read_line(&mut header)?;
        let mut fields = header.split_whitespace();
        let (_, kind, size) = (fields.next(), fields.next(), fields.next());
        if kind == Some("missing") || size.is_none() {
            bail!("git cannot read the object `{object}`");
        }
        let size: usize = size
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| anyhow!("unexpected `git cat-file` output: {}", header.trim()))?;
        let mut bytes = vec![0; size];
        reader.read_exact(&mut bytes)?;
        let mut newline = [0u8; 1];
        reader.read_exact(&mut newline)?;
        out.push(bytes);
    }
    writer
        .join()
        .map_err(|_| anyhow!("git cat-file writer panicked"))??;
    drop(reader);
    child.wait()?;
    Ok(out)
}
