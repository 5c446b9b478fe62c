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
show-derived-note = * derived: computed from other figures (an amount from its share or a share from its amount)
show-muut-title = Other participants (not part of the split)
show-col-osallistuja = Participant
show-col-kuvaus = Description
show-col-rooli = Role
show-col-puhelin = Phone
show-col-email = Email

# end of section out

## Cost models (ids cost-*)
# (section cost: add messages of this section above the end marker)


# end of section cost
