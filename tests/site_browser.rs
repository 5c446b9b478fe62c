//! `hanke site` in a real browser: Debian's chromium, headless, driven over
//! the DevTools protocol (headless_chrome, pointed at the installed binary;
//! nothing is downloaded).
//!
//! The front page's filters are checked against the library's own filter
//! ([`hanke::report::filter::Filter`]) over many queries, and against the
//! `hanke list` binary for a few; typing into the text filter updates the
//! table and the URL; screenshots of the front page, a project page and a
//! salkku page at desktop and phone widths are written to
//! `target/site-screenshots/` and must not be blank.
//!
//! Without chromium these tests print that they were skipped; with `CI=true`
//! a missing browser fails them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::types::Bounds;
use headless_chrome::{Browser, LaunchOptions, Tab};

use hanke::model::Vaihe;
use hanke::report::{Criteria, SortKey};
use hanke::report::{filter::Filter, list};

use crate::site::build_site;
use crate::util::*;

/// The chromium to use: `$HANKE_CHROMIUM`, else the first of the usual names on `$PATH`.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("HANKE_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ] {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// A headless browser, or `None` after saying loudly that the test is skipped.
fn browser(test: &str) -> Option<Browser> {
    let Some(path) = chromium() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but no chromium was found: the browser tests need Debian's `chromium` (apt-get install chromium)"
        );
        eprintln!(
            "\n************************************************************\n\
             SKIPPED {test}: no chromium found (set HANKE_CHROMIUM or install\n\
             Debian's `chromium`); the site's browser tests did not run.\n\
             ************************************************************\n"
        );
        return None;
    };
    let options = LaunchOptions::default_builder()
        .path(Some(path))
        .headless(true)
        .sandbox(false)
        .window_size(Some((1280, 900)))
        .idle_browser_timeout(Duration::from_secs(300))
        .build()
        .expect("launch options");
    Some(Browser::new(options).expect("chromium starts"))
}

fn file_url(path: &Path, query: &str) -> String {
    let mut url = format!("file://{}", path.display());
    if !query.is_empty() {
        url.push('?');
        url.push_str(query);
    }
    url
}

