//! Rendering report views into output formats. Computation lives in
//! [`crate::report`]; this module only lays out what it is given.
//!
//! Reports build [`grid::Grid`]s (typed cells); the writers decide how a
//! value looks: [`table`] (terminal), [`markdown`], [`csv`], [`xlsx`], and
//! JSON via [`grid::Grid::json_rows`]. Language — Finnish and English
//! numbers, dates, collation and messages — is in [`crate::lang`] only;
//! `render::fi` is its Finnish module, re-exported here.

pub mod budget;
pub mod csv;
pub mod diff;
pub mod grid;
pub mod labels;
pub mod list;
pub mod markdown;
pub mod output;
pub mod show;
pub mod summary;
pub mod table;
#[cfg(feature = "xlsx")]
pub mod xlsx;
/// Without the `xlsx` feature: the same interface, refusing with a clear error.
#[cfg(not(feature = "xlsx"))]
#[path = "xlsx_disabled.rs"]
pub mod xlsx;

pub use crate::lang::fi;
