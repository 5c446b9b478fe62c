//! Laying out a [`DiffReport`]: a terminal table, Markdown for a pull-request
//! comment or `$GITHUB_STEP_SUMMARY`, and JSON.
//!
//! Nothing changed → the one line [`no_changes`] in the human formats.
//! Every text for people is in the current language; JSON is the report
//! as it is, the same in every language.

use std::io::{self, Write};
use std::path::Path;

use comfy_table::{CellAlignment, Table, TableComponent, presets};

use crate::diag::Severity;
use crate::diag::render::{github_path, sanitize};
use crate::lang::format;
use crate::model::Euro;
use crate::render::{labels, markdown};
use crate::report::diff::{
    Change, Counts, DiagChanges, DiffReport, FunderRow, ProjectDiff, Side, Status, Value, round_pct,
};
use crate::t;

/// What the human formats print when no record changed.
pub fn no_changes() -> String {
    t!("diff-no-changes")
}

pub fn write_json(out: &mut dyn Write, report: &DiffReport) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}

fn side_label(s: &Side) -> String {
    match &s.commit {
        Some(c) => {
            let short = &c[..c.len().min(7)];
            if s.rev == c.as_str() || s.rev == short {
                format!("`{short}`")
            } else {
                format!("`{short}` ({})", s.rev)
            }
        }
        None => t!("diff-working-tree"),
    }
}

/// `4 hanketta muuttui: 1 uusi, 1 poistettu, …`, then the rule results.
fn summary_line(c: &Counts) -> String {
    let total = c.added + c.removed + c.renamed + c.changed;
    let mut parts = Vec::new();
    if c.added > 0 {
        parts.push(t!("diff-count-added", n = c.added));
    }
    if c.removed > 0 {
        parts.push(t!("diff-count-removed", n = c.removed));
    }
    if c.renamed > 0 {
        parts.push(t!("diff-count-renamed", n = c.renamed));
    }
    if c.changed > 0 {
        parts.push(t!("diff-count-changed", n = c.changed));
    }
    let parts = if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join(", ")
    };
    let mut s = t!("diff-summary", n = total, parts = parts);
    let mut checks = Vec::new();
    if c.new_errors > 0 {
        checks.push(t!("diff-count-new-errors", n = c.new_errors));
    }
    if c.new_warnings > 0 {
        checks.push(t!("diff-count-new-warnings", n = c.new_warnings));
    }
    if c.fixed_errors > 0 {
        checks.push(t!("diff-count-fixed-errors", n = c.fixed_errors));
    }
    if c.fixed_warnings > 0 {
        checks.push(t!("diff-count-fixed-warnings", n = c.fixed_warnings));
    }
    if !checks.is_empty() {
        s.push(' ');
        s.push_str(&t!("diff-checks", checks = checks.join(", ")));
    }
    s
}

fn status_text(p: &ProjectDiff) -> Option<String> {
    match p.status {
        Status::Added => Some(t!("diff-status-added")),
        Status::Removed => Some(t!("diff-status-removed")),
        Status::Renamed => Some(t!(
            "diff-status-renamed",
            old = p.old_id.as_deref().unwrap_or(""),
            new = p.id.as_str()
        )),
        Status::Changed => None,
    }
}

fn unreadable_text(p: &ProjectDiff) -> Option<String> {
    match (p.unreadable_before, p.unreadable_after) {
        (false, true) => Some(t!("diff-unreadable-after")),
        (true, false) => Some(t!("diff-unreadable-before")),
        (true, true) => Some(t!("diff-unreadable")),
        (false, false) => None,
    }
}

