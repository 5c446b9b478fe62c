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
    Kansio päivitetään: vain uudet ja muuttuneet tiedostot kirjoitetaan, ja poistettujen hankkeiden sivut poistetaan. Kansion pitää olla uusi, tyhjä tai aiemmin hanke site -komennolla kirjoitettu.
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
cli-arg-deny-warnings = Paluuarvo 1 myös pelkistä varoituksista
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
cli-new-kustannusmalli = Kustannusmalli, rekisterin [kustannusmallit]-taulukon koodi (FR40): kustannusarvioon tulevat silloin vain ne kustannuslajit, jotka malli erittelee
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

## Ylimmän tason virheet (rivi `virhe:`-sanan jälkeen)
err-cwd = nykyistä kansiota ei voi lukea
err-no-data-folder = tietokansiota ei löydy: tiedostoa `{ $registry }` ei ole kansiossa `{ $cwd }`, sen yläkansioissa eikä niiden `projects/`-kansioissa; anna --projects KANSIO tai aseta HANKE_PROJECTS
err-data-folder-missing = tietokansiota `{ $path }` ei ole
err-read-data-folder = tietokansiota `{ $path }` ei voi lukea
err-registry-unreadable = rekisteriä `{ $path }` ei voi lukea (syyn näet komennolla `hanke check`)
err-record-broken = tietue `{ $file }` ei lataudu (syyn näet komennolla `hanke check`)
err-no-project = hanketta `{ $id }` ei ole (tunnukset näet komennolla `hanke list`)
err-no-project-mean = hanketta `{ $id }` ei ole: tarkoititko { $names }?
err-no-salkku-mean = salkkua `{ $code }` ei ole: tarkoititko `{ $name }`?
err-no-salkku-list = salkkua `{ $code }` ei ole: rekisterissä ovat { $codes }
err-budget-id-and-filters = anna joko hankkeen tunnus tai suodattimia (esim. `--salkku KOODI`), ei molempia
err-budget-nothing = anna hankkeen tunnus (`hanke budget TUNNUS`) tai valitse yhteen laskettavat hankkeet, esim. `--salkku KOODI`
err-no-osahankkeet = hankkeella { $title } ei ole osahankkeita
err-workbook = työkirjaa ei voi muodostaa
err-xlsx-needs-file = xlsx-muoto tarvitsee tiedoston: lisää `-o TIEDOSTO.xlsx`
err-excel-needs-csv = `--excel` muotoilee CSV:n Excelille ja kuuluu yhteen muodon `--format csv` kanssa, ei muodon { $format }; työkirjan saat valitsimella `-o TIEDOSTO.xlsx`
err-format-mismatch = `--format { $given }` ei sovi tiedostonimeen `{ $file }` (.{ $ext }-tiedosto): jätä `--format` pois, niin tulos on { $named }-muodossa, tai anna tiedoston nimeksi `{ $renamed }`
err-old-workbook = hanke kirjoittaa Excel-työkirjat .xlsx-muodossa, ei `{ $file }`: anna tiedoston nimeksi `{ $renamed }`
err-write-file = tiedostoon `{ $path }` ei voi kirjoittaa
err-create-file = tiedostoa `{ $path }` ei voi luoda (onko se jo olemassa?)
err-create-folder = kansiota `{ $path }` ei voi luoda
err-temp-file = väliaikaista tiedostoa ei voi luoda kansioon `{ $path }`
err-flush = tiedostoa `{ $path }` ei voi tallentaa levylle
err-permissions = tiedoston `{ $path }` oikeuksia ei voi asettaa
err-replace = tiedostoa `{ $path }` ei voi korvata
err-read-only = `{ $path }` on kirjoitussuojattu, joten se jätettiin ennalleen (salli kirjoittaminen, esim. `chmod u+w`, jotta hanke voi kirjoittaa sen uudelleen)
err-exists = `{ $file }` on jo olemassa; sitä ei korvata
err-exists-use-id = `{ $file }` on jo olemassa; sitä ei korvata (tallenna toisella tunnuksella valitsimella `--id`)
err-not-below = `{ $file }` ei ole polku tietokansion sisällä
err-symlink-out = `{ $file }` kirjoitettaisiin tietokansion ulkopuolelle: `{ $link }` on symbolinen linkki kohteeseen `{ $target }` (hanke kirjoittaa tietueita vain tietokansioon, josta `hanke check` ne lukee)
err-not-file-or-folder = `{ $path }` ei ole tiedosto eikä kansio
err-stdin = vakiosyötettä ei voi lukea
err-stdin-name = vakiosyöte
err-read-file = { $file } ei ole luettavissa: { $reason }
err-import-id-one-file = `--id` nimeää yhden tietueen; anna sen kanssa vain yksi tiedosto
err-import-not-data-folder = `{ $path }` ei ole luettava tietokansio; aja siellä `hanke check`
err-import-folder = { $file } on kansio: anna tallennetun sivun tiedosto
err-import-too-big = { $file } on yli { $mib } MiB: se ei ole tallennettu hankesivu
err-new-registry = rekisterissä `{ $path }` on virheitä; aja `hanke check` ja korjaa ne ensin
err-new-nimi-empty = `--nimi` on tyhjä; anna hankkeen nimi
err-new-no-parent = valitsimen `--paahanke` hanketta `{ $parent }` ei ole{ $n ->
    [0] {""}
   *[other] ; tarkoititko { $names }?
}
err-new-own-parent = hanke ei voi olla oma päähankkeensa
err-new-dates = `--loppuu { $loppuu }` on ennen päivää `--alkaa { $alkaa }`
err-new-before-parent = `--alkaa { $alkaa }` on ennen päähankkeen `{ $parent }` alkamispäivää { $start }; osahanke sijoittuu päähankkeensa ajalle
err-new-after-parent = päähanke `{ $parent }` päättyy { $end }; anna `--loppuu` viimeistään silloin (ja `--alkaa` myös)
err-new-no-salkku = salkkua `{ $given }` ei ole tiedostossa hanke.toml; { $hint }
err-new-internal = sisäinen virhe: uusi tietue ei ole kelvollista TOMLia
err-did-you-mean = tarkoititko `{ $name }`?
err-salkut-are = tiedoston hanke.toml salkut ovat: { $codes }
err-id-absolute = `{ $id }` on absoluuttinen polku: tunnus on tietueen polku tietokansion sisällä ilman päätettä `.toml` (`hyve/kainuu`){ $below }
err-id-below = ; tietokansion sisällä se on `{ $rel }`
err-id-invalid = `{ $id }` ei kelpaa tunnukseksi: { $problem }{ $hint }
err-id-empty-segment = siinä on tyhjä polun osa
err-id-bad-char = siinä on merkki `{ $char }`: tunnuksessa saa olla vain pieniä ASCII-kirjaimia, numeroita ja merkkiä `-`
err-id-hint = ; tarkoititko `{ $suggestion }`?
err-man-no-command = komentoa `{ $name }` ei ole; sivut ovat: { $pages }

