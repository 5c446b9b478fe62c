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
    assert_eq!(
        d["message"],
        "symbolisten linkkien kehä: `loop` johtaa takaisin kansioon `.`"
    );
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
    assert!(d["help"].as_str().unwrap().contains("vain kerran"), "{d}");
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
    assert!(o.stderr.contains("rekisteriä"), "{}", o.stderr);
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

// ---------------------------------------------------------------------------
// Terminal and spreadsheet safety of every command's output.

/// Record text that tries to drive the terminal: colour, a window title, a
/// bell, the one-byte C1 CSI, a carriage return and a right-to-left override.
const ESCAPES: &str = "\\u001b[31mRED\\u001b[0m \\u001b]0;title\\u0007 \\u009b2J \\r \\u202e";

fn evil_record(rahoittaja: &str) -> String {
    format!(
        "nimi = \"Evil {ESCAPES}\"\nsalkku = \"KONSTI\"\nvaihe = \"käynnissä\"\nalkaa = 2025-01-01\nloppuu = 2027-12-31\n\
         tiivistelma = \"Tiivis {ESCAPES}\"\ntoteuttajat = [\"Org {ESCAPES}\"]\n\n\
         [rahoitus]\nyhteensa = 100\n\n[[rahoitus.osuudet]]\nrahoittaja = \"{rahoittaja}\"\nlaji = \"oma\"\nsumma = 100\n\n\
         [kustannusarvio.2025]\npalkat = 100\n"
    )
}

/// Bytes that must never reach a terminal from record text.
fn assert_no_raw_controls(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(bad.is_empty(), "{what}: raw {bad:?} in\n{text}");
}

#[test]
fn control_characters_are_escaped_in_every_command() {
    let rahoittaja = format!("STM {ESCAPES}");
    let dir = folder(&[
        ("x.toml", &evil_record(&rahoittaja)),
        // A record with an error, so `check` shows its source lines.
        (
            "y.toml",
            &evil_record(&rahoittaja).replace("yhteensa = 100", "yhteensa = 99"),
        ),
    ]);
    let commands: &[&[&str]] = &[
        &["check"],
        &["check", "--format", "github"],
        &["list"],
        &["list", "--format", "md"],
        &["list", "--format", "csv"],
        &["show", "x"],
        &["show", "x", "--format", "md"],
        &["summary"],
        &["summary", "--by", "rahoittaja"],
        &["summary", "--by", "rahoittaja", "--format", "md"],
        &["summary", "--by", "rahoittaja", "--format", "csv"],
        &["budget", "x"],
        &["budget", "x", "--format", "md"],
        &["budget", "x", "--table", "rahoittajat", "--format", "csv"],
        &["budget", "--salkku", "KONSTI"],
        &["fmt", "--check"],
    ];
    for args in commands {
        let out = hanke()
            .arg("--projects")
            .arg(dir.path())
            .args(*args)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        let code = out.status.code();
        assert!(matches!(code, Some(0..=2)), "{args:?}: {code:?}");
        assert!(!out.stdout.is_empty(), "{args:?}: no output");
        assert_no_raw_controls(&format!("{args:?} stdout"), &out.stdout);
        assert_no_raw_controls(&format!("{args:?} stderr"), &out.stderr);
    }
    // `new` echoes the name it was given.
    let out = hanke()
        .arg("--projects")
        .arg(dir.path())
        .args(["new", "z", "--salkku", "KONSTI", "--nimi"])
        .arg("N \u{1b}[31m\u{9b}2J\u{202e}")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_no_raw_controls("new stdout", &out.stdout);
    assert_no_raw_controls("new stderr", &out.stderr);
    // `import` of a page whose text carries escapes, printed and written.
    let page = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        page.path(),
        "Hankkeen nimi   Evil \u{1b}[31mRED\u{7}\u{9b}2J\u{202e}\nSalkku   KONSTI Ohjelma\u{1b}[0m\nTiivistelmä\n\n\u{1b}]0;x\u{7} text\n",
    )
    .unwrap();
    for write in [false, true] {
        let mut cmd = hanke();
        cmd.arg("--projects").arg(dir.path()).arg("import");
        if write {
            cmd.arg("--write");
        }
        let out = cmd.arg(page.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        assert_no_raw_controls("import stdout", &out.stdout);
        assert_no_raw_controls("import stderr", &out.stderr);
    }
}

