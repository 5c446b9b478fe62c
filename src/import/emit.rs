//! Writing a [`Record`] as TOML text.
//!
//! The text is written by hand rather than through a TOML serializer because
//! the record is meant for people: keys in the documented order, prose as
//! `"""` blocks, a comment beside every value that needs a human look, the
//! page's own wording kept next to what was read from it, and money as the
//! format wants it (whole euros as integers, cents as `"1234.50"` strings,
//! percentages with the decimals the page wrote). The caller parses the
//! result back with `toml_edit` to make sure it is valid.

use rust_decimal::Decimal;

use super::contacts::Contacts;
use super::funding::{Muu, Osuus, Table, Target};
use super::laji;
use super::links::Attachments;
use super::money::Percent;
use super::record::{Keyed, Record};
use super::text::wrap;
use crate::diag::render::is_unsafe;

const SCHEMA_LINE: &str = "#:schema ../schemas/hanke.schema.json";
const COMMENT_WIDTH: usize = 96;

/// The record as TOML text, ready to write to a file.
pub(super) fn record(r: &Record) -> String {
    let mut t = Toml::default();
    t.line(SCHEMA_LINE);
    t.blank();
    top_level(&mut t, r);
    prose(&mut t, r);
    contacts(&mut t, &r.contacts);
    attachments(&mut t, &r.attachments);
    if let Some(table) = &r.rahoitus {
        funding(&mut t, table);
    }
    if let Some(table) = &r.toteuma {
        funding(&mut t, table);
    }
    t.finish()
}

fn top_level(t: &mut Toml, r: &Record) {
    t.string("nimi", &r.nimi);
    if let Some(lyhenne) = &r.lyhenne {
        t.string("lyhenne", lyhenne);
    }
    if let Some(tyyppi) = &r.tyyppi {
        t.string("tyyppi", tyyppi);
    }
    t.keyed("salkku", &r.salkku, |v| basic_string(v));
    t.keyed("vaihe", &r.vaihe, |v| basic_string(v));
    t.keyed("alkaa", &r.alkaa, |d| d.format("%Y-%m-%d").to_string());
    t.keyed("loppuu", &r.loppuu, |d| d.format("%Y-%m-%d").to_string());
    if let Some(hallinnoija) = &r.hallinnoija {
        t.string("hallinnoija", hallinnoija);
    }
    if !r.toteuttajat.is_empty() {
        t.string_array("toteuttajat", &r.toteuttajat);
    }
    for note in &r.page_notes {
        t.comment(note);
    }
}

fn prose(t: &mut Toml, r: &Record) {
    if let Some(text) = &r.tiivistelma {
        t.blank();
        t.multiline("tiivistelma", text);
    }
    if !r.tavoitteet.is_empty() {
        t.blank();
        t.string_array("tavoitteet", &r.tavoitteet);
    }
    if let Some(text) = &r.toimenpiteet {
        t.blank();
        t.multiline("toimenpiteet", text);
    }
}

fn contacts(t: &mut Toml, c: &Contacts) {
    if c.original.is_empty() {
        return;
    }
    t.blank();
    t.comment(&crate::t!("import-c-contacts"));
    for line in &c.original {
        t.comment_indented(line);
    }
    for p in &c.people {
        t.blank();
        t.line("[[yhteystiedot]]");
        if let Some(rooli) = &p.rooli {
            t.string("rooli", rooli);
        }
        t.string("nimi", &p.nimi);
        if let Some(puhelin) = &p.puhelin {
            t.string("puhelin", puhelin);
        }
        if let Some(email) = &p.email {
            t.string("email", email);
        }
    }
}

fn attachments(t: &mut Toml, a: &Attachments) {
    if !a.unlinked.is_empty() {
        t.blank();
        let names = a.unlinked.join("; ");
        t.comment(&crate::t!("import-c-unlinked", names = names));
    }
    for link in &a.links {
        t.blank();
        t.line("[[liitteet]]");
        t.string("nimi", &link.nimi);
        t.string("url", &link.url);
    }
}

fn funding(t: &mut Toml, table: &Table) {
    let key = table.target.key();
    t.blank();
    t.line(&format!("[{key}]"));
    for heading in &table.headings {
        t.comment(&crate::t!("import-c-page", text = heading.as_str()));
    }
    if let Some(total) = table.yhteensa {
        t.raw("yhteensa", &money(total));
    }
    if let Some(amount) = table.ei_oikeuttavat {
        t.raw("ei_oikeuttavat", &money(amount));
    }
    if !table.notes.is_empty() {
        t.comment(&crate::t!("import-c-not-placed"));
        for note in &table.notes {
            t.comment_indented(note);
        }
    }
    for o in &table.osuudet {
        share(t, key, o);
    }
    // In-kind help belongs to the plan; `funding::merge` moves it there.
    if table.target == Target::Rahoitus {
        for m in &table.muut {
            muu(t, m);
        }
    }
}

