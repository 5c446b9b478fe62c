//! Markdown that cannot be injected (issue 12): hostile names, URLs and
//! file names through every Markdown writer (`show`, `list`, `budget`,
//! `summary`, `diff`, the `check` step summary), each output parsed with a
//! CommonMark/GFM parser: no HTML, no images, links only where hanke makes
//! them, tables whole, and each value read back exactly as the record has it.

use std::path::Path;
use std::process::Command;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::util::*;

/// A name with everything Markdown would act on.
const EVIL_NAME: &str = "<img src=x onerror=alert(1)> ![i](https://evil.example/n.png) <!-- | `x` *y* _z_ ~~s~~ $m$ [l](https://evil.example/l) &lt;";
/// A funder: a table break, a code span, HTML and an image.
const EVIL_FUNDER: &str = "Säätiö | ``t` <b>x</b> ![](https://evil.example/r.png) \\|";

fn record(nimi: &str, rahoittaja: &str, summa: u32) -> String {
    let toml_str = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    format!(
        r##"nimi = "{}"
salkku = "TESTI"
vaihe = "käynnissä"
alkaa = 2024-01-01
loppuu = 2025-12-31
tiivistelma = """
Tavallinen rivi.
===
# ei otsikko
<!-- kommentti
![t](https://evil.example/t.png)
- kohta <i>
1. numero
"""
tavoitteet = ["# ei otsikko", "<img src=x>", "1. ei lista"]
toteuttajat = ["A | B"]

[[yhteystiedot]]
rooli = "Vastaava | rooli"
nimi = "`Maija` <b>"

[[liitteet]]
nimi = "Liite ![x](https://evil.example/l.png)"
url = "https://ok.example/a b(c)\n![t](https://evil.example/t.png)"

[[liitteet]]
nimi = "Skripti"
url = "javascript:alert(1)"

[rahoitus]
yhteensa = 100

[[rahoitus.osuudet]]
rahoittaja = "{}"
laji = "oma"
summa = {summa}
"##,
        toml_str(nimi),
        toml_str(rahoittaja)
    )
}

/// What a Markdown document renders to, as far as these tests look.
#[derive(Default, Debug)]
struct Doc {
    headings: Vec<String>,
    /// Each table's rows (the header first), each row its cells' text.
    tables: Vec<Vec<Vec<String>>>,
    items: Vec<String>,
    paragraphs: Vec<String>,
    /// Destination and text of each link.
    links: Vec<(String, String)>,
    code: Vec<String>,
    /// What must never appear: images, HTML, math, footnotes, strikethrough.
    active: Vec<String>,
}

fn parse(md: &str) -> Doc {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM;
    let mut doc = Doc::default();
    // Open containers' text, innermost last; a closed one's text goes to its parent too.
    let mut open: Vec<String> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut link: Option<String> = None;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(tag) => {
                match &tag {
                    Tag::Image { dest_url, .. } => doc.active.push(format!("image {dest_url}")),
                    Tag::Link { dest_url, .. } => link = Some(dest_url.to_string()),
                    Tag::HtmlBlock => doc.active.push("html block".into()),
                    Tag::Strikethrough => doc.active.push("strikethrough".into()),
                    Tag::FootnoteDefinition(_) => doc.active.push("footnote".into()),
                    Tag::Table(_) => doc.tables.push(Vec::new()),
                    _ => {}
                }
                open.push(String::new());
            }
            Event::End(end) => {
                let text = open.pop().unwrap_or_default();
                if let Some(parent) = open.last_mut() {
                    parent.push_str(&text);
                }
                match end {
                    TagEnd::Heading(_) => doc.headings.push(text),
                    TagEnd::Paragraph => doc.paragraphs.push(text),
                    TagEnd::Item => doc.items.push(text),
                    TagEnd::TableCell => row.push(text),
                    TagEnd::TableHead | TagEnd::TableRow => doc
                        .tables
                        .last_mut()
                        .unwrap()
                        .push(std::mem::take(&mut row)),
                    TagEnd::Link => doc.links.push((link.take().unwrap(), text)),
                    _ => {}
                }
            }
            Event::Text(t) => open.last_mut().unwrap().push_str(&t),
            Event::Code(c) => {
                doc.code.push(c.to_string());
                open.last_mut().unwrap().push_str(&format!("`{c}`"));
            }
            Event::SoftBreak | Event::HardBreak => open.last_mut().unwrap().push(' '),
            Event::Html(h) | Event::InlineHtml(h) => doc.active.push(format!("html {h}")),
            Event::InlineMath(m) | Event::DisplayMath(m) => doc.active.push(format!("math {m}")),
            Event::FootnoteReference(f) => doc.active.push(format!("footnote {f}")),
            _ => {}
        }
    }
    doc
}

/// Nothing active, every table row as wide as its header, links only to
/// `ok.example`.
fn assert_inert(what: &str, md: &str) -> Doc {
    let doc = parse(md);
    assert!(doc.active.is_empty(), "{what}: {:?}\n{md}", doc.active);
    for table in &doc.tables {
        for row in table {
            assert_eq!(
                row.len(),
                table[0].len(),
                "{what}: a broken row {row:?}\n{md}"
            );
        }
    }
    for (dest, _) in &doc.links {
        assert!(
            dest.starts_with("https://ok.example/"),
            "{what}: a link to {dest}\n{md}"
        );
    }
    doc
}

/// The cell in a table row whose first cell is `first`, at column `col`.
fn cell<'a>(doc: &'a Doc, first: &str, col: usize) -> &'a str {
    doc.tables
        .iter()
        .flatten()
        .find(|r| r[0] == first)
        .unwrap_or_else(|| panic!("no row starting {first:?} in {:?}", doc.tables))[col]
        .as_str()
}

