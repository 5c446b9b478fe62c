//! `hanke fmt`: nothing lost, nothing changed in meaning, a second run changes
//! nothing, unparsable files are left alone, `--check` changes nothing.

use std::path::Path;

use hanke::fmt::{Kind, format_record, format_registry, meaning};

use crate::util::*;

fn commented() -> String {
    std::fs::read_to_string(fixtures().join("fmt/commented.toml")).unwrap()
}

fn fmt(dir: &Path, args: &[&str]) -> std::process::Output {
    hanke()
        .arg("--projects")
        .arg(dir)
        .arg("fmt")
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

/// The comment of every line that has one: `#` to the end of the line.
fn comments(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.find('#').map(|i| l[i..].trim_end()))
        .collect()
}

fn assert_comments_kept(before: &str, after: &str) {
    let out = comments(after);
    for c in comments(before) {
        assert!(out.contains(&c), "comment `{c}` was lost; output:\n{after}");
    }
    assert_eq!(
        comments(before).len(),
        comments(after).len(),
        "comments were added or duplicated:\n{after}"
    );
}

#[test]
fn the_commented_record_keeps_every_comment_and_its_data() {
    let before = commented();
    let dir = folder(&[("kommentoitu.toml", &before)]);
    let path = dir.path().join("kommentoitu.toml");
    let out = fmt(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("muotoiltu"),
        "{}",
        text(&out.stdout)
    );
    let after = std::fs::read_to_string(&path).unwrap();
    assert_ne!(before, after);
    assert_comments_kept(&before, &after);
    assert_eq!(
        meaning(Kind::Record, &before).unwrap(),
        meaning(Kind::Record, &after).unwrap()
    );
    // The raw data differs only where money and vaihe were normalised.
    let raw: toml::Table = toml::from_str(&after).unwrap();
    assert_eq!(raw["rahoitus"]["yhteensa"].as_str(), Some("1234.50"));
    assert_eq!(raw["rahoitus"]["ei_oikeuttavat"].as_integer(), Some(0));
    assert_eq!(
        raw["kustannusarvio"]["2025"]["palkat"].as_integer(),
        Some(500)
    );
    assert_eq!(raw["vaihe"].as_str(), Some("käynnissä"));
    insta::assert_snapshot!("fmt_commented", after);

    // A second run changes nothing, byte for byte.
    let out = fmt(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), after);
    let out = fmt(dir.path(), &["--check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn the_formatted_record_still_checks_the_same() {
    let dir = folder(&[("kommentoitu.toml", &commented())]);
    let codes = |dir: &Path| {
        let out = hanke()
            .arg("--projects")
            .arg(dir)
            .args(["check", "--format", "json"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut codes: Vec<String> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| format!("{} {}", d["code"], d["message"]))
            .collect();
        codes.sort();
        (out.status.code(), codes)
    };
    let before = codes(dir.path());
    assert_eq!(fmt(dir.path(), &[]).status.code(), Some(0));
    assert_eq!(codes(dir.path()), before);
}

#[test]
fn every_bundled_record_formats_stably_and_keeps_its_meaning() {
    let dir = copy_of(&projects());
    let originals: Vec<(std::path::PathBuf, String)> = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| {
            let p = e.into_path();
            let t = std::fs::read_to_string(&p).unwrap();
            (p, t)
        })
        .collect();
    assert!(originals.len() > 5);
    let out = fmt(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    for (path, before) in &originals {
        let after = std::fs::read_to_string(path).unwrap();
        let kind = if path.file_name().unwrap() == "hanke.toml" {
            Kind::Registry
        } else {
            Kind::Record
        };
        assert_comments_kept(before, &after);
        assert_eq!(
            meaning(kind, before).unwrap(),
            meaning(kind, &after).unwrap(),
            "{}",
            path.display()
        );
    }
    let again = fmt(dir.path(), &["--check"]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stdout));
    assert!(text(&again.stdout).contains("muotoiltaisiin 0/"));
    // Records that were clean are still clean.
    let check = hanke()
        .arg("--projects")
        .arg(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
}

#[test]
fn check_changes_nothing_shows_a_diff_and_exits_1() {
    let messy = "salkku = \"KONSTI\"\nnimi = \"X\"\nvaihe = \"käynnissä\"\nalkaa = 2024-01-01\n";
    let dir = folder(&[("a.toml", messy)]);
    let out = fmt(dir.path(), &["--check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("muotoiltaisiin"), "{stdout}");
    assert!(stdout.contains("a.toml"), "{stdout}");
    assert!(stdout.contains("-nimi = \"X\""), "{stdout}");
    assert!(
        stdout.contains("+#:schema ../schemas/hanke.schema.json"),
        "{stdout}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.toml")).unwrap(),
        messy
    );
}

#[test]
fn an_unparsable_file_is_reported_and_left_byte_identical() {
    let broken = "nimi = \"X\"\nsalkku = \n# a comment\n";
    let messy = "salkku = \"KONSTI\"\nnimi = \"X\"\nvaihe = \"käynnissä\"\nalkaa = 2024-01-01\n";
    let dir = folder(&[("broken.toml", broken), ("b.toml", messy)]);
    let out = fmt(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("broken.toml:2:"), "{stderr}");
    assert!(stderr.contains("virheellinen TOML"), "{stderr}");
    assert!(stderr.contains("ohitettu"), "{stderr}");
    assert_eq!(
        std::fs::read(dir.path().join("broken.toml")).unwrap(),
        broken.as_bytes()
    );
    // The other file was still formatted.
    let b = std::fs::read_to_string(dir.path().join("b.toml")).unwrap();
    assert!(
        b.starts_with("#:schema ../schemas/hanke.schema.json\n\nnimi = \"X\"\nsalkku"),
        "{b}"
    );
}

#[test]
fn paths_select_files_and_folders_and_the_registry_is_formatted() {
    let registry = format!(
        "{REGISTRY}\n[organisaatiot.Pitka]\nlyhenteet = [\"Ensimmäinen pitkä lyhenne\", \"Toinen pitkä lyhenne\", \"Kolmas pitkä lyhenne\"]\n"
    );
    let dir = folder(&[
        ("a.toml", "salkku = \"KONSTI\"\nnimi = \"A\"\n"),
        ("sub/b.toml", "salkku = \"KONSTI\"\nnimi = \"B\"\n"),
    ]);
    std::fs::write(dir.path().join("hanke.toml"), &registry).unwrap();
    let out = fmt(dir.path(), &[dir.path().join("sub").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let b = std::fs::read_to_string(dir.path().join("sub/b.toml")).unwrap();
    assert!(
        b.starts_with("#:schema ../../schemas/hanke.schema.json\n"),
        "{b}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.toml")).unwrap(),
        "salkku = \"KONSTI\"\nnimi = \"A\"\n"
    );
    assert_eq!(fmt(dir.path(), &[]).status.code(), Some(0));
    let reg = std::fs::read_to_string(dir.path().join("hanke.toml")).unwrap();
    assert!(!reg.contains("#:schema"), "{reg}");
    assert!(
        reg.contains("lyhenteet = [\n    \"Ensimmäinen pitkä lyhenne\",\n"),
        "{reg}"
    );
    assert_eq!(
        meaning(Kind::Registry, &registry).unwrap(),
        meaning(Kind::Registry, &reg).unwrap()
    );
}

#[test]
fn crlf_stays_crlf_and_a_bom_goes() {
    let dir = folder(&[("a.toml", "\u{feff}salkku = \"KONSTI\"\r\nnimi = \"A\"\r\n")]);
    assert_eq!(fmt(dir.path(), &[]).status.code(), Some(0));
    let a = std::fs::read_to_string(dir.path().join("a.toml")).unwrap();
    assert_eq!(
        a,
        "#:schema ../schemas/hanke.schema.json\r\n\r\nnimi = \"A\"\r\nsalkku = \"KONSTI\"\r\n"
    );
}

#[test]
fn a_missing_path_is_an_argument_error() {
    let dir = folder(&[]);
    let out = fmt(dir.path(), &["nope.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("nope.toml"));
}

#[test]
fn library_formatting_is_idempotent_on_the_fixture() {
    let once = format_record(&commented(), None).unwrap();
    assert_eq!(format_record(&once, None).unwrap(), once);
    let reg = format_registry(REGISTRY).unwrap();
    assert_eq!(format_registry(&reg).unwrap(), reg);
}

mod props {
    use proptest::prelude::*;

    use super::{assert_comments_kept, comments};
    use hanke::fmt::{Kind, format_record, meaning};

    /// Lines of a record in any order, each maybe with a comment above, a
    /// comment after, blank lines before.
    fn record() -> impl Strategy<Value = String> {
        let keys = vec![
            "nimi = \"Hanke\"",
            "salkku = \"KONSTI\"",
            "vaihe = \"kaynnissa\"",
            "alkaa = 2024-01-01",
            "loppuu = 2025-12-31",
            "tuntematon = 1",
            "avainsanat = [\"yksi\", \"kaksi kolme neljä viisi kuusi\", \"seitsemän kahdeksan yhdeksän\"]",
            "toteuttajat = [\n  \"A\", # eka\n  \"B\",\n]",
            // Layouts fmt must normalise too: dotted tables, odd indentation
            // and quoting.
            "kustannusarvio.2026.matkat = 3",
            "toteutuneet_kustannukset . 2024.palkat = \"1,50\"",
            "  'lyhenne' = \"L\"",
            "tavoitteet = [\n        \"a\",\n  \"b\"\n]",
        ];
        let tables = vec![
            "[rahoitus]\nyhteensa = \"1 000,50\"\nei_oikeuttavat = 0",
            "[[rahoitus.osuudet]]\nsumma = \"750.00\"\nrahoittaja = \"STM\"",
            "[[rahoitus.osuudet]]\nrahoittaja = \"Oulun kaupunki\"\nsumma = \"250,50\"",
            "[kustannusarvio.2025]\nmatkat = 1\npalkat = 2",
            "[kustannusarvio.2024]\npalkat = \"3.10\"",
            "[[yhteystiedot]]\nnimi = \"N\"\nrooli = \"R\"",
            "[toteuma]\nyhteensa = 5",
        ];
        let decorate = |items: Vec<&'static str>| {
            let n = items.len();
            (
                Just(items).prop_shuffle(),
                proptest::collection::vec((0u8..3, any::<bool>(), any::<bool>()), n),
            )
                .prop_map(|(items, decor)| {
                    let mut out = String::new();
                    for (i, (item, (blanks, above, after))) in items.iter().zip(decor).enumerate() {
                        for _ in 0..blanks {
                            out.push('\n');
                        }
                        if above {
                            out.push_str(&format!("# above {i}\n"));
                        }
                        let mut lines = item.lines();
                        let first = lines.next().unwrap();
                        out.push_str(first);
                        if after && !first.ends_with('[') {
                            out.push_str(&format!("  # after {i}"));
                        }
                        out.push('\n');
                        for l in lines {
                            out.push_str(l);
                            out.push('\n');
                        }
                    }
                    out
                })
        };
        (decorate(keys), decorate(tables), any::<bool>()).prop_map(|(k, t, end)| {
            let mut s = format!("{k}\n{t}");
            if end {
                s.push_str("\n# the end\n");
            }
            s
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn keeps_comments_and_meaning_and_is_idempotent(src in record()) {
            // Tables given twice ([rahoitus] …) are skipped by the generator's shuffle only
            // when the text is valid TOML.
            prop_assume!(src.parse::<toml::Table>().is_ok());
            let once = format_record(&src, Some("#:schema ../schemas/hanke.schema.json")).unwrap();
            let twice = format_record(&once, Some("#:schema ../schemas/hanke.schema.json")).unwrap();
            prop_assert_eq!(&once, &twice);
            let _ = comments(&src);
            assert_comments_kept(&src, &once.replace("#:schema ../schemas/hanke.schema.json\n", ""));
            prop_assert_eq!(meaning(Kind::Record, &src).unwrap(), meaning(Kind::Record, &once).unwrap());
        }
    }
}

/// A folder the temp file cannot be created in: the old file stays as it was.
/// (Root ignores permission bits, so there the test has nothing to show; the
/// injected failures in `src/write.rs` cover the same path.)
#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_file_intact() {
    use std::os::unix::fs::PermissionsExt;
    let messy = "salkku = \"KONSTI\"\nnimi = \"X\"\n";
    let dir = folder(&[("ro/a.toml", messy)]);
    let ro = dir.path().join("ro");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    let root_ignores_permissions = std::fs::write(ro.join("probe"), "x").is_ok();
    if !root_ignores_permissions {
        let out = fmt(dir.path(), &[]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("a.toml"),
            "{}",
            text(&out.stderr)
        );
        assert_eq!(std::fs::read(ro.join("a.toml")).unwrap(), messy.as_bytes());
        let names: Vec<_> = std::fs::read_dir(&ro).unwrap().collect();
        assert_eq!(names.len(), 1, "a temporary file was left behind");
    }
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn bundled_projects_are_already_formatted() {
    hanke()
        .arg("--projects")
        .arg(projects())
        .args(["fmt", "--check"])
        .assert()
        .success();
}

// --- issue 12: files stay where they belong --------------------------------

const MESSY: &str =
    "salkku = \"KONSTI\"\nnimi = \"X\"\nvaihe = \"kaynnissa\"\nalkaa = 2024-01-01\n";

#[cfg(unix)]
#[test]
fn a_linked_record_is_formatted_in_place_and_the_link_stays() {
    let dir = folder(&[("oikea.toml", MESSY)]);
    let link = dir.path().join("linkki.toml");
    std::os::unix::fs::symlink("oikea.toml", &link).unwrap();
    for args in [vec!["linkki.toml"], vec![]] {
        std::fs::write(dir.path().join("oikea.toml"), MESSY).unwrap();
        let args: Vec<String> = args
            .iter()
            .map(|a| dir.path().join(a).display().to_string())
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = fmt(dir.path(), &args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink(),
            "the link was replaced by a copy"
        );
        let formatted = std::fs::read_to_string(dir.path().join("oikea.toml")).unwrap();
        assert!(formatted.starts_with("#:schema"), "{formatted}");
        assert!(
            text(&out.stdout).contains("muotoiltu") && text(&out.stdout).contains("oikea.toml"),
            "{}",
            text(&out.stdout)
        );
    }
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_data_folder_is_not_formatted() {
    let dir = folder(&[]);
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().join("muu.toml");
    std::fs::write(&outside, MESSY).unwrap();
    let link = dir.path().join("linkki.toml");
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    let out = fmt(dir.path(), &[link.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("tietokansion ulkopuolelle"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), MESSY);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_record_is_left_alone_with_a_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder(&[("lukittu.toml", MESSY)]);
    let path = dir.path().join("lukittu.toml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = fmt(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("kirjoitussuojattu"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), MESSY);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);
}

#[test]
fn stale_temporary_files_are_reported_by_check_and_removed_by_fmt() {
    let dir = folder(&[("a.toml", MESSY)]);
    // What a `hanke fmt` killed between writing and renaming leaves.
    std::fs::create_dir(dir.path().join("osa")).unwrap();
    let stale = [
        dir.path().join(".hanke-tmp-Ab12Cd"),
        dir.path().join("osa/.hanke-tmp-Xy34Zw"),
    ];
    for s in &stale {
        std::fs::write(s, MESSY).unwrap();
    }
    let check = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let h006: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "H006")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        h006,
        vec![".hanke-tmp-Ab12Cd", "osa/.hanke-tmp-Xy34Zw"],
        "{json}"
    );
    assert!(
        json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "H006")
            .all(|d| d["severity"] == "warning")
    );
    let out = fmt(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    for s in &stale {
        assert!(!s.exists(), "{} was not removed", s.display());
    }
    assert!(
        text(&out.stdout).contains("poistettu") && text(&out.stdout).contains(".hanke-tmp-Ab12Cd"),
        "{}",
        text(&out.stdout)
    );
    hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--deny-warnings"])
        .assert()
        .code(0);
}

#[test]
fn arrays_are_laid_out_whatever_their_indentation() {
    let src = "nimi = \"X\"\ntoteuttajat = [\n  \"Oulun kaupunki\",\n  \"Oulunkaaren kuntayhtymä\",\n  \"Kainuun maakuntakuntayhtymä\",\n  \"Pohjois-Pohjanmaan sairaanhoitopiiri\",\n]\navainsanat = [\n        \"a\",\n        \"b\",\n]\n";
    let out = format_record(src, None).unwrap();
    assert_eq!(
        out,
        "nimi = \"X\"\ntoteuttajat = [\n    \"Oulun kaupunki\",\n    \"Oulunkaaren kuntayhtymä\",\n    \"Kainuun maakuntakuntayhtymä\",\n    \"Pohjois-Pohjanmaan sairaanhoitopiiri\",\n]\navainsanat = [\"a\", \"b\"]\n"
    );
    assert_eq!(format_record(&out, None).unwrap(), out);
}

#[test]
fn a_dotted_top_level_key_becomes_a_table_and_its_shares_are_formatted() {
    let src = "nimi = \"X\"\n# the plan\nrahoitus.yhteensa = \"1 000,00\"\nrahoitus.ei_oikeuttavat = 0\nkustannusarvio.2025.palkat = 1000\n\n[[rahoitus.osuudet]]\nsumma = \"500.00\"\nrahoittaja = \"STM\"\nlaji = \"Valtionavustus\"\n\n[[rahoitus.osuudet]]\nrahoittaja = \"Oulu\"\nsumma = 500\n";
    let out = format_record(src, None).unwrap();
    assert_eq!(
        out,
        "nimi = \"X\"\n\n[rahoitus]\n# the plan\nyhteensa = 1000\nei_oikeuttavat = 0\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nlaji = \"valtionavustus\"\nsumma = 500\n\n[[rahoitus.osuudet]]\nrahoittaja = \"Oulu\"\nsumma = 500\n\n[kustannusarvio.2025]\npalkat = 1000\n"
    );
    assert_eq!(format_record(&out, None).unwrap(), out);
    assert_eq!(
        meaning(Kind::Record, src).unwrap(),
        meaning(Kind::Record, &out).unwrap()
    );
}

#[test]
fn keys_and_headers_are_spelt_alike_whatever_the_spacing_and_quoting() {
    let src = "  nimi=\"X\"   # c\n\tsalkku =    \"KONSTI\"\n\"vaihe\" = \"kaynnissa\"\n'alkaa' = 2020-01-01\navainsanat = [ ]\ntoteuttajat=[\"a\",\n\"b\"]\n\"tiivistelmä\" = \"T\"\n[ rahoitus ]\n    yhteensa = 100\n  [[ rahoitus . \"osuudet\" ]]\n   rahoittaja = \"STM\"\n      summa = 100\n[kustannusarvio . 2025]\npalkat=1\n";
    let out = format_record(src, None).unwrap();
    assert_eq!(
        out,
        "nimi = \"X\"   # c\nsalkku = \"KONSTI\"\nvaihe = \"käynnissä\"\nalkaa = 2020-01-01\ntoteuttajat = [\"a\", \"b\"]\navainsanat = []\ntiivistelma = \"T\"\n\n[rahoitus]\nyhteensa = 100\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nsumma = 100\n\n[kustannusarvio.2025]\npalkat = 1\n"
    );
    assert_eq!(format_record(&out, None).unwrap(), out);
}
