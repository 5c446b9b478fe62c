//! Cost models (kustannusmallit): how a funder pays the costs a project does
//! not itemise.
//!
//! Today's programmes budget a development project with a *flat rate*: only
//! the base categories (the staff's salary costs) are itemised, and a fixed
//! percentage of them covers the other costs, either every other category
//! (`kattaa = "kaikki-muut"`, e.g. the 40 % model of the 2021–2027 structural
//! funds) or a listed few. The models are registry data
//! (`[kustannusmallit.CODE]` in hanke.toml), not code: a funder's new model
//! is a registry edit. A record names its model with `kustannusmalli`; the
//! loader resolves the name once ([`CostModel`]), so every rule and report
//! reads the same figures without the registry at hand.

use std::borrow::Cow;

use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

use super::{Category, Euro, Percent, Sp, Span};

/// A set of the form's cost categories (there are fourteen: one bit each).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Categories(u16);

impl Categories {
    pub fn contains(self, c: Category) -> bool {
        self.0 & (1 << c as u16) != 0
    }

    pub fn insert(&mut self, c: Category) {
        self.0 |= 1 << c as u16;
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The categories in the form's order.
    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }

    /// The record keys, `palkat, tyopanoksen_siirto`.
    pub fn keys(self) -> Vec<&'static str> {
        self.iter().map(Category::key).collect()
    }
}

impl FromIterator<Category> for Categories {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Self {
        let mut set = Categories::default();
        for c in iter {
            set.insert(c);
        }
        set
    }
}

/// What a model's flat-rate amount pays for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Covers {
    /// Every category outside the base (`kattaa = "kaikki-muut"`): under the
    /// model only the base is itemised.
    AllOthers,
    /// These categories, whole; everything else is itemised as before.
    Listed(Categories),
}

/// A cost model as a record uses it, resolved from the registry at loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostModel {
    /// The registry code, `FR40`.
    pub code: String,
    /// The registry's `nimi`, or the code.
    pub nimi: String,
    /// Percent of the base; `None` for a model without a flat rate (actual costs).
    pub prosentti: Option<Decimal>,
    /// The categories the percentage is taken of.
    pub peruste: Categories,
    pub kattaa: Covers,
}

impl CostModel {
    /// True when the flat-rate amount pays for category `c`, so the record
    /// must not itemise it too. A model without a flat rate covers nothing.
    pub fn covers(&self, c: Category) -> bool {
        if self.prosentti.is_none() || self.peruste.contains(c) {
            return false;
        }
        match self.kattaa {
            Covers::AllOthers => true,
            Covers::Listed(set) => set.contains(c),
        }
    }

    /// The flat rate and its base, when the model has one.
    pub fn flat_rate(&self) -> Option<(Decimal, Categories)> {
        Some((self.prosentti?, self.peruste))
    }

    /// The categories a record itemises under this model, in the form's order.
    pub fn itemised(&self) -> impl Iterator<Item = Category> + '_ {
        Category::ALL.into_iter().filter(|c| !self.covers(*c))
    }
}

/// `[kustannusmallit.CODE]` in the registry.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Kustannusmalli {
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Span,
    /// The name reports show, e.g. "Flat rate 40 % palkkakustannuksista" (required).
    pub nimi: Option<Sp<String>>,
    /// The flat rate: percent of the base (`peruste`). Absent for a model
    /// without one (actual costs, every cost itemised).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prosentti: Option<Sp<Percent>>,
    /// The cost categories the percentage is taken of, e.g. `["palkat", "tyopanoksen_siirto"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub peruste: Vec<Sp<Category>>,
    /// What the flat-rate amount covers: `"kaikki-muut"` (every category
    /// outside `peruste`) or a list of categories covered whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kattaa: Option<Sp<Kattaa>>,
    /// The address of the guidance page that states the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lahde: Option<Sp<String>>,
}