## Man-sivut (src/commands/man.rs)
cli-man-wrote = kirjoitettu { $path }
cli-man-name = NIMI
cli-man-synopsis = KÄYTTÖ
cli-man-description = KUVAUS
cli-man-commands = KOMENNOT
cli-man-extra = LISÄTIETOJA
cli-man-version = VERSIO
cli-man-see-also = KATSO MYÖS
cli-man-environment = YMPÄRISTÖ
cli-man-exit-status = PALUUARVO
cli-man-env-projects = Tietokansio, kun --projects-valitsinta ei anneta. Ilman kumpaakaan lähin projects/-kansio, jossa on hanke.toml, nykyisestä kansiosta ylöspäin.
cli-man-env-lang = Viestien kieli (fi tai en), kun --lang-valitsinta ei anneta; muuten LC_ALL, LC_MESSAGES tai LANG (en_US.UTF-8 on englanti), muuten suomi.
cli-man-env-no-color = Kun asetettu eikä tyhjä, ei värejä (kuten --color never, ellei anneta --color always).
cli-man-env-step-summary = Valitsimen check --format github kanssa: tiedosto, jonka loppuun ilmoitusten Markdown-taulukko lisätään (GitHub Actions asettaa sen).
cli-man-env-complete = Kuoren täydennys asettaa tämän (source <(COMPLETE=bash hanke)): vastaa täydennyspyyntöön komennon suorittamisen sijaan.
cli-man-exit-2 = Komentoa ei voitu suorittaa (virheelliset argumentit, ei tietokansiota, lukukelvoton rekisteri); syy on yhtenä rivinä virhetulosteessa.
cli-man-exit-check-0 = Ei virheitä (varoitukset sallittu, ellei --deny-warnings).
cli-man-exit-check-1 = Virheitä löytyi, tai varoituksia valitsimen --deny-warnings kanssa.
cli-man-exit-fmt-0 = Muotoiltu, tai --check-valitsimen kanssa mikään ei muuttuisi.
cli-man-exit-fmt-1 = Valitsimen --check kanssa jokin tiedosto muuttuisi; tai tiedostoa ei voitu jäsentää.
cli-man-exit-diff-0 = Verrattu.
cli-man-exit-diff-1 = Valitsimen --fail-on-new-errors kanssa muutos tuo uusia sääntövirheitä.
cli-man-exit-import-0 = Kaikki sivut tuotu.
cli-man-exit-import-1 = Jotakin sivua ei voitu tuoda, tai --write-valitsimen kanssa sen tiedosto on jo olemassa.
cli-man-exit-main-0 = Onnistui (check: varoitukset sallittu).
cli-man-exit-main-1 = Ongelmia löytyi: sääntövirheitä, muuttuvia tiedostoja tai sivu, jota ei voitu tuoda.
cli-man-exit-other-0 = Onnistui.

## Loading the data folder (src/load/mod.rs, LoadError)

## hanke site's output folder (src/site/output.rs)
err-site-not-folder = `{ $path }` on olemassa eikä ole kansio; valitse toinen kohdekansio valitsimella -o
err-site-read = kohdekansiota `{ $path }` ei voi lukea
err-site-not-ours = `{ $path }` ei ole tyhjä eikä `hanke site` ole kirjoittanut sitä (tiedostoa `{ $marker }` ei ole); valitse tyhjä tai uusi kansio valitsimella -o
err-site-remove = vanhaa sivustoa `{ $path }` ei voi poistaa

## git, for diff (src/load/git.rs)

## Issuen 13 viimeiset vain yhdellä kielellä olleet tekstit
err-import-not-a-page = nimikettä `Hankkeen nimi` ei löydy: teksti ei ole hankesivu
err-import-empty-name = nimikkeen `Hankkeen nimi` perässä ei ole nimeä
err-import-invalid-record = tuonti tuotti virheellistä TOMLia (ohjelmavirhe): { $reason }
err-warning-prefix = varoitus:
err-fmt-leads-out = { $file }: symbolinen linkki tietokansion ulkopuolelle (kohteeseen `{ $target }`); sitä ei muotoiltu, koska hanke kirjoittaa vain tietokansioon
err-salkut-none = tiedostossa hanke.toml ei ole vielä yhtään salkkua: lisää sinne `[salkut.KOODI]` ja `nimi = "…"`
# end of section cli

## Diagnostics: rule messages, labels, help lines, check's summary lines (ids diag-*, rule-*, check-*)
# (section diag: add messages of this section above the end marker)

# The frame: rustc-style `virhe[H303]: …`, `= ohje: …`, `= huom: …`

diag-level-error = virhe
diag-level-warning = varoitus
diag-level-help = ohje
diag-level-note = huom

# Words shared by many diagnostics

diag-list-and = { $init } ja { $last }
diag-list-or = { $init } tai { $last }
diag-did-you-mean = tarkoititko { $what }?
diag-write = kirjoita `{ $toml }`
diag-none-defined = (yhtään ei ole määritelty)
diag-type-string = merkkijono
diag-type-integer = kokonaisluku
diag-type-float = liukuluku
diag-type-boolean = totuusarvo
diag-type-date = päivämäärä
diag-type-array = lista
diag-type-table = taulukko
diag-type-strings = merkkijonojen lista
diag-type-money = euromäärä
diag-type-percent = prosenttiluku
diag-type-tables = taulukoiden lista
diag-file-kind-pipe = nimetty putki
diag-file-kind-device = laite
diag-file-kind-socket = pistoke
diag-file-kind-folder = kansio
diag-file-kind-symlink = symbolinen linkki
diag-file-kind-file = tiedosto
diag-file-kind-other = erikoistiedosto
diag-io-permission = ei käyttöoikeutta
diag-io-not-found = tiedostoa tai kansiota ei ole

# Fixes (`fix` in JSON, `hanke check --fix`)

diag-fix-help = kirjoita { $edits } (`hanke check --fix` tekee tämän)
diag-fix-why = { $why }: { $how }
diag-fix-not-toml = tiedosto ei ole kelvollista TOMLia: { $reason }
diag-fix-no-key = tiedostossa ei ole avainta `{ $path }`, jota muuttaa

# Keeping one file from flooding the output

diag-flood-message = { $n ->
        [one] tiedostossa on tästä eteenpäin vielä { $n } `{ $name }`-ongelma, jota ei näytetä
       *[other] tiedostossa on tästä eteenpäin vielä { $n } `{ $name }`-ongelmaa, joita ei näytetä
    }
