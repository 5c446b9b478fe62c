//! Writing files so that a reader never sees half a file, and only where
//! they belong.
//!
//! Every command that writes a file (`hanke new`, `hanke fmt`, `hanke import
//! --write`, and a report's `-o FILE` through [`write_atomic`]) goes through
//! here: the new content is written to a temporary file in the same folder,
//! flushed to disk, given the old file's permissions and renamed over the old
//! file. On any error the old file is untouched and the temporary file is
//! removed (tempfile deletes it when dropped).
//!
//! A process killed between writing and renaming leaves its temporary file
//! behind. So temporaries are named recognisably ([`TEMP_PREFIX`]), and the
//! writer holds a lock on its temporary while it works: one nobody holds is
//! stale ([`is_stale_temporary`]), which `hanke check` reports (H006) and
//! `hanke fmt` removes.

use std::ffi::OsStr;
use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context as _, bail};

/// How every temporary file starts: a dot hides it from the walk (it is not
/// a record) and from `ls`; the name says whose it is.
pub const TEMP_PREFIX: &str = ".hanke-tmp-";

/// How the temporary file is filled; the test seam for a write that fails midway.
pub type Filler<'a> = &'a mut dyn FnMut(&mut fs::File) -> std::io::Result<()>;

/// Replaces (or creates) `path` with `bytes` atomically: a temporary file in
/// the same folder, flushed, given the replaced file's permissions, renamed
/// over it. A read-only file is not replaced. For `-o FILE` outputs too;
/// `render::output::msg::wrote` is the line that says what was written.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_atomic_with(path, &mut |f| f.write_all(bytes), true)
}

/// Creates `path` with `bytes`; fails, leaving the existing file alone, if it exists.
pub fn create_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_atomic_with(path, &mut |f| f.write_all(bytes), false)
}

/// The general form: `fill` writes the content; `overwrite = false` refuses an existing file.
pub fn write_atomic_with(path: &Path, fill: Filler<'_>, overwrite: bool) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !overwrite && fs::symlink_metadata(path).is_ok() {
        bail!(crate::t!("err-exists", file = path.display().to_string()));
    }
    if overwrite {
        refuse_read_only(path)?;
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)
        .with_context(|| crate::t!("err-temp-file", path = dir.display().to_string()))?;
    // Held until the file is closed (after the rename, or by the system when
    // the process dies): a temporary nobody holds is stale.
    let _ = tmp.as_file().try_lock();
    fill(tmp.as_file_mut())
        .with_context(|| crate::t!("err-write-file", path = path.display().to_string()))?;
    tmp.as_file()
        .sync_all()
        .with_context(|| crate::t!("err-flush", path = path.display().to_string()))?;
    if overwrite {
        // Keep the permissions of the file being replaced (tempfile creates 0600).
        match fs::metadata(path) {
            Ok(meta) => fs::set_permissions(tmp.path(), meta.permissions())
                .with_context(|| crate::t!("err-permissions", path = path.display().to_string()))?,
            Err(_) => set_default_permissions(tmp.path())?,
        }
        tmp.persist(path)
            .map_err(|e| e.error)
            .with_context(|| crate::t!("err-replace", path = path.display().to_string()))?;
    } else {
        set_default_permissions(tmp.path())?;
        tmp.persist_noclobber(path)
            .map_err(|e| e.error)
            .with_context(|| crate::t!("err-create-file", path = path.display().to_string()))?;
    }
    sync_dir(dir);
    Ok(())
}

/// A file whose mode allows no writing (`chmod 444`) was made so on purpose:
/// replacing it by a rename would go around that.
fn refuse_read_only(path: &Path) -> anyhow::Result<()> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.permissions().readonly() => bail!(crate::t!(
            "err-read-only",
            path = path.display().to_string()
        )),
        _ => Ok(()),
    }
}

/// Whether a file name is one of our temporaries.
pub fn is_temporary_name(name: &OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with(TEMP_PREFIX))
}

/// A temporary file that no running `hanke` is writing: left by a process
/// that was killed (or a disk that filled) between writing and renaming.
/// Where the system cannot lock files, every temporary counts as stale.
pub fn is_stale_temporary(path: &Path) -> bool {
    let named = path.file_name().is_some_and(is_temporary_name);
    if !named || !fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    match fs::File::open(path) {
        Ok(f) => !matches!(f.try_lock_shared(), Err(fs::TryLockError::WouldBlock)),
        Err(_) => true,
    }
}

/// Removes a stale temporary file (see [`is_stale_temporary`]); `false`
/// when it was not stale (a writer holds it) or could not be removed.
pub fn remove_stale_temporary(path: &Path) -> bool {
    is_stale_temporary(path) && fs::remove_file(path).is_ok()
}

/// The folders a new file below the data folder needs, checked to stay
/// inside it: no symbolic link on the way may lead out of the data folder
/// (`hanke check` does not follow such links, so a record written there
/// would never be checked).
pub struct NewFile {
    path: PathBuf,
    /// Folders to create, outermost first.
    missing: Vec<PathBuf>,
}

/// Folders [`NewFile::create_folders`] made, for removing them again when
/// the write fails.
#[derive(Debug, Default)]
pub struct Created {
    folders: Vec<PathBuf>,
}

