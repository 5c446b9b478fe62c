//! Synthetic corpus generator for benchmarks and realism tests.
//!
//! ```text
//! cargo run --release --example gen_corpus -- DIR N [--seed S] [--broken P] [--today YYYY-MM-DD]
//! ```
//!
//! Writes into `DIR` (which must be empty or not exist yet) a registry
//! `hanke.toml` and exactly `N` project records that follow the data contract
//! in `records.md`: nested folders `DIR/<salkku>/<id>.toml`, about one
//! project in five split into 2–5 osahankkeet under `DIR/<salkku>/<parent>/`,
//! Finnish text, funding plans, cost estimates and (for ended projects)
//! actual figures whose amounts add up to the cent.
//!
//! Why it looks the way it does:
//! - **Deterministic.** Output depends only on the arguments: each family
//!   (a project and its osahankkeet) draws from its own splitmix64 stream
//!   seeded from `--seed` and the family's index, so the files are
//!   byte-identical across runs and thread counts.
//! - **Valid by construction.** Money is integer cents (never `f64`); the last
//!   euro and the odd cents are given to one part so every split adds up
//!   exactly; a stated `osuus` is written only when it is the correctly
//!   rounded value of `100 × summa / yhteensa` (ties left out); the Kaste
//!   share is floored to at most its percent of the eligible costs; a
//!   päähanke's totals are the sums of its osahankkeet's totals ("5 + 1").
//!   Every organisation name used is a registry name or one of its
//!   `lyhenteet`, or an unregistered partner far from every known name.
//! - **Cost models.** About one single project in four is budgeted under a
//!   flat rate (`kustannusmalli`, issue 15): FR40 itemises only salary costs
//!   (some years as hours × hourly rate) and 40 % of them covers the rest;
//!   FR24 adds 24 % of the salary costs to any itemised costs. The totals
//!   include the flat rate, each year rounded half up to the cent. The model
//!   draws come from a stream of their own, so the other records stay as
//!   they were.
//! - **`--broken P`** gives P % of the records (chosen deterministically) one
//!   deliberate rule violation, after the clean corpus is generated, so the
//!   other files stay byte-identical to the clean corpus. The ids and the kind
//!   of violation are listed in `DIR/_broken.tsv` (skipped by `hanke`, since
//!   it starts with `_`).
//!
//! Only the standard library is used, so the example builds in any crate.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: gen_corpus DIR N [--seed S] [--broken P] [--today YYYY-MM-DD]";

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1).collect()) {
        Ok(opts) => match generate(&opts) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("gen_corpus: error: {err}");
                ExitCode::from(2)
            }
        },
        Err(err) => {
            eprintln!("gen_corpus: error: {err}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

// ---------------------------------------------------------------------------
// Arguments

struct Opts {
    dir: PathBuf,
    count: usize,
    seed: u64,
    broken_percent: u64,
    today: Date,
}

fn parse_args(args: Vec<String>) -> Result<Opts, String> {
    let mut positional = Vec::new();
    let mut seed = 42;
    let mut broken_percent = 0;
    let mut today = Date::new(2026, 11, 23);
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("`{name}` needs a value"));
        match arg.as_str() {
            "--seed" => {
                let v = value("--seed")?;
                seed = v
                    .parse()
                    .map_err(|_| format!("`--seed {v}`: expected an unsigned integer"))?;
            }
            "--broken" => {
                let v = value("--broken")?;
                broken_percent = v
                    .parse()
                    .ok()
                    .filter(|p| *p <= 100)
                    .ok_or_else(|| format!("`--broken {v}`: expected a percentage 0..=100"))?;
            }
            "--today" => {
                let v = value("--today")?;
                today =
                    Date::parse(&v).ok_or_else(|| format!("`--today {v}`: expected YYYY-MM-DD"))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`")),
            _ => positional.push(arg),
        }
    }
    let [dir, count] = <[String; 2]>::try_from(positional)
        .map_err(|_| "expected exactly two arguments, DIR and N".to_string())?;
    let count = count
        .parse()
        .map_err(|_| format!("`{count}`: N must be a record count"))?;
    Ok(Opts {
        dir: PathBuf::from(dir),
        count,
        seed,
        broken_percent,
        today,
    })
}

// ---------------------------------------------------------------------------
// Deterministic PRNG (splitmix64)

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        let mut rng = Rng(seed);
        rng.next_u64();
        rng
    }

    /// A stream for one family, independent of every other family's.
    fn for_family(seed: u64, family: usize, stream: u64) -> Self {
        let mixed = seed
            ^ (family as u64)
                .wrapping_add(1)
                .wrapping_mul(0xD1B5_4A32_D192_ED03)
            ^ stream.wrapping_mul(0x8CB9_2BA7_2F3D_8DD7);
        Rng::new(mixed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0);
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.index(items.len())]
    }

    /// `k` distinct indices of `0..n`, in drawing order.
    fn distinct(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut all: Vec<usize> = (0..n).collect();
        for i in 0..k.min(n) {
            let j = i + self.index(n - i);
            all.swap(i, j);
        }
        all.truncate(k.min(n));
        all
    }
}

// ---------------------------------------------------------------------------
// Dates

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Date {
    y: i64,
    m: i64,
    d: i64,
}

impl Date {
    const fn new(y: i64, m: i64, d: i64) -> Self {
        Date { y, m, d }
    }

    fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-').map(|p| p.parse::<i64>().ok());
        let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
        let ok =
            parts.next().is_none() && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m);
        ok.then_some(Date { y, m, d })
    }

    /// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
    fn to_days(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (self.m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + self.d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date { y, m, d }
    }

    fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

const FIRST_YEAR: i64 = 2005;
const LAST_YEAR: i64 = 2030;

fn vaihe_for(alkaa: Date, loppuu: Date, today: Date) -> &'static str {
    if loppuu < today {
        "päättynyt"
    } else if alkaa <= today {
        "käynnissä"
    } else {
        "suunnitteilla"
    }
}

// ---------------------------------------------------------------------------
// Vocabulary

struct Org {
    name: &'static str,
    aliases: &'static [&'static str],
    domain: &'static str,
}

/// Index 0 is the state funder; `STM` is the Kaste programme's rahoittaja.
#[rustfmt::skip]
const ORGS: &[Org] = &[
    Org { name: "Sosiaali- ja terveysministeriö", aliases: &["STM"], domain: "stm.fi" },
    Org { name: "Oulun kaupunki", aliases: &["Ouka", "Oulu"], domain: "ouka.fi" },
    Org { name: "Oulunkaaren kuntayhtymä", aliases: &["Oulunkaari"], domain: "oulunkaari.com" },
    Org { name: "Kainuun maakunta -kuntayhtymä", aliases: &["Kainuu"], domain: "kainuu.fi" },
    Org { name: "Kainuun sosiaali- ja terveydenhuollon kuntayhtymä", aliases: &["Kainuun sote"], domain: "sote.kainuu.fi" },
    Org { name: "Raahen seudun hyvinvointikuntayhtymä", aliases: &["Raahe"], domain: "raahe.fi" },
    Org { name: "Kuusamon kaupunki", aliases: &["Kuusamo"], domain: "kuusamo.fi" },
    Org { name: "Kempeleen kunta", aliases: &["Kempele"], domain: "kempele.fi" },
    Org { name: "Limingan kunta", aliases: &["Liminka"], domain: "liminka.fi" },
    Org { name: "Iin kunta", aliases: &["Ii"], domain: "ii.fi" },
    Org { name: "Muhoksen kunta", aliases: &["Muhos"], domain: "muhos.fi" },
    Org { name: "Tyrnävän kunta", aliases: &["Tyrnävä"], domain: "tyrnava.fi" },
    Org { name: "Lumijoen kunta", aliases: &["Lumijoki"], domain: "lumijoki.fi" },
    Org { name: "Hailuodon kunta", aliases: &["Hailuoto"], domain: "hailuoto.fi" },
    Org { name: "Pohjois-Pohjanmaan sairaanhoitopiiri", aliases: &["PPSHP"], domain: "ppshp.fi" },
    Org { name: "Lapin sairaanhoitopiiri", aliases: &["LSHP"], domain: "lshp.fi" },
    Org { name: "Oulun yliopisto", aliases: &["OY"], domain: "oulu.fi" },
    Org { name: "Oulun ammattikorkeakoulu", aliases: &["Oamk"], domain: "oamk.fi" },
    Org { name: "Diakonia-ammattikorkeakoulu", aliases: &["Diak"], domain: "diak.fi" },
    Org { name: "Terveyden ja hyvinvoinnin laitos", aliases: &["THL"], domain: "thl.fi" },
    Org { name: "Pohjois-Pohjanmaan liitto", aliases: &[], domain: "pohjois-pohjanmaa.fi" },
    Org { name: "Innovaatiorahoituskeskus Tekes", aliases: &["Tekes"], domain: "tekes.fi" },
    Org { name: "Rovaniemen kaupunki", aliases: &["Rovaniemi"], domain: "rovaniemi.fi" },
    Org { name: "Kajaanin kaupunki", aliases: &["Kajaani"], domain: "kajaani.fi" },
    Org { name: "Kemin kaupunki", aliases: &["Kemi"], domain: "kemi.fi" },
    Org { name: "Tornion kaupunki", aliases: &["Tornio"], domain: "tornio.fi" },
    Org { name: "Ylivieskan kaupunki", aliases: &["Ylivieska"], domain: "ylivieska.fi" },
    Org { name: "Pudasjärven kaupunki", aliases: &["Pudasjärvi"], domain: "pudasjarvi.fi" },
    Org { name: "Suomen Punainen Risti", aliases: &["SPR"], domain: "redcross.fi" },
    Org { name: "Mannerheimin Lastensuojeluliitto", aliases: &["MLL"], domain: "mll.fi" },
    Org { name: "Raha-automaattiyhdistys", aliases: &["RAY"], domain: "ray.fi" },
    Org { name: "Kansaneläkelaitos", aliases: &[], domain: "kela.fi" },
];

/// Partners that are not in the registry, each far (edit distance ≥ 3) from
/// every registered name and alias, so they draw no typo warning.
const UNREGISTERED: &[&str] = &[
    "Kehitysvammaisten Tukiliitto",
    "Vanhustyön keskusliitto",
    "Nuorten Ystävät ry",
    "Sovatek-säätiö",
    "Pohjois-Suomen Diakonissalaitos",
];

/// Portfolio pool: code, name, owner (index into ORGS). The first is always used.
const SALKUT: &[(&str, &str, usize)] = &[
    (
        "KONSTI",
        "Elämänhallinta- ja hyvinvointiohjelma 2010-2013",
        1,
    ),
    ("HYVE", "Hyvinvoinnin edistämisen ohjelma", 1),
    ("LAPE", "Lapsi- ja perhepalvelujen muutosohjelma", 1),
    ("IKAIHMISET", "Ikäihmisten palvelujen kehittämisohjelma", 1),
    (
        "MIELI",
        "Mielenterveys- ja päihdetyön kehittämisohjelma",
        14,
    ),
    ("TYKE", "Työllisyyden ja kotoutumisen edistämisen salkku", 1),
    ("DIGI", "Sähköisten palvelujen kehittämissalkku", 1),
    ("OSALLISUUS", "Osallisuuden ja yhteisöllisyyden ohjelma", 1),
    ("KOTIHOITO", "Kotihoidon uudistamissalkku", 2),
    ("TERVE", "Terveyden edistämisen ohjelma", 14),
    ("OPPI", "Kasvun ja oppimisen kehittämissalkku", 1),
    ("KULTTUURI", "Kulttuurihyvinvoinnin ohjelma", 1),
    ("LIIKUNTA", "Liikkumisen ja liikunnan edistämisohjelma", 1),
    ("ASUMINEN", "Asumisen ja ympäristön kehittämissalkku", 1),
    ("ELINVOIMA", "Elinvoimaohjelma 2015-2020", 20),
    ("SOTE", "Sote-integraation kehittämissalkku", 3),
    ("JOHTAMINEN", "Tiedolla johtamisen kehittämissalkku", 1),
    ("NUORET", "Nuorten hyvinvointiohjelma", 1),
    ("PERHE", "Perhekeskustoiminnan kehittämissalkku", 2),
    ("VAMMAIS", "Vammaispalvelujen kehittämissalkku", 5),
];

const TYYPIT: &[&str] = &[
    "Oulun kaupungin hanke",
    "Kaste-hanke",
    "Valtionavustushanke",
    "Seudullinen hanke",
    "Kuntayhtymän hanke",
];

const TARGETS: &[&str] = &[
    "Ikääntyneiden",
    "Lapsiperheiden",
    "Nuorten",
    "Työikäisten",
    "Maahanmuuttajien",
    "Mielenterveyskuntoutujien",
    "Päihdeasiakkaiden",
    "Omaishoitajien",
    "Vammaisten henkilöiden",
    "Koululaisten",
    "Pitkäaikaistyöttömien",
    "Ikäihmisten",
    "Kotona asuvien vanhusten",
    "Pienten lasten",
];

const SERVICES: &[&str] = &[
    "kotihoidon",
    "palveluohjauksen",
    "lähipalvelujen",
    "sähköisen asioinnin",
    "ennaltaehkäisevän työn",
    "hyvinvointipalvelujen",
    "kuntoutuksen",
    "perhetyön",
    "mielenterveystyön",
    "päihdetyön",
    "neuvolatoiminnan",
    "terveysneuvonnan",
    "yhteisötyön",
    "etäpalvelujen",
    "asumispalvelujen",
    "työllisyyspalvelujen",
    "kotouttamisen",
    "liikuntapalvelujen",
];

const ACTIONS: &[&str] = &[
    "kehittäminen",
    "uudistaminen",
    "vahvistaminen",
    "yhteensovittaminen",
    "parantaminen",
    "tehostaminen",
    "juurruttaminen",
    "mallintaminen",
    "yhtenäistäminen",
];

const REGIONS: &[&str] = &[
    "Oulun seudulla",
    "Pohjois-Pohjanmaalla",
    "Kainuussa",
    "Lapissa",
    "Koillismaalla",
    "Oulunkaaren alueella",
    "Raahen seudulla",
    "Pohjois-Suomessa",
];

const SUBTITLES: &[&str] = &[
    "Yhdessä enemmän",
    "Hyvää elämää kotona",
    "Lähellä ihmistä",
    "Vuorovaikutuksellisella johtamisella uusiin tavoitteisiin",
    "Kohti yhteisöllistä hyvinvointia",
    "Tiedolla johtamisen työkalut",
    "Asiakaslähtöiset palveluketjut",
    "Sujuvat palvelupolut",
    "Elämänlaatua arkeen",
    "Työtä, hyvinvointia ja yhteisöllisyyttä",
    "Vähemmän välikäsiä, enemmän yhteistyötä",
];

#[rustfmt::skip]
const LYHENTEET: &[&str] = &[
    "Hyve", "Kotiväki", "Lähde", "Voima", "Mieli", "Sylvi", "Tähti", "Kaiku", "Pärjäämö", "Sävel",
    "Välke", "Tuuli", "Helmi", "Kipinä", "Sopu", "Yhteys", "Väylä", "Lumo", "Ilo", "Kympö",
];

/// Subproject places: id segment, genitive for the name, implementing org, short name.
const PLACES: &[(&str, &str, usize, &str)] = &[
    ("koordinaatio", "Koordinaation", 1, "Koordinaatio"),
    ("oulu", "Oulun", 1, "Oulu"),
    ("oulunkaari", "Oulunkaaren", 2, "Oulunkaari"),
    ("kainuu", "Kainuun", 4, "Kainuu"),
    ("raahe", "Raahen seudun", 5, "Raahe"),
    ("kuusamo", "Kuusamon", 6, "Kuusamo"),
    ("kempele", "Kempeleen", 7, "Kempele"),
    ("liminka", "Limingan", 8, "Liminka"),
    ("ii", "Iin", 9, "Ii"),
    ("muhos", "Muhoksen", 10, "Muhos"),
    ("pudasjarvi", "Pudasjärven", 27, "Pudasjärvi"),
];

#[rustfmt::skip]
const AVAINSANAT: &[&str] = &[
    "johtaminen", "hyvinvointi", "ikääntyneet", "lapsiperheet", "mielenterveys", "päihdetyö",
    "osallisuus", "sähköiset palvelut", "kotihoito", "ennaltaehkäisy", "palveluohjaus", "työhyvinvointi",
    "nuoret", "kuntoutus", "yhteisöllisyys", "etäpalvelut", "kotoutuminen",
];

const TAVOITTEET: &[&str] = &[
    "Tiedolla johtaminen",
    "Asiakaslähtöiset palveluprosessit",
    "(Lähi)esimiestyön kehittäminen",
    "Ennaltaehkäisevien palvelujen vahvistaminen",
    "Palveluketjujen sujuvoittaminen",
    "Henkilöstön työhyvinvoinnin lisääminen",
    "Sähköisten palvelujen käyttöönotto",
    "Asukkaiden osallisuuden lisääminen",
    "Kustannusten hallinta",
    "Moniammatillisen yhteistyön vahvistaminen",
    "Syrjäytymisen ehkäisy",
    "Kotona asumisen tukeminen",
    "Hyvien käytäntöjen levittäminen",
];

const SENTENCES: &[&str] = &[
    "Hankkeessa kehitetään {service} toimintamalleja yhdessä asukkaiden, järjestöjen ja kuntien kanssa.",
    "Tavoitteena on vahvistaa {target} osallisuutta ja parantaa palvelujen saatavuutta {region}.",
    "Toiminta perustuu asiakaslähtöisyyteen, ennaltaehkäisyyn ja moniammatilliseen yhteistyöhön.",
    "Kehittämistyössä hyödynnetään sähköisiä palveluja ja etäyhteyksiä erityisesti harvaan asutuilla alueilla.",
    "Hankkeen tuloksena syntyy pysyviä käytäntöjä, jotka juurrutetaan osaksi kunnan perustoimintaa.",
    "Henkilöstön osaamista vahvistetaan koulutuksilla, työpajoilla ja vertaisoppimisella.",
    "Hankkeen arvioinnista vastaa ulkopuolinen arvioija, ja tuloksista raportoidaan säännöllisesti ohjausryhmälle.",
    "Asukkaat ja järjestöt osallistuvat {service} suunnitteluun kehittäjäasiakkaina.",
    "Työ kohdistuu erityisesti {target} arkeen, jossa pienetkin muutokset näkyvät hyvinvointina.",
    "Päätöksenteon tueksi kootaan ajantasainen tietopohja palvelujen käytöstä ja kustannuksista.",
    "Hanke tiivistää kunnan, sairaanhoitopiirin ja kolmannen sektorin välistä yhteistyötä {region}.",
];

const TOIMENPITEET: &[&str] = &[
    "Kartoitetaan nykyiset palveluprosessit ja asiakkaiden tarpeet.",
    "Pilotoidaan uusi toimintamalli kahdella alueella.",
    "Järjestetään henkilöstölle koulutuksia ja työpajoja.",
    "Otetaan käyttöön sähköinen ajanvaraus ja etävastaanotto.",
    "Kootaan hyvät käytännöt käsikirjaksi ja levitetään ne alueen kuntiin.",
    "Perustetaan asiakasraati ja kehittäjäasiakasryhmä.",
    "Laaditaan mittaristo ja seurataan vaikutuksia neljännesvuosittain.",
];

const ROOLIT: &[&str] = &[
    "Projektijohtaja",
    "Projektipäällikkö",
    "Projektisuunnittelija",
    "Kehittämiskoordinaattori",
    "Yhteyshenkilö",
    "Talousvastaava",
];

#[rustfmt::skip]
const ETUNIMET: &[&str] = &[
    "Päivi", "Jyrki", "Sari", "Mikko", "Tiina", "Jarmo", "Riitta", "Väinö", "Yrjö", "Kyösti", "Anu",
    "Hannele", "Pekka", "Sirpa", "Tuomo", "Kaisa", "Merja", "Ville", "Eila", "Timo", "Leena", "Jääkko",
];

#[rustfmt::skip]
const SUKUNIMET: &[&str] = &[
    "Visuri", "Mäkelä", "Hämäläinen", "Kärkkäinen", "Törmänen", "Väisänen", "Määttä",
    "Heikkilä", "Kääriäinen", "Pääkkönen", "Jääskeläinen", "Niskanen", "Korhonen", "Kyllönen",
    "Leinonen", "Pöyhönen", "Rönkkö", "Nykänen", "Kämäräinen", "Östman",
];

/// The fourteen cost categories of the state-grant form, in form order.
#[rustfmt::skip]
const CATEGORIES: &[&str] = &[
    "palkat", "tyopanoksen_siirto", "asiantuntijapalvelut", "painatukset", "majoitus",
    "matkat", "koulutus", "muut_palvelut", "aineet", "vuokrat",
    "aineettomat", "koneet", "muut_investoinnit", "muut_menot",
];

/// Relative size of each category when it is used.
const CATEGORY_WEIGHT: &[u64] = &[60, 25, 12, 3, 2, 5, 4, 2, 3, 6, 2, 4, 2, 1];

const KASTE_CEILING: i64 = 75;

/// Cost models of the registry: code, flat rate in percent, and whether it
/// covers every cost outside the salary categories (else it covers nothing
/// whole and any category may be itemised beside it).
const MODELS: &[(&str, i64, bool)] = &[("FR40", 40, true), ("FR24", 24, false)];

/// The salary categories (`palkat`, `tyopanoksen_siirto`): a flat rate's base.
const SALARY: [usize; 2] = [0, 1];

// ---------------------------------------------------------------------------
// Model

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pct {
    /// Whole percent, written as a TOML integer.
    Int(i64),
    /// Tenths of a percent, written with one decimal as a float or a string.
    Tenths(i64, bool),
}

impl Pct {
    fn tenths(self) -> i64 {
        match self {
            Pct::Int(v) => v * 10,
            Pct::Tenths(v, _) => v,
        }
    }
}

struct Share {
    rahoittaja: String,
    laji: &'static str,
    ohjelma: Option<&'static str>,
    osuus: Option<Pct>,
    summa: i64,
}

struct Muu {
    rahoittaja: String,
    kuvaus: &'static str,
    summa: i64,
}

struct Funding {
    yhteensa: i64,
    ei_oikeuttavat: Option<i64>,
    osuudet: Vec<Share>,
    muut: Vec<Muu>,
}

/// Cost lines by year: `(year, [(category index, cents)])`.
type Costs = Vec<(i64, Vec<(usize, i64)>)>;

struct Contact {
    rooli: &'static str,
    nimi: String,
    puhelin: Option<String>,
    email: Option<String>,
}

struct Record {
    /// Id relative to the data root, e.g. `konsti/hyve-12/oulu`.
    id: String,
    nimi: String,
    lyhenne: Option<String>,
    tyyppi: &'static str,
    salkku: String,
    vaihe_override: Option<&'static str>,
    alkaa: Date,
    loppuu: Date,
    paahanke: Option<String>,
    hallinnoija: Option<String>,
    toteuttajat: Vec<String>,
    avainsanat: Vec<&'static str>,
    tiivistelma: String,
    tavoitteet: Vec<&'static str>,
    toimenpiteet: Option<String>,
    yhteystiedot: Vec<Contact>,
    liitteet: Vec<(&'static str, String)>,
    rahoitus: Option<Funding>,
    kustannusarvio: Costs,
    toteuma: Option<Funding>,
    toteutuneet: Costs,
    /// Money style: some cents-valued strings use Finnish separators.
    finnish_cents: bool,
    /// The cost model (an index of [`MODELS`]), when the record has one.
    model: Option<usize>,
    /// Years of the cost estimate whose `palkat` is written as hours × rate:
    /// (year, tenths of an hour, hourly rate in cents).
    units: Vec<(i64, i64, i64)>,
    breakage: Option<Breakage>,
    has_children: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Breakage {
    ShareSumOff,
    OsuusWrong,
    VaiheWrong,
    DatesReversed,
    UnknownKey,
    UnknownSalkku,
    MissingNimi,
    FloatMoney,
    NegativeAmount,
    CostCategoryTypo,
    CostYearOutside,
    CostTotalOff,
    OverCeiling,
    BadUrl,
    BadEmail,
    OrgTypo,
    UnknownOhjelma,
    BadId,
    UnknownParent,
    ChildOutsideParent,
}

impl Breakage {
    const ANY: &[Breakage] = &[
        Breakage::ShareSumOff,
        Breakage::OsuusWrong,
        Breakage::VaiheWrong,
        Breakage::DatesReversed,
        Breakage::UnknownKey,
        Breakage::UnknownSalkku,
        Breakage::MissingNimi,
        Breakage::FloatMoney,
        Breakage::NegativeAmount,
        Breakage::CostCategoryTypo,
        Breakage::CostYearOutside,
        Breakage::CostTotalOff,
        Breakage::OverCeiling,
        Breakage::BadUrl,
        Breakage::BadEmail,
        Breakage::OrgTypo,
        Breakage::UnknownOhjelma,
        Breakage::BadId,
    ];
    const CHILD_ONLY: &[Breakage] = &[Breakage::UnknownParent, Breakage::ChildOutsideParent];

    fn name(self) -> &'static str {
        match self {
            Breakage::ShareSumOff => "share-sum-off",
            Breakage::OsuusWrong => "osuus-wrong",
            Breakage::VaiheWrong => "vaihe-wrong",
            Breakage::DatesReversed => "dates-reversed",
            Breakage::UnknownKey => "unknown-key",
            Breakage::UnknownSalkku => "unknown-salkku",
            Breakage::MissingNimi => "missing-nimi",
            Breakage::FloatMoney => "float-money",
            Breakage::NegativeAmount => "negative-amount",
            Breakage::CostCategoryTypo => "cost-category-typo",
            Breakage::CostYearOutside => "cost-year-outside",
            Breakage::CostTotalOff => "cost-total-off",
            Breakage::OverCeiling => "over-ceiling",
            Breakage::BadUrl => "bad-url",
            Breakage::BadEmail => "bad-email",
            Breakage::OrgTypo => "org-typo",
            Breakage::UnknownOhjelma => "unknown-ohjelma",
            Breakage::BadId => "bad-id",
            Breakage::UnknownParent => "unknown-paahanke",
            Breakage::ChildOutsideParent => "child-outside-parent",
        }
    }
}

// ---------------------------------------------------------------------------
// Driver

struct Corpus {
    salkut: Vec<usize>,
    today: Date,
    seed: u64,
}

fn generate(opts: &Opts) -> Result<(), String> {
    let dir = &opts.dir;
    if dir.exists() {
        let mut entries =
            std::fs::read_dir(dir).map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?;
        if entries.next().is_some() {
            return Err(format!(
                "`{}` is not empty; give a new or empty folder",
                dir.display()
            ));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;

    let mut master = Rng::new(opts.seed);
    let salkut = choose_salkut(&mut master);
    let corpus = Corpus {
        salkut,
        today: opts.today,
        seed: opts.seed,
    };
    write_file(&dir.join("hanke.toml"), &render_registry(&corpus))?;
    for &s in &corpus.salkut {
        let sub = dir.join(SALKUT[s].0.to_ascii_lowercase());
        std::fs::create_dir_all(&sub)
            .map_err(|e| format!("cannot create `{}`: {e}", sub.display()))?;
    }

    // Family sizes: 1 record, or a päähanke with 2–5 osahankkeet (~1 in 5).
    let mut sizes = Vec::new();
    let mut left = opts.count;
    while left > 0 {
        let size = if master.chance(20) {
            1 + master.range(2, 5) as usize
        } else {
            1
        };
        // Never a parent with a single osahanke: at the tail, fall back to singles.
        let size = if size > left || size == 2 { 1 } else { size };
        sizes.push(size);
        left -= size;
    }

    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(sizes.len().max(1));
    let results: Vec<Result<Vec<(String, &'static str)>, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let corpus = &corpus;
                let sizes = &sizes;
                scope.spawn(move || {
                    let mut broken = Vec::new();
                    for family in (t..sizes.len()).step_by(threads) {
                        let mut records = make_family(corpus, family, sizes[family]);
                        if opts.broken_percent > 0 {
                            break_family(corpus, family, opts.broken_percent, &mut records);
                        }
                        if records.len() > 1 {
                            let child_dir = dir.join(&records[0].id);
                            std::fs::create_dir_all(&child_dir).map_err(|e| {
                                format!("cannot create `{}`: {e}", child_dir.display())
                            })?;
                        }
                        for r in &records {
                            let path = dir.join(format!("{}.toml", file_id(r)));
                            write_file(&path, &render_record(r, corpus.today))?;
                            if let Some(b) = r.breakage {
                                broken.push((file_id(r), b.name()));
                            }
                        }
                    }
                    Ok(broken)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("generator thread panicked"))
            .collect()
    });
    let mut broken = Vec::new();
    for r in results {
        broken.extend(r?);
    }
    broken.sort();
    if opts.broken_percent > 0 {
        let mut tsv = String::from("id\tbreakage\n");
        for (id, kind) in &broken {
            let _ = writeln!(tsv, "{id}\t{kind}");
        }
        write_file(&dir.join("_broken.tsv"), &tsv)?;
    }
    let parents = sizes.iter().filter(|&&s| s > 1).count();
    eprintln!(
        "gen_corpus: wrote {} records ({} families, {} with osahankkeet, {} broken) and hanke.toml into {}; salkut: {}",
        opts.count,
        sizes.len(),
        parents,
        broken.len(),
        dir.display(),
        corpus
            .salkut
            .iter()
            .map(|&s| SALKUT[s].0)
            .collect::<Vec<_>>()
            .join(" "),
    );
    Ok(())
}

/// The path of a record relative to the root, without `.toml` (differs from
/// the id only for the `bad-id` breakage).
fn file_id(r: &Record) -> String {
    if r.breakage == Some(Breakage::BadId) {
        let (dir, stem) = r.id.rsplit_once('/').unwrap_or(("", &r.id));
        let mut chars = stem.chars();
        let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or('X');
        format!("{dir}/{first}{}", chars.as_str())
    } else {
        r.id.clone()
    }
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))
}

fn choose_salkut(rng: &mut Rng) -> Vec<usize> {
    let n = 10 + rng.index(11);
    let mut picked = vec![0];
    let mut rest: Vec<usize> = rng
        .distinct(SALKUT.len() - 1, n - 1)
        .into_iter()
        .map(|i| i + 1)
        .collect();
    rest.sort_unstable();
    picked.extend(rest);
    picked
}

// ---------------------------------------------------------------------------
// Families and records

fn make_family(corpus: &Corpus, family: usize, size: usize) -> Vec<Record> {
    let mut rng = Rng::for_family(corpus.seed, family, 0);
    let salkku_idx = corpus.salkut[rng.index(corpus.salkut.len())];
    let salkku = SALKUT[salkku_idx].0;

    // Dates: a parent runs 2–5 years, a single project 6 months – 4 years.
    let alkaa_year = rng.range(FIRST_YEAR, LAST_YEAR - 1);
    let alkaa_month = rng.range(1, 12);
    let alkaa_day = if rng.chance(60) {
        1
    } else {
        rng.range(1, days_in_month(alkaa_year, alkaa_month))
    };
    let alkaa = Date::new(alkaa_year, alkaa_month, alkaa_day);
    let months = if size > 1 {
        rng.range(24, 60)
    } else {
        rng.range(6, 48)
    };
    let end_month0 = alkaa.y * 12 + (alkaa.m - 1) + months - 1;
    let (ey, em) = (end_month0.div_euclid(12), end_month0.rem_euclid(12) + 1);
    let loppuu = if rng.chance(70) {
        Date::new(ey, em, days_in_month(ey, em))
    } else {
        Date::new(ey, em, rng.range(1, 28))
    };
    let loppuu = loppuu.min(Date::new(LAST_YEAR, 12, 31)).max(alkaa);

    let text = TextSeed::new(&mut rng);
    let slug = format!("{}-{}", fold_ascii(&text.slug_word()), family + 1);
    let id = format!("{}/{slug}", salkku.to_ascii_lowercase());

    let mut records = Vec::with_capacity(size);
    let mut parent = make_record(
        &mut rng,
        &text,
        id.clone(),
        salkku,
        alkaa,
        loppuu,
        None,
        corpus.today,
    );
    parent.has_children = size > 1;

    if size > 1 {
        let places = rng.distinct(PLACES.len(), size - 1);
        let span = loppuu.to_days() - alkaa.to_days();
        let mut children = Vec::new();
        for &p in &places {
            let (seg, genitive, org, short) = PLACES[p];
            let start = alkaa.add_days(rng.range(0, span / 3));
            let end = loppuu.add_days(-rng.range(0, span / 3));
            let (start, end) = if start <= end {
                (start, end)
            } else {
                (alkaa, loppuu)
            };
            let child_text = text.for_child(genitive, org, short);
            let mut child = make_record(
                &mut rng,
                &child_text,
                format!("{id}/{seg}"),
                salkku,
                start,
                end,
                Some(id.clone()),
                corpus.today,
            );
            child.tyyppi = "Osahanke";
            children.push(child);
        }
        // "5 + 1": the päähanke's totals are its osahankkeet's totals.
        let plan_total: i64 = children
            .iter()
            .filter_map(|c| c.rahoitus.as_ref())
            .map(|f| f.yhteensa)
            .sum();
        let funders = funders_of(parent.rahoitus.as_ref());
        parent.rahoitus = Some(make_funding(&mut rng, plan_total, true, &funders));
        parent.kustannusarvio = make_costs(&mut rng, plan_total, parent.alkaa, parent.loppuu);
        if parent.toteuma.is_some() {
            debug_assert!(children.iter().all(|c| c.toteuma.is_some()));
            let actual_total: i64 = children
                .iter()
                .filter_map(|c| c.toteuma.as_ref())
                .map(|f| f.yhteensa)
                .sum();
            parent.toteuma = Some(make_funding(&mut rng, actual_total, false, &funders));
            parent.toteutuneet = make_costs(&mut rng, actual_total, parent.alkaa, parent.loppuu);
        }
        parent.tiivistelma.push_str(&format!(
            "Hanke muodostuu koordinaatiohankkeesta ja {} osahankkeesta.\n",
            size - 1
        ));
        records.push(parent);
        records.extend(children);
    } else {
        // Cost models draw from their own stream: the rest stays as it was.
        let mut model_rng = Rng::for_family(corpus.seed, family, 2);
        if model_rng.chance(25) {
            apply_model(&mut model_rng, &mut parent);
        }
        records.push(parent);
    }
    records
}

/// The words a family's texts are built from, so osahankkeet echo the päähanke.
struct TextSeed {
    target: &'static str,
    service: &'static str,
    action: &'static str,
    region: &'static str,
    subtitle: Option<&'static str>,
    lyhenne: Option<String>,
    child_of: Option<(String, &'static str, usize)>,
}

impl TextSeed {
    fn new(rng: &mut Rng) -> Self {
        let lyhenne = rng.chance(45).then(|| {
            let base = rng.pick(LYHENTEET);
            if rng.chance(15) {
                format!("{base} II")
            } else {
                base.to_string()
            }
        });
        TextSeed {
            target: rng.pick(TARGETS),
            service: rng.pick(SERVICES),
            action: rng.pick(ACTIONS),
            region: rng.pick(REGIONS),
            subtitle: rng.chance(50).then(|| rng.pick(SUBTITLES)),
            lyhenne,
            child_of: None,
        }
    }

    fn slug_word(&self) -> String {
        match &self.lyhenne {
            Some(l) => l.split(' ').next().unwrap_or("hanke").to_lowercase(),
            None => self
                .service
                .split(' ')
                .next_back()
                .unwrap_or("hanke")
                .to_string(),
        }
    }

    fn nimi(&self, rng: &mut Rng) -> String {
        let mut nimi = format!("{} {} {}", self.target, self.service, self.action);
        if rng.chance(40) {
            nimi.push(' ');
            nimi.push_str(self.region);
        }
        if let Some(sub) = self.subtitle {
            nimi.push_str(" - ");
            nimi.push_str(sub);
        }
        if let Some(l) = &self.lyhenne
            && rng.chance(50)
        {
            nimi = format!("{l} - {nimi}");
        }
        if let Some((parent_short, genitive, _)) = &self.child_of {
            nimi = if *genitive == "Koordinaation" {
                format!("{parent_short} - koordinaatiohanke")
            } else {
                format!("{parent_short} - {genitive} osahanke")
            };
        }
        nimi
    }

    fn for_child(&self, genitive: &'static str, org: usize, place: &str) -> TextSeed {
        let short = match &self.lyhenne {
            Some(l) => l.clone(),
            None => format!("{} {} {}", self.target, self.service, self.action),
        };
        TextSeed {
            target: self.target,
            service: self.service,
            action: self.action,
            region: self.region,
            subtitle: None,
            lyhenne: self.lyhenne.as_ref().map(|l| format!("{l} {place}")),
            child_of: Some((short, genitive, org)),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn make_record(
    rng: &mut Rng,
    text: &TextSeed,
    id: String,
    salkku: &str,
    alkaa: Date,
    loppuu: Date,
    paahanke: Option<String>,
    today: Date,
) -> Record {
    let nimi = text.nimi(rng);
    let lyhenne = text.lyhenne.clone().filter(|_| rng.chance(85));

    // Organisations: implementers, funders (distinct), administrator.
    let mut orgs = rng
        .distinct(ORGS.len() - 1, 4)
        .into_iter()
        .map(|i| i + 1)
        .collect::<Vec<_>>();
    if let Some((_, _, org)) = text.child_of {
        orgs.retain(|&o| o != org);
        orgs.insert(0, org);
    }
    let n_impl = 1 + rng.index(3);
    let mut toteuttajat: Vec<String> = orgs[..n_impl]
        .iter()
        .map(|&o| org_name(rng, o, 20))
        .collect();
    if rng.chance(15) {
        toteuttajat.push(rng.pick(UNREGISTERED).to_string());
    }
    let hallinnoija = rng.chance(50).then(|| ORGS[orgs[0]].name.to_string());
    let domain = ORGS[orgs[0]].domain;

    let avainsanat = {
        let k = 2 + rng.index(3);
        rng.distinct(AVAINSANAT.len(), k)
    }
    .into_iter()
    .map(|i| AVAINSANAT[i])
    .collect();
    let tavoitteet = {
        let k = 2 + rng.index(3);
        rng.distinct(TAVOITTEET.len(), k)
    }
    .into_iter()
    .map(|i| TAVOITTEET[i])
    .collect();

    let mut tiivistelma = String::new();
    for i in {
        let k = 3 + rng.index(3);
        rng.distinct(SENTENCES.len(), k)
    } {
        let s = SENTENCES[i]
            .replace("{service}", text.service)
            .replace("{target}", &text.target.to_lowercase())
            .replace("{region}", text.region);
        tiivistelma.push_str(&s);
        tiivistelma.push(' ');
    }
    let tiivistelma = wrap(tiivistelma.trim_end(), 78);
    let toimenpiteet = rng.chance(40).then(|| {
        let mut t = String::new();
        for i in {
            let k = 2 + rng.index(3);
            rng.distinct(TOIMENPITEET.len(), k)
        } {
            let _ = writeln!(t, "- {}", TOIMENPITEET[i]);
        }
        t
    });

    let yhteystiedot = (0..1 + rng.index(3))
        .map(|k| {
            let etu = rng.pick(ETUNIMET);
            let suku = rng.pick(SUKUNIMET);
            Contact {
                rooli: if k == 0 {
                    ROOLIT[rng.index(2)]
                } else {
                    rng.pick(ROOLIT)
                },
                nimi: format!("{etu} {suku}"),
                puhelin: rng.chance(80).then(|| {
                    if rng.chance(20) {
                        format!("08 {:03} {:04}", rng.below(1000), rng.below(10_000))
                    } else {
                        format!(
                            "04{} {:03} {:04}",
                            rng.below(10),
                            rng.below(1000),
                            rng.below(10_000)
                        )
                    }
                }),
                email: rng
                    .chance(90)
                    .then(|| format!("{}.{}@{domain}", fold_ascii(etu), fold_ascii(suku))),
            }
        })
        .collect();

    let page = id.replace('/', "-");
    let mut liitteet = vec![(
        "Hankkeen nettisivut",
        format!("https://www.{domain}/hankkeet/{page}"),
    )];
    if rng.chance(50) {
        liitteet.push((
            "Hankesuunnitelma",
            format!("https://www.{domain}/sites/default/files/{page}-hankesuunnitelma.pdf"),
        ));
    }
    let ended = loppuu < today;
    if ended && rng.chance(60) {
        liitteet.push((
            "Loppuraportti",
            format!("https://www.{domain}/sites/default/files/{page}-loppuraportti.pdf"),
        ));
    }

    // Money: a plan for everyone, actual figures for ended projects.
    let years = loppuu.y - alkaa.y + 1;
    let with_cents = rng.chance(30);
    let mut plan_total = years * rng.range(20_000, 300_000) * 100;
    if with_cents {
        plan_total += rng.range(1, 99);
    }
    let mut funders = vec![if rng.chance(80) {
        "STM".to_string()
    } else {
        ORGS[0].name.to_string()
    }];
    let n_oma = 1 + rng.index(3);
    for &o in orgs.iter().skip(n_impl.saturating_sub(1)).take(n_oma) {
        funders.push(org_name(rng, o, 25));
    }
    if funders.len() < 2 {
        funders.push(ORGS[1].name.to_string());
    }
    let rahoitus = make_funding(rng, plan_total, true, &funders);
    let kustannusarvio = make_costs(rng, plan_total, alkaa, loppuu);
    let (toteuma, toteutuneet) = if ended {
        let mut actual = plan_total / 100 * rng.range(85, 100);
        if !with_cents {
            actual = actual / 100 * 100;
        }
        (
            Some(make_funding(rng, actual, false, &funders)),
            make_costs(rng, actual, alkaa, loppuu),
        )
    } else {
        (None, Vec::new())
    };

    Record {
        id,
        nimi,
        lyhenne,
        tyyppi: rng.pick(TYYPIT),
        salkku: salkku.to_string(),
        vaihe_override: None,
        alkaa,
        loppuu,
        paahanke,
        hallinnoija,
        toteuttajat,
        avainsanat,
        tiivistelma,
        tavoitteet,
        toimenpiteet,
        yhteystiedot,
        liitteet,
        rahoitus: Some(rahoitus),
        kustannusarvio,
        toteuma,
        toteutuneet,
        finnish_cents: rng.chance(5),
        model: None,
        units: Vec::new(),
        breakage: None,
        has_children: false,
    }
}

/// Puts a single project under a cost model: its costs are redrawn so that
/// the itemised amounts plus the flat rate are the totals of its funding.
fn apply_model(rng: &mut Rng, r: &mut Record) {
    let m = if rng.chance(75) { 0 } else { 1 };
    let (_, pct, all_others) = MODELS[m];
    r.model = Some(m);
    let funders = funders_of(r.rahoitus.as_ref());
    let plan = r.rahoitus.as_ref().map_or(0, |f| f.yhteensa);
    // About the same size as before: the itemised part is total / (1 + rate).
    let items = plan * 100 / (100 + pct);
    let mut costs = model_costs(rng, items, r.alkaa, r.loppuu, all_others);
    if all_others {
        r.units = unit_costs(rng, &mut costs);
    }
    let total = items_total(&costs) + flat_total(&costs, pct);
    r.rahoitus = Some(make_funding(rng, total, true, &funders));
    r.kustannusarvio = costs;
    if r.toteuma.is_some() {
        let actual = items / 100 * rng.range(85, 100);
        let costs = model_costs(rng, actual, r.alkaa, r.loppuu, all_others);
        let total = items_total(&costs) + flat_total(&costs, pct);
        r.toteuma = Some(make_funding(rng, total, false, &funders));
        r.toteutuneet = costs;
    }
}

/// Costs of `total` cents by year: salary categories only under a model that
/// covers every other cost, else the usual mix.
fn model_costs(rng: &mut Rng, total: i64, alkaa: Date, loppuu: Date, salary_only: bool) -> Costs {
    let mut costs = make_costs(rng, total, alkaa, loppuu);
    if salary_only {
        for (_, lines) in &mut costs {
            let amount: i64 = lines.iter().map(|l| l.1).sum();
            *lines = if rng.chance(40) {
                let siirto = amount / 100 * rng.range(10, 30) / 100 * 100;
                vec![(SALARY[0], amount - siirto), (SALARY[1], siirto)]
            } else {
                vec![(SALARY[0], amount)]
            };
        }
    }
    costs
}

/// Writes `palkat` of some years as hours × hourly rate, its amount made the
/// product (rounded half up to the cent).
fn unit_costs(rng: &mut Rng, costs: &mut Costs) -> Vec<(i64, i64, i64)> {
    let mut units = Vec::new();
    for (year, lines) in costs.iter_mut() {
        if !rng.chance(40) {
            continue;
        }
        let Some(palkat) = lines.iter_mut().find(|l| l.0 == SALARY[0]) else {
            continue;
        };
        let rate = rng.range(2500, 6000);
        let tenths = (palkat.1 * 10 / rate).max(1);
        palkat.1 = (2 * tenths * rate + 10) / 20;
        units.push((*year, tenths, rate));
    }
    units
}

fn items_total(costs: &Costs) -> i64 {
    costs.iter().flat_map(|(_, l)| l.iter().map(|c| c.1)).sum()
}

/// Each year's `pct` % of its salary categories, rounded half up to the cent.
fn flat_total(costs: &Costs, pct: i64) -> i64 {
    costs
        .iter()
        .map(|(_, lines)| {
            let base: i64 = lines
                .iter()
                .filter(|c| SALARY.contains(&c.0))
                .map(|c| c.1)
                .sum();
            (2 * base * pct + 100) / 200
        })
        .sum()
}

/// A registered organisation by its name, or now and then by an alias.
fn org_name(rng: &mut Rng, org: usize, alias_percent: u64) -> String {
    let o = &ORGS[org];
    if !o.aliases.is_empty() && rng.chance(alias_percent) {
        rng.pick(o.aliases).to_string()
    } else {
        o.name.to_string()
    }
}

fn funders_of(f: Option<&Funding>) -> Vec<String> {
    f.map(|f| f.osuudet.iter().map(|s| s.rahoittaja.clone()).collect())
        .unwrap_or_default()
}

/// A funding split of `total` cents: the first funder is STM under Kaste at
/// most 75 % of the eligible costs, the rest are own financing.
fn make_funding(rng: &mut Rng, total: i64, plan: bool, funders: &[String]) -> Funding {
    let ei_oikeuttavat = if plan && rng.chance(20) {
        Some(if rng.chance(30) {
            0
        } else {
            total / 100 * rng.range(1, 8) / 100 * 100
        })
    } else {
        None
    };
    let base = total - ei_oikeuttavat.unwrap_or(0);
    let pct = rng.pick(&[75, 75, 75, 75, 74, 70, 65, 60, 50]);
    let mut stm = base * pct / 100; // floor: stays within the ceiling
    if rng.chance(60) {
        stm = stm / 100 * 100;
    }
    let rest = total - stm;
    let weights: Vec<u64> = (1..funders.len()).map(|_| 20 + rng.below(80)).collect();
    let parts = split(rng, rest, &weights);
    let mut osuudet = vec![Share {
        rahoittaja: funders[0].clone(),
        laji: "valtionavustus",
        ohjelma: Some("Kaste"),
        osuus: None,
        summa: stm,
    }];
    for (name, summa) in funders[1..].iter().zip(parts) {
        osuudet.push(Share {
            rahoittaja: name.clone(),
            laji: "oma",
            ohjelma: None,
            osuus: None,
            summa,
        });
    }
    let mut funding = Funding {
        yhteensa: total,
        ei_oikeuttavat,
        osuudet,
        muut: Vec::new(),
    };
    state_percentages(rng, &mut funding);
    if plan && rng.chance(15) {
        funding.muut.push(Muu {
            rahoittaja: if rng.chance(50) {
                "Tekes".into()
            } else {
                rng.pick(UNREGISTERED).to_string()
            },
            kuvaus: rng.pick(&[
                "Konsulttipalvelut",
                "Tilat ja laitteet",
                "Asiantuntijatyö",
                "Vapaaehtoistyö",
            ]),
            summa: rng.range(2, 60) * 1000 * 100,
        });
    }
    funding
}

/// States an `osuus` on some shares, only ever the correctly rounded value;
/// when every share states one, they add up to exactly 100.
fn state_percentages(rng: &mut Rng, f: &mut Funding) {
    for (i, share) in f.osuudet.iter_mut().enumerate() {
        let want = if i == 0 { 85 } else { 60 };
        share.osuus = if rng.chance(want) {
            rounded_pct(rng, share.summa, f.yhteensa)
        } else {
            None
        };
    }
    if f.osuudet.iter().all(|s| s.osuus.is_some()) {
        let sum: i64 = f
            .osuudet
            .iter()
            .filter_map(|s| s.osuus)
            .map(Pct::tenths)
            .sum();
        if sum != 1000
            && let Some(last) = f.osuudet.last_mut()
        {
            last.osuus = None;
        }
    }
}

/// `100 × summa / total` rounded to 0 or 1 decimals; `None` on an exact tie,
/// where half-up and half-even rounding would disagree.
fn rounded_pct(rng: &mut Rng, summa: i64, total: i64) -> Option<Pct> {
    if total <= 0 {
        return None;
    }
    let tenths = rng.chance(20);
    let scale: i128 = if tenths { 10 } else { 1 };
    let q = 100 * i128::from(summa) * scale;
    let (floor, rem) = (q / i128::from(total), q % i128::from(total));
    if 2 * rem == i128::from(total) {
        return None;
    }
    let v = (floor + i128::from(2 * rem > i128::from(total))) as i64;
    Some(if tenths {
        Pct::Tenths(v, rng.chance(50))
    } else {
        Pct::Int(v)
    })
}

/// Splits `total` cents into parts by weight: whole euros each, the leftover
/// euros and the odd cents to random parts, so the parts add up exactly.
fn split(rng: &mut Rng, total: i64, weights: &[u64]) -> Vec<i64> {
    if weights.is_empty() {
        return Vec::new();
    }
    let euros = i128::from(total / 100);
    let wsum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    let mut parts: Vec<i64> = weights
        .iter()
        .map(|&w| (euros * i128::from(w) / wsum as i128) as i64 * 100)
        .collect();
    let assigned: i64 = parts.iter().sum();
    let i = rng.index(parts.len());
    parts[i] += total / 100 * 100 - assigned;
    let j = rng.index(parts.len());
    parts[j] += total % 100;
    parts
}

/// Costs by year for `alkaa.y..=loppuu.y`, weighted by the days of each year
/// the project runs, with 3–7 categories a year, adding up to `total`.
fn make_costs(rng: &mut Rng, total: i64, alkaa: Date, loppuu: Date) -> Costs {
    let years: Vec<i64> = (alkaa.y..=loppuu.y).collect();
    let weights: Vec<u64> = years
        .iter()
        .map(|&y| {
            let from = alkaa.max(Date::new(y, 1, 1)).to_days();
            let to = loppuu.min(Date::new(y, 12, 31)).to_days();
            ((to - from + 1) as u64) * (80 + rng.below(41))
        })
        .collect();
    let by_year = split(rng, total, &weights);
    years
        .into_iter()
        .zip(by_year)
        .map(|(y, amount)| {
            let mut cats = {
                let k = 1 + rng.index(5);
                rng.distinct(CATEGORIES.len() - 1, k)
            };
            cats.iter_mut().for_each(|c| *c += 1);
            cats.push(0); // palkat every year
            cats.sort_unstable();
            let w: Vec<u64> = cats
                .iter()
                .map(|&c| CATEGORY_WEIGHT[c] * (50 + rng.below(100)))
                .collect();
            (y, cats.into_iter().zip(split(rng, amount, &w)).collect())
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Breakage

fn break_family(corpus: &Corpus, family: usize, percent: u64, records: &mut [Record]) {
    let mut rng = Rng::for_family(corpus.seed, family, 1);
    let parent_loppuu = records[0].loppuu;
    for (k, r) in records.iter_mut().enumerate() {
        if !rng.chance(percent) {
            continue;
        }
        let is_child = k > 0;
        let mut choices: Vec<Breakage> = Breakage::ANY.to_vec();
        if is_child {
            choices.extend_from_slice(Breakage::CHILD_ONLY);
        }
        if r.has_children {
            choices.retain(|b| *b != Breakage::BadId);
        }
        let b = rng.pick(&choices);
        apply_breakage(&mut rng, r, b, parent_loppuu, corpus.today);
        r.breakage = Some(b);
    }
}

fn apply_breakage(rng: &mut Rng, r: &mut Record, b: Breakage, p_loppuu: Date, today: Date) {
    let plan = r
        .rahoitus
        .as_mut()
        .expect("every generated record has a plan");
    match b {
        Breakage::ShareSumOff => {
            let last = plan.osuudet.last_mut().expect("shares");
            last.summa += 100;
            last.osuus = None;
        }
        Breakage::OsuusWrong => {
            let stm = &mut plan.osuudet[0];
            let v = (100 * stm.summa + plan.yhteensa / 2) / plan.yhteensa;
            stm.osuus = Some(Pct::Int(v + 3));
        }
        Breakage::VaiheWrong => {
            let right = vaihe_for(r.alkaa, r.loppuu, today);
            r.vaihe_override = Some(match right {
                "päättynyt" => "käynnissä",
                "käynnissä" => "suunnitteilla",
                _ => "päättynyt",
            });
        }
        Breakage::DatesReversed => std::mem::swap(&mut r.alkaa, &mut r.loppuu),
        Breakage::UnknownSalkku => r.salkku = "TUNTEMATON".into(),
        Breakage::NegativeAmount => plan.muut.push(Muu {
            rahoittaja: "Tekes".into(),
            kuvaus: "Oikaisu",
            summa: -rng.range(1, 50) * 100_000,
        }),
        Breakage::CostYearOutside => {
            let end = r.loppuu.y;
            if let Some(last) = r.kustannusarvio.last_mut() {
                last.0 = end + 1;
            }
        }
        Breakage::CostTotalOff => r.kustannusarvio[0].1[0].1 += 100,
        Breakage::OverCeiling => {
            let base = plan.yhteensa - plan.ei_oikeuttavat.unwrap_or(0);
            let target = base * 80 / 100;
            let mut need = target - plan.osuudet[0].summa;
            for s in plan.osuudet[1..].iter_mut() {
                let take = need.min(s.summa);
                s.summa -= take;
                need -= take;
            }
            plan.osuudet[0].summa = target - need;
            state_percentages(rng, plan);
        }
        Breakage::BadUrl => r.liitteet[0].1 = r.liitteet[0].1.replacen("https://", "ftp://", 1),
        Breakage::BadEmail => {
            let c = &mut r.yhteystiedot[0];
            let email = c
                .email
                .take()
                .unwrap_or_else(|| "etunimi.sukunimi@ouka.fi".into());
            c.email = Some(email.replacen('@', " (at) ", 1));
        }
        Breakage::OrgTypo => r.toteuttajat.push("Oulun kaupunkki".into()),
        Breakage::UnknownOhjelma => plan.osuudet[0].ohjelma = Some("Kasteohjelma"),
        Breakage::UnknownParent => {
            if let Some(p) = &mut r.paahanke {
                p.push_str("-vanha");
            }
        }
        Breakage::ChildOutsideParent => r.loppuu = p_loppuu.add_days(rng.range(1, 20)),
        // Rendered differently: see `render_record`.
        Breakage::UnknownKey
        | Breakage::MissingNimi
        | Breakage::FloatMoney
        | Breakage::CostCategoryTypo
        | Breakage::BadId => {}
    }
}

// ---------------------------------------------------------------------------
// Rendering

fn render_registry(corpus: &Corpus) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Registry of a synthetic corpus written by gen_corpus (seed {}).\n# Portfolios, funding programmes and organisations.\n",
        corpus.seed
    );
    for &s in &corpus.salkut {
        let (code, nimi, owner) = SALKUT[s];
        let _ = writeln!(
            out,
            "[salkut.{code}]\nnimi = {}\nomistaja = {}\n",
            q(nimi),
            q(ORGS[owner].name)
        );
    }
    let _ = writeln!(
        out,
        "[ohjelmat.Kaste]\nnimi = {}\nrahoittaja = \"STM\"\nenintaan = {KASTE_CEILING}\n",
        q("Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma")
    );
    for &(code, pct, all_others) in MODELS {
        let kattaa = if all_others { "\"kaikki-muut\"" } else { "[]" };
        let _ = writeln!(
            out,
            "[kustannusmallit.{code}]\nnimi = \"Flat rate {pct} % palkkakustannuksista\"\nprosentti = {pct}\nperuste = [\"palkat\", \"tyopanoksen_siirto\"]\nkattaa = {kattaa}\n"
        );
    }
    for o in ORGS {
        let _ = writeln!(out, "[organisaatiot.{}]", q(o.name));
        if !o.aliases.is_empty() {
            let _ = writeln!(out, "lyhenteet = {}", list(o.aliases.iter().copied()));
        }
        out.push('\n');
    }
    out.pop();
    out
}

fn render_record(r: &Record, today: Date) -> String {
    let mut o = String::with_capacity(3072);
    let depth = r.id.split('/').count();
    let _ = writeln!(
        o,
        "#:schema {}schemas/hanke.schema.json\n",
        "../".repeat(depth)
    );
    if r.breakage != Some(Breakage::MissingNimi) {
        let _ = writeln!(o, "nimi = {}", q(&r.nimi));
    }
    if let Some(l) = &r.lyhenne {
        let _ = writeln!(o, "lyhenne = {}", q(l));
    }
    let vaihe = r
        .vaihe_override
        .unwrap_or_else(|| vaihe_for(r.alkaa, r.loppuu, today));
    let _ = writeln!(o, "tyyppi = {}", q(r.tyyppi));
    let _ = writeln!(o, "salkku = {}", q(&r.salkku));
    let _ = writeln!(o, "vaihe = {}", q(vaihe));
    let _ = writeln!(o, "alkaa = {}", r.alkaa);
    let _ = writeln!(o, "loppuu = {}", r.loppuu);
    if let Some(p) = &r.paahanke {
        let _ = writeln!(o, "paahanke = {}", q(p));
    }
    if let Some(h) = &r.hallinnoija {
        let _ = writeln!(o, "hallinnoija = {}", q(h));
    }
    let _ = writeln!(
        o,
        "toteuttajat = {}",
        list(r.toteuttajat.iter().map(String::as_str))
    );
    let _ = writeln!(o, "avainsanat = {}", list(r.avainsanat.iter().copied()));
    let _ = writeln!(o, "\ntiivistelma = \"\"\"\n{}\"\"\"", r.tiivistelma);
    let key = if r.breakage == Some(Breakage::UnknownKey) {
        "tavoiteet"
    } else {
        "tavoitteet"
    };
    let _ = writeln!(o, "{key} = {}", list(r.tavoitteet.iter().copied()));
    if let Some(t) = &r.toimenpiteet {
        let _ = writeln!(o, "toimenpiteet = \"\"\"\n{t}\"\"\"");
    }
    if let Some(m) = r.model {
        let _ = writeln!(o, "kustannusmalli = {}", q(MODELS[m].0));
    }
    for c in &r.yhteystiedot {
        let _ = writeln!(
            o,
            "\n[[yhteystiedot]]\nrooli = {}\nnimi = {}",
            q(c.rooli),
            q(&c.nimi)
        );
        if let Some(p) = &c.puhelin {
            let _ = writeln!(o, "puhelin = {}", q(p));
        }
        if let Some(e) = &c.email {
            let _ = writeln!(o, "email = {}", q(e));
        }
    }
    for (nimi, url) in &r.liitteet {
        let _ = writeln!(o, "\n[[liitteet]]\nnimi = {}\nurl = {}", q(nimi), q(url));
    }
    let mut float_pending = r.breakage == Some(Breakage::FloatMoney);
    let mut typo_pending = r.breakage == Some(Breakage::CostCategoryTypo);
    if let Some(f) = &r.rahoitus {
        render_funding(&mut o, "rahoitus", f, r.finnish_cents);
        render_costs(
            &mut o,
            "kustannusarvio",
            &r.kustannusarvio,
            &r.units,
            r.finnish_cents,
            &mut float_pending,
            &mut typo_pending,
        );
    }
    if let Some(f) = &r.toteuma {
        render_funding(&mut o, "toteuma", f, r.finnish_cents);
        render_costs(
            &mut o,
            "toteutuneet_kustannukset",
            &r.toteutuneet,
            &[],
            r.finnish_cents,
            &mut float_pending,
            &mut typo_pending,
        );
    }
    o
}

fn render_funding(o: &mut String, table: &str, f: &Funding, finnish: bool) {
    let _ = writeln!(o, "\n[{table}]\nyhteensa = {}", money(f.yhteensa, finnish));
    if let Some(e) = f.ei_oikeuttavat {
        let _ = writeln!(o, "ei_oikeuttavat = {}", money(e, finnish));
    }
    for s in &f.osuudet {
        let _ = writeln!(
            o,
            "\n[[{table}.osuudet]]\nrahoittaja = {}\nlaji = {}",
            q(&s.rahoittaja),
            q(s.laji)
        );
        if let Some(p) = s.ohjelma {
            let _ = writeln!(o, "ohjelma = {}", q(p));
        }
        match s.osuus {
            Some(Pct::Int(v)) => {
                let _ = writeln!(o, "osuus = {v}");
            }
            Some(Pct::Tenths(v, as_string)) => {
                let text = format!("{}.{}", v / 10, v % 10);
                let _ = writeln!(o, "osuus = {}", if as_string { q(&text) } else { text });
            }
            None => {}
        }
        let _ = writeln!(o, "summa = {}", money(s.summa, finnish));
    }
    for m in &f.muut {
        let _ = writeln!(
            o,
            "\n[[{table}.muut]]\nrahoittaja = {}\nkuvaus = {}\nsumma = {}",
            q(&m.rahoittaja),
            q(m.kuvaus),
            money(m.summa, finnish)
        );
    }
}

/// A year's cost lines; `palkat` as hours × rate where `units` has the year
/// and the amount is still their product (a breakage may have changed it),
/// unless a breakage waits to be written into the next line.
fn render_costs(
    o: &mut String,
    table: &str,
    costs: &Costs,
    units: &[(i64, i64, i64)],
    finnish: bool,
    float_pending: &mut bool,
    typo_pending: &mut bool,
) {
    for (year, lines) in costs {
        let _ = writeln!(o, "\n[{table}.{year}]");
        let mut unit_table = None;
        for &(cat, cents) in lines {
            let unit = units
                .iter()
                .find(|u| u.0 == *year)
                .filter(|u| cat == SALARY[0] && (2 * u.1 * u.2 + 10) / 20 == cents);
            if let Some(&(_, tenths, rate)) = unit
                && !*float_pending
                && !*typo_pending
            {
                unit_table = Some((tenths, rate));
                continue;
            }
            let mut key = CATEGORIES[cat].to_string();
            if std::mem::take(typo_pending) {
                key.push(key.chars().last().unwrap_or('x'));
            }
            let value = if std::mem::take(float_pending) {
                format!("{}.{:02}", cents / 100, cents % 100)
            } else {
                money(cents, finnish)
            };
            let _ = writeln!(o, "{key} = {value}");
        }
        if let Some((tenths, rate)) = unit_table {
            let _ = writeln!(
                o,
                "\n[{table}.{year}.palkat]\ntunnit = {}\ntuntihinta = {}",
                if tenths % 10 == 0 {
                    (tenths / 10).to_string()
                } else {
                    format!("\"{}.{}\"", tenths / 10, tenths % 10)
                },
                money(rate, finnish)
            );
        }
    }
}

/// Whole euros as a TOML integer; cents as a string, `"1234.50"` or, in the
/// Finnish style, `"1 234,50"`.
fn money(cents: i64, finnish: bool) -> String {
    let (sign, abs) = if cents < 0 {
        ("-", -cents)
    } else {
        ("", cents)
    };
    if abs % 100 == 0 {
        return format!("{sign}{}", abs / 100);
    }
    let euros = abs / 100;
    if finnish {
        let digits = euros.to_string();
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(' ');
            }
            grouped.push(ch);
        }
        format!("\"{sign}{grouped},{:02}\"", abs % 100)
    } else {
        format!("\"{sign}{euros}.{:02}\"", abs % 100)
    }
}

/// A TOML basic string.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(ch),
        }
    }
    out.push('"');
    out
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let parts: Vec<String> = items.map(q).collect();
    format!("[{}]", parts.join(", "))
}

/// Greedy word wrap; every line ends with a newline.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split(' ') {
        let n = word.chars().count();
        if line_len > 0 && line_len + 1 + n > width {
            out.push('\n');
            line_len = 0;
        }
        if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += n;
    }
    out.push('\n');
    out
}

/// Lowercase ASCII for ids, e-mail addresses and URLs: ä → a, ö → o, å → a,
/// anything else outside `[a-z0-9]` → `-`.
fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars().flat_map(char::to_lowercase) {
        match ch {
            'ä' | 'å' => out.push('a'),
            'ö' => out.push('o'),
            'a'..='z' | '0'..='9' => out.push(ch),
            _ if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            _ => {}
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}
