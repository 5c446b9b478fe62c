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
    The folder is updated: only new and changed files are written, and pages of removed records are deleted. It must be new, empty, or written by hanke site before.
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
cli-arg-format-table = A table fitted to the terminal, numbers written as the language writes them
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
cli-arg-paahanke = The sub-projects of this project (by its id)
cli-new-paahanke = The id of the parent project (päähanke)
cli-new-kustannusmalli = The cost model, a code under [kustannusmallit] in hanke.toml (FR40): the cost estimate then lists only the categories the model itemises
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
cli-arg-table-kustannusarvio = Cost estimate: planned costs by category and year
cli-arg-table-toteutuneet = Actual costs by category and year
cli-arg-table-vertailu = Planned vs actual costs by category
cli-arg-table-rahoitus = Financing plan
cli-arg-table-rahoittajat = Each funder's planned and actual amount
cli-arg-table-osahankkeet = The sub-projects of a parent project
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

## hanke site's output folder (src/site/output.rs)
err-site-not-folder = `{ $path }` exists and is not a folder; choose another output folder with -o
err-site-read = cannot read the output folder `{ $path }`
err-site-not-ours = `{ $path }` is not empty and was not written by `hanke site` (no `{ $marker }` file); choose an empty or new folder with -o
err-site-remove = cannot remove the old site `{ $path }`

## git, for diff (src/load/git.rs)

## Sweep of issue 13: the last texts in one language only
err-import-not-a-page = no `Hankkeen nimi` label found: not a project page
err-import-empty-name = the `Hankkeen nimi` label has no name after it
err-import-invalid-record = the importer produced invalid TOML (a bug): { $reason }
err-warning-prefix = warning:
err-fmt-leads-out = { $file }: a symbolic link out of the data folder (to `{ $target }`); not formatted, since hanke writes only inside the data folder
err-salkut-none = hanke.toml defines no portfolio yet: add one, `[salkut.KOODI]` with `nimi = "…"`
# end of section cli

## Diagnostics: rule messages, labels, help lines, check's summary lines (ids diag-*, rule-*, check-*)
# (section diag: add messages of this section above the end marker)

# The frame: rustc-style `error[H303]: …`, `= help: …`, `= note: …`

diag-level-error = error
diag-level-warning = warning
diag-level-help = help
diag-level-note = note

# Words shared by many diagnostics

diag-list-and = { $init } and { $last }
diag-list-or = { $init } or { $last }
diag-did-you-mean = did you mean { $what }?
diag-write = write `{ $toml }`
diag-none-defined = (none defined)
diag-type-string = a string
diag-type-integer = an integer
diag-type-float = a float
diag-type-boolean = a boolean
diag-type-date = a date
diag-type-array = an array
diag-type-table = a table
diag-type-strings = an array of strings
diag-type-money = an amount of euros
diag-type-percent = a percentage
diag-type-tables = an array of tables
diag-file-kind-pipe = a named pipe
diag-file-kind-device = a device
diag-file-kind-socket = a socket
diag-file-kind-folder = a folder
diag-file-kind-symlink = a symbolic link
diag-file-kind-file = a file
diag-file-kind-other = not a regular file
diag-io-permission = permission denied
diag-io-not-found = no such file or folder

# Fixes (`fix` in JSON, `hanke check --fix`)

diag-fix-help = write { $edits } (`hanke check --fix` does this)
diag-fix-why = { $why }: { $how }
diag-fix-not-toml = the file is not valid TOML: { $reason }
diag-fix-no-key = the file has no `{ $path }` to change

# Keeping one file from flooding the output

diag-flood-message = { $n ->
        [one] { $n } more `{ $name }` problem in this file is not shown, from here on
       *[other] { $n } more `{ $name }` problems in this file are not shown, from here on
    }
diag-flood-help = only the first { $max } of one kind are shown for each file: fix those and run the check again

# Loading a data folder: why it cannot be loaded at all

diag-load-no-root = the data folder `{ $path }` does not exist (set it with --projects DIR or HANKE_PROJECTS)
diag-load-root-not-folder = the data folder `{ $path }` is { $kind }, not a folder (set it with --projects DIR or HANKE_PROJECTS)
diag-load-registry-not-file = the registry `{ $path }` is { $kind }, not a file: it must be a TOML file listing the portfolios
diag-load-no-registry = `{ $path }` has no registry `hanke.toml`: is this a hanke data folder?
diag-load-registry-unreadable = the registry `{ $path }` cannot be read
diag-load-registry-note = the registry must be readable before any record can be checked

# Top-level errors of loading a data folder from git (`hanke diff`)

diag-git-not-repo = `{ $path }` is not in a git repository
diag-git-bare = `{ $path }` is not in a git repository: it is a bare repository or a `.git` folder
diag-git-no-revision = the revision `{ $name }` does not exist
diag-git-no-main = no `origin/main` or `main` branch to compare with: name the base revision, e.g. `hanke diff HEAD~1` or `hanke diff origin/master`
diag-git-no-merge-base = cannot find the merge base of `{ $branch }` and `HEAD`; name the base revision
diag-git-no-registry = the data folder at `{ $rev }` has no registry `{ $registry }`
diag-git-registry-unreadable = the registry `{ $registry }` at `{ $rev }` cannot be read: run `hanke check` on that revision
diag-git-not-installed = cannot run `git`: is git installed?
diag-git-not-utf8 = git printed something that is not UTF-8
diag-git-no-object = git cannot read the object `{ $object }`

# H0xx: files