diag-flood-help = kustakin tiedostosta näytetään vain { $max } ensimmäistä samanlaista ongelmaa: korjaa ne ja tarkista uudelleen

# Loading a data folder: why it cannot be loaded at all

diag-load-no-root = tietokansiota `{ $path }` ei ole (anna se valitsimella --projects KANSIO tai muuttujassa HANKE_PROJECTS)
diag-load-root-not-folder = tietokansio `{ $path }` on { $kind } eikä kansio (anna se valitsimella --projects KANSIO tai muuttujassa HANKE_PROJECTS)
diag-load-registry-not-file = rekisteri `{ $path }` on { $kind } eikä tiedosto: sen on oltava TOML-tiedosto, jossa salkut luetellaan
diag-load-no-registry = kansiossa `{ $path }` ei ole rekisteriä `hanke.toml`: onko tämä hankkeiden tietokansio?
diag-load-registry-unreadable = rekisteriä `{ $path }` ei voi lukea
diag-load-registry-note = rekisterin on oltava luettavissa, ennen kuin yhtään hanketta voidaan tarkistaa

# Top-level errors of loading a data folder from git (`hanke diff`)

diag-git-not-repo = `{ $path }` ei ole git-repositoriossa
diag-git-bare = `{ $path }` ei ole git-repositoriossa: se on paljas repositorio tai `.git`-kansio
diag-git-no-revision = revisiota `{ $name }` ei ole
diag-git-no-main = vertailuun ei ole haaraa `origin/main` tai `main`: anna vertailtava revisio, esim. `hanke diff HEAD~1` tai `hanke diff origin/master`
diag-git-no-merge-base = haarojen `{ $branch }` ja `HEAD` yhteistä kantaa ei löydy; anna vertailtava revisio
diag-git-no-registry = revision `{ $rev }` tietokansiossa ei ole rekisteriä `{ $registry }`
diag-git-registry-unreadable = revision `{ $rev }` rekisteriä `{ $registry }` ei voi lukea: aja `hanke check` sillä revisiolla
diag-git-not-installed = komentoa `git` ei voi ajaa: onko git asennettu?
diag-git-not-utf8 = git tulosti jotakin, mikä ei ole UTF-8-tekstiä
diag-git-no-object = git ei voi lukea objektia `{ $object }`

# H0xx: files

rule-h001-read = tiedostoa ei voi lukea: { $reason }
rule-h001-read-help = tarkista, että tiedosto on olemassa ja että sinulla on lukuoikeus siihen
rule-h001-not-file = `{ $file }` on { $kind } eikä tiedosto: hanketiedoston on oltava tavallinen tiedosto
rule-h001-not-file-help = siirrä se pois tietokansiosta tai nimeä se niin, ettei nimi pääty `.toml`
rule-h001-outside = `{ $file }` on symbolinen linkki tietokansion ulkopuolelle (kohteeseen `{ $target }`): sitä ei seurata
rule-h001-outside-help = hanketiedostot ovat tietokansiossa: kopioi tiedostot sinne tai poista linkki
rule-h001-loop = symbolisten linkkien kehä: `{ $file }` johtaa takaisin kansioon `{ $target }`
rule-h001-loop-help = poista linkki, joka osoittaa takaisin ylemmäs kansiopuussa
rule-h001-walk = kohdetta `{ $file }` ei voi lukea: { $reason }
rule-h001-walk-help = tarkista, että se on olemassa ja että sinulla on lukuoikeus siihen (sen käyttöoikeudet tai mihin sen linkki osoittaa)
rule-h002-bom = tiedosto alkaa UTF-8-tavujärjestysmerkillä (BOM)
rule-h002-bom-label = näkymätön tavujärjestysmerkki
rule-h002-bom-help = tallenna tiedosto UTF-8-muodossa ilman BOMia (`hanke fmt` poistaa sen)
rule-h002 = tiedosto ei ole kelvollista UTF-8-tekstiä
rule-h002-label = virheellinen tavu tässä
rule-h002-help = tallenna tiedosto UTF-8-muodossa (se voi olla vanhan järjestelmän Latin-1- tai Windows-1252-tekstiä)
rule-h003 = virheellinen TOML: { $reason }
rule-h003-label = tässä
# H003: the TOML parser's own words (`invalid basic string, expected `"``),
# chosen by a slug of the English text; anything else stays as the parser wrote it.
rule-h003-parser = { $slug ->
        [may-only-go-between-digits] `_` saa olla vain numeroiden välissä
        [cannot-recurse-further-max-recursion-depth-met] sisäkkäisiä tasoja on liikaa
        [carriage-return-must-be-followed-by-newline] rivinvaihdon merkin CR jälkeen on oltava LF
        [duplicate-key] sama avain kahdesti
        [extra] ylimääräinen `=`
        [extra-assignment-between-key-value-pairs] ylimääräinen `=` avain–arvo-parien välissä
        [extra-comma-in-array] ylimääräinen pilkku listassa
        [extra-comma-in-inline-table] ylimääräinen pilkku rivinsisäisessä taulukossa
        [integers-with-a-radix-cannot-be-signed] etuliitteellisellä kokonaisluvulla ei voi olla etumerkkiä
        [invalid-basic-string] virheellinen merkkijono
        [invalid-comment-character] virheellinen merkki kommentissa
        [invalid-inline-table-element] virheellinen rivinsisäisen taulukon kohta
        [invalid-key-value-pair] virheellinen avain–arvo-pari
        [invalid-multi-line-basic-string] virheellinen monirivinen merkkijono
        [invalid-unquoted-key] virheellinen avain ilman lainausmerkkejä
        [invalid-value] virheellinen arvo
        [key-with-no-value] avaimella ei ole arvoa
        [keys-cannot-be-multi-line-basic-strings] avain ei voi olla monirivinen merkkijono
        [keys-cannot-be-multi-line-literal-strings] avain ei voi olla monirivinen merkkijono
        [missing-array-opening] listan alku puuttuu
        [missing-assignment-between-key-value-pairs] avaimen ja arvon välistä puuttuu `=`
        [missing-comma-between-array-elements] listan kohtien välistä puuttuu pilkku
        [missing-comma-between-key-value-pairs] avain–arvo-parien välistä puuttuu pilkku
        [missing-comment-start] kommentin alku puuttuu
        [missing-escaped-value] kenoviivan jälkeinen merkki puuttuu
        [missing-inline-table-opening] rivinsisäisen taulukon alku puuttuu
        [missing-key-for-inline-table-element] rivinsisäisen taulukon kohdalta puuttuu avain
        [missing-opening-quote] aloittava lainausmerkki puuttuu
        [missing-table-open] taulukon otsikon alku puuttuu
        [missing-value] arvo puuttuu
        [missing-value-for-key] avaimelta puuttuu arvo
        [radix-must-be-lowercase] lukujärjestelmän etuliite kirjoitetaan pienellä
        [recursion-limit] sisäkkäisiä tasoja on liikaa
        [redundant-integer-number-prefix] tarpeeton lukujärjestelmän etuliite
        [redundant-numeric-sign] tarpeeton etumerkki
        [string-values-must-be-quoted] teksti kirjoitetaan lainausmerkkeihin
        [too-few-unicode-value-digits] Unicode-arvossa on liian vähän numeroita
        [unclosed-array] lista jäi auki
        [unclosed-array-table] taulukkolistan otsikko jäi auki
        [unclosed-inline-table] rivinsisäinen taulukko jäi auki
        [unclosed-table] taulukon otsikko jäi auki
        [unexpected-in-array] odottamaton `=` listassa
        [unexpected-content] odottamatonta sisältöä
        [unexpected-content-between-comment-and-newline] odottamatonta sisältöä kommentin ja rivinvaihdon välissä
        [unexpected-key-or-value] odottamaton avain tai arvo
        [unexpected-leading-zero] odottamaton etunolla
        [unexpected-sign] odottamaton etumerkki
        [unquoted-keys-cannot-be-empty] avain ilman lainausmerkkejä ei voi olla tyhjä
        [invalid-date] virheellinen päivämäärä
        [invalid-datetime] virheellinen päivämäärä tai kellonaika
        [invalid-time] virheellinen kellonaika
       *[other] { $text }
    }
