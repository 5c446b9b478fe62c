//! The data model: a project record and the registry, as loaded.
//!
//! These types are what rules and reports read. Fields a diagnostic may point
//! at are [`Sp`]-wrapped. The same types generate the JSON Schema
//! (`hanke schema`), so the schema cannot drift from what the loader accepts.

pub mod cost_model;
pub mod id;
pub mod money;
pub mod percent;
pub mod registry;
pub mod schema;
pub mod span;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

pub use cost_model::{CostModel, UnitCost};
pub use money::Euro;
pub use percent::Percent;
pub use registry::Registry;
pub use span::{Sp, Span};

/// Index of a source file in [`crate::load::Corpus::files`].
pub type FileId = usize;

/// Which parse made a record. Two records with the same id were read from
/// the same bytes at the same path (one record shared by the two sides of
/// a diff, or its copy), so they differ at most in what loading sets when
/// it places a record in a corpus: its file id and its cost model
/// ([`crate::load`]). A record not made by the loader has none and is the
/// same as no other.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct ParseId(u64);

impl ParseId {
    /// A new id, never given before in this process.
    pub fn next() -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        ParseId(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }

    /// Both records came from one parse.
    pub fn same(self, other: ParseId) -> bool {
        self.0 != 0 && self == other
    }
}

/// Without the number: records read alike print alike, whichever parse
/// made them.
impl std::fmt::Debug for ParseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ParseId")
    }
}

/// One project record (`projects/<id>.toml`).
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(
    title = "hanke project record",
    description = "One development project (hanke). See docs/format.md.",
    deny_unknown_fields
)]
pub struct Project {
    /// The id: path below the data root without `.toml`.
    #[serde(skip)]
    #[schemars(skip)]
    pub id: String,
    #[serde(skip)]
    #[schemars(skip)]
    pub file: FileId,
    /// The parse the record came from (see [`ParseId`]).
    #[serde(skip)]
    #[schemars(skip)]
    pub parse: ParseId,

    /// Hankkeen nimi (required).
    #[schemars(required)]
    pub nimi: Option<Sp<String>>,
    /// Short name used in tables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lyhenne: Option<Sp<String>>,
    /// Hanketyyppi, e.g. "Oulun kaupungin hanke".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tyyppi: Option<Sp<String>>,
    /// Portfolio code defined in `hanke.toml` under `[salkut]` (required).
    #[schemars(required)]
    pub salkku: Option<Sp<String>>,
    /// Käsittelyvaihe (required): suunnitteilla, käynnissä, päättynyt or
    /// keskeytetty, in any case, with or without diacritics.
    #[schemars(required)]
    pub vaihe: Option<Sp<Vaihe>>,
    /// Aloittamispvm (required), a TOML local date.
    #[schemars(required)]
    pub alkaa: Option<Sp<NaiveDate>>,
    /// Päättymispvm, a TOML local date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loppuu: Option<Sp<NaiveDate>>,
    /// Id of the parent project (päähanke) of this osahanke.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paahanke: Option<Sp<String>>,
    /// The organisation that administers the grant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hallinnoija: Option<Sp<String>>,
    /// Toteuttajat: implementing organisations.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default, schema_with = "schema::string_or_list")]
    pub toteuttajat: Vec<Sp<String>>,
    /// Tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default, schema_with = "schema::string_or_list")]
    pub avainsanat: Vec<Sp<String>>,
    /// Tiivistelmä: the summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tiivistelma: Option<Sp<String>>,
    /// Tavoitteet: goals.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default, schema_with = "schema::string_or_list")]
    pub tavoitteet: Vec<Sp<String>>,
    /// Sisältö / Toimenpiteet: free text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toimenpiteet: Option<Sp<String>>,
    /// Kustannusmalli: the cost model's code under `[kustannusmallit]` in
    /// hanke.toml, e.g. "FR40" (a flat rate of 40 % of the salary costs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kustannusmalli: Option<Sp<String>>,
    /// The model `kustannusmalli` names, resolved from the registry when the
    /// corpus is assembled; `None` without one or for an unknown code.
    #[serde(skip)]
    #[schemars(skip)]
    pub cost_model: Option<std::sync::Arc<CostModel>>,
    /// Yhteyshenkilöt.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    pub yhteystiedot: Vec<Yhteystieto>,
    /// Liitteet: links.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    pub liitteet: Vec<Liite>,
    /// Rahoitussuunnitelma: the funding plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rahoitus: Option<Funding>,
    /// Toteutuneet kustannukset ja rahoitus: the actual funding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toteuma: Option<Funding>,
    /// Kustannusarvio: cost estimate by year.
    #[serde(skip_serializing_if = "CostYears::is_empty")]
    #[schemars(default)]
    pub kustannusarvio: CostYears,
    /// Actual costs by year, in the same categories.
    #[serde(skip_serializing_if = "CostYears::is_empty")]
    #[schemars(default)]
    pub toteutuneet_kustannukset: CostYears,
}

