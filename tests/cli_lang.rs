//! The command line in two languages: clap's help, clap's own errors, the
//! top-level errors and the man pages are Finnish by default and English
//! with `--lang en`, `HANKE_LANG=en` or an English locale.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::Entry;

use crate::util::*;

/// The message ids of a catalogue.
fn ids(lang: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/hanke.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    let resource =
        fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    resource
        .body
        .into_iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Every command, argument, value name and possible value with help has a
/// message in each language: nothing stays English silently.
#[test]
fn every_text_of_the_command_line_has_a_message_in_both_languages() {
    let required = hanke::cli::localize::required_ids();
    assert!(required.len() > 100, "{}", required.len());
    for lang in ["fi", "en"] {
        let have = ids(lang);
        let missing: Vec<String> = required
            .iter()
            .filter(|(alternatives, _)| !alternatives.iter().any(|id| have.contains(id)))
            .map(|(alternatives, english)| format!("{} ({english})", alternatives.join(" | ")))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks:\n{}", missing.join("\n"));
    }
}

fn help(lang: Option<&str>, args: &[&str]) -> String {
    let mut c = match lang {
        Some(l) => hanke_in(l),
        None => hanke(),
    };
    let out = c.args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn help_snapshots_in_both_languages() {
    for (lang, name) in [(None, "fi"), (Some("en"), "en")] {
        insta::assert_snapshot!(format!("help_{name}"), help(lang, &["--help"]));
        insta::assert_snapshot!(
            format!("check_help_{name}"),
            help(lang, &["check", "--help"])
        );
        insta::assert_snapshot!(format!("budget_h_{name}"), help(lang, &["budget", "-h"]));
    }
}

/// Words of English that a Finnish help or error must not contain (values
/// such as `table`, `never` and `human` are data, the same in every language).
const ENGLISH: &[&str] = &[
    "usage",
    "options",
    "option",
    "arguments",
    "argument",
    "commands",
    "command",
    "print",
    "default",
    "possible",
    "values",
    "value",
    "the",
    "with",
    "for",
    "from",
    "of",
    "and",
    "or",
    "to",
    "a",
    "file",
    "folder",
    "error",
    "tip",
    "required",
    "found",
    "invalid",
    "unexpected",
    "more",
    "information",
    "try",
    "output",
    "format",
    "project",
    "records",
    "record",
    "version",
    "env",
    "write",
    "exit",
    "status",
    "subcommand",
];

/// The words of `text`, keeping `--flags` and `<NAMES>` whole so they are
/// not taken for words.
fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || ",;:()[]'\"`=|/.?!".contains(c))
        .filter(|w| !w.starts_with('-') && !w.starts_with('<') && !w.starts_with('$'))
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

#[test]
fn finnish_help_has_no_english_word() {
    let mut pages = vec![vec!["--help"], vec!["-h"], vec!["help", "list"]];
    for cmd in [
        "check",
        "schema",
        "list",
        "show",
        "summary",
        "budget",
        "diff",
        "site",
        "new",
        "fmt",
        "import",
        "completions",
        "man",
    ] {
        pages.push(vec![cmd, "--help"]);
        pages.push(vec![cmd, "-h"]);
    }
    for args in pages {
        let text = help(None, &args);
        assert!(text.contains("Käyttö: hanke"), "{args:?}: {text}");
        let found = english_words(&text);
        assert!(found.is_empty(), "{args:?}: {found:?}\n{text}");
    }
    // And the English help has its own headings, no Finnish ones.
    let en = help(Some("en"), &["list", "--help"]);
    for word in [
        "Usage:",
        "Options:",
        "Filters:",
        "Global options:",
        "[default: nimi]",
    ] {
        assert!(en.contains(word), "{word}: {en}");
    }
    for word in [
        "Käyttö",
        "Valitsimet",
        "Suodattimet",
        "oletus",
        "mahdolliset",
    ] {
        assert!(!en.contains(word), "{word}: {en}");
    }
}

/// Runs the binary with `args` in a language chosen one of four ways;
/// returns (status, stderr).
fn run_as(how: &str, args: &[&str]) -> (i32, String) {
    let mut c = hanke();
    match how {
        "fi" => {}
        "flag" => {
            c.arg("--lang").arg("en");
        }
        "env" => {
            c.env("HANKE_LANG", "en");
        }
        "locale" => {
            c.env("LANG", "en_US.UTF-8");
        }
        other => panic!("{other}"),
    }
    let out = c.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Each kind of clap error the command line can meet: (arguments, what the
/// Finnish message says, what the English one says).
const CLAP_ERRORS: &[(&[&str], &[&str], &[&str])] = &[
    // unknown argument, with a "did you mean"
    (
        &["check", "--formt", "json"],
        &[
            "virhe: tuntematon argumentti '--formt'",
            "vihje: samankaltainen argumentti on olemassa: '--format'",
            "Käyttö: hanke check [VALITSIMET]",
            "Lisätietoja saat valitsimella '--help'.",
        ],
        &[
            "error: unexpected argument '--formt' found",
            "tip: a similar argument exists: '--format'",
            "Usage: hanke check [OPTIONS]",
            "For more information, try '--help'.",
        ],
    ),
    // invalid value, with the possible values
    (
        &["check", "--format", "xml"],
        &[
            "virhe: arvo 'xml' ei kelpaa argumentille '--format <MUOTO>'",
            "[mahdolliset arvot: human, json, github]",
        ],
        &[
            "error: invalid value 'xml' for '--format <FORMAT>'",
            "[possible values: human, json, github]",
        ],
    ),
    // a value missing
    (
        &["list", "--sort"],
        &["virhe: argumentti '--sort <JÄRJESTYS>' tarvitsee arvon"],
        &["error: a value is required for '--sort <SORT>' but none was supplied"],
    ),
    // missing required arguments
    (
        &["new"],
        &[
            "virhe: seuraavat pakolliset argumentit puuttuvat:\n  --nimi <NIMI>",
            "Käyttö: hanke new [VALITSIMET] --nimi <NIMI> --salkku <KOODI> <TUNNUS>",
        ],
        &[
            "error: the following required arguments were not provided:\n  --nimi <NAME>",
            "Usage: hanke new [OPTIONS] --nimi <NAME> --salkku <CODE> <ID>",
        ],
    ),
    // an unknown subcommand
    (
        &["lst"],
        &[
            "virhe: tuntematon komento 'lst'",
            "vihje: samankaltaisia komentoja on olemassa: 'site', 'list'",
        ],
        &[
            "error: unrecognized subcommand 'lst'",
            "tip: some similar subcommands exist: 'site', 'list'",
        ],
    ),
    // a value the value parser refuses: a date
    (
        &[
            "new",
            "x",
            "--nimi",
            "X",
            "--salkku",
            "K",
            "--alkaa",
            "31.2.2025",
        ],
        &[
            "virhe: arvo '31.2.2025' ei kelpaa argumentille '--alkaa <PVM>': päivämäärä `31.2.2025` ei kelpaa",
        ],
        &["error: invalid value '31.2.2025' for '--alkaa <DATE>': `31.2.2025` is not a date"],
    ),
    // and a status
    (
        &["list", "--vaihe", "valmis"],
        &[
            "virhe: arvo 'valmis' ei kelpaa argumentille '--vaihe <VAIHE>': odotettiin yhtä arvoista",
        ],
        &["error: invalid value 'valmis' for '--vaihe <STATUS>': expected one of"],
    ),
    // arguments that conflict
    (
        &["schema", "--registry", "--write"],
        &["virhe: argumenttia '--registry' ei voi käyttää yhdessä argumentin '--write' kanssa"],
        &["error: the argument '--registry' cannot be used with '--write'"],
    ),
    // an argument given twice
    (
        &["list", "--sort", "id", "--sort", "nimi"],
        &["virhe: argumentin '--sort <JÄRJESTYS>' voi antaa vain kerran"],
        &["error: the argument '--sort <SORT>' cannot be used multiple times"],
    ),
    // one more positional value than the command takes
    (
        &["show", "zeta", "extra"],
        &["virhe: tuntematon argumentti 'extra'"],
        &["error: unexpected argument 'extra' found"],
    ),
];

#[test]
fn clap_errors_are_finnish_by_default_and_english_when_asked() {
    for (args, fi, en) in CLAP_ERRORS {
        for how in ["fi", "flag", "env", "locale"] {
            let (code, err) = run_as(how, args);
            assert_eq!(code, 2, "{how} {args:?}: {err}");
            let expected = if how == "fi" { fi } else { en };
            for needle in *expected {
                assert!(
                    err.contains(needle),
                    "{how} {args:?} lacks {needle:?}:\n{err}"
                );
            }
            if how == "fi" {
                let found = english_words(&err);
                assert!(found.is_empty(), "{args:?}: {found:?}\n{err}");
            } else {
                assert!(!err.contains("virhe"), "{how} {args:?}: {err}");
            }
        }
    }
}

#[test]
fn help_and_version_still_exit_0_and_no_command_prints_help_with_2() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["list", "--help"],
        &["help", "budget"],
    ] {
        let out = hanke().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Käyttö:"));
    }
    let out = hanke().arg("-V").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("hanke {}\n", env!("CARGO_PKG_VERSION"))
    );
    // No arguments at all: the help, on stderr, with status 2.
    let mut bare = std::process::Command::new(env!("CARGO_BIN_EXE_hanke"));
    for var in ["HANKE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        bare.env_remove(var);
    }
    let out = bare.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Komennot:"));
    // Options but no command: an error that lists the commands.
    let out = hanke().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("virhe: 'hanke' tarvitsee komennon") && err.contains("[komennot: check,"),
        "{err}"
    );
}

