//! The canonical layout of records and of the registry, for `hanke fmt`.
//!
//! Command-independent: text in, text out. The file is parsed with
//! `toml_edit`, which keeps every comment and blank line as "decor" around
//! keys, values and table headers, so reordering moves a key together with the
//! comments written above it and after it. What the layout is:
//!
//! - the `#:schema` line first, then any other comments that open the file
//!   (those separated from the first key by a blank line), then one blank line;
//! - keys in the order of records.md (unknown keys after the known ones, in
//!   their own order); cost years ascending, categories in the form's order;
//! - exactly one blank line before every table header; inside a table the
//!   user's blank lines stay, at most one in a row; no indentation of keys;
//! - a comment block at the end of a table (separated from the next header by
//!   a blank line) stays with that table; one directly above a header moves
//!   with the header; comments at the end of the file stay at the end;
//! - `key = value` with one space around `=`;
//! - arrays of plain values on one line when the line fits in 80 columns,
//!   else one item per line with a trailing comma; an array holding a comment
//!   is left as written;
//! - money as an integer for whole euros and a `"1234.50"` string for cents;
//!   `vaihe` and `laji` in their canonical spelling (`kaynnissa` → `käynnissä`);
//! - a UTF-8 BOM is dropped; a file with CRLF line endings keeps them.
//!
//! Inline tables are left as written. Formatting twice gives the same text.

pub mod money;
pub mod order;

use std::collections::HashMap;

use toml_edit::{Array, DocumentMut, Item, Key, RawString, Table, Value};

pub use order::Kind;

use crate::model::{Laji, Vaihe};

/// Lines wider than this put an array one item per line.
pub const MAX_WIDTH: usize = 80;

/// The `#:schema` directive for a record `depth` folders below the data root.
pub fn schema_line(depth: usize) -> String {
    format!(
        "#:schema {}schemas/hanke.schema.json",
        "../".repeat(depth + 1)
    )
}

/// Formats a record. `schema` is the `#:schema` line to add when the file has none.
pub fn format_record(text: &str, schema: Option<&str>) -> Result<String, toml_edit::TomlError> {
    format(text, Kind::Record, schema)
}

/// Formats the registry `hanke.toml`.
pub fn format_registry(text: &str) -> Result<String, toml_edit::TomlError> {
    format(text, Kind::Registry, None)
}

/// Formats `text` until it no longer changes.
///
/// One pass decides the file's opening comments before it reorders keys, so
/// a comment block attached to a key that moves to the top (found by
/// fuzzing: `vaihe` above an unknown key, with a comment over it) only
/// becomes the opening block in a second pass. Repeating until nothing
/// changes makes `fmt` idempotent whatever the input; a file already
/// formatted costs one pass, as before.
pub fn format(
    text: &str,
    kind: Kind,
    schema: Option<&str>,
) -> Result<String, toml_edit::TomlError> {
    let mut out = format_once(text, kind, schema)?;
    if out == text {
        return Ok(out);
    }
    // Never seen to need more than two passes; the bound is a guard.
    for _ in 0..4 {
        let next = format_once(&out, kind, schema)?;
        if next == out {
            break;
        }
        out = next;
    }
    Ok(out)
}

/// One formatting pass (see [`format`]).
fn format_once(
    text: &str,
    kind: Kind,
    schema: Option<&str>,
) -> Result<String, toml_edit::TomlError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let crlf = text.find('\n').is_some_and(|i| text[..i].ends_with('\r'));
    let lf = text.replace("\r\n", "\n");
    let mut doc: DocumentMut = lf.parse()?;
    undot(doc.as_table_mut());

    let header = take_header(&lf, &mut doc, schema);
    let (trails, owns) = split_header_prefixes(&mut doc);
    let mut state = State {
        kind,
        trails,
        owns,
        prev: None,
        next_position: 1,
    };
    let mut path = Vec::new();
    state.table(doc.as_table_mut(), &mut path, false);

    // The block that ended the last table comes before the file's closing
    // comments; anything not placed (never expected) is kept there too.
    let mut end = state.trails.remove(&state.prev).unwrap_or_default();
    let mut rest: Vec<(Origin, Vec<Line>)> = state.trails.drain().collect();
    rest.sort_by_key(|(o, _)| *o);
    for (_, lines) in rest {
        end.extend(lines);
    }
    for (_, lines) in sort_owns(state.owns) {
        end.extend(lines);
    }
    let mut trailing = join(&end);
    trailing.push_str(doc.trailing().as_str().unwrap_or(""));
    doc.set_trailing(normalise_trailing(&trailing));

    let body = doc.to_string();
    let body = body.trim_start_matches('\n');
    let mut out = String::with_capacity(text.len() + 64);
    if !header.is_empty() {
        out.push_str(&header);
        if !body.is_empty() {
            out.push('\n');
        }
    }
    out.push_str(body);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(if crlf { out.replace('\n', "\r\n") } else { out })
}

