//! clap's own errors in the user's language.
//!
//! clap writes its errors in English; here they are written again from the
//! error's [`ErrorKind`] and [`ContextKind`]s (what clap's own rich
//! formatter reads), in the layout clap uses: the message, tips, the usage
//! line and a pointer to `--help`. Help and version requests are printed by
//! clap itself (the help comes from the translated command tree).

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::t;

/// Prints a clap error (or the help or version it carries) and gives the
/// exit status: 0 for `--help` and `--version`, 2 for anything else.
pub fn report(err: &clap::Error) -> ExitCode {
    match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            ExitCode::from(err.exit_code().clamp(0, 255) as u8)
        }
        _ => {
            let text = render(err);
            if wants_color() {
                eprint!("{}", colored(&text));
            } else {
                eprint!("{text}");
            }
            ExitCode::from(2)
        }
    }
}

/// Colour as clap's own errors have it: on a terminal, unless NO_COLOR is
/// set (`--color` is not parsed yet when parsing fails).
fn wants_color() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// The prefix in the error style and the usage heading in the usage style
/// of clap's default styles.
fn colored(text: &str) -> String {
    let styles = clap::builder::Styles::default();
    let (error, usage) = (styles.get_error(), styles.get_usage());
    let prefix = t!("err-prefix");
    let heading = format!("\n\n{} ", t!("cli-usage-heading"));
    let mut out = match text.strip_prefix(prefix.as_str()) {
        Some(rest) => format!("{}{prefix}{}{rest}", error.render(), error.render_reset()),
        None => text.to_string(),
    };
    if let Some(at) = out.find(&heading) {
        let styled = format!(
            "\n\n{}{}{} ",
            usage.render(),
            t!("cli-usage-heading"),
            usage.render_reset()
        );
        out.replace_range(at..at + heading.len(), &styled);
    }
    out
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    match err.get(kind) {
        Some(ContextValue::Strings(s)) => Some(s.clone()),
        Some(ContextValue::String(s)) => Some(vec![s.clone()]),
        _ => None,
    }
}

fn number(err: &clap::Error, kind: ContextKind) -> Option<isize> {
    match err.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    }
}

