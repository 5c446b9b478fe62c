//! The one place for language: which language the user reads, its messages
//! (Project Fluent catalogues in `i18n/<code>/hanke.ftl`, embedded in the
//! binary), and how numbers, money, percentages and dates are written in it.
//!
//! Finnish is the default: `--lang`, else `HANKE_LANG`, else the first
//! non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG` picks the language; a
//! locale that names no language (`C`, `POSIX`, `C.UTF-8`, unset — as on
//! most CI runners) means Finnish, and a language hanke has no catalogue for
//! means English. Machine formats (JSON keys and values, CSV, codes, exit
//! statuses) never depend on it: only text meant for people does.
//!
//! A third language is a catalogue `i18n/<code>/hanke.ftl` plus one variant
//! of [`Lang`]; `tests/i18n.rs` checks that every catalogue has the same
//! message ids and variables.

pub mod date;
pub mod fi;
pub mod format;
pub mod io;

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

/// A language of the user interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Fi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fi, Lang::En];

    /// The code of `--lang`, `HANKE_LANG` and the catalogue's folder.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    fn id(self) -> LanguageIdentifier {
        self.code().parse().expect("a valid language code")
    }
}

/// The language a locale variable's value names: its part before `_`, `.`
/// or `@` (`fi_FI.UTF-8` → `fi`); `None` for `C`, `POSIX` and the like.
fn locale_language(value: &str) -> Option<&str> {
    let lang = value.split(['_', '.', '@']).next().unwrap_or("").trim();
    match lang {
        "" | "C" | "POSIX" => None,
        other => Some(other),
    }
}

/// Picks the language: `flag` (`--lang`), else `HANKE_LANG`, else the locale
/// variables, through `var` (the environment, or a map in tests).
pub fn select(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Lang {
    let named = |code: &str| Lang::from_code(code).unwrap_or(Lang::En);
    if let Some(code) = flag.filter(|c| !c.trim().is_empty()) {
        return named(code);
    }
    if let Some(value) = var("HANKE_LANG").filter(|v| !v.trim().is_empty()) {
        return locale_language(&value).map_or(Lang::Fi, named);
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()));
    locale
        .as_deref()
        .and_then(locale_language)
        .map_or(Lang::Fi, named)
}

/// The value of `--lang` in raw arguments, found before clap parses them so
/// that clap's own errors are already in the user's language.
pub fn flag_in_args<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Option<String> {
    let mut it = args
        .iter()
        .map(|a| a.as_ref().to_string_lossy().into_owned());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return it.next();
        }
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// The message catalogue of the current language (with Finnish behind it).
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    loader
        .load_languages(&Catalogues, &[Lang::Fi.id()])
        .expect("the Finnish catalogue is embedded");
    // No Unicode isolation marks around values: terminals print them.
    loader.set_use_isolating(false);
    loader
});

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The language in use.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Fi,
    }
}

/// Switches the user interface to `lang` for the rest of the run.
pub fn set(lang: Lang) {
    CURRENT.store(
        match lang {
            Lang::Fi => 0,
            Lang::En => 1,
        },
        Ordering::Relaxed,
    );
    let order: Vec<LanguageIdentifier> = if lang == Lang::Fi {
        vec![Lang::Fi.id()]
    } else {
        vec![lang.id(), Lang::Fi.id()]
    };
    LOADER
        .load_languages(&Catalogues, &order)
        .expect("every catalogue is embedded");
    // Loading builds new bundles: no isolation marks in those either.
    LOADER.set_use_isolating(false);
}

/// A message of the current language: `t!("list-footer", n = 3)`. The id is
/// checked against the Finnish catalogue at compile time.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::lang::LOADER, $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::lang::LOADER, $id, $($args)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn finnish_unless_something_names_another_language() {
        assert_eq!(select(None, env(&[])), Lang::Fi);
        assert_eq!(select(None, env(&[("LANG", "C.UTF-8")])), Lang::Fi);
        assert_eq!(select(None, env(&[("LANG", "POSIX")])), Lang::Fi);
        assert_eq!(select(None, env(&[("LANG", "fi_FI.UTF-8")])), Lang::Fi);
        assert_eq!(select(None, env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        // a language without a catalogue: English
        assert_eq!(select(None, env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
    }

    #[test]
    fn the_flag_then_hanke_lang_then_the_first_locale_variable() {
        let all = [
            ("HANKE_LANG", "en"),
            ("LC_ALL", "fi_FI.UTF-8"),
            ("LANG", "en_GB.UTF-8"),
        ];
        assert_eq!(select(Some("fi"), env(&all)), Lang::Fi);
        assert_eq!(select(None, env(&all)), Lang::En);
        assert_eq!(select(None, env(&all[1..])), Lang::Fi);
        // an empty LC_ALL is skipped; LC_MESSAGES comes before LANG
        let vars = [("LC_ALL", ""), ("LC_MESSAGES", "en_US"), ("LANG", "fi_FI")];
        assert_eq!(select(None, env(&vars)), Lang::En);
    }

    #[test]
    fn the_flag_is_found_before_parsing() {
        assert_eq!(
            flag_in_args(&["hanke", "list", "--lang", "en"]).as_deref(),
            Some("en")
        );
        assert_eq!(
            flag_in_args(&["hanke", "--lang=fi", "list"]).as_deref(),
            Some("fi")
        );
        assert_eq!(flag_in_args(&["hanke", "--", "--lang", "en"]), None);
    }
}
