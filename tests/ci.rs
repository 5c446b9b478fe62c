//! The CI hand-offs: the example GitHub workflow (run through a small model
//! of how Actions decides which steps run) and the pre-commit example.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use yaml_rust2::{Yaml, YamlLoader};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load_yaml(path: &Path) -> Yaml {
    let text = std::fs::read_to_string(path).unwrap();
    YamlLoader::load_from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not YAML: {e}", path.display()))
        .remove(0)
}

/// One step of the workflow's only job.
#[derive(Debug, Clone)]
struct Step {
    name: String,
    id: Option<String>,
    cond: Option<String>,
    continue_on_error: bool,
    uses: Option<String>,
    run: Option<String>,
    with: HashMap<String, String>,
    env: HashMap<String, String>,
}

fn string_map(y: &Yaml) -> HashMap<String, String> {
    y.as_hash()
        .map(|h| {
            h.iter()
                .filter_map(|(k, v)| Some((k.as_str()?.to_string(), scalar(v)?)))
                .collect()
        })
        .unwrap_or_default()
}

fn scalar(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) => Some(s.clone()),
        Yaml::Boolean(b) => Some(b.to_string()),
        Yaml::Integer(i) => Some(i.to_string()),
        _ => None,
    }
}

fn workflow_steps() -> Vec<Step> {
    let w = load_yaml(&root().join("examples/github-workflow.yml"));
    let jobs = w["jobs"].as_hash().expect("jobs");
    assert_eq!(jobs.len(), 1, "one job");
    let job = jobs.values().next().unwrap();
    job["steps"]
        .as_vec()
        .expect("steps")
        .iter()
        .map(|s| {
            let uses = s["uses"].as_str().map(String::from);
            Step {
                name: s["name"]
                    .as_str()
                    .map(String::from)
                    .or_else(|| uses.clone())
                    .unwrap(),
                id: s["id"].as_str().map(String::from),
                cond: scalar(&s["if"]),
                continue_on_error: s["continue-on-error"].as_bool() == Some(true),
                uses,
                run: s["run"].as_str().map(String::from),
                with: string_map(&s["with"]),
                env: string_map(&s["env"]),
            }
        })
        .collect()
}

// --- a small model of GitHub Actions expressions -----------------------------

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Str(String),
}

impl Value {
    fn truthy(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Str(s) => !s.is_empty(),
        }
    }
    fn text(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Bool(b) => b.to_string(),
            Value::Str(s) => s.clone(),
        }
    }
}

/// The state an expression sees: context values by dotted path, and whether
/// an earlier step failed (for `success()` and `failure()`).
struct State {
    values: HashMap<String, String>,
    failed: bool,
}

/// Evaluates `||`, `&&`, `!`, `==`, `!=`, parentheses, '…' strings, the
/// status functions and dotted context paths: what the workflow uses.
fn eval(expr: &str, st: &State) -> Value {
    let expr = expr.trim();
    let expr = expr
        .strip_prefix("${{")
        .and_then(|e| e.strip_suffix("}}"))
        .unwrap_or(expr);
    let tokens = tokenize(expr);
    let mut p = Parser {
        tokens: &tokens,
        at: 0,
        st,
    };
    let v = p.or();
    assert_eq!(p.at, tokens.len(), "unparsed rest of `{expr}`");
    v
}

fn tokenize(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '\'' {
            let start = i;
            i += 1;
            while chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push(chars[start..i].iter().collect());
        } else if "()!=&|".contains(c) {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            if ["&&", "||", "==", "!="].contains(&two.as_str()) {
                out.push(two);
                i += 2;
            } else {
                out.push(c.to_string());
                i += 1;
            }
        } else {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || "._-".contains(chars[i])) {
                i += 1;
            }
            assert!(i > start, "unexpected `{c}` in `{s}`");
            out.push(chars[start..i].iter().collect());
        }
    }
    out
}