rule-h001-read = cannot read the file: { $reason }
rule-h001-read-help = check that the file exists and is readable
rule-h001-not-file = `{ $file }` is { $kind }, not a file: a record must be a regular file
rule-h001-not-file-help = move it out of the data folder, or rename it so it does not end in `.toml`
rule-h001-outside = `{ $file }` is a symbolic link out of the data folder (to `{ $target }`): it is not followed
rule-h001-outside-help = records live in the data folder: copy the files in, or remove the link
rule-h001-loop = symbolic link loop: `{ $file }` leads back to `{ $target }`
rule-h001-loop-help = remove the link that points back up the tree
rule-h001-walk = cannot read `{ $file }`: { $reason }
rule-h001-walk-help = check that it exists and that you may read it (its permissions, or where its link points)
rule-h002-bom = the file starts with a UTF-8 byte-order mark
rule-h002-bom-label = invisible byte-order mark
rule-h002-bom-help = save the file as UTF-8 without BOM (`hanke fmt` removes it)
rule-h002 = the file is not valid UTF-8 text
rule-h002-label = invalid byte here
rule-h002-help = save the file as UTF-8 (it may be Latin-1 / Windows-1252 from an old system)
rule-h003 = invalid TOML: { $reason }
rule-h003-label = here
# H003: the TOML parser's own words, kept as the parser wrote them.
rule-h003-parser = { $slug ->
       *[other] { $text }
    }
rule-h003-parser-expected = { $slug ->
       *[other] { $text }
    }
rule-h003-reason-expected = { $what }, expected { $expected }
rule-h003-fmt-changes = formatting would change the data of this file, so it was left as it is
rule-h003-fmt-changes-help = this is a bug in `hanke fmt`: please report it with the file
rule-h003-help-number = a bare number has no spaces, commas or units: write `1000` (or `1_000`); money may be a string `"1 000,50"`, a percentage `75` or `"12,5"`
rule-h003-help-duplicate = each key and table may appear only once: merge the two
rule-h003-help-deep = tables or arrays are nested too deeply here: a record needs only a few levels (`[kustannusarvio.2024]`, `[[rahoitus.osuudet]]`)
rule-h003-help-string = close the string with the quote it was opened with
rule-h003-help-date = write dates as YYYY-MM-DD (`2012-03-01`), a real day of the calendar
rule-h003-help-boolean = write `true` or `false`, in lowercase
rule-h003-help-quotes = text goes in double quotes: `kuvaus = "Teksti"`
rule-h003-help-escape = a backslash in double quotes starts an escape: write `\\` for a backslash, or use single quotes ('C:\polku') where backslashes are plain
rule-h003-help-underscore = `_` separates digits only: `1_000` or `1000`
rule-h003-help-table = close the table header: `[rahoitus]`, `[[rahoitus.osuudet]]`
rule-h003-help-array = close the array with `]`
rule-h003-help-inline = close the inline table with `{ "}" }`: it must fit on one line
rule-h003-help-key-ascii = a bare key is ASCII only: write it without ä and ö (`tiivistelma`, `sahkoposti`) or in quotes (`"tiivistelmä" = …`)
rule-h003-help-key = write `key = value`; a key has no spaces (use `_`)
rule-h003-help-newline = one `key = value` per line, text in one pair of double quotes
rule-h004-empty = the file name `{ $file }` has an empty path segment
rule-h004-char = the file name `{ $file }` contains `{ $char }`: ids are lowercase ASCII letters, digits and `-`
rule-h004-help = rename the file to `{ $name }`
rule-h005 = the file is { $size } MiB; a record may be at most { $max } MiB
rule-h005-help = a project record is a few kilobytes: move attachments out of the data folder
rule-h006 = `{ $file }` is a temporary file left by an interrupted `hanke` write; it is not a record
rule-h006-help = `hanke fmt` removes it (or delete it); `.hanke-tmp-*` in .gitignore keeps such files out of commits

# H1xx: structure

rule-h101-twice = `{ $key }` is given twice in { $place ->
        [record] a record
        [registry] the registry
       *[table] { $table }
    }
rule-h101-twice-label = second spelling of the same key
rule-h101-twice-first = first given here
rule-h101-twice-help = keep one `{ $key }`
rule-h101 = unknown key `{ $key }` in { $place ->
        [record] a record
        [registry] the registry
       *[table] { $table }
    }
rule-h101-label = unknown key
rule-h101-keys = the keys of { $place ->
        [record] a record
        [registry] the registry
       *[table] { $table }
    } are: { $keys }
rule-h102 = `{ $key }` must be { $expected }, found { $found }
rule-h102-label = expected { $expected }
rule-h102-quote = put the value in quotes: `{ $toml }`
rule-h102-quote-items = put each item in quotes: `{ $toml }`
rule-h102-one-value = give one value, not a list: `{ $toml }`
rule-h102-date = write a TOML date without quotes: `{ $toml }`
rule-h102-money = write whole euros as an integer (`{ $key } = 1234`) or cents as a string (`{ $key } = "1234.50"`)
rule-h102-table = write it as a table: `[{ $key }]` with keys below it
rule-h102-tables = write each entry as `[[…{ $key }]]` with its keys below
rule-h102-costs = `{ $table }` must be a table of cost categories
rule-h102-costs-help = write `[{ $table }]` with category amounts below it, e.g. `palkat = 120000`
rule-h102-registry-table = `{ $table }` must be a table
rule-h102-registry-table-help = write `[{ $table }]` with its keys below it
rule-h103 = { $owner ->
        [record] the record
        [contact] this contact
        [link] this link
        [share] this share
        [contribution] this contribution
       *[portfolio] this portfolio
    } is missing the required key `{ $key }`
rule-h103-label = `{ $key }` missing here
rule-h103-help = add `{ $key } = { $example }`
rule-h103-help-salkku = add `salkku = "KOODI"` (a portfolio code from hanke.toml)
rule-h104-choice = `{ $toml }` is not { $key ->
        [vaihe] a Käsittelyvaihe
       *[other] a kind of funding
    }
