//! The canonical key order of records and of the registry, as records.md lists them.
//!
//! A table is named by its path of (ASCII-folded) keys from the root; the
//! elements of an array of tables share their array's path
//! (`rahoitus.osuudet`). Known keys sort by their place in the lists of
//! [`crate::load::record`]; unknown keys keep their relative order after the
//! known ones (`hanke check` reports them, `fmt` never drops them).

use crate::load::record::{
    CONTACT_KEYS, FUNDING_KEYS, IN_KIND_KEYS, LINK_KEYS, RECORD_KEYS, SHARE_KEYS, UNIT_COST_KEYS,
};
use crate::load::registry::{MODEL_KEYS, OHJELMA_KEYS};
use crate::model::Category;

/// Which kind of file is being formatted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Record,
    Registry,
}

pub use crate::load::registry::REGISTRY_KEYS;
const SALKKU_KEYS: &[&str] = &["nimi", "omistaja"];
const ORG_KEYS: &[&str] = &["lyhenteet"];

pub fn is_funding(key: &str) -> bool {
    matches!(key, "rahoitus" | "toteuma")
}

pub fn is_costs(key: &str) -> bool {
    matches!(key, "kustannusarvio" | "toteutuneet_kustannukset")
}

/// The known keys of the table at `path`, in order; `None` where the keys are
/// names (salkku codes, years) rather than fields.
pub fn known_keys(kind: Kind, path: &[String]) -> Option<Vec<&'static str>> {
    let p: Vec<&str> = path.iter().map(String::as_str).collect();
    let keys: &[&'static str] = match (kind, p.as_slice()) {
        (Kind::Record, []) => RECORD_KEYS,
        (Kind::Record, [f]) if is_funding(f) => FUNDING_KEYS,
        (Kind::Record, [f, "osuudet"]) if is_funding(f) => SHARE_KEYS,
        (Kind::Record, [f, "muut"]) if is_funding(f) => IN_KIND_KEYS,
        (Kind::Record, ["yhteystiedot"]) => CONTACT_KEYS,
        (Kind::Record, ["liitteet"]) => LINK_KEYS,
        (Kind::Record, [c, _year]) if is_costs(c) => {
            return Some(Category::ALL.iter().map(|c| c.key()).collect());
        }
        (Kind::Record, [c, _year, "palkat"]) if is_costs(c) => UNIT_COST_KEYS,
        (Kind::Registry, []) => REGISTRY_KEYS,
        (Kind::Registry, ["salkut", _]) => SALKKU_KEYS,
        (Kind::Registry, ["ohjelmat", _]) => OHJELMA_KEYS,
        (Kind::Registry, ["kustannusmallit", _]) => MODEL_KEYS,
        (Kind::Registry, ["organisaatiot", _]) => ORG_KEYS,
        _ => return None,
    };
    Some(keys.to_vec())
}

/// The sort key of `key` in the table at `path`: known keys first in their
/// order, years ascending, everything else after them (a stable sort keeps
/// its order).
pub fn rank(kind: Kind, path: &[String], key: &str) -> (u8, u64) {
    let folded = fold_key(key);
    if kind == Kind::Record && path.len() == 1 && is_costs(&path[0]) {
        return match year(&folded) {
            Some(y) => (0, y),
            None => (1, 0),
        };
    }
    match known_keys(kind, path).and_then(|keys| keys.iter().position(|k| *k == folded)) {
        Some(i) => (0, i as u64),
        None => (1, 0),
    }
}

fn year(key: &str) -> Option<u64> {
    (key.len() == 4 && key.bytes().all(|b| b.is_ascii_digit()))
        .then(|| key.parse().ok())
        .flatten()
}

/// The ASCII spelling of a key (`tiivistelmä` → `tiivistelma`), as the loader folds it.
pub fn fold_key(key: &str) -> String {
    key.chars()
        .map(|c| match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c => c,
        })
        .collect()
}

/// Whether `key` in the table at `path` holds money.
pub fn is_money(kind: Kind, path: &[String], key: &str) -> bool {
    if kind != Kind::Record {
        return false;
    }
    let p: Vec<&str> = path.iter().map(String::as_str).collect();
    match p.as_slice() {
        [f] if is_funding(f) => matches!(key, "yhteensa" | "ei_oikeuttavat"),
        [f, "osuudet" | "muut"] if is_funding(f) => key == "summa",
        [c, _year] if is_costs(c) => Category::ALL.iter().any(|cat| cat.key() == key),
        [c, _year, "palkat"] if is_costs(c) => key == "tuntihinta",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn ranks_follow_records_md() {
        let root = path(&[]);
        assert!(rank(Kind::Record, &root, "nimi") < rank(Kind::Record, &root, "salkku"));
        assert!(rank(Kind::Record, &root, "tiivistelmä") < rank(Kind::Record, &root, "tavoitteet"));
        assert!(rank(Kind::Record, &root, "toteuma") < rank(Kind::Record, &root, "whatever"));
        let years = path(&["kustannusarvio"]);
        assert!(rank(Kind::Record, &years, "2013") > rank(Kind::Record, &years, "2012"));
        let cats = path(&["kustannusarvio", "2012"]);
        assert!(rank(Kind::Record, &cats, "palkat") < rank(Kind::Record, &cats, "muut_menot"));
        assert!(is_money(Kind::Record, &cats, "matkat"));
        assert!(is_money(
            Kind::Record,
            &path(&["toteuma", "osuudet"]),
            "summa"
        ));
        assert!(!is_money(
            Kind::Record,
            &path(&["toteuma", "osuudet"]),
            "osuus"
        ));
    }
}