#[test]
fn control_characters_are_escaped_in_diff() {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    };
    git(&["init", "-q", "-b", "main"]);
    let p = dir.path().join("projects");
    std::fs::create_dir_all(&p).unwrap();
    std::fs::write(p.join("hanke.toml"), REGISTRY).unwrap();
    std::fs::write(p.join("x.toml"), evil_record("STM \\u001b[32m")).unwrap();
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "base"]);
    let changed = evil_record("Ouka \\u001b[33m").replace("100", "200");
    std::fs::write(p.join("x.toml"), changed).unwrap();
    std::fs::write(p.join("w.toml"), evil_record("\\u001b[34m")).unwrap();
    for format in ["table", "md"] {
        let out = hanke()
            .current_dir(dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .args(["diff", "main", "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Evil"));
        assert_no_raw_controls("diff stdout", &out.stdout);
        assert_no_raw_controls("diff stderr", &out.stderr);
    }
}

/// A control character before a span on the same line must not move the
/// caret: C1 characters are two bytes, bidi overrides three.
#[test]
fn carets_stay_under_their_value_after_wide_control_characters() {
    let rec = format!(
        "{OK}\n[rahoitus]\nyhteensa = 100\nosuudet = [{{ rahoittaja = \"\u{85}\u{85}\u{202e}\", summa = 1.5 }}]\n"
    );
    let dir = folder(&[("a.toml", &rec)]);
    let (code, out, _) = run_in(dir.path(), &["check"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.contains("osuudet = ["))
        .unwrap();
    let caret = lines[i + 1].find('^').unwrap();
    assert_eq!(&lines[i][caret..caret + 3], "1.5", "{out}");
    assert_no_raw_controls("check", out.as_bytes());
}

const FORMULAS: [&str; 5] = ["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "\t=1+1"];

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn no_formula_reaches_a_spreadsheet() {
    let mut records = Vec::new();
    for (i, f) in FORMULAS.iter().enumerate() {
        let escaped = f.replace('\t', "\\t");
        let rec = evil_record(&escaped).replace(&format!("Evil {ESCAPES}"), &escaped);
        records.push((format!("r{i}.toml"), rec));
    }
    let dir = folder_of(&records);
    let safe = |cell: &str| !cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let csvs = [
        stdout_of(dir.path(), &["list", "--format", "csv"]),
        stdout_of(
            dir.path(),
            &["summary", "--by", "rahoittaja", "--format", "csv"],
        ),
        stdout_of(
            dir.path(),
            &["budget", "r0", "--table", "rahoittajat", "--format", "csv"],
        ),
    ];
    for csv in &csvs {
        for row in csv_rows(csv) {
            for cell in row {
                // Numbers may be negative; text may not look like a formula.
                assert!(
                    safe(&cell) || cell.parse::<f64>().is_ok(),
                    "{cell:?} in\n{csv}"
                );
            }
        }
    }
    assert!(csvs[0].contains("'=cmd|' /C calc'!A0"), "{}", csvs[0]);
    assert!(csvs[1].contains("'@SUM(1)"), "{}", csvs[1]);
    for (i, evil) in FORMULAS.iter().enumerate() {
        let path = dir.path().join(format!("r{i}.xlsx"));
        let (code, _, err) = run_in(
            dir.path(),
            &[
                "budget",
                &format!("r{i}"),
                "--format",
                "xlsx",
                "-o",
                path.to_str().unwrap(),
            ],
        );
        assert_eq!(code, 0, "{err}");
        assert_xlsx_safe(&path, evil);
    }
}

/// Every formula in the workbook is one of hanke's own totals (cell
/// references, `SUM`, `IF`, arithmetic), and every cell whose text starts
/// like a formula has the quote-prefix style, so Excel keeps it as text.
fn assert_xlsx_safe(path: &Path, evil: &str) {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut read = |name: &str| -> Option<String> {
        let mut s = String::new();
        let mut f = zip.by_name(name).ok()?;
        std::io::Read::read_to_string(&mut f, &mut s).ok()?;
        Some(s)
    };
    let between = |s: &str, a: &str, b: &str| -> Option<String> {
        let start = s.find(a)? + a.len();
        Some(s[start..].split(b).next()?.to_string())
    };
    let strings: Vec<String> = read("xl/sharedStrings.xml")
        .unwrap()
        .split("<si>")
        .skip(1)
        .map(|si| {
            let t = si.split_once("<t").unwrap().1;
            let t = t.split_once('>').unwrap().1;
            t.split("</t>").next().unwrap().replace("_x0009_", "\t")
        })
        .collect();
    let styles = read("xl/styles.xml").unwrap();
    let xfs: Vec<&str> = styles
        .split("<cellXfs")
        .nth(1)
        .unwrap()
        .split("<xf ")
        .skip(1)
        .collect();
    let mut prefixed = 0;
    for n in 1.. {
        let Some(sheet) = read(&format!("xl/worksheets/sheet{n}.xml")) else {
            break;
        };
        for c in sheet.split("<c ").skip(1) {
            if let Some(f) = between(c, "<f>", "</f>") {
                assert!(
                    f.chars().all(|ch| ch.is_ascii_uppercase()
                        || ch.is_ascii_digit()
                        || ":,()-/=\"".contains(ch)),
                    "a formula not of hanke's own in {}: {f}",
                    path.display()
                );
            }
            let head = c.split('>').next().unwrap();
            if !head.contains("t=\"s\"") {
                continue;
            }
            let index: usize = between(c, "<v>", "</v>").unwrap().parse().unwrap();
            let text = &strings[index];
            if text.starts_with(['=', '+', '-', '@', '\t', '\r']) || text.starts_with("\\t") {
                let style: usize = between(head, "s=\"", "\"").map_or(0, |s| s.parse().unwrap());
                assert!(
                    xfs[style].contains("quotePrefix=\"1\""),
                    "{text:?} without the quote prefix in {}",
                    path.display()
                );
                prefixed += 1;
            }
        }
    }
    assert!(prefixed > 0, "{evil:?} reaches {}", path.display());
}

// ---------------------------------------------------------------------------
// Writers never leave half a file.

/// Runs hanke under a 1 KiB file-size limit (SIGXFSZ ignored, so a write past
/// it fails with EFBIG midway, as on a full disk).
fn hanke_with_small_disk(dir: &Path, args: &[&str]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("hanke");
    std::process::Command::new("bash")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"")
        .arg(bin)
        .env_remove("HANKE_PROJECTS")
        .env("NO_COLOR", "1")
        .args(["--today", "2026-11-23", "--projects"])
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_write_that_fails_midway_leaves_no_half_file() {
    // fmt: a messy record of 3 KB cannot be rewritten; it stays as it was.
    let messy = format!(
        "salkku = \"KONSTI\"\n{}tiivistelma = \"{}\"\n",
        OK.replace("salkku = \"KONSTI\"\n", ""),
        "y".repeat(3000)
    );
    let dir = folder(&[("a.toml", &messy)]);
    let before = names_in(dir.path());
    let out = hanke_with_small_disk(dir.path(), &["fmt"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("a.toml") && err.contains("tiedosto on liian suuri"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.toml")).unwrap(),
        messy
    );
    assert_eq!(names_in(dir.path()), before, "a temporary file was left");

    // new: its record with hints is over 1 KiB; nothing is created.
    let out = hanke_with_small_disk(
        dir.path(),
        &["new", "uusi", "--nimi", "U", "--salkku", "KONSTI"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("uusi.toml"), "{err}");
    assert_eq!(names_in(dir.path()), before, "new left a file");

    // import --write: the seed page's record is over 1 KiB; nothing is created.
    let seed = fixtures().join("seeds/000_be99a796fbf37f8d.txt");
    let out = hanke_with_small_disk(dir.path(), &["import", "--write", seed.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("tiedosto on liian suuri"), "{err}");
    assert_eq!(names_in(dir.path()), before, "import left a file");
}

#[test]
fn a_parent_path_that_is_a_file_fails_cleanly() {
    let dir = folder(&[("a.toml", OK)]);
    std::fs::write(dir.path().join("blocker"), "not a folder").unwrap();
    let before = names_in(dir.path());
    let (code, _, err) = run_in(
        dir.path(),
        &["new", "blocker/x", "--nimi", "X", "--salkku", "KONSTI"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("virhe: ") && err.contains("blocker"),
        "{err}"
    );
    let seed = fixtures().join("seeds/000_be99a796fbf37f8d.txt");
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "import",
            "--write",
            "--id",
            "blocker/x",
            seed.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("blocker"), "{err}");
    assert_eq!(names_in(dir.path()), before);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("blocker")).unwrap(),
        "not a folder"
    );
}

// ---------------------------------------------------------------------------
// Odd values and sizes.

#[test]
fn nan_and_infinite_shares_are_reported() {
    let rec = format!(
        "{OK}\n[rahoitus]\nyhteensa = 100\n\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nosuus = nan\n\n[[rahoitus.osuudet]]\nrahoittaja = \"Ouka\"\nosuus = inf\nsumma = -inf\n"
    );
    let dir = folder(&[("a.toml", &rec)]);
    let o = check(dir.path());
    assert_eq!(o.code, 1);
    let found: Vec<(&str, u64)> = o.json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(found, [("H106", 12), ("H106", 16), ("H105", 17)]);
    // And fmt leaves a nan it does not own alone without calling it a bug.
    let dir = folder(&[("a.toml", &format!("{OK}x = nan\n"))]);
    let (code, _, err) = run_in(dir.path(), &["fmt"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn dates_at_the_ends_of_the_calendar_and_a_zero_total() {
    let rec = "nimi = \"T\"\nsalkku = \"KONSTI\"\nvaihe = \"käynnissä\"\nalkaa = 0001-01-01\nloppuu = 9999-12-31\n\
               [rahoitus]\nyhteensa = \"0.00\"\n[[rahoitus.osuudet]]\nrahoittaja = \"STM\"\nosuus = 50\n\
               [[rahoitus.osuudet]]\nrahoittaja = \"Ouka\"\nsumma = 10\n";
    let dir = folder(&[("a.toml", rec)]);
    expect(dir.path(), "H302", "a.toml", Some(7));
    for args in [
        &["list"][..],
        &["list", "--format", "csv"],
        &["show", "a"],
        &["summary", "--by", "vuosi"],
        &["budget", "a"],
    ] {
        let (code, out, err) = run_in(dir.path(), args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(!out.is_empty());
    }
    let (code, out, _) = run_in(dir.path(), &["list", "--format", "csv"]);
    assert_eq!(code, 0);
    assert!(out.contains("0001-01-01,9999-12-31"), "{out}");
}

#[test]
fn a_huge_name_and_forty_thousand_shares_do_not_hang() {
    let long = OK.replace("Testihanke", &"x".repeat(2_000_000));
    // Enough shares that anything quadratic in them (budget's funder rows
    // once were; fmt's diff of 80 000 moved lines was) runs for minutes.
    // Keys in the wrong order, so fmt rewrites every share.
    let mut shares = format!("{OK}\n[rahoitus]\nyhteensa = 400000\n");
    for i in 0..40_000 {
        shares.push_str(&format!(
            "\n[[rahoitus.osuudet]]\nsumma = 10\nrahoittaja = \"R{i}\"\n"
        ));
    }
    let dir = folder(&[("long.toml", &long), ("shares.toml", &shares)]);
    for args in [
        &["check"][..],
        &["list"],
        &["list", "--format", "md"],
        &["show", "long"],
        &["summary", "--by", "rahoittaja"],
        &["budget", "shares", "--table", "rahoittajat"],
        &["budget", "shares", "--format", "csv"],
        &["fmt", "--check"],
    ] {
        let out = hanke()
            .arg("--projects")
            .arg(dir.path())
            .args(args)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{args:?}: {out:?}"
        );
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
}

/// Walking up every record's chain was quadratic: 20 000 levels took minutes.
#[test]
fn a_long_paahanke_chain_is_checked_in_time() {
    let dir = folder(&[]);
    let n = 20_000;
    for i in 0..n {
        let parent = if i + 1 < n { i + 1 } else { n - 3 };
        std::fs::write(
            dir.path().join(format!("p{i}.toml")),
            format!("{OK}paahanke = \"p{parent}\"\n"),
        )
        .unwrap();
    }
    let o = check(dir.path());
    assert_eq!(o.code, 1, "{}", o.stderr);
    let cycles: Vec<&str> = o.json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "H110")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    // Only the three records on the cycle at the top, not the 19 997 below.
    assert_eq!(cycles.len(), 3, "{cycles:?}");
    for f in ["p19997.toml", "p19998.toml", "p19999.toml"] {
        assert!(cycles.contains(&f), "{cycles:?}");
    }
}

/// Output into a pipe closed early (`hanke list --format json | head`) ends
/// quietly with status 0 in every machine format, whose writers wrap the
/// I/O error in their own error types.
#[test]
fn closed_pipe_ends_quietly_in_every_format() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    // Enough records that the output outgrows the pipe's buffer.
    let records: Vec<(String, String)> = (0..800)
        .map(|i| {
            (
                format!("h{i:04}.toml"),
                format!(
                    "nimi = \"Hanke {i} jolla on melko pitkä nimi raporttia varten\"\n\
                     salkku = \"KONSTI\"\nvaihe = \"käynnissä\"\nalkaa = 2024-01-01\n"
                ),
            )
        })
        .collect();
    let dir = folder_of(&records);
    for format in ["json", "csv", "md", "table"] {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("hanke"))
            .args(["--projects"])
            .arg(dir.path())
            .args(["list", "--format", format])
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The read end is dropped here: the rest of the output meets a closed pipe.
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "--format {format}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "",
            "--format {format}"
        );
    }
}

/// A named pipe or a link to a device named like a record is reported, not
/// read: opening the pipe would wait forever, `/dev/zero` would never end.
#[cfg(unix)]
#[test]
fn a_named_pipe_and_a_device_named_like_records_are_reported_unread() {
    let dir = folder(&[("ok.toml", OK)]);
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.toml"))
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml")).unwrap();
    let d = expect(dir.path(), "H001", "pipe.toml", None);
    assert!(
        d["message"].as_str().unwrap().contains("nimetty putki"),
        "{d}"
    );
    let d = expect(dir.path(), "H001", "zero.toml", None);
    assert!(d["message"].as_str().unwrap().contains("on laite"), "{d}");
    assert!(d["help"].as_str().unwrap().contains("nimeä"), "{d}");
}

/// The registry and the data folder are named for what they are when they
/// are something else, not "missing".
#[cfg(unix)]
#[test]
fn a_registry_that_is_a_folder_and_a_data_folder_that_is_a_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("hanke.toml")).unwrap();
    std::fs::write(dir.path().join("file"), "x").unwrap();
    let run = |args: &[&str]| {
        let out = hanke().current_dir(dir.path()).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        (out.status.code(), err)
    };
    let (code, err) = run(&["--projects", ".", "list"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("hanke.toml` on kansio eikä tiedosto"), "{err}");
    let (code, err) = run(&["--projects", "file", "check"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("`file` on tiedosto eikä kansio"), "{err}");
}

/// `import` reads a pipe (`<(curl …)`) but never past its limit.
#[cfg(unix)]
#[test]
fn import_stops_reading_an_endless_input() {
    let dir = copy_of(&projects());
    let (code, _, err) = run_in(dir.path(), &["import", "/dev/zero"]);
    assert_eq!(code, 2);
    assert!(err.contains("`/dev/zero` on yli 32 MiB"), "{err}");
    let (code, _, err) = run_in(dir.path(), &["import", "."]);
    assert_eq!(code, 2);
    assert!(err.contains("on kansio"), "{err}");
}

/// Thousands of the same mistake in one file: the first twenty are shown,
/// the rest are counted in one diagnostic, and the check still fails.
#[test]
fn a_flood_of_one_mistake_is_folded() {
    let mut text = OK.to_string();
    for i in 0..5000 {
        text.push_str(&format!("avain{i} = {i}\n"));
    }
    let dir = folder(&[("a.toml", &text)]);
    let o = check(dir.path());
    assert_eq!(o.code, 1);
    let unknown: Vec<&serde_json::Value> = o.json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "H101")
        .collect();
    assert_eq!(unknown.len(), 21);
    let last = unknown[20];
    assert_eq!(
        last["message"],
        "tiedostossa on tästä eteenpäin vielä 4980 `unknown-key`-ongelmaa, joita ei näytetä"
    );
    assert_eq!(last["line"], 26, "{last}");
    // The rules' own diagnostics are folded the same way: 300 shares whose
    // percentages do not match their amounts.
    let mut text = format!("{OK}\n[rahoitus]\nyhteensa = 300\n");
    for i in 0..300 {
        text.push_str(&format!(
            "[[rahoitus.osuudet]]\nrahoittaja = \"R{i}\"\nsumma = 1\nprosentti = 50\n"
        ));
    }
    let dir = folder(&[("b.toml", &text)]);
    let o = check(dir.path());
    let by_code = |code: &str| {
        o.json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == code)
            .count()
    };
    let most = o.json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| by_code(d["code"].as_str().unwrap()))
        .max()
        .unwrap();
    assert_eq!(most, 21, "{}", o.stdout);
}

/// A file name with an escape sequence and a line break cannot fake output
/// lines or colour the terminal, in the human and GitHub formats.
#[cfg(unix)]
#[test]
fn a_file_name_with_escapes_and_a_line_break_stays_one_safe_line() {
    let dir = folder(&[("a\u{1b}[31mred\nline.toml", OK)]);
    for format in ["human", "github"] {
        let out = hanke()
            .arg("--projects")
            .arg(dir.path())
            .args(["check", "--format", format])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(!stdout.contains('\u{1b}'), "{format}: {stdout}");
        assert!(
            stdout.contains("a\\u{1b}[31mred\\nline.toml"),
            "{format}: {stdout}"
        );
    }
}

/// What the user typed comes back escaped in an error message too.
#[test]
fn an_escape_in_an_argument_is_escaped_in_the_error() {
    let dir = copy_of(&projects());
    for args in [
        &["new", "a\u{1b}[2Jb", "--nimi", "X", "--salkku", "KONSTI"][..],
        &["show", "a\u{1b}[2Jb"][..],
    ] {
        let (code, _, err) = run_in(dir.path(), args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(!err.contains('\u{1b}'), "{args:?}: {err}");
        assert!(err.contains("a\\u{1b}[2Jb"), "{args:?}: {err}");
    }
}

/// A registry of 20 000 organisations against hundreds of names it does not
/// know: "did you mean" compares each name with the registry's names of
/// about its length, in a narrow band, not every pair in full.
#[test]
fn a_huge_registry_and_many_unknown_names_do_not_hang() {
    let mut registry = REGISTRY.to_string();
    for i in 0..20_000 {
        registry.push_str(&format!(
            "\n[organisaatiot.\"Organisaatio numero {i}\"]\nlyhenteet = [\"Org{i}\"]\n"
        ));
    }
    let records: Vec<(String, String)> = (0..300)
        .map(|i| {
            (
                format!("r{i}.toml"),
                format!(
                    "{OK}toteuttajat = [\"Tuntematon toteuttaja {i}\", \"Organisaatio numer {i}\"]\n"
                ),
            )
        })
        .collect();
    let dir = folder_of(&records);
    std::fs::write(dir.path().join("hanke.toml"), registry).unwrap();
    let o = check(dir.path());
    assert_eq!(o.code, 0, "{}", o.stderr);
    // Each near miss is still found: "numer" is one letter from "numero".
    let d = expect_warning(&o, "H401", "r7.toml");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("`Organisaatio numero 7`"),
        "{d}"
    );
}

fn expect_warning<'a>(o: &'a Outcome, code: &str, file: &str) -> &'a serde_json::Value {
    o.json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code && d["file"] == file)
        .unwrap_or_else(|| panic!("no {code} in {file}: {}", o.stdout))
}

