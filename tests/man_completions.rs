//! The hand-offs to the shell: man pages, completions, help layout.

use std::process::Command;

use crate::util::*;

/// The binary without the test helper's arguments (completion requests
/// must see exactly the line the shell sends).
fn bare() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hanke"));
    c.env_remove("HANKE_PROJECTS").env_remove("COMPLETE");
    c
}

fn text(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn man_prints_the_main_page_with_environment_and_exit_status() {
    let out = hanke_in("en").arg("man").output().unwrap();
    assert!(out.status.success());
    let page = text(&out);
    assert!(page.contains(".TH hanke 1 "), "{page}");
    for needle in [
        ".SH \"ENVIRONMENT\"",
        "HANKE_PROJECTS",
        "NO_COLOR",
        "GITHUB_STEP_SUMMARY",
        ".SH \"EXIT STATUS\"",
        "hanke\\-list(1)",
        "hanke\\-diff(1)",
    ] {
        assert!(page.contains(needle), "the main page lacks {needle}");
    }
    // diff has its description in the list of commands.
    let diff = page.split("hanke\\-diff(1)").nth(1).unwrap();
    assert!(
        diff.lines().nth(1).unwrap().contains("money terms"),
        "{diff}"
    );
}

#[test]
fn man_of_one_command_has_its_options_and_statuses() {
    let out = hanke_in("en").args(["man", "list"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = text(&out);
    assert!(page.contains(".TH hanke-list 1 "), "{page}");
    for needle in [
        "\\-\\-sort",
        "\\-\\-salkku",
        "FILTERS",
        "GLOBAL OPTIONS",
        "EXIT STATUS",
        "\\fBhanke\\fR(1)",
    ] {
        assert!(page.contains(needle), "hanke-list(1) lacks {needle}");
    }
    let check = text(&hanke_in("en").args(["man", "check"]).output().unwrap());
    assert!(check.contains("\\-\\-deny\\-warnings"), "{check}");
    let diff = text(&hanke_in("en").args(["man", "diff"]).output().unwrap());
    assert!(diff.contains("two git revisions"), "{diff}");
    let out = hanke_in("en").args(["man", "lsit"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the pages are: check"));
}

#[test]
fn man_out_dir_writes_every_page_the_main_page_refers_to() {
    let dir = tempfile::tempdir().unwrap();
    let out = hanke()
        .args(["man", "--out-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let main = std::fs::read_to_string(dir.path().join("hanke.1")).unwrap();
    let mut referred = 0;
    for part in main.split("hanke\\-").skip(1) {
        let Some((name, _)) = part.split_once("(1)") else {
            continue;
        };
        referred += 1;
        let page = dir.path().join(format!("hanke-{name}.1"));
        assert!(
            page.is_file(),
            "hanke.1 refers to {} which was not written",
            page.display()
        );
    }
    assert!(referred >= 12, "{referred}");
    assert!(text(&out).contains("hanke-list.1"));
}

#[test]
fn subcommand_help_groups_global_options_apart_from_filters() {
    let help = text(&hanke_in("en").args(["list", "--help"]).output().unwrap());
    let options = help.find("\nOptions:").expect("an Options section");
    let filters = help.find("\nFilters:").expect("a Filters section");
    let global = help
        .find("\nGlobal options:")
        .expect("a Global options section");
    assert!(options < filters && filters < global, "{help}");
    assert!(help[filters..global].contains("--salkku"));
    assert!(help[global..].contains("--projects") && help[global..].contains("--today"));
    assert!(!help[options..filters].contains("--projects"), "{help}");
    let diff = text(&hanke_in("en").arg("--help").output().unwrap());
    assert!(
        diff.lines()
            .any(|l| l.trim_start().starts_with("diff") && l.contains("money terms")),
        "{diff}"
    );
}

/// What the shell gets for a line (fish's protocol: one candidate a line).
fn complete(
    line: &[&str],
    dir: Option<&std::path::Path>,
    env: Option<&std::path::Path>,
) -> Vec<String> {
    let mut c = bare();
    c.env("COMPLETE", "fish").arg("--").args(line);
    if let Some(d) = dir {
        c.current_dir(d);
    }
    if let Some(e) = env {
        c.env("HANKE_PROJECTS", e);
    }
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text(&out)
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .filter(|v| !v.starts_with('-'))
        .collect()
}

#[test]
fn dynamic_completion_completes_values_from_the_data_folder() {
    assert_eq!(
        complete(&["hanke", "list", "--vaihe", ""], None, None),
        ["suunnitteilla", "käynnissä", "päättynyt", "keskeytetty"]
    );
    // --projects on the line.
    let reports = reports();
    let r = reports.to_str().unwrap();
    let ids = complete(&["hanke", "--projects", r, "show", ""], None, None);
    assert!(
        ids.contains(&"aalto/pohjoinen".to_string()) && ids.contains(&"zeta".to_string()),
        "{ids:?}"
    );
    let ids = complete(&["hanke", "budget", "--projects", r, "aa"], None, None);
    assert!(
        ids.iter().all(|i| i.starts_with("aa")) && ids.contains(&"aalto".to_string()),
        "{ids:?}"
    );
    // Else HANKE_PROJECTS.
    let orgs = complete(&["hanke", "list", "--rahoittaja", ""], None, Some(&reports));
    assert!(orgs.contains(&"Oulun kaupunki".to_string()), "{orgs:?}");
    // Else the data folder found from the current directory.
    let codes = complete(
        &["hanke", "summary", "--salkku", ""],
        Some(&projects()),
        None,
    );
    assert!(
        codes.contains(&"KONSTI".to_string()) && codes.contains(&"PSKASTE".to_string()),
        "{codes:?}"
    );
    // No data folder: no candidates, no error.
    let nowhere = tempfile::tempdir().unwrap();
    assert!(
        complete(
            &["hanke", "list", "--salkku", ""],
            Some(nowhere.path()),
            None
        )
        .is_empty()
    );
}

#[test]
fn dynamic_completion_registers_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let out = bare().env("COMPLETE", shell).output().unwrap();
        assert!(out.status.success());
        let script = text(&out);
        assert!(
            script.contains("COMPLETE=") || script.contains("COMPLETE"),
            "{shell}: {script}"
        );
        assert!(script.contains("hanke"), "{shell}: {script}");
    }
}

#[test]
fn static_completions_survive_a_closed_pipe() {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = bare()
        .args(["completions", "bash"])
        .stdout(writer)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    // And still prints a script.
    let script = text(&bare().args(["completions", "zsh"]).output().unwrap());
    assert!(script.starts_with("#compdef hanke"), "{}", &script[..40]);
}
