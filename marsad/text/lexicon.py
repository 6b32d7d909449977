"""The Arabic word lexicon: word frequencies from wordfreq, folded with marsad's normalisation.

wordfreq (Apache-2.0 code, CC BY-SA 4.0 data) ships an Arabic frequency list of ~620,000 word forms
compiled from Wikipedia, subtitles, news, books and the web. marsad uses it to validate clitic
segmentations (a split is kept only when the stem is a word) and as a NER feature (rare words are
more often names). The list is loaded once per process and keyed by :func:`normalize`, so spelling
variants (أ/ا, ة/ه, ى/ي …) share one entry.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import normalize

ABSENT = -1.0

_PACKAGE = Path(__file__).resolve().parent.parent
NAME_SOURCES = (
    # (file, columns holding names, minimum population or None)
    (_PACKAGE / "ner" / "data" / "gazetteer.tsv", (2,), None),
    (_PACKAGE / "geo" / "data" / "countries_ar.tsv", ("names", "nisba"), None),
    (_PACKAGE / "geo" / "data" / "curated_places.tsv", ("names",), None),
    (_PACKAGE / "geo" / "data" / "geonames_ar.tsv", ("names",), 10_000),
)
"""The name lists whose one-word names are never cut into clitics (see :func:`protected_names`)."""
"""Zipf value returned for a word the lexicon does not know."""


@lru_cache(maxsize=1)
def zipf_table() -> dict[str, float]:
    """``{normalised word: Zipf frequency}`` (log10 of occurrences per billion words)."""
    import wordfreq

    table = wordfreq.get_frequency_dict("ar")
    words = list(table)
    # one normalisation pass over all the words joined by newlines (which the folding never touches)
    # instead of 620,000 calls: the same keys, about ten times faster at start-up
    keys = normalize("\n".join(words)).split("\n")
    if len(keys) != len(words):  # a word holding a line break would shift the keys: fall back
        keys = [normalize(w) for w in words]
    summed: dict[str, float] = {}
    for key, word in zip(keys, words, strict=True):
        summed[key] = summed.get(key, 0.0) + table[word]
    return {k: round(math.log10(v * 1e9), 2) for k, v in summed.items() if v > 0}


def zipf(norm_word: str) -> float:
    """Zipf frequency of an already normalised word, :data:`ABSENT` when unknown."""
    return zipf_table().get(norm_word, ABSENT)


def glued_conjunction(norm_word: str) -> str | None:
    """The word without a leading «و» that the tokenizer left on it, or None.

    The tokenizer splits a clitic off only when the rest is a known word, so «والفريكة» (and the
    unknown name in it) stays whole; a word whose form without «و» is more frequent than with it
    («والحوثيين»), or that is rare as it is, is read as «و» + word.
    """
    if norm_word.startswith("و") and len(norm_word) >= 4 and zipf(norm_word) < max(3.0, zipf(norm_word[1:])):
        return norm_word[1:]
    return None


@lru_cache(maxsize=1)
def protected_names() -> frozenset[str]:
    """Normalised one-word names from marsad's gazetteers: persons, organisations and places.

    A word that is a known name as a whole is never split into clitic + stem, even when the lexicon
    knows a stem inside it: فزان is Fezzan, not ف + زان; وجدة is Oujda, not و + جدة. The lists are
    read from the raw names in the data files (never from their matching keys), so the set does not
    depend on the segmentation it protects.
    """
    names: set[str] = set()
    tagged: set[str] = set()  # names from a corpus annotated on whole words, which may carry clitics
    for path, columns, min_population in NAME_SOURCES:
        if not path.exists():
            continue
        header: list[str] | None = None
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if header is None and not isinstance(columns[0], int):
                    header = cols
                    continue
                row = dict(zip(header, cols, strict=False)) if header else {}
                if min_population is not None and int(row.get("population") or 0) < min_population:
                    continue
                for col in columns:
                    value = cols[col] if isinstance(col, int) and col < len(cols) else row.get(str(col), "")
                    for name in value.split("|"):
                        name = name.strip()
                        if name and " " not in name:
                            (tagged if isinstance(col, int) else names).add(normalize(name))
    # WikiFANE tags whole words, so its list holds «للجزائر» and «لإسرائيل»: a tagged name that is
    # a clitic plus another known name is not a name of its own
    for name in tagged:
        if not any(rest in names or rest in tagged for rest in _clitic_rests(name)):
            names.add(name)
    return frozenset(names)


def _clitic_rests(word: str) -> list[str]:
    """What is left of ``word`` after each possible run of proclitics (و ف, then ب ل ك, or لل → ال)."""
    out: list[str] = []
    for conj in ("", "و", "ف"):
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj) :]
        if conj:
            out.append(rest)
        for prep in ("ب", "ل", "ك"):
            if rest.startswith(prep) and len(rest) > 3:
                out.append(rest[1:])
        if rest.startswith("لل") and len(rest) > 4:
            out.append("ال" + rest[2:])
    return out
