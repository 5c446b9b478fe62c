//! Where each page lives, relative links between pages, and which outside
//! addresses may become links at all.
//!
//! Every link the site writes is relative (`../salkku/konsti.html`), so the
//! site works from `file://`, from a subfolder of any host and from GitHub
//! Pages alike. A record's own addresses are emitted only for `http`,
//! `https` and `mailto`: anything else (`javascript:`, `data:`, a file path)
//! is shown as text, never as a link.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt as _};

use crate::model::id::slug;

/// A file of the site, by its path from the site's root (`hanke/aalto.html`).
pub fn project_page(id: &str) -> String {
    format!("hanke/{id}.html")
}

/// The copy of a record's source next to its page (`hanke/aalto.toml`).
pub fn project_source(id: &str) -> String {
    format!("hanke/{id}.toml")
}

/// The link from the page at `from` to the file `to` (both paths from the
/// root): out of the folders they do not share, then down to `to`, each
/// segment percent-encoded. (Every link of every page: written without
/// splitting the paths into vectors.)
pub fn relative(from: &str, to: &str) -> String {
    let folders = |path: &str| path.bytes().filter(|&b| b == b'/').count();
    let (from_folders, to_folders) = (folders(from), folders(to));
    // The folders both paths begin with: a segment of `to` with its `/`
    // that `from` has at the same place.
    let (mut shared, mut rest) = (0, 0);
    let (f, t) = (from.as_bytes(), to.as_bytes());
    while shared < from_folders.min(to_folders) {
        let Some(len) = t[rest..].iter().position(|&b| b == b'/') else {
            break;
        };
        if f.get(rest..=rest + len) != Some(&t[rest..=rest + len]) {
            break;
        }
        shared += 1;
        rest += len + 1;
    }
    let mut out = String::with_capacity(3 * (from_folders - shared) + to.len() - rest);
    for _ in shared..from_folders {
        out.push_str("../");
    }
    push_encoded(&mut out, &to[rest..]);
    out
}

/// The prefix that leads from the page at `from` back to the root: `""`, `"../"`, …
pub fn to_root(from: &str) -> String {
    "../".repeat(from.matches('/').count())
}

/// Percent-encodes everything but unreserved characters and `/`.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    push_encoded(&mut out, path);
    out
}

fn push_encoded(out: &mut String, path: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    // Page paths are slugs: nearly always nothing to encode.
    if path
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/'))
    {
        out.push_str(path);
        return;
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

/// Percent-encodes a query value (`application/x-www-form-urlencoded` as
/// browsers read it: space as `%20`, which both forms decode).
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The address as a link target, when it is `http(s)://…` or `mailto:…` and
/// holds no whitespace or control characters; `None` means "show as text".
pub fn safe_url(url: &str) -> Option<String> {
    let url = url.trim();
    if url.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (scheme, rest) = url.split_once(':')?;
    let ok = match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" => rest.starts_with("//") && rest.len() > 2,
        "mailto" => rest.contains('@'),
        _ => false,
    };
    ok.then(|| url.to_string())
}

/// `mailto:` for an e-mail address that looks like one (one `@`, no spaces,
/// nothing that would add headers to the message).
pub fn mailto(email: &str) -> Option<String> {
    let email = email.trim();
    let (local, domain) = email.split_once('@')?;
    let plain = |s: &str| {
        !s.is_empty()
            && !s
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "@?&#<>\"':/\\".contains(c))
    };
    (plain(local) && plain(domain)).then(|| format!("mailto:{email}"))
}

