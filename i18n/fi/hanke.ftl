# hanke: Finnish user interface (the source catalogue: every id is here).
# Numbers, money and dates are formatted in Rust (src/lang/format.rs) and
# passed as text; counts are passed as numbers so plurals can choose.

## Command-line arguments

date-invalid = päivämäärä `{ $value }` ei kelpaa: kirjoita se muodossa 1.5.2025 tai 2025-05-01

## Counts

hankkeita = { $n ->
    [one] { $n } hanke
   *[other] { $n } hanketta
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

out-yes = kyllä
out-unknown = ei tiedossa
out-col-id = Id
out-col-nimi = Nimi
out-col-salkku = Salkku
out-col-vaihe = Vaihe
out-col-alkaa = Alkaa
out-col-loppuu = Loppuu
out-col-yhteensa = Yhteensä
out-col-rahoittaja = Rahoittaja
out-col-laji = Laji
out-col-ohjelma = Ohjelma
out-col-osuus = Osuus
out-col-summa = Summa
out-col-suunniteltu = Suunniteltu
out-col-toteutunut = Toteutunut
out-col-erotus = Erotus
out-col-kaytetty = Käytetty
out-col-hankkeita = Hankkeita
out-col-vuosi = Vuosi
out-col-kustannuslaji = Kustannuslaji
out-total = Yhteensä
out-plan-title = Rahoitussuunnitelma
out-actual-title = Toteutunut rahoitus
out-costs-title = Kustannusarvio
out-actual-costs-title = Toteutuneet kustannukset
out-ei-oikeuttavat = Valtionavustukseen oikeuttamattomat kustannukset

# -- list

list-title = Hankkeet ({ $hankkeita })
list-sheet = Hankkeet
list-footer = { $hankkeita }; suunniteltu { $suunniteltu }, toteutunut { $toteutunut }
list-counted-once = (päähanke ja osahankkeet kerran)

# -- summary

summary-col-vertailu = Vertailu
summary-compared = { $verrattavia }/{ $hankkeita } hankkeesta
summary-partial-note = Erotus ja käytetty vertaavat vain hankkeita, joilla on sekä suunnitelma että toteuma.
summary-residual = (ei tiedossa)
summary-residual-vuosi = (ei vuositietoa)
summary-residual-rahoittaja = (ei rahoittajaa)
summary-sheet = Yhteenveto
summary-title-salkku = Yhteenveto salkuittain
summary-title-rahoittaja = Yhteenveto rahoittajittain
summary-title-vuosi = Yhteenveto vuosittain
summary-title-vaihe = Yhteenveto vaiheittain
summary-title-laji = Yhteenveto rahoituslajeittain

# -- cost categories, groups and financing plan lines (the form's wording)

out-cat-palkat = Projektiin palkattava henkilöstö
out-cat-tyopanoksen-siirto = Työpanoksen siirto kunnalta
out-cat-asiantuntijapalvelut = Toimisto-, pankki- ja asiantuntijapalvelut
out-cat-painatukset = Painatukset ja ilmoitukset
out-cat-majoitus = Majoitus- ja ravitsemuspalvelut
out-cat-matkat = Matkustus- ja kuljetuspalvelut
out-cat-koulutus = Koulutus- ja kulttuuripalvelut
out-cat-muut-palvelut = Muut palvelujen ostot
out-cat-aineet = Aineet, tarvikkeet ja tavarat
out-cat-vuokrat = Vuokrat
out-cat-aineettomat = Aineettomat hyödykkeet
out-cat-koneet = Koneet ja kalusto
out-cat-muut-investoinnit = Muut investointimenot
out-cat-muut-menot = Muut menot
out-group-henkilostomenot = Henkilöstömenot
out-group-palvelujen-ostot = Palvelujen ostot
out-group-investointimenot = Investointimenot
out-plan-kokonaiskustannukset = Kokonaiskustannukset
out-plan-tulot = Tulot
out-plan-yksityinen = Yksityinen rahoitus
out-plan-oikeuttavat = Valtionavustukseen oikeuttavat kustannukset
out-plan-oma = Kunnan/kuntayhtymän oma rahoitusosuus
out-plan-muu-julkinen = Muu julkinen rahoitus
out-plan-valtionavustus = Haettava valtionavustus

# -- budget

budget-heading = Talousarvio: { $title }
budget-title-selected = Valitut hankkeet ({ $hankkeita })
budget-title-salkku = Salkku { $salkut } ({ $hankkeita })
budget-comparison-title = Kustannukset: suunniteltu ja toteutunut
budget-comparison-sheet = Suunniteltu ja toteutunut
budget-grant-percent = Valtionavustus, % oikeuttavista kustannuksista
budget-ceiling = Enimmäisosuus
budget-ceiling-of = Enimmäisosuus ({ $ohjelmat })
budget-ceiling-programme = Enimmäisosuus: { $ohjelma }
budget-over-ceiling-plan = Huom: valtionavustus ylittää ohjelman { $ohjelma } enimmäisosuuden (suunnitelma: { $osuus } > { $enintaan })
budget-over-ceiling-actual = Huom: valtionavustus ylittää ohjelman { $ohjelma } enimmäisosuuden (toteuma: { $osuus } > { $enintaan })
budget-funders-title = Rahoittajat
budget-children-title = Osahankkeet
budget-col-valtionavustus = Valtionavustus
budget-col-oma = Oma rahoitus
budget-col-muu = Muu rahoitus
budget-col-oma-osuus = Oma %
budget-stated-matches = Päähankkeen oma yhteissumma { $summa } täsmää.
budget-stated-differs = Päähankkeen oma yhteissumma on { $summa }, osahankkeiden summa { $osahankkeet } (ero { $ero }).

# -- show (the project card)

show-nimi = Hankkeen nimi
show-lyhenne = Lyhenne
show-tyyppi = Hanketyyppi
show-salkku = Salkku
show-vaihe = Käsittelyvaihe
show-alkaa = Aloittamispvm
show-loppuu = Päättymispvm
show-hallinnoija = Hallinnoija
show-avainsanat = Avainsanat
show-tiivistelma = Tiivistelmä
show-tavoitteet = Tavoitteet
show-toimenpiteet = Toimenpiteet
show-rahoitus = Rahoitus
show-toteuttajat = Toteuttajat
show-yhteyshenkilot = Yhteyshenkilöt
show-liitteet = Liitteet
show-paahanke = Päähanke
show-osahankkeet = Osahankkeet
show-not-found = { $id } (ei löydy)
show-derived-note = { "*" } johdettu: laskettu muista luvuista (summa osuudesta tai osuus summasta)
show-muut-title = Muut osallistujat (ei mukana jaossa)
show-col-osallistuja = Osallistuja
show-col-kuvaus = Kuvaus
show-col-rooli = Rooli
show-col-puhelin = Puhelin
show-col-email = Sähköposti

# -- diff

diff-no-changes = Ei muutoksia hankkeisiin.
diff-working-tree = työpuu
diff-title = Hankemuutokset
diff-compared = Vertailu: { $base } → { $head }
diff-summary = { $n ->
    [one] { $n } hanke muuttui
   *[other] { $n } hanketta muuttui
}: { $parts }.
diff-count-added = { $n } uusi
diff-count-removed = { $n } poistettu
diff-count-renamed = { $n } uudelleennimetty
diff-count-changed = { $n } muutettu
diff-checks = Tarkistukset: { $checks }.
diff-count-new-errors = { $n ->
    [one] { $n } uusi virhe
   *[other] { $n } uutta virhettä
}
diff-count-new-warnings = { $n ->
    [one] { $n } uusi varoitus
   *[other] { $n } uutta varoitusta
}
diff-count-fixed-errors = { $n ->
    [one] { $n } korjattu virhe
   *[other] { $n } korjattua virhettä
}
diff-count-fixed-warnings = { $n ->
    [one] { $n } korjattu varoitus
   *[other] { $n } korjattua varoitusta
}
diff-status-added = uusi hanke
diff-status-removed = poistettu hanke
diff-status-renamed = uudelleennimetty: { $old } → { $new }
diff-renamed = Uudelleennimetty
diff-unreadable-after = tietue ei ole enää luettavissa: lukujen muutoksia ei voi näyttää (ks. tarkistukset)
diff-unreadable-before = tietue oli ennen lukukelvoton: lukuja ei verrata
diff-unreadable = tietue ei ole luettavissa
diff-line-salkku = salkku { $salkku }
diff-line-alkaa = alkaa { $alkaa }
diff-line-loppuu = loppuu { $loppuu }
diff-line-paahanke = päähanke { $paahanke }
diff-laji-muut = muut osallistujat
diff-laji-total = yhteensä
diff-no-salkku = (ei salkkua)
diff-registry = Rekisteri
diff-other-fields = muut muuttuneet kentät: { $keys }
diff-changed-categories = muuttuneet kustannuslajit: { $categories }
diff-ei-oikeuttavat = Ei oikeuttavat kustannukset
diff-col-field = Kenttä
diff-col-before = Ennen
diff-col-after = Jälkeen
diff-col-change = Muutos
diff-col-after-short = jälkeen
diff-col-change-short = muutos
diff-col-plan-before = Suunnitelma ennen
diff-col-plan-after = Suunnitelma jälkeen
diff-col-actual-before = Toteuma ennen
diff-col-actual-after = Toteuma jälkeen
diff-col-code = Koodi
diff-col-location = Sijainti
diff-col-message = Viesti
diff-checks-title = Tarkistukset
diff-portfolios = Salkut
diff-all-portfolios = Kaikki salkut
diff-new-error = uusi virhe
diff-new-warning = uusi varoitus
diff-fixed-error = korjattu virhe
diff-fixed-warning = korjattu varoitus

# -- new (the template's hints are for the person who fills the record in)

new-wrote = luotu { $file }
new-lyhenne = Lyhyt nimi
new-tyyppi = Hanketyyppi
new-own-funder = Oman rahoituksen maksaja
new-avainsana = asiasana
new-tiivistelma = Lyhyt kuvaus hankkeesta.
new-tavoite = Ensimmäinen tavoite
new-toimenpide = Ensimmäinen toimenpide
new-rooli = Projektipäällikkö
new-nimi = Etunimi Sukunimi
new-email = etunimi.sukunimi@example.fi
new-rahoittaja = Rahoittaja
new-grant-funder = Valtionavustuksen myöntäjä
new-rahoitus-hint =
    Rahoitussuunnitelma: poista rivien alusta `#` ja täytä `yhteensa`;
    `hanke check` laskee kunkin osuuden summan sen prosentista.

# -- fmt

fmt-would-reformat = muotoiltaisiin { $file }
fmt-formatted = muotoiltu { $file }
fmt-skipped = ohitettu { $file }: tiedostoa ei voi jäsentää, joten siihen ei muutettu mitään
fmt-summary-check = muotoiltaisiin { $changed }/{ $total } tiedostosta
fmt-summary = muotoiltu { $changed }/{ $total } tiedostosta
fmt-summary-broken = { $n } ohitettu virheiden vuoksi
fmt-summary-would-remove = { $n ->
    [one] { $n } väliaikaistiedosto poistettaisiin
   *[other] { $n } väliaikaistiedostoa poistettaisiin
}
fmt-summary-removed = { $n ->
    [one] { $n } väliaikaistiedosto poistettu
   *[other] { $n } väliaikaistiedostoa poistettu
}
fmt-diff-now = { $file } (nyt)
fmt-diff-formatted = { $file } (muotoiltuna)
fmt-would-remove = poistettaisiin { $file } (keskeytyneen kirjoituksen jättämä väliaikaistiedosto)
fmt-removed = poistettu { $file } (keskeytyneen kirjoituksen jättämä väliaikaistiedosto)
fmt-cannot-remove = varoitus: { $file }: keskeytyneen kirjoituksen jättämä väliaikaistiedosto, jota ei voitu poistaa

# -- a report written to a file (stderr), import

out-wrote = kirjoitettu { $file }
out-wrote-sheets = kirjoitettu { $file } ({ $n ->
    [one] { $n } taulukko
   *[other] { $n } taulukkoa
})
import-wrote = tallennettu { $file }
import-review = tarkista: { $page }: { $line }
import-salkku-unknown = salkkua `{ $salkku }` ei ole tiedostossa hanke.toml; lisää se sinne:
out-sheet = Taulukko
out-as-of = tilanne { $date }

# -- site (the static site's fixed texts; the browser script gets some of them too)

site-site-title = Hankesalkku
site-skip-to-content = Siirry sisältöön
site-nav-label = Päävalikko
site-front-page = Etusivu
site-breadcrumbs = Sijainti
site-projects-heading = Hankkeet
site-filters-heading = Rajaa hankkeita
site-filter-salkku = Salkku
site-filter-vaihe = Vaihe
site-filter-rahoittaja = Rahoittaja
site-filter-toteuttaja = Toteuttaja
site-filter-vuosi = Vuosi
site-filter-hae = Hae
site-filter-hae-hint = nimestä, lyhenteestä, tiivistelmästä ja avainsanoista
site-filter-paahanke = Päähanke
site-any-year = Kaikki vuodet
site-clear-filters = Poista rajaukset
site-filters-note = Rajaukset tallentuvat osoitteeseen, joten rajatun näkymän voi linkittää.
site-col-nimi = Nimi
site-col-salkku = Salkku
site-col-vaihe = Vaihe
site-col-alkaa = Alkaa
site-col-loppuu = Loppuu
site-col-yhteensa = Yhteensä
site-col-rahoittajat = Rahoittajat
site-col-suunniteltu = Suunniteltu
site-col-toteutunut = Toteutunut
site-col-hankkeita = Hankkeita
site-planned = suunniteltu
site-actual = toteutunut
site-total = Yhteensä
site-showing = Näytetään
site-of = /
site-projects-word = hanketta
site-filter-error = Rajausta ei voi käyttää:
site-unknown-salkku = salkkua ei ole
site-unknown-vaihe = vaihe on suunnitteilla, käynnissä, päättynyt tai keskeytetty, ei
site-bad-vuosi = vuosi on kokonaisluku, ei
site-unknown-paahanke = hanketta ei ole
site-downloads = Lataa tiedot
site-download-csv = Taulukko CSV-muodossa
site-download-json = Taulukko JSON-muodossa
site-download-xlsx = Talousarvio Excel-tiedostona
site-download-toml = Tietue TOML-muodossa
site-salkut-heading = Salkut
site-salkku-page = Salkku
site-owner = Omistaja
site-rahoittajat-heading = Rahoittajat
site-rahoittaja-page = Rahoittaja
site-aliases = Muut nimet
site-funded-projects = Rahoitetut hankkeet
site-money-by-salkku = Rahat salkuittain
site-money-by-year = Suunniteltu ja toteutunut vuosittain
site-funding-split = Rahoitusosuudet
site-chart-table-note = Kuvan luvut ovat myös taulukossa.
site-by-vaihe = Vaiheittain
site-by-rahoittaja = Rahoittajittain
site-by-vuosi = Vuosittain
site-budget-heading = Talousarvio
site-basics = Perustiedot
site-f-nimi = Hankkeen nimi
site-f-lyhenne = Lyhenne
site-f-tyyppi = Hanketyyppi
site-f-salkku = Salkku
site-f-vaihe = Käsittelyvaihe
site-f-alkaa = Aloittamispvm
site-f-loppuu = Päättymispvm
site-f-hallinnoija = Hallinnoija
site-f-toteuttajat = Toteuttajat
site-f-avainsanat = Avainsanat
site-f-paahanke = Päähanke
site-tiivistelma = Tiivistelmä
site-tavoitteet = Tavoitteet
site-toimenpiteet = Toimenpiteet
site-rahoitus-heading = Rahoitus
site-plan-title = Rahoitussuunnitelma
site-actual-title = Toteutunut rahoitus
site-col-rahoittaja = Rahoittaja
site-col-laji = Laji
site-col-ohjelma = Ohjelma
site-col-osuus = Osuus
site-col-summa = Summa
site-derived-mark-label = johdettu
site-derived-note = { "*" } johdettu: laskettu muista luvuista (summa osuudesta tai osuus summasta)
site-ei-oikeuttavat = Valtionavustukseen oikeuttamattomat kustannukset
site-muut-title = Muut osallistujat (ei mukana jaossa)
site-col-osallistuja = Osallistuja
site-col-kuvaus = Kuvaus
site-costs-heading = Kustannukset vuosittain
site-osahankkeet = Osahankkeet
site-yhteystiedot = Yhteystiedot
site-col-rooli = Rooli
site-col-puhelin = Puhelin
site-col-email = Sähköposti
site-liitteet = Liitteet
site-link-not-shown = osoite ei ole http-, https- tai mailto-linkki, joten sitä ei näytetä linkkinä
site-source-heading = Lähdetiedosto
site-check-notice-title = Tarkistus löysi tästä tietueesta huomautettavaa
site-check-notice-intro = hanke check -tarkistuksen tulos:
site-severity-error = virhe
site-severity-warning = varoitus
site-line = rivi
site-column = sarake
site-help = korjaus
site-broken-title = Osa tietueista jätettiin pois
site-broken-intro = Näitä tiedostoja ei voitu lukea, joten ne puuttuvat sivustolta (hanke check kertoo miksi):
site-unknown-amount = ei tiedossa
site-no-projects = Yksikään hanke ei vastaa rajausta.
site-footer-made-with = Sivusto on tehty hanke-työkalulla hanketietueista.
site-footer-date = Tiedot päivältä
site-scroll-table = Taulukko, vieritettävissä
site-project-one = hanke
site-front-lead = { $hankkeita } { $salkut ->
    [one] yhdessä salkussa
   *[other] { $salkut } salkussa
}.
site-salkku-title = Salkku { $salkku }
out-broken = { $n ->
    [one] varoitus: { $n } tietue jätettiin pois, koska sitä ei voi lukea: { $files } (katso syy komennolla `hanke check`)
   *[other] varoitus: { $n } tietuetta jätettiin pois, koska niitä ei voi lukea: { $files } (katso syyt komennolla `hanke check`)
}
out-broken-more = … ja { $n } muuta

# -- import: review lines (what a person should look at in an imported record)

import-r-rule = { $message } ({ $code }); jätetty sivun mukaiseksi
import-r-laji-unclear = { $key }: ei ole selvää, millaista rahaa `{ $name }` antaa; `laji` merkitty TODO:ksi
import-r-percent-only = { $key }: rahoittajalla `{ $name }` on prosenttiosuus mutta ei summaa, eikä kokonaissummaa, josta sen voisi laskea
import-r-no-names = yhteystiedot: nimiä ei tunnistettu; teksti on säilytetty kommenttina
import-r-emails = yhteystiedot: sähköpostiosoitteet muodostettiin sivun `etunimi.sukunimi`-mallista verkkotunnukseen { $domain }; tarkista ne
import-r-unplaced = { $key }: { $why }: `{ $line }` säilytetty kommenttina
import-why-after-heading = otsikon perässä olevia sanoja ei ymmärretty
import-why-not-understood = riviä ei ymmärretty
import-why-inkind-no-amount = muu osallistuminen ilman summaa
import-why-cost-line = kustannusrivi, ei rahoittaja
import-why-second-total = toinen, ensimmäisestä poikkeava kokonaissumma
import-r-no-heading = { $field }: rahoitusrivit ilman otsikkoa luettiin rahoitussuunnitelmaksi ([rahoitus])
import-r-stray-amount = { $field }: rahoituslohkon ulkopuolinen summa jää tekstiin: `{ $line }`
import-r-muut-moved = toteuma: muu osallistuminen (muut) siirrettiin kohtaan [rahoitus.muut], ainoaan paikkaan, joka tietueessa sille on
import-r-second-block = { $key }: toinen rahoituslohko (`{ $first }`) ei sovi ensimmäiseen; säilytetty kommentteina
import-how-registry = hanke.toml:n nimi sanoille `{ $words }`
import-how-own-name = organisaation nimi; ei tiedostossa hanke.toml
import-how-first-word = ensimmäinen sana; ei tiedostossa hanke.toml
import-r-muut-guess = rahoitus.muut: `{ $written }` luettiin rahoittajaksi `{ $rahoittaja }` ({ $why }); tarkista se
import-r-muut-guess-kuvaus = rahoitus.muut: `{ $written }` luettiin rahoittajaksi `{ $rahoittaja }` ({ $why }), kuvaus `{ $kuvaus }`; tarkista se
import-r-no-link = liitteet: liitteellä `{ $name }` ei ole sivulla linkkiä; säilytetty kommenttina
import-r-funder-list-figures = rahoittajat: rahoittajaluettelossa on lukuja; luettu rahoitussuunnitelmaksi
import-r-stray-line = sivu: `{ $line }` on yksirivisen kentän perässä; säilytetty kommenttina
import-r-no-salkku = salkku: sivulla ei ole kenttää `Salkku`; tietue tarvitsee sen
import-r-salkku-no-code = salkku: tekstissä `{ $value }` ei ole salkun koodia; kirjoita koodi tiedostosta hanke.toml
import-r-vaihe-empty = vaihe: `Käsittelyvaihe` on sivulla tyhjä; tietue tarvitsee sen
import-r-vaihe-missing = vaihe: `Käsittelyvaihe` puuttuu sivulta; tietue tarvitsee sen
import-r-vaihe-unknown = vaihe: `{ $text }` ei ole tunnettu vaihe; jätetty sivun mukaiseksi ja merkitty TODO:ksi
import-r-date-missing = { $key }: sivulla ei ole kenttää `{ $label }`; tietue tarvitsee sen
import-r-date-invalid = { $key }: `{ $text }` ei ole päivämäärä muodossa p.k.vvvv; säilytetty kommenttina
import-r-date-order = päivämäärät: sivun mukaan hanke alkaa ({ $alkaa }) vasta päättymisensä ({ $loppuu }) jälkeen; jätetty sivun mukaiseksi
import-r-summary-split = tiivistelma: sen osista `Tavoitteet` ja `Toimenpiteet/Sisältö` tehtiin `tavoitteet` ja `toimenpiteet`
import-r-funders-no-figures = rahoittajat: sivu luettelee rahoittajat mutta ei rahoituksen lukuja; säilytetty kommenttina
import-r-funder-no-share = rahoittajat: `{ $funder }` on mainittu rahoittajana, mutta sillä ei ole osuutta luvuissa

# -- import: comments in the imported record (for the person who checks it)

import-c-contacts = Yhteyshenkilöt sivulla:
import-c-unlinked = Liitteet, joilla ei ole sivulla linkkiä: { $names }
import-c-page = sivulla: { $text }
import-c-not-placed = ei sijoitettu (vaatii ihmisen katsomaan):
import-c-not-on-page = ei sivulla
import-c-salkku-no-code = TODO salkku: sivulla ei ole koodia; käytä koodia tiedostosta hanke.toml
import-c-vaihe-missing = ei sivulla; jokin seuraavista: { $stages }
import-c-vaihe-unknown = TODO vaihe: jokin seuraavista: { $stages }
import-c-date-missing = sivulla ei ole kenttää `{ $label }`
import-c-date-invalid = sivulla lukee `{ $text }` (odotettiin p.k.vvvv)
import-c-funders = Rahoittajat sivulla: { $entries }

# -- cost models in reports (issue 15)

show-kustannusmalli = Kustannusmalli
budget-flat-base = Peruste ({ $code }): { $base }
budget-flat-amount = { $nimi } ({ $code }): { $prosentti } × peruste
budget-flat-footer = { $code }: { $prosentti } × ({ $base }) vuosittain, senttiin pyöristäen
budget-flat-inexact = (hankkeittain: summa voi poiketa senteillä)
budget-unit-derived = { "*" } johdettu: palkat = tunnit × tuntihinta, senttiin pyöristäen
budget-unit-more = … ja { $n } muuta
new-flat-rate-hint =
    { $nimi } ({ $code }): { $prosentti } perusteesta { $peruste } lisätään kunkin vuoden kustannuksiin
    `palkat` voi antaa myös tunteina ja tuntihintana:
    { "[" }kustannusarvio.VVVV.palkat], jossa `tunnit = 1720` ja `tuntihinta = "35.00"`.

# -- check's step summary ($GITHUB_STEP_SUMMARY): the table's headings

out-col-file = Tiedosto
out-col-line = Rivi

# -- site: what `hanke site` says when done

site-wrote = kirjoitettu { $pages ->
    [one] { $pages } sivu
   *[other] { $pages } sivua
} ({ $files ->
    [one] { $files } tiedosto
   *[other] { $files } tiedostoa
}) kansioon { $folder }

# end of section out

## Cost models (ids cost-*)
# (section cost: add messages of this section above the end marker)


# end of section cost