impl Kustannusmalli {
    /// The model as records use it.
    pub fn resolve(&self, code: &str) -> CostModel {
        let peruste: Categories = self.peruste.iter().map(|c| c.value).collect();
        CostModel {
            code: code.to_string(),
            nimi: self
                .nimi
                .as_ref()
                .map_or_else(|| code.to_string(), |n| n.value.clone()),
            prosentti: self.prosentti.as_ref().map(|p| p.value.value),
            peruste,
            kattaa: match self.kattaa.as_ref().map(|k| &k.value) {
                Some(Kattaa::Listed(list)) => Covers::Listed(list.iter().copied().collect()),
                // `kattaa` is required with `prosentti` (the loader says so);
                // until it is written, every other cost counts as covered.
                Some(Kattaa::AllOthers) | None => Covers::AllOthers,
            },
        }
    }
}

/// `kattaa` as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kattaa {
    AllOthers,
    Listed(Vec<Category>),
}

/// The word that means every other category.
pub const ALL_OTHERS: &str = "kaikki-muut";

impl Serialize for Kattaa {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Kattaa::AllOthers => s.serialize_str(ALL_OTHERS),
            Kattaa::Listed(list) => s.collect_seq(list.iter().map(|c| c.key())),
        }
    }
}

impl JsonSchema for Kattaa {
    fn schema_name() -> Cow<'static, str> {
        "Kattaa".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let category = generator.subschema_for::<Category>();
        json_schema!({
            "description": "\"kaikki-muut\": the flat rate covers every category outside `peruste`; or the categories it covers whole.",
            "anyOf": [
                { "const": ALL_OTHERS },
                { "type": "array", "items": category }
            ]
        })
    }
}

/// `[kustannusarvio.YEAR.palkat]` given as hours × hourly rate (the unit-cost
/// model of salary costs: approved hours at an hourly rate). The amount is
/// derived, to the cent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitCost {
    /// The table's key span.
    pub span: Span,
    pub tunnit: Sp<Decimal>,
    pub tuntihinta: Sp<Euro>,
}

/// The schema of `palkat`: an amount, or hours × hourly rate.
#[allow(dead_code)] // only its schema is used
#[derive(JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "Palkat")]
pub(crate) enum PalkatSchema {
    Amount(Euro),
    Unit(UnitCostSchema),
}

/// Salary costs as approved hours × hourly rate; the amount is derived.
#[allow(dead_code)] // only its schema is used
#[derive(JsonSchema)]
#[schemars(rename = "UnitCost", deny_unknown_fields)]
pub(crate) struct UnitCostSchema {
    /// Approved hours (a whole year of full-time work is 1 720 hours).
    tunnit: Hours,
    /// The hourly rate in euros.
    tuntihinta: Euro,
}

/// A number of hours, 0 or more.
#[allow(dead_code)] // only its schema is used
pub(crate) struct Hours;

impl JsonSchema for Hours {
    fn schema_name() -> Cow<'static, str> {
        "Hours".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Hours, 0 or more; decimals are allowed (860.5 or \"860,5\").",
            "anyOf": [
                { "type": "number", "minimum": 0 },
                { "type": "string", "pattern": "^\\s*[0-9]+([.,][0-9]+)?\\s*$" }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(kattaa: Covers) -> CostModel {
        CostModel {
            code: "X".into(),
            nimi: "X".into(),
            prosentti: Some(Decimal::from(40)),
            peruste: [Category::Palkat, Category::TyopanoksenSiirto]
                .into_iter()
                .collect(),
            kattaa,
        }
    }

    #[test]
    fn a_model_covers_what_it_says_and_never_its_base() {
        let all = model(Covers::AllOthers);
        assert!(all.covers(Category::Matkat));
        assert!(!all.covers(Category::Palkat));
        assert_eq!(
            all.itemised().collect::<Vec<_>>(),
            [Category::Palkat, Category::TyopanoksenSiirto]
        );
        let listed = model(Covers::Listed([Category::Vuokrat].into_iter().collect()));
        assert!(listed.covers(Category::Vuokrat));
        assert!(!listed.covers(Category::Matkat));
        let actual = CostModel {
            prosentti: None,
            ..model(Covers::AllOthers)
        };
        assert!(!actual.covers(Category::Matkat));
    }

    #[test]
    fn category_sets_keep_the_forms_order() {
        let s: Categories = [Category::MuutMenot, Category::Palkat]
            .into_iter()
            .collect();
        assert_eq!(s.keys(), ["palkat", "muut_menot"]);
        assert!(!s.contains(Category::Matkat));
    }
}
