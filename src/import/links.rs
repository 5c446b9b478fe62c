//! Reading the Liitteet field into `[[liitteet]]` links.
//!
//! On a copied page an attachment is often only its link text (`Logot`):
//! the URL was in the HTML and is gone. Such names cannot become `[[liitteet]]`
//! (the record needs a `url`), so they are returned separately to be written
//! as a comment. Where a URL is on the page, the text before it on the same
//! line, or the line just above, names it.

use super::text::{clean_inline, is_space};

/// One `[[liitteet]]` entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Link {
    pub(super) nimi: String,
    pub(super) url: String,
}

/// Links with URLs, and attachment names without one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Attachments {
    pub(super) links: Vec<Link>,
    pub(super) unlinked: Vec<String>,
}

/// Parse the Liitteet field's lines.
pub(super) fn parse(lines: &[String]) -> Attachments {
    let mut out = Attachments::default();
    for line in lines {
        for item in layout_items(line) {
            read_item(&item, &mut out);
        }
    }
    out
}

/// A line may hold several attachments separated by layout gaps (a tab, a
/// no-break space, two spaces): `Logot \u{a0} Esite`.
fn layout_items(line: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut gap = String::new();
    for c in line.chars() {
        if is_space(c) {
            gap.push(c);
            continue;
        }
        if !gap.is_empty() {
            let layout = gap.chars().count() > 1 || gap.chars().any(|g| g != ' ');
            if layout && !current.is_empty() {
                items.push(std::mem::take(&mut current));
            } else if !current.is_empty() {
                current.push(' ');
            }
            gap.clear();
        }
        current.push(c);
    }
    if !current.is_empty() {
        items.push(current);
    }
    items
}

fn read_item(item: &str, out: &mut Attachments) {
    let item = clean_inline(item);
    let Some((before, url)) = split_url(&item) else {
        out.unlinked.push(item);
        return;
    };
    let before = before.trim_end_matches([':', '-', '–', ' ']).trim();
    let nimi = if before.is_empty() {
        out.unlinked.pop().unwrap_or_else(|| url.clone())
    } else {
        before.to_string()
    };
    out.links.push(Link { nimi, url });
}

/// Text before the first URL, and the URL (`www.` gets `http://`).
fn split_url(item: &str) -> Option<(&str, String)> {
    let start = ["https://", "http://", "www."]
        .iter()
        .filter_map(|p| item.find(p))
        .min()?;
    let url = item[start..]
        .split(' ')
        .next()?
        .trim_end_matches(['.', ',', ';', ')']);
    let url = if url.starts_with("www.") {
        format!("http://{url}")
    } else {
        url.to_string()
    };
    Some((&item[..start], url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_without_url_is_unlinked() {
        let out = parse(&["Logot \u{a0} \u{a0}".to_string()]);
        assert_eq!(out.unlinked, vec!["Logot"]);
        assert!(out.links.is_empty());
    }

    #[test]
    fn url_with_text_before_it() {
        let out = parse(&["Hankkeen nettisivut \u{a0} www.ouka.fi/hyve".to_string()]);
        assert_eq!(
            out.links,
            vec![Link {
                nimi: "Hankkeen nettisivut".to_string(),
                url: "http://www.ouka.fi/hyve".to_string()
            }]
        );
    }

    #[test]
    fn url_on_the_line_after_its_name() {
        let out = parse(&[
            "Loppuraportti".to_string(),
            "https://example.fi/raportti.pdf".to_string(),
        ]);
        assert_eq!(out.links[0].nimi, "Loppuraportti");
        assert!(out.unlinked.is_empty());
    }
}
