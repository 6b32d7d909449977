"""The Arabic word lexicon: word frequencies from wordfreq, folded with marsad's normalisation.

wordfreq (Apache-2.0 code, CC BY-SA 4.0 data) ships an Arabic frequency list of ~620,000 word forms
compiled from Wikipedia, subtitles, news, books and the web. marsad uses it to validate clitic
segmentations (a split is kept only when the stem is a word) and as a NER feature (rare words are
more often names). The list is loaded once per process and keyed by :func:`normalize`, so spelling
variants (أ/ا, ة/ه, ى/ي …) share one entry.

Folding the 620,000 words takes about 2.5 s, paid by every command at start-up; the folded table is
therefore kept in the user's cache folder (``$MARSAD_CACHE``, else ``$XDG_CACHE_HOME/marsad``, else
``~/.cache/marsad``) under a name that changes with the wordfreq version and the folding code, and
read back in a fraction of that. A cache that cannot be written or read is simply rebuilt: the table
is the same either way.
"""

from __future__ import annotations

import hashlib
import marshal
import math
import os
import tempfile
from collections import Counter
from functools import lru_cache
from importlib import metadata
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


def _cache_file() -> Path:
    base = os.environ.get("MARSAD_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "marsad"
    )
    folding = (Path(__file__).resolve().parent / "normalize.py").read_bytes()
    tag = hashlib.sha1(metadata.version("wordfreq").encode() + b"|" + folding).hexdigest()[:16]
    return Path(base) / f"word-frequencies-{tag}.marshal"


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """``{normalised word: frequency}`` (the summed wordfreq frequencies of the words folding to it),
    from the cache folder when a table built by the same wordfreq and folding is there."""
    try:
        path: Path | None = _cache_file()
    except (OSError, metadata.PackageNotFoundError):
        path = None
    if path is not None and path.exists():
        try:
            cached = marshal.loads(path.read_bytes())
            if isinstance(cached, dict) and len(cached) > 100_000:
                return cached
        except (OSError, ValueError, EOFError, TypeError):
            pass  # unreadable: rebuilt and written again below
    table = _fold_frequencies()
    if path is not None:
        _write_cache(path, marshal.dumps(table))
    return table


def _write_cache(path: Path, data: bytes) -> None:
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: a concurrent reader sees no file or the whole of it
    except OSError:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


def _fold_frequencies() -> dict[str, float]:
    import wordfreq

    table = wordfreq.get_frequency_dict("ar")
    words, freqs = list(table), list(table.values())
    # one normalisation pass over all the words joined by newlines (which the folding never touches)
    # instead of 620,000 calls: the same keys, about ten times faster at start-up
    keys = normalize("\n".join(words)).split("\n")
    if len(keys) != len(words):  # a word holding a line break would shift the keys: fall back
        keys = [normalize(w) for w in words]
    summed = dict(zip(keys, freqs, strict=True))  # built in C; keys that several words fold to are redone
    if len(summed) < len(keys):
        shared = {k for k, n in Counter(keys).items() if n > 1}
        summed.update(dict.fromkeys(shared, 0.0))
        for key, f in zip(keys, freqs, strict=True):
            if key in shared:
                summed[key] += f
    return summed


def zipf(norm_word: str) -> float:
    """Zipf frequency (log10 of occurrences per billion words, two decimals) of an already normalised
    word, :data:`ABSENT` when unknown."""
    f = word_frequencies().get(norm_word, 0.0)
    return round(math.log10(f * 1e9), 2) if f > 0 else ABSENT


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
