//! `hanke import` over arbitrary text: the importer never panics, and what it
//! produces is always a record that parses (an `InvalidRecord` is a bug).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match hanke::import::import_page(&text) {
        Ok(imported) => {
            assert!(imported.toml.parse::<toml::Table>().is_ok(), "{}", imported.toml);
            let _ = imported.salkku_registry_entry();
        }
        Err(hanke::import::ImportError::InvalidRecord(why)) => {
            panic!("the importer produced invalid TOML: {why}")
        }
        Err(_) => {}
    }
});
