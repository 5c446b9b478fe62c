//! Hostile and unusual input: every case gets a clear diagnostic naming the
//! file (and line where there is one) and exit status 1 or 2 — never a
//! panic, a hang, or partial output.

use std::path::Path;

use crate::util::*;

const OK: &str = "nimi = \"Testihanke\"\nsalkku = \"KONSTI\"\nvaihe = \"päättynyt\"\nalkaa = 2012-03-01\nloppuu = 2014-10-31\n";

struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
    json: serde_json::Value,
}

fn check(dir: &Path) -> Outcome {
    let out = hanke()
        .arg("--projects")
        .arg(dir)
        .args(["check", "--format", "json"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    let json = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("not one JSON document ({e}): {stdout}"));
    Outcome {
        code: out.status.code().unwrap_or(-1),
        stdout,
        stderr,
        json,
    }
}

/// Asserts one diagnostic of `code` in `file` (at `line` when given) and exit 1.
fn expect(dir: &Path, code: &str, file: &str, line: Option<u64>) -> serde_json::Value {
    let o = check(dir);
    assert_eq!(o.code, 1, "{}{}", o.stdout, o.stderr);
    let diags = o.json["diagnostics"].as_array().unwrap();
    let found = diags
        .iter()
        .find(|d| d["code"] == code && d["file"] == file);
    let d = found
        .unwrap_or_else(|| panic!("no {code} in {file}: {}", o.stdout))
        .clone();
    if let Some(line) = line {
        assert_eq!(d["line"], line, "{d}");
    }
    assert!(!d["message"].as_str().unwrap().is_empty());
    d
}

#[test]
fn invalid_utf8() {
    let dir = folder(&[]);
    std::fs::write(
        dir.path().join("a.toml"),
        b"nimi = \"ok\"\nsalkku = \"\xff\xfe\"\n",
    )
    .unwrap();
    expect(dir.path(), "H002", "a.toml", Some(2));
}

#[test]
fn byte_order_mark_is_reported_and_the_rest_still_checked() {
    let dir = folder(&[]);
    std::fs::write(
        dir.path().join("a.toml"),
        format!("\u{feff}{}", OK.replace("KONSTI", "KONSTY")),
    )
    .unwrap();
    expect(dir.path(), "H002", "a.toml", Some(1));
    expect(dir.path(), "H107", "a.toml", Some(2));
}

#[test]
fn crlf_line_ends_keep_lines_and_columns_right() {
    let dir = folder(&[(
        "a.toml",
        &OK.replace("KONSTI", "KONSTY").replace('\n', "\r\n"),
    )]);
    let d = expect(dir.path(), "H107", "a.toml", Some(2));
    assert_eq!(d["column"], 10);
    // And a CRLF record that is fine is fine.
    let ok = folder(&[("a.toml", &OK.replace('\n', "\r\n"))]);
    assert_eq!(check(ok.path()).code, 0);
}

#[test]
fn nul_bytes() {
    let dir = folder(&[("a.toml", "nimi = \"a\0b\"\n")]);
    expect(dir.path(), "H003", "a.toml", Some(1));
}

#[test]
fn empty_file_is_missing_every_required_key() {
    let dir = folder(&[("a.toml", "")]);
    let o = check(dir.path());
    assert_eq!(o.code, 1);
    assert_eq!(
        o.json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "H103")
            .count(),
        4
    );
}

#[test]
fn fifty_megabyte_file_is_refused_unread() {
    let dir = folder(&[("ok.toml", OK)]);
    let big = "# padding padding padding padding padding padding padding padding\n"
        .repeat(50 * 1024 * 1024 / 66);
    std::fs::write(dir.path().join("big.toml"), big).unwrap();
    let d = expect(dir.path(), "H005", "big.toml", Some(1));
    assert!(d["message"].as_str().unwrap().contains("MiB"));
}

#[test]
fn deeply_nested_arrays_and_inline_tables() {
    let arrays = format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let tables = format!("x = {}1{}\n", "{a=".repeat(50_000), "}".repeat(50_000));
    let dir = folder(&[("a.toml", &arrays), ("b.toml", &tables)]);
    expect(dir.path(), "H003", "a.toml", Some(1));
    expect(dir.path(), "H003", "b.toml", Some(1));
}

