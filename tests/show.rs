//! `hanke show ID`: the project card in every format.

use crate::util::*;

#[test]
fn json_card_resolves_derived_shares() {
    let out = stdout_of(&reports(), &["show", "abo", "--format", "json"]);
    let card: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(card["id"], "abo");
    assert_eq!(
        card["salkku"],
        serde_json::json!({"koodi": "BETA", "nimi": "Beta-salkku"})
    );
    let shares = &card["rahoitus"]["osuudet"];
    assert_eq!(shares[0]["summa"], "120000");
    assert_eq!(shares[0]["summa_johdettu"], true);
    assert_eq!(shares[1]["summa"], "61000");
    assert_eq!(shares[1]["osuus"], "30.5");
    assert_eq!(shares[2]["osuus"], "9.5");
    assert_eq!(shares[2]["osuus_johdettu"], true);
    assert_eq!(card["rahoitus"]["ei_oikeuttavat"], "10000");
    assert_eq!(
        card["kustannusarvio"]["2028"]["tyopanoksen_siirto"],
        "10000"
    );
    let aani: serde_json::Value = serde_json::from_str(&stdout_of(
        &reports(),
        &["show", "aani", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(aani["toteuma"]["yhteensa"], "49382.68");
    assert_eq!(aani["toteuma"]["yhteensa_johdettu"], true);
    assert_eq!(aani["rahoitus"], serde_json::Value::Null);
}

#[test]
fn card_links_paahanke_and_osahankkeet() {
    let parent: serde_json::Value = serde_json::from_str(&stdout_of(
        &reports(),
        &["show", "aalto", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(
        parent["osahankkeet"],
        serde_json::json!(["aalto/etelainen", "aalto/pohjoinen"])
    );
    let text = stdout_of(&reports(), &["show", "aalto/pohjoinen"]);
    assert!(
        text.contains("Päähanke\n────────\naalto  Aalto\n"),
        "{text}"
    );
}

#[test]
fn derived_values_are_marked() {
    let text = stdout_of(&reports(), &["show", "zeta"]);
    assert!(text.contains("75\u{a0}000,07\u{a0}€ *"), "{text}");
    assert!(text.contains("* johdettu"), "{text}");
}

#[test]
fn unknown_id_suggests_the_nearest() {
    let (code, out, err) = run_in(&reports(), &["show", "zet"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(
        err.contains("virhe: hanketta `zet` ei ole: tarkoititko `zeta`"),
        "{err}"
    );
}

#[test]
fn a_broken_record_cannot_be_shown() {
    let (code, _, err) = run_in(&reports(), &["show", "rikki"]);
    assert_eq!(code, 2);
    assert!(err.contains("`rikki.toml` ei lataudu"), "{err}");
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let rec = "nimi = \"Pa\\u001b[31mha\"\nsalkku = \"TESTI\"\nvaihe = \"suunnitteilla\"\nalkaa = 2030-01-01\n";
    let dir = folder(&[("x.toml", rec)]);
    for format in ["table", "md"] {
        let out = stdout_of(dir.path(), &["show", "x", "--format", format]);
        assert!(!out.contains('\u{1b}'), "{out}");
    }
}

#[test]
fn snapshots() {
    for (dir, name, id) in [
        (reports(), "fixture", "zeta"),
        (reports(), "fixture", "abo"),
        (reports(), "fixture", "aalto"),
        (projects(), "projects", "hyve"),
        (projects(), "projects", "esimerkki"),
        (projects(), "projects", "sote-johtaminen"),
    ] {
        for format in ["table", "md", "json"] {
            insta::assert_snapshot!(
                format!("show_{name}_{}_{format}", id.replace('/', "_")),
                stdout_of(&dir, &["show", id, "--format", format])
            );
        }
    }
}
