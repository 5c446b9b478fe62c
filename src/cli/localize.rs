//! clap's help in the user's language.
//!
//! clap has no localisation: the command tree is built from the derive
//! types ([`Cli::command`]) and every text a person reads is replaced by a
//! message of the current language's catalogue (section `cli` of
//! `i18n/<code>/hanke.ftl`): each command's `about`, `long_about` and
//! `after_help`, each argument's help and value name, the help of each
//! possible value, the headings, the usage line and the built-in `-h`,
//! `-V` and `help`.
//!
//! Message ids follow the tree: a command's texts are `cli-<command>-about`
//! (`cli-hanke-about` for the top level), `-long-about`, `-after-help`; an
//! argument's help is `cli-<command>-<arg>`, else `cli-arg-<arg>` (shared by
//! every command that has the argument: the global options, the filters);
//! a possible value's help is `cli-<command>-<arg>-<value>`, else
//! `cli-arg-<arg>-<value>`; a value name is `cli-valname-<name>`.
//! [`required_ids`] lists them all, and `tests/cli_lang.rs` checks that
//! every catalogue has each, so nothing stays English silently.
//!
//! clap writes `[default: …]`, `[env: …]` and `[possible values: …]` itself
//! in English; those are hidden here and written into the help text in the
//! current language instead (so clap wraps them with the rest). The usage
//! line is computed by clap once and overridden with `[OPTIONS]` translated.

use clap::builder::PossibleValue;
use clap::{Arg, ArgAction, Command, CommandFactory};

use super::{Cli, FILTER_HEADING, GLOBAL_HEADING};
use crate::lang::LOADER;

/// What the command tree is built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Parsing and `--help`: possible values listed one per line in the long help.
    Help,
    /// The man pages: possible values in one paragraph (roff fills lines),
    /// no `help` subcommand.
    Man,
    /// Shell completion: the plain help texts (the shells show them beside
    /// the candidates), possible values with their help translated. Never
    /// parses into [`Cli`]: a value enum's parser is replaced by a list of
    /// its translated values.
    Complete,
}

/// The command line in the current language, built, ready to parse.
pub fn command() -> Command {
    let mut cmd = translated(Purpose::Help);
    cmd = with_usages(cmd);
    cmd.build();
    translate_help_subcommand(cmd)
}

/// The command tree the man pages are made from, in the current language.
pub fn man_command() -> Command {
    let mut cmd = translated(Purpose::Man).disable_help_subcommand(true);
    cmd = with_usages(cmd);
    cmd.build();
    cmd
}

/// The command tree for shell completion, in the current language.
pub fn completion_command() -> Command {
    let mut cmd = translated(Purpose::Complete);
    cmd = with_usages(cmd);
    cmd.build();
    translate_help_subcommand(cmd)
}

/// The derive tree with every text translated (not built yet).
fn translated(purpose: Purpose) -> Command {
    let root = Cli::command();
    let mut root = translate_command(root, "hanke", purpose);
    let version = msg("cli-version-flag");
    // At the top level every option is global: -h and -V are listed with
    // the others under one heading.
    let global = heading(Some(GLOBAL_HEADING), false);
    root = root
        .mut_arg("help", |a| a.help_heading(global.clone()))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(version)
                .help_heading(global),
        );
    root
}

/// The message `id` of the current language.
fn msg(id: &str) -> String {
    LOADER.get(id)
}

/// The first of `ids` the catalogue has.
fn first_of(ids: &[String]) -> Option<String> {
    ids.iter().find(|id| LOADER.has(id)).map(|id| msg(id))
}

/// The id of a command in message ids: `hanke` for the top level, else the
/// subcommand's name.
fn translate_command(mut cmd: Command, key: &str, purpose: Purpose) -> Command {
    if cmd.get_about().is_some() {
        cmd = cmd.about(msg(&format!("cli-{key}-about")));
    }
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(msg(&format!("cli-{key}-long-about")));
    }
    if cmd.get_after_help().is_some() {
        cmd = cmd.after_help(msg(&format!("cli-{key}-after-help")));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    for id in &ids {
        cmd = cmd.mut_arg(id, |a| translate_arg(a, key, purpose));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in &subs {
        cmd = cmd.mut_subcommand(name, |s| translate_command(s, name, purpose));
    }
    // The help flag: clap's own is English, so it is replaced.
    let long = has_long_help(&cmd);
    let mut help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help_heading(heading(None, false));
    help = if long {
        help.help(msg("cli-help-flag-short"))
            .long_help(msg("cli-help-flag-long"))
    } else {
        help.help(msg("cli-help-flag"))
    };
    let styles = cmd.get_styles().clone();
    cmd.disable_help_flag(true)
        .arg(help)
        .subcommand_help_heading(msg("cli-heading-commands"))
        .subcommand_value_name(msg("cli-valname-command"))
        .help_template(template(&styles))
}

/// clap's default template with the usage heading translated.
/// The heading is styled as clap styles its own (the styles are dropped
/// when the output is not a terminal).
fn template(styles: &clap::builder::Styles) -> String {
    let style = styles.get_usage();
    format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        style.render(),
        msg("cli-usage-heading"),
        style.render_reset()
    )
}

