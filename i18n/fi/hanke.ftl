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

cli-spec-env = [ympäristömuuttuja: { $name }]
cli-spec-default = [oletus: { $value }]
cli-spec-values = [mahdolliset arvot: { $values }]

## clap-ohje: otsikot, sisäänrakennetut valitsimet, käyttörivi (src/cli/localize.rs)
cli-heading-global = Yleiset valitsimet
cli-heading-filters = Suodattimet
cli-heading-arguments = Argumentit
cli-heading-options = Valitsimet
cli-heading-commands = Komennot
cli-usage-heading = Käyttö:
cli-usage-options = [VALITSIMET]
cli-spec-values-heading = Mahdolliset arvot:
cli-help-flag = Näytä ohje
cli-help-flag-short = Näytä ohje (laajempi: '--help')
cli-help-flag-long = Näytä ohje (tiivistelmä: '-h')
cli-version-flag = Näytä versio
cli-help-about = Näytä tämä ohje tai annetun komennon ohje
cli-help-subcommand = Komento, jonka ohje näytetään

## Arvojen nimet (ohjeen ja käyttörivin paikanpitäjät)
cli-valname-command = KOMENTO
cli-valname-dir = KANSIO
cli-valname-pvm = PVM
cli-valname-kieli = KIELI
cli-valname-color = MILLOIN
cli-valname-format = MUOTO
cli-valname-code = KOODI
cli-valname-koodi = KOODI
cli-valname-vaihe = VAIHE
cli-valname-name = NIMI
cli-valname-nimi = NIMI
cli-valname-yyyy = VVVV
cli-valname-id = TUNNUS
cli-valname-text = TEKSTI
cli-valname-sort = JÄRJESTYS
cli-valname-file = TIEDOSTO
cli-valname-by = PERUSTE
cli-valname-table = TAULUKKO
cli-valname-base = LÄHTÖ
cli-valname-head = KOHDE
cli-valname-path = POLKU
cli-valname-shell = KUORI

## Komennot
cli-hanke-about = Kuntien kehittämishankkeiden tekstimuotoisten tietueiden tarkistus ja raportit
cli-hanke-long-about = hanke pitää jokaisesta kehittämishankkeesta yhtä TOML-tiedostoa git-varastossa ja tarkistaa, listaa ja raportoi ne: rahoitusosuudet, jotka täsmäävät, päivämäärät, jotka ovat järkeviä, ja budjettitaulukot raportteihin.

    Tietokansio on --projects KANSIO, muuten $HANKE_PROJECTS, muuten lähin kansio, jossa on `hanke.toml` tai jonka `projects/`-kansiossa on sellainen; sitä etsitään nykyisestä kansiosta ylöspäin.
cli-hanke-after-help = Paluuarvo: 0 kunnossa (varoitukset sallittu), 1 ongelmia löytyi, 2 komentoa ei voitu suorittaa.
cli-check-about = Tarkista jokainen tietue tietuemuodon sääntöjä vasten
cli-schema-about = Tulosta tietueen (tai rekisterin) JSON Schema
cli-list-about = Listaa hankkeet suodatettuina ja järjestettyinä
cli-show-about = Näytä yhden hankkeen kortti
cli-summary-about = Laske suunnitellut ja toteutuneet summat salkuittain, rahoittajittain, vuosittain, vaiheittain tai rahoituslajeittain
cli-budget-about = Valtionavustuslomakkeen budjettitaulukot yhdestä hankkeesta tai salkusta
cli-diff-about = Mitä muutos tekee tietueille euroina: vertaa tietokansiota kahdessa git-versiossa
cli-site-about = Kirjoita salkku staattiseksi verkkosivustoksi (etusivu, sivu kustakin hankkeesta, salkusta ja rahoittajasta)
cli-site-after-help =
    Esimerkki: hanke site -o public && open public/index.html
    Kansio korvataan kokonaan; sen pitää olla uusi, tyhjä tai aiemmin hanke site -komennolla kirjoitettu.
