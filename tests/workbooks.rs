//! Workbooks and files for offices (issue 12): every report writes `.xlsx`
//! with `-o`, read back here with calamine (values, formulas, sheet names,
//! titles) and unzipped where calamine does not look (column widths, page
//! setup, quote prefixes); CSV for Finnish Excel; `-o` written atomically.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::util::*;

/// Runs hanke writing `-o <dir>/<name>` and returns the file's path and stderr.
fn write_to(data: &Path, dir: &Path, name: &str, args: &[&str]) -> (PathBuf, String) {
    let path = dir.join(name);
    let mut full: Vec<&str> = args.to_vec();
    full.extend(["-o", path.to_str().unwrap()]);
    let (code, out, err) = run_in(data, &full);
    assert_eq!(code, 0, "hanke {full:?}: {err}");
    assert_eq!(out, "", "nothing on stdout with -o");
    (path, err)
}

fn unzip(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Every sheet of a workbook: name, values, formulas (absolute positions).
struct Sheet {
    name: String,
    values: calamine::Range<Data>,
    formulas: calamine::Range<String>,
    styles: calamine::StyleRange,
    /// The worksheet XML, for what calamine does not read.
    xml: String,
}

impl Sheet {
    fn value(&self, row: u32, col: u32) -> &Data {
        self.values.get_value((row, col)).unwrap_or(&Data::Empty)
    }

    fn formula(&self, row: u32, col: u32) -> &str {
        self.formulas
            .get_value((row, col))
            .map_or("", String::as_str)
    }

    fn text(&self, row: u32, col: u32) -> String {
        match self.value(row, col) {
            Data::String(s) => s.clone(),
            other => panic!("{}!{row},{col} is {other:?}, not text", self.name),
        }
    }

    fn number(&self, row: u32, col: u32) -> f64 {
        match self.value(row, col) {
            Data::Float(f) => *f,
            Data::Int(n) => *n as f64,
            other => panic!("{}!{row},{col} is {other:?}, not a number", self.name),
        }
    }

    /// The row whose first cell is `label`.
    fn row_of(&self, label: &str) -> u32 {
        let (start, end) = (self.values.start().unwrap(), self.values.end().unwrap());
        (start.0..=end.0)
            .find(|r| matches!(self.value(*r, 0), Data::String(s) if s == label))
            .unwrap_or_else(|| panic!("no row {label:?} in {}", self.name))
    }

    /// Column widths from `<col min max width>`.
    fn widths(&self) -> HashMap<u32, f64> {
        let mut out = HashMap::new();
        for col in self.xml.split("<col ").skip(1) {
            let attr = |name: &str| -> String {
                let start = col.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                col[start..].split('"').next().unwrap().to_string()
            };
            let (min, max): (u32, u32) =
                (attr("min").parse().unwrap(), attr("max").parse().unwrap());
            let width: f64 = attr("width").parse().unwrap();
            for c in min..=max {
                out.insert(c - 1, width);
            }
        }
        out
    }
}

fn sheets(path: &Path) -> Vec<Sheet> {
    let mut wb: Xlsx<_> = open_workbook(path).expect("a workbook calamine can read");
    wb.sheet_names()
        .into_iter()
        .enumerate()
        .map(|(i, name)| Sheet {
            values: wb.worksheet_range(&name).unwrap(),
            formulas: wb.worksheet_formula(&name).unwrap(),
            styles: wb.worksheet_style(&name).unwrap(),
            xml: unzip(path, &format!("xl/worksheets/sheet{}.xml", i + 1)),
            name,
        })
        .collect()
}

/// `B12` → (11, 1).
fn cell_ref(r: &str) -> (u32, u32) {
    let letters: String = r.chars().take_while(char::is_ascii_uppercase).collect();
    let col = letters
        .chars()
        .fold(0u32, |acc, c| acc * 26 + (c as u32 - 'A' as u32 + 1))
        - 1;
    let row: u32 = r[letters.len()..].parse().unwrap();
    (row - 1, col)
}

/// Evaluates the formulas hanke writes (`SUM(B5:B7,B9)`, `B5-B8-B6`,
/// `IF(B9=0,"",B12/B9)`) over the cached values of the cells they name.
fn evaluate(sheet: &Sheet, formula: &str) -> f64 {
    let num = |r: &str| {
        let (row, col) = cell_ref(r);
        match sheet.value(row, col) {
            Data::Empty => 0.0,
            _ => sheet.number(row, col),
        }
    };
    if let Some(args) = formula
        .strip_prefix("SUM(")
        .and_then(|f| f.strip_suffix(')'))
    {
        let mut sum = 0.0;
        for arg in args.split(',') {
            match arg.split_once(':') {
                Some((a, b)) => {
                    let ((r0, c0), (r1, c1)) = (cell_ref(a), cell_ref(b));
                    for r in r0..=r1 {
                        for c in c0..=c1 {
                            if !matches!(sheet.value(r, c), Data::Empty) {
                                sum += sheet.number(r, c);
                            }
                        }
                    }
                }
                None => sum += num(arg),
            }
        }
        sum
    } else if let Some(rest) = formula.strip_prefix("IF(") {
        let (_, ratio) = rest.split_once("=0,\"\",").unwrap();
        let (part, whole) = ratio.trim_end_matches(')').split_once('/').unwrap();
        num(part) / num(whole)
    } else {
        let mut parts = formula.split('-');
        let first = num(parts.next().unwrap());
        parts.fold(first, |acc, r| acc - num(r))
    }
}

/// Every formula's cached value is what the formula gives from the cached
/// values it refers to: a viewer that recalculates shows the same figures.
fn assert_formulas_agree(sheet: &Sheet) -> usize {
    let mut n = 0;
    for (row, col, f) in sheet.formulas.used_cells() {
        if f.is_empty() {
            continue;
        }
        let (r0, c0) = sheet.formulas.start().unwrap();
        let (row, col) = (row as u32 + r0, col as u32 + c0);
        let cached = sheet.number(row, col);
        let computed = evaluate(sheet, f);
        assert!(
            (cached - computed).abs() < 1e-6,
            "{}!{row},{col}: ={f} gives {computed}, cached {cached}",
            sheet.name
        );
        n += 1;
    }
    n
}

// ---------------------------------------------------------------- budget

#[test]
fn budget_workbook_names_what_it_is_on_every_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let (path, err) = write_to(&reports(), dir.path(), "zeta.xlsx", &["budget", "zeta"]);
    assert!(err.ends_with("zeta.xlsx (5 taulukkoa)\n"), "{err}");
    assert!(err.contains("kirjoitettu "), "{err}");
    let sheets = sheets(&path);
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Kustannusarvio",
            "Toteutuneet kustannukset",
            "Suunniteltu ja toteutunut",
            "Rahoitussuunnitelma",
            "Rahoittajat"
        ]
    );
    for s in &sheets {
        assert!(s.name.chars().count() <= 31);
        assert_eq!(s.text(0, 0), "Talousarvio: Zeta-hanke (zeta)", "{}", s.name);
        assert!(
            s.text(1, 0).ends_with("tilanne 23.11.2026"),
            "{}",
            s.text(1, 0)
        );
    }
    assert_eq!(
        sheets[2].text(1, 0),
        "Kustannukset: suunniteltu ja toteutunut, tilanne 23.11.2026"
    );
    let core = unzip(&path, "docProps/core.xml");
    assert!(core.contains("<dc:title>Talousarvio: Zeta-hanke (zeta)</dc:title>"));
    assert!(core.contains("2026-11-23T00:00:00Z"), "{core}");
}