/// File names for pages named by free text (portfolio codes, funders): a
/// slug of the name, unique within `kind`, the same for the same names.
///
/// Names are taken in sorted order, so two runs over the same records give
/// the same files; clashing slugs get `-2`, `-3`, ….
pub fn page_names<'a>(
    kind: &str,
    names: impl IntoIterator<Item = &'a str>,
) -> HashMap<String, String> {
    let sorted: BTreeMap<&str, ()> = names.into_iter().map(|n| (n, ())).collect();
    let mut taken: HashMap<String, usize> = HashMap::new();
    let mut out = HashMap::new();
    for name in sorted.keys() {
        let mut base = slug(name);
        if base.is_empty() {
            base = "nimeton".to_string();
        }
        let n = taken.entry(base.clone()).or_insert(0);
        *n += 1;
        let file = if *n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        out.insert(name.to_string(), format!("{kind}/{file}.html"));
    }
    // A suffixed name could equal another name's plain slug ("a-2"): make
    // every file unique whatever the names.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut keys: Vec<String> = out.keys().cloned().collect();
    keys.sort();
    for k in keys {
        let path = out[&k].clone();
        let count = seen.entry(path.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            let fixed = path.replace(".html", &format!("-{}.html", count));
            out.insert(k, fixed);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_climb_out_of_folders() {
        assert_eq!(relative("index.html", "hanke/a.html"), "hanke/a.html");
        assert_eq!(
            relative("hanke/a/b.html", "salkku/x.html"),
            "../../salkku/x.html"
        );
        assert_eq!(relative("hanke/a.html", "hanke/a b.html"), "a%20b.html");
        assert_eq!(relative("hanke/a.html", "hanke/a/c.html"), "a/c.html");
        assert_eq!(relative("hanke/a/c.html", "hanke/a.html"), "../a.html");
        assert_eq!(relative("hanke/a/c.html", "hanke/a/c.toml"), "c.toml");
        assert_eq!(to_root("hanke/a/b.html"), "../../");
    }

    /// `relative` as first written, through vectors of segments.
    fn relative_by_vectors(from: &str, to: &str) -> String {
        let from_dirs: Vec<&str> = from.split('/').collect();
        let from_dirs = &from_dirs[..from_dirs.len() - 1];
        let to_parts: Vec<&str> = to.split('/').collect();
        let shared = from_dirs
            .iter()
            .zip(&to_parts[..to_parts.len() - 1])
            .take_while(|(a, b)| a == b)
            .count();
        let mut out = "../".repeat(from_dirs.len() - shared);
        out.push_str(
            &to_parts[shared..]
                .join("/")
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect::<String>(),
        );
        out
    }

    proptest::proptest! {
        #[test]
        fn relative_agrees_with_the_segment_vectors(from in "[ab/ä]{0,10}", to in "[ab/ä %]{0,10}") {
            proptest::prop_assert_eq!(relative(&from, &to), relative_by_vectors(&from, &to));
        }
    }

    #[test]
    fn only_web_and_mail_addresses_become_links() {
        assert_eq!(
            safe_url(" https://oulu.fi/x "),
            Some("https://oulu.fi/x".into())
        );
        assert_eq!(safe_url("HTTP://a.fi"), Some("HTTP://a.fi".into()));
        assert_eq!(safe_url("mailto:a@b.fi"), Some("mailto:a@b.fi".into()));
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>",
            "https://a.fi/\n![t](https://evil.example/t.png)",
            "//evil.example/x",
            "/etc/passwd",
            "vbscript:x",
            "https:",
            "",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn mail_links_only_for_addresses() {
        assert_eq!(mailto("a.b@ouka.fi"), Some("mailto:a.b@ouka.fi".into()));
        assert_eq!(mailto("a@b.fi?bcc=x@y.fi"), None);
        assert_eq!(mailto("not an address"), None);
        assert_eq!(mailto("javascript:alert(1)//@x"), None);
    }

    #[test]
    fn page_names_are_unique_slugs() {
        let names = page_names(
            "rahoittaja",
            ["Oulun kaupunki", "OULUN KAUPUNKI", "Ääni", "", "!!"],
        );
        assert_eq!(names["Oulun kaupunki"], "rahoittaja/oulun-kaupunki-2.html");
        assert_eq!(names["OULUN KAUPUNKI"], "rahoittaja/oulun-kaupunki.html");
        assert_eq!(names["Ääni"], "rahoittaja/aani.html");
        let mut files: Vec<&String> = names.values().collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), 5);
    }
}
