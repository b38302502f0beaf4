#!/usr/bin/env python3
"""Generate a national-scale set of zio region files for benchmarking.

    generate.py OUT_DIR [--scale N] [--seed S] [--data-dir DIR] [--check]

Writes one region file per jeugdregio (42 in the 2025 CBS list), each with
the region's real gemeenten (CBS codes and names) and zorgkantoor(s), about
20 fictitious (V)SO schools and a full set of afspraken in format v1
(docs: shared spec format-v1.md), plus one `landelijk.yaml`. About one file
in five carries realistic gaps; `manifest.json` lists every file and every
deliberate gap with the rule it should trigger, so a run of zio or of the
peer can be checked against it.

`--scale N` writes N copies of every region. Copy k > 0 has the same content
drawn from the same random stream (so the same shape and the same amount of
work), with a `-k<k>` suffix on its file name and on every id, a
"(kopie k)" suffix on region and school names and fresh school numbers. Copy 0
is byte-identical to the --scale 1 output, so the national set is a subset
of every scaled set.

School numbers: a BRIN is 2 digits + 2 letters, so there are only 67,600 of
them, fewer than the schools of the 100x set (about 84,000). Every BRIN is
used once first (vestiging BRIN + 00 or 01, as before); after that the pool
starts again with later vestiging numbers (round r: 2r or 2r+1), so every
vestiging number, the key by which `zio report` counts a school, stays
unique, and a BRIN with several vestigingen is what real institutions have. The output is the same for the same arguments on any
machine (string seeds hash with SHA-512, not with PYTHONHASHSEED).

All school, board, provider and person names are invented; only the
gemeente and zorgkantoor codes and names are real (Bron: CBS, PDOK).
"""

import argparse
import csv
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

import yaml

# The peer's loader defines which plain scalars stay strings (dates do); the
# writer below asks it, so what we write reads back exactly as we meant it.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer_validate import DateAsStringLoader, load_yaml  # noqa: E402

GAP_SHARE = 0.2          # share of region files with deliberate gaps
SECOND_GAP_SHARE = 0.25  # of those, share that get a second, different gap

# -- name and text material (invented) ---------------------------------------

SCHOOL_NAMES = [
    "De Linde", "De Wissel", "Het Anker", "De Brug", "De Zonnewijzer",
    "Het Kompas", "De Regenboog", "De Sterrenwacht", "De Vlinder", "Het Baken",
    "De Horizon", "De Toermalijn", "De Piramide", "Het Mozaïek", "De Windroos",
    "De Vuurtoren", "Het Lichtpunt", "De Klimop", "Het Palet", "De Kameleon",
    "De Boei", "De Wingerd", "De Hoeksteen", "Het Stroomdal", "De Kring",
    "De Ark", "Het Speelwerk", "De Meander", "De Duinroos", "De Eikenhof",
    "Het Veldhuis", "De Waterlelie", "De Zeester", "Het Rondeel", "De Trekvogel",
    "De Parel", "De Spoorzoeker", "Het Klaverblad", "De Tweestroom", "De Esch",
]
SCHOOL_PREFIX = {"so": ["SO", "Kindcentrum"], "vso": ["VSO", "College"],
                 "so-vso": ["(V)SO", "School voor speciaal onderwijs"]}
CLUSTER_PREFIX = {3: ["Mytylschool", "ZML-school", "Tyltylschool"],
                  4: ["Orthopedagogisch centrum", "Onderwijscentrum"]}
BOARD_PATTERNS = ["Stichting Speciaal Onderwijs {g}", "Onderwijsgroep {g}",
                  "Stichting (V)SO {g}", "Stichting Onderwijs op Maat {g}"]