/// An added or removed record's fields on one line: `TESTI · käynnissä · 1.1.2024–31.12.2027`.
fn fields_line(p: &ProjectDiff) -> String {
    let get = |name: &str| {
        p.fields
            .iter()
            .find(|f| f.field == name)
            .and_then(|f| f.after.as_ref().or(f.before.as_ref()))
            .map(|v| value(&Some(v.clone())))
    };
    let mut parts = Vec::new();
    if let Some(s) = get("salkku") {
        parts.push(t!("diff-line-salkku", salkku = s));
    }
    if let Some(v) = get("vaihe") {
        parts.push(v);
    }
    match (get("alkaa"), get("loppuu")) {
        (Some(a), Some(l)) => parts.push(format!("{a}–{l}")),
        (Some(a), None) => parts.push(t!("diff-line-alkaa", alkaa = a)),
        (None, Some(l)) => parts.push(t!("diff-line-loppuu", loppuu = l)),
        (None, None) => {}
    }
    if let Some(h) = get("paahanke") {
        parts.push(t!("diff-line-paahanke", paahanke = h));
    }
    parts.join(" · ")
}

/// Added and removed records show their fields on one line, not as a table.
fn whole_record(p: &ProjectDiff) -> bool {
    matches!(p.status, Status::Added | Status::Removed)
}

fn value(v: &Option<Value>) -> String {
    match v {
        None => "—".into(),
        Some(Value::Text(t)) => t.clone(),
        Some(Value::Date(d)) => format::date(*d),
    }
}

fn money(e: Option<Euro>) -> String {
    e.map_or_else(|| "—".into(), format::euro)
}

fn diff(c: &Change) -> String {
    if c.change.is_zero() {
        // `±0 €` / `±€0`
        format!("±{}", format::money(rust_decimal::Decimal::ZERO))
    } else {
        format::money_diff(c.change)
    }
}

fn laji_label(laji: &str) -> String {
    match laji {
        "" => "—".to_string(),
        "muut" => t!("diff-laji-muut"),
        l => l.to_string(),
    }
}

fn osuus(r: &FunderRow) -> String {
    let p = |v: Option<rust_decimal::Decimal>| {
        v.map_or("—".into(), |v| format::percent(round_pct(v), 2))
    };
    if r.osuus_changed {
        format!("{} → {}", p(r.osuus_before), p(r.osuus_after))
    } else if r.osuus_after.is_some() {
        p(r.osuus_after)
    } else {
        String::new()
    }
}

fn funding_title(table: &str) -> String {
    if table == "rahoitus" {
        t!("out-plan-title")
    } else {
        t!("out-actual-title")
    }
}

fn costs_title(table: &str) -> String {
    if table == "kustannusarvio" {
        t!("out-costs-title")
    } else {
        t!("out-actual-costs-title")
    }
}

fn salkku_label(s: &str) -> String {
    if s.is_empty() {
        t!("diff-no-salkku")
    } else {
        s.to_string()
    }
}

// ---------------------------------------------------------------- Markdown

/// Record text inside Markdown ([`markdown::text`]: no HTML, no table breaks).
fn md(s: &str) -> String {
    markdown::text(s)
}

/// True when the per-laji sums add something to the funder rows: a laji with
/// several changed funders, or a sum that differs from its one funder's change.
fn lajit_informative(f: &crate::report::diff::FundingDiff) -> bool {
    f.lajit.iter().any(|l| {
        let rows: Vec<&FunderRow> = f.rows.iter().filter(|r| r.laji == l.laji).collect();
        rows.len() != 1 || rows[0].amount.change != l.amount.change
    })
}

/// An id or key in a code span that holds it exactly ([`markdown::code`]).
fn code(s: &str) -> String {
    markdown::code(s)
}

/// The compared revision in Markdown: the commit in a code span, the name
/// the user gave escaped.
fn md_side(s: &Side) -> String {
    match &s.commit {
        Some(c) => {
            let short = &c[..c.len().min(7)];
            if s.rev == c.as_str() || s.rev == short {
                code(short)
            } else {
                format!("{} ({})", code(short), md(&s.rev))
            }
        }
        None => t!("diff-working-tree"),
    }
}

