//! Dates: order, osahanke within päähanke, cost years, vaihe against today.

use chrono::Datelike;

use super::Ctx;
use crate::diag::{Diagnostic, codes, words};
use crate::model::{FundingKind, Vaihe};

/// H201: `alkaa` ≤ `loppuu`.
pub fn ends_after_start(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        let (Some(a), Some(l)) = (&p.alkaa, &p.loppuu) else {
            continue;
        };
        if l.value < a.value {
            out.push(
                Diagnostic::new(
                    codes::END_BEFORE_START,
                    p.file,
                    l.span,
                    crate::t!(
                        "rule-h201",
                        loppuu = l.value.to_string(),
                        alkaa = a.value.to_string()
                    ),
                )
                .label(crate::t!("rule-h201-label"))
                .secondary(a.span, crate::t!("rule-h201-start"))
                .help(crate::t!("rule-h201-help")),
            );
        }
    }
}

/// H202: an osahanke runs within its päähanke's dates.
pub fn within_paahanke(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        let Some(parent) = p.paahanke().and_then(|id| ctx.project(id)) else {
            continue;
        };
        if parent.id == p.id {
            continue;
        }
        if let (Some(a), Some(pa)) = (&p.alkaa, parent.alkaa())
            && a.value < pa
        {
            out.push(
                Diagnostic::new(
                    codes::OUTSIDE_PARENT,
                    p.file,
                    a.span,
                    crate::t!(
                        "rule-h202-start",
                        date = words::date(a.value),
                        parent = parent.id.as_str(),
                        parent_date = words::date(pa)
                    ),
                )
                .label(crate::t!("rule-h202-start-label"))
                .help(crate::t!(
                    "rule-h202-start-help",
                    parent_date = words::date(pa)
                )),
            );
        }
        if let (Some(l), Some(pl)) = (&p.loppuu, parent.loppuu())
            && l.value > pl
        {
            out.push(
                Diagnostic::new(
                    codes::OUTSIDE_PARENT,
                    p.file,
                    l.span,
                    crate::t!(
                        "rule-h202-end",
                        date = words::date(l.value),
                        parent = parent.id.as_str(),
                        parent_date = words::date(pl)
                    ),
                )
                .label(crate::t!("rule-h202-end-label"))
                .help(crate::t!(
                    "rule-h202-end-help",
                    parent_date = words::date(pl)
                )),
            );
        }
    }
}

/// H203: every `[kustannusarvio.YYYY]` and `[toteutuneet_kustannukset.YYYY]`
/// year lies within the years of `alkaa..=loppuu`.
pub fn cost_years_within_project(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        let Some(first) = p.alkaa().map(|d| d.year()) else {
            continue;
        };
        let last = p.loppuu().map(|d| d.year());
        for kind in [FundingKind::Plan, FundingKind::Actual] {
            for (&year, costs) in p.costs(kind) {
                let outside = year < first || last.is_some_and(|l| year > l);
                if !outside {
                    continue;
                }
                let table = format!("[{}.{year}]", kind.costs_table());
                let message = match last {
                    Some(l) => crate::t!(
                        "rule-h203",
                        table = table,
                        first = first.to_string(),
                        last = l.to_string()
                    ),
                    None => crate::t!("rule-h203-open", table = table, first = first.to_string()),
                };
                out.push(
                    Diagnostic::new(codes::YEAR_OUTSIDE, p.file, costs.span, message)
                        .label(crate::t!("rule-h203-label"))
                        .help(crate::t!("rule-h203-help")),
                );
            }
        }
    }
}

/// H204 (warning): `vaihe` agrees with today: `päättynyt` has not a future
/// `loppuu`; `käynnissä` has started and not ended; `suunnitteilla` has not started.
pub fn vaihe_agrees_with_today(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let today = ctx.today;
    for p in ctx.projects {
        let Some(v) = &p.vaihe else { continue };
        let (alkaa, loppuu) = (p.alkaa(), p.loppuu());
        // (which message, the date it names, the vaihe to set)
        let problem = match v.value {
            Vaihe::Paattynyt => loppuu
                .filter(|&l| l > today)
                .map(|l| ("ends-future", l, "käynnissä")),
            Vaihe::Kaynnissa => match (alkaa, loppuu) {
                (_, Some(l)) if l < today => Some(("ended", l, "päättynyt")),
                (Some(a), _) if a > today => Some(("starts-future", a, "suunnitteilla")),
                _ => None,
            },
            Vaihe::Suunnitteilla => alkaa
                .filter(|&a| a < today)
                .map(|a| ("started", a, "käynnissä")),
            Vaihe::Keskeytetty => None,
        };
        if let Some((why, date, suggested)) = problem {
            let (vaihe, date, today) = (v.value.as_str(), words::date(date), words::date(today));
            let message = match why {
                "ends-future" => crate::t!(
                    "rule-h204-ends-future",
                    vaihe = vaihe,
                    date = date,
                    today = today
                ),
                "ended" => crate::t!("rule-h204-ended", vaihe = vaihe, date = date, today = today),
                "starts-future" => crate::t!(
                    "rule-h204-starts-future",
                    vaihe = vaihe,
                    date = date,
                    today = today
                ),
                _ => crate::t!(
                    "rule-h204-started",
                    vaihe = vaihe,
                    date = date,
                    today = today
                ),
            };
            out.push(
                Diagnostic::new(codes::VAIHE_VS_TODAY, p.file, v.span, message)
                    .label(crate::t!("rule-h204-label"))
                    .help(crate::t!("rule-h204-help", vaihe = suggested)),
            );
        }
    }
}