impl Project {
    /// The name for tables: `lyhenne` when there is one, else `nimi`, else the id.
    pub fn short_name(&self) -> &str {
        self.lyhenne
            .as_deref()
            .or(self.nimi.as_deref())
            .map_or(&self.id, |s| s.as_str())
    }

    pub fn name(&self) -> &str {
        self.nimi.as_deref().map_or(&self.id, |s| s.as_str())
    }

    pub fn salkku(&self) -> Option<&str> {
        self.salkku.as_deref().map(|s| s.as_str())
    }

    pub fn alkaa(&self) -> Option<NaiveDate> {
        self.alkaa.as_ref().map(|d| d.value)
    }

    pub fn loppuu(&self) -> Option<NaiveDate> {
        self.loppuu.as_ref().map(|d| d.value)
    }

    pub fn paahanke(&self) -> Option<&str> {
        self.paahanke.as_deref().map(|s| s.as_str())
    }

    /// The cost model the record names, when the registry knows it.
    pub fn cost_model(&self) -> Option<&CostModel> {
        self.cost_model.as_deref()
    }

    /// The plan and the actuals, each with its key.
    pub fn fundings(&self) -> impl Iterator<Item = (FundingKind, &Funding)> {
        [
            (FundingKind::Plan, self.rahoitus.as_ref()),
            (FundingKind::Actual, self.toteuma.as_ref()),
        ]
        .into_iter()
        .filter_map(|(k, f)| f.map(|f| (k, f)))
    }

    pub fn costs(&self, kind: FundingKind) -> &CostYears {
        match kind {
            FundingKind::Plan => &self.kustannusarvio,
            FundingKind::Actual => &self.toteutuneet_kustannukset,
        }
    }

    pub fn funding(&self, kind: FundingKind) -> Option<&Funding> {
        match kind {
            FundingKind::Plan => self.rahoitus.as_ref(),
            FundingKind::Actual => self.toteuma.as_ref(),
        }
    }
}

/// Plan (`[rahoitus]`, `[kustannusarvio]`) or actuals (`[toteuma]`, `[toteutuneet_kustannukset]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FundingKind {
    Plan,
    Actual,
}

impl FundingKind {
    /// The record's table name.
    pub fn table(self) -> &'static str {
        match self {
            FundingKind::Plan => "rahoitus",
            FundingKind::Actual => "toteuma",
        }
    }

    pub fn costs_table(self) -> &'static str {
        match self {
            FundingKind::Plan => "kustannusarvio",
            FundingKind::Actual => "toteutuneet_kustannukset",
        }
    }
}

/// Käsittelyvaihe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Vaihe {
    #[serde(rename = "suunnitteilla")]
    Suunnitteilla,
    #[serde(rename = "käynnissä")]
    Kaynnissa,
    #[serde(rename = "päättynyt")]
    Paattynyt,
    #[serde(rename = "keskeytetty")]
    Keskeytetty,
}

