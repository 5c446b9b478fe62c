//! Shell completion: `hanke completions SHELL` prints a static script
//! (commands and options), and `COMPLETE=bash hanke` registers dynamic
//! completion, which also completes values from the data folder: `--vaihe`
//! its four values, `--salkku` the registry's codes, project ids, and
//! organisation names.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use crate::cli::CompletionsArgs;

/// Prints the static script. Written whole from a buffer, so a closed pipe
/// (`hanke completions bash | head`) is an ordinary error that ends quietly,
/// never a panic inside the generator.
pub fn completions(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    // The tree in the current language: zsh and fish show the help texts;
    // the candidates (commands, options, values) are the same in every language.
    let mut cmd = crate::cli::localize::completion_command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "hanke", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `--projects DIR` as written on the line being completed, if it is.
static PROJECTS_ON_LINE: OnceLock<PathBuf> = OnceLock::new();

/// Answers a completion request and exits when the shell asked for one
/// (`COMPLETE` set); otherwise returns at once and the command runs.
pub fn complete_if_asked() {
    if std::env::var_os("COMPLETE").is_none_or(|v| v.is_empty() || v == "0") {
        return;
    }
    let line: Vec<String> = std::env::args_os()
        .skip_while(|a| a != "--")
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if let Some(dir) = projects_on_line(&line) {
        let _ = PROJECTS_ON_LINE.set(dir);
    }
    clap_complete::CompleteEnv::with_factory(crate::cli::localize::completion_command).complete();
}

/// The value of the last complete `--projects DIR` or `--projects=DIR`.
fn projects_on_line(words: &[String]) -> Option<PathBuf> {
    let mut found = None;
    let mut words = words.iter().peekable();
    while let Some(w) = words.next() {
        if w == "--projects" {
            // The last word is the one being completed: not a value yet.
            if let Some(v) = words.next().filter(|_| words.peek().is_some()) {
                found = Some(PathBuf::from(v));
            }
        } else if let Some(v) = w.strip_prefix("--projects=") {
            found = Some(PathBuf::from(v));
        }
    }
    found
}

/// The value candidates, attached to arguments in [`crate::cli`]. Each
/// finds the data folder the usual way (`--projects` on the line, else
/// `HANKE_PROJECTS`, else discovery) and offers nothing when there is none
/// or it cannot be read: a completion never fails loudly.
pub mod candidates {
    use std::path::PathBuf;

    use clap_complete::engine::CompletionCandidate;

    use crate::model::Vaihe;

    fn data_folder() -> Option<PathBuf> {
        if let Some(dir) = super::PROJECTS_ON_LINE.get() {
            return Some(dir.clone());
        }
        if let Some(dir) = std::env::var_os("HANKE_PROJECTS").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(dir));
        }
        crate::context::find_data_root(&std::env::current_dir().ok()?)
    }

    fn registry() -> Option<toml::Table> {
        let path = data_folder()?.join(crate::load::walk::REGISTRY_FILE);
        std::fs::read_to_string(path).ok()?.parse().ok()
    }

    fn keys_of(registry: &toml::Table, table: &str) -> Vec<String> {
        registry
            .get(table)
            .and_then(toml::Value::as_table)
            .map(|t| t.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// `suunnitteilla`, `käynnissä`, `päättynyt`, `keskeytetty`.
    pub fn vaiheet() -> Vec<CompletionCandidate> {
        Vaihe::ALL
            .into_iter()
            .map(|v| CompletionCandidate::new(v.as_str()))
            .collect()
    }

    /// The portfolio codes of the registry, with their names.
    pub fn salkut() -> Vec<CompletionCandidate> {
        let Some(reg) = registry() else {
            return Vec::new();
        };
        keys_of(&reg, "salkut")
            .into_iter()
            .map(|code| {
                let name = reg["salkut"][&code]
                    .get("nimi")
                    .and_then(toml::Value::as_str)
                    .map(str::to_string);
                CompletionCandidate::new(code).help(name.map(Into::into))
            })
            .collect()
    }

    /// The organisations of the registry (canonical names).
    pub fn organisaatiot() -> Vec<CompletionCandidate> {
        registry()
            .map(|reg| keys_of(&reg, "organisaatiot"))
            .unwrap_or_default()
            .into_iter()
            .map(CompletionCandidate::new)
            .collect()
    }

    /// Every project id below the data folder, from file names alone.
    pub fn ids() -> Vec<CompletionCandidate> {
        let Some(root) = data_folder() else {
            return Vec::new();
        };
        let (found, _) = crate::load::walk::record_files(&root);
        found
            .into_iter()
            .filter_map(|f| f.rel.strip_suffix(".toml").map(str::to_string))
            .filter(|id| crate::model::id::id_problem(id).is_none())
            .map(CompletionCandidate::new)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn projects_is_read_from_the_line_being_completed() {
        assert_eq!(
            projects_on_line(&words("-- hanke --projects data show x")),
            Some(PathBuf::from("data"))
        );
        assert_eq!(
            projects_on_line(&words("-- hanke list --projects=d --salkku ")),
            Some(PathBuf::from("d"))
        );
        // Still being typed: not a folder yet.
        assert_eq!(projects_on_line(&words("-- hanke --projects da")), None);
    }
}