#[test]
fn a_portfolio_workbook_names_the_portfolio() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = write_to(
        &projects(),
        dir.path(),
        "konsti.xlsx",
        &["budget", "--salkku", "konsti"],
    );
    let sheets = sheets(&path);
    let title = sheets[0].text(0, 0);
    assert!(
        title.starts_with("Talousarvio: Salkku KONSTI (")
            && title.ends_with("– Elämänhallinta- ja hyvinvointiohjelma 2010-2013"),
        "{title}"
    );
}

#[test]
fn two_runs_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = write_to(&reports(), dir.path(), "a.xlsx", &["budget", "aalto"]);
    let (b, _) = write_to(&reports(), dir.path(), "b.xlsx", &["budget", "aalto"]);
    // No clock: the file's dates are --today (2026-11-23).
    let core = unzip(&a, "docProps/core.xml");
    assert!(
        core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-23T00:00:00Z"),
        "{core}"
    );
    assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
}

#[test]
fn subtotals_and_totals_are_live_formulas_with_cached_values() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = write_to(&reports(), dir.path(), "zeta.xlsx", &["budget", "zeta"]);
    let sheets = sheets(&path);
    let costs = &sheets[0];
    // Header in row 4; the columns are Kustannuslaji, 2024, 2025, Yhteensä.
    assert_eq!(costs.text(3, 3), "Yhteensä");
    let total = costs.row_of("Yhteensä");
    let staff = costs.row_of("Henkilöstömenot");
    assert_eq!(costs.number(total, 3), 100000.1);
    assert_eq!(costs.number(staff, 1), 50000.05);
    assert_eq!(costs.formula(staff, 1), "SUM(B6:B7)");
    assert!(
        costs.formula(total, 1).starts_with("SUM("),
        "{}",
        costs.formula(total, 1)
    );
    assert_eq!(
        costs.formula(total, 3),
        format!("SUM(B{0}:C{0})", total + 1)
    );
    assert_eq!(costs.formula(staff + 1, 1), "", "a category is a figure");
    let financing = &sheets[3];
    let eligible = financing.row_of("Valtionavustukseen oikeuttavat kustannukset");
    assert!(!financing.formula(eligible, 1).is_empty());
    let mut formulas = 0;
    for s in &sheets {
        formulas += assert_formulas_agree(s);
    }
    assert!(formulas > 40, "{formulas} formulas");

    // The osahankkeet's total row sums its rows.
    let (path, _) = write_to(&reports(), dir.path(), "aalto.xlsx", &["budget", "aalto"]);
    let sheets = self::sheets(&path);
    let kids = sheets.iter().find(|s| s.name == "Osahankkeet").unwrap();
    let total = kids.row_of("Yhteensä");
    assert!(
        kids.formula(total, 2).starts_with("SUM(C5:C"),
        "{}",
        kids.formula(total, 2)
    );
    for s in &sheets {
        assert_formulas_agree(s);
    }
}