rule-h003-parser-expected = { $slug ->
        [basic-string] merkkijono
        [characters] merkkejä
        [digits] numeroita
        [key] avain
        [letters] kirjaimia
        [literal-string] merkkijono puolilainausmerkeissä
        [multi-line-basic-string] monirivinen merkkijono
        [non-double-quote-visible-characters] näkyviä merkkejä paitsi `"`
        [non-single-quote-characters] merkkejä paitsi `'`
        [non-single-quote-visible-characters] näkyviä merkkejä paitsi `'`
        [numbers] lukuja
        [printable-characters] tulostuvia merkkejä
        [unicode-hexadecimal-value] Unicode-arvo heksadesimaaleina
        [value] arvo
        [nothing] ei mitään
        [newline] rivinvaihto
        [day-between-01-and-28] päivä väliltä 01–28
        [day-between-01-and-29] päivä väliltä 01–29
        [day-between-01-and-30] päivä väliltä 01–30
        [day-between-01-and-31] päivä väliltä 01–31
        [month-between-01-and-12] kuukausi väliltä 01–12
        [hour-between-00-and-23] tunti väliltä 00–23
        [hours-between-00-and-23] tunnit väliltä 00–23
        [minute-between-00-and-59] minuutti väliltä 00–59
        [minutes-between-00-and-59] minuutit väliltä 00–59
        [second-between-00-and-60] sekunti väliltä 00–60
       *[other] { $text }
    }
rule-h003-reason-expected = { $what }, odotettiin: { $expected }
rule-h003-fmt-changes = muotoilu muuttaisi tämän tiedoston tietoja, joten tiedosto jätettiin ennalleen
rule-h003-fmt-changes-help = tämä on ohjelmavirhe `hanke fmt` -komennossa: ilmoita siitä ja liitä tiedosto mukaan
rule-h003-help-number = pelkässä luvussa ei ole välilyöntejä, pilkkuja eikä yksiköitä: kirjoita `1000` (tai `1_000`); rahamäärä voi olla merkkijono `"1 000,50"`, prosentti `75` tai `"12,5"`
rule-h003-help-duplicate = kukin avain ja taulukko saa esiintyä vain kerran: yhdistä ne
rule-h003-help-deep = taulukot tai listat ovat tässä liian syvällä sisäkkäin: hanketiedostossa tarvitaan vain muutama taso (`[kustannusarvio.2024]`, `[[rahoitus.osuudet]]`)
rule-h003-help-string = päätä merkkijono samalla lainausmerkillä, jolla se alkoi
rule-h003-help-date = kirjoita päivämäärät muodossa VVVV-KK-PP (`2012-03-01`), todellisena kalenterin päivänä
rule-h003-help-boolean = kirjoita `true` tai `false` pienillä kirjaimilla
rule-h003-help-quotes = teksti kirjoitetaan lainausmerkkeihin: `kuvaus = "Teksti"`
rule-h003-help-escape = kenoviiva lainausmerkeissä aloittaa erikoismerkin: kirjoita kenoviiva muodossa `\\` tai käytä puolilainausmerkkejä ('C:\polku'), joissa kenoviiva on tavallinen merkki
rule-h003-help-underscore = `_` erottaa vain numeroita: `1_000` tai `1000`
rule-h003-help-table = päätä taulukon otsikko: `[rahoitus]`, `[[rahoitus.osuudet]]`
rule-h003-help-array = päätä lista merkillä `]`
rule-h003-help-inline = päätä rivinsisäinen taulukko merkillä `{ "}" }`: sen on mahduttava yhdelle riville
rule-h003-help-key-ascii = paljas avain on pelkkää ASCIIa: kirjoita se ilman ä:tä ja ö:tä (`tiivistelma`, `sahkoposti`) tai lainausmerkeissä (`"tiivistelmä" = …`)
rule-h003-help-key = kirjoita `avain = arvo`; avaimessa ei ole välilyöntejä (käytä merkkiä `_`)
rule-h003-help-newline = yksi `avain = arvo` riville, teksti yhden lainausmerkkiparin sisään
rule-h004-empty = tiedoston nimessä `{ $file }` on tyhjä kansion nimi
rule-h004-char = tiedoston nimessä `{ $file }` on merkki `{ $char }`: tunnuksessa saa olla vain pieniä ASCII-kirjaimia, numeroita ja merkkiä `-`
rule-h004-help = nimeä tiedosto uudelleen: `{ $name }`
rule-h005 = tiedoston koko on { $size } MiB; hanketiedosto saa olla enintään { $max } MiB
rule-h005-help = hanketiedosto on muutaman kilotavun kokoinen: siirrä liitteet pois tietokansiosta
rule-h006 = `{ $file }` on keskeytyneen `hanke`-kirjoituksen jättämä väliaikainen tiedosto; se ei ole hanketiedosto
rule-h006-help = `hanke fmt` poistaa sen (tai poista se itse); rivi `.hanke-tmp-*` tiedostossa .gitignore pitää tällaiset tiedostot poissa commiteista

# H1xx: structure

rule-h101-twice = `{ $key }` on annettu kahdesti { $place ->
        [record] hanketiedostossa
        [registry] rekisterissä
       *[table] taulukossa { $table }
    }