cli-new-about = Kirjoita uusi tietue, joka läpäisee `hanke check` -tarkistuksen, ja vihjeet lopuista tiedoista
cli-new-after-help = Esimerkki: hanke new hyve/kainuu --nimi "Kainuun osahanke" --salkku KONSTI --alkaa 1.1.2025 --loppuu 31.12.2026 --paahanke hyve
cli-fmt-about = Kirjoita tietueet (ja hanke.toml) vakiomuotoon kaikki kommentit säilyttäen
cli-import-about = Muunna vanhan hanketietokannan sivut (tekstinä tallennettuina) tietueiksi
cli-import-after-help = Esimerkki: hanke import sivu.txt > projects/hyve.toml   tai   hanke import --write sivut/*.txt
cli-completions-about = Tulosta kuoren staattinen täydennysskripti (tai käytä `source <(COMPLETE=bash hanke)`)
cli-completions-after-help =
    Täydennys, joka täydentää myös arvot (--vaihe, --salkku-koodit, hankkeiden tunnukset, organisaatiot) tietokansiosta:
      bash: source <(COMPLETE=bash hanke)          (tiedostoon ~/.bashrc)
      zsh:  source <(COMPLETE=zsh hanke)           (tiedostoon ~/.zshrc)
      fish: COMPLETE=fish hanke | source           (tiedostoon ~/.config/fish/config.fish)
    Staattinen skripti, joka täydentää vain komennot ja valitsimet:
      hanke completions bash > ~/.local/share/bash-completion/completions/hanke
      hanke completions zsh > ~/.zfunc/_hanke
      hanke completions fish > ~/.config/fish/completions/hanke.fish
cli-man-about = Tulosta hankkeen tai yhden komennon man-sivu (roff) tai kirjoita ne kaikki
cli-man-after-help =
    Esimerkkejä:
      hanke man | man -l -
      hanke man list | man -l -
      hanke man --out-dir ~/.local/share/man/man1

## Argumentit: cli-<komento>-<argumentti>, muuten cli-arg-<argumentti>; arvot cli-…-<argumentti>-<arvo>
cli-arg-projects = Tietokansio, jossa ovat hanke.toml ja tietueet
cli-arg-today = Päivä, johon `vaihe`-tietoa verrataan, järjestelmän päivämäärän sijaan (1.5.2025 tai 2025-05-01)
cli-arg-lang = Viestien kieli: fi (oletus) tai en [ympäristömuuttuja: HANKE_LANG, sitten LC_ALL, LC_MESSAGES, LANG]
cli-arg-color = Milloin tulosteessa käytetään värejä
cli-arg-color-auto = Värit päätteellä, ellei NO_COLOR ole asetettu
cli-arg-format = Tulostemuoto
cli-list-format = Tulostemuoto [oletus: -o-tiedoston päätteen mukaan, muuten table]
cli-summary-format = Tulostemuoto [oletus: -o-tiedoston päätteen mukaan, muuten table]
cli-budget-format = Tulostemuoto [oletus: -o-tiedoston päätteen mukaan, muuten table]
cli-arg-format-human = rustc-tyyliset ilmoitukset lähderiveineen
cli-arg-format-github = GitHub Actionsin työnkulkukomennot (huomautukset pull requestiin)
cli-arg-format-table = Päätteen levyiseksi sovitettu taulukko, suomalaiset lukumuodot
cli-show-format-table = Kortti päätteelle
cli-diff-format-table = Tekstitaulukot päätteelle
cli-arg-format-md = GitHubin Markdown-taulukko
cli-show-format-md = Markdown, valmiina liitettäväksi
cli-diff-format-md = Markdown pull requestin kommenttiin tai tiedostoon $GITHUB_STEP_SUMMARY
cli-arg-format-csv = CSV: ISO-päivämäärät, desimaaliluvut sellaisinaan
cli-arg-format-json = JSON: taulukko olioita, rahasummat desimaalimerkkijonoina
cli-check-format-json = Yksi JSON-dokumentti vakiotulosteeseen
cli-show-format-json = JSON
cli-diff-format-json = Yksi JSON-dokumentti (rahasummat desimaalimerkkijonoina)
cli-arg-format-xlsx = Excel-työkirja (vaatii -o TIEDOSTO.xlsx)
cli-budget-format-xlsx = Excel-työkirja, jokainen taulukko omalla välilehdellään (vaatii -o TIEDOSTO)
cli-arg-deny-warnings = Päätä virheeseen (paluuarvo 1) myös varoituksista
cli-arg-fix = Tee kaikki ilmoitusten ehdottamat korjaukset (kommentit ja asettelu säilyvät) ja tarkista sitten uudelleen
cli-arg-registry = Rekisterin hanke.toml skeema tietueen skeeman sijaan
cli-schema-write = Kirjoita molemmat skeemat tietokansion viereen kansioon `schemas/`, johon `#:schema`-rivit osoittavat
cli-import-write = Tallenna jokainen tietue tietokansioon nimestä muodostetulla tunnuksella tulostamisen sijaan
cli-arg-salkku = Salkun koodi (kirjainkoolla ei väliä)
cli-new-salkku = Salkun koodi, määritelty tiedostossa hanke.toml
cli-arg-vaihe = Vaihe: suunnitteilla, käynnissä (tai kaynnissa), päättynyt, keskeytetty
cli-arg-rahoittaja = Hankkeet, joissa tällä rahoittajalla on osuus suunnitelmassa tai toteumassa (lyhenteet huomioiden)
cli-arg-toteuttaja = Hankkeet, joilla on tämä toteuttaja (lyhenteet huomioiden)
cli-arg-vuosi = Hankkeet, jotka ovat käynnissä jonakin tämän vuoden päivänä
cli-arg-paahanke = Tämän hankkeen osahankkeet
cli-new-paahanke = Päähankkeen tunnus
cli-arg-hae = Haku kenttiin nimi, lyhenne, tiivistelma ja avainsanat (kirjainkoolla ja tarkkeilla ei väliä)
cli-arg-sort = Järjestys
cli-arg-sort-nimi = Nimen mukaan suomalaisessa aakkosjärjestyksessä
cli-arg-reverse = Käänteinen järjestys
cli-arg-output = Kirjoita TIEDOSTOON (atomisesti) vakiotulosteen sijaan
cli-budget-output = Kirjoita TIEDOSTOON (atomisesti) vakiotulosteen sijaan (pakollinen xlsx-muodolle)
cli-site-output = Kansio, johon sivusto kirjoitetaan
cli-arg-excel = CSV suomenkieliselle Excelille: UTF-8 ja BOM, `;`, desimaalipilkku, CRLF
cli-show-id = Hankkeen tunnus (sen polku tietokansiossa ilman päätettä `.toml`)
cli-budget-id = Hankkeen tunnus; tai laske yhteen suodattimilla valitut hankkeet (esim. --salkku KOODI)
cli-new-id = Tietueen tunnus: sen polku tietokansiossa ilman päätettä `.toml` (`hyve/kainuu`)
cli-import-id = Tunnus, jolla tallennetaan (--write-valitsimen ja yhden tiedoston kanssa)
cli-arg-by = Mitä rivi edustaa
cli-arg-table = CSV-muodossa kirjoitettava taulukko
cli-arg-table-kustannusarvio = Kustannusarvio: suunnitellut kustannukset lajeittain ja vuosittain
cli-arg-table-toteutuneet = Toteutuneet kustannukset lajeittain ja vuosittain
cli-arg-table-vertailu = Suunniteltu ja toteutunut lajeittain
cli-arg-table-rahoitus = Rahoitussuunnitelma
cli-arg-table-rahoittajat = Kunkin rahoittajan suunniteltu ja toteutunut summa
cli-arg-table-osahankkeet = Päähankkeen osahankkeet
cli-arg-base = Versio, josta verrataan [oletus: HEADin ja origin/mainin yhteinen kantaversio, muuten main]
cli-arg-head = Versio, johon verrataan [oletus: työpuu]
cli-arg-fail-on-new-errors = Paluuarvo 1, kun muutos tuo uusia sääntövirheitä
cli-arg-nimi = Hankkeen nimi
cli-arg-alkaa = Alkamispäivä, 1.5.2025 tai 2025-05-01 (oletus: tänään)
cli-arg-loppuu = Päättymispäivä, 1.5.2025 tai 2025-05-01
cli-arg-check = Älä muuta mitään: luettele muuttuvat tiedostot muutoksineen, paluuarvo 1, jos jokin muuttuisi
cli-arg-paths = Muotoiltavat tiedostot tai kansiot (oletus: kaikki tietokansion tietueet ja hanke.toml)
cli-arg-files = Tekstitiedostot, kukin yksi vanhasta tietokannasta kopioitu hankesivu (`-` lukee vakiosyötteestä)
cli-arg-shell = Kuori, jolle täydennys tehdään
cli-arg-command = Komento, jonka sivu tulostetaan (oletus: pääsivu)
cli-arg-out-dir = Kirjoita kaikki sivut (hanke.1, hanke-list.1, …) tähän kansioon
cli-vaihe-invalid = odotettiin yhtä arvoista suunnitteilla, käynnissä (kaynnissa), päättynyt, keskeytetty

## clapin omat virheet (src/cli/errors.rs)
err-prefix = virhe:
cli-clap-tip = vihje:
cli-clap-try-help = Lisätietoja saat valitsimella '{ $flag }'.
cli-clap-unknown-argument = tuntematon argumentti '{ $arg }'
cli-clap-value-invalid = arvo '{ $value }' ei kelpaa argumentille '{ $arg }'
cli-clap-value-missing = argumentti '{ $arg }' tarvitsee arvon, mutta arvoa ei annettu
cli-clap-required = { $n ->
    [one] seuraava pakollinen argumentti puuttuu:
   *[other] seuraavat pakolliset argumentit puuttuvat:
}
cli-clap-subcommand-unknown = tuntematon komento '{ $sub }'
cli-clap-subcommand-missing = '{ $sub }' tarvitsee komennon, mutta komentoa ei annettu
cli-clap-subcommands = [komennot: { $names }]
cli-clap-no-equals = argumentin '{ $arg }' arvo annetaan yhtäsuuruusmerkillä
cli-clap-utf8 = argumenteissa on virheellistä UTF-8:aa
cli-clap-too-many = ylimääräinen arvo '{ $value }' argumentille '{ $arg }'; enempää arvoja ei odotettu
cli-clap-too-few = argumentti '{ $arg }' tarvitsee { $min } arvoa; annettiin vain { $actual }
cli-clap-wrong-number = argumentti '{ $arg }' tarvitsee { $expected } arvoa, mutta annettiin { $actual }
cli-clap-conflict = argumenttia '{ $arg }' ei voi käyttää yhdessä argumentin '{ $other }' kanssa
cli-clap-conflict-many = argumenttia '{ $arg }' ei voi käyttää yhdessä näiden kanssa:
cli-clap-conflict-some = argumenttia '{ $arg }' ei voi käyttää yhdessä muiden annettujen argumenttien kanssa
cli-clap-conflict-repeated = argumentin '{ $arg }' voi antaa vain kerran
cli-clap-other = argumentit eivät kelpaa
cli-clap-similar-argument = { $n ->
    [one] samankaltainen argumentti on olemassa: { $names }
   *[other] samankaltaisia argumentteja on olemassa: { $names }
}
cli-clap-similar-subcommand = { $n ->
    [one] samankaltainen komento on olemassa: { $names }
   *[other] samankaltaisia komentoja on olemassa: { $names }
}
cli-clap-similar-value = { $n ->
    [one] samankaltainen arvo on olemassa: { $names }
   *[other] samankaltaisia arvoja on olemassa: { $names }
}
cli-clap-tip-as-value = jos '{ $arg }' on arvo, kirjoita '{ $example }'
cli-clap-tip-remove-dashes = komento '{ $sub }' on olemassa; käytä sitä poistamalla '--' sen edestä
cli-clap-tip-exists = '{ $what }' on olemassa

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
