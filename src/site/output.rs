//! The output folder, updated in place: a page whose bytes the folder
//! already holds is left alone (same file, same modification time, so a web
//! server's caches and `rsync` see no change), a new or changed one is
//! written to a temporary file and renamed over the old one (a reader never
//! sees half a page), and what the new site no longer has (the page of a
//! removed record, a temporary left by a killed run) is removed at the end.
//!
//! Republishing after a small change thus writes only what changed. The
//! folder is not swapped whole: creating and deleting twenty thousand files
//! costs more than rendering them (on ext4 a new inode is found by scanning
//! past the recently deleted ones). A run that fails part way leaves every
//! file whole, some pages old and some new; the next run completes it.
//!
//! A folder is written only when it is new, empty or was written by
//! `hanke site` (it holds [`MARKER`]): `hanke site -o .` must never delete
//! someone's work.

use foldhash::HashSet;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context as _, bail};

use super::File;

/// The file that says "this folder is a generated site".
pub const MARKER: &str = ".hanke-site";
const MARKER_TEXT: &str = "This folder is written by `hanke site`; every run updates it to the \
current records and removes what they no longer have.\n";

/// Checks that `dir` may be written, before any work is done.
pub fn check_target(dir: &Path) -> anyhow::Result<()> {
    match fs::symlink_metadata(dir) {
        Err(_) => Ok(()),
        Ok(m) if !m.is_dir() => bail!(crate::t!(
            "err-site-not-folder",
            path = dir.display().to_string()
        )),
        Ok(_) => {
            let entries = fs::read_dir(dir)
                .with_context(|| crate::t!("err-site-read", path = dir.display().to_string()))?;
            // A new git worktree (for a `gh-pages` branch) counts as empty.
            let mut others =
                entries.filter(|e| e.as_ref().map_or(true, |e| e.file_name() != ".git"));
            if others.next().is_none() || dir.join(MARKER).is_file() {
                Ok(())
            } else {
                bail!(crate::t!(
                    "err-site-not-ours",
                    path = dir.display().to_string(),
                    marker = MARKER
                ))
            }
        }
    }
}

/// Writes the files of a site into its folder, remembering which, so that
/// [`Writer::finish`] can remove the rest.
pub struct Writer {
    root: PathBuf,
    written: Mutex<HashSet<String>>,
    /// Files written because they were new or changed.
    changed: std::sync::atomic::AtomicUsize,
}

/// What a run did to the folder, for the command's closing line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// Files written because they were new or had changed.
    pub written: usize,
    /// Files removed because the site no longer has them.
    pub removed: usize,
}

impl Writer {
    /// Opens `dir` for a new site (checked by [`check_target`]): creates it
    /// and its marker when they are missing.
    pub fn open(dir: &Path) -> anyhow::Result<Writer> {
        check_target(dir)?;
        fs::create_dir_all(dir)
            .with_context(|| crate::t!("err-create-folder", path = dir.display().to_string()))?;
        let marker = dir.join(MARKER);
        if fs::read(&marker).ok().as_deref() != Some(MARKER_TEXT.as_bytes()) {
            fs::write(&marker, MARKER_TEXT).with_context(|| {
                crate::t!("err-write-file", path = marker.display().to_string())
            })?;
        }
        Ok(Writer {
            root: dir.to_path_buf(),
            written: Mutex::new(std::iter::once(MARKER.to_string()).collect()),
            changed: std::sync::atomic::AtomicUsize::new(0),
        })
    }