rule-h101-twice-label = saman avaimen toinen kirjoitusasu
rule-h101-twice-first = ensimmäinen tässä
rule-h101-twice-help = jätä vain yksi `{ $key }`
rule-h101 = tuntematon avain `{ $key }` { $place ->
        [record] hanketiedostossa
        [registry] rekisterissä
       *[table] taulukossa { $table }
    }
rule-h101-label = tuntematon avain
rule-h101-keys = { $place ->
        [record] hanketiedoston
        [registry] rekisterin
       *[table] taulukon { $table }
    } avaimet ovat: { $keys }
rule-h102 = avaimen `{ $key }` arvon on oltava { $expected }, mutta se on { $found }
rule-h102-label = pitää olla { $expected }
rule-h102-quote = kirjoita arvo lainausmerkkeihin: `{ $toml }`
rule-h102-quote-items = kirjoita jokainen alkio lainausmerkkeihin: `{ $toml }`
rule-h102-one-value = anna yksi arvo, ei listaa: `{ $toml }`
rule-h102-date = kirjoita TOML-päivämäärä ilman lainausmerkkejä: `{ $toml }`
rule-h102-money = kirjoita täydet eurot kokonaislukuna (`{ $key } = 1234`) tai sentit merkkijonona (`{ $key } = "1234.50"`)
rule-h102-table = kirjoita se taulukkona: `[{ $key }]` ja avaimet sen alle
rule-h102-tables = kirjoita jokainen kohta muodossa `[[…{ $key }]]` ja sen avaimet alle
rule-h102-costs = `{ $table }` on oltava kustannuslajien taulukko
rule-h102-costs-help = kirjoita `[{ $table }]` ja kustannuslajien summat sen alle, esim. `palkat = 120000`
rule-h102-registry-table = `{ $table }` on oltava taulukko
rule-h102-registry-table-help = kirjoita `[{ $table }]` ja sen avaimet alle
rule-h103 = { $owner ->
        [record] hanketiedostosta
        [contact] tästä yhteystiedosta
        [link] tästä linkistä
        [share] tästä rahoitusosuudesta
        [contribution] tästä muusta rahoituksesta
       *[portfolio] tästä salkusta
    } puuttuu pakollinen avain `{ $key }`
rule-h103-label = `{ $key }` puuttuu tästä
rule-h103-help = lisää `{ $key } = { $example }`
rule-h103-help-salkku = lisää `salkku = "KOODI"` (salkun koodi rekisteristä hanke.toml)
rule-h104-choice = `{ $toml }` ei ole { $key ->
        [vaihe] käsittelyvaihe
       *[other] rahoituksen laji
    }
rule-h104-choice-label = tuntematon { $key }
rule-h104-choice-guess = tarkoititko `{ $guess }`? Sallitut arvot ovat { $allowed }
rule-h104-choice-help = käytä jotakin näistä: { $allowed }
rule-h104-datetime = avaimen `{ $key }` arvon on oltava päivämäärä ilman kellonaikaa, mutta se on `{ $value }`
rule-h104-datetime-label = pitää olla pelkkä päivämäärä
rule-h104-no-day = `{ $toml }` ei ole kalenterin päivä
rule-h104-no-day-label = tällaista päivää ei ole
rule-h104-no-day-help = tarkista päivä ja kuukausi (helmikuussa on 28 päivää, karkausvuonna 29)
rule-h104-year = `{ $table }` ei ole vuosi
rule-h104-year-label = pitää olla vuosiluku, esim. 2024
rule-h104-year-help = nimeä kukin taulukko vuodellaan: `[{ $key }.2024]`
rule-h105 = `{ $toml }` on liukuluku; rahamäärän on oltava tarkka
rule-h105-label = liukuluku
rule-h105-help = kirjoita täydet eurot kokonaislukuna (`1234`) tai sentit merkkijonona (`"1234.50"`)
rule-h106-not-money = `{ $toml }` ei ole euromäärä
rule-h106-decimals = arvossa `{ $toml }` on yli kaksi desimaalia (rahamäärät ovat sentin tarkkoja)
rule-h106-negative = `{ $toml }` on negatiivinen
rule-h106-too-large = `{ $toml }` on liian suuri euromääräksi
rule-h106-money-label = ei kelvollinen rahamäärä
rule-h106-negative-help = kirjaa palautus tai oikaisu pienempänä summana, ei koskaan negatiivisena
rule-h106-decimals-help = pyöristä senttiin: enintään kaksi desimaalia
rule-h106-too-large-help = summia, jotka ovat yli { $max }, ei hyväksytä
rule-h106-not-percent = `{ $toml }` ei ole prosenttiluku
rule-h106-not-percent-label = ei luku
rule-h106-percent-help = kirjoita `{ $key } = 75` tai `{ $key } = 11.3`
rule-h106-percent-negative-label = negatiivinen prosentti
rule-h106-over-100 = `{ $toml }` on yli { $limit }
rule-h106-over-100-label = yli 100
rule-h106-percent-range-help = osuus on 0–100 prosenttia
rule-h107 = tuntematon salkku `{ $value }`
rule-h107-label = ei määritelty rekisterissä hanke.toml
rule-h107-help = määrittele se rekisterissä hanke.toml: `[salkut.{ $value }]` ja `nimi = "…"`, tai käytä jotakin näistä: { $list }
rule-h108 = tuntematon ohjelma `{ $value }`
rule-h108-help = määrittele se rekisterissä hanke.toml: `[ohjelmat.{ $value }]` ja avaimet `nimi`, `rahoittaja` ja `enintaan`
rule-h109 = millään hankkeella ei ole tunnusta `{ $value }`
rule-h109-label = tuntematon päähanke
rule-h109-help = `paahanke` on päähankkeen tunnus: sen tiedoston polku tietokansiossa ilman päätettä `.toml`
rule-h110 = päähankkeiden kehä: { $chain }
rule-h110-label = johtaa takaisin tähän hankkeeseen
rule-h110-help = päähanke ei voi olla oma osahankkeensa: poista `paahanke` yhdestä kehän hankkeesta
rule-h111-copy = hankkeella `{ $id }` on sama `nimi` ja `alkaa` kuin hankkeella `{ $original }`: sama hanke kahdesti?
rule-h111-copy-label = myös hankkeen `{ $original }` nimi
rule-h111-copy-start = `{ $original }` alkaa samana päivänä
rule-h111-copy-help = jos hanke on sama, poista toinen tiedostoista (raportit laskevat molemmat); jos ei, anna hankkeille nimet, joista ne erottaa toisistaan
rule-h111-folder-walked = `{ $file }` on symbolinen linkki kansioon `{ $target }`, jonka hanketiedostot luetaan jo sieltä: ne luetaan vain kerran
rule-h111-folder-walked-help = poista linkki: jokainen hanke on yksi tiedosto, joka löydetään kerran
rule-h111-folder-twice = `{ $file }` johtaa kansioon `{ $target }`, johon toinen linkki jo johtaa: sen hanketiedostot luetaan vain kerran
rule-h111-folder-twice-help = säilytä kansioon yksi linkki ja poista muut
rule-h111-file-walked = `{ $file }` on symbolinen linkki tiedostoon `{ $target }`, joka luetaan jo hanketiedostona: se luetaan vain kerran
rule-h111-file-walked-help = poista linkki: hanke on yksi tiedosto. Jos sen on tarkoitus olla oma hankkeensa, tee siitä tiedosto, jolla on oma `nimi`
rule-h111-file-twice = `{ $file }` johtaa tiedostoon `{ $target }`, johon toinen linkki jo johtaa: se luetaan vain kerran
rule-h111-file-twice-help = säilytä tiedostoon yksi linkki ja poista muut

