//! Rendering report views into output formats. Computation lives in
//! [`crate::report`]; this module only lays out what it is given.
//!
//! Reports build [`grid::Grid`]s (typed cells); the writers decide how a
//! value looks: [`table`] (terminal), [`markdown`], [`csv`], [`xlsx`], and
//! JSON via [`grid::Grid::json_rows`]. Finnish presentation is in [`fi`] only.

pub mod budget;
pub mod csv;
pub mod diff;
pub mod fi;
pub mod grid;
pub mod list;
pub mod markdown;
pub mod show;
pub mod summary;
pub mod table;
#[cfg(feature = "xlsx")]
pub mod xlsx;