#[test]
fn figures_match_the_json_report() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = write_to(&reports(), dir.path(), "zeta.xlsx", &["budget", "zeta"]);
    let sheets = sheets(&path);
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        &reports(),
        &["budget", "zeta", "--format", "json"],
    ))
    .unwrap();
    let rows = json["kustannusarvio"].as_array().unwrap();
    for (i, row) in rows.iter().enumerate() {
        let r = 4 + i as u32;
        for (col, key) in ["2024", "2025", "yhteensa"].iter().enumerate() {
            let want: f64 = row[key].as_str().unwrap().parse().unwrap();
            assert_eq!(sheets[0].number(r, col as u32 + 1), want, "row {i} {key}");
        }
    }
}

/// How many characters a number takes in our euro and percent formats.
fn shown(value: f64, code: &str) -> usize {
    let (v, decimals) = if code.contains('%') {
        (value * 100.0, 1)
    } else {
        (value, 2)
    };
    let text = format!("{:.*}", decimals, v.abs());
    let int = text.split('.').next().unwrap().len();
    usize::from(v < 0.0) + int + (int - 1) / 3 + 1 + decimals + 2
}

#[test]
fn every_number_fits_its_column_and_pages_print_landscape_one_wide() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = write_to(&reports(), dir.path(), "zeta.xlsx", &["budget", "zeta"]);
    let mut checked = 0;
    for s in sheets(&path) {
        let widths = s.widths();
        let (r0, c0) = s.values.start().unwrap();
        for (row, col, v) in s.values.used_cells() {
            let (row, col) = (row as u32 + r0, col as u32 + c0);
            let Data::Float(f) = v else { continue };
            let style = s.styles.get((row, col)).unwrap();
            let code = &style.number_format.as_ref().unwrap().format_code;
            let need = shown(*f, code);
            let have = widths.get(&col).copied().unwrap_or(8.43);
            assert!(
                have >= need as f64 + 1.0,
                "{}: {f} ({code}) needs {need} characters, column {col} is {have}",
                s.name
            );
            checked += 1;
        }
        assert!(
            s.xml.contains("<pageSetUpPr fitToPage=\"1\"/>"),
            "{}",
            s.name
        );
        assert!(s.xml.contains("orientation=\"landscape\""), "{}", s.name);
        assert!(s.xml.contains("fitToHeight=\"0\""), "{}", s.name);
    }
    assert!(checked > 50);
}

