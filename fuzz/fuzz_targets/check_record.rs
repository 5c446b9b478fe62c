//! Loading and checking one record plus a registry, from arbitrary bytes.
//!
//! The input is split at the first NUL byte: before it the registry, after it
//! the record (so the fuzzer mutates both). Every diagnostic is also rendered
//! in every format, since rendering slices source text by spans.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

const DEFAULT_REGISTRY: &[u8] = b"[salkut.KONSTI]\nnimi = \"K\"\n[ohjelmat.Kaste]\nnimi = \"K\"\nrahoittaja = \"STM\"\nenintaan = 75\n[organisaatiot.\"Oulun kaupunki\"]\nlyhenteet = [\"Ouka\"]\n";

fuzz_target!(|data: &[u8]| {
    let (registry, record) = match data.iter().position(|&b| b == 0) {
        Some(i) => (data[..i].to_vec(), data[i + 1..].to_vec()),
        None => (DEFAULT_REGISTRY.to_vec(), data.to_vec()),
    };
    let records = vec![("p.toml".to_string(), record.clone()), ("p/q.toml".to_string(), record)];
    let corpus = match hanke::load::load_from_sources(Path::new("fuzz"), Some(registry), records) {
        Ok(c) => c,
        Err(hanke::load::LoadError::Registry(c)) => {
            for d in &c.diagnostics {
                let _ = hanke::diag::render::human(d, &c.files, false);
            }
            return;
        }
        Err(_) => return,
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let diagnostics = hanke::rules::check(&corpus, today);
    for d in &diagnostics {
        let _ = hanke::diag::render::human(d, &corpus.files, true);
    }
    let summary = hanke::diag::Summary::of(2, &diagnostics);
    let mut sink = Vec::new();
    let _ = hanke::diag::render::write_json(&mut sink, &diagnostics, &corpus.files, summary);
    let _ = hanke::diag::render::write_github(&mut sink, &diagnostics, &corpus.files, Path::new("projects"));
    let _ = hanke::fmt::format_record(&String::from_utf8_lossy(&data[..data.len().min(4096)]), None);
});