rule-h104-choice-label = unknown { $key }
rule-h104-choice-guess = did you mean `{ $guess }`? The values are { $allowed }
rule-h104-choice-help = use one of { $allowed }
rule-h104-datetime = `{ $key }` must be a date without a time, found `{ $value }`
rule-h104-datetime-label = expected a local date
rule-h104-no-day = `{ $toml }` is not a day of the calendar
rule-h104-no-day-label = no such day
rule-h104-no-day-help = check the day and month (February has 28 days, 29 in leap years)
rule-h104-year = `{ $table }` is not a year
rule-h104-year-label = expected a year such as 2024
rule-h104-year-help = name each table by its year: `[{ $key }.2024]`
rule-h105 = `{ $toml }` is a float; money must be exact
rule-h105-label = floating-point number
rule-h105-help = write whole euros as an integer (`1234`) or cents as a string (`"1234.50"`)
rule-h106-not-money = `{ $toml }` is not an amount of euros
rule-h106-decimals = `{ $toml }` has more than two decimals (money is exact to the cent)
rule-h106-negative = `{ $toml }` is negative
rule-h106-too-large = `{ $toml }` is too large to be an amount of euros
rule-h106-money-label = not a valid amount
rule-h106-negative-help = record a refund or correction as a smaller amount, never a negative one
rule-h106-decimals-help = round to the cent: at most two decimals
rule-h106-too-large-help = amounts above { $max } are not accepted
rule-h106-not-percent = `{ $toml }` is not a percentage
rule-h106-not-percent-label = not a number
rule-h106-percent-help = write `{ $key } = 75` or `{ $key } = 11.3`
rule-h106-percent-negative-label = negative percentage
rule-h106-over-100 = `{ $toml }` is more than { $limit }
rule-h106-over-100-label = above 100
rule-h106-percent-range-help = a share is between 0 and 100 percent
rule-h107 = unknown salkku `{ $value }`
rule-h107-label = not defined in hanke.toml
rule-h107-help = define it in hanke.toml: `[salkut.{ $value }]` with `nimi = "…"`, or use one of: { $list }
rule-h108 = unknown ohjelma `{ $value }`
rule-h108-help = define it in hanke.toml: `[ohjelmat.{ $value }]` with `nimi`, `rahoittaja` and `enintaan`
rule-h109 = no project has the id `{ $value }`
rule-h109-label = unknown päähanke
rule-h109-help = `paahanke` is the id of the parent record: its path below the data folder without `.toml`
rule-h110 = päähanke cycle: { $chain }
rule-h110-label = leads back to this project
rule-h110-help = a päähanke cannot be its own osahanke: remove `paahanke` from one record of the cycle
rule-h111-copy = `{ $id }` has the same `nimi` and `alkaa` as `{ $original }`: the same project twice?
rule-h111-copy-label = also the name of `{ $original }`
rule-h111-copy-start = `{ $original }` starts on the same day
rule-h111-copy-help = if it is the same project, remove one of the two records (reports count both); if not, give them names that tell them apart
rule-h111-folder-walked = `{ $file }` is a symbolic link to the folder `{ $target }`, whose records are read there already: they are read once
rule-h111-folder-walked-help = remove the link: each record is one file, found once
rule-h111-folder-twice = `{ $file }` leads to the folder `{ $target }`, which another link already brought in: its records are read once
rule-h111-folder-twice-help = keep one link to the folder and remove the others
rule-h111-file-walked = `{ $file }` is a symbolic link to `{ $target }`, which is read as a record already: it is read once
rule-h111-file-walked-help = remove the link: a record is one file. If it is meant to be a project of its own, make it a file with its own `nimi`
rule-h111-file-twice = `{ $file }` leads to `{ $target }`, which another link already brought in: it is read once
rule-h111-file-twice-help = keep one link to the file and remove the others

# H2xx: dates

rule-h201 = `loppuu = { $loppuu }` is before `alkaa = { $alkaa }`
rule-h201-label = ends before it starts
rule-h201-start = starts here
rule-h201-help = swap the dates, or correct the year
rule-h202-start = osahanke starts on { $date }, before its päähanke `{ $parent }` starts on { $parent_date }
rule-h202-start-label = before the päähanke starts
rule-h202-start-help = start on or after { $parent_date }, or move the päähanke's `alkaa` earlier
rule-h202-end = osahanke ends on { $date }, after its päähanke `{ $parent }` ends on { $parent_date }
rule-h202-end-label = after the päähanke ends
rule-h202-end-help = end on or before { $parent_date }, or move the päähanke's `loppuu` later
rule-h203 = `{ $table }` is outside the project's years { $first }–{ $last }
rule-h203-open = `{ $table }` is outside the project's years { $first } onwards
rule-h203-label = year outside alkaa..loppuu
rule-h203-help = move these costs to a year the project runs, or correct `alkaa` / `loppuu`
rule-h204-ends-future = `vaihe = "{ $vaihe }"` but the project ends on { $date }, in the future (today is { $today })
rule-h204-ended = `vaihe = "{ $vaihe }"` but the project ended on { $date } (today is { $today })
rule-h204-starts-future = `vaihe = "{ $vaihe }"` but the project starts on { $date }, in the future (today is { $today })
rule-h204-started = `vaihe = "{ $vaihe }"` but the project started on { $date } (today is { $today })
rule-h204-label = out of date
rule-h204-help = set `vaihe = "{ $vaihe }"`, or correct the dates

# H3xx: funding

rule-h301 = the share of `{ $funder }` in [{ $table }] has neither `summa` nor `osuus`
rule-h301-label = no amount or percentage
rule-h301-gap = { $gap } of `yhteensa` is left for this share
rule-h301-help = add `summa = …` (euros) or `osuus = …` (percent of `yhteensa`)
rule-h302 = the shares of [{ $table }] add up to { $covered }, not `yhteensa = { $total }` (difference { $diff })
rule-h302-gap = { $message }: { $gap } has no funder
rule-h302-label = shares add up to { $covered }
rule-h302-share = { $funder }: { $percent } is { $amount }
rule-h302-help-stated = correct the amount that is off, or `yhteensa`; every euro and cent must be accounted for
rule-h302-help-gap = give the { $gap } to a share (raise its `summa` or `osuus`) or add a share for it, or lower `yhteensa`: no part of the total is left without a funder
rule-h302-help-excess = lower the share that is too large, or raise `yhteensa`: the shares add up to the total exactly
rule-h303 = `osuus = { $stated }` does not match `summa` { $summa } of `{ $funder }`: that is { $percent } of { $total_kind ->
        [shares] the sum of the shares
       *[stated] `yhteensa`
    } { $total }
