//! `hanke import`: a page of the City of Oulu project database → a record.
//!
//! The database ("kehittämissalkut – hanketietokanta") shows each project as
//! a page of labelled fields (`Hankkeen nimi`, `Salkku`, `Käsittelyvaihe`,
//! …), with the money typed into the free text in a handful of shapes. People
//! copy those pages; this module turns the copied text into a TOML project
//! record that `hanke check` can read.
//!
//! The pipeline, one module per step:
//!
//! - `text`: one spelling of line ends, spaces and umlauts;
//! - `page`: find the labelled fields, drop navigation and footer;
//! - `meta`: portfolio code, stage, dates, lists;
//! - `money` and `share`: amounts and percentages in a line, and what the
//!   line says (a funder's share, a total, a cost);
//! - `funding`: the funding blocks of the free text as `[rahoitus]` /
//!   `[toteuma]` tables, with `laji` guessing the kind of each share,
//!   `funders` matching names and programmes, and `consistency` checking
//!   that the figures add up;
//! - `inkind`: who gave the in-kind help of a `Muut osallistujat` line and
//!   what it was, with `known` (the registry's organisations) to name them;
//! - `summary`: a summary holding `Tavoitteet` and `Toimenpiteet/Sisältö`
//!   parts, split into the record's keys;
//! - `contacts` and `links`: the people and attachments;
//! - `record`: where each piece lands, and what needs a human look;
//! - `emit`: the TOML text; `slug`: the record id.
//!
//! Nothing on the page is silently dropped: what cannot be placed becomes a
//! comment in the record and a line in [`Imported::review`].

use std::fmt;

mod consistency;
mod contacts;
mod emit;
mod funders;
mod funding;
mod inkind;
mod known;
mod laji;
mod links;
mod meta;
mod money;
mod page;
mod record;
mod share;
mod slug;
mod summary;
mod text;

pub use known::Known;

/// The result of importing one page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The record text, ready to write.
    pub toml: String,
    pub nimi: String,
    /// The portfolio as on the page: (code, name).
    pub salkku: Option<(String, String)>,
    /// A record id made from the name (see [`slug()`]).
    pub suggested_id: String,
    /// One line per thing a human must look at: unplaced text, a `laji`
    /// left TODO, an unreadable amount, figures that do not add up …
    pub review: Vec<String>,
}

impl Imported {
    /// The registry entry that defines this page's portfolio, for when
    /// `hanke.toml` does not have it yet:
    ///
    /// ```toml
    /// [salkut.KONSTI]
    /// nimi = "Elämänhallinta- ja hyvinvointiohjelma 2010-2013"
    /// ```
    pub fn salkku_registry_entry(&self) -> Option<String> {
        let (code, name) = self.salkku.as_ref()?;
        let key = if code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            code.clone()
        } else {
            emit::basic_string(code)
        };
        Some(format!(
            "[salkut.{key}]\nnimi = {}\n",
            emit::basic_string(name)
        ))
    }
}

/// Why a text could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// No `Hankkeen nimi` label: the text is not a project page.
    NotAProjectPage,
    /// The `Hankkeen nimi` label is there but has no value.
    EmptyName,
    /// The record came out as invalid TOML (a bug in the importer).
    InvalidRecord(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotAProjectPage => f.write_str(&crate::t!("err-import-not-a-page")),
            ImportError::EmptyName => f.write_str(&crate::t!("err-import-empty-name")),
            ImportError::InvalidRecord(why) => f.write_str(&crate::t!(
                "err-import-invalid-record",
                reason = why.as_str()
            )),
        }
    }
}

impl std::error::Error for ImportError {}

/// Turn the text of a project page into a record, knowing no organisations.
pub fn import_page(text: &str) -> Result<Imported, ImportError> {
    import_page_with(text, &Known::default())
}

/// Turn the text of a project page into a record; `known` names the
/// registry's organisations.
pub fn import_page_with(text: &str, known: &Known) -> Result<Imported, ImportError> {
    let text = text::normalize_page(text);
    let page = page::parse(&text).ok_or(ImportError::NotAProjectPage)?;
    let nimi = page
        .field(page::Label::Nimi)
        .map(record::inline_value)
        .filter(|n| !n.is_empty())
        .ok_or(ImportError::EmptyName)?;
    let mut review = Vec::new();
    let record = record::build(&page, nimi.clone(), known, &mut review);
    let toml = emit::record(&record);
    toml.parse::<toml_edit::DocumentMut>()
        .map_err(|e| ImportError::InvalidRecord(e.to_string()))?;
    review.extend(consistency::funding_review(&toml));
    Ok(Imported {
        toml,
        suggested_id: slug(&nimi),
        salkku: record.salkku_page.clone(),
        nimi,
        review,
    })
}

/// A record id from a project name: lowercase ASCII `[a-z0-9-]`, `ä`→`a`,
/// `ö`→`o`, the first words up to about 40 characters, cut at a word
/// boundary (`Hyve - johtamisen kartta - …` → `hyve-johtamisen-kartta`).
pub fn slug(name: &str) -> String {
    slug::slug(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_project_page() {
        assert_eq!(
            import_page("Esitys\nTIIVISTELMÄ jotain"),
            Err(ImportError::NotAProjectPage)
        );
        assert_eq!(
            ImportError::NotAProjectPage.to_string(),
            "nimikettä `Hankkeen nimi` ei löydy: teksti ei ole hankesivu"
        );
    }

    #[test]
    fn empty_name() {
        assert_eq!(
            import_page("Hankkeen nimi \u{a0} \nHanketyyppi \u{a0} X"),
            Err(ImportError::EmptyName)
        );
    }

    #[test]
    fn registry_entry_for_the_portfolio() {
        let imported =
            import_page("Hankkeen nimi \u{a0} X\nSalkku \u{a0} KONSTI Ohjelma \"2\"").unwrap();
        assert_eq!(
            imported.salkku_registry_entry().as_deref(),
            Some("[salkut.KONSTI]\nnimi = \"Ohjelma \\\"2\\\"\"\n")
        );
    }
}
