//! End-to-end tests of `import_page` on whole pages: the real seed page of
//! the City of Oulu project database, and variant pages written to cover
//! each funding shape and text layout the importer must handle.
//!
//! Every record is parsed back with `toml_edit` and checked field by field,
//! so a test fails on what a user would see, not on how the text is laid out.

use std::str::FromStr;

use hanke::import::{ImportError, Imported, Known, import_page, import_page_with, slug};
use rust_decimal::Decimal;
use toml_edit::{DocumentMut, Item, Table};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Import a fixture; the record must be valid TOML with the schema line.
fn import(name: &str) -> (Imported, DocumentMut) {
    let imported = import_page(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(
        imported
            .toml
            .starts_with("#:schema ../schemas/hanke.schema.json\n\nnimi = "),
        "{name}: record must open with the schema line:\n{}",
        imported.toml
    );
    let doc = imported.toml.parse::<DocumentMut>().unwrap_or_else(|e| {
        panic!(
            "{name}: emitted TOML does not parse: {e}\n{}",
            imported.toml
        )
    });
    (imported, doc)
}

fn string<'a>(item: &'a Item, key: &str) -> Option<&'a str> {
    item.get(key).and_then(Item::as_str)
}

fn date(doc: &DocumentMut, key: &str) -> Option<String> {
    doc.get(key)
        .and_then(Item::as_datetime)
        .map(|d| d.to_string())
}

