//! Writing files so that a reader never sees half a file.
//!
//! Every command that writes a record (`hanke new`, `hanke fmt`, `hanke import
//! --write`) goes through here: the new content is written to a temporary file
//! in the same folder, flushed to disk, given the old file's permissions and
//! renamed over the old file. On any error the old file is untouched and the
//! temporary file is removed (tempfile deletes it when dropped).

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, bail};
use tempfile::NamedTempFile;

/// How the temporary file is filled; the test seam for a write that fails midway.
pub type Filler<'a> = &'a mut dyn FnMut(&mut fs::File) -> std::io::Result<()>;

/// Replaces (or creates) `path` with `bytes` atomically.
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
        bail!("`{}` already exists; not overwriting it", path.display());
    }
    let mut tmp = NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a temporary file in `{}`", dir.display()))?;
    fill(tmp.as_file_mut()).with_context(|| format!("cannot write `{}`", path.display()))?;
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("cannot flush `{}` to disk", path.display()))?;
    if overwrite {
        // Keep the permissions of the file being replaced (tempfile creates 0600).
        match fs::metadata(path) {
            Ok(meta) => fs::set_permissions(tmp.path(), meta.permissions())
                .with_context(|| format!("cannot set the permissions of `{}`", path.display()))?,
            Err(_) => set_default_permissions(tmp.path())?,
        }
        tmp.persist(path)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot replace `{}`", path.display()))?;
    } else {
        set_default_permissions(tmp.path())?;
        tmp.persist_noclobber(path)
            .map_err(|e| e.error)
            .with_context(|| {
                format!(
                    "cannot create `{}` (does it already exist?)",
                    path.display()
                )
            })?;
    }
    sync_dir(dir);
    Ok(())
}

/// A new file gets the usual 0644 (less the umask is not known here; records are not secret).
#[cfg(unix)]
fn set_default_permissions(path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o644))
        .with_context(|| format!("cannot set the permissions of `{}`", path.display()))
}

#[cfg(not(unix))]
fn set_default_permissions(_path: &Path) -> anyhow::Result<()> {
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
        assert!(err.to_string().contains("already exists"), "{err}");
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
}
