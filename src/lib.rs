//! hanke: plain-text records of municipal development projects.
//!
//! The pipeline, one module per stage:
//! - [`cli`] parses arguments, [`context`] resolves the data folder and date once;
//! - [`load`] walks the data folder and reads the registry and every record
//!   (in parallel) into the [`model`], keeping spans for diagnostics;
//! - [`rules`] checks the records of records.md, one function per rule, producing
//!   [`diag::Diagnostic`]s as data;
//! - [`calc`] holds the exact funding and cost arithmetic shared by rules and reports;
//! - [`report`] computes views for the reports, [`render`] lays them out;
//! - [`site`] writes the static website (`hanke site`) from the same reports;
//! - [`commands`] wires one subcommand each;
//! - [`lang`] is the one place for language: which one the user reads
//!   (Finnish by default), its Fluent messages, number and date formats,
//!   Finnish collation.

pub mod calc;
pub mod cli;
pub mod commands;
pub mod context;
pub mod diag;
pub mod fmt;
pub mod import;
pub mod lang;
pub mod load;
pub mod model;
pub mod render;
pub mod report;
pub mod rules;
pub mod site;
pub mod suggest;
pub mod write;

use std::process::ExitCode;

pub use cli::Cli;

/// Runs one command. Errors are the "could not run" kind: exit status 2.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    commands::dispatch(cli)
}

/// True when an error is output meeting a closed pipe (`hanke list | head`),
/// which must end quietly. The JSON and CSV writers wrap the I/O error in
/// their own error types, so those are looked into too.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || c.downcast_ref::<csv::Error>().is_some_and(
                |e| matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}