struct Parser<'a> {
    tokens: &'a [String],
    at: usize,
    st: &'a State,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }
    fn next(&mut self) -> String {
        self.at += 1;
        self.tokens[self.at - 1].clone()
    }
    fn or(&mut self) -> Value {
        let mut v = self.and();
        while self.peek() == Some("||") {
            self.next();
            let r = self.and();
            v = if v.truthy() { v } else { r };
        }
        v
    }
    fn and(&mut self) -> Value {
        let mut v = self.unary();
        while self.peek() == Some("&&") {
            self.next();
            let r = self.unary();
            v = if v.truthy() { r } else { v };
        }
        v
    }
    fn unary(&mut self) -> Value {
        if self.peek() == Some("!") {
            self.next();
            return Value::Bool(!self.unary().truthy());
        }
        let left = self.primary();
        match self.peek() {
            Some(op @ ("==" | "!=")) => {
                let equal = op == "==";
                self.next();
                let right = self.primary();
                // Strings compare case-insensitively; a missing value is ''.
                let same = left.text().eq_ignore_ascii_case(&right.text());
                Value::Bool(same == equal)
            }
            _ => left,
        }
    }
    fn primary(&mut self) -> Value {
        let t = self.next();
        if t == "(" {
            let v = self.or();
            assert_eq!(self.next(), ")");
            return v;
        }
        if let Some(s) = t.strip_prefix('\'') {
            return Value::Str(s.trim_end_matches('\'').to_string());
        }
        if self.peek() == Some("(") {
            self.next();
            assert_eq!(self.next(), ")", "functions without arguments only");
            return Value::Bool(match t.as_str() {
                "always" => true,
                "success" => !self.st.failed,
                "failure" => self.st.failed,
                "cancelled" => false,
                f => panic!("function {f}() not modelled"),
            });
        }
        self.st
            .values
            .get(&t)
            .map_or(Value::Null, |v| Value::Str(v.clone()))
    }
}

/// A template with `${{ … }}` parts replaced by their values.
fn render(template: &str, st: &State) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").expect("closing }}") + start + 2;
        out.push_str(&eval(&rest[start..end], st).text());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A step's `if:` as Actions reads it: `success() && (…)` unless it calls a
/// status function itself.
fn condition(step: &Step) -> String {
    let cond = step.cond.as_deref().unwrap_or("success()");
    let cond = cond.trim();
    let cond = cond
        .strip_prefix("${{")
        .and_then(|e| e.strip_suffix("}}"))
        .unwrap_or(cond);
    let status = ["always(", "success(", "failure(", "cancelled("];
    if status.iter().any(|f| cond.contains(f)) {
        cond.to_string()
    } else {
        format!("success() && ({cond})")
    }
}

/// How one simulated run goes: the steps (by name) that fail when they run,
/// whether the cache holds the binary, and the commit hanke's ref resolves to.
struct Scenario<'a> {
    failing: &'a [&'a str],
    cache_hit: bool,
    commit: &'a str,
}

/// What a run did: the steps that ran, and the state at the end.
struct Run {
    ran: Vec<String>,
    state: State,
    /// Rendered `with:` of each step that ran, by name.
    with: HashMap<String, HashMap<String, String>>,
    env: HashMap<String, HashMap<String, String>>,
}

