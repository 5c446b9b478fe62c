//! The benchmark floor: the least work any `hanke` command must do.
//!
//! `floor DIR` walks `DIR` with walkdir, skips files and folders whose names
//! start with `.` or `_` (as `hanke` does), reads every `*.toml` and parses it
//! into a `toml::Table` on all cores with rayon, then prints how many files it
//! parsed. `bench/run.sh` divides each `hanke` command's time by this one's, so
//! the ratio shows what checking and reporting cost on top of I/O and parsing.
//!
//! Exit status: 0 when every file parsed, 1 when some did not, 2 on bad usage.

use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;
use walkdir::WalkDir;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: floor DIR");
        return ExitCode::from(2);
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    let walker = WalkDir::new(&dir).into_iter().filter_entry(|e| {
        e.depth() == 0
            || !e
                .file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(['.', '_']))
    });
    for entry in walker {
        match entry {
            Ok(e)
                if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml") =>
            {
                paths.push(e.into_path());
            }
            Ok(_) => {}
            Err(err) => {
                eprintln!("floor: {err}");
                return ExitCode::from(2);
            }
        }
    }
    let (parsed, failed) = paths
        .par_iter()
        .map(|path| match std::fs::read_to_string(path) {
            Ok(text) => match text.parse::<toml::Table>() {
                Ok(table) => {
                    std::hint::black_box(table);
                    (1, 0)
                }
                Err(err) => {
                    eprintln!("floor: {}: {}", path.display(), err.message());
                    (0, 1)
                }
            },
            Err(err) => {
                eprintln!("floor: {}: {err}", path.display());
                (0, 1)
            }
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("{parsed} files parsed");
    if failed > 0 {
        eprintln!("floor: {failed} files failed");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
