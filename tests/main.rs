//! The one integration-test binary (autotests = false): each module covers one
//! area of behaviour through the built `hanke` binary or the library.

mod util;

mod budget;
mod check;
mod ci;
mod cli_lang;
mod cost_model_props;
mod cost_models;
mod data_folder;
mod diff;
mod fmt;
mod funding_props;
mod hostile;
mod i18n;
mod import;
mod import_cmd;
mod json_output;
mod lang_outputs;
mod list;
mod man_completions;
mod markdown;
mod money_truth;
mod new;
mod packaging;
mod paths;
mod reconcile_props;
mod rules;
mod schema;
mod seeds;
mod show;
mod site;
mod site_browser;
mod summary;
mod workbooks;
