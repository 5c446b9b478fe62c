//! A source file with a lazily built line index, so byte spans become
//! `line:column` only when a diagnostic is actually shown.
//!
//! A record read from disk that loaded without problems does not keep its
//! text: at national scale that is a quarter of the memory, and only the few
//! files a rule later reports on need it. Those are read again on first use
//! ([`SourceFile::text`]), decoded exactly as the loader decoded them, so
//! spans still point at the same bytes.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the data root, `/`-separated (`hyve/oulu.toml`).
    pub rel: String,
    /// Path as opened.
    pub path: PathBuf,
    /// Shared: the two sides of a diff hold the same text of an unchanged
    /// file once, and cloning a source does not copy it. (`Arc<String>`,
    /// not `Arc<str>`: the text moves in without being copied.)
    text: OnceLock<Arc<String>>,
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    /// A file whose text is kept.
    pub fn new(rel: String, path: PathBuf, text: String) -> Self {
        SourceFile {
            rel,
            path,
            text: OnceLock::from(Arc::new(text)),
            line_starts: OnceLock::new(),
        }
    }

    /// A file whose text is kept, shared with another source holding it.
    pub fn shared(rel: String, path: PathBuf, text: Arc<String>) -> Self {
        SourceFile {
            rel,
            path,
            text: OnceLock::from(text),
            line_starts: OnceLock::new(),
        }
    }

    /// The kept text, shared, when the text is in memory.
    pub fn kept_text(&self) -> Option<&Arc<String>> {
        self.text.get()
    }

    /// A file on disk whose text is read again only if it is ever needed.
    pub fn on_disk(rel: String, path: PathBuf) -> Self {
        SourceFile {
            rel,
            path,
            text: OnceLock::new(),
            line_starts: OnceLock::new(),
        }
    }

    /// The text, as the loader decoded it (a byte-order mark stripped,
    /// invalid UTF-8 replaced).
    pub fn text(&self) -> &str {
        self.text.get_or_init(|| {
            // Bounded as the first read was: the file may have grown since.
            let bytes = match super::read_bytes(&self.path) {
                Ok(Ok(bytes)) => bytes,
                _ => Vec::new(),
            };
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            };
            match text.strip_prefix('\u{feff}') {
                Some(rest) => Arc::new(rest.to_string()),
                None => Arc::new(text),
            }
        })
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text().match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.floor_char_boundary(offset.min(self.text().len()));
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= offset).max(1);
        let start = starts[line - 1];
        let column = self.text()[start..offset].chars().count() + 1;
        (line, column)
    }

    /// The byte range of a 1-based line, without its line end.
    pub fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let starts = self.line_starts();
        let start = starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text().len());
        let mut end = starts.get(line).map_or(self.text().len(), |s| s - 1);
        if end > start && self.text().as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        start..end.max(start)
    }

    pub fn floor_char_boundary(&self, mut i: usize) -> usize {
        while i > 0 && !self.text().is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_lines_ignore_crlf() {
        let f = SourceFile::new(
            "a.toml".into(),
            "a.toml".into(),
            "a = 1\r\nnimi = \"Äö\" x\n".into(),
        );
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(7), (2, 1));
        let x = f.text().find('x').unwrap();
        assert_eq!(f.line_col(x), (2, 13));
        assert_eq!(&f.text()[f.line_range(1)], "a = 1");
    }
}
