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
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)
        .with_context(|| crate::t!("err-create-folder", path = parent.display().to_string()))?;
    let staged = tempfile::Builder::new()
        .prefix(".hanke-site-")
        .tempdir_in(&parent)
        .with_context(|| crate::t!("err-temp-folder", path = parent.display().to_string()))?;
    fs::write(staged.path().join(MARKER), MARKER_TEXT)?;
    Ok(staged)
}

/// Writes one file below `root`, creating its folders.
pub fn write_file(root: &Path, file: &File) -> anyhow::Result<()> {
    let path = root.join(&file.path);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .with_context(|| crate::t!("err-create-folder", path = parent.display().to_string()))?;
    }
    fs::write(&path, &file.bytes)
        .with_context(|| crate::t!("err-write-file", path = path.display().to_string()))
}

/// Puts the finished site in place of `dir`.
pub fn replace(staged: tempfile::TempDir, dir: &Path) -> anyhow::Result<()> {
    check_target(dir)?;
    // Readable by a web server like any other published folder (the
    // temporary folder was created private).
    set_public(staged.path())?;
    if dir.exists() {
        fs::remove_dir_all(dir)
            .with_context(|| crate::t!("err-site-remove", path = dir.display().to_string()))?;
    }
    let staged = staged.keep();
    fs::rename(&staged, dir).with_context(|| {
        crate::t!(
            "err-site-move",
            from = staged.display().to_string(),
            to = dir.display().to_string()
        )
    })
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