/// A money value: an integer, or an exact decimal string (`"1234.50"`).
fn money(item: &Item, key: &str) -> Option<Decimal> {
    let value = item.get(key)?;
    if let Some(i) = value.as_integer() {
        return Some(Decimal::from(i));
    }
    let s = value
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` must be an integer or a string, got {value:?}"));
    Some(Decimal::from_str(s).unwrap())
}

/// `osuus` as written: `75` or `11.3`.
fn osuus(item: &Item) -> Option<String> {
    let value = item.get("osuus")?;
    value
        .as_integer()
        .map(|i| i.to_string())
        .or_else(|| value.as_value().map(|v| v.to_string().trim().to_string()))
}

fn table<'a>(doc: &'a DocumentMut, key: &str) -> &'a Table {
    doc.get(key)
        .and_then(Item::as_table)
        .unwrap_or_else(|| panic!("no [{key}] table"))
}

/// The entries of `[[<key>.<list>]]` as items.
fn entries<'a>(doc: &'a DocumentMut, key: &str, list: &str) -> Vec<&'a Table> {
    table(doc, key)
        .get(list)
        .and_then(Item::as_array_of_tables)
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

/// One expected `[[…osuudet]]` entry.
struct Expect<'a> {
    rahoittaja: &'a str,
    laji: Option<&'a str>,
    ohjelma: Option<&'a str>,
    osuus: Option<&'a str>,
    summa: Option<&'a str>,
}

fn assert_shares(doc: &DocumentMut, key: &str, expected: &[Expect]) {
    let shares = entries(doc, key, "osuudet");
    assert_eq!(shares.len(), expected.len(), "number of {key} shares");
    for (got, want) in shares.iter().zip(expected) {
        let got = Item::Table((*got).clone());
        let who = want.rahoittaja;
        assert_eq!(string(&got, "rahoittaja"), Some(who));
        assert_eq!(string(&got, "laji"), want.laji, "{who}: laji");
        assert_eq!(string(&got, "ohjelma"), want.ohjelma, "{who}: ohjelma");
        assert_eq!(osuus(&got).as_deref(), want.osuus, "{who}: osuus");
        assert_eq!(
            money(&got, "summa"),
            want.summa.map(|s| Decimal::from_str(s).unwrap()),
            "{who}: summa"
        );
    }
}

/// The funding rules of `hanke check` for one table: amounts add up to the
/// total, and each stated percentage matches its amount at its precision.
fn assert_consistent(doc: &DocumentMut, key: &str) {
    let t = Item::Table(table(doc, key).clone());
    let shares: Vec<Item> = entries(doc, key, "osuudet")
        .into_iter()
        .map(|s| Item::Table(s.clone()))
        .collect();
    let amounts: Option<Vec<Decimal>> = shares.iter().map(|s| money(s, "summa")).collect();
    let total = money(&t, "yhteensa").or(amounts.as_ref().map(|a| a.iter().sum()));
    if let (Some(total), Some(amounts)) = (total, &amounts) {
        assert_eq!(amounts.iter().sum::<Decimal>(), total, "{key}: sum");
    }
    for s in &shares {
        let (Some(p), Some(summa), Some(total)) = (osuus(s), money(s, "summa"), total) else {
            continue;
        };
        let scale = p.split_once('.').map_or(0, |(_, f)| f.len() as u32);
        let actual = (summa * Decimal::ONE_HUNDRED / total).round_dp(scale);
        assert_eq!(actual, Decimal::from_str(&p).unwrap(), "{key}: osuus {p}");
    }
}

fn has_review(imported: &Imported, needle: &str) -> bool {
    imported.review.iter().any(|r| r.contains(needle))
}

// --- the real page -------------------------------------------------------

#[test]
fn seed_page_top_level_fields() {
    let (imported, doc) = import("oulu-000-hyve.txt");
    let nimi =
        "Hyve - johtamisen kartta - Vuorovaikutuksellisella johtamisella uusiin tavoitteisiin";
    assert_eq!(imported.nimi, nimi);
    assert_eq!(doc["nimi"].as_str(), Some(nimi));
    assert_eq!(doc["tyyppi"].as_str(), Some("Oulun kaupungin hanke"));
    assert_eq!(doc["salkku"].as_str(), Some("KONSTI"));
    assert_eq!(
        imported.salkku,
        Some((
            "KONSTI".to_string(),
            "Elämänhallinta- ja hyvinvointiohjelma 2010-2013".to_string()
        ))
    );
    assert_eq!(doc["vaihe"].as_str(), Some("päättynyt"));
    assert_eq!(date(&doc, "alkaa").as_deref(), Some("2012-03-01"));
    assert_eq!(date(&doc, "loppuu").as_deref(), Some("2014-10-31"));
    let toteuttajat: Vec<&str> = doc["toteuttajat"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(
        toteuttajat,
        vec![
            "Oulun kaupunki",
            "Oulunkaaren kuntayhtymä",
            "Kainuun maakuntakuntayhtymä"
        ]
    );
    assert_eq!(imported.suggested_id, "hyve-johtamisen-kartta");
    assert!(doc.get("lyhenne").is_none() && doc.get("hallinnoija").is_none());
}

#[test]
fn seed_page_toteuma() {
    let (_, doc) = import("oulu-000-hyve.txt");
    assert!(doc.get("rahoitus").is_none());
    let toteuma = Item::Table(table(&doc, "toteuma").clone());
    assert_eq!(money(&toteuma, "yhteensa"), Some(Decimal::from(1_047_935)));
    assert_shares(
        &doc,
        "toteuma",
        &[
            Expect {
                rahoittaja: "STM",
                laji: Some("valtionavustus"),
                ohjelma: Some("Kaste"),
                osuus: Some("75"),
                summa: Some("785951"),
            },
            Expect {
                rahoittaja: "Oulun kaupunki",
                laji: Some("oma"),
                ohjelma: None,
                osuus: Some("11"),
                summa: Some("118443"),
            },
            Expect {
                rahoittaja: "Kainuun sosiaali- ja terveydenhuollon kuntayhtymä",
                laji: Some("oma"),
                ohjelma: None,
                osuus: None,
                summa: Some("111897"),
            },
            Expect {
                rahoittaja: "Oulunkaaren kuntayhtymä",
                laji: Some("oma"),
                ohjelma: None,
                osuus: None,
                summa: Some("31644"),
            },
        ],
    );
    assert_consistent(&doc, "toteuma");
}

#[test]
fn seed_page_prose_without_the_funding_block() {
    let (_, doc) = import("oulu-000-hyve.txt");
    let tiivistelma = doc["tiivistelma"].as_str().unwrap();
    assert!(tiivistelma.starts_with("Hyve-johtamisen kartta hanke muodostuu"));
    assert!(tiivistelma.contains("3. (Lähi)esimiestyön kehittäminen"));
    let toimenpiteet = doc["toimenpiteet"].as_str().unwrap();
    assert!(toimenpiteet.starts_with("Koordinaatiohankkeessa:"));
    assert!(
        toimenpiteet
            .trim_end()
            .ends_with("Tuotettu esimiesopas esimiestyön tukemiseksi.")
    );
    assert!(
        !toimenpiteet.contains("euroa"),
        "funding block left in the text"
    );
    assert!(!toimenpiteet.contains('\u{a0}'));
}

#[test]
fn seed_page_contacts_and_attachments() {
    let (imported, doc) = import("oulu-000-hyve.txt");
    let people = doc["yhteystiedot"].as_array_of_tables().unwrap();
    let got: Vec<(Option<&str>, Option<&str>, Option<&str>)> = people
        .iter()
        .map(|p| {
            (
                p.get("nimi").and_then(Item::as_str),
                p.get("puhelin").and_then(Item::as_str),
                p.get("email").and_then(Item::as_str),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                Some("Kirsti Ylitalo-Katajisto"),
                None,
                Some("kirsti.ylitalo-katajisto@ouka.fi")
            ),
            (
                Some("Päivi Visuri"),
                Some("044-7034555"),
                Some("paivi.visuri@ouka.fi")
            ),
            (
                Some("Taija Rintamäki"),
                Some("044 7034557"),
                Some("taija.rintamaki@ouka.fi")
            ),
            (
                Some("Arja Heikkinen"),
                Some("044 7034034"),
                Some("arja.heikkinen@ouka.fi")
            ),
        ]
    );
    assert_eq!(
        people.get(1).unwrap().get("rooli").and_then(Item::as_str),
        Some("Projektijohtaja")
    );
    // The page's text is kept as a comment, and "Logot" (no URL) too.
    assert!(
        imported
            .toml
            .contains("#   Projektijohtaja Päivi Visuri, 044-7034555")
    );
    assert!(
        imported
            .toml
            .contains("# Liitteet, joilla ei ole sivulla linkkiä: Logot")
    );
    assert!(doc.get("liitteet").is_none());
    assert!(has_review(&imported, "`Logot` ei ole sivulla linkkiä"));
}

#[test]
fn seed_page_keys_in_documented_order() {
    let (imported, _) = import("oulu-000-hyve.txt");
    let order = [
        "\nnimi = ",
        "\ntyyppi = ",
        "\nsalkku = ",
        "\nvaihe = ",
        "\nalkaa = ",
        "\nloppuu = ",
        "\ntoteuttajat = ",
        "\ntiivistelma = ",
        "\ntoimenpiteet = ",
        "\n[[yhteystiedot]]",
        "\n[toteuma]",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|k| {
            imported
                .toml
                .find(k)
                .unwrap_or_else(|| panic!("missing {k}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
}

#[test]
fn seed_page_with_other_spaces_and_line_ends_gives_the_same_record() {
    let original = fixture("oulu-000-hyve.txt");
    let expected = import_page(&original).unwrap();
    let narrow = original
        .replace("785 951", "785\u{202f}951")
        .replace("118 443", "118\u{a0}443")
        .replace("1 047 935", "1\u{a0}047\u{a0}935");
    let crlf = narrow.replace('\n', "\r\n");
    assert_eq!(import_page(&crlf).unwrap(), expected);
}

// --- funding shapes ------------------------------------------------------

#[test]
fn plan_with_percent_dash_amount_lines() {
    let (imported, doc) = import("variant-suunnitelma.txt");
    assert_eq!(doc["vaihe"].as_str(), Some("käynnissä"));
    assert_eq!(date(&doc, "alkaa").as_deref(), Some("2013-11-01"));
    assert!(doc.get("toteuma").is_none());
    let rahoitus = Item::Table(table(&doc, "rahoitus").clone());
    assert_eq!(money(&rahoitus, "yhteensa"), Some(Decimal::from(400_035)));
    assert_shares(
        &doc,
        "rahoitus",
        &[
            Expect {
                rahoittaja: "STM",
                laji: Some("valtionavustus"),
                ohjelma: Some("Kaste"),
                osuus: Some("75"),
                summa: Some("300026"),
            },
            Expect {
                rahoittaja: "Oulun kaupunki",
                laji: Some("oma"),
                ohjelma: None,
                osuus: Some("25"),
                summa: Some("100009"),
            },
        ],
    );
    assert_consistent(&doc, "rahoitus");
    let toimenpiteet = doc["toimenpiteet"].as_str().unwrap();
    assert_eq!(
        toimenpiteet,
        "Hanke jatkaa Tukeva 2 -hankkeen työtä.\n\nHankkeen tulokset raportoidaan vuosittain.\n"
    );
    let link = &doc["liitteet"]
        .as_array_of_tables()
        .unwrap()
        .get(0)
        .unwrap()
        .clone();
    assert_eq!(
        link.get("nimi").and_then(Item::as_str),
        Some("Hankkeen nettisivut")
    );
    assert_eq!(
        link.get("url").and_then(Item::as_str),
        Some("http://www.ouka.fi/tukeva")
    );
    let person = doc["yhteystiedot"]
        .as_array_of_tables()
        .unwrap()
        .get(0)
        .unwrap()
        .clone();
    assert_eq!(
        person.get("email").and_then(Item::as_str),
        Some("liisa.makela@ouka.fi")
    );
    assert_eq!(
        person.get("puhelin").and_then(Item::as_str),
        Some("040 123 4567")
    );
    assert!(imported.review.is_empty(), "{:?}", imported.review);
}

#[test]
fn euro_signs_and_no_break_spaces_without_percentages() {
    let (imported, doc) = import("variant-euro-nbsp.txt");
    assert_eq!(doc["salkku"].as_str(), Some("HYTE"));
    assert_eq!(doc["vaihe"].as_str(), Some("suunnitteilla"));
    let rahoitus = Item::Table(table(&doc, "rahoitus").clone());
    assert_eq!(money(&rahoitus, "yhteensa"), Some(Decimal::from(225_000)));
    assert_shares(
        &doc,
        "rahoitus",
        &[
            Expect {
                rahoittaja: "THL",
                laji: Some("valtionavustus"),
                ohjelma: None,
                osuus: None,
                summa: Some("150000"),
            },
            Expect {
                rahoittaja: "Oulun kaupunki",
                laji: Some("oma"),
                ohjelma: None,
                osuus: None,
                summa: Some("50000"),
            },
            Expect {
                rahoittaja: "Pohjois-Pohjanmaan sairaanhoitopiiri",
                laji: Some("oma"),
                ohjelma: None,
                osuus: None,
                summa: Some("25000"),
            },
        ],
    );
    assert_consistent(&doc, "rahoitus");
    assert!(imported.review.is_empty(), "{:?}", imported.review);
}

#[test]
fn e_suffix_and_cents_in_actual_figures() {
    let (_, doc) = import("variant-e-cents.txt");
    let toteuma = Item::Table(table(&doc, "toteuma").clone());
    assert_eq!(
        toteuma.get("yhteensa").and_then(Item::as_str),
        Some("75205.83"),
        "cents are written as an exact string"
    );
    assert_shares(
        &doc,
        "toteuma",
        &[
            Expect {
                rahoittaja: "ESR",
                laji: Some("muu-julkinen"),
                ohjelma: None,
                osuus: Some("60"),
                summa: Some("45123.50"),
            },
            Expect {
                rahoittaja: "Oulun kaupunki",
                laji: Some("oma"),
                ohjelma: None,
                osuus: Some("40"),
                summa: Some("30082.33"),
            },
        ],
    );
    let first = entries(&doc, "toteuma", "osuudet")[0];
    assert_eq!(first.get("summa").and_then(Item::as_str), Some("45123.50"));
    assert_consistent(&doc, "toteuma");
    let person = doc["yhteystiedot"]
        .as_array_of_tables()
        .unwrap()
        .get(0)
        .unwrap()
        .clone();
    assert_eq!(
        person.get("email").and_then(Item::as_str),
        Some("anna-maija.karkkainen@ouka.fi")
    );
}

#[test]
fn muut_osallistujat_become_in_kind_entries() {
    let (imported, doc) = import("variant-muut.txt");
    assert_consistent(&doc, "rahoitus");
    let muut: Vec<Item> = entries(&doc, "rahoitus", "muut")
        .into_iter()
        .map(|m| Item::Table(m.clone()))
        .collect();
    assert_eq!(muut.len(), 2);
    assert_eq!(string(&muut[0], "rahoittaja"), Some("Tekes"));
    assert_eq!(string(&muut[0], "kuvaus"), Some("konsulttipalvelut"));
    assert_eq!(money(&muut[0], "summa"), Some(Decimal::from(60_000)));
    assert_eq!(string(&muut[1], "rahoittaja"), Some("Oulun yliopisto"));
    assert_eq!(string(&muut[1], "kuvaus"), Some("tutkimusyhteistyö"));
    assert_eq!(money(&muut[1], "summa"), Some(Decimal::from(15_000)));
    // A participant without an amount is kept as a comment and reported.
    assert!(
        imported
            .toml
            .contains("#   Pohjois-Pohjanmaan liitto: asiantuntija-apu")
    );
    assert!(has_review(
        &imported,
        "Pohjois-Pohjanmaan liitto: asiantuntija-apu"
    ));
    assert!(!doc["toimenpiteet"].as_str().unwrap().contains("liitto"));
}

#[test]
fn unknown_funders_are_left_for_a_person() {
    let (imported, doc) = import("variant-unknown-funder.txt");
    assert_shares(
        &doc,
        "rahoitus",
        &[
            Expect {
                rahoittaja: "Raha-automaattiyhdistys",
                laji: None,
                ohjelma: None,
                osuus: None,
                summa: Some("40000"),
            },
            Expect {
                rahoittaja: "Business Finland",
                laji: Some("valtionavustus"),
                ohjelma: None,
                osuus: None,
                summa: Some("30000"),
            },
            Expect {
                rahoittaja: "EAKR",
                laji: Some("muu-julkinen"),
                ohjelma: None,
                osuus: None,
                summa: Some("20000"),
            },
            Expect {
                rahoittaja: "Pohjois-Pohjanmaan liitto",
                laji: None,
                ohjelma: None,
                osuus: None,
                summa: Some("10000"),
            },
        ],
    );
    assert_consistent(&doc, "rahoitus");
    assert_eq!(imported.toml.matches("# TODO laji").count(), 2);
    assert!(has_review(&imported, "`Raha-automaattiyhdistys`"));
    assert!(has_review(&imported, "`Pohjois-Pohjanmaan liitto`"));
    assert_eq!(imported.review.len(), 2, "{:?}", imported.review);
    let person = doc["yhteystiedot"]
        .as_array_of_tables()
        .unwrap()
        .get(0)
        .unwrap()
        .clone();
    assert_eq!(
        person.get("nimi").and_then(Item::as_str),
        Some("Pekka Lehto")
    );
    assert_eq!(
        person.get("rooli").and_then(Item::as_str),
        Some("Kulttuurituottaja")
    );
}

#[test]
fn text_that_cannot_be_placed_is_a_comment_and_a_review_line() {
    let (imported, doc) = import("variant-unplaced.txt");
    // Inside the block: comments in the table, and review lines.
    assert!(
        imported
            .toml
            .contains("#   Rahoituksen loppuosa tarkentuu syksyllä")
    );
    assert!(imported.toml.contains("#   Henkilöstömenot 180 000 euroa"));
    assert!(has_review(
        &imported,
        "Rahoituksen loppuosa tarkentuu syksyllä"
    ));
    assert!(has_review(&imported, "kustannusrivi, ei rahoittaja"));
    // The page's figures do not add up: kept as the page says, reported.
    let rahoitus = Item::Table(table(&doc, "rahoitus").clone());
    assert_eq!(money(&rahoitus, "yhteensa"), Some(Decimal::from(200_000)));
    assert_shares(
        &doc,
        "rahoitus",
        &[
            Expect {
                rahoittaja: "STM",
                laji: Some("valtionavustus"),
                ohjelma: None,
                osuus: Some("75"),
                summa: Some("150000"),
            },
            Expect {
                rahoittaja: "Oulun kaupunki",
                laji: Some("oma"),
                ohjelma: None,
                osuus: Some("25"),
                summa: Some("60000"),
            },
        ],
    );
    assert!(has_review(&imported, "yhteensä 210\u{a0}000\u{a0}€"));
    // A sentence with an amount after the block stays in the text.
    assert!(
        doc["toimenpiteet"]
            .as_str()
            .unwrap()
            .contains("Hanke sai lisäksi 5 000 euroa lahjoituksena.")
    );
    assert!(has_review(&imported, "rahoituslohkon ulkopuolinen summa"));
    // Unknown stage and unreadable date: kept with a TODO.
    assert_eq!(doc["vaihe"].as_str(), Some("Odottaa päätöstä"));
    assert!(imported.toml.contains("# TODO vaihe"));
    assert!(doc.get("alkaa").is_none());
    assert!(
        imported
            .toml
            .contains("# TODO alkaa: sivulla lukee `syksy 2016`")
    );
    assert_eq!(date(&doc, "loppuu").as_deref(), Some("2018-12-31"));
    // A listed funder with no figures, a contact without a name, attachments
    // without links: all kept as comments.
    assert!(imported.toml.contains("Lastensuojelun Keskusliitto"));
    assert!(
        imported
            .toml
            .contains("#   hankkeen toimisto, perhekeskus@ouka.fi")
    );
    assert!(imported.toml.contains("Logot; Esite"));
    assert!(doc.get("yhteystiedot").is_none());
}

#[test]
fn crlf_page() {
    let (imported, doc) = import("variant-crlf.txt");
    assert_eq!(
        doc["nimi"].as_str(),
        Some("Mielenterveyspalvelujen rakennemuutos")
    );
    assert_eq!(doc["vaihe"].as_str(), Some("käynnissä"));
    assert_eq!(date(&doc, "loppuu").as_deref(), Some("2016-12-31"));
    assert!(!imported.toml.contains('\r'));
    assert_shares(
        &doc,
        "toteuma",
        &[
            Expect {
                rahoittaja: "STM",
                laji: Some("valtionavustus"),
                ohjelma: Some("Kaste"),
                osuus: Some("75"),
                summa: Some("412500"),
            },
            Expect {
                rahoittaja: "Oulun kaupunki",
                laji: Some("oma"),
                ohjelma: None,
                osuus: Some("25"),
                summa: Some("137500"),
            },
        ],
    );
    assert_consistent(&doc, "toteuma");
    let lf = import_page(&fixture("variant-crlf.txt").replace("\r\n", "\n")).unwrap();
    assert_eq!(lf, imported);
}

#[test]
fn tabs_as_separators() {
    let (imported, doc) = import("variant-tabs.txt");
    assert_eq!(
        doc["nimi"].as_str(),
        Some("Oppimisen tuki perusopetuksessa")
    );
    assert_eq!(doc["salkku"].as_str(), Some("KASVU"));
    assert_eq!(doc["vaihe"].as_str(), Some("suunnitteilla"));
    assert_eq!(date(&doc, "alkaa").as_deref(), Some("2017-08-01"));
    assert_eq!(
        doc["toimenpiteet"].as_str(),
        Some("Koulutetaan opettajat.\n")
    );
    assert_shares(
        &doc,
        "rahoitus",
        &[
            Expect {
                rahoittaja: "Opetus- ja kulttuuriministeriö",
                laji: Some("valtionavustus"),
                ohjelma: None,
                osuus: Some("80"),
                summa: Some("80000"),
            },
            Expect {
                rahoittaja: "Oulun kaupunki",
                laji: Some("oma"),
                ohjelma: None,
                osuus: Some("20"),
                summa: Some("20000"),
            },
        ],
    );
    assert_consistent(&doc, "rahoitus");
    let person = doc["yhteystiedot"]
        .as_array_of_tables()
        .unwrap()
        .get(0)
        .unwrap()
        .clone();
    assert_eq!(person.get("rooli").and_then(Item::as_str), Some("Rehtori"));
    assert_eq!(
        person.get("nimi").and_then(Item::as_str),
        Some("Timo Saari")
    );
    assert!(imported.review.is_empty(), "{:?}", imported.review);
}

#[test]
fn one_line_shares_and_percentages_with_a_stated_total() {
    let (imported, doc) = import("variant-inline.txt");
    // Plan in Tiivistelmä: total on the heading line, percentages only.
    let rahoitus = Item::Table(table(&doc, "rahoitus").clone());
    assert_eq!(money(&rahoitus, "yhteensa"), Some(Decimal::from(200_000)));
    assert_shares(
        &doc,
        "rahoitus",
        &[
            Expect {
                rahoittaja: "STM",
                laji: Some("valtionavustus"),
                ohjelma: Some("Kaste"),
                osuus: Some("75"),
                summa: None,
            },
            Expect {
                rahoittaja: "Oulun kaupunki",
                laji: Some("oma"),
                ohjelma: None,
                osuus: Some("25"),
                summa: None,
            },
        ],
    );
    // Actual figures on the heading's own line, two shares.
    assert_shares(
        &doc,
        "toteuma",
        &[
            Expect {
                rahoittaja: "STM",
                laji: Some("valtionavustus"),
                ohjelma: Some("Kaste"),
                osuus: Some("75"),
                summa: Some("148500"),
            },
            Expect {
                rahoittaja: "Oulun kaupunki",
                laji: Some("oma"),
                ohjelma: None,
                osuus: Some("25"),
                summa: Some("49500"),
            },
        ],
    );
    assert_consistent(&doc, "toteuma");
    assert_eq!(
        doc["tiivistelma"].as_str(),
        Some("Kotikuntoutusta kokeillaan kahdella alueella.\n")
    );
    assert!(imported.review.is_empty(), "{:?}", imported.review);
}

// --- not a project page ---------------------------------------------------

#[test]
fn other_pages_are_refused_with_the_reason() {
    for name in [
        "not-a-project-slides.txt",
        "not-a-project-doclist.txt",
        "not-a-project-transcript.txt",
    ] {
        let err = import_page(&fixture(name)).unwrap_err();
        assert_eq!(err, ImportError::NotAProjectPage, "{name}");
        assert!(err.to_string().contains("Hankkeen nimi"));
    }
}

#[test]
fn slug_is_public_and_ascii() {
    assert_eq!(
        slug("Ikäihmisten kotihoidon toimintamalli"),
        "ikaihmisten-kotihoidon-toimintamalli"
    );
    let id = slug(
        "Hyve - johtamisen kartta - Vuorovaikutuksellisella johtamisella uusiin tavoitteisiin",
    );
    assert!(id.len() <= 40);
    assert!(
        id.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    );
}

#[test]
fn portfolio_registry_line() {
    let (imported, _) = import("oulu-000-hyve.txt");
    assert_eq!(
        imported.salkku_registry_entry().as_deref(),
        Some("[salkut.KONSTI]\nnimi = \"Elämänhallinta- ja hyvinvointiohjelma 2010-2013\"\n")
    );
}

// --- robustness -------------------------------------------------------------

/// Pages cut short, and pages with odd characters sprinkled in, must give a
/// record or an error, never a panic, and any record must be valid TOML.
#[test]
fn never_panics_on_damaged_pages() {
    let page = fixture("oulu-000-hyve.txt");
    let lines: Vec<&str> = page.lines().collect();
    for end in 0..=lines.len() {
        check_no_panic(&lines[..end].join("\n"));
        check_no_panic(&lines[end..].join("\n"));
    }
    let inserts = [
        "\u{a0}", "\u{202f}", "ä", "\"\"\"", "\\", "%", "€", "0", "1 000", ",", ".", ":", "\t",
        "\r", "(", "-ohjelma", "e", "\u{308}", "İ", "\u{7}",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..250 {
        let mut text = page.clone();
        for _ in 0..4 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut at = (seed as usize) % text.len();
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text.insert_str(at, inserts[(seed >> 40) as usize % inserts.len()]);
        }
        check_no_panic(&text);
    }
}

fn check_no_panic(text: &str) {
    if let Ok(imported) = import_page(text) {
        assert!(imported.toml.parse::<DocumentMut>().is_ok());
    }
}

// --- issue 11 item 14: in-kind lines, wrapped phones, summary headings ----

/// The bundled registry's organisations, as `hanke import` passes them.
fn bundled_orgs() -> Known {
    let corpus =
        hanke::load::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects"))
            .expect("the bundled data folder loads");
    Known::from(&corpus.registry)
}

/// `(rahoittaja, kuvaus, summa)` of every `[[rahoitus.muut]]`.
fn muut(doc: &DocumentMut) -> Vec<(String, Option<String>, Decimal)> {
    entries(doc, "rahoitus", "muut")
        .into_iter()
        .map(|m| {
            let m = Item::Table(m.clone());
            (
                string(&m, "rahoittaja").unwrap().to_string(),
                string(&m, "kuvaus").map(str::to_string),
                money(&m, "summa").unwrap(),
            )
        })
        .collect()
}

fn muu(rahoittaja: &str, kuvaus: &str, summa: i64) -> (String, Option<String>, Decimal) {
    (
        rahoittaja.to_string(),
        Some(kuvaus.to_string()),
        Decimal::from(summa),
    )
}

#[test]
fn every_in_kind_line_of_one_form_becomes_an_entry_with_the_registry_name() {
    let imported = import_page_with(&fixture("variant-muut-lines.txt"), &bundled_orgs()).unwrap();
    let doc = imported.toml.parse::<DocumentMut>().unwrap();
    assert_eq!(
        muut(&doc),
        vec![
            // An alias of the registry, as the first word.
            muu(
                "Pohjois-Pohjanmaan sairaanhoitopiiri",
                "asiantuntijapalvelut",
                15_000
            ),
            // An organisation's name in the genitive is the organisation,
            // not the registry's `Oulu`.
            muu("Oulun yliopisto", "tutkimusyhteistyö", 20_000),
            // An alias in another case (capitals); `matkakulut` is a
            // description here, not a cost line.
            muu("Oulunkaaren kuntayhtymä", "matkakulut", 5_000),
            // Not in the registry: the first word, in its basic form.
            muu("Tekes", "rahoittama konsultointi", 60_000),
            // The stem of `Oulun` is the alias `Oulu`.
            muu("Oulun kaupunki", "tilat ja vuokrat", 12_000),
            // A word that opens funding headings elsewhere is a description.
            muu("ELY-keskus", "kustannusarvion tarkistus", 7_000),
        ]
    );
    // No line with an amount is left as a comment beside its twins.
    for line in ["PPSHP", "OULUNKAARI", "Oulun tilat", "ELY-keskus"] {
        assert!(
            !imported.toml.contains(&format!("#   {line}"))
                && !imported.toml.contains(&format!("# page: {line}")),
            "{line} left as a comment:\n{}",
            imported.toml
        );
        assert!(
            !imported
                .review
                .iter()
                .any(|r| r.contains(line) && r.contains("säilytetty kommenttina")),
            "{:?}",
            imported.review
        );
    }
    // What was guessed is said, once per line.
    assert!(has_review(&imported, "`PPSHP asiantuntijapalvelut`"));
    assert!(has_review(
        &imported,
        "Pohjois-Pohjanmaan sairaanhoitopiiri"
    ));
    assert!(has_review(&imported, "`Tekesin rahoittama konsultointi`"));
    // The participant without an amount stays a comment, as before.
    assert!(
        imported
            .toml
            .contains("#   Pohjois-Pohjanmaan liitto: asiantuntija-apu")
    );
}

#[test]
fn in_kind_lines_without_a_registry_take_the_first_word() {
    let (imported, doc) = import("variant-muut-lines.txt");
    let got = muut(&doc);
    assert_eq!(got.len(), 6, "{}", imported.toml);
    assert_eq!(got[0], muu("PPSHP", "asiantuntijapalvelut", 15_000));
    assert_eq!(got[2], muu("OULUNKAARI", "matkakulut", 5_000));
    assert_eq!(got[4], muu("Oulun", "tilat ja vuokrat", 12_000));
    assert!(has_review(&imported, "ei tiedostossa hanke.toml"));
}

#[test]
fn a_phone_number_wrapped_after_its_dash_is_joined() {
    let (_, doc) = import("variant-summary-headings.txt");
    let people = doc["yhteystiedot"].as_array_of_tables().unwrap();
    let got: Vec<(Option<&str>, Option<&str>, Option<&str>)> = people
        .iter()
        .map(|p| {
            (
                p.get("rooli").and_then(Item::as_str),
                p.get("nimi").and_then(Item::as_str),
                p.get("puhelin").and_then(Item::as_str),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                Some("Projektipäällikkö"),
                Some("Sari Niemi"),
                Some("044-7032222")
            ),
            (
                Some("Projektisuunnittelija"),
                Some("Matti Mäki"),
                Some("044-7032223")
            ),
        ]
    );
}

#[test]
fn a_summary_with_goal_and_action_headings_is_split() {
    let (imported, doc) = import("variant-summary-headings.txt");
    assert_eq!(
        doc["tiivistelma"].as_str().map(str::trim),
        Some("Hankkeessa luodaan kotihoitoon uusi toimintamalli.")
    );
    let tavoitteet: Vec<&str> = doc["tavoitteet"]
        .as_array()
        .unwrap_or_else(|| panic!("no tavoitteet:\n{}", imported.toml))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        tavoitteet,
        vec![
            "Kotihoidon asiakkaat asuvat kotona pidempään",
            "Hoitajien työaika kohdistuu nykyistä enemmän asiakastyöhön",
            "Omaishoitajat saavat tukea",
        ]
    );
    assert_eq!(
        doc["toimenpiteet"].as_str().map(str::trim),
        Some(
            "Toimintamalli pilotoidaan kahdella alueella.\nPilotin tulokset arvioidaan syksyllä 2014."
        )
    );
    // The funding block under the actions is still read.
    assert_eq!(
        money(&doc["rahoitus"], "yhteensa"),
        Some(Decimal::from(400_035))
    );
    assert!(!imported.toml.contains("Toimenpiteet/Sisältö\n"));
}