rule-h303-label = should be { $right }
rule-h303-fix = the amounts add up, so the percentage is off
rule-h303-help = write `osuus = { $right }`, or correct `summa` (in [{ $table }])
rule-h304 = the percentages of [{ $table }] add up to { $sum }, not { $hundred }
rule-h304-gap = { $message }: { $gap } of { $total } has no funder
rule-h304-excess = { $message }: { $excess } more than { $total }
rule-h304-label = shares add up to { $sum }
rule-h304-fix = the amounts add up, so the percentages beside them are off
rule-h304-help-over = lower the percentage that is too large: the shares of one split add up to { $hundred }, and more than one may be off
rule-h304-help-one = add a share for the other { $missing }, or correct `osuus`
rule-h304-help-many = correct the percentage that is off, or add a share for the missing { $missing }: the shares of one split add up to { $hundred }
rule-h305-all = all
rule-h305-one = the state grant from `{ $name }` is { $grant }, { $share } of eligible costs { $eligible }; `{ $name }` grants at most { $limit } ({ $most }): { $over } too much
rule-h305-one-label = at most { $most }
rule-h305-one-lower = lower the grant by { $over } to at most { $most } and raise the other shares by as much
rule-h305-many = the { $n } state grants from `{ $name }` add up to { $grant }, { $share } of eligible costs { $eligible }; `{ $name }` grants at most { $limit } ({ $most }) in all: { $over } too much
rule-h305-many-label = together with the others { $grant }, at most { $most }
rule-h305-many-lower = lower the grants by { $over } in all, to at most { $most } together, and raise the other shares by as much
rule-h305-note = eligible costs = total { $total } − ei_oikeuttavat − tulot − yksityinen, in [{ $table }]
rule-h305-help = { $lower }, or raise the total if the eligible costs are larger; which one is for you to decide
rule-h305-figure = { $funder }: { $figure }
rule-h305-points = { $plural ->
        [one] { $points } percentage point
       *[other] { $points } percentage points
    }
rule-h305-percent-one = the state grant from `{ $name }` is { $stated } of the total; with no `ei_oikeuttavat`, `tulot` or `yksityinen` that is all eligible costs, and `{ $name }` grants at most { $limit }: { $over } too much
rule-h305-percent-many = the { $n } state grants from `{ $name }` add up to { $stated } of the total; with no `ei_oikeuttavat`, `tulot` or `yksityinen` that is all eligible costs, and `{ $name }` grants at most { $limit }: { $over } too much
rule-h305-percent-label = at most { $limit }
rule-h305-percent-help = lower the grant's `osuus` by { $over }, to at most { $limit } in all, and raise the other shares by as much; which share takes it is for you to decide
rule-h306 = [{ $costs }] adds up to { $sum } { $count ->
        [one] in
       *[other] over
    } { $years }, but { $total } (difference { $diff })
rule-h306-stated = `{ $table }.yhteensa` is { $total }
rule-h306-shares = the shares of [{ $table }] add up to { $total }
rule-h306-label = { $costs } says { $sum }
rule-h306-help = correct a category amount in [{ $costs }.YYYY], or the total of [{ $table }], so both say the same
rule-h307 = the osahankkeet's [{ $table }] totals add up to { $sum }, but { $total } (difference { $diff })
rule-h307-stated = this päähanke's `yhteensa` is { $total }
rule-h307-shares = this päähanke's shares add up to { $total }
rule-h307-label = osahankkeet add up to { $sum }
rule-h307-child = `{ $id }`: { $total }
rule-h307-missing = { $missing } of { $all } osahankkeet state no total
rule-h307-help = the päähanke's total is the sum of its osahankkeet's budgets: correct the one that is off
rule-h308 = non-eligible costs, income and private funding exceed the total { $total } of [{ $table }]
rule-h308-label = more than the total
rule-h308-help = `ei_oikeuttavat` and the `tulot` and `yksityinen` shares are parts of `yhteensa`: lower them, or raise `yhteensa`

# H4xx: hygiene

rule-h401 = `{ $name }` is not in the registry; it looks like a typo of `{ $known }`
rule-h401-label = unknown organisation
rule-h401-alias = did you mean `{ $known }` (an alias of `{ $canonical }`)?
rule-h401-note = if it is a different organisation, add it to `[organisaatiot]` in hanke.toml
rule-h402 = `{ $url }` is not an http(s) URL
rule-h402-label = not a web link
rule-h402-help = write a full web address starting with `https://` (files belong on a web server, not in the record)
rule-h403 = `{ $email }` is not an email address
rule-h403-label = not an address
rule-h403-help = write the address as `name@example.fi`

# hanke check: the closing line, --fix, the step summary

