//! The resolved settings of one run: data folder, today's date, colour.
//!
//! Resolved once, low to high (defaults, environment, flags), before any
//! command runs; rules and reports never look at the clock or the
//! environment themselves.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use chrono::NaiveDate;

use crate::cli::{ColorChoice, GlobalArgs};
use crate::load::walk::REGISTRY_FILE;

#[derive(Debug, Clone)]
pub struct Context {
    /// The data folder.
    pub root: PathBuf,
    /// The data folder as the user should see it in paths (relative to the working directory when inside it).
    pub display_root: PathBuf,
    pub today: NaiveDate,
    /// Colour on stdout.
    pub color: bool,
    /// Colour on stderr.
    pub color_stderr: bool,
}

impl Context {
    pub fn resolve(g: &GlobalArgs) -> anyhow::Result<Context> {
        let cwd = std::env::current_dir().with_context(|| crate::t!("err-cwd"))?;
        let root = match &g.projects {
            Some(dir) => dir.clone(),
            None => match find_data_root(&cwd) {
                Some(dir) => dir,
                None => bail!(crate::t!(
                    "err-no-data-folder",
                    registry = REGISTRY_FILE,
                    cwd = cwd.display().to_string()
                )),
            },
        };
        let display_root = display_path(&root, &cwd);
        let today = g.today.unwrap_or_else(|| chrono::Local::now().date_naive());
        Ok(Context {
            root,
            display_root,
            today,
            color: wants_color(g.color, std::io::stdout().is_terminal()),
            color_stderr: wants_color(g.color, std::io::stderr().is_terminal()),
        })
    }
}

/// The data folder around or beside `start`, searched upwards as cargo finds
/// `Cargo.toml`: at each level, the folder itself when it holds `hanke.toml`,
/// else its `projects/` child when that does; the nearest level wins.
///
/// A `hanke.toml` inside a data folder found further up is a record there
/// (`hyve/hanke.toml` is the record `hyve/hanke`), so the outer folder wins.
pub fn find_data_root(start: &Path) -> Option<PathBuf> {
    let mut candidates = start
        .ancestors()
        .flat_map(|dir| [dir.to_path_buf(), dir.join("projects")])
        .filter(|d| d.join(REGISTRY_FILE).is_file());
    let mut found = candidates.next()?;
    for outer in candidates {
        if outer != found && walks_into(&outer, &found) {
            found = outer;
        }
    }
    Some(found)
}

/// Whether loading `outer` walks into `inner` (names starting with `.` or
/// `_` are skipped by the walk).
fn walks_into(outer: &Path, inner: &Path) -> bool {
    inner.strip_prefix(outer).is_ok_and(|rel| {
        rel.iter().all(|c| {
            let c = c.to_string_lossy();
            !c.starts_with('.') && !c.starts_with('_')
        })
    })
}

fn display_path(root: &Path, cwd: &Path) -> PathBuf {
    crate::diag::render::relative_to(root, cwd)
}

fn wants_color(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            terminal
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry_in(dir: &Path) {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join(REGISTRY_FILE), "").unwrap();
    }

    #[test]
    fn search_order_level_by_level() {
        let t = tempfile::tempdir().unwrap();
        let top = t.path();
        let deep = top.join("a/b/c");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(find_data_root(&deep), None);
        // A `projects/` child of an ancestor.
        registry_in(&top.join("projects"));
        assert_eq!(find_data_root(&deep), Some(top.join("projects")));
        // A nearer level wins: `a/b/projects/` ...
        registry_in(&top.join("a/b/projects"));
        assert_eq!(find_data_root(&deep), Some(top.join("a/b/projects")));
        // ... and at one level the folder itself comes before its `projects/`.
        registry_in(&top.join("a/b"));
        assert_eq!(find_data_root(&deep), Some(top.join("a/b")));
        // Standing inside a data folder of any name.
        assert_eq!(find_data_root(&top.join("a/b")), Some(top.join("a/b")));
    }

    #[test]
    fn a_registry_inside_a_data_folder_is_a_record() {
        let t = tempfile::tempdir().unwrap();
        let data = t.path().join("data");
        registry_in(&data);
        registry_in(&data.join("hyve"));
        assert_eq!(find_data_root(&data.join("hyve")), Some(data.clone()));
        // Unless the walk skips the folder it is in: then it is a folder of its own.
        registry_in(&data.join("_luonnos"));
        assert_eq!(
            find_data_root(&data.join("_luonnos")),
            Some(data.join("_luonnos"))
        );
    }
}