PROVIDER_WORDS = [
    "Lindenhof", "Boomgaard", "Kastanje", "Zonnehuis", "Waterweg",
    "Lichtbaken", "Duinrand", "Heidezicht", "Vlinderhof", "Rivierduin",
    "Eikenhorst", "Veldzicht", "Zeestroom", "Wilgenhoek", "Beukenrode",
    "Hazelaar", "Morgenster", "Kiemkracht", "Dijkzicht", "Berkenrij",
]
PROVIDER_PATTERNS = ["Zorggroep {w}", "{w} Zorg", "Stichting {w} Jeugdhulp",
                     "{w} Gehandicaptenzorg"]
INSURERS = ["CZ", "VGZ", "Menzis", "Zilveren Kruis", "DSW", "ONVZ"]
SURNAMES = ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
            "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
            "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Vermeulen"]
FUNCTIES = {"gemeente": ["wethouder jeugd", "wethouder onderwijs en jeugd"],
            "samenwerkingsverband": ["directeur-bestuurder", "voorzitter bestuur"],
            "zorgkantoor": ["directeur zorgkantoor", "manager zorginkoop"],
            "schoolbestuur": ["voorzitter college van bestuur", "bestuurder"]}
GESCHIL_INSTANTIES = {
    "geschillencommissie": ["Geschillencommissie OOGO",
                            "Regionale geschillencommissie zorg in onderwijstijd"],
    "mediation": ["een onafhankelijke mediator (MfN-register)"],
    "bindend_advies": ["een door partijen gezamenlijk aangewezen adviseur"],
    "arbitrage": ["Nederlands Arbitrage Instituut"],
}
TEXT = {
    "oo": ["Het samenwerkingsverband bekostigt de extra ondersteuning in de klas "
           "via het schoolbestuur, volgens het ondersteuningsplan.",
           "Onderwijsassistenten en ambulante begeleiding worden uit het budget "
           "van de samenwerkingsverbanden betaald."],
    "vrij_toegankelijk": ["De gemeenten kopen een blok uren jeugdhulp in dat "
                          "zonder individuele beschikking in de klas wordt ingezet."],
    "collectief_ingekocht": ["Jeugdhulp op school wordt collectief ingekocht bij "
                             "één aanbieder per school; de school vraagt de inzet "
                             "aan bij het regionale team."],
    "individueel": ["Jeugdhulp wordt per leerling beschikt door de woongemeente; "
                    "de aanbieder stemt de inzet af met de intern begeleider."],
    "wlz": ["Wlz-uren volgen de indicatie van de leerling en worden waar "
            "mogelijk gebundeld ingezet.",
            "Het zorgkantoor contracteert de aanbieder voor begeleiding in "
            "onderwijstijd binnen het maximumtarief."],
    "zvw": ["Verpleegkundige zorg op school wordt door de zorgverzekeraar "
            "vergoed via de wijkverpleging."],
    "pgb": ["Een individueel pgb in de klas blijft mogelijk als de collectieve "
            "zorg niet passend is; school, aanbieder en ouders leggen dit vast "
            "in het ontwikkelingsperspectief.",
            "Maatwerk met een pgb wordt per leerling besproken in het "
            "multidisciplinair overleg."],
    "geschil": ["Partijen leggen een geschil eerst voor aan het bestuurlijk "
                "overleg; lukt het daar niet binnen vier weken, dan volgt de "
                "regeling hieronder."],
    "aanspreekpunt": ["Het loket Zorg in Onderwijstijd van de regio",
                      "De zorgcoördinator van de school",
                      "Het Onderwijsloket van het samenwerkingsverband"],
    "thuis": ["De aanbieder op school stemt wekelijks af met de zorg thuis; "
              "het pgb voor zorg thuis blijft ongewijzigd.",
              "Eén gezinsplan per leerling voor school en thuis."],
    "gegevens": ["Gegevens worden alleen met toestemming van ouders gedeeld, "
                 "volgens het regionale privacyconvenant.",
                 "Partijen sluiten een verwerkersovereenkomst; de school is "
                 "verwerkingsverantwoordelijke."],
    "buiten": ["Voor leerlingen uit gemeenten buiten de regio sluit de inkopende "
               "gemeente een aanvullende afspraak met de woongemeente.",
               "Leerlingen van buiten de regio krijgen dezelfde zorg; de "
               "woongemeente betaalt naar rato van het aantal leerlingen."],
}
MULTILINE_TEXT = (
    "Afspraken over de inzet:\n"
    "- de school meldt de zorgvraag bij het regionale team;\n"
    "- het team beslist binnen twee weken over de inzet;\n"
    "- partijen evalueren de inzet elk schooljaar.\n"
)