check-closing = checked { $records ->
        [one] { $records } record
       *[other] { $records } records
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
check-fixed = fixed { $file }: { $edit }
check-fix-disagree = warning: not fixed in { $file }: two fixes disagree about { $paths }
check-not-fixed = warning: not fixed: { $file }: { $reason }
check-fix-read-only = the file is read-only
check-fix-outside = it leads out of the data folder, to `{ $target }`
check-registry-unreadable = error: the registry `{ $path }` cannot be read; nothing else was checked
check-summary-code = Code
check-summary-file = File
check-summary-line = Line
check-summary-message = Message

# System errors (src/lang/io.rs)
diag-io-is-folder = it is a folder
diag-io-not-folder = a part of the path is not a folder
diag-io-exists = it already exists
diag-io-read-only-fs = the file system is read-only
diag-io-disk-full = the disk is full
diag-io-quota = the disk quota is used up
diag-io-invalid-data = the content is not valid UTF-8 text
diag-io-bad-name = the name is not valid on this system
diag-io-too-large = the file is too large
diag-io-other = system error: { $detail }
diag-git-failed = git failed without saying why
diag-git-unexpected = `git cat-file` answered something unexpected: { $header }
# end of section diag

## Reports and command output: list, show, summary, budget, diff, new, fmt, import, site, step summary (ids out-*, list-*, show-*, summary-*, budget-*, diff-*, new-*, fmt-*, import-*, site-*)
# (section out: add messages of this section above the end marker)

# -- Shared words of reports (ids out-*)

out-yes = yes
out-unknown = not known
out-col-id = Id
out-col-nimi = Name
out-col-salkku = Portfolio
out-col-vaihe = Stage
out-col-alkaa = Starts
out-col-loppuu = Ends
out-col-yhteensa = Total
out-col-rahoittaja = Funder
out-col-laji = Type
out-col-ohjelma = Programme
out-col-osuus = Share
out-col-summa = Amount
out-col-suunniteltu = Planned
out-col-toteutunut = Actual
out-col-erotus = Difference
out-col-kaytetty = Used
out-col-hankkeita = Projects
out-col-vuosi = Year
out-col-kustannuslaji = Cost category
out-total = Total
out-plan-title = Financing plan
out-actual-title = Actual financing
out-costs-title = Cost estimate
out-actual-costs-title = Actual costs
out-ei-oikeuttavat = Costs not eligible for the state grant

# -- list

list-title = Projects ({ $hankkeita })
list-sheet = Projects
list-footer = { $hankkeita }; planned { $suunniteltu }, actual { $toteutunut }
list-counted-once = (parent and sub-projects counted once)

# -- summary

summary-col-vertailu = Compared
summary-compared = { $verrattavia } of { $hankkeita ->
    [one] { $hankkeita } project
   *[other] { $hankkeita } projects
}
summary-partial-note = Difference and used compare only projects that have both a plan and actuals.
summary-residual = (not known)
summary-residual-vuosi = (no year)
summary-residual-rahoittaja = (no funder)
summary-sheet = Summary
summary-title-salkku = Summary by portfolio
summary-title-rahoittaja = Summary by funder
summary-title-vuosi = Summary by year
summary-title-vaihe = Summary by stage
summary-title-laji = Summary by funding type

# -- cost categories, groups and financing plan lines (the form's wording)

out-cat-palkat = Staff hired for the project
out-cat-tyopanoksen-siirto = Staff time transferred from the municipality
out-cat-asiantuntijapalvelut = Office, banking and expert services
out-cat-painatukset = Printing and advertising
out-cat-majoitus = Accommodation and catering
out-cat-matkat = Travel and transport
out-cat-koulutus = Training and cultural services
out-cat-muut-palvelut = Other purchased services
out-cat-aineet = Materials, supplies and goods
out-cat-vuokrat = Rents
out-cat-aineettomat = Intangible assets
out-cat-koneet = Machinery and equipment
out-cat-muut-investoinnit = Other capital expenditure
out-cat-muut-menot = Other expenses
out-group-henkilostomenot = Staff costs
out-group-palvelujen-ostot = Purchased services
out-group-investointimenot = Capital expenditure
out-plan-kokonaiskustannukset = Total costs
out-plan-tulot = Income
out-plan-yksityinen = Private funding
out-plan-oikeuttavat = Costs eligible for the state grant
out-plan-oma = Own funding of the municipality or joint authority
out-plan-muu-julkinen = Other public funding
out-plan-valtionavustus = State grant applied for

# -- budget

budget-heading = Budget: { $title }
budget-title-selected = Selected projects ({ $hankkeita })
budget-title-salkku = Portfolio { $salkut } ({ $hankkeita })
budget-comparison-title = Costs: planned and actual
budget-comparison-sheet = Planned and actual
budget-grant-percent = State grant, % of eligible costs
budget-ceiling = Ceiling
budget-ceiling-of = Ceiling ({ $ohjelmat })
budget-ceiling-programme = Ceiling: { $ohjelma }
budget-over-ceiling-plan = Note: the state grant exceeds the ceiling of the programme { $ohjelma } (plan: { $osuus } > { $enintaan })
budget-over-ceiling-actual = Note: the state grant exceeds the ceiling of the programme { $ohjelma } (actuals: { $osuus } > { $enintaan })
budget-funders-title = Funders
budget-children-title = Sub-projects
budget-col-valtionavustus = State grant
budget-col-oma = Own funding
budget-col-muu = Other funding
budget-col-oma-osuus = Own %
budget-stated-matches = The parent project's own total { $summa } matches.
budget-stated-differs = The parent project's own total is { $summa }, the sum of its sub-projects { $osahankkeet } (difference { $ero }).

# -- show (the project card)

show-nimi = Project name
show-lyhenne = Short name
show-tyyppi = Project type
show-salkku = Portfolio
show-vaihe = Stage
show-alkaa = Start date
show-loppuu = End date
show-hallinnoija = Administered by
show-avainsanat = Keywords
show-tiivistelma = Summary
show-tavoitteet = Goals
show-toimenpiteet = Actions
show-rahoitus = Funding
show-toteuttajat = Carried out by
show-yhteyshenkilot = Contacts
show-liitteet = Attachments
show-paahanke = Parent project
show-osahankkeet = Sub-projects
show-not-found = { $id } (not found)
show-derived-note = { "*" } derived: computed from other figures (an amount from its share or a share from its amount)
show-muut-title = Other participants (not part of the split)
show-col-osallistuja = Participant
show-col-kuvaus = Description
show-col-rooli = Role
show-col-puhelin = Phone
show-col-email = Email

# -- diff

diff-no-changes = No changes to project records.
diff-working-tree = working tree
diff-title = Project changes
diff-compared = Compared: { $base } → { $head }
diff-summary = { $n ->
    [one] { $n } project changed
   *[other] { $n } projects changed
}: { $parts }.
diff-count-added = { $n } new
diff-count-removed = { $n } removed
diff-count-renamed = { $n } renamed
diff-count-changed = { $n } changed
diff-checks = Checks: { $checks }.
diff-count-new-errors = { $n ->
    [one] { $n } new error
   *[other] { $n } new errors
}
diff-count-new-warnings = { $n ->
    [one] { $n } new warning
   *[other] { $n } new warnings
}
diff-count-fixed-errors = { $n ->
    [one] { $n } fixed error
   *[other] { $n } fixed errors
}
diff-count-fixed-warnings = { $n ->
    [one] { $n } fixed warning
   *[other] { $n } fixed warnings
}
diff-status-added = new project
diff-status-removed = removed project
diff-status-renamed = renamed: { $old } → { $new }
diff-renamed = Renamed
diff-unreadable-after = the record no longer reads: changes in figures cannot be shown (see the checks)
diff-unreadable-before = the record did not read before: figures are not compared
diff-unreadable = the record does not read
diff-line-salkku = portfolio { $salkku }
diff-line-alkaa = starts { $alkaa }
diff-line-loppuu = ends { $loppuu }
diff-line-paahanke = parent project { $paahanke }
diff-laji-muut = other participants
diff-laji-total = total
diff-no-salkku = (no portfolio)
diff-registry = Registry
diff-other-fields = other changed fields: { $keys }
diff-changed-categories = changed cost categories: { $categories }
diff-ei-oikeuttavat = Non-eligible costs
diff-col-field = Field
diff-col-before = Before
diff-col-after = After
diff-col-change = Change
diff-col-after-short = after
diff-col-change-short = change
diff-col-plan-before = Plan before
diff-col-plan-after = Plan after
diff-col-actual-before = Actuals before
diff-col-actual-after = Actuals after
diff-col-code = Code
diff-col-location = Location
diff-col-message = Message
diff-checks-title = Checks
diff-portfolios = Portfolios
diff-all-portfolios = All portfolios
diff-new-error = new error
diff-new-warning = new warning
diff-fixed-error = fixed error
diff-fixed-warning = fixed warning

# -- new (the template's hints are for the person who fills the record in)

new-wrote = created { $file }
new-lyhenne = Short name
new-tyyppi = Project type
new-own-funder = Payer of the own funding
new-avainsana = keyword
new-tiivistelma = A short description of the project.
new-tavoite = First goal
new-toimenpide = First action
new-rooli = Project manager
new-nimi = First Last
new-email = first.last@example.fi
new-rahoittaja = Funder
new-grant-funder = Grantor of the state grant
new-rahoitus-hint =
    Financing plan: remove the `#` at the start of the lines and fill in `yhteensa`;
    `hanke check` derives each share's amount from its percentage.

# -- fmt

fmt-would-reformat = would reformat { $file }
fmt-formatted = formatted { $file }
fmt-skipped = skipped { $file }: it cannot be parsed; nothing in it was changed
fmt-summary-check = would reformat { $changed } of { $total ->
    [one] { $total } file
   *[other] { $total } files
}
fmt-summary = formatted { $changed } of { $total ->
    [one] { $total } file
   *[other] { $total } files
}
fmt-summary-broken = { $n } skipped with errors
fmt-summary-would-remove = { $n ->
    [one] would remove { $n } temporary file
   *[other] would remove { $n } temporary files
}
fmt-summary-removed = { $n ->
    [one] removed { $n } temporary file
   *[other] removed { $n } temporary files
}
fmt-diff-now = { $file } (now)
fmt-diff-formatted = { $file } (formatted)
fmt-would-remove = would remove { $file } (a temporary file left by an interrupted write)
fmt-removed = removed { $file } (a temporary file left by an interrupted write)
fmt-cannot-remove = warning: { $file }: a temporary file left by an interrupted write; it could not be removed

# -- a report written to a file (stderr), import

out-wrote = wrote { $file }
out-wrote-sheets = wrote { $file } ({ $n ->
    [one] { $n } sheet
   *[other] { $n } sheets
})
import-wrote = wrote { $file }
import-review = review: { $page }: { $line }
import-salkku-unknown = salkku `{ $salkku }` is not in hanke.toml; add it there:
out-sheet = Sheet
out-as-of = as of { $date }

# -- site (the static site's fixed texts; the browser script gets some of them too)

site-site-title = Project portfolio
site-skip-to-content = Skip to content
site-nav-label = Main menu
site-front-page = Front page
site-breadcrumbs = Location
site-projects-heading = Projects
site-filters-heading = Filter projects
site-filter-salkku = Portfolio
site-filter-vaihe = Stage
site-filter-rahoittaja = Funder
site-filter-toteuttaja = Carried out by
site-filter-vuosi = Year
site-filter-hae = Search
site-filter-hae-hint = in names, short names, summaries and keywords
site-filter-paahanke = Parent project
site-any-year = All years
site-clear-filters = Clear filters
site-filters-note = Filters are kept in the address, so a filtered view can be linked to.
site-col-nimi = Name
site-col-salkku = Portfolio
site-col-vaihe = Stage
site-col-alkaa = Starts
site-col-loppuu = Ends
site-col-yhteensa = Total
site-col-rahoittajat = Funders
site-col-suunniteltu = Planned
site-col-toteutunut = Actual
site-col-hankkeita = Projects
site-planned = planned
site-actual = actual
site-total = Total
site-showing = Showing
site-of = /
site-projects-word = projects
site-filter-error = This filter cannot be used:
site-unknown-salkku = no such portfolio
site-unknown-vaihe = a stage is suunnitteilla, käynnissä, päättynyt or keskeytetty, not
site-bad-vuosi = a year is a whole number, not
site-unknown-paahanke = no such project
site-downloads = Download the data
site-download-csv = Table as CSV
site-download-json = Table as JSON
site-download-xlsx = Budget as an Excel workbook
site-download-toml = Record as TOML
site-salkut-heading = Portfolios
site-salkku-page = Portfolio
site-owner = Owner
site-rahoittajat-heading = Funders
site-rahoittaja-page = Funder
site-aliases = Other names
site-funded-projects = Funded projects
site-money-by-salkku = Money by portfolio
site-money-by-year = Planned and actual by year
site-funding-split = Funding shares
site-chart-table-note = The chart's figures are also in the table.
site-by-vaihe = By stage
site-by-rahoittaja = By funder
site-by-vuosi = By year
site-budget-heading = Budget
site-basics = Basic information
site-f-nimi = Project name
site-f-lyhenne = Short name
site-f-tyyppi = Project type
site-f-salkku = Portfolio
site-f-vaihe = Stage
site-f-alkaa = Start date
site-f-loppuu = End date
site-f-hallinnoija = Administered by
site-f-toteuttajat = Carried out by
site-f-avainsanat = Keywords
site-f-paahanke = Parent project
site-tiivistelma = Summary
site-tavoitteet = Goals
site-toimenpiteet = Actions
site-rahoitus-heading = Funding
site-plan-title = Financing plan
site-actual-title = Actual financing
site-col-rahoittaja = Funder
site-col-laji = Type
site-col-ohjelma = Programme
site-col-osuus = Share
site-col-summa = Amount
site-derived-mark-label = derived
site-derived-note = { "*" } derived: computed from other figures (an amount from its share or a share from its amount)
site-ei-oikeuttavat = Costs not eligible for the state grant
site-muut-title = Other participants (not part of the split)
site-col-osallistuja = Participant
site-col-kuvaus = Description
site-costs-heading = Costs by year
site-osahankkeet = Sub-projects
site-yhteystiedot = Contacts
site-col-rooli = Role
site-col-puhelin = Phone
site-col-email = Email
site-liitteet = Attachments
site-link-not-shown = the address is not an http, https or mailto link, so it is not shown as a link
site-source-heading = Source file
site-check-notice-title = The check found something to note in this record
site-check-notice-intro = What hanke check says:
site-severity-error = error
site-severity-warning = warning
site-line = line
site-column = column
site-help = help
site-broken-title = Some records were left out
site-broken-intro = These files could not be read, so they are missing from the site (hanke check tells why):
site-unknown-amount = not known
site-no-projects = No project matches the filters.
site-footer-made-with = This site was made from project records with the hanke tool.
site-footer-date = Data as of
site-scroll-table = Table, scrollable
site-project-one = project
site-front-lead = { $hankkeita } in { $salkut ->
    [one] one portfolio
   *[other] { $salkut } portfolios
}.
site-salkku-title = Portfolio { $salkku }
out-broken = { $n ->
    [one] warning: { $n } record left out because it does not load: { $files } (run `hanke check` for details)
   *[other] warning: { $n } records left out because they do not load: { $files } (run `hanke check` for details)
}
out-broken-more = … and { $n } more

# -- import: review lines (what a person should look at in an imported record)

import-r-rule = { $message } ({ $code }); kept as on the page
import-r-laji-unclear = { $key }: what kind of money `{ $name }` gives is unclear; `laji` marked TODO
import-r-percent-only = { $key }: `{ $name }` has a percentage but no amount, and there is no total to derive it from
import-r-no-names = yhteystiedot: no names recognised; the text is kept as a comment
import-r-emails = yhteystiedot: emails were made from the page's `etunimi.sukunimi` pattern at { $domain }; check them
import-r-unplaced = { $key }: { $why }: `{ $line }` kept as a comment
import-why-after-heading = words after the heading not understood
import-why-not-understood = line not understood
import-why-inkind-no-amount = in-kind help without an amount
import-why-cost-line = a cost line, not a funder
import-why-second-total = a second total that differs from the first
import-r-no-heading = { $field }: funding lines without a heading were read as the plan ([rahoitus])
import-r-stray-amount = { $field }: an amount outside any funding block stays in the text: `{ $line }`
import-r-muut-moved = toteuma: in-kind help (muut) was put under [rahoitus.muut], the only place the record has for it
import-r-second-block = { $key }: a second funding block (`{ $first }`) does not fit the first; kept as comments
import-how-registry = hanke.toml's name for `{ $words }`
import-how-own-name = an organisation's name; not in hanke.toml
import-how-first-word = the first word; not in hanke.toml
import-r-muut-guess = rahoitus.muut: `{ $written }` read as rahoittaja `{ $rahoittaja }` ({ $why }); check it
import-r-muut-guess-kuvaus = rahoitus.muut: `{ $written }` read as rahoittaja `{ $rahoittaja }` ({ $why }), kuvaus `{ $kuvaus }`; check it
import-r-no-link = liitteet: `{ $name }` has no link on the page; kept as a comment
import-r-funder-list-figures = rahoittajat: the funder list has figures; read as the plan
import-r-stray-line = page: `{ $line }` follows a one-line field; kept as a comment
import-r-no-salkku = salkku: the page has no `Salkku`; the record needs one
import-r-salkku-no-code = salkku: no portfolio code in `{ $value }`; write the code from hanke.toml
import-r-vaihe-empty = vaihe: `Käsittelyvaihe` is empty on the page; the record needs one
import-r-vaihe-missing = vaihe: `Käsittelyvaihe` is missing on the page; the record needs one
import-r-vaihe-unknown = vaihe: `{ $text }` is not a known stage; kept as on the page, marked TODO
import-r-date-missing = { $key }: the page has no `{ $label }`; the record needs one
import-r-date-invalid = { $key }: `{ $text }` is not a d.m.yyyy date; kept as a comment
import-r-date-order = dates: the page starts the project ({ $alkaa }) after it ends ({ $loppuu }); kept as on the page
import-r-summary-split = tiivistelma: its `Tavoitteet` and `Toimenpiteet/Sisältö` parts became `tavoitteet` and `toimenpiteet`
import-r-funders-no-figures = rahoittajat: the page lists funders but gives no funding figures; kept as a comment
import-r-funder-no-share = rahoittajat: `{ $funder }` is listed as a funder but has no share in the figures

# -- import: comments in the imported record (for the person who checks it)

import-c-contacts = Yhteyshenkilöt on the page:
import-c-unlinked = Liitteet without a link on the page: { $names }
import-c-page = page: { $text }
import-c-not-placed = not placed (needs a human look):
import-c-not-on-page = not on the page
import-c-salkku-no-code = TODO salkku: the page gives no code; use one from hanke.toml
import-c-vaihe-missing = not on the page; one of { $stages }
import-c-vaihe-unknown = TODO vaihe: one of { $stages }
import-c-date-missing = no `{ $label }` on the page
import-c-date-invalid = the page says `{ $text }` (expected d.m.yyyy)
import-c-funders = Rahoittajat on the page: { $entries }

# -- cost models in reports (issue 15)

show-kustannusmalli = Cost model
budget-flat-base = Base ({ $code }): { $base }
budget-flat-amount = { $nimi } ({ $code }): { $prosentti } × base
budget-flat-footer = { $code }: { $prosentti } × ({ $base }) per year, rounded to the cent
budget-flat-inexact = (project by project: the sum may differ by cents)
budget-unit-derived = { "*" } derived: salaries = hours × hourly rate, rounded to the cent
budget-unit-more = … and { $n } more
new-flat-rate-hint =
    { $nimi } ({ $code }): { $prosentti } of { $peruste } is added to each year's costs
    `palkat` may also be given as hours × hourly rate:
    { "[" }kustannusarvio.YYYY.palkat] with `tunnit = 1720` and `tuntihinta = "35.00"`.

