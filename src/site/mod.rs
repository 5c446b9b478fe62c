//! `hanke site`: the portfolio as a static website, the public face the old
//! project database had.
//!
//! One more renderer over the loaded corpus. Every figure comes from the
//! report layer ([`crate::report`]) and its grids ([`crate::render`]); this
//! module only decides which pages exist, lays the figures out as HTML
//! through askama templates compiled into the binary (automatic HTML escaping), and writes the
//! pages in parallel. The front page's filters run in the browser with the
//! semantics of [`crate::report::filter`] (see `assets/site.js` and
//! [`index::FilterData`]); without JavaScript the full table is there.
//!
//! - [`text`]: every interface word (Finnish), in one place;
//! - [`links`]: page paths, relative links, which addresses may be links;
//! - [`table`], [`chart`]: tables and inline SVG charts;
//! - [`index`], [`project`], [`salkku`], [`funder`]: one module per kind of page;
//! - [`downloads`]: CSV, JSON and the budget workbook, written by the CLI's own code;
//! - [`templates`]: rendering a page's template, and JSON safe inside `<script>`;
//! - [`output`]: the output folder, replaced whole so that removed records leave no page behind.

pub mod chart;
pub mod downloads;
pub mod funder;
pub mod index;
pub mod links;
pub mod output;
pub mod project;
pub mod salkku;
pub mod table;
pub mod templates;
pub mod text;

use std::collections::BTreeSet;

use foldhash::{HashMap, HashMapExt as _};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::diag::Diagnostic;
use crate::load::Corpus;
use crate::model::{Euro, FileId, Project};
use crate::report::filter::salkku_key;
use crate::report::rollup::Rollup;
use crate::report::summary::{self, SummaryView};
use crate::report::{GroupBy, list};
use text::Ui;

/// What `hanke site` needs besides the corpus.
#[derive(Debug, Clone)]
pub struct Options {
    /// The date the pages say the data is from, and the workbooks' creation date.
    pub today: NaiveDate,
}

/// What was written, for the command's closing line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    pub pages: usize,
    pub files: usize,
}

impl std::ops::AddAssign for Written {
    fn add_assign(&mut self, other: Written) {
        self.pages += other.pages;
        self.files += other.files;
    }
}

/// An amount that may be unknown: reports give `Euro` today and
/// `Option<Euro>` once unknown money is kept apart from 0; the site takes both.
pub trait Known {
    fn known(self) -> Option<Euro>;
}

impl Known for Euro {
    fn known(self) -> Option<Euro> {
        Some(self)
    }
}

impl Known for Option<Euro> {
    fn known(self) -> Option<Euro> {
        self
    }
}

/// A link as the templates print it; no `href` means plain text.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub text: String,
    pub href: Option<String>,
}

/// The common part of every page's template context.
#[derive(Debug, Clone, Serialize)]
pub struct Frame {
    pub title: String,
    /// From this page back to the site's root: `""`, `"../"`, ….
    pub root: String,
    pub crumbs: Vec<Link>,
    /// `1.3.2026`: the date the data is from.
    pub today: String,
}

