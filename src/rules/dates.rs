//! Dates: order, osahanke within päähanke, cost years, vaihe against today.

use chrono::Datelike;

use super::Ctx;
use crate::diag::{Diagnostic, codes};
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
                    format!("`loppuu = {}` is before `alkaa = {}`", l.value, a.value),
                )
                .label("ends before it starts")
                .secondary(a.span, "starts here")
                .help("swap the dates, or correct the year"),
            );
        }
    }
}

/// H202: an osahanke runs within its päähanke's dates.
pub fn within_paahanke(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in ctx.projects {
        let Some(parent) = p.paahanke().and_then(|id| ctx.corpus.project(id)) else {
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
                    format!(
                        "osahanke starts on {}, before its päähanke `{}` starts on {}",
                        a.value, parent.id, pa
                    ),
                )
                .label("before the päähanke starts")
                .help(format!(
                    "start on or after {pa}, or move the päähanke's `alkaa` earlier"
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
                    format!(
                        "osahanke ends on {}, after its päähanke `{}` ends on {}",
                        l.value, parent.id, pl
                    ),
                )
                .label("after the päähanke ends")
                .help(format!(
                    "end on or before {pl}, or move the päähanke's `loppuu` later"
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
                let range = match last {
                    Some(l) => format!("{first}–{l}"),
                    None => format!("{first} onwards"),
                };
                out.push(
                    Diagnostic::new(codes::YEAR_OUTSIDE, p.file, costs.span, format!("`[{}.{year}]` is outside the project's years {range}", kind.costs_table()))
                        .label("year outside alkaa..loppuu")
                        .help("move these costs to a year the project runs, or correct `alkaa` / `loppuu`"),
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
        let problem = match v.value {
            Vaihe::Paattynyt => loppuu
                .filter(|&l| l > today)
                .map(|l| (format!("ends on {}, in the future", l), "käynnissä")),
            Vaihe::Kaynnissa => match (alkaa, loppuu) {
                (_, Some(l)) if l < today => Some((format!("ended on {}", l), "päättynyt")),
                (Some(a), _) if a > today => {
                    Some((format!("starts on {}, in the future", a), "suunnitteilla"))
                }
                _ => None,
            },
            Vaihe::Suunnitteilla => alkaa
                .filter(|&a| a < today)
                .map(|a| (format!("started on {}", a), "käynnissä")),
            Vaihe::Keskeytetty => None,
        };
        if let Some((why, suggested)) = problem {
            out.push(
                Diagnostic::new(
                    codes::VAIHE_VS_TODAY,
                    p.file,
                    v.span,
                    format!(
                        "`vaihe = \"{}\"` but the project {why} (today is {})",
                        v.value.as_str(),
                        today
                    ),
                )
                .label("out of date")
                .help(format!(
                    "set `vaihe = \"{suggested}\"`, or correct the dates"
                )),
            );
        }
    }
}