# -- check's step summary ($GITHUB_STEP_SUMMARY): the table's headings


# -- site: what `hanke site` says when done

site-wrote = site in { $folder }: { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} ({ $files ->
    [one] { $files } file
   *[other] { $files } files
}); wrote { $changed } new or changed, removed { $removed }

# Doubts about one funder's line of a page (src/import/share.rs)
import-r-two-amounts = `{ $item }` has more than one amount; took the first
import-r-two-percents = `{ $item }` has more than one percentage; took the first
import-r-over-100 = `{ $item }` states a share over 100 %
out-xlsx-disabled = this hanke was built without xlsx support (--no-default-features); install it with default features for `.xlsx` output
out-site-workbook = cannot write the budget workbook of { $title }
# end of section out

## Cost models (ids cost-*)
# (section cost: add messages of this section above the end marker)

# Words: a cost model (`kustannusmalli`) and its flat rate (e.g. 40 % of salary
# costs in place of every other cost). The registry's model names (`nimi`,
# "Flat rate 40 % palkkakustannuksista") are data, never translated.

# H310: a cost the flat rate covers is itemised too

cost-h310 = `{ $key }` is itemised in [{ $table }], but the cost model `{ $code }` pays for it with its flat rate
cost-h310-label = covered by the flat rate of { $code }
cost-h310-note = { $nimi }: { $percent } × ({ $base }) covers { $covered }
cost-h310-covers-all-others = every other cost
cost-h310-help = covered by the { $percent } flat rate of { $code }: remove `{ $key }`; under { $code } itemise { $itemised } only
cost-h310-itemised-rest = what { $code } does not cover

