//! Finding the record files below the data root.
//!
//! Every `*.toml` below the root is a record, except the registry
//! `hanke.toml` at the root and anything whose name starts with `.` or `_`.
//!
//! Each file is read once: a symbolic link to a record the walk reaches
//! anyway (or to a folder of them), or a second link to the same file, is
//! reported (H111) and not followed, so reports never count a record twice.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diag::{Code, codes};

/// A record file found by the walk.
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    /// `/`-separated path relative to the root.
    pub rel: String,
}

/// Something the walk could not get past (an unreadable folder, a symlink
/// loop), or a file it found that should not be there (a stale temporary).
#[derive(Debug)]
pub struct WalkProblem {
    /// H001 for what cannot be read, H006 for a stale temporary file,
    /// H111 for a file reached twice.
    pub code: &'static Code,
    pub rel: String,
    pub message: String,
    /// How to fix it.
    pub help: String,
}

pub const REGISTRY_FILE: &str = "hanke.toml";

/// Every record file below `root`, sorted by relative path, and the
/// problems met on the way.
pub fn record_files(root: &Path) -> (Vec<Found>, Vec<WalkProblem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for item in records(root) {
        match item {
            Ok(f) => found.push(f),
            Err(p) => problems.push(p),
        }
    }
    found.sort_by(|a, b| a.rel.cmp(&b.rel));
    (found, problems)
}

/// The record files below `root` in walk order, as the walk finds them, so
/// a caller can start reading the first files while the walk goes on.
///
/// Symbolic links are followed while they lead to somewhere inside the data
/// folder; one that leads out (to `/`, to another checkout) is reported and
/// not entered, so a link cannot make `check` walk the whole disk or read
/// files that are not in the repository. One that leads to what the walk
/// reads anyway is reported and not entered either ([`reached_twice`]).
pub fn records(root: &Path) -> impl Iterator<Item = Result<Found, WalkProblem>> + Send + '_ {
    let inside = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let outside = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let pruned = outside.clone();
    // Targets of links to files and folders the walk does not reach by
    // itself: the first link to each is followed, a second one is not.
    let mut linked: HashSet<PathBuf> = HashSet::new();
    let walk = WalkDir::new(root)
        .follow_links(true)
        .into_iter()
        .filter_entry(move |e| {
            if e.depth() == 0 {
                return true;
            }
            if is_skipped(e.file_name()) {
                if let Some(problem) = stale_temporary(root, e) {
                    pruned
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .push(problem);
                }
                return false;
            }
            if e.path_is_symlink()
                && let Some(problem) = leads_outside(root, &inside, e)
                    .or_else(|| reached_twice(root, &inside, e, &mut linked))
            {
                pruned
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(problem);
                return false;
            }
            true
        })
        .filter_map(move |entry| match entry {
            Ok(e) => {
                let ft = e.file_type();
                if ft.is_dir() || e.path().extension().is_none_or(|x| x != "toml") {
                    return None;
                }
                let rel = relative(root, e.path());
                if rel == REGISTRY_FILE {
                    return None;
                }
                if !ft.is_file() {
                    // Reading a named pipe would wait forever, a device
                    // (`/dev/zero`) would never end: say so, read nothing.
                    let message = crate::t!(
                        "rule-h001-not-file",
                        file = rel.as_str(),
                        kind = file_kind(&ft)
                    );
                    let help = crate::t!("rule-h001-not-file-help");
                    return Some(Err(WalkProblem {
                        code: codes::UNREADABLE,
                        rel,
                        message,
                        help,
                    }));
                }
                Some(Ok(Found {
                    path: e.into_path(),
                    rel,
                }))
            }
            Err(err) => Some(Err(walk_problem(root, &err))),
        });
    // The links left out are known once the walk is over.
    walk.chain(std::iter::from_fn(move || {
        outside
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop()
            .map(Err)
    }))
}

/// A problem when the symbolic link `e` leads out of the data folder
/// (`inside`, canonical). A device or pipe named `*.toml` is left to the
/// walk, which names what it is; a dangling link to the walk's own error.
pub fn leads_outside(root: &Path, inside: &Path, e: &walkdir::DirEntry) -> Option<WalkProblem> {
    let target = std::fs::canonicalize(e.path()).ok()?;
    if target.starts_with(inside) {
        return None;
    }
    let ft = e.file_type();
    if !ft.is_dir() && !ft.is_file() {
        return None;
    }
    let is_record = ft.is_dir() || e.path().extension().is_some_and(|x| x == "toml");
    if !is_record {
        return None;
    }
    let rel = relative(root, e.path());
    let message = crate::t!(
        "rule-h001-outside",
        file = rel.as_str(),
        target = target.display().to_string()
    );
    let help = crate::t!("rule-h001-outside-help");
    Some(WalkProblem {
        code: codes::UNREADABLE,
        rel,
        message,
        help,
    })
}