impl Vaihe {
    pub const ALL: [Vaihe; 4] = [
        Vaihe::Suunnitteilla,
        Vaihe::Kaynnissa,
        Vaihe::Paattynyt,
        Vaihe::Keskeytetty,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Vaihe::Suunnitteilla => "suunnitteilla",
            Vaihe::Kaynnissa => "käynnissä",
            Vaihe::Paattynyt => "päättynyt",
            Vaihe::Keskeytetty => "keskeytetty",
        }
    }

    /// Accepts the written form case-insensitively, with or without diacritics.
    pub fn parse(text: &str) -> Option<Vaihe> {
        // The canonical spelling needs no folding (the common case, and cheap).
        if let Some(v) = Vaihe::ALL.into_iter().find(|v| v.as_str() == text) {
            return Some(v);
        }
        let folded = fold_ascii(text.trim());
        Vaihe::ALL
            .into_iter()
            .find(|v| fold_ascii(v.as_str()) == folded)
    }
}

impl Vaihe {
    /// The stage a word people use for it means ("valmis" → päättynyt), for
    /// the "did you mean" of a value that is not one of the four.
    pub fn meant_by(text: &str) -> Option<Vaihe> {
        let folded = fold_ascii(text.trim());
        let word = folded.as_str();
        Some(match word {
            "suunnittelu" | "suunnitteluvaihe" | "suunniteltu" | "tuleva" | "valmistelu"
            | "valmisteilla" | "idea" | "planned" => Vaihe::Suunnitteilla,
            "kaynnissa oleva" | "kaynnistetty" | "kaynnistynyt" | "aktiivinen" | "toteutus"
            | "toteutusvaihe" | "kesken" | "meneillaan" | "active" | "ongoing" => Vaihe::Kaynnissa,
            "valmis" | "valmistunut" | "paattyi" | "paatetty" | "loppunut" | "suljettu"
            | "toteutettu" | "done" | "finished" | "closed" => Vaihe::Paattynyt,
            "keskeytynyt" | "keskeytys" | "peruttu" | "peruutettu" | "lopetettu" | "hylatty"
            | "cancelled" | "canceled" => Vaihe::Keskeytetty,
            _ => return None,
        })
    }
}

/// The four values, or any spelling [`Vaihe::parse`] accepts.
impl JsonSchema for Vaihe {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Vaihe".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let values = Vaihe::ALL.map(Vaihe::as_str);
        schemars::json_schema!({
            "description": "Käsittelyvaihe: suunnitteilla, käynnissä, päättynyt or keskeytetty. Any case, with or without diacritics (\"Paattynyt\"); `hanke fmt` writes the canonical form.",
            "anyOf": [
                { "enum": values },
                { "type": "string", "pattern": schema::spellings_pattern(&values, fold_ascii) }
            ]
        })
    }
}

/// Lowercase and ä→a, ö→o, å→a: how users type Finnish on any keyboard.
pub fn fold_ascii(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c => c,
        })
        .collect()
}

/// Laji: the kind of a funding share, as on the state-grant form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Laji {
    /// Haettava valtionavustus.
    Valtionavustus,
    /// Kunnan/kuntayhtymän oma rahoitusosuus.
    Oma,
    /// Muu julkinen rahoitus.
    MuuJulkinen,
    /// Muu kuin julkinen rahoitus.
    Yksityinen,
    /// Tulorahoitus.
    Tulot,
}