# H311: the programme of a state grant does not allow the cost model

cost-h311 = the programme `{ $programme }` does not allow the cost model `{ $code }`
cost-h311-label = not allowed by `{ $programme }`
cost-h311-programme = the state grant's programme
cost-h311-help-none = the programme `{ $programme }` allows no cost model in hanke.toml: ask the registry's keeper
cost-h311-help-one = write `kustannusmalli = "{ $code }"`, the model `{ $programme }` allows
cost-h311-help-many = use one of the models `{ $programme }` allows: { $models }

# H312: an osahanke's cost model differs from its päähanke's

cost-h312 = { $case ->
        [own-none] this osahanke has no `kustannusmalli` but its päähanke `{ $parent }` has `{ $theirs }`
        [theirs-none] this osahanke has `{ $own }` but its päähanke `{ $parent }` has no `kustannusmalli`
       *[both] this osahanke has `{ $own }` but its päähanke `{ $parent }` has `{ $theirs }`
    }
cost-h312-label = a different cost model from the päähanke's
cost-h312-note = the funder decides one cost model for a project and all its implementers
cost-h312-help-model = write `kustannusmalli = "{ $code }"` here, or change the päähanke's
cost-h312-help-none = remove `kustannusmalli` here, or give the päähanke `{ $parent }` the same model

