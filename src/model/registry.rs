//! The registry `projects/hanke.toml`: portfolios, funding programmes and
//! organisations. Records refer to it; it is not a record itself.

use std::collections::{BTreeMap, HashMap};

use schemars::JsonSchema;
use serde::Serialize;

use super::{FileId, Percent, Sp, Span};

#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(title = "hanke registry (hanke.toml)", deny_unknown_fields)]
pub struct Registry {
    #[serde(skip)]
    #[schemars(skip)]
    pub file: FileId,
    /// Portfolios (salkut), by code.
    #[schemars(default)]
    pub salkut: BTreeMap<String, Salkku>,
    /// Funding programmes, by name.
    #[serde(default)]
    pub ohjelmat: BTreeMap<String, Ohjelma>,
    /// Organisations, by canonical name.
    #[serde(default)]
    pub organisaatiot: BTreeMap<String, Organisaatio>,
    /// Lowercased name or alias → canonical name.
    #[serde(skip)]
    #[schemars(skip)]
    names: HashMap<String, String>,
}

#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Salkku {
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Span,
    /// The portfolio's name (required).
    #[schemars(required)]
    pub nimi: Option<Sp<String>>,
    /// The organisation that owns the portfolio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omistaja: Option<Sp<String>>,
}

#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Ohjelma {
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Span,
    pub nimi: Option<Sp<String>>,
    /// The funder that runs the programme, e.g. "STM".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rahoittaja: Option<Sp<String>>,
    /// Highest state-grant percent of eligible costs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enintaan: Option<Sp<Percent>>,
}

#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Organisaatio {
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Span,
    /// Aliases that reports fold into this name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(schema_with = "super::schema::string_or_list")]
    pub lyhenteet: Vec<Sp<String>>,
}

impl Registry {
    /// Builds the name index; call once after loading.
    pub fn index_names(&mut self) {
        let mut names = HashMap::new();
        for (name, org) in &self.organisaatiot {
            names.insert(name.to_lowercase(), name.clone());
            for alias in &org.lyhenteet {
                names
                    .entry(alias.value.to_lowercase())
                    .or_insert_with(|| name.clone());
            }
        }
        self.names = names;
    }

    /// The canonical organisation name for a name or alias, case-insensitively;
    /// `None` when the registry does not know it.
    pub fn known_org(&self, name: &str) -> Option<&str> {
        self.names
            .get(&name.trim().to_lowercase())
            .map(String::as_str)
    }

    /// The name reports group under: the canonical name when known, else the name as written.
    pub fn canonical_org<'a>(&'a self, name: &'a str) -> &'a str {
        self.known_org(name).unwrap_or(name.trim())
    }

    /// Every name and alias, for "did you mean".
    pub fn org_names(&self) -> impl Iterator<Item = &str> {
        self.organisaatiot.iter().flat_map(|(n, o)| {
            std::iter::once(n.as_str()).chain(o.lyhenteet.iter().map(|a| a.value.as_str()))
        })
    }

    /// Finds a portfolio code case-insensitively (for command-line filters).
    pub fn salkku_code(&self, code: &str) -> Option<&str> {
        self.salkut
            .keys()
            .find(|k| k.eq_ignore_ascii_case(code.trim()))
            .map(String::as_str)
    }
}