impl Laji {
    pub const ALL: [Laji; 5] = [
        Laji::Valtionavustus,
        Laji::Oma,
        Laji::MuuJulkinen,
        Laji::Yksityinen,
        Laji::Tulot,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Laji::Valtionavustus => "valtionavustus",
            Laji::Oma => "oma",
            Laji::MuuJulkinen => "muu-julkinen",
            Laji::Yksityinen => "yksityinen",
            Laji::Tulot => "tulot",
        }
    }

    pub fn parse(text: &str) -> Option<Laji> {
        if let Some(l) = Laji::ALL.into_iter().find(|l| l.as_str() == text) {
            return Some(l);
        }
        let folded = fold_ascii(text.trim()).replace(['_', ' '], "-");
        Laji::ALL.into_iter().find(|l| l.as_str() == folded)
    }
}

/// How [`Laji::parse`] compares a value with the five: folded, `_` and
/// space read as `-`.
fn fold_laji(text: &str) -> String {
    fold_ascii(text).replace(['_', ' '], "-")
}

/// The five values, or any spelling [`Laji::parse`] accepts.
impl JsonSchema for Laji {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Laji".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let values = Laji::ALL.map(Laji::as_str);
        schemars::json_schema!({
            "description": "The kind of funding: valtionavustus, oma, muu-julkinen, yksityinen or tulot. Any case, `_` or a space for `-`; `hanke fmt` writes the canonical form.",
            "anyOf": [
                { "enum": values },
                { "type": "string", "pattern": schema::spellings_pattern(&values, fold_laji) }
            ]
        })
    }
}

/// `[rahoitus]` or `[toteuma]`.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Funding {
    /// The table header, for diagnostics about the whole split.
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Span,
    /// A value in this table failed to load (already reported): the
    /// arithmetic rules skip it rather than pile consequences on the cause.
    #[serde(skip)]
    #[schemars(skip)]
    pub invalid: bool,
    /// The stated total ("Yhteensä").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yhteensa: Option<Sp<Euro>>,
    /// Valtionavustukseen oikeuttamattomat kustannukset (plan only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ei_oikeuttavat: Option<Sp<Euro>>,
    /// The funding split.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    pub osuudet: Vec<Share>,
    /// Muut osallistujat: in-kind help outside the split.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default)]
    pub muut: Vec<InKind>,
}

/// One funder's share (`[[rahoitus.osuudet]]`).
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Share {
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Span,
    /// A value of this share failed to load (already reported).
    #[serde(skip)]
    #[schemars(skip)]
    pub invalid: bool,
    /// The funder, e.g. "STM" or "Oulun kaupunki" (required).
    #[schemars(required)]
    pub rahoittaja: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub laji: Option<Sp<Laji>>,
    /// Funding programme defined in `hanke.toml` under `[ohjelmat]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ohjelma: Option<Sp<String>>,
    /// Stated percent of the total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub osuus: Option<Sp<Percent>>,
    /// Euros.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summa: Option<Sp<Euro>>,
}

impl Share {
    pub fn funder(&self) -> &str {
        self.rahoittaja.as_deref().map_or("", |s| s.as_str())
    }
}

/// In-kind help outside the split (`[[rahoitus.muut]]`).
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct InKind {
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Span,
    /// Who helps (required).
    #[schemars(required)]
    pub rahoittaja: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kuvaus: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summa: Option<Sp<Euro>>,
}

/// Yhteyshenkilö.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Yhteystieto {
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Span,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rooli: Option<Sp<String>>,
    /// The person's name (required).
    #[schemars(required)]
    pub nimi: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub puhelin: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Sp<String>>,
}

/// Liite: a named link.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Liite {
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Span,
    pub nimi: Option<Sp<String>>,
    /// The address (required).
    #[schemars(required)]
    pub url: Option<Sp<String>>,
}

/// The cost categories of the state-grant form ("kustannusarvio ja rahoitussuunnitelma"), in the form's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Palkat,
    TyopanoksenSiirto,
    Asiantuntijapalvelut,
    Painatukset,
    Majoitus,
    Matkat,
    Koulutus,
    MuutPalvelut,
    Aineet,
    Vuokrat,
    Aineettomat,
    Koneet,
    MuutInvestoinnit,
    MuutMenot,
}

