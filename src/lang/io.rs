//! System errors in the user's language: an [`std::io::Error`] says its
//! reason in English (`No such file or directory (os error 2)`); these
//! functions say the common ones in the current language instead.

use std::io::ErrorKind;

/// A short lowercase reason for an I/O error (`tiedostoa tai kansiota ei
/// ole`, `no such file or folder`). An uncommon kind keeps the system's
/// own text after a translated lead.
pub fn reason(err: &std::io::Error) -> String {
    match err.kind() {
        ErrorKind::PermissionDenied => crate::t!("diag-io-permission"),
        ErrorKind::NotFound => crate::t!("diag-io-not-found"),
        ErrorKind::IsADirectory => crate::t!("diag-io-is-folder"),
        ErrorKind::NotADirectory => crate::t!("diag-io-not-folder"),
        ErrorKind::AlreadyExists => crate::t!("diag-io-exists"),
        ErrorKind::ReadOnlyFilesystem => crate::t!("diag-io-read-only-fs"),
        ErrorKind::StorageFull => crate::t!("diag-io-disk-full"),
        ErrorKind::QuotaExceeded => crate::t!("diag-io-quota"),
        ErrorKind::InvalidData => crate::t!("diag-io-invalid-data"),
        ErrorKind::InvalidFilename => crate::t!("diag-io-bad-name"),
        ErrorKind::FileTooLarge => crate::t!("diag-io-too-large"),
        _ => {
            let s = err.to_string();
            let detail = s.split(" (os error").next().unwrap_or(&s).to_lowercase();
            crate::t!("diag-io-other", detail = detail)
        }
    }
}

/// An error and its causes, `outer: inner`, as `{:#}` prints them, with
/// every system error said by [`reason`]. A system error ends the chain:
/// what it wraps is the same error again, in English.
pub fn chain(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            parts.push(reason(io));
            break;
        }
        parts.push(cause.to_string());
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In Finnish, the default (unit tests do not switch the language: it is
    /// the whole process's).
    #[test]
    fn system_errors_are_said_in_the_language() {
        let missing = std::fs::read("/ei/ole/olemassa").unwrap_err();
        assert_eq!(reason(&missing), "tiedostoa tai kansiota ei ole");
        let e = anyhow::Error::new(missing).context("tiedostoa x ei voi lukea");
        assert_eq!(
            chain(&e),
            "tiedostoa x ei voi lukea: tiedostoa tai kansiota ei ole"
        );
    }
}
