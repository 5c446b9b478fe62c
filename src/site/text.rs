//! Every word of the website that is not record data, in one place.
//!
//! The site speaks the user's language, like the reports (Finnish by
//! default): every field comes from the catalogue's `site-*` messages, the
//! few sentences with numbers from [`Ui`]'s methods. The templates only
//! ever print `t.<field>`; `<html lang>` is `t.lang`.
//! The browser script gets the strings it needs from the page's data block.

use std::sync::OnceLock;

use serde::Serialize;

use crate::lang::Lang;
use crate::t;

/// The site's interface text.
#[derive(Debug, Clone, Serialize)]
pub struct Ui {
    pub lang: &'static str,
    pub site_title: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub front_page: &'static str,
    pub breadcrumbs: &'static str,
    pub projects_heading: &'static str,
    pub filters_heading: &'static str,
    pub filter_salkku: &'static str,
    pub filter_vaihe: &'static str,
    pub filter_rahoittaja: &'static str,
    pub filter_toteuttaja: &'static str,
    pub filter_vuosi: &'static str,
    pub filter_hae: &'static str,
    pub filter_hae_hint: &'static str,
    pub filter_paahanke: &'static str,
    pub any_year: &'static str,
    pub clear_filters: &'static str,
    pub filters_note: &'static str,
    pub col_nimi: &'static str,
    pub col_salkku: &'static str,
    pub col_vaihe: &'static str,
    pub col_alkaa: &'static str,
    pub col_loppuu: &'static str,
    pub col_yhteensa: &'static str,
    pub col_rahoittajat: &'static str,
    pub col_suunniteltu: &'static str,
    pub col_toteutunut: &'static str,
    pub col_hankkeita: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    pub total: &'static str,
    pub showing: &'static str,
    pub of: &'static str,
    pub projects_word: &'static str,
    /// `hanke` / `project`: one project, after a count.
    pub project_one: &'static str,
    pub filter_error: &'static str,
    pub unknown_salkku: &'static str,
    pub unknown_vaihe: &'static str,
    pub bad_vuosi: &'static str,
    pub unknown_paahanke: &'static str,
    pub downloads: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub download_xlsx: &'static str,
    pub download_toml: &'static str,
    pub salkut_heading: &'static str,
    pub salkku_page: &'static str,
    pub owner: &'static str,
    pub rahoittajat_heading: &'static str,
    pub rahoittaja_page: &'static str,
    pub aliases: &'static str,
    pub funded_projects: &'static str,
    pub money_by_salkku: &'static str,
    pub money_by_year: &'static str,
    pub funding_split: &'static str,
    pub chart_table_note: &'static str,
    pub by_vaihe: &'static str,
    pub by_rahoittaja: &'static str,
    pub by_vuosi: &'static str,
    pub budget_heading: &'static str,
    pub basics: &'static str,
    pub f_nimi: &'static str,
    pub f_lyhenne: &'static str,
    pub f_tyyppi: &'static str,
    pub f_salkku: &'static str,
    pub f_vaihe: &'static str,
    pub f_alkaa: &'static str,
    pub f_loppuu: &'static str,
    pub f_hallinnoija: &'static str,
    pub f_toteuttajat: &'static str,
    pub f_avainsanat: &'static str,
    pub f_paahanke: &'static str,
    pub tiivistelma: &'static str,
    pub tavoitteet: &'static str,
    pub toimenpiteet: &'static str,
    pub rahoitus_heading: &'static str,
    pub plan_title: &'static str,
    pub actual_title: &'static str,
    pub col_rahoittaja: &'static str,
    pub col_laji: &'static str,
    pub col_ohjelma: &'static str,
    pub col_osuus: &'static str,
    pub col_summa: &'static str,
    pub derived_mark_label: &'static str,
    pub derived_note: &'static str,
    pub ei_oikeuttavat: &'static str,
    pub muut_title: &'static str,
    pub col_osallistuja: &'static str,
    pub col_kuvaus: &'static str,
    pub costs_heading: &'static str,
    pub osahankkeet: &'static str,
    pub yhteystiedot: &'static str,
    pub col_rooli: &'static str,
    pub col_puhelin: &'static str,
    pub col_email: &'static str,
    pub liitteet: &'static str,
    pub link_not_shown: &'static str,
    pub source_heading: &'static str,
    pub check_notice_title: &'static str,
    pub check_notice_intro: &'static str,
    pub severity_error: &'static str,
    pub severity_warning: &'static str,
    pub line: &'static str,
    pub column: &'static str,
    pub help: &'static str,
    pub broken_title: &'static str,
    pub broken_intro: &'static str,
    pub unknown_amount: &'static str,
    pub no_projects: &'static str,
    pub footer_made_with: &'static str,
    pub footer_date: &'static str,
    pub scroll_table: &'static str,
}

