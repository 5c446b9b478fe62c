#!/usr/bin/env python3
"""Independent check of a corpus written by `examples/gen_corpus.rs`.

    python3 bench/validate_corpus.py DIR [--today 2026-11-23] [--max-report 20]

Re-implements the rules of records.md (shared/design/records.md) in plain
Python 3.11 (tomllib + decimal, no third-party packages) so the generator is
checked by something that shares no code with it or with `hanke`:

- every file parses; ids are well formed; the `#:schema` line has the right
  number of `../`; keys are known (diacritic spellings accepted);
- required keys, references (salkku, ohjelma, paahanke), no parent cycles;
- dates: alkaa <= loppuu, osahanke within its paahanke, cost years within
  alkaa..=loppuu, vaihe agrees with --today;
- money: exact decimals, no floats, never negative; shares add up to yhteensa
  to the cent; a stated osuus is the rounded value of 100*summa/yhteensa at the
  decimals written (ties, where half-up and half-even disagree, are reported
  too: the generator promises to avoid them); osuus sums; the programme
  ceiling on eligible costs; cost totals equal yhteensa; the "5 + 1" rule;
- cost models (`kustannusmalli`): the model exists; each year's flat rate is
  `prosentti` % of its `peruste` categories, rounded half up to the cent,
  and counts in the cost total; a covered category is not itemised; `palkat`
  may be `tunnit` × `tuntihinta`, rounded half up to the cent;
- hygiene: organisation names near (Levenshtein < 3) but not equal to a
  registered name or alias, non-http(s) URLs, malformed e-mails.

If DIR/_broken.tsv exists (written by `gen_corpus --broken P`), every id listed
there must be flagged and no other: the script then checks the generator's
deliberate violations instead of expecting a clean corpus.

Exit status: 0 when the corpus is as expected, 1 otherwise, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

CATEGORIES = {
    "palkat", "tyopanoksen_siirto", "asiantuntijapalvelut", "painatukset", "majoitus",
    "matkat", "koulutus", "muut_palvelut", "aineet", "vuokrat", "aineettomat", "koneet",
    "muut_investoinnit", "muut_menot",
}
TOP_KEYS = {
    "nimi", "lyhenne", "tyyppi", "salkku", "vaihe", "alkaa", "loppuu", "paahanke",
    "hallinnoija", "toteuttajat", "avainsanat", "tiivistelma", "tavoitteet", "toimenpiteet",
    "yhteystiedot", "liitteet", "toteuma", "rahoitus", "kustannusarvio",
    "toteutuneet_kustannukset", "kustannusmalli",
}
FUNDING_KEYS = {"yhteensa", "osuudet"}
PLAN_KEYS = FUNDING_KEYS | {"ei_oikeuttavat", "muut"}
SHARE_KEYS = {"rahoittaja", "laji", "ohjelma", "osuus", "summa"}
MUU_KEYS = {"rahoittaja", "kuvaus", "summa"}
CONTACT_KEYS = {"rooli", "nimi", "puhelin", "email"}
LINK_KEYS = {"nimi", "url"}
LAJIT = {"valtionavustus", "oma", "muu-julkinen", "yksityinen", "tulot"}
VAIHEET = {"suunnitteilla", "käynnissä", "päättynyt", "keskeytetty"}
ID_SEGMENT = re.compile(r"^[a-z0-9-]+$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CENT = Decimal("0.01")


def fold(key: str) -> str:
    return key.replace("ä", "a").replace("ö", "o").replace("Ä", "A").replace("Ö", "O")


def levenshtein(a: str, b: str) -> int:
    if abs(len(a) - len(b)) >= 3:
        return 3  # only "< 3" matters here
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class Problems:
    def __init__(self) -> None:
        self.by_id: dict[str, list[str]] = defaultdict(list)

    def add(self, rid: str, msg: str) -> None:
        self.by_id[rid].append(msg)


def money(value, where: str, rid: str, probs: Problems, stats: Counter) -> Decimal | None:
    if isinstance(value, bool):
        probs.add(rid, f"{where}: boolean is not money")
        return None
    if isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, float):
        probs.add(rid, f"{where}: float {value!r} in a money field")
        return None
    elif isinstance(value, str):
        text = value.replace("\u00a0", "").replace(" ", "")
        if "," in text:
            stats["money: finnish-style string"] += 1
            text = text.replace(",", ".")
        else:
            stats["money: string with cents"] += 1
        try:
            d = Decimal(text)
        except InvalidOperation:
            probs.add(rid, f"{where}: {value!r} is not an amount")
            return None
        if d != d.quantize(CENT):
            probs.add(rid, f"{where}: {value!r} has more than two decimals")
    else:
        probs.add(rid, f"{where}: {type(value).__name__} is not money")
        return None
    if d < 0:
        probs.add(rid, f"{where}: negative amount {value!r}")
    return d


def percent(value, where: str, rid: str, probs: Problems) -> tuple[Decimal, int] | None:
    """The stated percent and the number of decimals it was written with."""
    if isinstance(value, bool):
        probs.add(rid, f"{where}: boolean is not a percent")
        return None
    if isinstance(value, int):
        d, places = Decimal(value), 0
    elif isinstance(value, float):
        d = Decimal(repr(value))
        places = max(0, -d.as_tuple().exponent)
    elif isinstance(value, str):
        try:
            d = Decimal(value.strip().replace(",", "."))
        except InvalidOperation:
            probs.add(rid, f"{where}: {value!r} is not a percent")
            return None
        places = max(0, -d.as_tuple().exponent)
    else:
        probs.add(rid, f"{where}: {type(value).__name__} is not a percent")
        return None
    if d < 0 or d > 100:
        probs.add(rid, f"{where}: percent {value!r} outside 0..=100")
    return d, places


def unknown_keys(table: dict, allowed: set[str], where: str, rid: str, probs: Problems) -> None:
    for key in table:
        if fold(key) not in allowed:
            probs.add(rid, f"{where}: unknown key `{key}`")


def get(table: dict, key: str):
    """A key by its ASCII spelling or its diacritic alias."""
    if key in table:
        return table[key]
    for k, v in table.items():
        if fold(k) == key:
            return v
    return None


class Checker:
    def __init__(self, root: str, today: dt.date) -> None:
        self.root = root
        self.today = today
        self.probs = Problems()
        self.stats: Counter = Counter()
        with open(os.path.join(root, "hanke.toml"), "rb") as f:
            reg = tomllib.load(f)
        self.salkut = set(reg.get("salkut", {}))
        self.ohjelmat = reg.get("ohjelmat", {})
        # code -> (percent or None, base categories, covered categories or "all")
        self.models: dict[str, tuple[Decimal | None, set[str], set[str] | str]] = {}
        for code, m in reg.get("kustannusmallit", {}).items():
            pct = m.get("prosentti")
            kattaa = m.get("kattaa", [])
            self.models[code] = (
                None if pct is None else Decimal(str(pct)),
                set(m.get("peruste", [])),
                "all" if kattaa == "kaikki-muut" else set(kattaa),
            )
        self.known_orgs: set[str] = set()
        for name, org in reg.get("organisaatiot", {}).items():
            self.known_orgs.add(name)
            self.known_orgs.update(org.get("lyhenteet", []))
        self.near_cache: dict[str, str | None] = {}
        self.records: dict[str, dict] = {}
        self.sizes: list[int] = []
        for name, prog in self.ohjelmat.items():
            r = prog.get("rahoittaja")
            if r is not None and r not in self.known_orgs:
                self.probs.add("hanke.toml", f"ohjelma {name}: rahoittaja {r!r} not an organisation")

    # -- loading ----------------------------------------------------------

    def load(self) -> None:
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
            for fn in sorted(filenames):
                if fn.startswith((".", "_")) or not fn.endswith(".toml"):
                    continue
                path = os.path.join(dirpath, fn)
                rel = os.path.relpath(path, self.root)[: -len(".toml")].replace(os.sep, "/")
                if rel == "hanke":
                    continue
                self.load_one(path, rel)

    def load_one(self, path: str, rid: str) -> None:
        if not all(ID_SEGMENT.match(seg) for seg in rid.split("/")):
            self.probs.add(rid, f"malformed id `{rid}`")
        with open(path, "rb") as f:
            raw = f.read()
        self.sizes.append(len(raw))
        text = raw.decode("utf-8")
        depth = rid.count("/") + 1
        want = "#:schema " + "../" * depth + "schemas/hanke.schema.json"
        if text.split("\n", 1)[0] != want:
            self.probs.add(rid, f"first line is not `{want}`")
        try:
            self.records[rid] = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            self.probs.add(rid, f"TOML parse error: {e}")

    # -- rules ------------------------------------------------------------

    def check_all(self) -> None:
        children: dict[str, list[str]] = defaultdict(list)
        for rid, rec in self.records.items():
            self.check_record(rid, rec)
            parent = get(rec, "paahanke")
            if isinstance(parent, str):
                children[parent].append(rid)
        for rid, rec in self.records.items():
            self.check_parent_links(rid, rec)
        for parent, kids in children.items():
            if parent in self.records:
                self.stats["päähankkeet"] += 1
                self.stats["osahankkeet"] += len(kids)
                self.check_five_plus_one(parent, kids)

    def check_record(self, rid: str, rec: dict) -> None:
        p, s = self.probs, self.stats
        unknown_keys(rec, TOP_KEYS, "record", rid, p)
        for key in ("nimi", "salkku", "vaihe", "alkaa"):
            if get(rec, key) is None:
                p.add(rid, f"required key `{key}` missing")
        salkku = get(rec, "salkku")
        if salkku is not None and salkku not in self.salkut:
            p.add(rid, f"unknown salkku {salkku!r}")
        vaihe = get(rec, "vaihe")
        if vaihe is not None and vaihe not in VAIHEET:
            p.add(rid, f"unknown vaihe {vaihe!r}")
        alkaa, loppuu = get(rec, "alkaa"), get(rec, "loppuu")
        for name, d in (("alkaa", alkaa), ("loppuu", loppuu)):
            if d is not None and (not isinstance(d, dt.date) or isinstance(d, dt.datetime)):
                p.add(rid, f"`{name}` is not a local date")
        if isinstance(alkaa, dt.date) and isinstance(loppuu, dt.date):
            if alkaa > loppuu:
                p.add(rid, f"alkaa {alkaa} after loppuu {loppuu}")
            for y in (alkaa.year, loppuu.year):
                if not 2005 <= y <= 2030:
                    s["dates outside 2005-2030 (not a rule)"] += 1
        if isinstance(alkaa, dt.date) and vaihe in VAIHEET:
            t = self.today
            if vaihe == "päättynyt" and isinstance(loppuu, dt.date) and loppuu > t:
                p.add(rid, "vaihe päättynyt but loppuu is in the future")
            if vaihe == "käynnissä" and ((isinstance(loppuu, dt.date) and loppuu < t) or alkaa > t):
                p.add(rid, "vaihe käynnissä but the dates disagree")
            if vaihe == "suunnitteilla" and alkaa < t:
                p.add(rid, "vaihe suunnitteilla but alkaa is past")
            s[f"vaihe {vaihe}"] += 1
        if get(rec, "lyhenne") is not None:
            s["with lyhenne"] += 1

        names = []
        toteuttajat = get(rec, "toteuttajat") or []
        names += [("toteuttajat", n) for n in toteuttajat]
        if get(rec, "hallinnoija") is not None:
            names.append(("hallinnoija", get(rec, "hallinnoija")))

        for i, c in enumerate(get(rec, "yhteystiedot") or []):
            unknown_keys(c, CONTACT_KEYS, f"yhteystiedot[{i}]", rid, p)
            for key in ("rooli", "nimi"):
                if key not in c:
                    p.add(rid, f"yhteystiedot[{i}]: `{key}` missing")
            email = c.get("email")
            if email is not None and not EMAIL.match(email):
                p.add(rid, f"yhteystiedot[{i}]: {email!r} is not an e-mail address")
        for i, link in enumerate(get(rec, "liitteet") or []):
            unknown_keys(link, LINK_KEYS, f"liitteet[{i}]", rid, p)
            url = link.get("url", "")
            if not url.startswith(("http://", "https://")):
                p.add(rid, f"liitteet[{i}]: {url!r} is not an http(s) URL")

        years = None
        if isinstance(alkaa, dt.date) and isinstance(loppuu, dt.date):
            years = range(alkaa.year, loppuu.year + 1)
        plan = get(rec, "rahoitus")
        actual = get(rec, "toteuma")
        plan_total = self.check_funding(rid, "rahoitus", plan, names, plan=True) if plan else None
        actual_total = self.check_funding(rid, "toteuma", actual, names, plan=False) if actual else None
        if plan:
            s["with rahoitus"] += 1
        if actual:
            s["with toteuma"] += 1
        model = None
        code = get(rec, "kustannusmalli")
        if code is not None:
            s["with kustannusmalli"] += 1
            model = self.models.get(code)
            if model is None:
                p.add(rid, f"unknown kustannusmalli {code!r}")
        self.check_costs(rid, "kustannusarvio", get(rec, "kustannusarvio"), years, plan_total, model)
        self.check_costs(rid, "toteutuneet_kustannukset", get(rec, "toteutuneet_kustannukset"), years, actual_total, model)

        for where, name in names:
            self.check_name(rid, where, name)

    def check_name(self, rid: str, where: str, name: str) -> None:
        if name in self.known_orgs:
            self.stats["org names: registered"] += 1
            return
        if name not in self.near_cache:
            near = [k for k in self.known_orgs if levenshtein(name, k) < 3]
            self.near_cache[name] = near[0] if near else None
        near = self.near_cache[name]
        if near is not None:
            self.probs.add(rid, f"{where}: {name!r} looks like a typo of {near!r}")
        else:
            self.stats["org names: unregistered, far from all"] += 1

    def check_funding(self, rid: str, table: str, f: dict, names: list, plan: bool) -> Decimal | None:
        p, s = self.probs, self.stats
        unknown_keys(f, PLAN_KEYS if plan else FUNDING_KEYS, table, rid, p)
        total = None
        if get(f, "yhteensa") is not None:
            total = money(get(f, "yhteensa"), f"{table}.yhteensa", rid, p, s)
        ei = Decimal(0)
        if get(f, "ei_oikeuttavat") is not None:
            ei = money(get(f, "ei_oikeuttavat"), f"{table}.ei_oikeuttavat", rid, p, s) or Decimal(0)
        shares = get(f, "osuudet") or []
        s[f"{table}: {len(shares)} shares"] += 1
        amounts: list[Decimal | None] = []
        stated: list[tuple[Decimal, int] | None] = []
        for i, sh in enumerate(shares):
            where = f"{table}.osuudet[{i}]"
            unknown_keys(sh, SHARE_KEYS, where, rid, p)
            if "rahoittaja" not in sh:
                p.add(rid, f"{where}: `rahoittaja` missing")
            else:
                names.append((where, sh["rahoittaja"]))
                if i == 0 and sh["rahoittaja"] == "STM":
                    s["state share written as alias STM"] += 1
            laji = sh.get("laji")
            if laji not in LAJIT:
                p.add(rid, f"{where}: unknown laji {laji!r}")
            ohjelma = sh.get("ohjelma")
            if ohjelma is not None and ohjelma not in self.ohjelmat:
                p.add(rid, f"{where}: unknown ohjelma {ohjelma!r}")
            amount = money(sh["summa"], f"{where}.summa", rid, p, s) if "summa" in sh else None
            pct = percent(sh["osuus"], f"{where}.osuus", rid, p) if "osuus" in sh else None
            if "summa" not in sh and "osuus" not in sh:
                p.add(rid, f"{where}: neither summa nor osuus")
            if amount is None and pct is not None and total is not None:
                amount = (total * pct[0] / 100).quantize(CENT, ROUND_HALF_UP)
                s["derived summa"] += 1
            amounts.append(amount)
            stated.append(pct)
            if pct is not None and amount is not None and total:
                exact = Decimal(100) * amount / total
                q = Decimal(1).scaleb(-pct[1])
                up = exact.quantize(q, ROUND_HALF_UP)
                even = exact.quantize(q, ROUND_HALF_EVEN)
                if pct[0] != up and pct[0] != even:
                    p.add(rid, f"{where}: osuus {pct[0]} but 100*summa/yhteensa = {exact:.4f}")
                elif up != even:
                    p.add(rid, f"{where}: osuus {pct[0]} is a rounding tie (half-up {up}, half-even {even})")
                s[f"osuus written with {pct[1]} decimals"] += 1
        if total is not None and amounts and all(a is not None for a in amounts):
            got = sum(amounts, Decimal(0))
            if got != total:
                p.add(rid, f"{table}: shares add up to {got}, yhteensa is {total}")
        if stated and all(x is not None for x in stated):
            got = sum((x[0] for x in stated), Decimal(0))
            slack = sum((Decimal(1).scaleb(-x[1]) / 2 for x in stated), Decimal(0))
            if abs(got - 100) > slack:
                p.add(rid, f"{table}: stated osuus add up to {got}, not 100")
            if got != 100:
                s["all osuus stated, sum != 100 within slack"] += 1
        # Programme ceiling on the eligible costs.
        if total is not None:
            deduct = sum(
                (a for a, sh in zip(amounts, shares) if a is not None and sh.get("laji") in ("tulot", "yksityinen")),
                Decimal(0),
            )
            base = total - ei - deduct
            per_prog: dict[str, Decimal] = defaultdict(Decimal)
            for a, sh in zip(amounts, shares):
                if sh.get("laji") == "valtionavustus" and sh.get("ohjelma") in self.ohjelmat and a is not None:
                    per_prog[sh["ohjelma"]] += a
            for prog, got in per_prog.items():
                cap = self.ohjelmat[prog].get("enintaan")
                if cap is not None and got * 100 > Decimal(str(cap)) * base:
                    p.add(rid, f"{table}: {prog} shares {got} exceed {cap} % of eligible {base}")
                elif cap is not None and got * 100 == Decimal(str(cap)) * base:
                    s["state share exactly at the ceiling"] += 1
        for i, m in enumerate(get(f, "muut") or []):
            unknown_keys(m, MUU_KEYS, f"{table}.muut[{i}]", rid, p)
            if "summa" in m:
                money(m["summa"], f"{table}.muut[{i}].summa", rid, p, s)
            if "rahoittaja" in m:
                names.append((f"{table}.muut[{i}]", m["rahoittaja"]))
        return total

    def check_costs(self, rid: str, table: str, costs, years, total: Decimal | None, model=None) -> None:
        if costs is None:
            return
        p = self.probs
        grand = Decimal(0)
        ok = True
        pct, base_cats, covered = model if model else (None, set(), set())
        for year, lines in costs.items():
            base = Decimal(0)
            if not re.fullmatch(r"\d{4}", year):
                p.add(rid, f"{table}: {year!r} is not a year")
                ok = False
                continue
            if years is not None and int(year) not in years:
                p.add(rid, f"{table}.{year}: year outside alkaa..=loppuu")
            for key, value in lines.items():
                if key not in CATEGORIES:
                    p.add(rid, f"{table}.{year}: unknown cost category `{key}`")
                    continue
                if key == "palkat" and isinstance(value, dict):
                    self.stats["palkat as tunnit × tuntihinta"] += 1
                    unknown_keys(value, {"tunnit", "tuntihinta"}, f"{table}.{year}.palkat", rid, p)
                    rate = money(value.get("tuntihinta"), f"{table}.{year}.palkat.tuntihinta", rid, p, self.stats)
                    try:
                        hours = Decimal(str(value.get("tunnit")).replace(",", "."))
                    except InvalidOperation:
                        hours = None
                    d = None if rate is None or hours is None else (hours * rate).quantize(CENT, rounding=ROUND_HALF_UP)
                    if d is None:
                        p.add(rid, f"{table}.{year}.palkat: not hours × rate")
                else:
                    d = money(value, f"{table}.{year}.{key}", rid, p, self.stats)
                if pct is not None and key not in base_cats and (covered == "all" or key in covered) and d:
                    p.add(rid, f"{table}.{year}: `{key}` is covered by the flat rate")
                if d is None:
                    ok = False
                else:
                    grand += d
                    if key in base_cats:
                        base += d
            if pct is not None:
                grand += (pct * base / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        if ok and total is not None and grand != total:
            p.add(rid, f"{table}: costs add up to {grand}, yhteensa is {total}")

    def check_parent_links(self, rid: str, rec: dict) -> None:
        parent = get(rec, "paahanke")
        if parent is None:
            return
        if parent not in self.records:
            self.probs.add(rid, f"paahanke {parent!r} does not exist")
            return
        seen = {rid}
        cur = parent
        while cur is not None and cur in self.records:
            if cur in seen:
                self.probs.add(rid, "parent cycle")
                break
            seen.add(cur)
            cur = get(self.records[cur], "paahanke")
        prec = self.records[parent]
        pa, pl = get(prec, "alkaa"), get(prec, "loppuu")
        ca, cl = get(rec, "alkaa"), get(rec, "loppuu")
        if isinstance(pa, dt.date) and isinstance(ca, dt.date) and ca < pa:
            self.probs.add(rid, f"osahanke starts {ca} before its paahanke {pa}")
        if isinstance(pl, dt.date) and isinstance(cl, dt.date) and cl > pl:
            self.probs.add(rid, f"osahanke ends {cl} after its paahanke {pl}")

    def check_five_plus_one(self, parent: str, kids: list[str]) -> None:
        for table in ("rahoitus", "toteuma"):
            own = get(self.records[parent], table)
            if not own or get(own, "yhteensa") is None:
                continue
            totals = []
            for k in kids:
                f = get(self.records[k], table)
                if f and get(f, "yhteensa") is not None:
                    totals.append(money(get(f, "yhteensa"), "", k, Problems(), Counter()))
            if not totals or any(t is None for t in totals):
                continue
            want = money(get(own, "yhteensa"), "", parent, Problems(), Counter())
            if want is not None and sum(totals, Decimal(0)) != want:
                self.probs.add(parent, f"{table}: osahankkeet add up to {sum(totals)}, päähanke states {want}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--today", default="2026-11-23", type=dt.date.fromisoformat)
    ap.add_argument("--max-report", type=int, default=20, help="problems to print in full")
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.dir, "hanke.toml")):
        print(f"validate_corpus: no hanke.toml in {args.dir}", file=sys.stderr)
        return 2

    ch = Checker(args.dir, args.today)
    ch.load()
    ch.check_all()
    probs = ch.probs.by_id

    sizes = sorted(ch.sizes)
    n = len(sizes)
    print(f"records: {n}, parsed: {len(ch.records)}")
    if n:
        print(
            f"file size bytes: min {sizes[0]}, median {sizes[n // 2]}, mean {sum(sizes) // n}, "
            f"p90 {sizes[n * 9 // 10]}, max {sizes[-1]}"
        )
    for key, value in sorted(ch.stats.items()):
        print(f"  {key}: {value}")

    broken_file = os.path.join(args.dir, "_broken.tsv")
    if os.path.exists(broken_file):
        with open(broken_file, encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f][1:]
        expected = {row[0]: row[1] for row in rows if row and row[0]}
        kinds = Counter(expected.values())
        print(f"_broken.tsv lists {len(expected)} records: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        # A broken record can make its päähanke or osahankkeet fail too (the
        # "5 + 1" sums, dates within the parent's); count only ids that are
        # neither listed nor the parent or a child of a listed id.
        listed_parents = {i.rsplit("/", 1)[0] for i in expected} | {
            get(ch.records.get(i, {}), "paahanke") for i in expected if i in ch.records
        }
        missed = sorted(i for i in expected if i not in probs)
        extra = sorted(
            i
            for i in probs
            if i not in expected and i not in listed_parents and i.rsplit("/", 1)[0] not in expected
        )
        for i in missed:
            print(f"NOT FLAGGED  {i} ({expected[i]})")
        for i in extra[: args.max_report]:
            print(f"UNEXPECTED   {i}: {'; '.join(probs[i])}")
        for i in sorted(expected)[: args.max_report]:
            if i in probs:
                print(f"flagged      {i} ({expected[i]}): {'; '.join(probs[i])}")
        ok = not missed and not extra
        print(f"{'OK' if ok else 'FAIL'}: {len(expected) - len(missed)}/{len(expected)} broken records flagged, {len(extra)} unexpected")
        return 0 if ok else 1

    for i in sorted(probs)[: args.max_report]:
        for msg in probs[i]:
            print(f"{i}: {msg}")
    total = sum(len(v) for v in probs.values())
    print(f"{'OK' if not probs else 'FAIL'}: {total} problems in {len(probs)} records")
    return 0 if not probs else 1


if __name__ == "__main__":
    sys.exit(main())
