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
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        let root = match &g.projects {
            Some(dir) => dir.clone(),
            None => match find_data_root(&cwd) {
                Some(dir) => dir,
                None => bail!(
                    "no data folder: no `projects/{REGISTRY_FILE}` in `{}` or any parent folder; pass --projects DIR or set HANKE_PROJECTS",
                    cwd.display()
                ),
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

/// The nearest `projects/` folder holding a `hanke.toml`, from `start` upwards.
pub fn find_data_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join("projects"))
        .find(|p| p.join(REGISTRY_FILE).is_file())
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
