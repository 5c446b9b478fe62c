//! Packaging habits: the licence Cargo.toml names, a changelog that says
//! what counts as breaking.

use std::path::Path;

fn read(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn the_license_file_is_the_license_cargo_toml_names() {
    assert!(read("Cargo.toml").contains("license = \"MIT\""));
    let license = read("LICENSE");
    assert!(license.starts_with("MIT License\n"), "{license}");
    assert!(license.contains("hanke contributors"));
}

#[test]
fn the_changelog_keeps_an_unreleased_section_and_the_breaking_rules() {
    let changelog = read("CHANGELOG.md");
    assert!(changelog.contains("Keep a Changelog"));
    assert!(changelog.contains("## [Unreleased]"));
    for topic in ["JSON output", "Rule codes", "Exit statuses", "breaking"] {
        assert!(changelog.contains(topic), "CHANGELOG.md lacks {topic}");
    }
    let json = read("docs/json.md");
    assert!(json.contains("breaking") && json.contains("semver"));
}