fn open(tab: &Tab, url: &str) {
    tab.navigate_to(url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab.wait_for_element("#sisalto").unwrap();
}

fn eval_json(tab: &Tab, js: &str) -> serde_json::Value {
    let wrapped = format!("JSON.stringify((function () {{ return {js}; }})())");
    let v = tab.evaluate(&wrapped, false).unwrap();
    let text = v.value.expect("a value").as_str().unwrap().to_string();
    serde_json::from_str(&text).unwrap()
}

fn visible_ids(tab: &Tab) -> Vec<String> {
    let v = eval_json(
        tab,
        "Array.from(document.querySelectorAll('#hankkeet tbody tr')).filter(function (tr) { return !tr.hidden; }).map(function (tr) { return tr.dataset.id; })",
    );
    serde_json::from_value(v).unwrap()
}

/// The report fixtures plus records whose text folds in tricky ways.
fn equivalence_folder() -> tempfile::TempDir {
    let dir = copy_of(&reports());
    std::fs::remove_file(dir.path().join("rikki.toml")).unwrap();
    std::fs::write(
        dir.path().join("sigma.toml"),
        "nimi = \"ΟΔΟΣ Café\"\nlyhenne = \"Odos\"\nsalkku = \" beta \"\nvaihe = \"suunnitteilla\"\n\
         alkaa = 2030-01-01\ntoteuttajat = [\"OUKA \"]\navainsanat = [\"İstanbul\", \"A\u{0308}a\u{0308}ni\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("rikki.toml"),
        "# Broken on purpose\nnimi = \"Rikki\n",
    )
    .unwrap();
    dir
}

/// Queries over every filter: each value alone, then pseudo-random combinations.
fn queries() -> Vec<Vec<(&'static str, &'static str)>> {
    let values: [(&str, &[&str]); 7] = [
        (
            "salkku",
            &["ALFA", "alfa", " beta ", "Beta", "GAMMA", "DELTA", "Ä"],
        ),
        (
            "vaihe",
            &[
                "käynnissä",
                "kaynnissa",
                "KÄYNNISSÄ",
                " päättynyt ",
                "suunnitteilla",
                "keskeytetty",
                "valmis",
            ],
        ),
        (
            "rahoittaja",
            &[
                "STM",
                "stm",
                "Sosiaali- ja terveysministeriö",
                "Ouka",
                " oulu ",
                "Kemi",
                "Tuntematon",
            ],
        ),
        (
            "toteuttaja",
            &["Oulun kaupunki", "Ouka", "Kemin kaupunki", "kemi", "OULU"],
        ),
        (
            "vuosi",
            &[
                "2024",
                "2025",
                "+2026",
                "2030",
                "1999",
                "abc",
                "99999999999",
                "300000",
                " 2025",
            ],
        ),
        ("paahanke", &["aalto", " aalto ", "zeta", "eiole", "rikki"]),
        (
            "hae",
            &[
                "aalto",
                "AALTO",
                "ääni",
                "aani",
                "Örkki",
                "hyvinvointi",
                "zeta-hanke",
                "",
                "  ",
                "pohj",
                "ΟΔΟΣ",
                "οδοσ",
                "odos",
                "istanbul",
                "cafe",
            ],
        ),
    ];
    let mut out: Vec<Vec<(&str, &str)>> = vec![Vec::new()];
    for (name, vals) in values {
        for v in vals {
            out.push(vec![(name, v)]);
        }
    }
    // A small LCG: the same combinations every run.
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    for _ in 0..250 {
        let mut q = Vec::new();
        for _ in 0..(1 + next(4)) {
            let (name, vals) = values[next(values.len())];
            q.push((name, vals[next(vals.len())]));
        }
        out.push(q);
    }
    out
}

fn encode(q: &[(&str, &str)]) -> String {
    q.iter()
        .map(|(k, v)| format!("{k}={}", hanke::site::links::encode_query_value(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// What `hanke list` selects for a query, through the library: `Err` where
/// the command would refuse the arguments.
fn oracle(corpus: &hanke::load::Corpus, q: &[(&str, &str)]) -> Result<Vec<String>, String> {
    let mut args = Criteria::default();
    for (k, v) in q {
        let v = v.to_string();
        match *k {
            "salkku" => args.salkku.push(v),
            // clap's parsers: Vaihe::parse, and an i64 that fits i32.
            "vaihe" => args.vaihe.push(Vaihe::parse(&v).ok_or("vaihe")?),
            "vuosi" => args.vuosi.push(
                v.parse::<i64>()
                    .ok()
                    .and_then(|n| i32::try_from(n).ok())
                    .ok_or("vuosi")?,
            ),
            "rahoittaja" => args.rahoittaja.push(v),
            "toteuttaja" => args.toteuttaja.push(v),
            "paahanke" => args.paahanke.push(v),
            "hae" => args.hae.push(v),
            _ => unreachable!(),
        }
    }
    let filter = Filter::new(&args, corpus).map_err(|e| e.to_string())?;
    Ok(
        list::list(filter.select(corpus), corpus, SortKey::Nimi, false)
            .rows
            .iter()
            .map(|r| r.project.id.clone())
            .collect(),
    )
}

#[test]
fn the_script_filters_exactly_as_hanke_list_does() {
    let Some(browser) = browser("the_script_filters_exactly_as_hanke_list_does") else {
        return;
    };
    let data = equivalence_folder();
    let (_tmp, site) = build_site(data.path());
    let corpus = hanke::load::load(data.path()).unwrap();
    let tab = browser.new_tab().unwrap();
    open(&tab, &file_url(&site.join("index.html"), ""));
    let mut checked = 0;
    for q in queries() {
        let got = eval_json(
            &tab,
            &format!(
                "hankeSite.select({})",
                serde_json::to_string(&encode(&q)).unwrap()
            ),
        );
        let errors = got["errors"].as_array().unwrap();
        let ids: Vec<String> = serde_json::from_value(got["ids"].clone()).unwrap();
        match oracle(&corpus, &q) {
            Ok(expected) => {
                assert!(
                    errors.is_empty(),
                    "{q:?}: the page refused what hanke list accepts: {errors:?}"
                );
                assert_eq!(ids, expected, "{q:?}");
            }
            Err(why) => {
                assert!(
                    !errors.is_empty(),
                    "{q:?}: hanke list refuses ({why}) but the page accepted it"
                );
                assert!(ids.is_empty(), "{q:?}");
            }
        }
        checked += 1;
    }
    assert!(checked > 300, "{checked} queries");
}

#[test]
fn a_filter_in_the_url_hides_the_rows_hanke_list_leaves_out() {
    let Some(browser) = browser("a_filter_in_the_url_hides_the_rows_hanke_list_leaves_out") else {
        return;
    };
    let (_tmp, site) = build_site(&reports());
    let tab = browser.new_tab().unwrap();
    let index = site.join("index.html");
    open(&tab, &file_url(&index, ""));
    let all = csv_column(&stdout_of(&reports(), &["list", "--format", "csv"]), "id");
    assert_eq!(visible_ids(&tab), all, "no filter: every row");
    let server_status: String = {
        let doc = crate::site::page(&site, "index.html");
        let s = scraper::Selector::parse("#tila").unwrap();
        doc.select(&s).next().unwrap().text().collect()
    };
    let status = eval_json(&tab, "document.getElementById('tila').textContent");
    assert_eq!(
        status.as_str().unwrap(),
        server_status,
        "the script counts the totals as summary does"
    );
    for (query, args) in [
        ("salkku=ALFA", vec!["--salkku", "ALFA"]),
        (
            "salkku=ALFA&hae=aalto",
            vec!["--salkku", "ALFA", "--hae", "aalto"],
        ),
        ("rahoittaja=Ouka", vec!["--rahoittaja", "Ouka"]),
        (
            "vaihe=kaynnissa&vaihe=p%C3%A4%C3%A4ttynyt",
            vec!["--vaihe", "kaynnissa", "--vaihe", "päättynyt"],
        ),
        (
            "vuosi=2026&toteuttaja=kemi",
            vec!["--vuosi", "2026", "--toteuttaja", "kemi"],
        ),
        ("paahanke=aalto", vec!["--paahanke", "aalto"]),
    ] {
        open(&tab, &file_url(&index, query));
        let mut full = vec!["list", "--format", "csv"];
        full.extend(args);
        let expected = csv_column(&stdout_of(&reports(), &full), "id");
        assert_eq!(visible_ids(&tab), expected, "?{query}");
        let hidden = eval_json(
            &tab,
            "document.querySelectorAll('#hankkeet tbody tr[hidden]').length",
        );
        assert_eq!(
            hidden.as_u64().unwrap() as usize,
            all.len() - expected.len(),
            "?{query}"
        );
    }
    // The form shows the filter the URL holds.
    open(&tab, &file_url(&index, "salkku=ALFA&hae=aalto"));
    let shown = eval_json(
        &tab,
        "[document.getElementById('f-hae').value, document.querySelector('input[name=salkku][value=ALFA]').checked, document.getElementById('suodattimet').hidden]",
    );
    assert_eq!(shown, serde_json::json!(["aalto", true, false]));
    // A value hanke list refuses: the reason, and no rows.
    open(&tab, &file_url(&index, "salkku=DELTA"));
    assert!(visible_ids(&tab).is_empty());
    let error = eval_json(
        &tab,
        "document.getElementById('f-virhe').hidden ? '' : document.getElementById('f-virhe').textContent",
    );
    assert!(error.as_str().unwrap().contains("DELTA"), "{error}");
}

#[test]
fn typing_into_the_text_filter_updates_the_table_and_the_url() {
    let Some(browser) = browser("typing_into_the_text_filter_updates_the_table_and_the_url") else {
        return;
    };
    let (_tmp, site) = build_site(&reports());
    let tab = browser.new_tab().unwrap();
    open(&tab, &file_url(&site.join("index.html"), ""));
    tab.wait_for_element("#f-hae").unwrap().click().unwrap();
    tab.type_str("pohj").unwrap();
    let expected = csv_column(
        &stdout_of(&reports(), &["list", "--format", "csv", "--hae", "pohj"]),
        "id",
    );
    assert_eq!(visible_ids(&tab), expected);
    assert!(!expected.is_empty() && expected.len() < 7, "{expected:?}");
    let search = eval_json(&tab, "window.location.search");
    assert_eq!(search.as_str().unwrap(), "?hae=pohj");
    // Keyboard only: Tab to the first salkku box, Space ticks it.
    tab.press_key("Tab").unwrap();
    tab.press_key(" ").unwrap();
    let search = eval_json(&tab, "window.location.search");
    assert_eq!(search.as_str().unwrap(), "?salkku=ALFA&hae=pohj");
    tab.wait_for_element("#f-tyhjenna")
        .unwrap()
        .click()
        .unwrap();
    assert_eq!(visible_ids(&tab).len(), 7);
    assert_eq!(
        eval_json(&tab, "window.location.search").as_str().unwrap(),
        ""
    );
}

/// Share of pixels that differ from the top-left pixel, and the number of distinct colours.
fn ink(png_bytes: &[u8]) -> (f64, usize, u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bpp = info.line_size / info.width as usize;
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(bpp).collect();
    let background = pixels[pixels.len() / 2 - info.width as usize / 2];
    let background = if pixels.iter().filter(|p| **p == background).count() * 2 > pixels.len() {
        background
    } else {
        pixels[0]
    };
    let differing = pixels.iter().filter(|p| **p != background).count();
    let mut colours: Vec<&[u8]> = pixels.clone();
    colours.sort_unstable();
    colours.dedup();
    (
        differing as f64 / pixels.len() as f64,
        colours.len(),
        info.width,
        info.height,
    )
}

#[test]
fn screenshots_at_desktop_and_phone_widths_are_not_blank() {
    let Some(browser) = browser("screenshots_at_desktop_and_phone_widths_are_not_blank") else {
        return;
    };
    let (_tmp, site) = build_site(&projects());
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/site-screenshots");
    std::fs::create_dir_all(&out).unwrap();
    let tab = browser.new_tab().unwrap();
    for (width, height, label) in [(1280.0, 900.0, "desktop"), (390.0, 844.0, "phone")] {
        tab.set_bounds(Bounds::Normal {
            left: Some(0),
            top: Some(0),
            width: Some(width),
            height: Some(height),
        })
        .unwrap();
        for (page, name) in [
            ("index.html", "etusivu"),
            ("hanke/hyve.html", "hanke"),
            ("salkku/konsti.html", "salkku"),
        ] {
            open(&tab, &file_url(&site.join(page), ""));
            let inner = eval_json(&tab, "window.innerWidth").as_f64().unwrap();
            assert!((inner - width).abs() < 40.0, "{label}: viewport {inner}");
            let scroll = eval_json(&tab, "document.documentElement.scrollWidth")
                .as_f64()
                .unwrap();
            assert!(
                scroll <= inner + 1.0,
                "{label} {page}: the page scrolls sideways ({scroll} > {inner})"
            );
            let png = tab
                .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
                .unwrap();
            std::fs::write(out.join(format!("{name}-{label}.png")), &png).unwrap();
            let (share, colours, w, _) = ink(&png);
            assert!(w > 300, "{name}-{label}: {w} px wide");
            assert!(
                share > 0.02,
                "{name}-{label}: only {share:.3} of the pixels are drawn"
            );
            assert!(colours > 16, "{name}-{label}: {colours} colours");
        }
    }
}

/// Not a check but a measurement for bench/RESULTS.md: the time from a
/// keystroke in the text filter to the updated table (input event, filter,
/// style, layout and the next frame), on the front page of a site built
/// beforehand: `HANKE_SITE_BENCH=DIR cargo test --test integration
/// keystroke -- --ignored --nocapture`.
#[test]
#[ignore = "a benchmark: needs HANKE_SITE_BENCH=DIR, a site built from a large corpus"]
fn keystroke_to_updated_table() {
    let Some(dir) = std::env::var_os("HANKE_SITE_BENCH") else {
        eprintln!("set HANKE_SITE_BENCH to a folder written by `hanke site`");
        return;
    };
    let Some(browser) = browser("keystroke_to_updated_table") else {
        return;
    };
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(120));
    open(&tab, &file_url(&PathBuf::from(dir).join("index.html"), ""));
    let rows = eval_json(
        &tab,
        "document.querySelectorAll('#hankkeet tbody tr').length",
    );
    let script = "(async function () {
        var input = document.getElementById('f-hae');
        var words = ['h', 'hy', 'hyv', 'hyvi', 'hyvin', 'hyvi', 'hyv', 'hy', 'h', '', 'k', 'ke', 'keh', 'kehi', 'kehit', 'kehi', 'keh', 'ke', 'k', ''];
        var times = [];
        for (var round = 0; round < 1; round++) {
          for (var i = 0; i < words.length; i++) {
            var t0 = performance.now();
            input.value = words[i];
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise(function (done) { requestAnimationFrame(function () { setTimeout(done, 0); }); });
            times.push(performance.now() - t0);
          }
        }
        times.sort(function (a, b) { return a - b; });
        return JSON.stringify({ median: times[times.length >> 1], p90: times[Math.floor(times.length * 0.9)], max: times[times.length - 1], n: times.length });
      })()";
    let v = tab.evaluate(script, true).unwrap();
    eprintln!(
        "keystroke → updated table, {rows} rows: {}",
        v.value.unwrap()
    );
}