/// The form's subtotal groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CategoryGroup {
    Henkilostomenot,
    PalvelujenOstot,
    Investointimenot,
}

impl CategoryGroup {
    pub const ALL: [CategoryGroup; 3] = [
        CategoryGroup::Henkilostomenot,
        CategoryGroup::PalvelujenOstot,
        CategoryGroup::Investointimenot,
    ];

    pub fn key(self) -> &'static str {
        match self {
            CategoryGroup::Henkilostomenot => "henkilostomenot",
            CategoryGroup::PalvelujenOstot => "palvelujen_ostot",
            CategoryGroup::Investointimenot => "investointimenot",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CategoryGroup::Henkilostomenot => "Henkilöstömenot",
            CategoryGroup::PalvelujenOstot => "Palvelujen ostot",
            CategoryGroup::Investointimenot => "Investointimenot",
        }
    }
}

impl Category {
    pub const ALL: [Category; 14] = [
        Category::Palkat,
        Category::TyopanoksenSiirto,
        Category::Asiantuntijapalvelut,
        Category::Painatukset,
        Category::Majoitus,
        Category::Matkat,
        Category::Koulutus,
        Category::MuutPalvelut,
        Category::Aineet,
        Category::Vuokrat,
        Category::Aineettomat,
        Category::Koneet,
        Category::MuutInvestoinnit,
        Category::MuutMenot,
    ];

    /// The record key.
    pub fn key(self) -> &'static str {
        match self {
            Category::Palkat => "palkat",
            Category::TyopanoksenSiirto => "tyopanoksen_siirto",
            Category::Asiantuntijapalvelut => "asiantuntijapalvelut",
            Category::Painatukset => "painatukset",
            Category::Majoitus => "majoitus",
            Category::Matkat => "matkat",
            Category::Koulutus => "koulutus",
            Category::MuutPalvelut => "muut_palvelut",
            Category::Aineet => "aineet",
            Category::Vuokrat => "vuokrat",
            Category::Aineettomat => "aineettomat",
            Category::Koneet => "koneet",
            Category::MuutInvestoinnit => "muut_investoinnit",
            Category::MuutMenot => "muut_menot",
        }
    }

    /// The form's row label.
    pub fn label(self) -> &'static str {
        match self {
            Category::Palkat => "Projektiin palkattava henkilöstö",
            Category::TyopanoksenSiirto => "Työpanoksen siirto kunnalta",
            Category::Asiantuntijapalvelut => "Toimisto-, pankki- ja asiantuntijapalvelut",
            Category::Painatukset => "Painatukset ja ilmoitukset",
            Category::Majoitus => "Majoitus- ja ravitsemuspalvelut",
            Category::Matkat => "Matkustus- ja kuljetuspalvelut",
            Category::Koulutus => "Koulutus- ja kulttuuripalvelut",
            Category::MuutPalvelut => "Muut palvelujen ostot",
            Category::Aineet => "Aineet, tarvikkeet ja tavarat",
            Category::Vuokrat => "Vuokrat",
            Category::Aineettomat => "Aineettomat hyödykkeet",
            Category::Koneet => "Koneet ja kalusto",
            Category::MuutInvestoinnit => "Muut investointimenot",
            Category::MuutMenot => "Muut menot",
        }
    }

    pub fn group(self) -> Option<CategoryGroup> {
        use Category::*;
        match self {
            Palkat | TyopanoksenSiirto => Some(CategoryGroup::Henkilostomenot),
            Asiantuntijapalvelut | Painatukset | Majoitus | Matkat | Koulutus | MuutPalvelut => {
                Some(CategoryGroup::PalvelujenOstot)
            }
            Aineettomat | Koneet | MuutInvestoinnit => Some(CategoryGroup::Investointimenot),
            Aineet | Vuokrat | MuutMenot => None,
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// One year's costs by category (`[kustannusarvio.2012]`).
///
/// Only the categories written are stored, in the form's order: a record
/// names a handful of the 14, and a corpus holds tens of thousands of years.
/// Serialized (and described by the schema) as one optional key per category.
#[derive(Clone, Debug, Default)]
pub struct Costs {
    /// The year key's span.
    pub span: Span,
    amounts: Vec<(Category, Sp<Euro>)>,
    /// `palkat` given as hours × hourly rate: its amount is derived from
    /// these. Boxed: rare, and a corpus holds tens of thousands of years.
    pub palkat_unit: Option<Box<UnitCost>>,
}

impl Costs {
    /// No amounts yet, for the year key at `span`.
    pub fn new(span: Span) -> Self {
        Costs {
            span,
            amounts: Vec::new(),
            palkat_unit: None,
        }
    }

    /// True when the amount of `c` is derived (`palkat` from hours × rate).
    pub fn is_derived(&self, c: Category) -> bool {
        c == Category::Palkat && self.palkat_unit.is_some()
    }

    pub fn get(&self, c: Category) -> Option<&Sp<Euro>> {
        self.amounts.iter().find(|(k, _)| *k == c).map(|(_, v)| v)
    }

    pub fn amount(&self, c: Category) -> Euro {
        self.get(c).map_or(Euro::ZERO, |e| e.value)
    }

    pub fn set(&mut self, c: Category, v: Sp<Euro>) {
        match self.amounts.binary_search_by(|(k, _)| k.cmp(&c)) {
            Ok(i) => self.amounts[i].1 = v,
            Err(i) => self.amounts.insert(i, (c, v)),
        }
    }

    pub fn total(&self) -> Euro {
        self.amounts.iter().map(|(_, v)| v.value).sum()
    }

    /// The amounts written, in the form's order.
    pub fn written(&self) -> impl Iterator<Item = (Category, Euro)> + '_ {
        self.amounts.iter().map(|(c, v)| (*c, v.value))
    }

    /// Releases spare capacity once the year is read.
    pub fn shrink_to_fit(&mut self) {
        self.amounts.shrink_to_fit();
    }
}

impl Serialize for Costs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.amounts.len()))?;
        for (c, v) in &self.amounts {
            map.serialize_entry(c.key(), v)?;
        }
        map.end()
    }
}

