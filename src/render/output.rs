//! Where a report goes: standard output, or the file of `-o FILE`; and in
//! which format: `--format`, else the file's extension, else the table.
//!
//! A file is written whole or not at all: the report goes to a temporary
//! file in the same folder, which is renamed over the target only when it
//! is complete, so a full disk never leaves half a workbook where the
//! previous good one was. A line on stderr says what was written.

use std::io::Write;
use std::path::Path;

use anyhow::bail;

/// The formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Md,
    Csv,
    Json,
    Xlsx,
}

impl Format {
    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
        }
    }

    /// The format a file extension names; `None` for any other extension
    /// (`.txt`, none), which takes whatever `--format` says.
    fn of_extension(ext: &str) -> Option<Format> {
        match ext {
            "xlsx" => Some(Format::Xlsx),
            "csv" => Some(Format::Csv),
            "md" | "markdown" => Some(Format::Md),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The extension a file in this format usually has.
    fn extension(self) -> &'static str {
        match self {
            Format::Table => "txt",
            other => other.name(),
        }
    }
}

/// The messages of this module, in one place.
mod msg {
    use std::path::Path;

    use super::Format;

    pub fn mismatch(given: Format, path: &Path, named: Format) -> String {
        crate::t!(
            "err-format-mismatch",
            given = given.name(),
            file = path.display().to_string(),
            ext = named.extension(),
            named = named.name(),
            renamed = path.with_extension(given.extension()).display().to_string()
        )
    }

    pub fn old_workbook(path: &Path) -> String {
        crate::t!(
            "err-old-workbook",
            file = path.display().to_string(),
            renamed = path.with_extension("xlsx").display().to_string()
        )
    }

    pub fn xlsx_needs_file() -> String {
        crate::t!("err-xlsx-needs-file")
    }

    pub fn excel_needs_csv(chosen: Format) -> String {
        crate::t!("err-excel-needs-csv", format = chosen.name())
    }

    pub fn wrote(path: &Path, sheets: Option<usize>) -> String {
        let name = crate::diag::render::sanitize_name(&path.display().to_string());
        match sheets {
            Some(n) => crate::t!("out-wrote-sheets", file = name, n = n),
            None => crate::t!("out-wrote", file = name),
        }
    }
}

/// The format to write: `--format` when given, else the one the `-o`
/// file's extension names, else CSV with `--excel`, else the table.
///
/// Refused: a `--format` that contradicts the extension (`--format csv -o
/// x.xlsx`), `.xls`/`.xlsm`/`.ods`, xlsx with no file, `--excel` with
/// anything but CSV.
pub fn choose(given: Option<Format>, output: Option<&Path>, excel: bool) -> anyhow::Result<Format> {
    let ext = output
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if let (Some(path), Some("xls" | "xlsm" | "xlsb" | "ods")) = (output, ext.as_deref()) {
        bail!("{}", msg::old_workbook(path));
    }
    let named = ext.as_deref().and_then(Format::of_extension);
    let chosen = match (given, named, output) {
        (Some(g), Some(n), Some(path)) if g != n => bail!("{}", msg::mismatch(g, path, n)),
        (Some(g), _, _) => g,
        (None, Some(n), _) => n,
        (None, None, _) if excel => Format::Csv,
        (None, None, _) => Format::Table,
    };
    if excel && chosen != Format::Csv {
        bail!("{}", msg::excel_needs_csv(chosen));
    }
    if chosen == Format::Xlsx && output.is_none() {
        bail!("{}", msg::xlsx_needs_file());
    }
    Ok(chosen)
}

/// Sends a finished report to standard output, or atomically into the
/// file, and then says on stderr what it wrote (`wrote konsti.xlsx (5
/// sheets)`: `sheets` for a workbook).
pub fn deliver(output: Option<&Path>, bytes: &[u8], sheets: Option<usize>) -> anyhow::Result<()> {
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
        }
        Some(path) => {
            // Temporary file beside it, renamed over it (crate::write).
            crate::write::write_atomic(path, bytes)?;
            eprintln!("{}", msg::wrote(path, sheets));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(given: Option<Format>, output: &str, excel: bool) -> String {
        choose(given, Some(Path::new(output)), excel)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn the_extension_chooses_when_format_is_not_given() {
        let pick = |o: &str| choose(None, Some(Path::new(o)), false).unwrap();
        assert_eq!(pick("konsti.xlsx"), Format::Xlsx);
        assert_eq!(pick("KONSTI.XLSX"), Format::Xlsx);
        assert_eq!(pick("a.csv"), Format::Csv);
        assert_eq!(pick("a.md"), Format::Md);
        assert_eq!(pick("a.json"), Format::Json);
        assert_eq!(pick("a.txt"), Format::Table);
        assert_eq!(pick("a"), Format::Table);
        assert_eq!(choose(None, None, false).unwrap(), Format::Table);
        assert_eq!(choose(None, None, true).unwrap(), Format::Csv);
        assert_eq!(
            choose(Some(Format::Csv), Some(Path::new("a.txt")), true).unwrap(),
            Format::Csv
        );
    }

    #[test]
    fn contradictions_are_refused() {
        let e = err(Some(Format::Csv), "x.xlsx", false);
        assert!(e.contains("`--format csv`") && e.contains("`x.csv`"), "{e}");
        let e = err(Some(Format::Table), "x.xlsx", false);
        assert!(e.contains("`x.txt`"), "{e}");
        assert!(err(None, "x.xls", false).contains("`x.xlsx`"));
        assert!(err(None, "x.xlsx", true).contains("--excel"));
        assert!(
            choose(Some(Format::Xlsx), None, false)
                .unwrap_err()
                .to_string()
                .contains("-o TIEDOSTO.xlsx")
        );
    }

    #[test]
    fn wrote_names_the_file_and_counts_sheets() {
        // Unit tests run in the default language, Finnish.
        let p = Path::new("konsti.xlsx");
        assert_eq!(
            msg::wrote(p, Some(5)),
            "kirjoitettu konsti.xlsx (5 taulukkoa)"
        );
        assert_eq!(
            msg::wrote(p, Some(1)),
            "kirjoitettu konsti.xlsx (1 taulukko)"
        );
        assert_eq!(msg::wrote(Path::new("a.csv"), None), "kirjoitettu a.csv");
    }

    #[test]
    fn an_atomic_write_replaces_and_keeps_the_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        deliver(Some(&path), b"one", None).unwrap();
        deliver(Some(&path), b"two", None).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o644);
        }
    }
}
