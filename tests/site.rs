//! `hanke site`: the pages as HTML, parsed with scraper. Every internal link
//! resolves to a written file, nothing is loaded from elsewhere, the pages
//! are Finnish and accessible in structure, hostile record text and
//! addresses are escaped, and two runs write byte-identical files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use scraper::{Html, Selector};

use crate::util::*;

/// Builds the site of `data` into a new temporary folder; returns it and the site folder.
pub fn build_site(data: &Path) -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let (code, _, err) = run_in(data, &["site", "-o", site.to_str().unwrap()]);
    assert_eq!(code, 0, "hanke site failed: {err}");
    (out, site)
}

/// Every file below `dir`, by its path from `dir`.
pub fn files_of(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap();
            out.insert(
                rel.to_string_lossy().replace('\\', "/"),
                std::fs::read(entry.path()).unwrap(),
            );
        }
    }
    out
}

pub fn page(site: &Path, rel: &str) -> Html {
    let text = std::fs::read_to_string(site.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    Html::parse_document(&text)
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// A folder of records meant to break the pages: markup in names, script
/// addresses, a funder that closes the data block, a record with a rule error.
pub fn hostile_folder() -> tempfile::TempDir {
    folder(&[
        (
            "paha.toml",
            r#"nimi = "<img src=x onerror=alert(1)> & </script><!--"
lyhenne = "<b>Paha</b>"
salkku = "KONSTI"
vaihe = "käynnissä"
alkaa = 2024-01-01
loppuu = 2025-12-31
toteuttajat = ["<svg onload=alert(2)>"]
avainsanat = ["\"quoted\" 'single'"]
tiivistelma = "Kappale <script>alert(3)</script>\n\nToinen kappale."

[[yhteystiedot]]
rooli = "<i>rooli</i>"
nimi = "Mallory"
email = "javascript:alert(4)//@example.com"

[[liitteet]]
nimi = "Skripti"
url = "javascript:alert(5)"

[[liitteet]]
nimi = "Data"
url = "data:text/html,<script>alert(6)</script>"

[[liitteet]]
nimi = "Kunnon linkki"
url = "https://example.com/a?b=1&c=\"2\""

[rahoitus]
yhteensa = 1000

[[rahoitus.osuudet]]
rahoittaja = "</script><script>alert(7)</script>"
laji = "oma"
summa = 1000
"#,
        ),
        (
            "vajaa.toml",
            r#"nimi = "Vajaa"
salkku = "KONSTI"
vaihe = "käynnissä"
alkaa = 2024-01-01
loppuu = 2025-12-31

[rahoitus]
yhteensa = 1000

[[rahoitus.osuudet]]
rahoittaja = "STM"
laji = "valtionavustus"
summa = 700
"#,
        ),
    ])
}

/// Links and sources of a page: (attribute value, element name).
fn references(doc: &Html) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (selector, attr) in [
        ("a[href]", "href"),
        ("link[href]", "href"),
        ("script[src]", "src"),
        ("img[src]", "src"),
        ("iframe[src]", "src"),
        ("source[src]", "src"),
        ("form[action]", "action"),
    ] {
        for e in doc.select(&sel(selector)) {
            out.push((
                e.value().attr(attr).unwrap().to_string(),
                e.value().name().to_string(),
            ));
        }
    }
    out
}

/// Checks every page of a site: see the module comment.
fn check_site(site: &Path) {
    let files = files_of(site);
    let pages: Vec<&String> = files.keys().filter(|k| k.ends_with(".html")).collect();
    assert!(!pages.is_empty());
    for rel in pages {
        let doc = page(site, rel);
        let html = doc.select(&sel("html")).next().unwrap();
        assert_eq!(html.value().attr("lang"), Some("fi"), "{rel}");
        assert_eq!(
            doc.select(&sel("main#sisalto")).count(),
            1,
            "{rel}: one main"
        );
        assert_eq!(doc.select(&sel("h1")).count(), 1, "{rel}: one h1");
        for (target, element) in references(&doc) {
            let external =
                target.contains("://") || target.starts_with("//") || target.starts_with("mailto:");
            if external {
                // Outside addresses only as links people follow, never as resources.
                assert_eq!(element, "a", "{rel}: {element} loads {target}");
                assert!(
                    target.starts_with("https://")
                        || target.starts_with("http://")
                        || target.starts_with("mailto:"),
                    "{rel}: link {target}"
                );
                continue;
            }
            assert!(!target.starts_with('/'), "{rel}: absolute link {target}");
            let path = target.split(['?', '#']).next().unwrap();
            if path.is_empty() {
                continue;
            }
            let base = Path::new(rel).parent().unwrap();
            let resolved = normalize(&base.join(percent_decode(path)));
            assert!(
                files.contains_key(&resolved),
                "{rel}: link {target} → {resolved} is not a written file"
            );
        }
        for table in doc.select(&sel("table")) {
            assert!(
                table.select(&sel("caption")).next().is_some(),
                "{rel}: a table without caption"
            );
            for th in table.select(&sel("th")) {
                assert!(
                    matches!(th.value().attr("scope"), Some("col" | "row")),
                    "{rel}: th without scope: {}",
                    th.html()
                );
            }
        }
        for input in doc.select(&sel("input:not([type=checkbox]), select")) {
            let id = input.value().attr("id").expect("a form field has an id");
            assert!(
                doc.select(&sel(&format!("label[for=\"{id}\"]")))
                    .next()
                    .is_some(),
                "{rel}: #{id} has no label"
            );
        }
        for svg in doc.select(&sel("svg")) {
            assert_eq!(svg.value().attr("role"), Some("img"), "{rel}");
            assert!(
                svg.select(&sel("title")).next().is_some(),
                "{rel}: svg without title"
            );
            assert!(
                svg.select(&sel("desc")).next().is_some(),
                "{rel}: svg without desc"
            );
        }
        assert!(
            doc.select(&sel("style, [style*='url(']")).next().is_none(),
            "{rel}: inline style sheet or url()"
        );
    }
    let css = String::from_utf8(files["site.css"].clone()).unwrap();
    assert!(
        !css.contains("url(") && !css.contains("@import"),
        "the stylesheet loads nothing"
    );
    let js = String::from_utf8(files["site.js"].clone()).unwrap();
    assert!(!js.contains("fetch(") && !js.contains("XMLHttpRequest") && !js.contains("innerHTML"));
}

/// `a/../b` → `b`, `/`-separated.
fn normalize(p: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                assert!(
                    parts.pop().is_some(),
                    "a link climbs out of the site: {}",
                    p.display()
                );
            }
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().to_string()),
            _ => {}
        }
    }
    parts.join("/")
}