fn simulate(steps: &[Step], s: &Scenario) -> Run {
    let mut st = State {
        values: HashMap::from([
            ("runner.os".to_string(), "Linux".to_string()),
            ("runner.arch".to_string(), "X64".to_string()),
            ("env.HANKE_REPO".to_string(), "https://example/hanke".into()),
        ]),
        failed: false,
    };
    let mut run = Run {
        ran: Vec::new(),
        state: State {
            values: HashMap::new(),
            failed: false,
        },
        with: HashMap::new(),
        env: HashMap::new(),
    };
    for step in steps {
        let runs = eval(&condition(step), &st).truthy();
        let outcome = match (runs, s.failing.contains(&step.name.as_str())) {
            (false, _) => "skipped",
            (true, true) => "failure",
            (true, false) => "success",
        };
        if runs {
            run.ran.push(step.name.clone());
            let with: HashMap<_, _> = step
                .with
                .iter()
                .map(|(k, v)| (k.clone(), render(v, &st)))
                .collect();
            let env: HashMap<_, _> = step
                .env
                .iter()
                .map(|(k, v)| (k.clone(), render(v, &st)))
                .collect();
            if let Some(id) = &step.id
                && outcome == "success"
            {
                let mut set = |k: &str, v: String| {
                    st.values.insert(format!("steps.{id}.outputs.{k}"), v);
                };
                if step
                    .uses
                    .as_deref()
                    .is_some_and(|u| u.starts_with("actions/cache/restore@"))
                {
                    set("cache-hit", s.cache_hit.to_string());
                    set("cache-primary-key", with["key"].clone());
                }
                for line in step.run.iter().flat_map(|r| r.lines()) {
                    if let Some(rest) = line.trim().strip_prefix("echo \"")
                        && line.contains(">> \"$GITHUB_OUTPUT\"")
                        && let Some((name, _)) = rest.split_once('=')
                    {
                        set(name, s.commit.to_string());
                    }
                }
            }
            run.with.insert(step.name.clone(), with);
            run.env.insert(step.name.clone(), env);
        }
        if let Some(id) = &step.id {
            st.values
                .insert(format!("steps.{id}.outcome"), outcome.to_string());
        }
        if outcome == "failure" && !step.continue_on_error {
            st.failed = true;
        }
    }
    run.state = st;
    run
}

fn step_named<'a>(steps: &'a [Step], pred: impl Fn(&Step) -> bool, what: &str) -> &'a Step {
    steps
        .iter()
        .find(|s| pred(s))
        .unwrap_or_else(|| panic!("the workflow has no step that {what}"))
}

fn runs_hanke(s: &Step, sub: &str) -> bool {
    s.run
        .as_deref()
        .is_some_and(|r| r.contains(&format!("hanke {sub}")))
}

fn is_install(s: &Step) -> bool {
    s.run
        .as_deref()
        .is_some_and(|r| r.contains("cargo install"))
}

fn names(steps: &[Step]) -> (String, String, String, String) {
    let name = |pred: &dyn Fn(&Step) -> bool, what| step_named(steps, pred, what).name.clone();
    (
        name(&is_install, "runs cargo install"),
        name(&|s| runs_hanke(s, "check"), "runs hanke check"),
        name(&|s| runs_hanke(s, "fmt --check"), "runs hanke fmt --check"),
        name(&|s| runs_hanke(s, "diff"), "runs hanke diff"),
    )
}

#[test]
fn workflow_layout_check_and_diff_run_after_rule_errors_not_after_a_failed_install() {
    let steps = workflow_steps();
    let (install, check, fmt, diff) = names(&steps);
    for cache_hit in [false, true] {
        let run = |failing: &[&str]| {
            simulate(
                &steps,
                &Scenario {
                    failing,
                    cache_hit,
                    commit: "c0ffee",
                },
            )
            .ran
        };
        let clean = run(&[]);
        for s in [&check, &fmt, &diff] {
            assert!(clean.contains(s), "{s} runs on a clean run: {clean:?}");
        }
        assert_eq!(
            clean.contains(&install),
            !cache_hit,
            "installs exactly when the cache misses"
        );
        let rule_errors = run(&[&check]);
        assert!(
            rule_errors.contains(&fmt) && rule_errors.contains(&diff),
            "after rule errors, the layout check and the diff still run: {rule_errors:?}"
        );
        let bad_layout = run(&[&fmt]);
        assert!(bad_layout.contains(&diff), "{bad_layout:?}");
    }
    // A failed install: nothing that needs hanke runs.
    let ran = simulate(
        &steps,
        &Scenario {
            failing: &[&install],
            cache_hit: false,
            commit: "c0ffee",
        },
    )
    .ran;
    for s in [&check, &fmt, &diff] {
        assert!(!ran.contains(s), "{s} runs after a failed install: {ran:?}");
    }
    // A failure before the install (checkout, resolving hanke's revision).
    for early in steps.iter().take_while(|s| !is_install(s)) {
        let ran = simulate(
            &steps,
            &Scenario {
                failing: &[&early.name],
                cache_hit: false,
                commit: "c0ffee",
            },
        )
        .ran;
        for s in [&check, &fmt, &diff] {
            assert!(!ran.contains(s), "{s} runs after {} failed", early.name);
        }
    }
    // A failure to save the cache is no failure of the check.
    for s in steps.iter().filter(|s| s.continue_on_error) {
        let ran = simulate(
            &steps,
            &Scenario {
                failing: &[&s.name],
                cache_hit: false,
                commit: "c0ffee",
            },
        )
        .ran;
        assert!(ran.contains(&check), "{} failing stops the check", s.name);
    }
}