# H2xx: dates

rule-h201 = `loppuu = { $loppuu }` on aiemmin kuin `alkaa = { $alkaa }`
rule-h201-label = päättyy ennen kuin alkaa
rule-h201-start = alkaa tässä
rule-h201-help = vaihda päivämäärät keskenään tai korjaa vuosi
rule-h202-start = osahanke alkaa { $date }, ennen kuin sen päähanke `{ $parent }` alkaa ({ $parent_date })
rule-h202-start-label = ennen päähankkeen alkua
rule-h202-start-help = aloita aikaisintaan { $parent_date } tai siirrä päähankkeen `alkaa` aiemmaksi
rule-h202-end = osahanke päättyy { $date }, vasta sen jälkeen kun sen päähanke `{ $parent }` päättyy ({ $parent_date })
rule-h202-end-label = päähankkeen päättymisen jälkeen
rule-h202-end-help = päätä viimeistään { $parent_date } tai siirrä päähankkeen `loppuu` myöhemmäksi
rule-h203 = `{ $table }` on hankkeen vuosien { $first }–{ $last } ulkopuolella
rule-h203-open = `{ $table }` on hankkeen vuosien ulkopuolella (hanke alkaa vuonna { $first })
rule-h203-label = vuosi ei ole välillä alkaa..loppuu
rule-h203-help = siirrä nämä kustannukset vuodelle, jona hanke on käynnissä, tai korjaa `alkaa` / `loppuu`
rule-h204-ends-future = `vaihe = "{ $vaihe }"`, mutta hanke päättyy vasta { $date } (tänään on { $today })
rule-h204-ended = `vaihe = "{ $vaihe }"`, mutta hanke päättyi { $date } (tänään on { $today })
rule-h204-starts-future = `vaihe = "{ $vaihe }"`, mutta hanke alkaa vasta { $date } (tänään on { $today })
rule-h204-started = `vaihe = "{ $vaihe }"`, mutta hanke alkoi { $date } (tänään on { $today })
rule-h204-label = vanhentunut
rule-h204-help = aseta `vaihe = "{ $vaihe }"` tai korjaa päivämäärät

# H3xx: funding

rule-h301 = rahoittajan `{ $funder }` osuudella taulukossa [{ $table }] ei ole `summa`- eikä `osuus`-arvoa
rule-h301-label = ei summaa eikä prosenttia
rule-h301-gap = `yhteensa`-summasta jää tälle osuudelle { $gap }
rule-h301-help = lisää `summa = …` (euroina) tai `osuus = …` (prosentteina `yhteensa`-summasta)
rule-h302 = taulukon [{ $table }] osuudet ovat yhteensä { $covered }, mutta `yhteensa = { $total }` (erotus { $diff })
rule-h302-gap = { $message }: { $gap } on ilman rahoittajaa
rule-h302-label = osuudet yhteensä { $covered }
rule-h302-share = { $funder }: { $percent } on { $amount }
rule-h302-help-stated = korjaa summa, joka on väärin, tai `yhteensa`; jokaisen euron ja sentin on täsmättävä
rule-h302-help-gap = anna { $gap } jollekin osuudelle (nosta sen `summa`- tai `osuus`-arvoa) tai lisää sille oma osuus, tai pienennä `yhteensa`-summaa: mikään osa kokonaissummasta ei saa jäädä ilman rahoittajaa
rule-h302-help-excess = pienennä liian suurta osuutta tai nosta `yhteensa`-summaa: osuuksien on oltava yhteensä täsmälleen kokonaissumma
rule-h303 = `osuus = { $stated }` ei vastaa rahoittajan `{ $funder }` summaa { $summa }: se on { $percent } { $total_kind ->
        [shares] osuuksien summasta
       *[stated] `yhteensa`-summasta
    } { $total }
rule-h303-label = pitäisi olla { $right }
rule-h303-fix = summat täsmäävät, joten prosentti on väärin
rule-h303-help = kirjoita `osuus = { $right }` tai korjaa `summa` (taulukossa [{ $table }])
rule-h304 = taulukon [{ $table }] prosenttiosuudet ovat yhteensä { $sum }, ei { $hundred }
rule-h304-gap = { $message }: { $gap } summasta { $total } on ilman rahoittajaa
rule-h304-excess = { $message }: { $excess } enemmän kuin { $total }
rule-h304-label = osuudet yhteensä { $sum }
rule-h304-fix = summat täsmäävät, joten niiden vieressä olevat prosentit ovat väärin
rule-h304-help-over = pienennä liian suurta prosenttia: saman jaon osuudet ovat yhteensä { $hundred }, ja väärin voi olla useampi kuin yksi
rule-h304-help-one = lisää osuus, joka kattaa puuttuvat { $missing }, tai korjaa `osuus`
rule-h304-help-many = korjaa prosentti, joka on väärin, tai lisää osuus, joka kattaa puuttuvat { $missing }: saman jaon osuudet ovat yhteensä { $hundred }
rule-h305-all = kaikki
rule-h305-one = ohjelman `{ $name }` valtionavustus on { $grant }, { $share } hyväksyttävistä kustannuksista { $eligible }; `{ $name }` myöntää enintään { $limit } ({ $most }): { $over } liikaa
rule-h305-one-label = enintään { $most }
rule-h305-one-lower = pienennä avustusta { $over } enintään summaan { $most } ja nosta muita osuuksia saman verran
rule-h305-many = ohjelman `{ $name }` { $n } valtionavustusta on yhteensä { $grant }, { $share } hyväksyttävistä kustannuksista { $eligible }; `{ $name }` myöntää yhteensä enintään { $limit } ({ $most }): { $over } liikaa
rule-h305-many-label = yhdessä muiden kanssa { $grant }, enintään { $most }
rule-h305-many-lower = pienennä avustuksia yhteensä { $over } enintään summaan { $most } ja nosta muita osuuksia saman verran
rule-h305-note = hyväksyttävät kustannukset = kokonaissumma { $total } − ei_oikeuttavat − tulot − yksityinen, taulukossa [{ $table }]
rule-h305-help = { $lower }, tai nosta kokonaissummaa, jos hyväksyttävät kustannukset ovat suuremmat; valinta on sinun
rule-h305-figure = { $funder }: { $figure }
rule-h305-points = { $plural ->
        [one] { $points } prosenttiyksikkö
       *[other] { $points } prosenttiyksikköä
    }
