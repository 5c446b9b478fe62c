use std::process::ExitCode;

fn main() -> ExitCode {
    // The main thread is one of the workers instead of waiting for them:
    // one thread fewer to start, and its heap is the one already warm.
    let _ = rayon::ThreadPoolBuilder::new()
        .use_current_thread()
        .build_global();
    // The language first, so that clap's help and errors (and the help
    // texts of completions) follow it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = hanke::lang::flag_in_args(&args);
    hanke::lang::set(hanke::lang::select(flag.as_deref(), |name| {
        std::env::var(name).ok()
    }));
    // `COMPLETE=bash hanke …`: the shell asks for completions; answer and exit.
    hanke::commands::completions::complete_if_asked();
    let cli = match hanke::cli::parse(args) {
        Ok(cli) => cli,
        Err(e) => return hanke::cli::errors::report(&e),
    };
    match hanke::run(cli) {
        Ok(code) => code,
        Err(e) if hanke::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // An error may quote what the user typed or a file holds.
            eprintln!(
                "{} {}",
                hanke::t!("err-prefix"),
                hanke::diag::render::sanitize(&hanke::lang::io::chain(&e))
            );
            ExitCode::from(2)
        }
    }
}

/// mimalloc (its v2 line, see Cargo.toml): loading a corpus makes millions of
/// small allocations from all cores; measured against the system allocator
/// and mimalloc v3 in bench/RESULTS.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
