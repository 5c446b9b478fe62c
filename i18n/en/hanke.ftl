# hanke: English user interface. Same ids and variables as i18n/fi/hanke.ftl.

## Command-line arguments

date-invalid = `{ $value }` is not a date: write it as 1.5.2025 or 2025-05-01

## Counts

hankkeita = { $n ->
    [one] { $n } project
   *[other] { $n } projects
}

## Command line: clap help texts, headings, clap's own errors, top-level errors (ids cli-*, err-*)
# (section cli: add messages of this section above the end marker)

cli-spec-env = [env: { $name }]
cli-spec-default = [default: { $value }]
cli-spec-values = [possible values: { $values }]

## clap help: headings, built-in flags, usage line (src/cli/localize.rs)
cli-heading-global = Global options
cli-heading-filters = Filters
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands
cli-usage-heading = Usage:
cli-usage-options = [OPTIONS]
cli-spec-values-heading = Possible values:
cli-help-flag = Print help
cli-help-flag-short = Print help (see more with '--help')
cli-help-flag-long = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-subcommand = Print help for the subcommand(s)

## Value names (the placeholders of help and usage)
cli-valname-command = COMMAND
cli-valname-dir = DIR
cli-valname-pvm = DATE
cli-valname-kieli = LANG
cli-valname-color = COLOR
cli-valname-format = FORMAT
cli-valname-code = CODE
cli-valname-koodi = CODE
cli-valname-vaihe = STATUS
cli-valname-name = NAME
cli-valname-nimi = NAME
cli-valname-yyyy = YYYY
cli-valname-id = ID
cli-valname-text = TEXT
cli-valname-sort = SORT
cli-valname-file = FILE
cli-valname-by = BY
cli-valname-table = TABLE
cli-valname-base = BASE
cli-valname-head = HEAD
cli-valname-path = PATH
cli-valname-shell = SHELL

## Commands
cli-hanke-about = Check and report on plain-text records of municipal development projects (hanke)
cli-hanke-long-about = hanke keeps one TOML file per development project in a git repository and checks, lists and reports on them: funding splits that add up, dates that make sense, budget tables for reports.

    The data folder is --projects DIR, else $HANKE_PROJECTS, else the nearest folder holding a `hanke.toml` or with a `projects/` folder holding one, searched upwards from the current directory.
cli-hanke-after-help = Exit status: 0 clean (warnings allowed), 1 problems found, 2 the command could not run.
cli-check-about = Check every record against the rules of the record format
cli-schema-about = Print the JSON Schema of a record (or of the registry)
cli-list-about = List projects, filtered and sorted
cli-show-about = Show one project's card
cli-summary-about = Sum planned and actual amounts by portfolio, funder, year, status or kind of funding
cli-budget-about = The state-grant form's budget tables for one project or a portfolio
cli-diff-about = What a change does to the records in money terms: compare the data folder at two git revisions
cli-site-about = Write the portfolio as a static website (front page, a page per project, salkku and funder)
cli-site-after-help =
    Example: hanke site -o public && open public/index.html
    The folder is replaced whole; it must be new, empty, or written by hanke site before.