rule-h305-percent-one = ohjelman `{ $name }` valtionavustus on { $stated } kokonaissummasta; kun `ei_oikeuttavat`-, `tulot`- ja `yksityinen`-eriä ei ole, kokonaissumma on kokonaan hyväksyttäviä kustannuksia, ja `{ $name }` myöntää enintään { $limit }: { $over } liikaa
rule-h305-percent-many = ohjelman `{ $name }` { $n } valtionavustusta on yhteensä { $stated } kokonaissummasta; kun `ei_oikeuttavat`-, `tulot`- ja `yksityinen`-eriä ei ole, kokonaissumma on kokonaan hyväksyttäviä kustannuksia, ja `{ $name }` myöntää enintään { $limit }: { $over } liikaa
rule-h305-percent-label = enintään { $limit }
rule-h305-percent-help = pienennä avustuksen `osuus`-arvoa { $over }, yhteensä enintään arvoon { $limit }, ja nosta muita osuuksia saman verran; sinä päätät, mikä osuus muutoksen ottaa
rule-h306 = [{ $costs }] on yhteensä { $sum } { $count ->
        [one] vuonna
       *[other] vuosina
    } { $years }, mutta { $total } (erotus { $diff })
rule-h306-stated = `{ $table }.yhteensa` on { $total }
rule-h306-shares = taulukon [{ $table }] osuudet ovat yhteensä { $total }
rule-h306-label = { $costs } yhteensä { $sum }
rule-h306-help = korjaa jonkin kustannuslajin summa taulukossa [{ $costs }.VVVV] tai taulukon [{ $table }] kokonaissumma, niin että ne täsmäävät
rule-h307 = osahankkeiden [{ $table }]-kokonaissummat ovat yhteensä { $sum }, mutta { $total } (erotus { $diff })
rule-h307-stated = tämän päähankkeen `yhteensa` on { $total }
rule-h307-shares = tämän päähankkeen osuudet ovat yhteensä { $total }
rule-h307-label = osahankkeet yhteensä { $sum }
rule-h307-child = `{ $id }`: { $total }
rule-h307-missing = { $all } osahankkeesta { $missing } ei ilmoita kokonaissummaa
rule-h307-help = päähankkeen kokonaissumma on sen osahankkeiden budjettien summa: korjaa se, joka on väärin
rule-h308 = ei-hyväksyttävät kustannukset, tulot ja yksityinen rahoitus ylittävät taulukon [{ $table }] kokonaissumman { $total }
rule-h308-label = enemmän kuin kokonaissumma
rule-h308-help = `ei_oikeuttavat` sekä `tulot`- ja `yksityinen`-osuudet ovat osa `yhteensa`-summaa: pienennä niitä tai nosta `yhteensa`-summaa

# H4xx: hygiene

rule-h401 = `{ $name }` ei ole rekisterissä; se näyttää kirjoitusvirheeltä nimestä `{ $known }`
rule-h401-label = tuntematon organisaatio
rule-h401-alias = tarkoititko `{ $known }` (organisaation `{ $canonical }` rinnakkaisnimi)?
rule-h401-note = jos kyse on eri organisaatiosta, lisää se rekisterin hanke.toml taulukkoon `[organisaatiot]`
rule-h402 = `{ $url }` ei ole http(s)-osoite
rule-h402-label = ei verkko-osoite
rule-h402-help = kirjoita koko verkko-osoite, joka alkaa `https://` (tiedostot kuuluvat verkkopalvelimelle, eivät hanketiedostoon)
rule-h403 = `{ $email }` ei ole sähköpostiosoite
rule-h403-label = ei osoite
rule-h403-help = kirjoita osoite muodossa `nimi@example.fi`

# hanke check: the closing line, --fix, the step summary

check-closing = tarkistettu { $records ->
        [one] { $records } hanke
       *[other] { $records } hanketta
    }: { $errors ->
        [one] { $errors } virhe
       *[other] { $errors } virhettä
    }, { $warnings ->
        [one] { $warnings } varoitus
       *[other] { $warnings } varoitusta
    }
check-fixed = korjattu { $file }: { $edit }
check-fix-disagree = varoitus: tiedostoa { $file } ei korjattu: kaksi korjausta antaa eri arvon avaimille { $paths }
check-not-fixed = varoitus: tiedostoa { $file } ei korjattu: { $reason }
check-fix-read-only = tiedosto on kirjoitussuojattu
check-fix-outside = se johtaa tietokansion ulkopuolelle, kohteeseen `{ $target }`
check-registry-unreadable = virhe: rekisteriä `{ $path }` ei voi lukea; muuta ei tarkistettu
check-summary-code = Koodi
check-summary-file = Tiedosto
check-summary-line = Rivi
check-summary-message = Viesti

# Järjestelmän virheet (src/lang/io.rs)
diag-io-is-folder = se on kansio
diag-io-not-folder = jokin polun osa ei ole kansio
diag-io-exists = se on jo olemassa
diag-io-read-only-fs = tiedostojärjestelmään ei voi kirjoittaa
diag-io-disk-full = levy on täynnä
diag-io-quota = levykiintiö on käytetty loppuun
diag-io-invalid-data = sisältö ei ole kelvollista UTF-8-tekstiä
diag-io-bad-name = nimi ei kelpaa tässä järjestelmässä
diag-io-too-large = tiedosto on liian suuri
diag-io-other = järjestelmävirhe: { $detail }
diag-git-failed = git-komento epäonnistui kertomatta syytä
diag-git-unexpected = `git cat-file` vastasi odottamattomasti: { $header }
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


# -- site: what `hanke site` says when done

site-wrote = sivusto kansiossa { $folder }: { $pages ->
    [one] { $pages } sivu
   *[other] { $pages } sivua
} ({ $files ->
    [one] { $files } tiedosto
   *[other] { $files } tiedostoa
}); kirjoitettu { $changed } uutta tai muuttunutta, poistettu { $removed }

# Epäilyt sivun yhden rahoittajan rivistä (src/import/share.rs)
import-r-two-amounts = rivillä `{ $item }` on useampi summa; otettiin ensimmäinen
import-r-two-percents = rivillä `{ $item }` on useampi prosenttiluku; otettiin ensimmäinen
import-r-over-100 = rivillä `{ $item }` osuus on yli 100 %
out-xlsx-disabled = tämä hanke on käännetty ilman xlsx-tukea (--no-default-features); asenna se oletusominaisuuksin, niin saat `.xlsx`-tulosteet
out-site-workbook = hankkeen { $title } talousarviotyökirjaa ei voi kirjoittaa
# end of section out