impl JsonSchema for Costs {
    fn inline_schema() -> bool {
        CostsSchema::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        CostsSchema::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        CostsSchema::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        CostsSchema::json_schema(generator)
    }
}

/// A cost table by year (`[kustannusarvio]`, `[toteutuneet_kustannukset]`):
/// the years in order, each once.
///
/// A sorted vector, not a `BTreeMap`: a record has a handful of years, and a
/// map's first node reserves room for eleven — at national scale the
/// difference is tens of megabytes. Reads like the map it replaces.
#[derive(Clone, Debug, Default)]
pub struct CostYears(Vec<(i32, Costs)>);

impl CostYears {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn get(&self, year: &i32) -> Option<&Costs> {
        self.0
            .binary_search_by_key(year, |(y, _)| *y)
            .ok()
            .map(|i| &self.0[i].1)
    }

    /// Sets a year's costs, replacing any given before.
    pub fn insert(&mut self, year: i32, costs: Costs) {
        match self.0.binary_search_by_key(&year, |(y, _)| *y) {
            Ok(i) => self.0[i].1 = costs,
            Err(i) => self.0.insert(i, (year, costs)),
        }
    }

    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }

    /// Years and their costs, earliest first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&i32, &Costs)> + ExactSizeIterator {
        self.0.iter().map(|(y, c)| (y, c))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &i32> + ExactSizeIterator {
        self.0.iter().map(|(y, _)| y)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Costs> + ExactSizeIterator {
        self.0.iter().map(|(_, c)| c)
    }
}

impl<'a> IntoIterator for &'a CostYears {
    type Item = (&'a i32, &'a Costs);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (i32, Costs)>,
        fn(&'a (i32, Costs)) -> (&'a i32, &'a Costs),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(y, c)| (y, c))
    }
}