#[test]
fn integers_beyond_64_bits_and_money_beyond_28_digits() {
    let rec = format!(
        "{OK}\n[rahoitus]\nyhteensa = 99999999999999999999\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nsumma = \"{}\"\n",
        "9".repeat(40)
    );
    let dir = folder(&[("a.toml", &rec)]);
    let o = check(dir.path());
    assert_eq!(o.code, 1);
    let lines: Vec<(String, u64)> = o.json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        lines.contains(&("H106".into(), 8)) || lines.contains(&("H003".into(), 8)),
        "{lines:?}"
    );
    assert!(lines.contains(&("H106".into(), 12)), "{lines:?}");
}

#[test]
fn february_29th_of_a_common_year() {
    let dir = folder(&[("a.toml", &OK.replace("2014-10-31", "2023-02-29"))]);
    let o = check(dir.path());
    assert_eq!(o.code, 1);
    let d = &o.json["diagnostics"][0];
    assert_eq!(d["file"], "a.toml");
    assert_eq!(d["line"], 5);
}

#[test]
fn zero_and_negative_totals_with_shares() {
    let zero = format!(
        "{OK}\n[rahoitus]\nyhteensa = 0\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nosuus = 75\nsumma = 100\n"
    );
    let dir = folder(&[("a.toml", &zero)]);
    expect(dir.path(), "H302", "a.toml", Some(8));
    let negative = format!(
        "{OK}\n[rahoitus]\nyhteensa = -100\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nsumma = 100\n"
    );
    let dir = folder(&[("a.toml", &negative)]);
    expect(dir.path(), "H106", "a.toml", Some(8));
}

#[cfg(unix)]
#[test]
fn symlink_loop() {
    let dir = folder(&[("ok.toml", OK)]);
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    let d = expect(dir.path(), "H001", "loop", None);
    assert!(d["message"].as_str().unwrap().contains("loop"));
}

#[cfg(unix)]
#[test]
fn unreadable_file() {
    // A dangling link cannot be read by anyone, root included.
    let dir = folder(&[("ok.toml", OK)]);
    std::os::unix::fs::symlink(
        dir.path().join("missing.toml"),
        dir.path().join("gone.toml"),
    )
    .unwrap();
    expect(dir.path(), "H001", "gone.toml", None);
}

#[test]
fn folder_named_like_a_record() {
    let dir = folder(&[("x.toml/y.toml", OK)]);
    let d = expect(dir.path(), "H004", "x.toml/y.toml", Some(1));
    assert!(d["help"].as_str().unwrap().contains("x-toml/y.toml"), "{d}");
}

#[test]
fn file_name_in_unicode_nfd() {
    let dir = folder(&[("hyva\u{308}.toml", OK)]);
    let d = expect(dir.path(), "H004", "hyva\u{308}.toml", Some(1));
    assert!(d["help"].as_str().unwrap().contains("`hyva.toml`"), "{d}");
}

#[test]
fn duplicate_keys() {
    let dir = folder(&[("a.toml", &format!("{OK}nimi = \"again\"\n"))]);
    let d = expect(dir.path(), "H003", "a.toml", Some(6));
    assert!(d["help"].as_str().unwrap().contains("only once"), "{d}");
}

#[test]
fn registry_with_a_duplicate_portfolio_is_exit_2() {
    let dir = folder(&[("a.toml", OK)]);
    std::fs::write(
        dir.path().join("hanke.toml"),
        format!("{REGISTRY}\n[salkut.KONSTI]\nnimi = \"again\"\n"),
    )
    .unwrap();
    let o = check(dir.path());
    assert_eq!(o.code, 2);
    assert_eq!(o.json["diagnostics"][0]["file"], "hanke.toml");
    assert!(o.stderr.contains("registry"));
}

#[test]
fn paahanke_cycles_of_length_1_and_3() {
    let with_parent = |p: &str| format!("{OK}paahanke = \"{p}\"\n");
    let dir = folder(&[
        ("self.toml", &with_parent("self")),
        ("a.toml", &with_parent("b")),
        ("b.toml", &with_parent("c")),
        ("c.toml", &with_parent("a")),
    ]);
    for f in ["self.toml", "a.toml", "b.toml", "c.toml"] {
        expect(dir.path(), "H110", f, Some(6));
    }
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = folder(&[(
        "a.toml",
        &OK.replace("\"KONSTI\"", "\"\\u001b[31mRED\\u001b[0m\""),
    )]);
    let out = hanke()
        .arg("--projects")
        .arg(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !out.stdout.contains(&0x1b),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["check", "--format", "github"])
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b));
}