/// The style index of each cell that holds `text`, from the sheet XML.
fn quote_prefixed(path: &Path, sheet_no: usize, text: &str) -> bool {
    let strings = unzip(path, "xl/sharedStrings.xml");
    let index = strings
        .split("<si>")
        .skip(1)
        .position(|si| si.contains(&format!(">{text}<")))
        .unwrap_or_else(|| panic!("no string {text:?} in {strings}"));
    let sheet = unzip(path, &format!("xl/worksheets/sheet{sheet_no}.xml"));
    let cell = sheet
        .split("<c ")
        .find(|c| c.contains(&format!("t=\"s\"><v>{index}</v>")))
        .unwrap();
    let style: usize = cell
        .split("s=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map_or(0, |s| s.parse().unwrap());
    let styles = unzip(path, "xl/styles.xml");
    let xfs = styles.split("<cellXfs").nth(1).unwrap();
    let xf = xfs.split("<xf ").nth(style + 1).unwrap();
    xf.contains("quotePrefix=\"1\"")
}

#[test]
fn formula_looking_text_is_quote_prefixed_not_apostrophed() {
    let rec = "nimi = \"=HYPERLINK(1)\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n\
               [rahoitus]\nyhteensa = 10\n[[rahoitus.osuudet]]\nrahoittaja = \"=CMD()\"\nlaji = \"oma\"\nsumma = 10\n";
    let data = folder(&[("x.toml", rec)]);
    let (path, _) = write_to(data.path(), data.path(), "x.xlsx", &["budget", "x"]);
    let sheets = sheets(&path);
    let funders = sheets.iter().position(|s| s.name == "Rahoittajat").unwrap();
    assert_eq!(sheets[funders].text(4, 0), "=CMD()");
    assert_eq!(sheets[funders].formula(4, 0), "");
    assert!(quote_prefixed(&path, funders + 1, "=CMD()"));
    assert!(
        sheets[0]
            .text(0, 0)
            .starts_with("Talousarvio: =HYPERLINK(1)")
    );
    // CSV keeps its apostrophe.
    let csv = stdout_of(
        data.path(),
        &["budget", "x", "--format", "csv", "--table", "rahoittajat"],
    );
    assert_eq!(csv_column(&csv, "rahoittaja"), ["'=CMD()"]);
}

// ---------------------------------------------------------------- list, summary

#[test]
fn list_and_summary_write_workbooks() {
    let dir = tempfile::tempdir().unwrap();
    let (path, err) = write_to(&reports(), dir.path(), "hankkeet.xlsx", &["list"]);
    assert!(err.ends_with("hankkeet.xlsx (1 taulukko)\n"), "{err}");
    let s = &sheets(&path)[0];
    assert_eq!(s.name, "Hankkeet");
    assert!(s.text(0, 0).starts_with("Hankkeet ("), "{}", s.text(0, 0));
    assert_eq!(s.text(1, 0), "Tilanne 23.11.2026");
    assert_eq!(s.text(3, 0), "Id");
    let csv = stdout_of(&reports(), &["list", "--format", "csv"]);
    let ids = csv_column(&csv, "id");
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(&s.text(4 + i as u32, 0), id);
    }

    let (path, _) = write_to(
        &reports(),
        dir.path(),
        "yhteenveto.xlsx",
        &["summary", "--by", "rahoittaja"],
    );
    let s = &sheets(&path)[0];
    assert_eq!(s.name, "Yhteenveto");
    assert_eq!(s.text(0, 0), "Yhteenveto rahoittajittain");
    let total = s.row_of("Yhteensä");
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        &reports(),
        &["summary", "--by", "rahoittaja", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(total as usize, 4 + json.as_array().unwrap().len());
}

#[test]
fn the_extension_chooses_the_format_and_a_contradiction_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    // Before: `budget -o x.xlsx` wrote terminal text into a file named .xlsx.
    let (path, _) = write_to(&reports(), dir.path(), "b.xlsx", &["budget", "zeta"]);
    assert_eq!(&std::fs::read(&path).unwrap()[..2], b"PK", "a zip file");
    for (cmd, csv_args) in [
        (vec!["list"], vec!["list", "--format", "csv"]),
        (vec!["summary"], vec!["summary", "--format", "csv"]),
        (
            vec!["budget", "zeta"],
            vec!["budget", "zeta", "--format", "csv"],
        ),
    ] {
        let (path, err) = write_to(&reports(), dir.path(), "out.csv", &cmd);
        assert!(
            err.ends_with("out.csv\n") && err.contains("kirjoitettu "),
            "{err}"
        );
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            stdout_of(&reports(), &csv_args)
        );
    }
    let x = dir.path().join("x.xlsx");
    for cmd in [vec!["list"], vec!["summary"], vec!["budget", "zeta"]] {
        let mut args = cmd.clone();
        args.extend(["--format", "csv", "-o", x.to_str().unwrap()]);
        let (code, _, err) = run_in(&reports(), &args);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("`--format csv` ei sovi tiedostonimeen") && err.contains("x.csv"),
            "{err}"
        );
        assert!(!x.exists());
    }
    let (code, _, err) = run_in(&reports(), &["list", "--format", "xlsx"]);
    assert_eq!(code, 2);
    assert!(err.contains("-o TIEDOSTO.xlsx"), "{err}");
    let (code, _, err) = run_in(&reports(), &["summary", "--format", "md", "--excel"]);
    assert_eq!(code, 2);
    assert!(err.contains("--excel"), "{err}");
}