## Cost models (ids cost-*)
# (section cost: add messages of this section above the end marker)

# Words: a cost model (`kustannusmalli`) and its flat rate ("kiinteä prosenttiosuus",
# e.g. 40 % of salary costs in place of every other cost). The registry's model
# names (`nimi`, "Flat rate 40 % palkkakustannuksista") are data, never translated.

# H310: a cost the flat rate covers is itemised too

cost-h310 = `{ $key }` on eritelty taulukossa [{ $table }], vaikka kustannusmallin `{ $code }` kiinteä prosenttiosuus kattaa sen
cost-h310-label = kustannusmallin { $code } kiinteä prosenttiosuus kattaa tämän
cost-h310-note = { $nimi }: { $percent } × ({ $base }) kattaa { $covered }
cost-h310-covers-all-others = kaikki muut kustannukset
cost-h310-help = kustannusmallin { $code } kiinteä prosenttiosuus { $percent } kattaa tämän: poista `{ $key }`; mallissa { $code } eritellään vain { $itemised }
cost-h310-itemised-rest = kustannukset, joita { $code } ei kata

# H311: the programme of a state grant does not allow the cost model

cost-h311 = ohjelma `{ $programme }` ei salli kustannusmallia `{ $code }`
cost-h311-label = ohjelma `{ $programme }` ei salli tätä
cost-h311-programme = valtionavustuksen ohjelma
cost-h311-help-none = ohjelma `{ $programme }` ei salli yhtään kustannusmallia rekisterissä hanke.toml: kysy rekisterin ylläpitäjältä
cost-h311-help-one = kirjoita `kustannusmalli = "{ $code }"`, jonka ohjelma `{ $programme }` sallii
cost-h311-help-many = käytä jotakin ohjelman `{ $programme }` sallimista kustannusmalleista: { $models }

# H312: an osahanke's cost model differs from its päähanke's

cost-h312 = { $case ->
        [own-none] tällä osahankkeella ei ole kustannusmallia, mutta sen päähankkeen `{ $parent }` kustannusmalli on `{ $theirs }`
        [theirs-none] tämän osahankkeen kustannusmalli on `{ $own }`, mutta sen päähankkeella `{ $parent }` ei ole kustannusmallia
       *[both] tämän osahankkeen kustannusmalli on `{ $own }`, mutta sen päähankkeen `{ $parent }` kustannusmalli on `{ $theirs }`
    }
cost-h312-label = eri kustannusmalli kuin päähankkeella
cost-h312-note = rahoittaja päättää yhden kustannusmallin hankkeelle ja kaikille sen toteuttajille
cost-h312-help-model = kirjoita tähän `kustannusmalli = "{ $code }"` tai muuta päähankkeen kustannusmallia
cost-h312-help-none = poista tästä `kustannusmalli` tai anna päähankkeelle `{ $parent }` sama kustannusmalli

# H313: an unknown cost model, in a record or in a programme's list

cost-h313 = tuntematon kustannusmalli `{ $code }`
cost-h313-label = ei määritelty rekisterissä hanke.toml
cost-h313-programme = ohjelma `{ $programme }` sallii kustannusmallin `{ $code }`, jota rekisterissä hanke.toml ei ole määritelty
cost-h313-programme-label = tuntematon kustannusmalli
cost-h313-define = määrittele se rekisterissä hanke.toml: `[kustannusmallit.{ $code }]` ja avaimet `nimi`, `prosentti`, `peruste` ja `kattaa`
cost-h313-list = rekisterin hanke.toml kustannusmallit ovat: { $list }

# The registry's [kustannusmallit] tables

cost-missing-key = { $owner ->
        [flat-rate] kiinteän prosenttiosuuden kustannusmallista `{ $code }`
        [unit] tuntiperusteisista palkkakustannuksista
       *[model] kustannusmallista `{ $code }`
    } puuttuu pakollinen avain `{ $key }`
cost-no-rate = kustannusmallilla `{ $code }` ei ole `prosentti`-avainta, joten se ei kata mitään
cost-no-rate-label = kattaa mitä?
cost-no-rate-help = lisää `prosentti = …`, jos malli on kiinteä prosenttiosuus, tai poista `kattaa`
cost-covers-base = `{ $key }` on sekä kustannusmallin `{ $code }` kiinteän prosenttiosuuden peruste että sen kattama kustannus
cost-covers-base-label = kattaa oman perusteensa
cost-covers-base-peruste = `peruste`-listassa tässä
cost-covers-base-help = poista `{ $key }` joko `kattaa`- tai `peruste`-listasta
cost-not-category = `{ $value }` listassa `{ $key }` ei ole kustannuslaji
cost-not-category-label = tuntematon kustannuslaji
cost-categories = kustannuslajit ovat: { $list }
cost-kattaa-word = `kattaa = "{ $value }"` ei ole `"{ $all_others }"` eikä kustannuslajien lista
cost-kattaa-word-label = tuntematon `kattaa`-arvo
cost-kattaa-word-help = kirjoita `kattaa = "{ $all_others }"`, kun kiinteä prosenttiosuus kattaa kaikki muut kustannukset, tai luettele sen kattamat kustannuslajit: `kattaa = ["vuokrat"]`

# Salary costs as hours × hourly rate ([kustannusarvio.VVVV.palkat])

cost-unit-too-large = `tunnit` × `tuntihinta` = { $hours } × { $rate } on liian suuri euromääräksi
cost-unit-too-large-label = liian suuri
cost-unit-too-large-help = tarkista tuntimäärä ja tuntihinta
cost-hours-negative = `tunnit = { $toml }` on negatiivinen
cost-hours-negative-label = negatiivinen tuntimäärä
cost-hours-negative-help = anna hyväksytty tuntimäärä, 0 tai enemmän (koko vuosi on { $year } tuntia)
cost-hours-not-number = `tunnit = { $toml }` ei ole tuntimäärä
cost-hours-not-number-label = pitää olla tuntimäärä
cost-hours-not-number-help = kirjoita `tunnit = 1720` (tai `tunnit = 860.5`)

# H306: how a total under a flat rate is made up

cost-h306-flat-rate = { $sum } = eritellyt kustannukset { $itemised } + kustannusmallin `{ $code }` kiinteä prosenttiosuus { $flat }

# hanke new --kustannusmalli

cost-new-unknown = rekisterissä hanke.toml ei ole kustannusmallia `{ $given }`; { $hint }

# end of section cost
