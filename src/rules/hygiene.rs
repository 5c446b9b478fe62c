//! Hygiene warnings: likely typos in organisation names, links and emails.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::Ctx;
use crate::diag::{Diagnostic, codes, words};
use crate::model::{Project, Registry, Sp};
use crate::suggest::ByLength;

/// Every organisation name a record mentions: funders, implementers, hallinnoija.
fn organisation_names(p: &Project) -> impl Iterator<Item = &Sp<String>> {
    let funders = p.fundings().flat_map(|(_, f)| {
        f.osuudet
            .iter()
            .filter_map(|s| s.rahoittaja.as_ref())
            .chain(f.muut.iter().filter_map(|m| m.rahoittaja.as_ref()))
    });
    p.toteuttajat
        .iter()
        .chain(p.hallinnoija.iter())
        .chain(funders)
}

/// The registry's organisation names and aliases, lowercased once and
/// grouped by length, to match written names against.
struct KnownNames<'r> {
    by_len: ByLength<'r>,
}

impl<'r> KnownNames<'r> {
    fn of(reg: &'r Registry) -> Self {
        let mut by_len = ByLength::default();
        for known in reg.org_names() {
            by_len.insert(known.to_lowercase().chars().collect(), known);
        }
        KnownNames { by_len }
    }

    /// The registry name a misspelt name is a near miss of. Names far from
    /// every known one are fine: the registry need not list every partner.
    fn near_miss(&self, name: &str) -> Option<&'r str> {
        let lower: Vec<char> = name.trim().to_lowercase().chars().collect();
        let allowed = match lower.len() {
            0..=4 => return None,
            5..=9 => 1,
            _ => 2,
        };
        self.by_len
            .within(&lower, allowed)
            .into_iter()
            .filter(|&(d, _)| d >= 1)
            .min_by_key(|&(d, _)| d)
            .map(|(_, k)| k)
    }
}

/// H401 (warning): an organisation name close to, but not, a registry name or alias.
pub fn organisation_names_known(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let reg = ctx.registry();
    // Names repeat across thousands of records: decide each distinct name
    // once. A set, not a sort: a few hundred names written tens of
    // thousands of times, and their order does not matter.
    let distinct: HashSet<&str> = ctx
        .projects
        .iter()
        .flat_map(|p| organisation_names(p))
        .map(|s| s.value.as_str())
        .collect();
    let distinct: Vec<&str> = distinct
        .into_iter()
        .filter(|n| reg.known_org(n).is_none())
        .collect();
    if distinct.is_empty() {
        return;
    }
    let known = KnownNames::of(reg);
    let suggestions: HashMap<&str, &str> = distinct
        .par_iter()
        .filter_map(|n| known.near_miss(n).map(|s| (*n, s)))
        .collect();
    if suggestions.is_empty() {
        return;
    }
    for p in ctx.projects {
        for name in organisation_names(p) {
            if let Some(known) = suggestions.get(name.value.as_str()) {
                let canonical = reg.canonical_org(known);
                let message = crate::t!("rule-h401", name = name.value.as_str(), known = (*known));
                out.push(
                    Diagnostic::new(codes::NAME_TYPO, p.file, name.span, message)
                        .label(crate::t!("rule-h401-label"))
                        .help(if canonical == *known {
                            words::meant(&format!("`{known}`"))
                        } else {
                            crate::t!("rule-h401-alias", known = (*known), canonical = canonical)
                        })
                        .note(crate::t!("rule-h401-note")),
                );
            }
        }
    }
}

/// H402 (warning): links are http(s) URLs.
pub fn urls_are_http(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        for link in &p.liitteet {
            let Some(url) = &link.url else { continue };
            if is_http_url(&url.value) {
                continue;
            }
            let help = if url.value.starts_with("www.") {
                words::write(&format!("url = \"https://{}\"", url.value))
            } else {
                crate::t!("rule-h402-help")
            };
            out.push(
                Diagnostic::new(
                    codes::BAD_URL,
                    p.file,
                    url.span,
                    crate::t!("rule-h402", url = url.value.as_str()),
                )
                .label(crate::t!("rule-h402-label"))
                .help(help),
            );
        }
    }
}

pub fn is_http_url(url: &str) -> bool {
    let rest = strip_prefix_ignore_ascii_case(url, "https://")
        .or_else(|| strip_prefix_ignore_ascii_case(url, "http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

/// `text` without an ASCII `prefix` written in any case (no copy made).
fn strip_prefix_ignore_ascii_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.as_bytes().get(..prefix.len())?;
    // Equal to an ASCII prefix, the head is ASCII: `prefix.len()` is a char boundary.
    head.eq_ignore_ascii_case(prefix.as_bytes())
        .then(|| &text[prefix.len()..])
}

/// H403 (warning): emails are addresses.
pub fn emails_are_addresses(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        for c in &p.yhteystiedot {
            let Some(email) = &c.email else { continue };
            if is_email(&email.value) {
                continue;
            }
            let help = if email.value.contains("(at)") {
                words::write(&format!("email = \"{}\"", email.value.replace("(at)", "@")))
            } else {
                crate::t!("rule-h403-help")
            };
            out.push(
                Diagnostic::new(
                    codes::BAD_EMAIL,
                    p.file,
                    email.span,
                    crate::t!("rule-h403", email = email.value.as_str()),
                )
                .label(crate::t!("rule-h403-label"))
                .help(help),
            );
        }
    }
}

pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|l| !l.is_empty())
        && !s.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '(' | ')')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_urls_and_emails() {
        assert!(is_http_url("https://www.ouka.fi/hyve"));
        assert!(is_http_url("HTTPS://www.ouka.fi/"));
        assert!(!is_http_url("httpä://x.fi"));
        assert!(!is_http_url("ä"));
        assert!(!is_http_url("ftp://x.fi"));
        assert!(!is_http_url("www.ouka.fi"));
        assert!(!is_http_url("https://"));
        assert!(is_email("paivi.visuri@ouka.fi"));
        assert!(!is_email("paivi.visuri(at)ouka.fi"));
        assert!(!is_email("a@b"));
        assert!(!is_email("a b@c.fi"));
    }
}
