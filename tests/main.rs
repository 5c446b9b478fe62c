//! The one integration-test binary (autotests = false): each module covers one
//! area of behaviour through the built `hanke` binary or the library.

mod util;

mod budget;
mod check;
mod cost_model_props;
mod cost_models;
mod diff;
mod fmt;
mod funding_props;
mod hostile;
mod import;
mod import_cmd;
mod list;
mod money_truth;
mod new;
mod reconcile_props;
mod rules;
mod schema;
mod show;
mod summary;