    /// Writes one file unless the folder holds it byte for byte. Its folder
    /// is created when the first write into it fails with NotFound (a
    /// `create_dir_all` for every page is a failing `mkdir` each).
    pub fn write(&self, file: &File) -> anyhow::Result<()> {
        self.written
            .lock()
            .expect("no panics while holding the lock")
            .insert(file.path.clone());
        let path = self.root.join(&file.path);
        if holds(&path, &file.bytes) {
            return Ok(());
        }
        self.changed
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        match replace_file(&path, &file.bytes) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent).with_context(|| {
                        crate::t!("err-create-folder", path = parent.display().to_string())
                    })?;
                }
                replace_file(&path, &file.bytes)
            }
            other => other,
        }
        .with_context(|| crate::t!("err-write-file", path = path.display().to_string()))
    }

    /// What the folder holds: files and links, and folders after their
    /// contents; all but a `.git` at its top (a site kept in a git
    /// worktree, a `gh-pages` branch checked out there, keeps it: it is not
    /// the site's). Taken while the pages are written, beside them: listing
    /// twenty thousand files alone at the end was time on one core.
    pub fn survey(&self) -> anyhow::Result<Survey> {
        let root = &self.root;
        // Folders before their contents, so that `.git` is never entered
        // (`filter_entry` prunes nothing in walkdir's contents-first order);
        // reversed below.
        let entries = walkdir::WalkDir::new(root)
            .min_depth(1)
            .into_iter()
            .filter_entry(|e| !(e.depth() == 1 && e.file_name() == ".git"));
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry
                .with_context(|| crate::t!("err-site-read", path = root.display().to_string()))?;
            let rel = entry
                .path()
                .strip_prefix(root)
                .expect("walkdir yields paths below its root")
                .to_string_lossy()
                .replace('\\', "/");
            found.push((rel, entry.file_type().is_dir()));
        }
        found.reverse();
        Ok(Survey { found })
    }

    /// Removes what `survey` found and this run did not write (files,
    /// links, then the folders left empty), children before their folder.
    /// A file gone already is no error: a survey taken while pages were
    /// written may list a temporary file since renamed into place.
    pub fn finish(self, survey: Survey) -> anyhow::Result<Changes> {
        let mut changes = Changes {
            written: self.changed.into_inner(),
            removed: 0,
        };
        let written = self
            .written
            .into_inner()
            .expect("no panics while holding the lock");
        // The folders this run wrote into: they stay, without reading them
        // again (a site has a folder for every family of projects).
        let mut holding: HashSet<&str> = HashSet::default();
        for file in &written {
            let mut path = file.as_str();
            while let Some((folder, _)) = path.rsplit_once('/') {
                if !holding.insert(folder) {
                    break;
                }
                path = folder;
            }
        }
        for (rel, is_dir) in survey.found {
            if is_dir && holding.contains(rel.as_str()) {
                continue;
            }
            let path = self.root.join(&rel);
            let removed = if is_dir {
                // Only when left empty: a folder with what someone else put
                // there since the survey stays too.
                let empty = fs::read_dir(&path).is_ok_and(|mut c| c.next().is_none());
                if empty { fs::remove_dir(&path) } else { Ok(()) }
            } else if written.contains(&rel) {
                Ok(())
            } else {
                match fs::remove_file(&path) {
                    Ok(()) => {
                        changes.removed += 1;
                        Ok(())
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                    Err(e) => Err(e),
                }
            };
            removed
                .with_context(|| crate::t!("err-site-remove", path = path.display().to_string()))?;
        }
        Ok(changes)
    }
}

/// What the output folder held while a run wrote it ([`Writer::survey`]):
/// each entry's path from the folder, and whether it is a folder.
pub struct Survey {
    found: Vec<(String, bool)>,
}

/// Puts `bytes` at `path` through a temporary file in the same folder,
/// renamed over the old file. Not flushed to disk file by file: the site is
/// generated, and twenty thousand `fsync`s would cost more than the run.
fn replace_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(crate::write::TEMP_PREFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    crate::write::set_default_permissions(tmp.path()).map_err(std::io::Error::other)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Whether `path` is a regular file (not a link) holding exactly `bytes`.
/// Read in pieces into a buffer kept by the thread and compared as they
/// come: the site's twenty thousand files are read on every run, and
/// reading each into a new vector of its size (fresh memory, zeroed by the
/// kernel) or a new zeroed buffer on the stack cost more than comparing it.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read as _;
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(vec![0; 64 * 1024]);
    }
    let Some(mut file) = open_regular_file(path) else {
        return false;
    };
    match file.metadata() {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {}
        _ => return false,
    }
    // As long as the file said it was: no read more to see its end.
    BUFFER.with_borrow_mut(|buf| {
        let mut rest = bytes;
        while !rest.is_empty() {
            let want = rest.len().min(buf.len());
            match file.read(&mut buf[..want]) {
                Ok(0) => return false,
                Ok(n) if buf[..n] == rest[..n] => rest = &rest[n..],
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                _ => return false,
            }
        }
        true
    })
}

/// Opens `path` for reading unless it is a symbolic link: one path lookup
/// (the metadata then comes from the open file), where looking at the path
/// and opening it were two for each of the site's files. Never waits: a
/// named pipe in the folder opens at once (and then is no regular file).
#[cfg(unix)]
fn open_regular_file(path: &Path) -> Option<fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .ok()
}

#[cfg(not(unix))]
fn open_regular_file(path: &Path) -> Option<fs::File> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => fs::File::open(path).ok(),
        _ => None,
    }
}