// ---------------------------------------------------------------- CSV for Excel

#[test]
fn excel_csv_has_bom_semicolons_decimal_commas_and_crlf() {
    for args in [
        vec!["list"],
        vec!["summary", "--by", "vuosi"],
        vec!["budget", "zeta", "--table", "vertailu"],
    ] {
        let mut plain_args = args.clone();
        plain_args.extend(["--format", "csv"]);
        let plain = stdout_of(&reports(), &plain_args);
        let mut excel_args = plain_args.clone();
        excel_args.push("--excel");
        let out = hanke()
            .arg("--projects")
            .arg(reports())
            .args(&excel_args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let bytes = out.stdout;
        assert_eq!(&bytes[..3], b"\xef\xbb\xbf", "{args:?}: a byte-order mark");
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert!(text.ends_with("\r\n"));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        let excel: Vec<Vec<String>> = csv::ReaderBuilder::new()
            .has_headers(false)
            .delimiter(b';')
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        let programs = csv_rows(&plain);
        assert_eq!(excel.len(), programs.len());
        let mut commas = 0;
        for (e, p) in excel.iter().zip(&programs) {
            for (e, p) in e.iter().zip(p) {
                if p.parse::<f64>().is_ok() && p.contains('.') {
                    assert_eq!(e, &p.replace('.', ","));
                    commas += 1;
                } else {
                    assert_eq!(e, p);
                }
            }
        }
        assert!(commas > 0, "{args:?}: some decimals");
    }
    // Programs keep RFC 4180: no BOM, commas, decimal points.
    let plain = stdout_of(&reports(), &["budget", "zeta", "--format", "csv"]);
    assert!(plain.starts_with("kategoria,2024,"));
    assert!(plain.contains("100000.10") || plain.contains("50000.05"));
}

// ---------------------------------------------------------------- atomic

/// Runs hanke under a 1 KiB file-size limit (SIGXFSZ ignored, so a write
/// past it fails with EFBIG midway, as on a full disk).
#[cfg(unix)]
fn hanke_with_small_disk(data: &Path, args: &[&str]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("hanke");
    std::process::Command::new("bash")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"")
        .arg(bin)
        .env_remove("HANKE_PROJECTS")
        .env("NO_COLOR", "1")
        .args(["--today", "2026-11-23", "--projects"])
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_full_disk_leaves_the_previous_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["konsti.xlsx", "konsti.md"] {
        let path = dir.path().join(name);
        std::fs::write(&path, "the previous good report").unwrap();
        let out = hanke_with_small_disk(
            &reports(),
            &["budget", "aalto", "-o", path.to_str().unwrap()],
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains(name) && err.contains("tiedosto on liian suuri"),
            "{err}"
        );
        assert!(!err.contains("kirjoitettu "), "{err}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "the previous good report"
        );
    }
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "a temporary file was left: {names:?}");
}
