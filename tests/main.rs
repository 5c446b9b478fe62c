//! The one integration-test binary (autotests = false): each module covers one
//! area of behaviour through the built `hanke` binary or the library.

mod util;

mod budget;
mod check;
mod list;
mod schema;
mod show;
mod summary;
