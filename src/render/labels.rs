//! Names of the form's rows for people, in the current language: cost
//! categories, their groups and the financing plan's lines. The model's own
//! `label()`s stay Finnish (records and diagnostics use them); every
//! human report names a row through here.

use std::sync::OnceLock;

use crate::model::{Category, CategoryGroup};
use crate::report::budget::{PlanLine, RowKind};
use crate::t;

/// `Projektiin palkattava henkilöstö` / `Staff hired for the project`.
pub fn category(c: Category) -> String {
    match c {
        Category::Palkat => t!("out-cat-palkat"),
        Category::TyopanoksenSiirto => t!("out-cat-tyopanoksen-siirto"),
        Category::Asiantuntijapalvelut => t!("out-cat-asiantuntijapalvelut"),
        Category::Painatukset => t!("out-cat-painatukset"),
        Category::Majoitus => t!("out-cat-majoitus"),
        Category::Matkat => t!("out-cat-matkat"),
        Category::Koulutus => t!("out-cat-koulutus"),
        Category::MuutPalvelut => t!("out-cat-muut-palvelut"),
        Category::Aineet => t!("out-cat-aineet"),
        Category::Vuokrat => t!("out-cat-vuokrat"),
        Category::Aineettomat => t!("out-cat-aineettomat"),
        Category::Koneet => t!("out-cat-koneet"),
        Category::MuutInvestoinnit => t!("out-cat-muut-investoinnit"),
        Category::MuutMenot => t!("out-cat-muut-menot"),
    }
}

/// `Henkilöstömenot` / `Staff costs`.
pub fn group(g: CategoryGroup) -> String {
    match g {
        CategoryGroup::Henkilostomenot => t!("out-group-henkilostomenot"),
        CategoryGroup::PalvelujenOstot => t!("out-group-palvelujen-ostot"),
        CategoryGroup::Investointimenot => t!("out-group-investointimenot"),
    }
}

/// A cost table's row: a category, a group's subtotal, the total.
///
/// Looked up in the catalogue once per language: every cost table of a site
/// names its rows again (tens of thousands of tables).
pub fn row_kind(kind: RowKind) -> String {
    static LABELS: [OnceLock<Vec<(RowKind, String)>>; 2] = [OnceLock::new(), OnceLock::new()];
    let labels = LABELS[crate::lang::current() as usize].get_or_init(|| {
        RowKind::form_order()
            .into_iter()
            .map(|k| (k, row_kind_from_catalogue(k)))
            .collect()
    });
    labels
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or_else(|| row_kind_from_catalogue(kind), |(_, label)| label.clone())
}

fn row_kind_from_catalogue(kind: RowKind) -> String {
    match kind {
        RowKind::Category(c) => category(c),
        RowKind::Group(g) => group(g),
        RowKind::Total => t!("out-total"),
    }
}

/// A category by its record key (`palkat`), for reports that carry keys;
/// `other` (the report's own label: a cost model's flat rate, named by the
/// registry) when the key names no category.
pub fn category_by_key(key: &str, other: &str) -> String {
    Category::ALL
        .into_iter()
        .find(|c| c.key() == key)
        .map_or_else(|| other.to_string(), category)
}

/// A line of the financing plan.
pub fn plan_line(line: PlanLine) -> String {
    match line {
        PlanLine::Kokonaiskustannukset => t!("out-plan-kokonaiskustannukset"),
        PlanLine::Tulot => t!("out-plan-tulot"),
        PlanLine::Yksityinen => t!("out-plan-yksityinen"),
        PlanLine::EiOikeuttavat => t!("out-ei-oikeuttavat"),
        PlanLine::Oikeuttavat => t!("out-plan-oikeuttavat"),
        PlanLine::Oma => t!("out-plan-oma"),
        PlanLine::MuuJulkinen => t!("out-plan-muu-julkinen"),
        PlanLine::Valtionavustus => t!("out-plan-valtionavustus"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finnish labels (unit tests run in the default language) are the
    /// model's own: the form's wording, unchanged.
    #[test]
    fn finnish_labels_are_the_forms() {
        for c in Category::ALL {
            assert_eq!(category(c), c.label());
        }
        for line in PlanLine::ALL {
            assert_eq!(plan_line(line), line.label());
        }
    }
}
