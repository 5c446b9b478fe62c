//! Project ids: the record's path below the data root, without `.toml`.
//!
//! `projects/hyve/oulu.toml` → `hyve/oulu`. Segments are lowercase ASCII
//! `[a-z0-9-]`, so ids are the same on every file system and in every URL.

/// Why a relative path is not a valid id; [`IdProblem`]'s `Display` says
/// it in the current language (`it contains `Ä`: …`).
pub fn id_problem(id: &str) -> Option<IdProblem> {
    for segment in id.split('/') {
        if segment.is_empty() {
            return Some(IdProblem::EmptySegment);
        }
        if let Some(bad) = segment
            .chars()
            .find(|c| !matches!(c, 'a'..='z' | '0'..='9' | '-'))
        {
            return Some(IdProblem::BadChar(bad));
        }
    }
    None
}

/// What makes a path no id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdProblem {
    /// `a//b`, or a leading or trailing `/`.
    EmptySegment,
    /// A character outside `[a-z0-9-]`.
    BadChar(char),
}

impl std::fmt::Display for IdProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            IdProblem::EmptySegment => crate::t!("err-id-empty-segment"),
            IdProblem::BadChar(c) => {
                let shown = c.escape_debug().to_string();
                crate::t!("err-id-bad-char", char = shown)
            }
        };
        f.write_str(&text)
    }
}

/// The id a user probably meant: lowercase, ä→a, ö→o, å→a, other characters → `-`.
pub fn slug(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    // NFC first: macOS writes `ä` in file names as `a` + a combining diaeresis.
    for c in text.nfc().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ó' | 'ò' | 'ô' | 'ø' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            'a'..='z' | '0'..='9' => c,
            _ => '-',
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lowercase_ascii_segments() {
        assert_eq!(id_problem("hyve/oulu"), None);
        assert_eq!(id_problem("sote-2011"), None);
        assert_eq!(id_problem("Hyve"), Some(IdProblem::BadChar('H')));
        assert_eq!(id_problem("hyvä"), Some(IdProblem::BadChar('ä')));
        assert_eq!(id_problem("a//b"), Some(IdProblem::EmptySegment));
    }

    #[test]
    fn slugs_finnish_names() {
        assert_eq!(
            slug("Pääkaupunkiseudun Äänekoski"),
            "paakaupunkiseudun-aanekoski"
        );
        assert_eq!(
            slug("  Hyve - johtamisen kartta "),
            "hyve-johtamisen-kartta"
        );
    }
}
