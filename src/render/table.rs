//! Terminal tables (comfy-table): Finnish formats, numbers right-aligned,
//! fitted to the terminal width by shortening the shrinkable column with `…`.

use std::io::{self, IsTerminal, Write};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table};

use super::grid::Grid;

/// The width to fit tables to: the terminal's when stdout is one, else
/// `$COLUMNS` when set, else no limit (a file or pipe gets the full text,
/// up to [`MAX_CELL`] characters a cell).
pub fn output_width() -> Option<u16> {
    if io::stdout().is_terminal()
        && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size()
    {
        return Some(w);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|w| *w >= 20)
}

/// Lays out one grid as a comfy table (title and footer not included).
///
/// With a width, columns with a hide rank are hidden until the table fits,
/// then the shrinkable column is cut to the room left, ending in `…`.
pub fn comfy(grid: &Grid, width: Option<u16>) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::Disabled);
    let numeric: Vec<bool> = (0..grid.columns.len())
        .map(|i| grid.numeric_column(i))
        .collect();
    let align = |i: usize| {
        if numeric[i] {
            CellAlignment::Right
        } else {
            CellAlignment::Left
        }
    };
    let hidden = width.map_or_else(Vec::new, |w| hidden_columns(grid, w));
    let room = width.and_then(|w| shrink_room(grid, w, &hidden));
    t.set_header(
        grid.columns
            .iter()
            .enumerate()
            .map(|(i, c)| Cell::new(&c.label).set_alignment(align(i))),
    );
    for r in &grid.rows {
        t.add_row(r.cells.iter().enumerate().map(|(i, v)| {
            let mut text = v.human();
            if let (true, Some(room)) = (grid.columns[i].shrinkable, room) {
                text = shorten(&text, room);
            } else if text.len() > MAX_CELL {
                text = shorten(&text, MAX_CELL);
            }
            Cell::new(text).set_alignment(align(i))
        }));
    }
    if !hidden.is_empty() {
        t.set_constraints((0..grid.columns.len()).map(|i| {
            if hidden.contains(&i) {
                ColumnConstraint::Hidden
            } else {
                ColumnConstraint::ContentWidth
            }
        }));
    }
    t
}

/// `text` cut to `room` characters, the last one `…` when cut.
pub fn shorten(text: &str, room: usize) -> String {
    let one_line = text.replace('\n', " ");
    if one_line.chars().count() <= room {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(room.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// Width of one column as laid out: its widest cell or label.
fn content_width(grid: &Grid, i: usize) -> usize {
    grid.rows
        .iter()
        .map(|r| r.cells[i].human().chars().count())
        .max()
        .unwrap_or(0)
        .max(grid.columns[i].label.chars().count())
}

/// Room for each shrinkable column's text, when something must shrink.
fn shrink_room(grid: &Grid, width: u16, hidden: &[usize]) -> Option<usize> {
    let visible: Vec<usize> = (0..grid.columns.len())
        .filter(|i| !hidden.contains(i))
        .collect();
    let shrinkable = visible
        .iter()
        .filter(|&&i| grid.columns[i].shrinkable)
        .count();
    if shrinkable == 0 {
        return None;
    }
    let fixed: usize = visible
        .iter()
        .filter(|&&i| !grid.columns[i].shrinkable)
        .map(|&i| content_width(grid, i) + 3)
        .sum();
    let left = (width as usize).saturating_sub(1 + fixed + 3 * shrinkable);
    Some((left / shrinkable).max(MIN_SHRUNK as usize))
}

/// The most characters of one cell a table shows, even without a width:
/// comfy-table wraps lines wider than 65 535 columns, and slowly.
const MAX_CELL: usize = 2000;

/// The narrowest a shrinkable column gets.
const MIN_SHRUNK: u16 = 10;

/// Columns to hide so the table fits `width`: by rank, lowest first.
fn hidden_columns(grid: &Grid, width: u16) -> Vec<usize> {
    let content: Vec<usize> = grid
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let widest = content_width(grid, i);
            if c.shrinkable {
                widest.min(MIN_SHRUNK as usize)
            } else {
                widest
            }
        })
        .collect();
    let needed = |hidden: &[usize]| -> usize {
        1 + (0..content.len())
            .filter(|i| !hidden.contains(i))
            .map(|i| content[i] + 3)
            .sum::<usize>()
    };
    let mut ranked: Vec<(u8, usize)> = grid
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.hide_rank.map(|r| (r, i)))
        .collect();
    ranked.sort();
    let mut hidden = Vec::new();
    for (_, i) in ranked {
        if needed(&hidden) <= width as usize {
            break;
        }
        hidden.push(i);
    }
    hidden
}

/// Writes grids one after another, each under its title, with its footer.
pub fn write(out: &mut dyn Write, grids: &[Grid], width: Option<u16>) -> io::Result<()> {
    for (n, grid) in grids.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        if !grid.title.is_empty() {
            writeln!(out, "{}", wrapped(&grid.title, width))?;
        }
        writeln!(out, "{}", comfy(grid, width))?;
        for line in &grid.footer {
            writeln!(out, "{}", wrapped(line, width))?;
        }
    }
    Ok(())
}

/// A title or a note under a table, wrapped at the terminal's width like the
/// table itself (a file or a pipe gets it on one line).
pub fn wrapped(text: &str, width: Option<u16>) -> std::borrow::Cow<'_, str> {
    match width {
        Some(w) if text.chars().count() > usize::from(w) => {
            textwrap::fill(text, usize::from(w)).into()
        }
        _ => text.into(),
    }
}