/// A problem when the symbolic link `e`, inside the data folder (`inside`,
/// canonical), leads to a record or folder the walk reads anyway, or to one
/// an earlier link (`linked`) already led to: the same file would be read
/// twice and every report would count it twice. A link to a folder above
/// itself is a loop, left to the walk's own error.
fn reached_twice(
    root: &Path,
    inside: &Path,
    e: &walkdir::DirEntry,
    linked: &mut HashSet<PathBuf>,
) -> Option<WalkProblem> {
    let target = std::fs::canonicalize(e.path()).ok()?;
    let rel_target = target.strip_prefix(inside).ok()?.to_path_buf();
    let ft = e.file_type();
    let shown = relative(inside, &target);
    let walked = rel_target.components().all(|c| !is_skipped(c.as_os_str()));
    let file = relative(root, e.path());
    let shown = shown.as_str();
    let (message, help) = if ft.is_dir() {
        let parent = e
            .path()
            .parent()
            .and_then(|p| std::fs::canonicalize(p).ok())?;
        if parent.starts_with(&target) {
            return None;
        }
        if walked {
            (
                crate::t!(
                    "rule-h111-folder-walked",
                    file = file.as_str(),
                    target = shown
                ),
                crate::t!("rule-h111-folder-walked-help"),
            )
        } else if linked.insert(target) {
            return None;
        } else {
            (
                crate::t!(
                    "rule-h111-folder-twice",
                    file = file.as_str(),
                    target = shown
                ),
                crate::t!("rule-h111-folder-twice-help"),
            )
        }
    } else if ft.is_file() {
        if walked && is_record_path(shown) {
            (
                crate::t!(
                    "rule-h111-file-walked",
                    file = file.as_str(),
                    target = shown
                ),
                crate::t!("rule-h111-file-walked-help"),
            )
        } else if linked.insert(target) {
            return None;
        } else {
            (
                crate::t!("rule-h111-file-twice", file = file.as_str(), target = shown),
                crate::t!("rule-h111-file-twice-help"),
            )
        }
    } else {
        return None;
    };
    Some(WalkProblem {
        code: codes::DUPLICATE_PROJECT,
        message,
        rel: file,
        help,
    })
}

/// H006: a temporary file that a `hanke` write left behind (killed between
/// writing and renaming). It holds a whole record and would be committed by
/// `git add -A`, yet the walk skips it as a dot file.
pub fn stale_temporary(root: &Path, e: &walkdir::DirEntry) -> Option<WalkProblem> {
    if !crate::write::is_temporary_name(e.file_name())
        || !crate::write::is_stale_temporary(e.path())
    {
        return None;
    }
    let rel = relative(root, e.path());
    Some(WalkProblem {
        message: crate::t!("rule-h006", file = rel.as_str()),
        rel,
        help: crate::t!("rule-h006-help"),
        code: codes::STALE_TEMP,
    })
}

/// What a file that is not a regular file is, for messages, in the user's
/// language: "a folder" / "kansio", "a named pipe" / "nimetty putki", ...
pub fn file_kind(ft: &std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return crate::t!("diag-file-kind-pipe");
        }
        if ft.is_char_device() || ft.is_block_device() {
            return crate::t!("diag-file-kind-device");
        }
        if ft.is_socket() {
            return crate::t!("diag-file-kind-socket");
        }
    }
    if ft.is_dir() {
        crate::t!("diag-file-kind-folder")
    } else if ft.is_symlink() {
        crate::t!("diag-file-kind-symlink")
    } else if ft.is_file() {
        crate::t!("diag-file-kind-file")
    } else {
        crate::t!("diag-file-kind-other")
    }
}

fn is_skipped(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.starts_with('_')
}

pub fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    // The walk's own paths are clean (`root/a/b.toml`): on `/` systems their
    // text already is the answer.
    if std::path::MAIN_SEPARATOR == '/'
        && let Some(text) = rel.to_str()
        && !text.is_empty()
        && text
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != "..")
    {
        return text.to_owned();
    }
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn walk_problem(root: &Path, err: &walkdir::Error) -> WalkProblem {
    let rel = err.path().map_or_else(String::new, |p| relative(root, p));
    if let Some(ancestor) = err.loop_ancestor() {
        // The data folder itself is `.`, not an empty name.
        let target = Some(relative(root, ancestor))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| ".".into());
        let message = crate::t!("rule-h001-loop", file = rel.as_str(), target = target);
        let help = crate::t!("rule-h001-loop-help");
        return WalkProblem {
            code: codes::UNREADABLE,
            rel,
            message,
            help,
        };
    }
    let reason = match err.io_error() {
        Some(io) => io_reason(io),
        None => err.to_string(),
    };
    let message = crate::t!("rule-h001-walk", file = rel.as_str(), reason = reason);
    let help = crate::t!("rule-h001-walk-help");
    WalkProblem {
        code: codes::UNREADABLE,
        rel,
        message,
        help,
    }
}

/// A short lowercase reason for an I/O error, in the user's language.
pub fn io_reason(err: &std::io::Error) -> String {
    crate::lang::io::reason(err)
}

/// True when a `/`-separated path relative to the root names a record file
/// under the walk's rules: a `*.toml`, not the registry, no component
/// starting with `.` or `_`. Used for file lists that do not come from the
/// walk (a git revision).
pub fn is_record_path(rel: &str) -> bool {
    rel.ends_with(".toml")
        && rel != REGISTRY_FILE
        && rel
            .split('/')
            .all(|c| !c.is_empty() && !c.starts_with('.') && !c.starts_with('_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_paths_follow_the_walk_rules() {
        assert!(is_record_path("hyve.toml"));
        assert!(is_record_path("hyve/oulu.toml"));
        assert!(!is_record_path("hanke.toml"));
        assert!(is_record_path("sub/hanke.toml"));
        assert!(!is_record_path("_drafts/x.toml"));
        assert!(!is_record_path(".github/x.toml"));
        assert!(!is_record_path("README.md"));
    }
}