#[test]
fn every_page_links_only_to_written_files_and_loads_nothing_from_elsewhere() {
    let (_tmp, site) = build_site(&reports());
    check_site(&site);
    let (_tmp2, site2) = build_site(&projects());
    check_site(&site2);
    let hostile = hostile_folder();
    let (_tmp3, site3) = build_site(hostile.path());
    check_site(&site3);
}

#[test]
fn the_front_page_lists_what_hanke_list_lists_in_its_order() {
    let (_tmp, site) = build_site(&reports());
    let doc = page(&site, "index.html");
    let ids: Vec<&str> = doc
        .select(&sel("#hankkeet tbody tr"))
        .map(|tr| tr.value().attr("data-id").unwrap())
        .collect();
    let listed = stdout_of(&reports(), &["list", "--format", "csv"]);
    assert_eq!(ids, csv_column(&listed, "id"));
    // Without JavaScript every row is shown and the filters are not offered.
    assert_eq!(doc.select(&sel("#hankkeet tbody tr[hidden]")).count(), 0);
    assert!(
        doc.select(&sel("form#suodattimet[hidden]"))
            .next()
            .is_some()
    );
    // The downloads are the CLI's own outputs.
    assert_eq!(
        std::fs::read_to_string(site.join("hankkeet.csv")).unwrap(),
        listed
    );
    assert_eq!(
        std::fs::read_to_string(site.join("hankkeet.json")).unwrap(),
        stdout_of(&reports(), &["list", "--format", "json"])
    );
    assert_eq!(
        std::fs::read_to_string(site.join("salkku/alfa.csv")).unwrap(),
        stdout_of(&reports(), &["list", "--salkku", "ALFA", "--format", "csv"])
    );
    // The broken record is named, not hidden.
    let notice = doc
        .select(&sel(".notice"))
        .next()
        .expect("a notice of the left-out record");
    assert!(notice.text().collect::<String>().contains("rikki.toml"));
}

