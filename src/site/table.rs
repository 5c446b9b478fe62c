//! Tables as the templates print them: captioned, with scoped headers,
//! numbers right-aligned and derived figures marked.
//!
//! Most tables come from the report layer's [`Grid`]s, the same ones the
//! terminal, Markdown, CSV and xlsx writers get, so every figure on the site
//! is the figure the CLI prints. A cell's text is Finnish presentation
//! ([`Value::human`]); unknown money is an empty [`Value`] and stays blank.

use serde::Serialize;

use crate::render::grid::{Grid, Value};

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<Col>,
    pub rows: Vec<Tr>,
    /// Lines under the table (the derived-figure note, for example).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Col {
    pub label: String,
    pub numeric: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Tr {
    pub cells: Vec<Td>,
    /// A subtotal or total.
    pub strong: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Td {
    pub text: String,
    pub numeric: bool,
    /// A figure computed from others (marked `*`).
    pub derived: bool,
    /// A link to another page of the site or an outside address already
    /// checked by [`super::links`].
    pub href: Option<String>,
}

impl Td {
    pub fn text(s: impl Into<String>) -> Td {
        Td {
            text: s.into(),
            ..Td::default()
        }
    }

    pub fn link(s: impl Into<String>, href: Option<String>) -> Td {
        Td {
            text: s.into(),
            href,
            ..Td::default()
        }
    }

    pub fn value(v: &Value) -> Td {
        let (inner, derived) = match v {
            Value::Derived(b) => (b.as_ref(), true),
            other => (other, false),
        };
        Td {
            text: inner.human(),
            numeric: inner.is_numeric(),
            derived,
            href: None,
        }
    }
}

impl Table {
    /// A grid as an HTML table; `caption` replaces an empty grid title.
    pub fn from_grid(grid: &Grid, caption: &str) -> Table {
        let columns = grid
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| Col {
                label: c.label.clone(),
                numeric: i > 0 && grid.numeric_column(i),
            })
            .collect();
        let rows = grid
            .rows
            .iter()
            .map(|r| Tr {
                cells: r.cells.iter().map(Td::value).collect(),
                strong: r.strong,
            })
            .collect();
        Table {
            caption: if grid.title.is_empty() {
                caption.to_string()
            } else {
                grid.title.clone()
            },
            columns,
            rows,
            notes: grid.footer.clone(),
        }
    }

    /// Sets the link of the first cell of each row, by the row's first cell text.
    pub fn link_first_column(&mut self, href: impl Fn(usize, &str) -> Option<String>) {
        for (i, row) in self.rows.iter_mut().enumerate() {
            if let Some(first) = row.cells.first_mut() {
                first.href = href(i, &first.text);
            }
        }
    }

    pub fn is_derived_anywhere(&self) -> bool {
        self.rows.iter().flat_map(|r| &r.cells).any(|c| c.derived)
    }
}