# H313: an unknown cost model, in a record or in a programme's list

cost-h313 = unknown kustannusmalli `{ $code }`
cost-h313-label = not defined in hanke.toml
cost-h313-programme = the programme `{ $programme }` allows the cost model `{ $code }`, which hanke.toml does not define
cost-h313-programme-label = unknown kustannusmalli
cost-h313-define = define it in hanke.toml: `[kustannusmallit.{ $code }]` with `nimi`, `prosentti`, `peruste` and `kattaa`
cost-h313-list = the cost models in hanke.toml are: { $list }

# The registry's [kustannusmallit] tables

cost-missing-key = { $owner ->
        [flat-rate] the flat rate `{ $code }`
        [unit] salary costs as hours × rate
       *[model] the cost model `{ $code }`
    } { $owner ->
        [unit] are
       *[other] is
    } missing the required key `{ $key }`
cost-no-rate = the cost model `{ $code }` has no `prosentti`, so it covers nothing
cost-no-rate-label = covered by what?
cost-no-rate-help = add `prosentti = …` for a flat rate, or remove `kattaa`
cost-covers-base = `{ $key }` is both the base of `{ $code }`'s flat rate and covered by it
cost-covers-base-label = covers its own base
cost-covers-base-peruste = in `peruste` here
cost-covers-base-help = remove `{ $key }` from `kattaa` or from `peruste`
cost-not-category = `{ $value }` in `{ $key }` is not a cost category
cost-not-category-label = unknown category
cost-categories = the cost categories are: { $list }
cost-kattaa-word = `kattaa = "{ $value }"` is neither `"{ $all_others }"` nor a list of categories
cost-kattaa-word-label = unknown coverage
cost-kattaa-word-help = write `kattaa = "{ $all_others }"` when the flat rate covers every other cost, or list the categories it covers: `kattaa = ["vuokrat"]`

# Salary costs as hours × hourly rate ([kustannusarvio.YYYY.palkat])

cost-unit-too-large = `tunnit` × `tuntihinta` = { $hours } × { $rate } is more than an amount can be
cost-unit-too-large-label = too large
cost-unit-too-large-help = check the hours and the hourly rate
cost-hours-negative = `tunnit = { $toml }` is negative
cost-hours-negative-label = negative hours
cost-hours-negative-help = give the approved hours, 0 or more (a full year is { $year } hours)
cost-hours-not-number = `tunnit = { $toml }` is not a number of hours
cost-hours-not-number-label = expected hours
cost-hours-not-number-help = write `tunnit = 1720` (or `tunnit = 860.5`)

# H306: how a total under a flat rate is made up

cost-h306-flat-rate = { $sum } = itemised { $itemised } + the flat rate of `{ $code }` { $flat }

# hanke new --kustannusmalli

cost-new-unknown = no cost model `{ $given }` in hanke.toml; { $hint }

# end of section cost
