//! Every kind of clap error, rendered in both languages. Its own test
//! binary: it switches the process's language (`hanke::lang::set`), which
//! would race with tests that read it, so it is one test in one process.
//! (The kinds the command line can meet are also tested through the binary
//! in tests/cli_lang.rs.)

use clap::error::{ContextKind, ContextValue, ErrorKind};
use hanke::cli::errors::render;
use hanke::lang::{self, Lang};

fn error(kind: ErrorKind, context: &[(ContextKind, ContextValue)]) -> clap::Error {
    let mut cmd = hanke::cli::localize::command();
    let mut e = clap::Error::new(kind).with_cmd(&cmd);
    for (k, v) in context {
        e.insert(*k, v.clone());
    }
    e.insert(
        ContextKind::Usage,
        ContextValue::StyledStr(cmd.render_usage()),
    );
    e
}

fn s(v: &str) -> ContextValue {
    ContextValue::String(v.to_string())
}

fn strings(v: &[&str]) -> ContextValue {
    ContextValue::Strings(v.iter().map(|x| x.to_string()).collect())
}

type Case = (
    ErrorKind,
    Vec<(ContextKind, ContextValue)>,
    &'static str,
    &'static str,
);

fn cases() -> Vec<Case> {
    let arg = |a: &str| (ContextKind::InvalidArg, s(a));
    vec![
        (
            ErrorKind::UnknownArgument,
            vec![arg("--formt"), (ContextKind::SuggestedArg, s("--format"))],
            "tuntematon argumentti '--formt'\n\n  vihje: samankaltainen argumentti on olemassa: '--format'",
            "unexpected argument '--formt' found\n\n  tip: a similar argument exists: '--format'",
        ),
        (
            ErrorKind::InvalidValue,
            vec![
                arg("--format <F>"),
                (ContextKind::InvalidValue, s("xml")),
                (ContextKind::ValidValue, strings(&["human", "json"])),
            ],
            "arvo 'xml' ei kelpaa argumentille '--format <F>'\n  [mahdolliset arvot: human, json]",
            "invalid value 'xml' for '--format <F>'\n  [possible values: human, json]",
        ),
        (
            ErrorKind::InvalidValue,
            vec![arg("--sort <S>"), (ContextKind::InvalidValue, s(""))],
            "argumentti '--sort <S>' tarvitsee arvon, mutta arvoa ei annettu",
            "a value is required for '--sort <S>' but none was supplied",
        ),
        (
            ErrorKind::MissingRequiredArgument,
            vec![(ContextKind::InvalidArg, strings(&["--nimi <N>"]))],
            "seuraava pakollinen argumentti puuttuu:\n  --nimi <N>",
            "the following required argument was not provided:\n  --nimi <N>",
        ),
        (
            ErrorKind::InvalidSubcommand,
            vec![
                (ContextKind::InvalidSubcommand, s("lst")),
                (ContextKind::SuggestedSubcommand, strings(&["list", "site"])),
            ],
            "tuntematon komento 'lst'\n\n  vihje: samankaltaisia komentoja on olemassa: 'list', 'site'",
            "unrecognized subcommand 'lst'\n\n  tip: some similar subcommands exist: 'list', 'site'",
        ),
        (
            ErrorKind::MissingSubcommand,
            vec![
                (ContextKind::InvalidSubcommand, s("hanke")),
                (ContextKind::ValidSubcommand, strings(&["check", "list"])),
            ],
            "'hanke' tarvitsee komennon, mutta komentoa ei annettu\n  [komennot: check, list]",
            "'hanke' requires a subcommand but one was not provided\n  [subcommands: check, list]",
        ),
        (
            ErrorKind::ValueValidation,
            vec![
                arg("--today <P>"),
                (ContextKind::InvalidValue, s("31.2.2025")),
            ],
            "arvo '31.2.2025' ei kelpaa argumentille '--today <P>'",
            "invalid value '31.2.2025' for '--today <P>'",
        ),
        (
            ErrorKind::WrongNumberOfValues,
            vec![
                arg("--vuosi <V>"),
                (ContextKind::ActualNumValues, ContextValue::Number(3)),
                (ContextKind::ExpectedNumValues, ContextValue::Number(2)),
            ],
            "argumentti '--vuosi <V>' tarvitsee 2 arvoa, mutta annettiin 3",
            "2 values required for '--vuosi <V>' but 3 were provided",
        ),
        (
            ErrorKind::TooFewValues,
            vec![
                arg("--vuosi <V>"),
                (ContextKind::ActualNumValues, ContextValue::Number(1)),
                (ContextKind::MinValues, ContextValue::Number(2)),
            ],
            "argumentti '--vuosi <V>' tarvitsee 2 arvoa; annettiin vain 1",
            "2 values required by '--vuosi <V>'; only 1 was provided",
        ),
        (
            ErrorKind::TooManyValues,
            vec![arg("--vuosi <V>"), (ContextKind::InvalidValue, s("2026"))],
            "ylimääräinen arvo '2026' argumentille '--vuosi <V>'; enempää arvoja ei odotettu",
            "unexpected value '2026' for '--vuosi <V>' found; no more were expected",
        ),
        (
            ErrorKind::ArgumentConflict,
            vec![arg("--registry"), (ContextKind::PriorArg, s("--write"))],
            "argumenttia '--registry' ei voi käyttää yhdessä argumentin '--write' kanssa",
            "the argument '--registry' cannot be used with '--write'",
        ),
        (
            ErrorKind::ArgumentConflict,
            vec![arg("--sort <S>"), (ContextKind::PriorArg, s("--sort <S>"))],
            "argumentin '--sort <S>' voi antaa vain kerran",
            "the argument '--sort <S>' cannot be used multiple times",
        ),
        (
            ErrorKind::NoEquals,
            vec![arg("--vuosi <V>")],
            "argumentin '--vuosi <V>' arvo annetaan yhtäsuuruusmerkillä",
            "equal sign is needed when assigning values to '--vuosi <V>'",
        ),
        (
            ErrorKind::InvalidUtf8,
            vec![],
            "argumenteissa on virheellistä UTF-8:aa",
            "invalid UTF-8 was detected in one or more arguments",
        ),
    ]
}

#[test]
fn every_kind_in_both_languages() {
    for (lang, prefix, usage, more) in [
        (
            Lang::Fi,
            "virhe: ",
            "\nKäyttö: hanke [VALITSIMET] <KOMENTO>\n",
            "Lisätietoja saat valitsimella '--help'.\n",
        ),
        (
            Lang::En,
            "error: ",
            "\nUsage: hanke [OPTIONS] <COMMAND>\n",
            "For more information, try '--help'.\n",
        ),
    ] {
        lang::set(lang);
        for (kind, context, fi, en) in cases() {
            let says = if lang == Lang::Fi { fi } else { en };
            let text = render(&error(kind, &context));
            assert!(
                text.starts_with(&format!("{prefix}{says}")),
                "{lang:?} {kind:?}:\n{text}"
            );
            assert!(text.contains(usage), "{lang:?} {kind:?}:\n{text}");
            assert!(text.ends_with(more), "{lang:?} {kind:?}:\n{text}");
        }
    }
}