#[test]
fn top_level_errors_say_virhe_in_finnish_and_error_in_english() {
    let nowhere = tempfile::tempdir().unwrap();
    for (how, prefix, says) in [
        ("fi", "virhe: ", "tietokansiota ei löydy"),
        ("flag", "error: ", "no data folder"),
        ("env", "error: ", "no data folder"),
        ("locale", "error: ", "no data folder"),
    ] {
        let mut c = hanke();
        match how {
            "flag" => {
                c.args(["--lang", "en"]);
            }
            "env" => {
                c.env("HANKE_LANG", "en");
            }
            "locale" => {
                c.env("LANG", "en_US.UTF-8");
            }
            _ => {}
        }
        let out = c.current_dir(nowhere.path()).arg("list").output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            err.starts_with(prefix) && err.contains(says),
            "{how}: {err}"
        );
    }
    let (code, _, err) = run_in(&reports(), &["budget"]);
    assert_eq!(code, 2);
    assert_eq!(
        err.strip_prefix(BROKEN_WARNING).unwrap(),
        "virhe: anna hankkeen tunnus (`hanke budget TUNNUS`) tai valitse yhteen laskettavat hankkeet, esim. `--salkku KOODI`\n"
    );
    let (_, _, err) = run_in_lang("en", &reports(), &["budget"]);
    assert!(
        err.ends_with(
        "\nerror: give a project id (`hanke budget ID`) or choose projects to roll up with `--salkku CODE`\n"
        ),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let x = dir.path().join("x.xlsx");
    let args = ["list", "--format", "csv", "-o", x.to_str().unwrap()];
    let (_, _, err) = run_in(&reports(), &args);
    assert!(
        err.starts_with("virhe: `--format csv` ei sovi tiedostonimeen"),
        "{err}"
    );
    let (_, _, err) = run_in_lang("en", &reports(), &args);
    assert!(
        err.starts_with("error: `--format csv` does not match the file name"),
        "{err}"
    );
}