# -- reference data -----------------------------------------------------------

def read_csv(data_dir, name):
    with open(os.path.join(data_dir, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_reference(data_dir):
    members = {}
    for row in read_csv(data_dir, "gemeente_regio_2025.csv"):
        members.setdefault(row["jeugdregio_code"], []).append(row)
    return {
        "jeugdregios": read_csv(data_dir, "jeugdregios_2025.csv"),
        "members": members,
        "zorgkantoren": {r["code"]: r["naam"]
                         for r in read_csv(data_dir, "zorgkantoorregios_2025.csv")},
        "gemeenten": read_csv(data_dir, "gemeenten_2025.csv"),
    }


# -- YAML writer --------------------------------------------------------------
# Written by hand rather than with yaml.dump because users write dates
# unquoted (PyYAML would quote them) and flow lists for short id lists, and
# the benchmark should feed zio what users write.

_resolver = DateAsStringLoader("")
FLOW_MAPPINGS = {"doorzettingsmacht", "looptijd", "evaluatie"}   # as the spec writes them
_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_START = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")


def is_plain(s, flow=False):
    """True if `s` can be written unquoted and still reads back as this string."""
    if not s or not _PLAIN_START.match(s) or s != s.strip() or "\n" in s:
        return False
    if ": " in s or " #" in s or s.endswith(":"):
        return False
    if flow and any(c in s for c in ",[]{}"):
        return False
    return _resolver.resolve(yaml.ScalarNode, s, (True, False)) == _STR_TAG


def scalar(v, flow=False):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if is_plain(v, flow):
        return v
    return json.dumps(v, ensure_ascii=False)   # a JSON string is a YAML one


def is_scalar(v):
    return isinstance(v, (str, int, bool)) and not (isinstance(v, str) and "\n" in v)


def emit_mapping(d, indent, lines, first_prefix=None):
    """Block mapping; `first_prefix` replaces the indent of the first line
    (used for `- key: value` list items)."""
    pad = " " * indent
    for i, (k, v) in enumerate(d.items()):
        lead = first_prefix if (i == 0 and first_prefix is not None) else pad
        if isinstance(v, str) and "\n" in v:
            lines.append(f"{lead}{k}: |")
            lines.extend(" " * (indent + 2) + ln for ln in v.rstrip("\n").split("\n"))
        elif is_scalar(v):
            lines.append(f"{lead}{k}: {scalar(v)}")
        elif isinstance(v, list) and all(is_scalar(x) for x in v):
            lines.append(f"{lead}{k}: [{', '.join(scalar(x, flow=True) for x in v)}]")
        elif k in FLOW_MAPPINGS and all(is_scalar(x) for x in v.values()):
            inner = ", ".join(f"{kk}: {scalar(vv, flow=True)}" for kk, vv in v.items())
            lines.append(f"{lead}{k}: {{ {inner} }}")
        elif isinstance(v, dict):
            lines.append(f"{lead}{k}:")
            emit_mapping(v, indent + 2, lines)
        elif isinstance(v, list):
            lines.append(f"{lead}{k}:")
            for item in v:
                if not isinstance(item, dict):
                    raise TypeError(f"unsupported list item under {k}: {item!r}")
                emit_mapping(item, indent + 4, lines, first_prefix=" " * (indent + 2) + "- ")
        else:
            raise TypeError(f"unsupported value for {k}: {v!r}")


def to_yaml(doc, header, section_comments=None):
    lines = [f"# {ln}" if ln else "#" for ln in header]
    for k, v in doc.items():
        if section_comments and k in section_comments:
            lines.append("")
            lines.append(f"# {section_comments[k]}")
        emit_mapping({k: v}, 0, lines)
    return "\n".join(lines) + "\n"


# -- region content -----------------------------------------------------------

def slug(text):
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def unique(base, used):
    name, n = base, 2
    while name in used:
        name, n = f"{base}-{n}", n + 1
    used.add(name)
    return name


def brin_pool(seed):
    """(BRIN, round): every BRIN (2 digits + 2 letters) once per round, in a
    seeded order; round r > 0 gives the same BRINs for vestigingen 2r and 2r+1
    (see the module docstring). 50 rounds: 3.38 million schools."""
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    pool = [f"{d:02d}{a}{b}" for d in range(100) for a in letters for b in letters]
    random.Random(f"{seed}:brin").shuffle(pool)
    for rnd in range(50):
        for brin in pool:
            yield brin, rnd
    raise SystemExit("generate: more than 3.38 million schools; the vestiging numbers are used up")


def person(rng):
    return f"{rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(SURNAMES)}"


def build_region(ref, jz, copy, seed, brins, gap_kinds):
    """One region file as a dict, plus the list of gaps put into it.

    All random draws come from an rng seeded by (seed, region), never by copy,
    so every copy has the same shape; only names and BRINs differ."""
    rng = random.Random(f"{seed}:{jz['code']}")
    sfx = f"-k{copy}" if copy else ""
    name_sfx = f" (kopie {copy})" if copy else ""
    members = ref["members"][jz["code"]]
    ids = set()

    def pid(base):
        return unique(slug(base), ids) + sfx

    # -- partijen
    gemeenten = [{"id": pid(m["gemeente_naam"]), "soort": "gemeente",
                  "naam": m["gemeente_naam"], "code": m["gemeente_code"]}
                 for m in members]
    centrum = rng.choice(gemeenten)
    centrum["rol"] = "penvoerder"
    zk_count = {}
    for m in members:
        zk_count[m["zorgkantoorregio_code"]] = zk_count.get(m["zorgkantoorregio_code"], 0) + 1
    zk_codes = sorted(zk_count, key=lambda c: (-zk_count[c], c))
    zorgkantoren = [{"id": pid(f"zk-{c[2:]}"), "soort": "zorgkantoor",
                     "naam": ref["zorgkantoren"][c], "code": c} for c in zk_codes]
    place = lambda: rng.choice(members)["gemeente_naam"]  # noqa: E731
    swvs = []
    for sector in ("po", "vo"):
        for i in range(rng.choice([1, 1, 2])):
            swvs.append({"id": pid(f"swv-{sector}-{i + 1}"), "soort": "samenwerkingsverband",
                         "naam": f"Samenwerkingsverband passend onderwijs {sector.upper()} {place()}",
                         "code": f"{sector.upper()}{jz['code'][2:]}{i + 1:02d}",
                         "sector": sector})
    besturen = []
    for _ in range(rng.randint(2, 4)):
        naam = rng.choice(BOARD_PATTERNS).format(g=place())
        while any(b["naam"] == naam for b in besturen):
            naam = rng.choice(BOARD_PATTERNS).format(g=place())
        besturen.append({"id": pid(naam), "soort": "schoolbestuur", "naam": naam})
    aanbieders = []
    for w in rng.sample(PROVIDER_WORDS, rng.randint(3, 6)):
        naam = rng.choice(PROVIDER_PATTERNS).format(w=w)
        aanbieders.append({"id": pid(naam), "soort": "zorgaanbieder", "naam": naam})
    verzekeraar = None
    if rng.random() < 0.4:
        ins = rng.choice(INSURERS)
        verzekeraar = {"id": pid(f"zv-{ins}"), "soort": "zorgverzekeraar", "naam": ins}

    # -- scholen
    scholen, school_names = [], set()
    swv_po = [s["id"] for s in swvs if s["sector"] == "po"]
    swv_vo = [s["id"] for s in swvs if s["sector"] == "vo"]
    outside = [g for g in ref["gemeenten"]
               if g["code"] not in {m["gemeente_code"] for m in members}]
    for _ in range(rng.randint(16, 24)):
        clusters = rng.choices([[3], [4], [3, 4], [1], [2]], [40, 30, 25, 2.5, 2.5])[0]
        soort = rng.choice(["so", "vso", "so-vso"])
        prefixes = SCHOOL_PREFIX[soort] + (CLUSTER_PREFIX.get(clusters[0], []) if rng.random() < 0.3 else [])
        while True:
            naam = f"{rng.choice(prefixes)} {rng.choice(SCHOOL_NAMES)}"
            if rng.random() < 0.5:
                naam += f" {place()}"
            if naam not in school_names:
                break
        school_names.add(naam)
        leerlingen = rng.randint(40, 250)
        school = {"id": pid(naam), "naam": naam + name_sfx,
                  "brin": None, "vestiging": None, "clusters": clusters, "soort": soort,
                  "schoolbestuur": rng.choice(besturen)["id"],
                  "samenwerkingsverbanden": (([rng.choice(swv_po)] if soort != "vso" else [])
                                             + ([rng.choice(swv_vo)] if soort != "so" else [])),
                  "leerlingen": leerlingen}
        if rng.random() < 0.7:
            homes = rng.sample(members, min(len(members), rng.randint(2, 5)))
            codes = [m["gemeente_code"] for m in homes]
            if rng.random() < 0.2:
                codes.append(rng.choice(outside)["code"])
            weights = [rng.random() + 0.1 for _ in codes]
            # room for the max(1, ...) below, so the sum never exceeds leerlingen (D07)
            total = int(leerlingen * rng.uniform(0.7, 1.0)) - len(codes)
            counts = [max(1, int(total * w / sum(weights))) for w in weights]
            school["herkomst"] = [{"gemeente": c, "leerlingen": n} for c, n in zip(codes, counts)]
        school["zorgaanbieders"] = [a["id"] for a in
                                    rng.sample(aanbieders, rng.choices([1, 2, 3], [55, 35, 10])[0])]
        scholen.append(school)
    if not any({3, 4} & set(s["clusters"]) for s in scholen):
        scholen[0]["clusters"] = [3]
    # BRINs come from the set-wide pool, not from rng: every copy gets fresh
    # ones while rng's stream, and so the copy's shape, stays the same.
    for s in scholen:
        s["brin"], rnd = next(brins)
        suffix = int(rng.choice(["00", "00", "01"]))   # one draw per school, in every round
        s["vestiging"] = f"{s['brin']}{suffix + 2 * rnd:02d}"

    # -- afspraken
    afspraken = {}
    if rng.random() < 0.5:   # else absent: all listed schools are covered
        afspraken["scholen"] = [s["id"] for s in scholen
                                if {3, 4} & set(s["clusters"]) or rng.random() < 0.5]
    in_use = sorted({a for s in scholen for a in s["zorgaanbieders"]})
    afspraken["onderwijsondersteuning"] = {
        "financiers": [s["id"] for s in swvs] + ([besturen[0]["id"]] if rng.random() < 0.2 else []),
        "omschrijving": rng.choice(TEXT["oo"])}
    jvorm = rng.choices(["vrij_toegankelijk", "collectief_ingekocht", "individueel"], [50, 30, 20])[0]
    afspraken["jeugdhulp"] = {
        "vorm": jvorm,
        "financiers": [g["id"] for g in gemeenten] if rng.random() < 0.6 else [centrum["id"]],
        "inkoper": centrum["id"],
        "aanbieders": rng.sample(in_use, min(len(in_use), rng.randint(1, 3)))}
    if rng.random() < 0.6:
        pupils = sum(s["leerlingen"] for s in scholen)
        afspraken["jeugdhulp"]["budget_per_jaar"] = int(pupils * rng.uniform(1500, 4000)) // 1000 * 1000
    afspraken["jeugdhulp"]["omschrijving"] = (MULTILINE_TEXT if rng.random() < 0.3
                                              else TEXT[jvorm][0])
    afspraken["wlz"] = {
        "vorm": rng.choices(["collectief_natura", "individueel_natura"], [65, 35])[0],
        "financier": zorgkantoren[0]["id"],
        "aanbieders": rng.sample(in_use, min(len(in_use), rng.randint(1, 2))),
        "prestatie": "begeleiding",
        "omschrijving": rng.choice(TEXT["wlz"])}
    if verzekeraar:
        afspraken["zvw"] = {"financier": verzekeraar["id"], "omschrijving": TEXT["zvw"][0]}
    afspraken["pgb"] = {"maatwerk_mogelijk": True, "voorwaarden": rng.choice(TEXT["pgb"])}
    gvorm = rng.choice(sorted(GESCHIL_INSTANTIES))
    afspraken["geschillenregeling"] = {"vorm": gvorm,
                                       "instantie": rng.choice(GESCHIL_INSTANTIES[gvorm])}
    if rng.random() < 0.6:
        afspraken["geschillenregeling"]["termijn_weken"] = rng.choice([6, 8, 12])
    afspraken["geschillenregeling"]["omschrijving"] = TEXT["geschil"][0]
    afspraken["doorzettingsmacht"] = {"belegd_bij": centrum["id"]}
    afspraken["ouders"] = {"aanspreekpunt": rng.choice(TEXT["aanspreekpunt"]),
                           "inspraak_aanbieder": rng.random() < 0.9}
    afspraken["zorg_thuis"] = rng.choice(TEXT["thuis"])
    afspraken["gegevensuitwisseling"] = rng.choice(TEXT["gegevens"])
    if rng.random() < 0.85:
        afspraken["buiten_regio"] = rng.choice(TEXT["buiten"])
    ingang = dt.date(rng.choice([2025, 2026, 2026]), 8, 1)
    afspraken["looptijd"] = {"ingang": ingang.isoformat(),
                             "einde": dt.date(ingang.year + 4, 7, 31).isoformat()}
    afspraken["evaluatie"] = {"datum": dt.date(ingang.year + 2, rng.choice([3, 6, 7]), 1).isoformat()}
    if rng.random() < 0.3:
        afspraken["emb"] = {"leerlingen": rng.randint(3, 20),
                            "bedrag_per_leerling": rng.choice([4000, 6000, 7500, 8000]),
                            "schooljaar": "2025-2026"}

    # -- status and sign-off; a file with gaps is never signed
    peildatum = dt.date(2026, 3, 1) + dt.timedelta(days=rng.randint(0, 120))
    status = rng.choices(["concept", "ter_ondertekening", "ondertekend"],
                         [50, 25, 25] if not gap_kinds else [75, 25, 0])[0]
    signers = gemeenten + swvs + zorgkantoren + besturen
    if status != "concept":
        for p in signers:
            p["ondertekenaar"] = {"naam": person(rng), "functie": rng.choice(FUNCTIES[p["soort"]])}
            if status == "ondertekend":
                signed = peildatum - dt.timedelta(days=rng.randint(0, 60))
                p["ondertekenaar"]["datum"] = signed.isoformat()

    doc = {
        "zio": 1,
        "regio": {"naam": jz["naam"] + name_sfx, "jeugdregio": jz["code"],
                  "peildatum": peildatum.isoformat(), "status": status},
        "partijen": signers + aanbieders + ([verzekeraar] if verzekeraar else []),
        "scholen": scholen,
        "afspraken": afspraken,
    }
    gaps = [apply_gap(kind, doc, rng) for kind in gap_kinds]
    return doc, gaps


def apply_gap(kind, doc, rng):
    """Put one realistic defect into `doc`; return what and where, for the manifest."""
    a = doc["afspraken"]
    if kind == "geschillenregeling":
        if rng.random() < 0.5:
            del a["geschillenregeling"]
            return {"kind": kind, "rule": "W02", "path": "afspraken.geschillenregeling",
                    "detail": "missing"}
        del a["geschillenregeling"]["instantie"]
        return {"kind": kind, "rule": "W02", "path": "afspraken.geschillenregeling.instantie",
                "detail": "missing"}
    if kind == "pgb":
        a["pgb"] = {"maatwerk_mogelijk": False}
        return {"kind": kind, "rule": "W04", "path": "afspraken.pgb.maatwerk_mogelijk",
                "detail": "false"}
    if kind == "verwijzing":
        variant = rng.choice(["inkoper", "aanbieder", "financier"])
        if variant == "inkoper":    # a typo: one letter dropped from the real id
            real = a["jeugdhulp"]["inkoper"]
            # one draw whatever the id's length, so copies stay in step
            i = 1 + int(rng.random() * (len(real) - 2))
            a["jeugdhulp"]["inkoper"] = bad = real[:i] + real[i + 1:]
            path = "afspraken.jeugdhulp.inkoper"
        elif variant == "aanbieder":
            i = rng.randrange(len(doc["scholen"]))
            doc["scholen"][i]["zorgaanbieders"].append(bad := "zorgaanbieder-onbekend")
            path = f"scholen[{i}].zorgaanbieders"
        else:
            a["wlz"]["financier"] = bad = "zk-99"
            path = "afspraken.wlz.financier"
        known = {p["id"] for p in doc["partijen"]}
        assert bad not in known, bad
        return {"kind": kind, "rule": "D03", "path": path, "detail": bad}
    if kind == "datum":
        bad = rng.choice(["2026-02-30", "2027-02-29", "2026-04-31", "2028-06-31"])
        where = rng.choice(["evaluatie", "ingang", "peildatum"])
        if where == "evaluatie":
            a["evaluatie"]["datum"], path = bad, "afspraken.evaluatie.datum"
        elif where == "ingang":
            a["looptijd"]["ingang"], path = bad, "afspraken.looptijd.ingang"
        else:
            doc["regio"]["peildatum"], path = bad, "regio.peildatum"
        return {"kind": kind, "rule": "D06", "path": path, "detail": bad}
    raise ValueError(kind)


GAP_KINDS = ["geschillenregeling", "pgb", "verwijzing", "datum"]


def plan_gaps(codes, seed):
    """Which regions get which gaps: GAP_SHARE of them, every kind used."""
    rng = random.Random(f"{seed}:gaps")
    chosen = rng.sample(codes, max(len(GAP_KINDS), round(GAP_SHARE * len(codes))))
    plan = {}
    for i, code in enumerate(sorted(chosen)):
        kinds = [GAP_KINDS[i % len(GAP_KINDS)]]
        if rng.random() < SECOND_GAP_SHARE:
            kinds.append(rng.choice([k for k in GAP_KINDS if k != kinds[0]]))
        plan[code] = kinds
    return plan


def build_landelijk():
    return {
        "zio": 1,
        "rapportage": {"titel": "Voortgang verbeteraanpak Zorg in Onderwijstijd",
                       "peildatum": "2026-06-30",
                       "kenmerk": "Benchmarkgegevens, niet echt"},
        "acties": [
            {"nummer": 1, "titel": "Aanpassen wetgeving voor cluster 3 en 4",
             "status": "in_uitvoering",
             "toelichting": "OOGO-plicht met geschillenregeling in het wetsvoorstel Reikwijdte."},
            {"nummer": 2, "titel": "Stimuleren van regionale afspraken",
             "status": "in_uitvoering",
             "toelichting": "Collectieve, vrij toegankelijke zorg met ruimte voor maatwerk-pgb."},
            {"nummer": 3, "titel": "Informatie en ondersteuning",
             "status": "afgerond",
             "toelichting": "Leidraad Zorg in Onderwijstijd, eerste versie oktober 2025."},
            {"nummer": 4, "titel": "Cluster 1 en 2 via het Landelijk Transitiearrangement",
             "status": "afgerond"},
            {"nummer": 5, "titel": "Voortzetten EMB-regeling tot eind 2026",
             "status": "gepland"},
        ],
        "moties": [
            {"kamerstuk": "31 839, nr. 960", "indieners": ["Drost", "Ceder"],
             "onderwerp": "Zorg in onderwijstijd (illustratief)", "status": "afgedaan",
             "toelichting": "Afgedaan met de voortgangsbrief."},
            {"kamerstuk": "31 839, nr. 9999", "indieners": ["Jansen"],
             "onderwerp": "Fictieve motie voor de benchmark", "status": "in_behandeling"},
        ],
    }


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", metavar="OUT_DIR")
    ap.add_argument("--scale", type=int, default=1, help="copies of every region (default 1)")
    ap.add_argument("--seed", default="1", help="random seed (default 1)")
    ap.add_argument("--data-dir", default=os.path.join(here, os.pardir, "data"),
                    help="CBS reference CSVs (default: ../data next to this script)")
    ap.add_argument("--check", action="store_true",
                    help="read every written file back and compare with what was meant")
    args = ap.parse_args(argv)
    if args.scale < 1:
        ap.error("--scale must be at least 1")

    ref = load_reference(args.data_dir)
    os.makedirs(args.out_dir, exist_ok=True)
    plan = plan_gaps([jz["code"] for jz in ref["jeugdregios"]], args.seed)
    brins = brin_pool(args.seed)
    sections = {"partijen": "Partijen", "scholen": "Scholen", "afspraken": "Afspraken"}
    manifest = {"seed": args.seed, "scale": args.scale, "files": [], "gaps": {},
                "schools": 0, "bytes": 0}
    written = {}

    for copy in range(args.scale):
        for jz in ref["jeugdregios"]:
            doc, gaps = build_region(ref, jz, copy, args.seed, brins, plan.get(jz["code"], []))
            name = f"{jz['code'].lower()}{'-k%d' % copy if copy else ''}.yaml"
            header = [f"Regio {doc['regio']['naam']}: fictieve benchmarkgegevens,",
                      f"gegenereerd door bench/generate.py (seed {args.seed}).",
                      "Gemeenten en zorgkantoren: Bron: CBS, PDOK."]
            written[name] = doc
            manifest["schools"] += len(doc["scholen"])
            if gaps:
                manifest["gaps"][name] = gaps
            text = to_yaml(doc, header, sections)
            manifest["files"].append(name)
            manifest["bytes"] += len(text.encode())
            with open(os.path.join(args.out_dir, name), "w", encoding="utf-8") as f:
                f.write(text)
    land = build_landelijk()
    text = to_yaml(land, ["Landelijke voortgang: fictieve benchmarkgegevens."])
    with open(os.path.join(args.out_dir, "landelijk.yaml"), "w", encoding="utf-8") as f:
        f.write(text)
    written["landelijk.yaml"] = land
    manifest["files"].append("landelijk.yaml")
    manifest["bytes"] += len(text.encode())
    with open(os.path.join(args.out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")

    if args.check:
        for name, doc in written.items():
            with open(os.path.join(args.out_dir, name), encoding="utf-8") as f:
                if load_yaml(f) != doc:
                    sys.exit(f"generate: {name} does not read back as generated")
    print(f"generate: {len(manifest['files'])} files, {manifest['schools']} schools, "
          f"{manifest['bytes'] / 1e6:.1f} MB, {len(manifest['gaps'])} with gaps -> {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