pub fn write_markdown(out: &mut dyn Write, r: &DiffReport, prefix: &Path) -> io::Result<()> {
    if !r.changed {
        return writeln!(out, "{}", no_changes());
    }
    writeln!(out, "## {}\n", t!("diff-title"))?;
    writeln!(
        out,
        "{}\n",
        t!(
            "diff-compared",
            base = md_side(&r.base),
            head = md_side(&r.head)
        )
    )?;
    writeln!(out, "{}\n", summary_line(&r.summary))?;
    for p in &r.projects {
        write_md_project(out, p, prefix)?;
    }
    if !r.other.is_empty() {
        writeln!(
            out,
            "### {} ({})\n",
            t!("diff-registry"),
            code("hanke.toml")
        )?;
        write_md_diags(out, &r.other, prefix)?;
    }
    write_md_portfolio(out, r)
}

fn write_md_project(out: &mut dyn Write, p: &ProjectDiff, prefix: &Path) -> io::Result<()> {
    writeln!(out, "### {} ({})\n", md(&p.nimi), code(&p.id))?;
    match p.status {
        Status::Renamed => writeln!(
            out,
            "*{}:* {} → {}\n",
            t!("diff-renamed"),
            code(p.old_id.as_deref().unwrap_or("")),
            code(&p.id)
        )?,
        Status::Added | Status::Removed => writeln!(
            out,
            "*{}:* {}\n",
            capitalise(&status_text(p).unwrap_or_default()),
            md(&fields_line(p))
        )?,
        Status::Changed => {}
    }
    if let Some(text) = unreadable_text(p) {
        writeln!(out, "⚠️ {}\n", capitalise(&text))?;
    }
    if !p.fields.is_empty() && !whole_record(p) {
        writeln!(
            out,
            "| {} | {} | {} |\n|---|---|---|",
            t!("diff-col-field"),
            t!("diff-col-before"),
            t!("diff-col-after")
        )?;
        for f in &p.fields {
            writeln!(
                out,
                "| {} | {} | {} |",
                f.field,
                md(&value(&f.before)),
                md(&value(&f.after))
            )?;
        }
        writeln!(out)?;
    }
    if !p.other_fields.is_empty() {
        let keys: Vec<String> = p.other_fields.iter().map(|k| code(k)).collect();
        let keys = keys.join(", ");
        writeln!(
            out,
            "{}\n",
            capitalise(&t!("diff-other-fields", keys = keys))
        )?;
    }
    for f in &p.funding {
        writeln!(out, "**{}** `[{}]`\n", funding_title(f.table), f.table)?;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |\n|---|---|--:|--:|--:|---|",
            t!("out-col-rahoittaja"),
            t!("out-col-laji"),
            t!("diff-col-before"),
            t!("diff-col-after"),
            t!("diff-col-change"),
            t!("out-col-osuus")
        )?;
        for row in &f.rows {
            writeln!(
                out,
                "| {} | {} | {} | {} |",
                md(&row.rahoittaja),
                md(&laji_label(&row.laji)),
                change_cells(&row.amount),
                osuus(row)
            )?;
        }
        if let Some(e) = &f.ei_oikeuttavat {
            writeln!(
                out,
                "| *{}* | | {} | {} | {} | |",
                t!("diff-ei-oikeuttavat"),
                money(e.before),
                money(e.after),
                diff(e)
            )?;
        }
        writeln!(
            out,
            "| **{}** | | {} | |\n",
            t!("out-total"),
            bold_change_cells(&f.total)
        )?;
        if lajit_informative(f) {
            writeln!(
                out,
                "| {} | {} | {} | {} |\n|---|--:|--:|--:|",
                t!("out-col-laji"),
                t!("diff-col-before"),
                t!("diff-col-after"),
                t!("diff-col-change")
            )?;
            for l in &f.lajit {
                writeln!(
                    out,
                    "| {} | {} |",
                    md(&laji_label(&l.laji)),
                    change_cells(&l.amount)
                )?;
            }
            writeln!(out)?;
        }
    }
    for c in &p.costs {
        let cats: Vec<String> = c
            .categories
            .iter()
            .map(|k| {
                format!(
                    "{} ({})",
                    labels::category_by_key(&k.key, &k.label),
                    code(&k.key)
                )
            })
            .collect();
        writeln!(out, "**{}** `[{}]`\n", costs_title(c.table), c.table)?;
        let cats = cats.join(", ");
        writeln!(
            out,
            "{}\n",
            capitalise(&t!("diff-changed-categories", categories = cats))
        )?;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n|---|---|--:|--:|--:|",
            t!("out-col-vuosi"),
            t!("out-col-kustannuslaji"),
            t!("diff-col-before"),
            t!("diff-col-after"),
            t!("diff-col-change")
        )?;
        for row in &c.rows {
            writeln!(
                out,
                "| {} | {} | {} |",
                row.year,
                labels::category_by_key(&row.category, &row.label),
                change_cells(&row.amount)
            )?;
        }
        writeln!(
            out,
            "| **{}** | | {} |\n",
            t!("out-total"),
            bold_change_cells(&c.total)
        )?;
    }
    if !p.diagnostics.is_empty() {
        write_md_diags(out, &p.diagnostics, prefix)?;
    }
    Ok(())
}