fn share(t: &mut Toml, key: &str, o: &Osuus) {
    t.blank();
    t.line(&format!("[[{key}.osuudet]]"));
    if let Some(source) = &o.source {
        t.comment(&crate::t!("import-c-page", text = source.as_str()));
    }
    t.string("rahoittaja", &o.rahoittaja);
    match o.laji {
        Some(l) => t.string("laji", l.as_str()),
        None => t.comment(&format!("TODO laji = {}", laji::CHOICES)),
    }
    if let Some(ohjelma) = &o.ohjelma {
        t.string("ohjelma", ohjelma);
    }
    if let Some(p) = &o.osuus {
        t.raw("osuus", &percent(p));
    }
    if let Some(summa) = o.summa {
        t.raw("summa", &money(summa));
    }
}

fn muu(t: &mut Toml, m: &Muu) {
    t.blank();
    t.line("[[rahoitus.muut]]");
    if let Some(source) = &m.source {
        t.comment(&crate::t!("import-c-page", text = source.as_str()));
    }
    t.string("rahoittaja", &m.rahoittaja);
    if let Some(kuvaus) = &m.kuvaus {
        t.string("kuvaus", kuvaus);
    }
    t.raw("summa", &money(m.summa));
}

/// Whole euros as a TOML integer, cents as an exact string `"1234.50"`.
pub(super) fn money(amount: Decimal) -> String {
    if amount.fract().is_zero() {
        return amount.trunc().normalize().to_string();
    }
    let mut cents = amount;
    if cents.scale() < 2 {
        cents.rescale(2);
    }
    format!("\"{cents}\"")
}

/// A percentage as the page wrote it: `75`, `11.3`, `11.30`.
fn percent(p: &Percent) -> String {
    p.written.clone()
}

/// A TOML basic string: `"…"` with `\`, `"` and control characters escaped
/// (and bidi overrides, so the record shows in a terminal as it reads).
pub(super) fn basic_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML multi-line basic string holding `text` (lines joined by `\n`).
fn multiline_string(text: &str) -> String {
    let mut out = String::from("\"\"\"\n");
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' if chars.peek() == Some(&'"') => out.push_str("\\\""),
            '\n' | '\t' => out.push(c),
            c if is_unsafe(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("\n\"\"\"");
    out
}

/// A line-oriented TOML writer that keeps blank lines tidy.
#[derive(Default)]
struct Toml {
    out: String,
}

impl Toml {
    fn line(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
    }

    /// One blank line, never two in a row.
    fn blank(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn comment(&mut self, text: &str) {
        for line in wrap(&comment_safe(text), COMMENT_WIDTH) {
            self.line(format!("# {line}").trim_end());
        }
    }

    fn comment_indented(&mut self, text: &str) {
        for line in wrap(&comment_safe(text), COMMENT_WIDTH - 2) {
            self.line(&format!("#   {line}"));
        }
    }

    fn raw(&mut self, key: &str, raw: &str) {
        self.line(&format!("{key} = {raw}"));
    }

    fn string(&mut self, key: &str, value: &str) {
        self.raw(key, &basic_string(value));
    }

    /// A key that may carry a trailing comment, or be only a `# TODO` line.
    fn keyed<T>(&mut self, key: &str, keyed: &Keyed<T>, render: impl Fn(&T) -> String) {
        match (&keyed.value, &keyed.comment) {
            (Some(v), Some(c)) => {
                let c = comment_safe(c).replace('\n', " ");
                self.line(&format!("{key} = {}  # {c}", render(v)));
            }
            (Some(v), None) => self.raw(key, &render(v)),
            (None, Some(c)) => self.comment(&format!("TODO {key}: {c}")),
            (None, None) => {}
        }
    }

    fn string_array(&mut self, key: &str, items: &[String]) {
        let quoted: Vec<String> = items.iter().map(|i| basic_string(i)).collect();
        let inline = format!("{key} = [{}]", quoted.join(", "));
        if inline.chars().count() <= 100 {
            self.line(&inline);
            return;
        }
        self.line(&format!("{key} = ["));
        for q in &quoted {
            self.line(&format!("    {q},"));
        }
        self.line("]");
    }

    fn multiline(&mut self, key: &str, text: &str) {
        self.raw(key, &multiline_string(text));
    }

    fn finish(mut self) -> String {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

/// Comments cannot hold control characters; tabs become spaces.
fn comment_safe(text: &str) -> String {
    text.chars()
        .map(|c| if is_unsafe(c) && c != '\n' { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_as_integer_or_cents_string() {
        assert_eq!(money(Decimal::from(785_951)), "785951");
        assert_eq!(money(Decimal::new(123_450, 2)), "\"1234.50\"");
        assert_eq!(money(Decimal::new(12_345, 1)), "\"1234.50\"");
        assert_eq!(money(Decimal::new(12_000_000, 1)), "1200000");
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(basic_string("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(basic_string("x\ty"), r#""x\ty""#);
    }

    #[test]
    fn multiline_never_closes_early() {
        let s = multiline_string("quote \"\"\" here\nand \\ there");
        let doc: toml_edit::DocumentMut = format!("k = {s}\n").parse().unwrap();
        assert_eq!(doc["k"].as_str(), Some("quote \"\"\" here\nand \\ there\n"));
    }
}