#[test]
fn workflow_cache_is_keyed_on_the_hanke_commit_it_installs() {
    let steps = workflow_steps();
    let (install, ..) = names(&steps);
    let restore = step_named(
        &steps,
        |s| {
            s.uses
                .as_deref()
                .is_some_and(|u| u.starts_with("actions/cache/restore@"))
        },
        "restores from the cache",
    )
    .name
    .clone();
    let save = step_named(
        &steps,
        |s| {
            s.uses
                .as_deref()
                .is_some_and(|u| u.starts_with("actions/cache/save@"))
        },
        "saves into the cache (saved apart, so a failing check still keeps the binary)",
    )
    .name
    .clone();
    let key_for = |commit: &str| {
        let r = simulate(
            &steps,
            &Scenario {
                failing: &[],
                cache_hit: false,
                commit,
            },
        );
        assert!(r.ran.contains(&save), "saved after a fresh install");
        assert_eq!(
            r.with[&restore]["key"], r.with[&save]["key"],
            "saved under the key looked up"
        );
        // The install builds that very commit.
        let step = steps.iter().find(|s| s.name == install).unwrap();
        let script = step.run.as_deref().unwrap();
        assert!(
            r.env[&install].iter().any(
                |(var, value)| value == commit && script.contains(&format!("--rev \"${var}\""))
            ),
            "the install builds `{commit}` with --rev: {script}"
        );
        r.with[&restore]["key"].clone()
    };
    let (a, b) = (key_for("1111111"), key_for("2222222"));
    assert_ne!(a, b, "a new hanke commit must miss the cache");
    assert!(a.contains("1111111"), "{a}");
    // The cached binary is saved even when the check then fails.
    let r = simulate(
        &steps,
        &Scenario {
            failing: &[&names(&steps).1],
            cache_hit: false,
            commit: "1111111",
        },
    );
    assert!(r.ran.contains(&save), "{:?}", r.ran);
    // Nothing is saved over a hit.
    let r = simulate(
        &steps,
        &Scenario {
            failing: &[],
            cache_hit: true,
            commit: "1111111",
        },
    );
    assert!(!r.ran.contains(&save), "{:?}", r.ran);
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {:?}", out);
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// The step that resolves `HANKE_REF` is run as it is written against a
/// local repository: a branch, a lightweight tag, an annotated tag and a
/// commit id each give the commit; an unknown name fails.
#[test]
fn workflow_resolves_hanke_ref_to_a_commit() {
    let steps = workflow_steps();
    let resolve = step_named(
        &steps,
        |s| {
            s.run
                .as_deref()
                .is_some_and(|r| r.contains("GITHUB_OUTPUT") && r.contains("HANKE_REF"))
        },
        "resolves HANKE_REF",
    );
    let script = resolve.run.as_deref().unwrap();
    let t = tempfile::tempdir().unwrap();
    let repo = t.path().join("hanke");
    std::fs::create_dir(&repo).unwrap();
    git(&repo, &["init", "-q", "-b", "main"]);
    git(&repo, &["commit", "-q", "--allow-empty", "-m", "one"]);
    let first = git(&repo, &["rev-parse", "HEAD"]);
    git(&repo, &["tag", "light"]);
    git(&repo, &["tag", "-a", "-m", "release", "v0.1.0"]);
    git(&repo, &["commit", "-q", "--allow-empty", "-m", "two"]);
    let head = git(&repo, &["rev-parse", "HEAD"]);
    let url = format!("file://{}", repo.display());
    let resolve = |reference: &str| {
        let output = t.path().join("output");
        let path = t.path().join("path");
        std::fs::write(&output, "").unwrap();
        let status = Command::new("bash")
            .arg("-c")
            .arg(script)
            .env("HANKE_REPO", &url)
            .env("HANKE_REF", reference)
            .env("GITHUB_OUTPUT", &output)
            .env("GITHUB_PATH", &path)
            .status()
            .unwrap();
        let out = std::fs::read_to_string(&output).unwrap();
        status
            .success()
            .then(|| out.trim().strip_prefix("commit=").unwrap().to_string())
    };
    assert_eq!(resolve("main").as_deref(), Some(head.as_str()));
    assert_eq!(resolve("light").as_deref(), Some(first.as_str()));
    assert_eq!(resolve("v0.1.0").as_deref(), Some(first.as_str()));
    assert_eq!(resolve(&first).as_deref(), Some(first.as_str()));
    assert_eq!(resolve("no-such-branch"), None);
}

/// `rev:` lines of a text (the YAML of an example), trimmed of comments.
fn revs(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.trim_start_matches([' ', '#']).strip_prefix("rev:"))
        .map(|r| r.split('#').next().unwrap().trim().to_string())
        .collect()
}