#[test]
fn totals_are_the_reports_totals() {
    let (_tmp, site) = build_site(&reports());
    let doc = page(&site, "index.html");
    let status: String = doc.select(&sel("#tila")).next().unwrap().text().collect();
    let summary = stdout_of(&reports(), &["summary", "--format", "csv"]);
    let rows = csv_rows(&summary);
    let (mut plan, mut actual) = (rust_decimal::Decimal::ZERO, rust_decimal::Decimal::ZERO);
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let (p, a) = (col("suunniteltu"), col("toteutunut"));
    let known = |v: &str| v.parse::<rust_decimal::Decimal>().unwrap_or_default();
    for r in &rows[1..] {
        plan += known(&r[p]);
        actual += known(&r[a]);
    }
    let fi = |d: rust_decimal::Decimal| hanke::render::fi::money(d);
    assert!(
        status.contains(&format!("suunniteltu {}", fi(plan))),
        "{status} vs {plan}"
    );
    assert!(
        status.contains(&format!("toteutunut {}", fi(actual))),
        "{status} vs {actual}"
    );
    // A funder's page totals are `summary --by rahoittaja`'s row.
    let stm = page(&site, "rahoittaja/stm.html");
    let text: String = stm.select(&sel("table")).next().unwrap().text().collect();
    let by_funder = stdout_of(
        &reports(),
        &[
            "summary",
            "--by",
            "rahoittaja",
            "--rahoittaja",
            "STM",
            "--format",
            "csv",
        ],
    );
    let row = csv_rows(&by_funder)
        .into_iter()
        .find(|r| r[0] == "STM")
        .unwrap();
    assert!(
        text.contains(&fi(row[2].parse().unwrap())),
        "{text} vs {row:?}"
    );
}

#[test]
fn hostile_names_and_addresses_are_escaped() {
    let hostile = hostile_folder();
    let (_tmp, site) = build_site(hostile.path());
    for (rel, bytes) in files_of(&site).iter().filter(|(k, _)| k.ends_with(".html")) {
        let doc = Html::parse_document(std::str::from_utf8(bytes).unwrap());
        assert!(
            doc.select(&sel("img, iframe, object, embed, b, i"))
                .next()
                .is_none(),
            "{rel}: markup from a record became an element"
        );
        assert_eq!(
            doc.select(&sel("script")).count(),
            if rel == "index.html" { 2 } else { 0 },
            "{rel}: scripts"
        );
        assert!(
            doc.select(&sel("svg[onload], [onerror]")).next().is_none(),
            "{rel}"
        );
        for a in doc.select(&sel("a[href]")) {
            let href = a.value().attr("href").unwrap().to_ascii_lowercase();
            assert!(
                !href.starts_with("javascript:") && !href.starts_with("data:"),
                "{rel}: {href}"
            );
        }
    }
    let doc = page(&site, "hanke/paha.html");
    let text: String = doc.root_element().text().collect();
    assert!(
        text.contains("<img src=x onerror=alert(1)> & </script><!--"),
        "the name is shown as text"
    );
    assert!(
        text.contains("javascript:alert(5)"),
        "a script address is shown, as text"
    );
    let links: Vec<&str> = doc
        .select(&sel("a[href]"))
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert!(
        links.contains(&"https://example.com/a?b=1&c=\"2\""),
        "{links:?}"
    );
    // The data block parses as JSON and holds the names as written.
    let index = page(&site, "index.html");
    let data = index.select(&sel("script#hanke-data")).next().unwrap();
    let json: serde_json::Value = serde_json::from_str(&data.text().collect::<String>()).unwrap();
    assert!(
        json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["r"][0] == "</script><script>alert(7)</script>")
    );
    let raw = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(!raw.contains("</script><script>alert(7)"));
}

#[test]
fn a_records_diagnostics_are_a_notice_on_its_page() {
    let hostile = hostile_folder();
    let (_tmp, site) = build_site(hostile.path());
    let doc = page(&site, "hanke/vajaa.html");
    let notice = doc
        .select(&sel("section.notice.error"))
        .next()
        .expect("an error notice");
    let text: String = notice.text().collect();
    assert!(text.contains("virhe[H302]"), "{text}");
    assert!(text.contains("rivi 8, sarake 12"), "{text}");
    assert!(text.contains("varoitus[H204]"), "{text}");
    // A clean record has none.
    let (_tmp2, site2) = build_site(&reports());
    assert!(
        page(&site2, "hanke/zeta.html")
            .select(&sel(".notice"))
            .next()
            .is_none()
    );
}