/// Whether `--help` shows more than `-h` (as clap decides it).
fn has_long_help(cmd: &Command) -> bool {
    cmd.get_long_about().is_some()
        || cmd
            .get_arguments()
            .any(|a| a.get_long_help().is_some() && !a.is_hide_long_help_set())
}

/// Every argument gets a heading, so that clap's English default headings
/// (`Arguments`, `Options`) are never written.
fn heading(english: Option<&str>, positional: bool) -> String {
    match english {
        Some(GLOBAL_HEADING) => msg("cli-heading-global"),
        Some(FILTER_HEADING) => msg("cli-heading-filters"),
        Some(other) => other.to_string(),
        None if positional => msg("cli-heading-arguments"),
        None => msg("cli-heading-options"),
    }
}

/// The ids an argument's help may have, most specific first.
fn arg_ids(key: &str, arg: &str) -> Vec<String> {
    let arg = arg.replace('_', "-");
    vec![format!("cli-{key}-{arg}"), format!("cli-arg-{arg}")]
}

/// The ids a possible value's help may have, most specific first.
fn value_ids(key: &str, arg: &str, value: &str) -> Vec<String> {
    arg_ids(key, arg)
        .into_iter()
        .map(|id| format!("{id}-{value}"))
        .collect()
}

fn valname_id(name: &str) -> String {
    format!("cli-valname-{}", name.to_lowercase())
}

fn visible_values(arg: &Arg) -> Vec<PossibleValue> {
    if arg.is_hide_possible_values_set() || !arg.get_action().takes_values() {
        return Vec::new();
    }
    arg.get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect()
}

fn translate_arg(mut arg: Arg, key: &str, purpose: Purpose) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let heading_now = arg.get_help_heading().map(str::to_string);
    let positional = arg.is_positional();
    arg = arg.help_heading(heading(heading_now.as_deref(), positional));
    if let Some(names) = arg
        .get_value_names()
        .filter(|_| arg.get_action().takes_values())
    {
        let names: Vec<String> = names.iter().map(|n| msg(&valname_id(n))).collect();
        arg = arg.value_names(names);
    }
    let Some(_) = arg.get_help() else {
        return arg;
    };
    let text = first_of(&arg_ids(key, &id)).unwrap_or_default();
    if purpose == Purpose::Complete {
        let values = visible_values(&arg);
        if values.iter().any(|v| v.get_help().is_some()) {
            let translated: Vec<PossibleValue> = values
                .iter()
                .map(|v| match v.get_help() {
                    Some(_) => v
                        .clone()
                        .help(first_of(&value_ids(key, &id, v.get_name())).unwrap_or_default()),
                    None => v.clone(),
                })
                .collect();
            arg = arg.value_parser(clap::builder::PossibleValuesParser::new(translated));
        }
        return arg.help(text);
    }
    let mut short = text.clone();
    // [ympäristömuuttuja: …]
    if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let name = env.to_string_lossy().into_owned();
        let shown = match std::env::var_os(&name) {
            Some(v) if !arg.is_hide_env_values_set() => format!("{name}={}", v.to_string_lossy()),
            _ => name,
        };
        short.push(' ');
        short.push_str(&crate::t!("cli-spec-env", name = shown));
        arg = arg.hide_env(true);
    }
    let default: Option<String> = (!arg.is_hide_default_value_set()
        && arg.get_action().takes_values()
        && !arg.get_default_values().is_empty())
    .then(|| {
        arg.get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(",")
    });
    if default.is_some() {
        arg = arg.hide_default_value(true);
    }
    let values = visible_values(&arg);
    let with_help = values.iter().any(|v| v.get_help().is_some());
    let default_text = default.map(|d| crate::t!("cli-spec-default", value = d));
    if let Some(d) = &default_text {
        short.push(' ');
        short.push_str(d);
    }
    let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
    let list = (!names.is_empty()).then(|| crate::t!("cli-spec-values", values = names.join(", ")));
    let mut long = None;
    if !values.is_empty() {
        arg = arg.hide_possible_values(true);
        if with_help {
            long = Some(long_values(&text, key, &id, &values, purpose, &short));
        }
        if let Some(list) = &list {
            short.push(' ');
            short.push_str(list);
        }
    }
    arg = arg.help(short);
    match long {
        Some(l) => arg.long_help(l),
        None => arg,
    }
}