#[test]
fn the_man_page_is_in_the_current_language() {
    let page = String::from_utf8(hanke().args(["man", "list"]).output().unwrap().stdout).unwrap();
    for heading in [
        ".SH \"NIMI\"",
        ".SH \"KÄYTTÖ\"",
        ".SH \"KUVAUS\"",
        ".SH VALITSIMET",
        ".SH SUODATTIMET",
        ".SH \"YLEISET VALITSIMET\"",
        ".SH \"YMPÄRISTÖ\"",
        ".SH \"PALUUARVO\"",
        ".SH \"KATSO MYÖS\"",
    ] {
        assert!(page.contains(heading), "{heading}:\n{page}");
    }
    assert!(page.contains("Listaa hankkeet"), "{page}");
    for english in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "ENVIRONMENT",
        "Possible values",
        "[default",
    ] {
        assert!(!page.contains(english), "{english}:\n{page}");
    }
    let main = String::from_utf8(hanke().arg("man").output().unwrap().stdout).unwrap();
    assert!(
        main.contains(".SH \"KOMENNOT\"") && main.contains(".SH \"VERSIO\""),
        "{main}"
    );
    let en = String::from_utf8(
        hanke_in("en")
            .args(["man", "list"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        en.contains(".SH \"NAME\"") && en.contains(".SH FILTERS"),
        "{en}"
    );
}

#[test]
fn completion_candidates_are_data_and_their_help_follows_the_language() {
    let ask = |lang: Option<&str>| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_hanke"));
        for var in [
            "HANKE_LANG",
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
            "HANKE_PROJECTS",
        ] {
            c.env_remove(var);
        }
        if let Some(l) = lang {
            c.env("HANKE_LANG", l);
        }
        let out = c
            .env("COMPLETE", "fish")
            .args(["--", "hanke", "check", "--format", ""])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let fi = ask(None);
    let en = ask(Some("en"));
    assert!(fi.contains("human\trustc-tyyliset ilmoitukset"), "{fi}");
    assert!(en.contains("human\trustc-style diagnostics"), "{en}");
    let names = |s: &str| {
        s.lines()
            .map(|l| l.split('\t').next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&fi), names(&en));
    assert_eq!(names(&fi), ["human", "json", "github"]);
}