/// One text for the rest of the run: the interface is built once per
/// language and lives as long as the program (a few kilobytes), so the
/// templates and the page builders keep plain `&'static str`s.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

impl Ui {
    /// The interface in the current language ([`crate::lang::current`]),
    /// from the catalogue's `site-*` messages.
    pub fn current() -> &'static Ui {
        static FI: OnceLock<Ui> = OnceLock::new();
        static EN: OnceLock<Ui> = OnceLock::new();
        let lang = crate::lang::current();
        let cell = match lang {
            Lang::Fi => &FI,
            Lang::En => &EN,
        };
        cell.get_or_init(|| Ui::build(lang))
    }

    fn build(lang: Lang) -> Ui {
        Ui {
            lang: lang.code(),
            site_title: leak(t!("site-site-title")),
            skip_to_content: leak(t!("site-skip-to-content")),
            nav_label: leak(t!("site-nav-label")),
            front_page: leak(t!("site-front-page")),
            breadcrumbs: leak(t!("site-breadcrumbs")),
            projects_heading: leak(t!("site-projects-heading")),
            filters_heading: leak(t!("site-filters-heading")),
            filter_salkku: leak(t!("site-filter-salkku")),
            filter_vaihe: leak(t!("site-filter-vaihe")),
            filter_rahoittaja: leak(t!("site-filter-rahoittaja")),
            filter_toteuttaja: leak(t!("site-filter-toteuttaja")),
            filter_vuosi: leak(t!("site-filter-vuosi")),
            filter_hae: leak(t!("site-filter-hae")),
            filter_hae_hint: leak(t!("site-filter-hae-hint")),
            filter_paahanke: leak(t!("site-filter-paahanke")),
            any_year: leak(t!("site-any-year")),
            clear_filters: leak(t!("site-clear-filters")),
            filters_note: leak(t!("site-filters-note")),
            col_nimi: leak(t!("site-col-nimi")),
            col_salkku: leak(t!("site-col-salkku")),
            col_vaihe: leak(t!("site-col-vaihe")),
            col_alkaa: leak(t!("site-col-alkaa")),
            col_loppuu: leak(t!("site-col-loppuu")),
            col_yhteensa: leak(t!("site-col-yhteensa")),
            col_rahoittajat: leak(t!("site-col-rahoittajat")),
            col_suunniteltu: leak(t!("site-col-suunniteltu")),
            col_toteutunut: leak(t!("site-col-toteutunut")),
            col_hankkeita: leak(t!("site-col-hankkeita")),
            planned: leak(t!("site-planned")),
            actual: leak(t!("site-actual")),
            total: leak(t!("site-total")),
            showing: leak(t!("site-showing")),
            of: leak(t!("site-of")),
            projects_word: leak(t!("site-projects-word")),
            project_one: leak(t!("site-project-one")),
            filter_error: leak(t!("site-filter-error")),
            unknown_salkku: leak(t!("site-unknown-salkku")),
            unknown_vaihe: leak(t!("site-unknown-vaihe")),
            bad_vuosi: leak(t!("site-bad-vuosi")),
            unknown_paahanke: leak(t!("site-unknown-paahanke")),
            downloads: leak(t!("site-downloads")),
            download_csv: leak(t!("site-download-csv")),
            download_json: leak(t!("site-download-json")),
            download_xlsx: leak(t!("site-download-xlsx")),
            download_toml: leak(t!("site-download-toml")),
            salkut_heading: leak(t!("site-salkut-heading")),
            salkku_page: leak(t!("site-salkku-page")),
            owner: leak(t!("site-owner")),
            rahoittajat_heading: leak(t!("site-rahoittajat-heading")),
            rahoittaja_page: leak(t!("site-rahoittaja-page")),
            aliases: leak(t!("site-aliases")),
            funded_projects: leak(t!("site-funded-projects")),
            money_by_salkku: leak(t!("site-money-by-salkku")),
            money_by_year: leak(t!("site-money-by-year")),
            funding_split: leak(t!("site-funding-split")),
            chart_table_note: leak(t!("site-chart-table-note")),
            by_vaihe: leak(t!("site-by-vaihe")),
            by_rahoittaja: leak(t!("site-by-rahoittaja")),
            by_vuosi: leak(t!("site-by-vuosi")),
            budget_heading: leak(t!("site-budget-heading")),
            basics: leak(t!("site-basics")),
            f_nimi: leak(t!("site-f-nimi")),
            f_lyhenne: leak(t!("site-f-lyhenne")),
            f_tyyppi: leak(t!("site-f-tyyppi")),
            f_salkku: leak(t!("site-f-salkku")),
            f_vaihe: leak(t!("site-f-vaihe")),
            f_alkaa: leak(t!("site-f-alkaa")),
            f_loppuu: leak(t!("site-f-loppuu")),
            f_hallinnoija: leak(t!("site-f-hallinnoija")),
            f_toteuttajat: leak(t!("site-f-toteuttajat")),
            f_avainsanat: leak(t!("site-f-avainsanat")),
            f_paahanke: leak(t!("site-f-paahanke")),
            tiivistelma: leak(t!("site-tiivistelma")),
            tavoitteet: leak(t!("site-tavoitteet")),
            toimenpiteet: leak(t!("site-toimenpiteet")),
            rahoitus_heading: leak(t!("site-rahoitus-heading")),
            plan_title: leak(t!("site-plan-title")),
            actual_title: leak(t!("site-actual-title")),
            col_rahoittaja: leak(t!("site-col-rahoittaja")),
            col_laji: leak(t!("site-col-laji")),
            col_ohjelma: leak(t!("site-col-ohjelma")),
            col_osuus: leak(t!("site-col-osuus")),
            col_summa: leak(t!("site-col-summa")),
            derived_mark_label: leak(t!("site-derived-mark-label")),
            derived_note: leak(t!("site-derived-note")),
            ei_oikeuttavat: leak(t!("site-ei-oikeuttavat")),
            muut_title: leak(t!("site-muut-title")),
            col_osallistuja: leak(t!("site-col-osallistuja")),
            col_kuvaus: leak(t!("site-col-kuvaus")),
            costs_heading: leak(t!("site-costs-heading")),
            osahankkeet: leak(t!("site-osahankkeet")),
            yhteystiedot: leak(t!("site-yhteystiedot")),
            col_rooli: leak(t!("site-col-rooli")),
            col_puhelin: leak(t!("site-col-puhelin")),
            col_email: leak(t!("site-col-email")),
            liitteet: leak(t!("site-liitteet")),
            link_not_shown: leak(t!("site-link-not-shown")),
            source_heading: leak(t!("site-source-heading")),
            check_notice_title: leak(t!("site-check-notice-title")),
            check_notice_intro: leak(t!("site-check-notice-intro")),
            severity_error: leak(t!("site-severity-error")),
            severity_warning: leak(t!("site-severity-warning")),
            line: leak(t!("site-line")),
            column: leak(t!("site-column")),
            help: leak(t!("site-help")),
            broken_title: leak(t!("site-broken-title")),
            broken_intro: leak(t!("site-broken-intro")),
            unknown_amount: leak(t!("site-unknown-amount")),
            no_projects: leak(t!("site-no-projects")),
            footer_made_with: leak(t!("site-footer-made-with")),
            footer_date: leak(t!("site-footer-date")),
            scroll_table: leak(t!("site-scroll-table")),
        }
    }
}

impl Ui {
    /// `1 hanke`, `7 hanketta`.
    pub fn hanketta(&self, n: usize) -> String {
        crate::commands::hanketta(n)
    }

    /// `11 hanketta 4 salkussa.`
    pub fn front_lead(&self, projects: usize, salkut: usize) -> String {
        t!(
            "site-front-lead",
            hankkeita = self.hanketta(projects),
            salkut = salkut
        )
    }

    /// The title of a salkku page: `Salkku KONSTI`.
    pub fn salkku_title(&self, code: &str) -> String {
        t!("site-salkku-title", salkku = code)
    }
}