/// Dotted keys that make tables (`rahoitus.yhteensa = 1000`,
/// `kustannusarvio.2025.palkat = 1`) become tables with headers, so every
/// table gets the canonical layout: a dotted `rahoitus` was skipped as a
/// whole, its shares (`[[rahoitus.osuudet]]`) included. The comments stay
/// with the keys they were written above. Inline tables are left as written.
fn undot(t: &mut Table) {
    for (_, item) in t.iter_mut() {
        match item {
            Item::Table(sub) => {
                if sub.is_dotted() {
                    sub.set_dotted(false);
                    let has_values = sub.iter().any(|(_, i)| i.is_value());
                    sub.set_implicit(!has_values);
                }
                undot(sub);
            }
            Item::ArrayOfTables(a) => a.iter_mut().for_each(undot),
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------
// Comment blocks
// ---------------------------------------------------------------------------

/// The lines of a decor prefix: complete lines (comments or blank), without
/// the indentation of the item itself.
fn lines(prefix: &str) -> Vec<Line> {
    prefix
        .split_inclusive('\n')
        .filter(|l| l.ends_with('\n'))
        .map(|l| {
            let t = l.trim();
            if t.is_empty() {
                Line::Blank
            } else {
                Line::Comment(l.trim_start().trim_end_matches('\n').to_string())
            }
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
enum Line {
    Blank,
    Comment(String),
}

/// Lines back to text, with runs of blank lines collapsed to one.
fn join(lines: &[Line]) -> String {
    let mut out = String::new();
    let mut last_blank = false;
    for l in lines {
        match l {
            Line::Blank if last_blank => {}
            Line::Blank => {
                out.push('\n');
                last_blank = true;
            }
            Line::Comment(c) => {
                out.push_str(c);
                out.push('\n');
                last_blank = false;
            }
        }
    }
    out
}

fn has_comment(lines: &[Line]) -> bool {
    lines.iter().any(|l| matches!(l, Line::Comment(_)))
}

fn trim_blank(mut lines: Vec<Line>, start: bool, end: bool) -> Vec<Line> {
    if end {
        while lines.last() == Some(&Line::Blank) {
            lines.pop();
        }
    }
    if start {
        let n = lines.iter().take_while(|l| **l == Line::Blank).count();
        lines.drain(..n);
    }
    lines
}

/// Splits a block at its last blank line: what lies before belongs to what
/// came before (the end of the previous table, or the top of the file), what
/// lies after is attached to the item below.
fn split_at_last_blank(lines: Vec<Line>) -> (Vec<Line>, Vec<Line>) {
    match lines.iter().rposition(|l| *l == Line::Blank) {
        Some(i) => {
            let mut before = lines;
            let after = before.split_off(i + 1);
            before.pop();
            (before, after)
        }
        None => (Vec::new(), lines),
    }
}

/// Takes the comments that open the file off the first item and returns the
/// file's header: the `#:schema` line first, then the other opening comments.
fn take_header(text: &str, doc: &mut DocumentMut, schema: Option<&str>) -> String {
    let leading: String = text
        .split_inclusive('\n')
        .take_while(|l| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#')
        })
        .collect();
    let mut current: Option<String> = None;
    with_first_prefix(doc, &mut |d| {
        current = Some(
            d.prefix()
                .and_then(RawString::as_str)
                .unwrap_or("")
                .to_string(),
        );
    });
    let Some(current) = current else {
        // A file of comments only: it all stays as it is, in the trailing text.
        return String::new();
    };
    // Only when the decor is exactly the opening block (it always is for plain files).
    let block = if current == leading || current == leading.trim_end_matches([' ', '\t']) {
        lines(&current)
    } else {
        Vec::new()
    };
    let (head, own) = if block.is_empty() {
        (Vec::new(), lines(&current))
    } else {
        split_at_last_blank(block.clone())
    };
    let is_schema = |l: &Line| matches!(l, Line::Comment(c) if is_schema_directive(c));
    let mut schemas: Vec<Line> = head
        .iter()
        .chain(own.iter())
        .filter(|l| is_schema(l))
        .cloned()
        .collect();
    let head: Vec<Line> = head.into_iter().filter(|l| !is_schema(l)).collect();
    let own: Vec<Line> = own.into_iter().filter(|l| !is_schema(l)).collect();
    let written_elsewhere = text.lines().any(|l| is_schema_directive(l.trim_start()));
    if schemas.is_empty()
        && !written_elsewhere
        && let Some(s) = schema
    {
        schemas.push(Line::Comment(s.to_string()));
    }
    if !block.is_empty() || !schemas.is_empty() {
        let own = join(&trim_blank(own, true, false));
        with_first_prefix(doc, &mut |d| d.set_prefix(own.clone()));
    }
    let mut out = join(&schemas);
    let head = trim_blank(head, true, true);
    if has_comment(&head) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&join(&head));
    }
    out
}

/// `#:schema URL` (taplo's directive), not any comment that starts alike
/// (`#:schemasalkku`).
fn is_schema_directive(comment: &str) -> bool {
    let comment = comment.trim_end();
    comment == "#:schema" || comment.starts_with("#:schema ") || comment.starts_with("#:schema\t")
}

/// Calls `f` with the decor holding the comments above the first item of the file.
fn with_first_prefix(doc: &mut DocumentMut, f: &mut dyn FnMut(&mut toml_edit::Decor)) {
    let root = doc.as_table_mut();
    let first_value = root
        .iter()
        .find(|(_, item)| item.is_value() || matches!(item, Item::Table(t) if t.is_dotted()))
        .map(|(k, _)| k.to_string());
    if let Some(name) = first_value {
        if let Some(mut key) = root.key_mut(&name) {
            f(key.leaf_decor_mut());
        }
        return;
    }
    let mut first: Option<isize> = None;
    walk(root, &mut |t| {
        if let Some(p) = t.position().filter(|_| !t.is_implicit()) {
            first = Some(first.map_or(p, |f: isize| f.min(p)));
        }
    });
    let Some(first) = first else {
        return;
    };
    walk_mut(root, &mut |t| {
        if !t.is_implicit() && t.position() == Some(first) {
            f(t.decor_mut());
        }
    });
}

/// Every table with a header, in no particular order.
fn walk(t: &Table, f: &mut dyn FnMut(&Table)) {
    for (_, item) in t.iter() {
        match item {
            Item::Table(sub) if !sub.is_dotted() => {
                f(sub);
                walk(sub, f);
            }
            Item::ArrayOfTables(a) => {
                for sub in a.iter() {
                    f(sub);
                    walk(sub, f);
                }
            }
            _ => {}
        }
    }
}

fn walk_mut(t: &mut Table, f: &mut dyn FnMut(&mut Table)) {
    for (_, item) in t.iter_mut() {
        match item {
            Item::Table(sub) if !sub.is_dotted() => {
                f(sub);
                walk_mut(sub, f);
            }
            Item::ArrayOfTables(a) => {
                for sub in a.iter_mut() {
                    f(sub);
                    walk_mut(sub, f);
                }
            }
            _ => {}
        }
    }
}

/// Source position of a table header; `None` is the root.
type Origin = Option<isize>;

/// Splits the comments above every header into the block that ends the
/// previous table (in source order) and the block attached to the header.
fn split_header_prefixes(
    doc: &mut DocumentMut,
) -> (HashMap<Origin, Vec<Line>>, HashMap<isize, Vec<Line>>) {
    let mut positions = Vec::new();
    walk(doc.as_table(), &mut |t| {
        if let Some(p) = t.position().filter(|_| !t.is_implicit()) {
            positions.push(p);
        }
    });
    positions.sort_unstable();
    let previous: HashMap<isize, Origin> = positions
        .iter()
        .enumerate()
        .map(|(i, p)| (*p, if i == 0 { None } else { Some(positions[i - 1]) }))
        .collect();
    let mut trails = HashMap::new();
    let mut owns = HashMap::new();
    walk_mut(doc.as_table_mut(), &mut |t| {
        let Some(p) = t.position().filter(|_| !t.is_implicit()) else {
            return;
        };
        let prefix = t.decor().prefix().and_then(RawString::as_str).unwrap_or("");
        let (trail, own) = split_at_last_blank(lines(prefix));
        let trail = trim_blank(trail, false, true);
        if has_comment(&trail) {
            trails.insert(previous[&p], trail);
        }
        owns.insert(p, own);
    });
    (trails, owns)
}

fn sort_owns(owns: HashMap<isize, Vec<Line>>) -> Vec<(isize, Vec<Line>)> {
    let mut v: Vec<_> = owns.into_iter().collect();
    v.sort_by_key(|(p, _)| *p);
    v
}

fn normalise_trailing(text: &str) -> String {
    let mut ls: Vec<Line> = text
        .split_inclusive('\n')
        .map(|l| {
            if l.trim().is_empty() {
                Line::Blank
            } else {
                Line::Comment(l.trim_start().trim_end_matches('\n').to_string())
            }
        })
        .collect();
    ls = trim_blank(ls, false, true);
    if !has_comment(&ls) {
        return String::new();
    }
    join(&ls)
}

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

struct State {
    kind: Kind,
    trails: HashMap<Origin, Vec<Line>>,
    owns: HashMap<isize, Vec<Line>>,
    /// The header emitted last (its source position), `None` for the root.
    prev: Origin,
    next_position: isize,
}

impl State {
    fn table(&mut self, t: &mut Table, path: &mut Vec<String>, is_header: bool) {
        if is_header {
            self.header(t);
        }
        rename_aliases(self.kind, t, path);
        let top = take_table_top(t);
        let kind = self.kind;
        let p = path.clone();
        t.sort_values_by(|k1, _, k2, _| {
            order::rank(kind, &p, k1.get()).cmp(&order::rank(kind, &p, k2.get()))
        });
        self.values(t, path, top);
        let known = order::known_keys(self.kind, path).unwrap_or_default();
        for (mut key, item) in t.iter_mut() {
            let name = order::fold_key(key.get());
            if matches!(item, Item::Table(_) | Item::ArrayOfTables(_)) {
                // `[ rahoitus ]`, `[kustannusarvio . 2025]`, `["rahoitus"]` →
                // `[rahoitus]`, `[kustannusarvio.2025]`.
                tidy_key(&mut key, known.contains(&name.as_str()));
            }
            match item {
                Item::Table(sub) if !sub.is_dotted() => {
                    path.push(name);
                    let header = !sub.is_implicit();
                    if !header {
                        sub.set_position(Some(self.next_position));
                    }
                    self.table(sub, path, header);
                    path.pop();
                }
                Item::ArrayOfTables(a) => {
                    path.push(name);
                    for sub in a.iter_mut() {
                        self.table(sub, path, true);
                    }
                    path.pop();
                }
                _ => {}
            }
        }
    }

    /// Renumbers a header in output order and rebuilds the comments above it.
    fn header(&mut self, t: &mut Table) {
        let origin = t.position();
        t.set_position(Some(self.next_position));
        self.next_position += 1;
        let mut lines = self.trails.remove(&self.prev).unwrap_or_default();
        lines.push(Line::Blank);
        if let Some(p) = origin {
            lines.extend(self.owns.remove(&p).unwrap_or_default());
        }
        t.decor_mut().set_prefix(join(&lines));
        if origin.is_some() {
            self.prev = origin;
        }
    }

    /// `key = value` lines: comments above, spacing, canonical values, arrays.
    fn values(&mut self, t: &mut Table, path: &[String], mut top: Vec<Line>) {
        let kind = self.kind;
        let known = order::known_keys(kind, path).unwrap_or_default();
        let mut first = true;
        for (mut key, item) in t.iter_mut() {
            let Item::Value(value) = item else {
                if matches!(item, Item::Table(s) if s.is_dotted()) {
                    first = false;
                }
                continue;
            };
            let decor = key.leaf_decor_mut();
            let prefix = decor.prefix().and_then(RawString::as_str).unwrap_or("");
            let mut ls = lines(prefix);
            if first && !top.is_empty() {
                top.push(Line::Blank);
                top.extend(ls);
                ls = std::mem::take(&mut top);
            }
            let ls = trim_blank(ls, first, false);
            let name = order::fold_key(key.get());
            tidy_key(&mut key, known.contains(&name.as_str()));
            let decor = key.leaf_decor_mut();
            decor.set_prefix(join(&ls));
            decor.set_suffix(" ");
            first = false;

            let replacement = if order::is_money(kind, path, &name) {
                money::canonical(value)
            } else {
                canonical_word(kind, path, &name, value)
            };
            if let Some(new) = replacement {
                *value = new;
            }
            value.decor_mut().set_prefix(" ");
            let suffix = value
                .decor()
                .suffix()
                .and_then(RawString::as_str)
                .unwrap_or("");
            if !suffix.contains('#') {
                value.decor_mut().set_suffix("");
            }
            if let Value::Array(a) = value {
                layout_array(key.display_repr().chars().count(), a);
            }
        }
    }
}

/// A key without the spaces written around it. A key of the format
/// (`"vaihe"`, `'alkaa'`) is also written bare; a name the user chose (an
/// organisation, `"STM"`) keeps its quotes as written.
fn tidy_key(key: &mut toml_edit::KeyMut<'_>, of_the_format: bool) {
    if of_the_format {
        key.fmt();
    } else {
        key.leaf_decor_mut().clear();
        key.dotted_decor_mut().clear();
    }
}

/// The comments at the top of a table, separated by a blank line from its
/// first key: they stay at the top when the keys are reordered.
fn take_table_top(t: &mut Table) -> Vec<Line> {
    let Some(name) = t
        .iter()
        .find(|(_, item)| item.is_value())
        .map(|(k, _)| k.to_string())
    else {
        return Vec::new();
    };
    let Some(mut key) = t.key_mut(&name) else {
        return Vec::new();
    };
    let decor = key.leaf_decor_mut();
    let prefix = decor.prefix().and_then(RawString::as_str).unwrap_or("");
    let (before, own) = split_at_last_blank(lines(prefix));
    let before = trim_blank(before, true, true);
    if !has_comment(&before) {
        return Vec::new();
    }
    decor.set_prefix(join(&own));
    before
}

/// `vaihe` and `laji` spelt as records.md spells them.
fn canonical_word(kind: Kind, path: &[String], key: &str, value: &Value) -> Option<Value> {
    if kind != Kind::Record {
        return None;
    }
    let Value::String(s) = value else {
        return None;
    };
    let canonical = match (path.len(), key) {
        (0, "vaihe") => Vaihe::parse(s.value())?.as_str(),
        (2, "laji") if order::is_funding(&path[0]) && path[1] == "osuudet" => {
            Laji::parse(s.value())?.as_str()
        }
        _ => return None,
    };
    if canonical == s.value() {
        return None;
    }
    let mut new = Value::from(canonical);
    *new.decor_mut() = value.decor().clone();
    Some(new)
}

/// `tiivistelmä = …` → `tiivistelma = …` when the ASCII key is not also given.
fn rename_aliases(kind: Kind, t: &mut Table, path: &[String]) {
    let Some(known) = order::known_keys(kind, path) else {
        return;
    };
    let renames: Vec<(String, String)> = t
        .iter()
        .filter(|(k, item)| item.is_value() && !k.is_ascii())
        .filter_map(|(k, _)| {
            let folded = order::fold_key(k);
            (known.contains(&folded.as_str()) && !t.contains_key(&folded))
                .then(|| (k.to_string(), folded))
        })
        .collect();
    for (old, new) in renames {
        if t.contains_key(&new) {
            continue;
        }
        if let Some((key, item)) = t.remove_entry(&old) {
            let new_key = Key::new(new).with_leaf_decor(key.leaf_decor().clone());
            t.insert_formatted(&new_key, item);
        }
    }
}

/// One line when it fits, else one item per line; arrays with comments or
/// with tables or multi-line strings inside are left as written.
fn layout_array(key_width: usize, a: &mut Array) {
    let has_comment = a.trailing().as_str().unwrap_or("").contains('#')
        || a.iter().any(|v| {
            let d = v.decor();
            d.prefix()
                .and_then(RawString::as_str)
                .unwrap_or("")
                .contains('#')
                || d.suffix()
                    .and_then(RawString::as_str)
                    .unwrap_or("")
                    .contains('#')
        });
    // The value itself, not its decor: the line break and indentation before
    // an item are layout, a multi-line string is not.
    let plain = a.iter().all(|v| {
        let mut bare = v.clone();
        *bare.decor_mut() = toml_edit::Decor::default();
        !matches!(v, Value::Array(_) | Value::InlineTable(_)) && !bare.to_string().contains('\n')
    });
    if has_comment || !plain {
        return;
    }
    let mut one = a.clone();
    one.fmt();
    *one.decor_mut() = toml_edit::Decor::default();
    let width = key_width + 3 + one.to_string().chars().count();
    if width <= MAX_WIDTH || a.is_empty() {
        a.fmt();
    } else {
        for v in a.iter_mut() {
            v.decor_mut().set_prefix("\n    ");
            v.decor_mut().set_suffix("");
        }
        a.set_trailing_comma(true);
        a.set_trailing("\n");
    }
}

#[cfg(test)]
mod tests;

/// What a file means, for checking that formatting changed no value: the
/// parsed data with keys in their ASCII spelling and money, `vaihe` and `laji`
/// in canonical form (the normalisations `fmt` makes), everything else as is.
pub fn meaning(kind: Kind, text: &str) -> Result<toml::Table, toml::de::Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let table: toml::Table = toml::from_str(text)?;
    let mut path = Vec::new();
    Ok(meaning_table(kind, table, &mut path))
}

fn meaning_table(kind: Kind, table: toml::Table, path: &mut Vec<String>) -> toml::Table {
    let mut out = toml::Table::new();
    for (key, value) in table {
        let key = order::fold_key(&key);
        let value = meaning_value(kind, value, path, &key);
        out.insert(key, value);
    }
    out
}

fn meaning_value(kind: Kind, value: toml::Value, path: &mut Vec<String>, key: &str) -> toml::Value {
    use toml::Value as V;
    match value {
        V::Table(t) => {
            path.push(key.to_string());
            let t = meaning_table(kind, t, path);
            path.pop();
            V::Table(t)
        }
        V::Array(items) => {
            let tables = items.iter().all(|v| v.is_table());
            if tables {
                path.push(key.to_string());
            }
            let items = items
                .into_iter()
                .map(|v| match v {
                    V::Table(t) if tables => V::Table(meaning_table(kind, t, path)),
                    v => v,
                })
                .collect();
            if tables {
                path.pop();
            }
            V::Array(items)
        }
        V::String(s) if order::is_money(kind, path, key) => match crate::model::Euro::parse(&s) {
            Ok(e) => V::String(e.plain()),
            Err(_) => V::String(s),
        },
        V::Integer(i) if order::is_money(kind, path, key) && i >= 0 => V::String(i.to_string()),
        V::String(s) if kind == Kind::Record && path.is_empty() && key == "vaihe" => {
            V::String(Vaihe::parse(&s).map_or(s, |v| v.as_str().to_string()))
        }
        V::String(s)
            if kind == Kind::Record
                && key == "laji"
                && path.len() == 2
                && order::is_funding(&path[0])
                && path[1] == "osuudet" =>
        {
            V::String(Laji::parse(&s).map_or(s, |l| l.as_str().to_string()))
        }
        // NaN is not equal to itself: a marker makes `nan` before and after compare equal.
        V::Float(f) if f.is_nan() => V::String(NAN_MARKER.to_string()),
        v => v,
    }
}

/// What a `nan` float means, for [`meaning`] (a string no real record holds).
const NAN_MARKER: &str = "\u{0}nan";
