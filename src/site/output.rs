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
        Ok(m) if !m.is_dir() => bail!(
            "`{}` exists and is not a folder; choose another output folder with -o",
            dir.display()
        ),
        Ok(_) => {
            let mut entries = fs::read_dir(dir)
                .with_context(|| format!("cannot read the output folder `{}`", dir.display()))?;
            if entries.next().is_none() || dir.join(MARKER).is_file() {
                Ok(())
            } else {
                bail!(
                    "`{}` is not empty and was not written by `hanke site` (no `{MARKER}` file); \
                     choose an empty or new folder with -o",
                    dir.display()
                )
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
        .with_context(|| format!("cannot create the folder `{}`", parent.display()))?;
    let staged = tempfile::Builder::new()
        .prefix(".hanke-site-")
        .tempdir_in(&parent)
        .with_context(|| format!("cannot create a temporary folder in `{}`", parent.display()))?;
    fs::write(staged.path().join(MARKER), MARKER_TEXT)?;
    Ok(staged)
}

/// Writes one file below `root`, creating its folders.
pub fn write_file(root: &Path, file: &File) -> anyhow::Result<()> {
    let path = root.join(&file.path);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create the folder `{}`", parent.display()))?;
    }
    fs::write(&path, &file.bytes).with_context(|| format!("cannot write `{}`", path.display()))
}

/// Puts the finished site in place of `dir`.
pub fn replace(staged: tempfile::TempDir, dir: &Path) -> anyhow::Result<()> {
    check_target(dir)?;
    // Readable by a web server like any other published folder (the
    // temporary folder was created private).
    set_public(staged.path())?;
    if dir.exists() {
        fs::remove_dir_all(dir)
            .with_context(|| format!("cannot remove the old site `{}`", dir.display()))?;
    }
    let staged = staged.keep();
    fs::rename(&staged, dir).with_context(|| {
        format!(
            "cannot move the new site from `{}` to `{}`",
            staged.display(),
            dir.display()
        )
    })
}

#[cfg(unix)]
fn set_public(path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o755))
        .with_context(|| format!("cannot set the permissions of `{}`", path.display()))
}

#[cfg(not(unix))]
fn set_public(_: &Path) -> anyhow::Result<()> {
    Ok(())
}