impl NewFile {
    /// Checks that `rel` (relative, no `..`) below `root` stays inside the
    /// data folder; `shown` names the file in messages.
    pub fn inside(root: &Path, rel: &Path, shown: &str) -> anyhow::Result<NewFile> {
        if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
            bail!(crate::t!("err-not-below", file = shown));
        }
        let inside = fs::canonicalize(root).with_context(|| {
            crate::t!("err-read-data-folder", path = root.display().to_string())
        })?;
        let path = root.join(rel);
        let mut missing = Vec::new();
        let mut at = root.to_path_buf();
        let folders: Vec<_> = rel
            .parent()
            .into_iter()
            .flat_map(Path::components)
            .collect();
        for part in folders {
            at.push(part);
            if !missing.is_empty() {
                missing.push(at.clone());
                continue;
            }
            match fs::symlink_metadata(&at) {
                Ok(meta) if meta.file_type().is_symlink() => {
                    let target = fs::canonicalize(&at).unwrap_or_else(|_| at.clone());
                    if !target.starts_with(&inside) {
                        bail!(crate::t!(
                            "err-symlink-out",
                            file = shown,
                            link = at.strip_prefix(root).unwrap_or(&at).display().to_string(),
                            target = target.display().to_string()
                        ));
                    }
                }
                Ok(_) => {}
                Err(_) => missing.push(at.clone()),
            }
        }
        Ok(NewFile { path, missing })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates the missing folders one by one; on a failure, removes those
    /// it made before returning the error.
    pub fn create_folders(&self) -> anyhow::Result<Created> {
        let mut created = Created::default();
        for folder in &self.missing {
            if let Err(e) = fs::create_dir(folder) {
                created.remove();
                return Err(e).with_context(|| {
                    crate::t!("err-create-folder", path = folder.display().to_string())
                });
            }
            created.folders.push(folder.clone());
        }
        Ok(created)
    }
}

impl Created {
    /// Removes the folders made, innermost first, each only while empty.
    pub fn remove(&mut self) {
        while let Some(folder) = self.folders.pop() {
            let _ = fs::remove_dir(folder);
        }
    }
}

/// A new file gets the usual 0644 (less the umask is not known here; records are not secret).
#[cfg(unix)]
pub fn set_default_permissions(path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o644))
        .with_context(|| crate::t!("err-permissions", path = path.display().to_string()))
}

#[cfg(not(unix))]
pub fn set_default_permissions(_path: &Path) -> anyhow::Result<()> {
    Ok(())
}

/// Makes the rename itself durable where the platform allows; best effort.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        fs::write(&p, "old").unwrap();
        write_atomic(&p, b"new").unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(leftovers(dir.path()), ["a.toml"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        fs::write(&p, "old content\n").unwrap();
        let err = write_atomic_with(
            &p,
            &mut |f| {
                f.write_all(b"half a fi")?;
                Err(std::io::Error::other("disk full"))
            },
            true,
        )
        .unwrap_err();
        assert!(format!("{err:#}").contains("disk full"), "{err:#}");
        assert_eq!(fs::read_to_string(&p).unwrap(), "old content\n");
        assert_eq!(leftovers(dir.path()), ["a.toml"]);
    }

    #[test]
    fn a_parent_that_is_a_file_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain");
        fs::write(&file, "x").unwrap();
        assert!(write_atomic(&file.join("a.toml"), b"new").is_err());
        assert_eq!(fs::read_to_string(&file).unwrap(), "x");
    }

    #[test]
    fn create_new_refuses_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        fs::write(&p, "mine").unwrap();
        let err = create_new(&p, b"theirs").unwrap_err();
        assert!(err.to_string().contains("on jo olemassa"), "{err}");
        assert_eq!(fs::read_to_string(&p).unwrap(), "mine");
        assert_eq!(leftovers(dir.path()), ["a.toml"]);
        let q = dir.path().join("b.toml");
        create_new(&q, b"fresh").unwrap();
        assert_eq!(fs::read_to_string(&q).unwrap(), "fresh");
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions_of_the_replaced_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        fs::write(&p, "old").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&p, b"new").unwrap();
        let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn the_temporary_file_is_named_recognisably() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        let mut seen = Vec::new();
        write_atomic_with(
            &p,
            &mut |f| {
                seen = leftovers(dir.path());
                f.write_all(b"x")
            },
            true,
        )
        .unwrap();
        assert_eq!(seen.len(), 1, "{seen:?}");
        assert!(seen[0].starts_with(TEMP_PREFIX), "{seen:?}");
        assert!(is_temporary_name(std::ffi::OsStr::new(&seen[0])));
        assert_eq!(leftovers(dir.path()), ["a.toml"]);
    }

    #[test]
    fn a_temporary_file_being_written_is_not_stale_and_a_left_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        let mut live = None;
        write_atomic_with(
            &p,
            &mut |f| {
                let name = leftovers(dir.path()).remove(0);
                live = Some(is_stale_temporary(&dir.path().join(name)));
                f.write_all(b"x")
            },
            true,
        )
        .unwrap();
        assert_eq!(live, Some(false));
        let left = dir.path().join(format!("{TEMP_PREFIX}abc123"));
        fs::write(&left, "x").unwrap();
        assert!(is_stale_temporary(&left));
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_file_is_not_replaced() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        fs::write(&p, "old").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o444)).unwrap();
        let err = write_atomic(&p, b"new").unwrap_err();
        assert!(format!("{err:#}").contains("kirjoitussuojattu"), "{err:#}");
        assert_eq!(fs::read_to_string(&p).unwrap(), "old");
        assert_eq!(leftovers(dir.path()), ["a.toml"]);
    }
}
