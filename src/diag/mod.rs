//! Diagnostics as data.
//!
//! Loading and rules produce [`Diagnostic`]s; nothing here prints. The
//! renderers in [`render`] turn them into rustc-style text, JSON, or GitHub
//! workflow commands at the edge, so every output format says the same thing.
//!
//! Messages, labels, help lines and notes are written in the user's language
//! when the diagnostic is made (after [`crate::lang::set`]), through the
//! `rule-*` and `diag-*` messages of the catalogues; codes, severities and
//! fixes are the same in every language.

pub mod codes;
pub mod fix;
pub mod flood;
pub mod render;
pub mod words;

use serde::Serialize;

use crate::model::{FileId, Span};
pub use codes::Code;
pub use fix::{Edit, Fix};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A secondary place the diagnostic points at, in the same file.
#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub text: String,
}

/// One problem found in one file.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub code: &'static Code,
    pub file: FileId,
    pub span: Span,
    pub message: String,
    /// Text under the caret.
    pub label: Option<String>,
    pub secondary: Vec<Label>,
    /// How to fix it.
    pub help: Option<String>,
    pub notes: Vec<String>,
    /// The edits that repair it, where one set of edits does (the help line
    /// then says what they are).
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn new(code: &'static Code, file: FileId, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            file,
            span,
            message: message.into(),
            label: None,
            secondary: Vec::new(),
            help: None,
            notes: Vec::new(),
            fix: None,
        }
    }

    pub fn severity(&self) -> Severity {
        self.code.severity
    }

    pub fn label(mut self, text: impl Into<String>) -> Self {
        self.label = Some(text.into());
        self
    }

    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }

    pub fn help_opt(mut self, text: Option<String>) -> Self {
        self.help = text;
        self
    }

    /// A machine-applicable repair; the help line is rendered from it,
    /// after `why` when given ("the amounts add up, so the percentage is off").
    pub fn fix(mut self, why: Option<&str>, edits: Fix) -> Self {
        let how = fix::help_text(&edits);
        self.help = Some(match why {
            Some(why) => crate::t!("diag-fix-why", why = why, how = how),
            None => how,
        });
        self.fix = Some(edits);
        self
    }

    pub fn note(mut self, text: impl Into<String>) -> Self {
        self.notes.push(text.into());
        self
    }

    pub fn secondary(mut self, span: Span, text: impl Into<String>) -> Self {
        self.secondary.push(Label {
            span,
            text: text.into(),
        });
        self
    }
}

/// Counts for the closing line and the JSON summary.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub records: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn of(records: usize, diagnostics: &[Diagnostic]) -> Summary {
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .count();
        Summary {
            records,
            errors,
            warnings: diagnostics.len() - errors,
        }
    }
}
