//! The xlsx writer of a build without the `xlsx` feature (the lean CI
//! build, `--no-default-features`): the same interface, and an error that
//! says how to get workbooks.

use chrono::NaiveDate;

use super::grid::Grid;

/// What a workbook's sheets are titled with (see the real writer).
pub struct Heading {
    pub title: String,
    pub date: NaiveDate,
}

pub struct Book {
    pub bytes: Vec<u8>,
    pub sheets: usize,
}

#[derive(Debug)]
pub struct Disabled;

impl std::fmt::Display for Disabled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("out-xlsx-disabled"))
    }
}

impl std::error::Error for Disabled {}

pub fn workbook(_grids: &[Grid], _heading: &Heading) -> Result<Book, Disabled> {
    Err(Disabled)
}