/// The corpus with everything pages look up, computed once.
pub struct Site<'a> {
    pub corpus: &'a Corpus,
    pub t: &'static Ui,
    pub today: NaiveDate,
    /// Sound records in the front page's order ([`list::list`] by name).
    pub projects: Vec<&'a Project>,
    /// The front page's table: `hanke list` of every sound record, by name.
    pub list: list::ListView<'a>,
    /// Each of [`Site::projects`] by id → its place in the front page's order.
    pub front_order: HashMap<&'a str, usize>,
    /// [`funders_of`] each of [`Site::projects`], in the same order.
    pub funder_names: Vec<Vec<String>>,
    /// Osahankkeet of each päähanke, sound ones, in id order.
    pub children: HashMap<&'a str, Vec<&'a Project>>,
    /// `check`'s diagnostics of each file.
    pub diagnostics: HashMap<FileId, Vec<&'a Diagnostic>>,
    /// Salkku code (as the registry spells it) → page path.
    pub salkku_pages: HashMap<String, String>,
    /// Salkku code → how many of [`Site::projects`] are in it.
    pub salkku_sizes: HashMap<String, usize>,
    /// A salkku as records write it, trimmed and lowercased (how `hanke
    /// list --salkku` compares it) → its sound records, in id order: what
    /// `--salkku` selects, without going through the corpus per portfolio.
    pub salkku_members: HashMap<String, Vec<&'a Project>>,
    /// Funder (its canonical name, lowercased: how filters and `summary`
    /// compare funders) → its name as shown and its page's path.
    pub funder_pages: HashMap<String, (String, String)>,
    /// An organisation's name as records write it (a funder, an
    /// implementer) → its key: the registry's canonical name, lowercased (as
    /// filters and `summary` compare organisations; a funder's key in
    /// [`Site::funder_pages`]), folded once per name.
    pub org_keys: HashMap<String, String>,
    /// A funder's name as records write it (and as the registry names it)
    /// → its page: every link to a funder page, without folding the name
    /// again for each.
    pub funder_page_by_name: HashMap<String, String>,
    /// Who stands for whose money ([`crate::report::rollup`]), decided once:
    /// every list, summary and budget of the site rolls up the same corpus.
    pub rollup: Rollup,
    /// `summary --by salkku` of [`Site::projects`] (the front page's).
    pub by_salkku: SummaryView,
    /// `summary --by rahoittaja` of [`Site::projects`]: the front page's,
    /// and each funder's totals (a funder's row is the same over every
    /// record as over the records it funds, tests/reconcile_props.rs).
    pub by_funder: SummaryView,
}