/// The pre-commit examples name a revision of this repository that has the
/// hooks file, and hooks that it defines.
#[test]
fn pre_commit_example_names_a_revision_that_exists() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let hooks_text = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    let hooks = load_yaml(&root().join(".pre-commit-hooks.yaml"));
    let ids: Vec<&str> = hooks
        .as_vec()
        .unwrap()
        .iter()
        .filter_map(|h| h["id"].as_str())
        .collect();
    let mut all = revs(&readme);
    all.extend(revs(&hooks_text));
    assert!(all.len() >= 2, "a rev in the README and in the hooks file");
    for id in ["hanke-check", "hanke-fmt"] {
        assert!(ids.contains(&id) && readme.contains(&format!("- id: {id}")));
    }
    let in_git = Command::new("git")
        .arg("-C")
        .arg(root())
        .args(["rev-parse", "--git-dir"])
        .output()
        .is_ok_and(|o| o.status.success());
    for rev in all {
        let is_commit = rev.len() == 40 && rev.bytes().all(|b| b.is_ascii_hexdigit());
        if !in_git {
            eprintln!("SKIPPED: not a git checkout, cannot look up the example rev {rev}");
            assert!(is_commit, "`{rev}`: pin a full commit id");
            continue;
        }
        let spec = format!("{rev}:.pre-commit-hooks.yaml");
        let found = Command::new("git")
            .arg("-C")
            .arg(root())
            .args(["cat-file", "-e", &spec])
            .status()
            .unwrap()
            .success();
        assert!(
            found,
            "the example rev `{rev}` is no tag or commit of this repository with .pre-commit-hooks.yaml"
        );
    }
}

/// `cargo tree` of the package's normal dependencies, one `name vX` a line.
fn dependency_tree(args: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .current_dir(root())
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .args(args)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The lean build (`--no-default-features`) for CI leaves out the xlsx
/// writer and its zip and compression crates; the default build has them.
#[test]
fn lean_build_leaves_out_the_report_only_dependencies() {
    let full = dependency_tree(&[]);
    let lean = dependency_tree(&["--no-default-features"]);
    for report_only in ["rust_xlsxwriter ", "zip ", "zopfli "] {
        assert!(
            full.contains(report_only),
            "{report_only} in the default build"
        );
        assert!(
            !lean.contains(report_only),
            "{report_only}in the lean build"
        );
    }
    for needed in ["toml ", "annotate-snippets ", "clap "] {
        assert!(lean.contains(needed), "{needed}in the lean build");
    }
}

/// Asking a lean build for xlsx says why not and how to get it.
#[cfg(not(feature = "xlsx"))]
#[test]
fn xlsx_in_a_lean_build_says_how_to_get_it() {
    let dir = tempfile::tempdir().unwrap();
    crate::util::hanke_in("en")
        .arg("--projects")
        .arg(crate::util::projects())
        .args(["budget", "--salkku", "KONSTI", "--format", "xlsx", "-o"])
        .arg(dir.path().join("x.xlsx"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("built without xlsx support"))
        .stderr(predicates::str::contains("default features"));
    assert!(!dir.path().join("x.xlsx").exists());
}
