//! `hanke fmt` over arbitrary text: formatting never panics, a second run
//! changes nothing, and the formatted record means what the original meant
//! (`hanke fmt` refuses to write a file when it would not).

#![no_main]

use hanke::fmt::{Kind, format, meaning};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for kind in [Kind::Record, Kind::Registry] {
        let schema = (kind == Kind::Record).then_some("#:schema ../schemas/hanke.schema.json");
        let Ok(once) = format(text, kind, schema) else {
            continue;
        };
        let twice = format(&once, kind, schema).expect("formatted text parses again");
        assert_eq!(once, twice, "not idempotent");
        if let Ok(before) = meaning(kind, text) {
            let after = meaning(kind, &once).expect("formatted text has a meaning");
            assert_eq!(before, after, "formatting changed the meaning");
        }
    }
});