impl<'a> Site<'a> {
    /// Everything but `check`'s findings, which [`Site::with_diagnostics`]
    /// adds: the command works this out while the rules run.
    pub fn new(corpus: &'a Corpus, today: NaiveDate) -> Site<'a> {
        let rollup = Rollup::of(corpus);
        let sound: Vec<&Project> = corpus.sound_projects().collect();
        let list = list::list_with(sound, crate::report::SortKey::Nimi, false, &rollup);
        let projects: Vec<&Project> = list.rows.iter().map(|r| r.project).collect();
        let front_order = projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let mut children: HashMap<&str, Vec<&Project>> = HashMap::new();
        for p in corpus.sound_projects() {
            if let Some(parent) = p.paahanke() {
                children.entry(parent).or_default().push(p);
            }
        }
        for kids in children.values_mut() {
            kids.sort_by(|a, b| a.id.cmp(&b.id));
        }
        let codes: BTreeSet<String> = corpus
            .registry
            .salkut
            .keys()
            .cloned()
            .chain(projects.iter().filter_map(|p| salkku_code(corpus, p)))
            .collect();
        let salkku_pages = links::page_names("salkku", codes.iter().map(String::as_str));
        let mut salkku_members: HashMap<String, Vec<&Project>> = HashMap::new();
        for p in corpus.sound_projects() {
            if let Some(code) = p.salkku() {
                salkku_members.entry(salkku_key(code)).or_default().push(p);
            }
        }
        let mut salkku_sizes: HashMap<String, usize> = HashMap::new();
        for p in &projects {
            if let Some(code) = salkku_code(corpus, p) {
                *salkku_sizes.entry(code).or_default() += 1;
            }
        }
        // The first spelling in the front page's order names a funder the
        // registry does not know.
        let funder_names: Vec<Vec<String>> =
            projects.par_iter().map(|p| funders_of(corpus, p)).collect();
        let mut funders: HashMap<String, String> = HashMap::new();
        for name in funder_names.iter().flatten() {
            funders
                .entry(name.to_lowercase())
                .or_insert_with(|| name.clone());
        }
        let paths = links::page_names("rahoittaja", funders.keys().map(String::as_str));
        let funder_pages: HashMap<String, (String, String)> = funders
            .into_iter()
            .map(|(key, name)| {
                let path = paths[&key].clone();
                (key, (name, path))
            })
            .collect();
        let mut funder_page_by_name: HashMap<String, String> = HashMap::new();
        // Implementers and funders as records write them.
        let written_orgs = projects.iter().flat_map(|p| {
            let toteuttajat = p.toteuttajat.iter().map(|n| n.value.as_str());
            let funders = p
                .fundings()
                .flat_map(|(_, f)| f.osuudet.iter().map(|s| s.funder()));
            toteuttajat.chain(funders)
        });
        let mut org_keys: HashMap<String, String> = HashMap::new();
        for name in written_orgs {
            if !org_keys.contains_key(name) {
                let key = corpus.registry.canonical_org(name).to_lowercase();
                org_keys.insert(name.to_string(), key);
            }
        }
        for p in &projects {
            for (_, f) in p.fundings() {
                for share in &f.osuudet {
                    let written = share.funder();
                    if funder_page_by_name.contains_key(written) {
                        continue;
                    }
                    // Index rows link funders by their registry name, so it is kept too.
                    let canonical = corpus.registry.canonical_org(written);
                    for name in [written, canonical] {
                        let key = corpus.registry.canonical_org(name).to_lowercase();
                        if let Some((_, path)) = funder_pages.get(&key) {
                            funder_page_by_name.insert(name.to_string(), path.clone());
                        }
                    }
                }
            }
        }
        let (by_salkku, by_funder) = rayon::join(
            || summary::summary_with(&projects, GroupBy::Salkku, corpus, &rollup),
            || summary::summary_with(&projects, GroupBy::Rahoittaja, corpus, &rollup),
        );
        Site {
            corpus,
            t: Ui::current(),
            today,
            projects,
            list,
            front_order,
            funder_names,
            children,
            diagnostics: HashMap::new(),
            salkku_pages,
            salkku_sizes,
            salkku_members,
            funder_pages,
            org_keys,
            funder_page_by_name,
            rollup,
            by_salkku,
            by_funder,
        }
    }

    /// `check`'s findings, each on the page of its file.
    pub fn with_diagnostics(mut self, diagnostics: &'a [Diagnostic]) -> Site<'a> {
        self.diagnostics.clear();
        for d in diagnostics {
            self.diagnostics.entry(d.file).or_default().push(d);
        }
        self
    }

    /// `projects` in the front page's order: sorting a portfolio's projects
    /// by name again then finds them in order, instead of comparing names
    /// by the Finnish collation all over again.
    pub fn in_front_order(&self, mut projects: Vec<&'a Project>) -> Vec<&'a Project> {
        projects.sort_by_cached_key(|p| {
            self.front_order
                .get(p.id.as_str())
                .copied()
                .unwrap_or(usize::MAX)
        });
        projects
    }

    pub fn frame(&self, path: &str, title: String, crumbs: Vec<Link>) -> Frame {
        Frame {
            title,
            root: links::to_root(path),
            crumbs,
            today: crate::lang::format::date(self.today),
        }
    }

    /// The link from the page at `from` to the salkku a record names.
    pub fn salkku_link(&self, from: &str, p: &Project) -> Option<Link> {
        let code = salkku_code(self.corpus, p)?;
        let href = self
            .salkku_pages
            .get(&code)
            .map(|to| links::relative(from, to));
        Some(Link { text: code, href })
    }

    /// The link to a funder's page, by any name or alias the registry folds in.
    pub fn funder_link(&self, from: &str, name: &str) -> Link {
        Link {
            text: name.to_string(),
            href: self.funder_href(from, name),
        }
    }

    pub fn funder_href(&self, from: &str, name: &str) -> Option<String> {
        self.funder_page(name).map(|to| links::relative(from, to))
    }

    /// The page of the funder `name` names, by the name as written (looked
    /// up once per name in [`Site::new`]) or else through the registry.
    fn funder_page(&self, name: &str) -> Option<&str> {
        if let Some(path) = self.funder_page_by_name.get(name) {
            return Some(path);
        }
        let key = self.corpus.registry.canonical_org(name).to_lowercase();
        self.funder_pages.get(&key).map(|(_, to)| to.as_str())
    }

    /// The key of the organisation a name as written names: the registry's
    /// canonical name, lowercased (how filters and `summary` compare them).
    pub fn org_key<'n>(&'n self, written: &'n str) -> std::borrow::Cow<'n, str> {
        match self.org_keys.get(written) {
            Some(key) => key.as_str().into(),
            None => self
                .corpus
                .registry
                .canonical_org(written)
                .to_lowercase()
                .into(),
        }
    }

    pub fn project_link(&self, from: &str, p: &Project) -> Link {
        Link {
            text: p.short_name().to_string(),
            href: Some(links::relative(from, &links::project_page(&p.id))),
        }
    }
}

/// The portfolio code a record belongs to, as the registry spells it (the
/// grouping `summary --by salkku` uses); `None` for a record without one.
pub fn salkku_code(corpus: &Corpus, p: &Project) -> Option<String> {
    let code = p.salkku()?;
    let code = corpus.registry.salkku_code(code).unwrap_or(code.trim());
    (!code.is_empty()).then(|| code.to_string())
}

/// The registry names of a record's funders (plan and actuals), in the order
/// they appear, each once.
pub fn funders_of(corpus: &Corpus, p: &Project) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, f) in p.fundings() {
        for s in &f.osuudet {
            let name = corpus.registry.canonical_org(s.funder());
            if !name.is_empty() && !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// Builds every page of the site and writes its files through `out` (into
/// a folder that [`output`] then puts in place).
pub fn build(site: &Site, options: &Options, out: &output::Writer) -> anyhow::Result<Written> {
    let funders = funder::all(site);
    let jobs = jobs(site, &funders);
    // One job a page, each written as soon as it is rendered (the pages of
    // a national corpus never sit in memory together), split down to single
    // jobs so that the two halves of the pool stay busy to the end.
    jobs.par_iter()
        .with_max_len(1)
        .map(|job| job.write(site, options, out))
        .try_reduce(Written::default, |mut a, b| {
            a += b;
            Ok(a)
        })
}

/// One page to render (with its downloads), or the assets.
enum Job<'s, 'a> {
    Front,
    Assets,
    Salkku(&'s str),
    Funder(&'s funder::Funder<'a>),
    Project(&'a Project),
}

/// Every job, the long ones first: the front page, the funders and
/// portfolios with the most projects (a funder of every project has a page
/// as long as the front page), so that no long job starts last.
fn jobs<'s, 'a>(site: &'s Site<'a>, funders: &'s [funder::Funder<'a>]) -> Vec<Job<'s, 'a>> {
    let mut long: Vec<(usize, Job)> = vec![(usize::MAX, Job::Front), (0, Job::Assets)];
    long.extend(funders.iter().map(|f| (f.projects.len(), Job::Funder(f))));
    long.extend(site.salkku_pages.keys().map(|code| {
        let size = site.salkku_sizes.get(code.as_str()).copied().unwrap_or(0);
        (size, Job::Salkku(code.as_str()))
    }));
    long.sort_by_key(|(size, _)| std::cmp::Reverse(*size));
    long.into_iter()
        .map(|(_, job)| job)
        .chain(site.projects.iter().map(|p| Job::Project(p)))
        .collect()
}

impl Job<'_, '_> {
    /// Renders the job's files into the folder; what they were.
    fn write(
        &self,
        site: &Site,
        options: &Options,
        out: &output::Writer,
    ) -> anyhow::Result<Written> {
        let page = |files| Written { pages: 1, files };
        Ok(match self {
            Job::Front => page(index::write(site, out)?),
            Job::Assets => {
                for (path, bytes) in ASSETS {
                    out.write(path, bytes)?;
                }
                Written {
                    pages: 0,
                    files: ASSETS.len(),
                }
            }
            Job::Salkku(code) => page(salkku::write(site, code, options, out)?),
            Job::Funder(f) => page(funder::write(site, f, out)?),
            Job::Project(p) => page(project::write(site, p, out)?),
        })
    }
}

/// The stylesheet and the script, the same for every site.
const ASSETS: [(&str, &[u8]); 2] = [
    ("site.css", include_bytes!("assets/site.css")),
    ("site.js", include_bytes!("assets/site.js")),
];