/// The long help of an argument whose possible values have help: each
/// value with its help.
fn long_values(
    text: &str,
    key: &str,
    arg: &str,
    values: &[PossibleValue],
    purpose: Purpose,
    short: &str,
) -> String {
    let described: Vec<(String, Option<String>)> = values
        .iter()
        .map(|v| {
            let help = v
                .get_help()
                .map(|_| first_of(&value_ids(key, arg, v.get_name())).unwrap_or_default());
            (v.get_name().to_string(), help)
        })
        .collect();
    // The bracketed [env]/[default] parts of the short help, kept.
    let specs = short.strip_prefix(text).unwrap_or("").trim();
    match purpose {
        Purpose::Help => {
            let width = described
                .iter()
                .map(|(n, _)| n.chars().count())
                .max()
                .unwrap_or(0);
            let mut s = format!("{text}\n\n{}\n", msg("cli-spec-values-heading"));
            for (name, help) in &described {
                match help {
                    Some(h) => {
                        let pad = " ".repeat(width - name.chars().count());
                        s.push_str(&format!("- {name}:{pad} {h}\n"));
                    }
                    None => s.push_str(&format!("- {name}\n")),
                }
            }
            if !specs.is_empty() {
                s.push('\n');
                s.push_str(specs);
            }
            s.trim_end().to_string()
        }
        Purpose::Man | Purpose::Complete => {
            let items: Vec<String> = described
                .iter()
                .map(|(name, help)| match help {
                    Some(h) => format!("{name} ({h})"),
                    None => name.clone(),
                })
                .collect();
            let stop = if text.ends_with(['.', '!', '?']) {
                ""
            } else {
                "."
            };
            let mut s = format!(
                "{text}{stop} {} {}.",
                msg("cli-spec-values-heading"),
                items.join("; ")
            );
            if !specs.is_empty() {
                s.push(' ');
                s.push_str(specs);
            }
            s
        }
    }
}

/// Sets each command's usage line: clap's, with `[OPTIONS]` translated.
fn with_usages(mut cmd: Command) -> Command {
    let mut built = cmd.clone();
    built.build();
    let options = msg("cli-usage-options");
    let usage_of = |c: &mut Command| -> String {
        let text = c.render_usage().to_string();
        let text = text
            .split_once(": ")
            .map_or(text.as_str(), |(_, rest)| rest)
            .to_string();
        text.replace("[OPTIONS]", &options)
    };
    let root_usage = usage_of(&mut built);
    let subs: Vec<(String, String)> = built
        .get_subcommands_mut()
        .filter(|s| s.get_name() != "help")
        .map(|s| (s.get_name().to_string(), usage_of(s)))
        .collect();
    cmd = cmd.override_usage(root_usage);
    for (name, usage) in subs {
        cmd = cmd.mut_subcommand(&name, |s| s.override_usage(usage));
    }
    cmd
}

/// clap's `help` subcommand, added when the tree is built, in the current language.
fn translate_help_subcommand(cmd: Command) -> Command {
    if cmd.find_subcommand("help").is_none() {
        return cmd;
    }
    let about = msg("cli-help-about");
    cmd.mut_subcommand("help", |h| {
        let nested = h.find_subcommand("help").is_some();
        let h = h.about(about.clone());
        if nested {
            h.mut_subcommand("help", |hh| hh.about(about.clone()))
        } else {
            h
        }
    })
}

/// Every message id the translated tree needs, each as its alternatives
/// (any one suffices), with the English text it replaces.
pub fn required_ids() -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let fixed = [
        "cli-version-flag",
        "cli-help-flag",
        "cli-help-flag-short",
        "cli-help-flag-long",
        "cli-help-about",
        "cli-help-subcommand",
        "cli-heading-global",
        "cli-heading-filters",
        "cli-heading-arguments",
        "cli-heading-options",
        "cli-heading-commands",
        "cli-valname-command",
        "cli-usage-heading",
        "cli-usage-options",
        "cli-spec-env",
        "cli-spec-default",
        "cli-spec-values",
        "cli-spec-values-heading",
    ];
    for id in fixed {
        out.push((vec![id.to_string()], String::new()));
    }
    collect_ids(&Cli::command(), "hanke", &mut out);
    out
}

fn collect_ids(cmd: &Command, key: &str, out: &mut Vec<(Vec<String>, String)>) {
    let text = |s: Option<&clap::builder::StyledStr>| s.map(|s| s.to_string()).unwrap_or_default();
    if cmd.get_about().is_some() {
        out.push((vec![format!("cli-{key}-about")], text(cmd.get_about())));
    }
    if cmd.get_long_about().is_some() {
        out.push((
            vec![format!("cli-{key}-long-about")],
            text(cmd.get_long_about()),
        ));
    }
    if cmd.get_after_help().is_some() {
        out.push((
            vec![format!("cli-{key}-after-help")],
            text(cmd.get_after_help()),
        ));
    }
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if let Some(names) = arg
            .get_value_names()
            .filter(|_| arg.get_action().takes_values())
        {
            for n in names {
                out.push((vec![valname_id(n)], n.to_string()));
            }
        }
        if arg.get_help().is_some() {
            out.push((arg_ids(key, id), text(arg.get_help())));
            for v in visible_values(arg) {
                if v.get_help().is_some() {
                    out.push((value_ids(key, id, v.get_name()), text(v.get_help())));
                }
            }
        }
    }
    for sub in cmd.get_subcommands() {
        collect_ids(sub, sub.get_name(), out);
    }
}
