//! The output folder: the site is built in a new folder beside it and put in
//! place when complete, so a failed run leaves the previous site as it was
//! and a record removed since then leaves no stale page behind.
//!
//! A folder is replaced only when it is empty or was written by `hanke site`
//! (it holds [`MARKER`]): `hanke site -o .` must never delete someone's work.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::File;

/// The file that says "this folder is a generated site".
pub const MARKER: &str = ".hanke-site";
const MARKER_TEXT: &str =
    "This folder is written by `hanke site`; it is replaced whole on every run.\n";

/// Checks that `dir` may be replaced, before any work is done.
pub fn check_target(dir: &Path) -> anyhow::Result<()> {
    match fs::symlink_metadata(dir) {
        Err(_) => Ok(()),
        Ok(m) if !m.is_dir() => bail!(crate::t!(
            "err-site-not-folder",
            path = dir.display().to_string()
        )),
        Ok(_) => {
            let mut entries = fs::read_dir(dir)
                .with_context(|| crate::t!("err-site-read", path = dir.display().to_string()))?;
            if entries.next().is_none() || dir.join(MARKER).is_file() {
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

/// A new, empty folder beside `dir` to build the site in.
pub fn staging(dir: &Path) -> anyhow::Result<tempfile::TempDir> {
    let parent = parent_of(dir);
    fs::create_dir_all(&parent)
        .with_context(|| crate::t!("err-create-folder", path = parent.display().to_string()))?;
    let staged = tempfile::Builder::new()
        .prefix(".hanke-site-")
        .tempdir_in(&parent)
        .with_context(|| crate::t!("err-temp-folder", path = parent.display().to_string()))?;
    fs::write(staged.path().join(MARKER), MARKER_TEXT)?;
    Ok(staged)
}

/// Where the files of a site go: the staging folder, and the site it will
/// replace, if any.
///
/// A file whose bytes the previous site already holds at the same path is
/// hard-linked from there instead of written again. Republishing after a
/// small change then creates only the files that changed: on ext4, creating
/// and deleting twenty thousand inodes costs more than rendering the pages
/// (a new inode is found by scanning past the recently deleted ones). The
/// previous site is removed when the new one is in place, so the link is
/// the only name left; nothing is shared between two sites that both exist.
pub struct Writer {
    root: PathBuf,
    previous: Option<PathBuf>,
}

impl Writer {
    /// Writes below `root`, reusing what `previous` (a site written by
    /// `hanke site`, checked by [`check_target`]) holds.
    pub fn new(root: &Path, previous: Option<&Path>) -> Writer {
        Writer {
            root: root.to_path_buf(),
            previous: previous
                .filter(|p| p.join(MARKER).is_file())
                .map(Path::to_path_buf),
        }
    }

    /// Writes one file. Its folder is created when the first file in it is
    /// written (a `create_dir_all` for every page is a failing `mkdir` each).
    pub fn write(&self, file: &File) -> anyhow::Result<()> {
        let path = self.root.join(&file.path);
        let first_try = self.put(file, &path);
        match first_try {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent).with_context(|| {
                        crate::t!("err-create-folder", path = parent.display().to_string())
                    })?;
                }
                self.put(file, &path)
            }
            other => other,
        }
        .with_context(|| crate::t!("err-write-file", path = path.display().to_string()))
    }

    /// Links the previous site's copy of `file` to `path`, or writes it.
    fn put(&self, file: &File, path: &Path) -> std::io::Result<()> {
        if let Some(previous) = &self.previous {
            let old = previous.join(&file.path);
            if holds(&old, &file.bytes) {
                match fs::hard_link(&old, path) {
                    Ok(()) => return Ok(()),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(e),
                    // A file system without links: write.
                    Err(_) => {}
                }
            }
        }
        fs::write(path, &file.bytes)
    }
}

/// Whether `path` is a regular file (not a link) holding exactly `bytes`.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
            fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

/// Puts the finished site in place of `dir`.
pub fn replace(staged: tempfile::TempDir, dir: &Path) -> anyhow::Result<()> {
    check_target(dir)?;
    // Readable by a web server like any other published folder (the
    // temporary folder was created private).
    set_public(staged.path())?;
    // The old site moves aside and the new one takes its place: two
    // renames, so the folder is missing only between them, not while
    // twenty thousand files are deleted. The old one is deleted after.
    let aside = if dir.exists() {
        let aside = tempfile::Builder::new()
            .prefix(".hanke-site-old-")
            .tempdir_in(parent_of(dir))
            .with_context(|| crate::t!("err-site-remove", path = dir.display().to_string()))?;
        fs::rename(dir, aside.path().join("site"))
            .with_context(|| crate::t!("err-site-remove", path = dir.display().to_string()))?;
        Some(aside)
    } else {
        None
    };
    let staged = staged.keep();
    if let Err(e) = fs::rename(&staged, dir) {
        if let Some(aside) = &aside {
            // Put the old site back; the new one stays in the temporary folder.
            let _ = fs::rename(aside.path().join("site"), dir);
        }
        return Err(e).with_context(|| {
            crate::t!(
                "err-site-move",
                from = staged.display().to_string(),
                to = dir.display().to_string()
            )
        });
    }
    if let Some(aside) = aside {
        remove_tree(aside.path()).with_context(|| {
            crate::t!("err-site-remove", path = aside.path().display().to_string())
        })?;
    }
    Ok(())
}

/// The folder `dir` is in (`.` for a bare name).
fn parent_of(dir: &Path) -> PathBuf {
    match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `remove_dir_all`, the subfolders in parallel: deleting is the file
/// system's work, and two folders can be emptied at once.
fn remove_tree(path: &Path) -> std::io::Result<()> {
    use rayon::prelude::*;
    let entries = fs::read_dir(path)?.collect::<std::io::Result<Vec<_>>>()?;
    entries.par_iter().try_for_each(|e| {
        // A link is removed, never followed.
        if e.file_type()?.is_dir() {
            remove_tree(&e.path())
        } else {
            fs::remove_file(e.path())
        }
    })?;
    fs::remove_dir(path)
}

#[cfg(unix)]
fn set_public(path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o755))
        .with_context(|| crate::t!("err-permissions", path = path.display().to_string()))
}

#[cfg(not(unix))]
fn set_public(_: &Path) -> anyhow::Result<()> {
    Ok(())
}