/// Thousands of records whose päähanke was deleted: each is reported, and
/// the search for look-alike ids stays within a fixed budget instead of
/// comparing every unknown id with every record (quadratic: minutes).
#[test]
fn thousands_of_missing_paahankkeet_do_not_hang() {
    let records: Vec<(String, String)> = (0..4000)
        .map(|i| {
            (
                format!("hanke-numero-{i}.toml"),
                format!("{OK}paahanke = \"poistettu-hanke-{i}\"\n"),
            )
        })
        .collect();
    let dir = folder_of(&records);
    let o = check(dir.path());
    assert_eq!(o.code, 1);
    let missing = o.json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "H109")
        .count();
    // Folded per file, so one per record.
    assert_eq!(missing, 4000);
}

/// A link to `/` would make the walk read the whole disk (and every
/// Cargo.toml on it as a record); links out of the data folder are reported
/// and not followed, links inside it are.
#[cfg(unix)]
#[test]
fn links_out_of_the_data_folder_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("muu.toml"), OK).unwrap();
    let dir = folder(&[("ok.toml", OK), ("osa/a.toml", OK)]);
    let link = |target: &Path, name: &str| {
        std::os::unix::fs::symlink(target, dir.path().join(name)).unwrap();
    };
    link(Path::new("/"), "juuri");
    link(&outside.path().join("muu.toml"), "ulkona.toml");
    link(Path::new("ok.toml"), "sisalla.toml");
    link(Path::new("osa"), "osa-linkki");
    let o = check(dir.path());
    assert_eq!(o.code, 1, "{}", o.stdout);
    for name in ["juuri", "ulkona.toml"] {
        let d = expect(dir.path(), "H001", name, None);
        assert!(
            d["message"]
                .as_str()
                .unwrap()
                .contains("tietokansion ulkopuolelle"),
            "{d}"
        );
    }
    // Inside the folder, a link to a record or folder the walk reads anyway
    // is the same file twice (H111): reported, and read once.
    for name in ["sisalla.toml", "osa-linkki"] {
        expect(dir.path(), "H111", name, None);
    }
    assert_eq!(o.json["summary"]["errors"], 4, "{}", o.stdout);
    let files: Vec<&str> = o.json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert!(!files.iter().any(|f| f.starts_with("juuri/")), "{files:?}");
    let (code, out, _) = run_in(dir.path(), &["list", "--format", "csv"]);
    assert_eq!(code, 0);
    for id in ["ok", "osa/a"] {
        assert!(
            out.lines().any(|l| l.starts_with(&format!("{id},"))),
            "{id}: {out}"
        );
    }
    assert_eq!(out.lines().count(), 3, "{out}");
}