fn write_md_diags(out: &mut dyn Write, d: &DiagChanges, prefix: &Path) -> io::Result<()> {
    writeln!(out, "**{}**\n", t!("diff-checks-title"))?;
    writeln!(
        out,
        "| | {} | {} | {} |\n|---|---|---|---|",
        t!("diff-col-code"),
        t!("diff-col-location"),
        t!("diff-col-message")
    )?;
    for (entries, fixed) in [(&d.introduced, false), (&d.fixed, true)] {
        for e in entries {
            let icon = match (fixed, e.severity) {
                (false, Severity::Error) => "❌",
                (false, Severity::Warning) => "⚠️",
                (true, _) => "✅",
            };
            let what = format!("{icon} {}", change_label(fixed, e.severity));
            writeln!(
                out,
                "| {what} | {} | {} | {} |",
                e.code,
                markdown::code_cell(&format!("{}:{}", github_path(prefix, &e.file), e.line)),
                markdown::message_cell(&e.message)
            )?;
        }
    }
    writeln!(out)
}

fn write_md_portfolio(out: &mut dyn Write, r: &DiffReport) -> io::Result<()> {
    writeln!(out, "### {}\n", t!("diff-portfolios"))?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} |\n|---|--:|--:|--:|--:|--:|--:|--:|",
        t!("out-col-salkku"),
        t!("out-col-hankkeita"),
        t!("diff-col-plan-before"),
        t!("diff-col-plan-after"),
        t!("diff-col-change"),
        t!("diff-col-actual-before"),
        t!("diff-col-actual-after"),
        t!("diff-col-change")
    )?;
    let count = |a: usize, b: usize| {
        if a == b {
            a.to_string()
        } else {
            format!("{a} → {b}")
        }
    };
    for s in r.portfolio.salkut.iter().filter(|s| s.changed) {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            md(&salkku_label(&s.salkku)),
            count(s.projects_before, s.projects_after),
            change_cells(&s.plan),
            money(s.actual.before),
            money(s.actual.after),
            diff(&s.actual)
        )?;
    }
    let t = &r.portfolio.total;
    writeln!(
        out,
        "| **{}** | **{}** | **{}** | **{}** | **{}** | **{}** | **{}** | **{}** |",
        t!("diff-all-portfolios"),
        count(t.projects_before, t.projects_after),
        money(t.plan.before),
        money(t.plan.after),
        diff(&t.plan),
        money(t.actual.before),
        money(t.actual.after),
        diff(&t.actual)
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------- terminal

/// A table with a header rule and no rules between rows; columns
/// `right.start..right.end` (the money) right-aligned.
fn table(header: &[String], right: std::ops::Range<usize>) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_HORIZONTAL_ONLY);
    t.remove_style(TableComponent::HorizontalLines);
    t.remove_style(TableComponent::MiddleIntersections);
    t.remove_style(TableComponent::LeftBorderIntersections);
    t.remove_style(TableComponent::RightBorderIntersections);
    t.set_header(header.iter());
    for i in right {
        if let Some(col) = t.column_mut(i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

fn indent(out: &mut dyn Write, t: &Table) -> io::Result<()> {
    for line in t.to_string().lines() {
        writeln!(out, "  {line}")?;
    }
    writeln!(out)
}

pub fn write_table(out: &mut dyn Write, r: &DiffReport, prefix: &Path) -> io::Result<()> {
    if !r.changed {
        return writeln!(out, "{}", no_changes());
    }
    let plain = |s: String| s.replace('`', "");
    writeln!(
        out,
        "{}: {} → {}",
        t!("diff-title"),
        plain(side_label(&r.base)),
        plain(side_label(&r.head))
    )?;
    writeln!(out, "{}\n", summary_line(&r.summary))?;
    for p in &r.projects {
        let mut title = format!("{} ({})", sanitize(&p.nimi), sanitize(&p.id));
        if let Some(s) = status_text(p) {
            title.push_str(&format!(" — {}", sanitize(&s)));
        }
        writeln!(out, "{title}")?;
        if let Some(text) = unreadable_text(p) {
            writeln!(out, "  {text}")?;
        }
        if whole_record(p) {
            writeln!(out, "  {}", sanitize(&fields_line(p)))?;
        }
        for f in p.fields.iter().filter(|_| !whole_record(p)) {
            writeln!(
                out,
                "  {}: {} → {}",
                f.field,
                sanitize(&value(&f.before)),
                sanitize(&value(&f.after))
            )?;
        }
        if !p.other_fields.is_empty() {
            let keys = p.other_fields.join(", ");
            writeln!(out, "  {}", t!("diff-other-fields", keys = keys))?;
        }
        if !p.fields.is_empty() || !p.other_fields.is_empty() {
            writeln!(out)?;
        }
        for f in &p.funding {
            writeln!(out, "  {} [{}]", funding_title(f.table), f.table)?;
            let mut t = table(
                &[
                    t!("out-col-rahoittaja"),
                    t!("out-col-laji"),
                    t!("diff-col-before"),
                    t!("diff-col-after"),
                    t!("diff-col-change"),
                    t!("out-col-osuus"),
                ],
                2..5,
            );
            for row in &f.rows {
                t.add_row(vec![
                    sanitize(&row.rahoittaja),
                    laji_label(&row.laji),
                    money(row.amount.before),
                    money(row.amount.after),
                    diff(&row.amount),
                    osuus(row),
                ]);
            }
            for l in f.lajit.iter().filter(|_| lajit_informative(f)) {
                t.add_row(vec![
                    format!("({})", laji_label(&l.laji)),
                    t!("diff-laji-total"),
                    money(l.amount.before),
                    money(l.amount.after),
                    diff(&l.amount),
                    String::new(),
                ]);
            }
            if let Some(e) = &f.ei_oikeuttavat {
                t.add_row(vec![
                    t!("diff-ei-oikeuttavat"),
                    String::new(),
                    money(e.before),
                    money(e.after),
                    diff(e),
                    String::new(),
                ]);
            }
            t.add_row(vec![
                t!("out-total"),
                String::new(),
                money(f.total.before),
                money(f.total.after),
                diff(&f.total),
                String::new(),
            ]);
            indent(out, &t)?;
        }
        for c in &p.costs {
            let cats: Vec<&str> = c.categories.iter().map(|k| k.key.as_str()).collect();
            let cats = cats.join(", ");
            writeln!(
                out,
                "  {} [{}] — {}",
                costs_title(c.table),
                c.table,
                t!("diff-changed-categories", categories = cats)
            )?;
            let mut t = table(
                &[
                    t!("out-col-vuosi"),
                    t!("out-col-kustannuslaji"),
                    t!("diff-col-before"),
                    t!("diff-col-after"),
                    t!("diff-col-change"),
                ],
                2..5,
            );
            for row in &c.rows {
                t.add_row(vec![
                    row.year.to_string(),
                    labels::category_by_key(&row.category, &row.label),
                    money(row.amount.before),
                    money(row.amount.after),
                    diff(&row.amount),
                ]);
            }
            t.add_row(vec![
                t!("out-total"),
                String::new(),
                money(c.total.before),
                money(c.total.after),
                diff(&c.total),
            ]);
            indent(out, &t)?;
        }
        write_text_diags(out, &p.diagnostics, prefix)?;
    }
    if !r.other.is_empty() {
        writeln!(out, "{} (hanke.toml)", t!("diff-registry"))?;
        write_text_diags(out, &r.other, prefix)?;
    }
    writeln!(out, "{}", t!("diff-portfolios"))?;
    let mut t = table(
        &[
            t!("out-col-salkku"),
            t!("out-col-hankkeita"),
            t!("diff-col-plan-before"),
            t!("diff-col-after-short"),
            t!("diff-col-change-short"),
            t!("diff-col-actual-before"),
            t!("diff-col-after-short"),
            t!("diff-col-change-short"),
        ],
        1..8,
    );
    let count = |a: usize, b: usize| {
        if a == b {
            a.to_string()
        } else {
            format!("{a} → {b}")
        }
    };
    let rows = r
        .portfolio
        .salkut
        .iter()
        .filter(|s| s.changed)
        .chain([&r.portfolio.total]);
    for s in rows {
        let name = if std::ptr::eq(s, &r.portfolio.total) {
            t!("diff-all-portfolios")
        } else {
            sanitize(&salkku_label(&s.salkku))
        };
        t.add_row(vec![
            name,
            count(s.projects_before, s.projects_after),
            money(s.plan.before),
            money(s.plan.after),
            diff(&s.plan),
            money(s.actual.before),
            money(s.actual.after),
            diff(&s.actual),
        ]);
    }
    indent(out, &t)
}

fn write_text_diags(out: &mut dyn Write, d: &DiagChanges, prefix: &Path) -> io::Result<()> {
    if d.is_empty() {
        return Ok(());
    }
    for (entries, fixed) in [(&d.introduced, false), (&d.fixed, true)] {
        for e in entries {
            let what = change_label(fixed, e.severity);
            writeln!(
                out,
                "  {what} {} {}:{}: {}",
                e.code,
                github_path(prefix, &e.file),
                e.line,
                sanitize(&e.message)
            )?;
        }
    }
    writeln!(out)
}

/// "uusi virhe", "korjattu varoitus": what a change did to a diagnostic.
fn change_label(fixed: bool, severity: Severity) -> String {
    match (fixed, severity) {
        (false, Severity::Error) => t!("diff-new-error"),
        (false, Severity::Warning) => t!("diff-new-warning"),
        (true, Severity::Error) => t!("diff-fixed-error"),
        (true, Severity::Warning) => t!("diff-fixed-warning"),
    }
}

/// `before | after | change` cells of a Markdown row.
fn change_cells(c: &Change) -> String {
    format!("{} | {} | {}", money(c.before), money(c.after), diff(c))
}

/// The same cells in bold, for total rows.
fn bold_change_cells(c: &Change) -> String {
    format!(
        "**{}** | **{}** | **{}**",
        money(c.before),
        money(c.after),
        diff(c)
    )
}
