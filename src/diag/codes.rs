//! Every diagnostic code `hanke` can emit, with its severity and one line on
//! what it means. The codes are stable: CI scripts and editors match on them.
//! `docs/rules.md` has an entry for each (a test keeps the two in step).

use super::Severity::{self, Error, Warning};

/// A diagnostic code and what it stands for.
#[derive(Debug, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
}

macro_rules! codes {
    ($($ident:ident = $code:literal, $name:literal, $sev:ident, $summary:literal;)*) => {
        $(pub const $ident: &Code = &Code { code: $code, name: $name, severity: $sev, summary: $summary };)*
        /// All codes, in documentation order.
        pub const ALL: &[&Code] = &[$($ident),*];
    };
}

codes! {
    // Files
    UNREADABLE = "H001", "unreadable-file", Error, "the file or folder cannot be read";
    NOT_UTF8 = "H002", "not-utf8", Error, "the file is not UTF-8 text, or starts with a byte-order mark";
    SYNTAX = "H003", "toml-syntax", Error, "the file is not valid TOML";
    BAD_ID = "H004", "malformed-id", Error, "the file name does not make a valid project id";
    TOO_LARGE = "H005", "file-too-large", Error, "the file is larger than a record can be";
    STALE_TEMP = "H006", "stale-temporary-file", Warning, "a temporary file left by an interrupted write";
    // Structure
    UNKNOWN_KEY = "H101", "unknown-key", Error, "a key that records.md does not define";
    WRONG_TYPE = "H102", "wrong-type", Error, "a value of the wrong TOML type";
    MISSING_KEY = "H103", "missing-key", Error, "a required key is missing";
    INVALID_VALUE = "H104", "invalid-value", Error, "a value outside the allowed set (vaihe, laji, date, year)";
    FLOAT_MONEY = "H105", "float-money", Error, "money written as a float";
    NEGATIVE = "H106", "negative-amount", Error, "money or a percentage is negative, malformed or out of range";
    UNKNOWN_SALKKU = "H107", "unknown-salkku", Error, "`salkku` is not defined in hanke.toml";
    UNKNOWN_OHJELMA = "H108", "unknown-ohjelma", Error, "`ohjelma` is not defined in hanke.toml";
    UNKNOWN_PAAHANKE = "H109", "unknown-paahanke", Error, "`paahanke` names no project";
    PARENT_CYCLE = "H110", "paahanke-cycle", Error, "projects are each other's päähanke";
    DUPLICATE_PROJECT = "H111", "duplicate-project", Error, "the same project twice: one file reached twice (error), or two records with the same `nimi` and `alkaa` (warning)";
    // Dates
    END_BEFORE_START = "H201", "end-before-start", Error, "`loppuu` is before `alkaa`";
    OUTSIDE_PARENT = "H202", "outside-paahanke", Error, "an osahanke runs outside its päähanke's dates";
    YEAR_OUTSIDE = "H203", "cost-year-outside", Error, "a cost-estimate year is outside the project's years";
    VAIHE_VS_TODAY = "H204", "vaihe-vs-today", Warning, "`vaihe` disagrees with today's date";
    // Funding
    SHARE_EMPTY = "H301", "share-without-amount", Error, "a share has neither `summa` nor `osuus`";
    SUM_MISMATCH = "H302", "shares-sum", Error, "the amounts do not add up to `yhteensa`";
    PERCENT_MISMATCH = "H303", "osuus-mismatch", Error, "a stated `osuus` does not match its `summa`";
    PERCENT_SUM = "H304", "osuus-sum", Error, "the stated percentages do not add up to 100";
    GRANT_CEILING = "H305", "grant-ceiling", Error, "the state grant exceeds the programme's ceiling";
    COSTS_VS_PLAN = "H306", "costs-vs-total", Error, "the cost estimate (or actual costs) does not equal the funding total";
    SUBPROJECT_SUM = "H307", "osahankkeet-sum", Error, "the osahankkeet's totals do not add up to the päähanke's total";
    EXCLUDED_EXCEEDS = "H308", "ineligible-exceeds-total", Error, "non-eligible costs exceed the total";
    // Cost models
    COVERED_ITEMISED = "H310", "covered-cost-itemised", Error, "a cost the model's flat rate covers is itemised too";
    MODEL_NOT_ALLOWED = "H311", "kustannusmalli-not-allowed", Error, "the programme of a state grant does not allow the cost model";
    MODEL_MISMATCH = "H312", "kustannusmalli-mismatch", Error, "a päähanke and an osahanke use different cost models";
    UNKNOWN_MODEL = "H313", "unknown-kustannusmalli", Error, "`kustannusmalli` is not defined in hanke.toml";
    // Hygiene
    NAME_TYPO = "H401", "organisation-typo", Warning, "an organisation name is a near miss of a registry name";
    BAD_URL = "H402", "bad-url", Warning, "a link is not an http(s) URL";
    BAD_EMAIL = "H403", "bad-email", Warning, "an email is not an address";
}

/// H111 as a warning: two records with the same `nimi` and `alkaa` are
/// probably the same project, but may be two that share a name. The same
/// code as [`DUPLICATE_PROJECT`] (one rule, two severities); not in [`ALL`],
/// which lists each code once.
pub const DUPLICATE_RECORD: &Code = &Code {
    code: "H111",
    name: "duplicate-project",
    severity: Warning,
    summary: "two records with the same `nimi` and `alkaa`",
};

pub fn by_code(code: &str) -> Option<&'static Code> {
    ALL.iter().copied().find(|c| c.code == code)
}