/// `'a', 'b'`
fn quoted(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The error as the user reads it, ending in a newline.
pub fn render(err: &clap::Error) -> String {
    let mut out = format!("{} {}", t!("err-prefix"), message(err));
    let mut tips = Vec::new();
    for (kind, id) in [
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ] {
        if let Some(names) = strings(err, kind).filter(|n| !n.is_empty()) {
            let names_text = quoted(&names);
            let n = names.len();
            tips.push(match id {
                "subcommand" => t!("cli-clap-similar-subcommand", n = n, names = names_text),
                "argument" => t!("cli-clap-similar-argument", n = n, names = names_text),
                _ => t!("cli-clap-similar-value", n = n, names = names_text),
            });
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = err.get(ContextKind::Suggested) {
        for s in suggestions {
            tips.push(suggestion(&s.to_string()));
        }
    }
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!("\n  {} {tip}", t!("cli-clap-tip")));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let line = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
        out.push_str(&format!("\n\n{} {line}", t!("cli-usage-heading")));
    }
    out.push_str(&format!(
        "\n\n{}\n",
        t!("cli-clap-try-help", flag = "--help")
    ));
    crate::diag::render::sanitize(&out)
}

/// The first line: what went wrong.
fn message(err: &clap::Error) -> String {
    let arg = string(err, ContextKind::InvalidArg);
    let value = string(err, ContextKind::InvalidValue);
    let source = std::error::Error::source(err).map(|s| s.to_string());
    let written = match err.kind() {
        ErrorKind::ArgumentConflict => conflict(err),
        ErrorKind::NoEquals => arg.map(|arg| t!("cli-clap-no-equals", arg = arg)),
        ErrorKind::InvalidValue => match (arg, value) {
            (Some(arg), Some(value)) => {
                let mut m = if value.is_empty() {
                    t!("cli-clap-value-missing", arg = arg)
                } else {
                    t!("cli-clap-value-invalid", value = value, arg = arg)
                };
                if let Some(valid) = strings(err, ContextKind::ValidValue).filter(|v| !v.is_empty())
                {
                    m.push_str("\n  ");
                    m.push_str(&t!("cli-spec-values", values = valid.join(", ")));
                }
                Some(m)
            }
            _ => None,
        },
        ErrorKind::InvalidSubcommand => string(err, ContextKind::InvalidSubcommand)
            .map(|sub| t!("cli-clap-subcommand-unknown", sub = sub)),
        ErrorKind::MissingRequiredArgument => strings(err, ContextKind::InvalidArg).map(|args| {
            let mut m = t!("cli-clap-required", n = args.len());
            for a in args {
                m.push_str(&format!("\n  {a}"));
            }
            m
        }),
        ErrorKind::MissingSubcommand => string(err, ContextKind::InvalidSubcommand).map(|sub| {
            let mut m = t!("cli-clap-subcommand-missing", sub = sub);
            if let Some(valid) =
                strings(err, ContextKind::ValidSubcommand).filter(|v| !v.is_empty())
            {
                m.push_str("\n  ");
                m.push_str(&t!("cli-clap-subcommands", names = valid.join(", ")));
            }
            m
        }),
        ErrorKind::InvalidUtf8 => Some(t!("cli-clap-utf8")),
        ErrorKind::TooManyValues => match (arg, value) {
            (Some(arg), Some(value)) => Some(t!("cli-clap-too-many", value = value, arg = arg)),
            _ => None,
        },
        ErrorKind::TooFewValues => match (
            arg,
            number(err, ContextKind::ActualNumValues),
            number(err, ContextKind::MinValues),
        ) {
            (Some(arg), Some(actual), Some(min)) => Some(t!(
                "cli-clap-too-few",
                arg = arg,
                min = min,
                actual = actual
            )),
            _ => None,
        },
        ErrorKind::WrongNumberOfValues => match (
            arg,
            number(err, ContextKind::ActualNumValues),
            number(err, ContextKind::ExpectedNumValues),
        ) {
            (Some(arg), Some(actual), Some(expected)) => Some(t!(
                "cli-clap-wrong-number",
                arg = arg,
                expected = expected,
                actual = actual
            )),
            _ => None,
        },
        ErrorKind::ValueValidation => match (arg, value) {
            (Some(arg), Some(value)) => {
                let mut m = t!("cli-clap-value-invalid", value = value, arg = arg);
                if let Some(source) = &source {
                    m.push_str(": ");
                    m.push_str(source);
                }
                Some(m)
            }
            _ => None,
        },
        ErrorKind::UnknownArgument => arg.map(|arg| t!("cli-clap-unknown-argument", arg = arg)),
        _ => None,
    };
    written.or(source).unwrap_or_else(|| t!("cli-clap-other"))
}

fn conflict(err: &clap::Error) -> Option<String> {
    let arg = string(err, ContextKind::InvalidArg);
    let prior = err.get(ContextKind::PriorArg);
    if let Some(arg) = &arg
        && matches!(prior, Some(ContextValue::String(p)) if p == arg)
    {
        return Some(t!("cli-clap-conflict-repeated", arg = arg.clone()));
    }
    let what = match (&arg, string(err, ContextKind::InvalidSubcommand)) {
        (Some(arg), _) => arg.clone(),
        (None, Some(sub)) => sub,
        (None, None) => return Some(t!("cli-clap-other")),
    };
    Some(match prior {
        Some(ContextValue::String(other)) => {
            t!("cli-clap-conflict", arg = what, other = other.clone())
        }
        Some(ContextValue::Strings(others)) => {
            let mut m = t!("cli-clap-conflict-many", arg = what);
            for o in others {
                m.push_str(&format!("\n  {o}"));
            }
            m
        }
        _ => t!("cli-clap-conflict-some", arg = what),
    })
}

/// clap's tips are English sentences of three known shapes; each is said
/// again in the current language (any other is kept as clap wrote it).
fn suggestion(text: &str) -> String {
    // to pass '--x' as a value, use '-- --x'
    if let Some(rest) = text.strip_prefix("to pass '")
        && let Some((arg, rest)) = rest.split_once("' as a value, use '")
        && let Some(use_) = rest.strip_suffix('\'')
    {
        return t!("cli-clap-tip-as-value", arg = arg, example = use_);
    }
    // subcommand 'x' exists; to use it, remove the '--' before it
    if let Some(rest) = text.strip_prefix("subcommand '")
        && let Some((sub, _)) = rest.split_once("' exists; to use it")
    {
        return t!("cli-clap-tip-remove-dashes", sub = sub);
    }
    // 'list --salkku' exists
    if let Some(rest) = text.strip_prefix('\'')
        && let Some(what) = rest.strip_suffix("' exists")
    {
        return t!("cli-clap-tip-exists", what = what);
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    //! Every kind in both languages: tests/clap_kinds.rs (its own process,
    //! since it switches the language); through the binary: tests/cli_lang.rs.

    #[test]
    fn clap_tips_are_said_again() {
        assert_eq!(
            super::suggestion("to pass '--x' as a value, use '-- --x'"),
            "jos '--x' on arvo, kirjoita '-- --x'"
        );
        assert_eq!(
            super::suggestion("subcommand 'list' exists; to use it, remove the '--' before it"),
            "komento 'list' on olemassa; käytä sitä poistamalla '--' sen edestä"
        );
        assert_eq!(
            super::suggestion("'list --salkku' exists"),
            "'list --salkku' on olemassa"
        );
    }
}
