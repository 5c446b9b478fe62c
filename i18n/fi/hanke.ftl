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
err-load-no-root = tietokansiota `{ $path }` ei ole (anna se valitsimella --projects KANSIO tai ympäristömuuttujalla HANKE_PROJECTS)
err-load-root-not-folder = tietokansio `{ $path }` ei ole kansio vaan { $kind } (anna kansio valitsimella --projects KANSIO tai ympäristömuuttujalla HANKE_PROJECTS)
err-load-registry-not-file = rekisteri `{ $path }` ei ole tiedosto vaan { $kind }: sen pitää olla salkut luetteleva TOML-tiedosto
err-load-no-registry = kansiossa `{ $path }` ei ole rekisteriä `hanke.toml`: onko tämä hankkeen tietokansio?
err-load-registry = rekisteriä `{ $path }` ei voi lukea
err-kind-pipe = nimetty putki
err-kind-device = laite
err-kind-socket = pistoke
err-kind-folder = kansio
err-kind-link = symbolinen linkki
err-kind-file = tiedosto
err-kind-special = erikoistiedosto

## hanke site's output folder (src/site/output.rs)
err-site-not-folder = `{ $path }` on olemassa eikä ole kansio; valitse toinen kohdekansio valitsimella -o
err-site-read = kohdekansiota `{ $path }` ei voi lukea
err-site-not-ours = `{ $path }` ei ole tyhjä eikä `hanke site` ole kirjoittanut sitä (tiedostoa `{ $marker }` ei ole); valitse tyhjä tai uusi kansio valitsimella -o
err-site-remove = vanhaa sivustoa `{ $path }` ei voi poistaa
err-site-move = uutta sivustoa ei voi siirtää kansiosta `{ $from }` kansioon `{ $to }`
err-temp-folder = väliaikaista kansiota ei voi luoda kansioon `{ $path }`

## git, for diff (src/load/git.rs)
err-git-no-repo = `{ $path }` ei ole git-varastossa: { $reason }
err-git-bare = `{ $path }` ei ole git-varaston työpuussa: se on paljas varasto tai `.git`-kansio
err-git-no-revision = versiota `{ $name }` ei ole: { $reason }
err-git-no-main = haaraa `origin/main` tai `main` ei ole vertailukohdaksi: anna lähtöversio, esim. `hanke diff HEAD~1` tai `hanke diff origin/master`
err-git-merge-base = haarojen `{ $branch }` ja `HEAD` yhteistä kantaversiota ei löydy: { $reason }; anna lähtöversio
err-git-no-registry = versiossa `{ $rev }` tietokansiossa ei ole rekisteriä `{ $registry }`
err-git-registry = rekisteriä `{ $registry }` versiossa `{ $rev }` ei voi lukea: aja `hanke check` siinä versiossa
err-git-missing = komentoa `git` ei voi suorittaa: onko git asennettu?

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
