//! What the JSON Schema (`hanke schema`) says a value may look like.
//!
//! The loader is forgiving where people are inconsistent: `vaihe` and `laji`
//! in any case, with or without diacritics; money with Finnish separators;
//! one string for a list. An editor that validates against the schema must
//! accept the same, or it flags correct records. JSON Schema regexes have no
//! case-insensitive flag, so each accepted spelling is a pattern of character
//! classes, and each class is computed from the folding function the loader
//! itself uses: a character is in the class of `a` exactly when the loader
//! folds it to `a`.

use std::collections::{BTreeMap, BTreeSet};

use schemars::{Schema, SchemaGenerator, json_schema};

/// `^\s*(?:value|…)\s*$` with every character written as the class of the
/// characters that `fold` turns into it, and `\s` the characters Rust's
/// `str::trim` removes (the loader trims before it folds).
pub fn spellings_pattern(values: &[&str], fold: fn(&str) -> String) -> String {
    let folded: Vec<String> = values.iter().map(|v| fold(v)).collect();
    let targets: BTreeSet<char> = folded.iter().flat_map(|v| v.chars()).collect();
    let classes = classes(&targets, fold);
    let ws = whitespace_class();
    let alternatives: Vec<String> = folded
        .iter()
        .map(|v| {
            v.chars()
                .map(|c| class_text(classes.get(&c).map_or(&[][..], Vec::as_slice)))
                .collect()
        })
        .collect();
    format!("^{ws}*(?:{}){ws}*$", alternatives.join("|"))
}

/// For each target character, the characters whose fold is exactly it.
fn classes(targets: &BTreeSet<char>, fold: fn(&str) -> String) -> BTreeMap<char, Vec<char>> {
    let mut out: BTreeMap<char, Vec<char>> = BTreeMap::new();
    let mut buf = [0u8; 4];
    for ch in (0..=0x10_FFFF_u32).filter_map(char::from_u32) {
        let f = fold(ch.encode_utf8(&mut buf));
        let mut it = f.chars();
        if let (Some(c), None) = (it.next(), it.next())
            && targets.contains(&c)
        {
            out.entry(c).or_default().push(ch);
        }
    }
    out
}

/// The characters `char::is_whitespace` (and so `str::trim`) accepts, as a class.
pub fn whitespace_class() -> String {
    let ws: Vec<char> = (0..=0x10_FFFF_u32)
        .filter_map(char::from_u32)
        .filter(|c| c.is_whitespace())
        .collect();
    class_text(&ws)
}

/// A regex class of these characters (ascending): letters and digits as
/// themselves, everything else as a `\uXXXX` escape, which ECMA 262 and
/// Rust's regex read alike; runs of three or more as ranges.
fn class_text(chars: &[char]) -> String {
    let item = |c: char| {
        if c.is_alphanumeric() || (c as u32) > 0xFFFF {
            c.to_string()
        } else {
            format!("\\u{:04x}", c as u32)
        }
    };
    if let [c] = chars
        && c.is_ascii_alphanumeric()
    {
        return c.to_string();
    }
    let mut out = String::from("[");
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j + 1 < chars.len() && chars[j + 1] as u32 == chars[j] as u32 + 1 {
            j += 1;
        }
        if j >= i + 2 {
            out.push_str(&format!("{}-{}", item(chars[i]), item(chars[j])));
        } else {
            (i..=j).for_each(|k| out.push_str(&item(chars[k])));
        }
        i = j + 1;
    }
    out.push(']');
    out
}