cli-new-about = Write a new record that passes `hanke check`, with hints for the rest
cli-new-after-help = Example: hanke new hyve/kainuu --nimi "Kainuun osahanke" --salkku KONSTI --alkaa 2025-01-01 --loppuu 2026-12-31 --paahanke hyve
cli-fmt-about = Rewrite records (and hanke.toml) into the canonical layout, keeping every comment
cli-import-about = Turn pages of the old project database (saved as text) into records
cli-import-after-help = Example: hanke import sivu.txt > projects/hyve.toml   or   hanke import --write sivut/*.txt
cli-completions-about = Print a static shell completion script (or use `source <(COMPLETE=bash hanke)`)
cli-completions-after-help =
    Completions that also complete values (--vaihe, --salkku codes, project ids, organisations) from the data folder:
      bash: source <(COMPLETE=bash hanke)          (in ~/.bashrc)
      zsh:  source <(COMPLETE=zsh hanke)           (in ~/.zshrc)
      fish: COMPLETE=fish hanke | source           (in ~/.config/fish/config.fish)
    A static script, completing commands and options only:
      hanke completions bash > ~/.local/share/bash-completion/completions/hanke
      hanke completions zsh > ~/.zfunc/_hanke
      hanke completions fish > ~/.config/fish/completions/hanke.fish
cli-man-about = Print the man page of hanke or of one command (roff), or write them all
cli-man-after-help =
    Examples:
      hanke man | man -l -
      hanke man list | man -l -
      hanke man --out-dir ~/.local/share/man/man1

## Arguments: cli-<command>-<arg>, else cli-arg-<arg>; values cli-…-<arg>-<value>
cli-arg-projects = The data folder holding hanke.toml and the records
cli-arg-today = The date to compare `vaihe` with, instead of the system date (1.5.2025 or 2025-05-01)
cli-arg-lang = The language of the messages: fi (the default) or en [env: HANKE_LANG, then LC_ALL, LC_MESSAGES, LANG]
cli-arg-color = When to colour output
cli-arg-color-auto = Colour on a terminal, unless NO_COLOR is set
cli-arg-format = Output format
cli-list-format = Output format [default: from the extension of -o FILE, else table]
cli-summary-format = Output format [default: from the extension of -o FILE, else table]
cli-budget-format = Output format [default: from the extension of -o FILE, else table]
cli-arg-format-human = rustc-style diagnostics with the source line
cli-arg-format-github = GitHub Actions workflow commands (annotations on the pull request)
cli-arg-format-table = A table fitted to the terminal, Finnish number formats
cli-show-format-table = The card, for the terminal
cli-diff-format-table = Text tables for the terminal
cli-arg-format-md = A GitHub-flavoured Markdown table
cli-show-format-md = Markdown, ready to paste
cli-diff-format-md = Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY
cli-arg-format-csv = CSV: ISO dates, plain decimals
cli-arg-format-json = JSON: an array of objects, money as decimal strings
cli-check-format-json = One JSON document on stdout
cli-show-format-json = JSON
cli-diff-format-json = One JSON document (money as decimal strings)
cli-arg-format-xlsx = An Excel workbook (needs -o FILE.xlsx)
cli-budget-format-xlsx = An Excel workbook, one sheet per table (needs -o FILE)
cli-arg-deny-warnings = Fail (exit 1) on warnings too
cli-arg-fix = Apply every fix the diagnostics carry (comments and layout kept), then check again
cli-arg-registry = The schema of the registry hanke.toml instead of a record
cli-schema-write = Write both schemas into `schemas/` beside the data folder, where the `#:schema` lines point
cli-import-write = Save each record in the data folder under an id made from its name, instead of printing it
cli-arg-salkku = Portfolio code (case-insensitive)
cli-new-salkku = The portfolio code, defined in hanke.toml
cli-arg-vaihe = Status: suunnitteilla, käynnissä (or kaynnissa), päättynyt, keskeytetty
cli-arg-rahoittaja = Projects with a share from this funder in the plan or the actuals (aliases fold in)
cli-arg-toteuttaja = Projects with this implementer (aliases fold in)
cli-arg-vuosi = Projects running on any day of this year
cli-arg-paahanke = The osahankkeet of this project
cli-new-paahanke = The id of the parent project (päähanke)
cli-arg-hae = Case- and diacritic-insensitive search in nimi, lyhenne, tiivistelma, avainsanat
cli-arg-sort = Sort order
cli-arg-sort-nimi = Finnish alphabetical order of nimi
cli-arg-reverse = Reverse the order
cli-arg-output = Write to FILE (atomically) instead of standard output
cli-budget-output = Write to FILE (atomically) instead of standard output (required for xlsx)
cli-site-output = The folder to write the site into
cli-arg-excel = CSV for Excel in a Finnish locale: UTF-8 with BOM, `;`, decimal comma, CRLF
cli-show-id = The project id (its path below the data folder without `.toml`)
cli-budget-id = The project id; or roll up the projects selected by the filters (e.g. --salkku CODE)
cli-new-id = The id of the record: its path below the data folder without `.toml` (`hyve/kainuu`)
cli-import-id = The id to save under (with --write and one file)
cli-arg-by = What a row is
cli-arg-table = The table written as CSV
cli-arg-table-kustannusarvio = Kustannusarvio: planned costs by category and year
cli-arg-table-toteutuneet = Toteutuneet kustannukset: actual costs by category and year
cli-arg-table-vertailu = Suunniteltu vs toteutunut by category
cli-arg-table-rahoitus = Rahoitussuunnitelma
cli-arg-table-rahoittajat = Each funder's planned and actual amount
cli-arg-table-osahankkeet = The osahankkeet of a päähanke
cli-arg-base = The revision to compare from [default: the merge base of HEAD with origin/main, else main]
cli-arg-head = The revision to compare to [default: the working tree]
cli-arg-fail-on-new-errors = Exit 1 when the change introduces rule errors
cli-arg-nimi = The project's name (Hankkeen nimi)
cli-arg-alkaa = Start date, 1.5.2025 or 2025-05-01 (default: today)
cli-arg-loppuu = End date, 1.5.2025 or 2025-05-01
cli-arg-check = Change nothing: list the files that would change with a diff, exit 1 if any would
cli-arg-paths = Files or folders to format (default: every record below the data folder and hanke.toml)
cli-arg-files = Text files, each one project page copied from the old database (`-` reads standard input)
cli-arg-shell = The shell to complete for
cli-arg-command = The command whose page to print (default: the main page)
cli-arg-out-dir = Write every page (hanke.1, hanke-list.1, …) into this folder instead
cli-vaihe-invalid = expected one of suunnitteilla, käynnissä (kaynnissa), päättynyt, keskeytetty

## clap's own errors (src/cli/errors.rs)
err-prefix = error:
cli-clap-tip = tip:
cli-clap-try-help = For more information, try '{ $flag }'.
cli-clap-unknown-argument = unexpected argument '{ $arg }' found
cli-clap-value-invalid = invalid value '{ $value }' for '{ $arg }'
cli-clap-value-missing = a value is required for '{ $arg }' but none was supplied
cli-clap-required = { $n ->
    [one] the following required argument was not provided:
   *[other] the following required arguments were not provided:
}
cli-clap-subcommand-unknown = unrecognized subcommand '{ $sub }'
cli-clap-subcommand-missing = '{ $sub }' requires a subcommand but one was not provided
cli-clap-subcommands = [subcommands: { $names }]
cli-clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-clap-utf8 = invalid UTF-8 was detected in one or more arguments
cli-clap-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-clap-too-few = { $min } values required by '{ $arg }'; only { $actual ->
    [one] { $actual } was provided
   *[other] { $actual } were provided
}
cli-clap-wrong-number = { $expected } values required for '{ $arg }' but { $actual ->
    [one] { $actual } was provided
   *[other] { $actual } were provided
}
cli-clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-clap-conflict-many = the argument '{ $arg }' cannot be used with:
cli-clap-conflict-some = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-clap-conflict-repeated = the argument '{ $arg }' cannot be used multiple times
cli-clap-other = the arguments are not valid
cli-clap-similar-argument = { $n ->
    [one] a similar argument exists: { $names }
   *[other] some similar arguments exist: { $names }
}
cli-clap-similar-subcommand = { $n ->
    [one] a similar subcommand exists: { $names }
   *[other] some similar subcommands exist: { $names }
}
cli-clap-similar-value = { $n ->
    [one] a similar value exists: { $names }
   *[other] some similar values exist: { $names }
}
cli-clap-tip-as-value = to pass '{ $arg }' as a value, use '{ $example }'
cli-clap-tip-remove-dashes = subcommand '{ $sub }' exists; to use it, remove the '--' before it
cli-clap-tip-exists = '{ $what }' exists

## Top-level errors (the line after `error:`)
err-cwd = cannot read the current directory
err-no-data-folder = no data folder: no `{ $registry }` in `{ $cwd }`, in a parent folder or in a `projects/` folder of one; pass --projects DIR or set HANKE_PROJECTS
err-data-folder-missing = the data folder `{ $path }` does not exist
err-read-data-folder = cannot read the data folder `{ $path }`
err-registry-unreadable = the registry `{ $path }` cannot be read (run `hanke check` for details)
err-record-broken = the record `{ $file }` does not load (run `hanke check` for details)
err-no-project = no project `{ $id }` (run `hanke list` to see the ids)
err-no-project-mean = no project `{ $id }`: did you mean { $names }?
err-no-salkku-mean = no portfolio `{ $code }`: did you mean `{ $name }`?
err-no-salkku-list = no portfolio `{ $code }`: the registry has { $codes }
err-budget-id-and-filters = give a project id or filters such as `--salkku CODE`, not both
err-budget-nothing = give a project id (`hanke budget ID`) or choose projects to roll up with `--salkku CODE`
err-no-osahankkeet = { $title } has no osahankkeet
err-workbook = cannot build the workbook
err-xlsx-needs-file = xlsx needs an output file: add `-o FILE.xlsx`
err-excel-needs-csv = `--excel` shapes CSV for Excel and goes with `--format csv`, not { $format }; for a workbook write `-o FILE.xlsx`
err-format-mismatch = `--format { $given }` does not match the file name `{ $file }` (a .{ $ext } file): leave out `--format` to write { $named }, or name the file `{ $renamed }`
err-old-workbook = hanke writes Excel workbooks as .xlsx, not as `{ $file }`: name the file `{ $renamed }`
err-write-file = cannot write `{ $path }`
err-create-file = cannot create `{ $path }` (does it already exist?)
err-create-folder = cannot create the folder `{ $path }`
err-temp-file = cannot create a temporary file in `{ $path }`
err-flush = cannot flush `{ $path }` to disk
err-permissions = cannot set the permissions of `{ $path }`
err-replace = cannot replace `{ $path }`
err-read-only = `{ $path }` is read-only; it was left as it is (make it writable, e.g. `chmod u+w`, to let hanke rewrite it)
err-exists = `{ $file }` already exists; not overwriting it
err-exists-use-id = `{ $file }` already exists; not overwriting it (save under another id with `--id`)
err-not-below = `{ $file }` is not a path below the data folder
err-symlink-out = `{ $file }` would be written out of the data folder: `{ $link }` is a symbolic link to `{ $target }` (hanke writes records only inside the data folder, where `hanke check` reads them)
err-not-file-or-folder = `{ $path }` is neither a file nor a folder
err-stdin = cannot read standard input
err-stdin-name = standard input
err-read-file = cannot read { $file }: { $reason }
err-import-id-one-file = `--id` names one record; give one file with it
err-import-not-data-folder = `{ $path }` is not a readable data folder; run `hanke check` there
err-import-folder = { $file } is a folder: give the saved page's file
err-import-too-big = { $file } is over { $mib } MiB: that is not a saved project page
err-new-registry = the registry `{ $path }` has errors; run `hanke check` and fix it first
err-new-nimi-empty = `--nimi` is empty; give the project's name
err-new-no-parent = no project `{ $parent }` for `--paahanke`{ $n ->
    [0] {""}
   *[other] ; did you mean { $names }?
}
err-new-own-parent = a project cannot be its own päähanke
err-new-dates = `--loppuu { $loppuu }` is before `--alkaa { $alkaa }`
err-new-before-parent = `--alkaa { $alkaa }` is before the päähanke `{ $parent }` starts on { $start }; an osahanke runs within its päähanke
err-new-after-parent = the päähanke `{ $parent }` ends on { $end }; give `--loppuu` on or before it (and `--alkaa` too)
err-new-no-salkku = no portfolio `{ $given }` in hanke.toml; { $hint }
err-new-internal = internal error: the new record is not valid TOML
err-did-you-mean = did you mean `{ $name }`?
err-salkut-are = the portfolios in hanke.toml are: { $codes }
err-id-absolute = `{ $id }` is an absolute path: an id is the record's path below the data folder, without `.toml` (`hyve/kainuu`){ $below }
err-id-below = ; below the data folder it is `{ $rel }`
err-id-invalid = `{ $id }` is not a valid id: { $problem }{ $hint }
err-id-empty-segment = it has an empty path segment
err-id-bad-char = it contains `{ $char }`: ids are lowercase ASCII letters, digits and `-`
err-id-hint = ; did you mean `{ $suggestion }`?
err-man-no-command = no command `{ $name }`; the pages are: { $pages }

## The man pages (src/commands/man.rs)
cli-man-wrote = wrote { $path }
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-commands = SUBCOMMANDS
cli-man-extra = EXTRA
cli-man-version = VERSION
cli-man-see-also = SEE ALSO
cli-man-environment = ENVIRONMENT
cli-man-exit-status = EXIT STATUS
cli-man-env-projects = The data folder, when --projects is not given. Without either, the nearest projects/ folder holding a hanke.toml, from the current directory upwards.
cli-man-env-lang = The language of the messages (fi or en), when --lang is not given; else LC_ALL, LC_MESSAGES or LANG (en_US.UTF-8 is English), else Finnish.
cli-man-env-no-color = When set and not empty, no colour (as --color never, unless --color always is given).
cli-man-env-step-summary = With check --format github: the file a Markdown table of the diagnostics is appended to (set by GitHub Actions).
cli-man-env-complete = Set by the shell integration (source <(COMPLETE=bash hanke)): answer a completion request instead of running a command.
cli-man-exit-2 = The command could not run (bad arguments, no data folder, an unreadable registry); the reason is one line on stderr.
cli-man-exit-check-0 = No errors (warnings allowed, unless --deny-warnings).
cli-man-exit-check-1 = Errors found, or warnings with --deny-warnings.
cli-man-exit-fmt-0 = Formatted, or with --check nothing would change.
cli-man-exit-fmt-1 = With --check, a file would change; or a file could not be parsed.
cli-man-exit-diff-0 = Compared.
cli-man-exit-diff-1 = With --fail-on-new-errors, the change introduces rule errors.
cli-man-exit-import-0 = Every page imported.
cli-man-exit-import-1 = A page could not be imported, or with --write its file exists already.
cli-man-exit-main-0 = Success (check: warnings allowed).
cli-man-exit-main-1 = Problems found: rule errors, files that would change, a page that could not be imported.
cli-man-exit-other-0 = Success.

## Loading the data folder (src/load/mod.rs, LoadError)
err-load-no-root = the data folder `{ $path }` does not exist (set it with --projects DIR or HANKE_PROJECTS)
err-load-root-not-folder = the data folder `{ $path }` is { $kind }, not a folder (set it with --projects DIR or HANKE_PROJECTS)
err-load-registry-not-file = the registry `{ $path }` is { $kind }, not a file: it must be a TOML file listing the portfolios
err-load-no-registry = `{ $path }` has no registry `hanke.toml`: is this a hanke data folder?
err-load-registry = the registry `{ $path }` cannot be read
err-kind-pipe = a named pipe
err-kind-device = a device
err-kind-socket = a socket
err-kind-folder = a folder
err-kind-link = a symbolic link
err-kind-file = a file
err-kind-special = not a regular file

## hanke site's output folder (src/site/output.rs)
err-site-not-folder = `{ $path }` exists and is not a folder; choose another output folder with -o
err-site-read = cannot read the output folder `{ $path }`
err-site-not-ours = `{ $path }` is not empty and was not written by `hanke site` (no `{ $marker }` file); choose an empty or new folder with -o
err-site-remove = cannot remove the old site `{ $path }`
err-site-move = cannot move the new site from `{ $from }` to `{ $to }`
err-temp-folder = cannot create a temporary folder in `{ $path }`

## git, for diff (src/load/git.rs)
err-git-no-repo = `{ $path }` is not in a git repository: { $reason }
err-git-bare = `{ $path }` is not in a git repository: it is a bare repository or a `.git` folder
err-git-no-revision = the revision `{ $name }` does not exist: { $reason }
err-git-no-main = no `origin/main` or `main` branch to compare with: name the base revision, e.g. `hanke diff HEAD~1` or `hanke diff origin/master`
err-git-merge-base = cannot find the merge base of `{ $branch }` and `HEAD`: { $reason }; name the base revision
err-git-no-registry = the data folder at `{ $rev }` has no registry `{ $registry }`
err-git-registry = the registry `{ $registry }` at `{ $rev }` cannot be read: run `hanke check` on that revision
err-git-missing = cannot run `git`: is git installed?

# end of section cli

## Diagnostics: rule messages, labels, help lines, check's summary lines (ids diag-*, rule-*, check-*)
# (section diag: add messages of this section above the end marker)


# end of section diag

## Reports and command output: list, show, summary, budget, diff, new, fmt, import, site, step summary (ids out-*, list-*, show-*, summary-*, budget-*, diff-*, new-*, fmt-*, import-*, site-*)
# (section out: add messages of this section above the end marker)


# end of section out

## Cost models (ids cost-*)
# (section cost: add messages of this section above the end marker)


# end of section cost
