//! GitHub-flavoured Markdown tables, ready to paste into a report: Finnish
//! formats, numbers right-aligned, subtotal rows in bold.

use std::io::{self, Write};

use super::grid::{Grid, Value};

/// Text safe inside a Markdown table cell.
pub fn cell(text: &str) -> String {
    crate::diag::render::sanitize(text)
        .replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace("\r\n", " ")
        .replace(['\n', '\r'], " ")
        .trim()
        .to_string()
}

/// Writes one table (no heading).
pub fn write_table(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    let labels: Vec<String> = grid.columns.iter().map(|c| cell(&c.label)).collect();
    writeln!(out, "| {} |", labels.join(" | "))?;
    let rule: Vec<&str> = (0..grid.columns.len())
        .map(|i| {
            if grid.numeric_column(i) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    writeln!(out, "| {} |", rule.join(" | "))?;
    for r in &grid.rows {
        let cells: Vec<String> = r
            .cells
            .iter()
            .map(|v| {
                let text = cell(&v.human());
                if r.strong && *v != Value::Empty && !text.is_empty() {
                    format!("**{text}**")
                } else {
                    text
                }
            })
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// Writes grids, each under a heading of the given level, with its footer.
pub fn write(out: &mut dyn Write, grids: &[Grid], level: usize) -> io::Result<()> {
    for (n, grid) in grids.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        if !grid.title.is_empty() {
            writeln!(out, "{} {}\n", "#".repeat(level), cell(&grid.title))?;
        }
        write_table(out, grid)?;
        if !grid.footer.is_empty() {
            writeln!(out)?;
            for line in &grid.footer {
                let text = cell(line);
                let text = match text.strip_prefix('*') {
                    Some(rest) => format!("\\*{rest}"),
                    None => text,
                };
                writeln!(out, "{text}")?;
            }
        }
    }
    Ok(())
}