/// A key with Finnish letters is accepted for its ASCII spelling
/// (`"yhteensä"` for `yhteensa`): the loader reads `ä` and `å` as `a` and
/// `ö` as `o` in keys, case-sensitively (`load::reader`). The pattern of
/// the other spellings of `key` (not the key itself, so that a problem
/// inside its value is reported once), `None` when it has none.
pub fn key_spellings(key: &str) -> Option<String> {
    let variants = |c: char| match c {
        'a' => Some(("[äå]", "[aäå]")),
        'o' => Some(("ö", "[oö]")),
        _ => None,
    };
    let literal = |c: char| {
        if c.is_ascii_alphanumeric() || c == '_' {
            c.to_string()
        } else {
            format!("\\u{:04x}", c as u32)
        }
    };
    let chars: Vec<char> = key.chars().collect();
    // One alternative per letter that may differ: the letters before it as
    // written, it in another spelling, any spelling after it.
    let alternatives: Vec<String> = (0..chars.len())
        .filter_map(|i| {
            let (other, _) = variants(chars[i])?;
            let before: String = chars[..i].iter().map(|c| literal(*c)).collect();
            let after: String = chars[i + 1..]
                .iter()
                .map(|c| variants(*c).map_or_else(|| literal(*c), |(_, any)| any.to_string()))
                .collect();
            Some(format!("{before}{other}{after}"))
        })
        .collect();
    match alternatives.as_slice() {
        [] => None,
        [one] => Some(format!("^{one}$")),
        many => Some(format!("^(?:{})$", many.join("|"))),
    }
}

/// Money as a string, exactly as `Euro::parse` reads it: optional spaces
/// (also no-break and narrow no-break) or `_` between digits, a decimal
/// point or comma, at most two decimals that are not zero (`"1.500"` is
/// 1.50), an optional `+`, a trailing `€`, surrounding whitespace.
pub fn money_pattern() -> String {
    let w = whitespace_class();
    let s = "[ \\u00a0\\u202f_]";
    let d = "[0-9]";
    let decimals = format!("[.,]{s}*(?:{d}{s}*){{0,2}}(?:0{s}*)*");
    let leading_point = format!("[.,]{s}*(?:{d}{s}*){{1,2}}(?:0{s}*)*");
    format!("^{w}*{s}*(?:\\+{s}*)?(?:(?:{d}{s}*)+(?:{decimals})?|{leading_point}){w}*€*{w}*$")
}

/// A percentage as a string, as `Percent::parse` reads it and the loader
/// bounds it: 0 to 100, a decimal point or comma, a trailing `%`.
pub fn percent_pattern() -> String {
    let w = whitespace_class();
    format!("^{w}*\\+?0*(?:100(?:[.,]0*)?|[0-9]{{1,2}}(?:[.,][0-9]*)?|[.,][0-9]+){w}*%*{w}*$")
}

/// `toteuttajat`, `avainsanat`, `tavoitteet`, `lyhenteet`: a list of
/// strings, or one string for a list of one.
pub fn string_or_list(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "anyOf": [
            { "type": "array", "items": { "type": "string" } },
            { "type": "string" }
        ]
    })
}

/// The keys of a cost table: a year from 1900 to 2200, as the loader reads it.
pub const YEAR_PATTERN: &str = "^(?:19[0-9]{2}|2[01][0-9]{2}|2200)$";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fold_ascii;

    #[test]
    fn classes_come_from_the_loaders_folding() {
        let p = spellings_pattern(&["käynnissä"], fold_ascii);
        // `a` stands for a, A, ä, Ä, å, Å and the ångström sign.
        assert!(p.contains("[AaÄÅäå\u{212b}]"), "{p}");
        // The Kelvin sign lowercases to `k`.
        assert!(
            p.starts_with(&format!("^{}*(?:[Kk\u{212a}]", whitespace_class())),
            "{p}"
        );
    }

    #[test]
    fn keys_with_finnish_letters() {
        assert_eq!(key_spellings("yhteensa").unwrap(), "^yhteens[äå]$");
        assert_eq!(
            key_spellings("paahanke").unwrap(),
            "^(?:p[äå][aäå]h[aäå]nke|pa[äå]h[aäå]nke|paah[äå]nke)$"
        );
        assert_eq!(key_spellings("nimi"), None);
    }
}