fn evil_folder() -> tempfile::TempDir {
    folder(&[("x.toml", &record(EVIL_NAME, EVIL_FUNDER, 100))])
}

#[test]
fn show_renders_hostile_text_as_text() {
    let dir = evil_folder();
    let md = stdout_of(dir.path(), &["show", "x", "--format", "md"]);
    let doc = assert_inert("show", &md);
    assert_eq!(doc.headings[0], EVIL_NAME);
    assert_eq!(cell(&doc, "Hankkeen nimi", 1), EVIL_NAME);
    assert!(
        doc.headings.iter().all(|h| !h.contains("ei otsikko")),
        "{:?}",
        doc.headings
    );
    let tiivistelma = doc
        .paragraphs
        .iter()
        .find(|p| p.starts_with("Tavallinen rivi."))
        .unwrap();
    assert_eq!(
        tiivistelma,
        "Tavallinen rivi. === # ei otsikko <!-- kommentti ![t](https://evil.example/t.png)"
    );
    for item in [
        "kohta <i>",
        "numero",
        "# ei otsikko",
        "<img src=x>",
        "1. ei lista",
        "A | B",
    ] {
        assert!(
            doc.items.iter().any(|i| i == item),
            "no item {item:?} in {:?}",
            doc.items
        );
    }
    assert_eq!(cell(&doc, "Vastaava | rooli", 1), "`Maija` <b>");
    assert_eq!(cell(&doc, EVIL_FUNDER, 4), "100\u{a0}€");
    // The URL's line break cannot start an image: the link holds all of it.
    assert_eq!(
        doc.links,
        [(
            "https://ok.example/a%20b%28c%29%0A!%5Bt%5D%28https://evil.example/t.png%29"
                .to_string(),
            "Liite ![x](https://evil.example/l.png)".to_string()
        )]
    );
    assert!(
        doc.items
            .iter()
            .any(|i| i == "Skripti: javascript:alert(1)"),
        "{:?}",
        doc.items
    );
}

#[test]
fn list_budget_and_summary_render_hostile_names_as_text() {
    let dir = evil_folder();
    let md = stdout_of(dir.path(), &["list", "--format", "md"]);
    let doc = assert_inert("list", &md);
    assert_eq!(cell(&doc, "x", 1), EVIL_NAME);

    let md = stdout_of(dir.path(), &["budget", "x", "--format", "md"]);
    let doc = assert_inert("budget", &md);
    assert_eq!(doc.headings[0], format!("Talousarvio: {EVIL_NAME} (x)"));
    assert_eq!(cell(&doc, EVIL_FUNDER, 1), "oma");

    let md = stdout_of(
        dir.path(),
        &["budget", "--salkku", "TESTI", "--format", "md"],
    );
    let doc = assert_inert("budget --salkku", &md);
    assert_eq!(cell(&doc, EVIL_FUNDER, 2), "100\u{a0}€");

    let md = stdout_of(
        dir.path(),
        &["summary", "--by", "rahoittaja", "--format", "md"],
    );
    let doc = assert_inert("summary", &md);
    assert_eq!(cell(&doc, EVIL_FUNDER, 1), "1");
}

/// `git` in `dir` with no user or system configuration.
fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .args(["-c", "user.name=t", "-c", "user.email=t@t"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

#[test]
fn diff_renders_hostile_names_ids_and_messages_as_text() {
    let repo = tempfile::tempdir().unwrap();
    let data = repo.path().join("projects");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("hanke.toml"), REGISTRY).unwrap();
    let id = "a`b|c";
    std::fs::write(
        data.join(format!("{id}.toml")),
        record(EVIL_NAME, EVIL_FUNDER, 100),
    )
    .unwrap();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "base"]);
    // The shares no longer add up: a new error whose message quotes values.
    std::fs::write(
        data.join(format!("{id}.toml")),
        record(EVIL_NAME, EVIL_FUNDER, 90),
    )
    .unwrap();
    let out = hanke()
        .current_dir(repo.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .args(["diff", "main", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let md = String::from_utf8(out.stdout).unwrap();
    let doc = assert_inert("diff", &md);
    assert!(
        doc.headings
            .iter()
            .any(|h| *h == format!("{EVIL_NAME} (`{id}`)")),
        "{:?}\n{md}",
        doc.headings
    );
    assert!(doc.code.iter().any(|c| c == id), "{:?}", doc.code);
    assert_eq!(cell(&doc, EVIL_FUNDER, 1), "oma");
    let location = format!("projects/{id}.toml:");
    assert!(
        doc.code.iter().any(|c| c.starts_with(&location)),
        "{:?}\n{md}",
        doc.code
    );
}

#[test]
fn the_step_summary_keeps_its_table_whole() {
    let name = "we|ird`name";
    let rec = "nimi = \"X\"\nsalkku = \"NO|T`HERE\"\nvaihe = \"käynnissä\"\nalkaa = 2024-01-01\n";
    let dir = folder(&[(&format!("{name}.toml"), rec)]);
    let summary = tempfile::NamedTempFile::new().unwrap();
    let out = hanke()
        .current_dir(dir.path())
        .arg("--projects")
        .arg(".")
        .args(["check", "--format", "github"])
        .env("GITHUB_STEP_SUMMARY", summary.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let md = std::fs::read_to_string(summary.path()).unwrap();
    let doc = assert_inert("step summary", &md);
    let rows: Vec<&Vec<String>> = doc.tables[0].iter().skip(1).collect();
    assert!(!rows.is_empty(), "{md}");
    for row in rows {
        assert_eq!(row[2], format!("`{name}.toml`"), "{md}");
    }
    assert!(
        doc.code.iter().any(|c| c == "NO|T`HERE"),
        "{:?}\n{md}",
        doc.code
    );
}