#[test]
fn the_project_card_marks_derived_figures_and_links_both_ways() {
    let (_tmp, site) = build_site(&reports());
    let zeta = page(&site, "hanke/zeta.html");
    let plan = zeta.select(&sel("table")).next().unwrap();
    let first_row: String = plan
        .select(&sel("tbody tr"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(
        first_row.contains("STM") && first_row.contains("75\u{a0}%") && first_row.contains("*"),
        "{first_row}"
    );
    assert!(
        zeta.select(&sel("figure.chart svg")).next().is_some(),
        "the split as a picture"
    );
    let aalto = page(&site, "hanke/aalto.html");
    let kids: Vec<&str> = aalto
        .select(&sel("#osahankkeet ~ ul a"))
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(kids, ["aalto/etelainen.html", "aalto/pohjoinen.html"]);
    let child = page(&site, "hanke/aalto/etelainen.html");
    assert!(
        child
            .select(&sel("a[href=\"../aalto.html\"]"))
            .next()
            .is_some(),
        "the päähanke is linked"
    );
    assert!(
        child
            .select(&sel("a[href=\"etelainen.toml\"]"))
            .next()
            .is_some(),
        "the source is linked"
    );
    assert_eq!(
        std::fs::read(site.join("hanke/aalto/etelainen.toml")).unwrap(),
        std::fs::read(reports().join("aalto/etelainen.toml")).unwrap()
    );
}

/// The source beside a page is the record's file byte for byte (the text
/// loading kept, not read again), comments and all.
#[test]
fn each_record_source_is_published_byte_for_byte() {
    let data = copy_of(&reports());
    let record = data.path().join("aalto/etelainen.toml");
    let mut text = std::fs::read(&record).unwrap();
    text.extend(b"\r\n# kommentti \xC3\xA4\r\n");
    std::fs::write(&record, &text).unwrap();
    let (_out, site) = build_site(data.path());
    for rel in ["zeta.toml", "aani.toml", "aalto/etelainen.toml"] {
        assert_eq!(
            std::fs::read(site.join("hanke").join(rel)).unwrap(),
            std::fs::read(data.path().join(rel)).unwrap(),
            "{rel}"
        );
    }
}

/// A link in the output folder is never taken for the page it leads to,
/// even to a file with the page's very bytes: the page replaces the link,
/// and the file it led to is left alone.
#[test]
fn a_link_in_the_output_folder_is_replaced_by_the_page() {
    let (out, site) = build_site(&reports());
    let page = site.join("hanke/zeta.html");
    let elsewhere = out.path().join("elsewhere.html");
    std::fs::rename(&page, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &page).unwrap();
    let before = std::fs::read(&elsewhere).unwrap();
    stdout_of(&reports(), &["site", "-o", site.to_str().unwrap()]);
    assert!(
        std::fs::symlink_metadata(&page).unwrap().is_file(),
        "the link stayed"
    );
    assert_eq!(std::fs::read(&page).unwrap(), before);
    assert_eq!(std::fs::read(&elsewhere).unwrap(), before);
}

/// A named pipe where a page goes is replaced, not waited on.
#[test]
fn a_named_pipe_in_the_output_folder_is_replaced() {
    let (_out, site) = build_site(&reports());
    let page = site.join("hanke/zeta.html");
    let before = std::fs::read(&page).unwrap();
    std::fs::remove_file(&page).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&page)
        .status()
        .unwrap();
    assert!(made.success());
    stdout_of(&reports(), &["site", "-o", site.to_str().unwrap()]);
    assert!(std::fs::symlink_metadata(&page).unwrap().is_file());
    assert_eq!(std::fs::read(&page).unwrap(), before);
}

#[test]
fn two_runs_write_identical_files() {
    let (_a, one) = build_site(&reports());
    let (_b, two) = build_site(&reports());
    let (x, y) = (files_of(&one), files_of(&two));
    assert_eq!(x.keys().collect::<Vec<_>>(), y.keys().collect::<Vec<_>>());
    for (k, v) in &x {
        assert!(v == &y[k], "{k} differs between runs");
    }
    let xlsx = &x["salkku/alfa-talousarvio.xlsx"];
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.as_slice())).unwrap();
    let mut core = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("docProps/core.xml").unwrap(), &mut core)
        .unwrap();
    assert!(
        core.contains(">2026-11-23T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    assert!(zip.by_name("xl/worksheets/sheet1.xml").is_ok());
}

#[test]
fn only_an_empty_folder_or_an_old_site_is_replaced() {
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("notes.txt"), "mine").unwrap();
    let (code, _, err) = run_in(&reports(), &["site", "-o", out.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("ei ole tyhjä eikä `hanke site` ole kirjoittanut sitä"),
        "{err}"
    );
    assert!(out.path().join("notes.txt").exists());
    // A new git worktree holds only `.git`: it counts as empty, and keeps it.
    let worktree = out.path().join("gh-pages");
    std::fs::create_dir_all(worktree.join(".git")).unwrap();
    stdout_of(&reports(), &["site", "-o", worktree.to_str().unwrap()]);
    assert!(worktree.join("index.html").exists() && worktree.join(".git").is_dir());
    // An old site is replaced whole: a page of a record since removed goes.
    let data = copy_of(&reports());
    let site = out.path().join("site");
    stdout_of(data.path(), &["site", "-o", site.to_str().unwrap()]);
    assert!(site.join("hanke/orkki.html").exists());
    std::fs::remove_file(data.path().join("orkki.toml")).unwrap();
    stdout_of(data.path(), &["site", "-o", site.to_str().unwrap()]);
    assert!(!site.join("hanke/orkki.html").exists());
    assert!(site.join("index.html").exists());
}

/// Republishing leaves the files that did not change alone (the same inode,
/// not written again), replaces the ones that did, rewrites a file someone
/// changed in the published folder, and removes what the site no longer has
/// (a stale page, a temporary file of a killed run, an empty folder).
#[cfg(unix)]
#[test]
fn a_new_run_updates_the_folder_in_place() {
    use std::os::unix::fs::MetadataExt;
    let inode = |p: &Path| std::fs::metadata(p).unwrap().ino();
    let data = copy_of(&reports());
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    stdout_of(data.path(), &["site", "-o", site.to_str().unwrap()]);
    let kept = site.join("hanke/zeta.html");
    let changed = site.join("hanke/aani.html");
    let tampered = site.join("site.css");
    let (kept_ino, changed_ino) = (inode(&kept), inode(&changed));
    let css = std::fs::read(&tampered).unwrap();
    let mut bad = css.clone();
    bad[0] ^= 0x20;
    std::fs::write(&tampered, &bad).unwrap();
    let record = data.path().join("aani.toml");
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(&record, text.replacen("nimi = \"", "nimi = \"Uusi ", 1)).unwrap();

    let before = files_of(&site);
    std::fs::write(site.join("hanke/poistettu.html"), "old page").unwrap();
    std::fs::write(site.join("hanke/.hanke-tmp-AbC123"), "killed run").unwrap();
    std::fs::create_dir_all(site.join("vanha/kansio")).unwrap();
    std::fs::create_dir_all(site.join(".git/objects")).unwrap();
    std::fs::write(site.join(".git/HEAD"), "ref: refs/heads/gh-pages\n").unwrap();
    let (code, _, err) = run_in(data.path(), &["site", "-o", site.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(", poistettu 2"),
        "the stale page and the temporary: {err}"
    );
    assert_eq!(inode(&kept), kept_ino, "an unchanged page is left alone");
    assert_ne!(
        inode(&changed),
        changed_ino,
        "a changed page is written anew"
    );
    assert!(std::fs::read_to_string(&changed).unwrap().contains("Uusi "));
    assert_eq!(
        std::fs::read(&tampered).unwrap(),
        css,
        "a tampered file is rewritten"
    );
    assert!(
        !site.join("hanke/poistettu.html").exists(),
        "a stale page is removed"
    );
    assert!(
        !site.join("hanke/.hanke-tmp-AbC123").exists(),
        "a temporary is removed"
    );
    assert!(!site.join("vanha").exists(), "an empty folder is removed");
    assert!(site.join(".git/HEAD").exists(), "a worktree's .git is kept");
    assert!(site.join(".git/objects").is_dir());
    let site_files = |m: &BTreeMap<String, Vec<u8>>| -> BTreeMap<String, Vec<u8>> {
        m.iter()
            .filter(|(k, _)| !k.starts_with(".git/"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let after = site_files(&files_of(&site));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    let (_, _, err) = run_in(data.path(), &["site", "-o", site.to_str().unwrap()]);
    assert!(
        err.contains("kirjoitettu 0 uutta tai muuttunutta, poistettu 0"),
        "nothing changed: {err}"
    );
    let (_c, fresh) = build_site(data.path());
    assert!(
        after == files_of(&fresh),
        "an updated site equals a fresh one"
    );
}

#[test]
fn project_page_snapshot() {
    let (_tmp, site) = build_site(&reports());
    insta::assert_snapshot!(std::fs::read_to_string(site.join("hanke/zeta.html")).unwrap());
}

#[test]
fn salkku_page_snapshot() {
    let (_tmp, site) = build_site(&reports());
    insta::assert_snapshot!(std::fs::read_to_string(site.join("salkku/alfa.html")).unwrap());
}
