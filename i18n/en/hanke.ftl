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


# end of section cli

## Diagnostics: rule messages, labels, help lines, check's summary lines (ids diag-*, rule-*, check-*)
# (section diag: add messages of this section above the end marker)


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

out-col-file = File
out-col-line = Line

# -- site: what `hanke site` says when done

site-wrote = wrote { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} ({ $files ->
    [one] { $files } file
   *[other] { $files } files
}) to { $folder }

# end of section out

## Cost models (ids cost-*)
# (section cost: add messages of this section above the end marker)


# end of section cost