/// Serialized as the map it is written as: year → costs.
impl Serialize for CostYears {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

/// The schema of the map it is written as: year keys as the loader reads
/// them, each year's costs.
impl JsonSchema for CostYears {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CostYears".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut years = serde_json::Map::new();
        years.insert(
            schema::YEAR_PATTERN.into(),
            generator.subschema_for::<Costs>().to_value(),
        );
        schemars::json_schema!({
            "type": "object",
            "patternProperties": years,
            "additionalProperties": false
        })
    }
}

// The schema of [`Costs`], one optional amount per category in the form's
// order; its doc comment is the schema's description.
/// One year's costs by category (`[kustannusarvio.2012]`).
#[allow(dead_code)] // only its schema is used
#[derive(JsonSchema)]
#[schemars(rename = "Costs", deny_unknown_fields)]
struct CostsSchema {
    /// Projektiin palkattava henkilöstö (Henkilöstömenot): an amount, or
    /// `tunnit` × `tuntihinta` (approved hours × hourly rate).
    palkat: Option<cost_model::PalkatSchema>,
    /// Työpanoksen siirto kunnalta (Henkilöstömenot).
    tyopanoksen_siirto: Option<Sp<Euro>>,
    /// Toimisto-, pankki- ja asiantuntijapalvelut (Palvelujen ostot).
    asiantuntijapalvelut: Option<Sp<Euro>>,
    /// Painatukset ja ilmoitukset (Palvelujen ostot).
    painatukset: Option<Sp<Euro>>,
    /// Majoitus- ja ravitsemuspalvelut (Palvelujen ostot).
    majoitus: Option<Sp<Euro>>,
    /// Matkustus- ja kuljetuspalvelut (Palvelujen ostot).
    matkat: Option<Sp<Euro>>,
    /// Koulutus- ja kulttuuripalvelut (Palvelujen ostot).
    koulutus: Option<Sp<Euro>>,
    /// Muut palvelujen ostot (Palvelujen ostot).
    muut_palvelut: Option<Sp<Euro>>,
    /// Aineet, tarvikkeet ja tavarat.
    aineet: Option<Sp<Euro>>,
    /// Vuokrat.
    vuokrat: Option<Sp<Euro>>,
    /// Aineettomat hyödykkeet (Investointimenot).
    aineettomat: Option<Sp<Euro>>,
    /// Koneet ja kalusto (Investointimenot).
    koneet: Option<Sp<Euro>>,
    /// Muut investointimenot (Investointimenot).
    muut_investoinnit: Option<Sp<Euro>>,
    /// Muut menot.
    muut_menot: Option<Sp<Euro>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tables indexed by `c as usize` (the budget's rows) rely on it.
    #[test]
    fn all_lists_categories_and_groups_in_declaration_order() {
        for (i, c) in Category::ALL.into_iter().enumerate() {
            assert_eq!(c as usize, i, "{c:?}");
        }
        for (i, g) in CategoryGroup::ALL.into_iter().enumerate() {
            assert_eq!(g as usize, i, "{g:?}");
        }
    }

    #[test]
    fn words_people_use_for_a_stage_point_at_it() {
        assert_eq!(Vaihe::meant_by("Valmis"), Some(Vaihe::Paattynyt));
        assert_eq!(Vaihe::meant_by(" peruttu "), Some(Vaihe::Keskeytetty));
        assert_eq!(Vaihe::meant_by("suunnittelu"), Some(Vaihe::Suunnitteilla));
        assert_eq!(Vaihe::meant_by("kesken"), Some(Vaihe::Kaynnissa));
        assert_eq!(Vaihe::meant_by("sininen"), None);
        // The values themselves are parsed, not guessed.
        assert_eq!(Vaihe::parse("KÄYNNISSÄ"), Some(Vaihe::Kaynnissa));
    }
}
