//! `hanke check` on the bundled data and on broken copies.

use crate::util::*;

#[test]
fn bundled_projects_check_clean() {
    hanke()
        .arg("--projects")
        .arg(projects())
        .arg("check")
        .assert()
        .success()
        .stdout(predicates::str::contains("0 errors, 0 warnings"));
}
