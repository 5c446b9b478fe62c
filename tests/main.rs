//! The one integration-test binary (autotests = false): each module covers one
//! area of behaviour through the built `hanke` binary or the library.

mod util;

mod budget;
mod check;
mod diff;
mod fmt;
mod funding_props;
mod hostile;
mod import;
mod import_cmd;
mod json_output;
mod list;
mod man_completions;
mod new;
mod packaging;
mod paths;
mod rules;
mod schema;
mod show;
mod summary;
