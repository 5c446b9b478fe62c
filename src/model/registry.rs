//! The registry `projects/hanke.toml`: portfolios, funding programmes and
//! organisations. Records refer to it; it is not a record itself.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Serialize;

use super::cost_model::{CostModel, Kustannusmalli};
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
    /// Cost models (flat rates), by code: `[kustannusmallit.FR40]`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub kustannusmallit: BTreeMap<String, Kustannusmalli>,
    /// Organisations, by canonical name.
    #[serde(default)]
    pub organisaatiot: BTreeMap<String, Organisaatio>,
    /// Lowercased name or alias → canonical name.
    #[serde(skip)]
    #[schemars(skip)]
    names: HashMap<String, String>,
    /// Each cost model as records use it, by code.
    #[serde(skip)]
    #[schemars(skip)]
    cost_models: HashMap<String, Arc<CostModel>>,
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
    /// The cost models the programme allows (codes under `[kustannusmallit]`);
    /// absent: any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kustannusmallit: Option<Vec<Sp<String>>>,
}

impl Ohjelma {
    /// True when a record under this programme may use the model `code`.
    pub fn allows(&self, code: &str) -> bool {
        self.kustannusmallit
            .as_ref()
            .is_none_or(|list| list.iter().any(|c| c.value == code))
    }
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

    /// Resolves every cost model once; call after loading.
    pub fn index_cost_models(&mut self) {
        self.cost_models = self
            .kustannusmallit
            .iter()
            .map(|(code, m)| (code.clone(), Arc::new(m.resolve(code))))
            .collect();
    }

    /// The cost model `code` names (exact code), as records use it.
    pub fn cost_model(&self, code: &str) -> Option<&Arc<CostModel>> {
        self.cost_models.get(code)
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
