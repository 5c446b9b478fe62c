//! Finding the data folder: `--projects`, `HANKE_PROJECTS`, then upwards from
//! the current directory (the folder itself or its `projects/` child, nearest first).

use predicates::prelude::*;

use crate::util::{copy_dir, hanke, projects};

/// A data folder named anything but `projects/` is found from inside it and
/// from its subfolders.
#[test]
fn found_from_inside_a_data_folder_of_any_name() {
    let top = tempfile::tempdir().unwrap();
    let data = top.path().join("hankkeet");
    copy_dir(&projects(), &data);
    hanke().current_dir(&data).arg("check").assert().success();
    let sub = data.join("sote-johtaminen");
    assert!(
        sub.is_dir(),
        "the bundled folder has a subfolder to stand in"
    );
    hanke()
        .current_dir(&sub)
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("sote-johtaminen/"));
}

/// Nearest wins: a data folder around the current directory before a
/// `projects/` folder beside one of its ancestors.
#[test]
fn the_nearest_data_folder_wins() {
    let top = tempfile::tempdir().unwrap();
    // top/projects: the bundled records (KONSTI projects).
    copy_dir(&projects(), &top.path().join("projects"));
    // top/work/hanke.toml: an empty data folder of its own.
    let work = top.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    std::fs::copy(projects().join("hanke.toml"), work.join("hanke.toml")).unwrap();
    hanke()
        .current_dir(&work)
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .stdout("[]\n");
    // From top itself, its projects/ child.
    hanke()
        .current_dir(top.path())
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("sote-johtaminen/"));
}

/// A `hanke.toml` inside a data folder is a record there (`hyve/hanke`), not
/// a data folder of its own: standing beside it finds the outer folder.
#[test]
fn a_record_named_hanke_toml_is_not_a_data_folder() {
    let top = tempfile::tempdir().unwrap();
    let data = top.path().join("data");
    copy_dir(&projects(), &data);
    let sub = data.join("sote-johtaminen");
    let record = std::fs::read_dir(&sub)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .expect("a record in the subfolder");
    std::fs::copy(&record, sub.join("hanke.toml")).unwrap();
    hanke()
        .current_dir(&sub)
        .args(["show", "sote-johtaminen/hanke"])
        .assert()
        .success();
}

/// Where nothing is found, the error says where it looked and what to do.
#[test]
fn nowhere_names_the_search_and_the_way_out() {
    let top = tempfile::tempdir().unwrap();
    hanke()
        .current_dir(top.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("virhe: tietokansiota ei löydy"))
        .stderr(predicate::str::contains("hanke.toml"))
        .stderr(predicate::str::contains("--projects KANSIO"));
}
