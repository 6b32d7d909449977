"""Place names the tagger buried in a longer span, split out before mentions are made.

Two constructions of news Arabic make the taggers (CRF and neural alike) join a place to its
neighbours in one span:

* a governor's title, then the governed place, then the governor's name: «محافظ عدن نائف البكري»
  comes out as one person «عدن نائف البكري». When the word before a person span is such a title
  (:data:`GOVERNOR_TITLES`) and the span starts with a name the place gazetteer knows, the place
  becomes its own LOC span and the rest stays the person;
* a route or a list written with dashes: «طريق ( الرياض ـ الرين ـ بيشة )» comes out as one
  organisation. A span whose parts between dashes are short, at least one of them a known place,
  becomes one LOC span per part.

Hand-written: the rules read the gazetteer the geocoder uses; no tagger here sees it at this point.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.geo.gazetteer import load_places
from marsad.model import Token
from marsad.text.normalize import normalize

GOVERNOR_TITLES = frozenset(normalize(w) for w in "محافظ والي حاكم عمدة أمير رئيس_بلدية".replace("_", " ").split()) | {
    "بلديه"
}
"""Words after which a person span's first name is the place governed («محافظ عدن», «أمير منطقة …»);
«رئيس بلدية X» is reached through its last word."""
DASHES = frozenset(("ـ", "–", "-", "—"))
MAX_PART = 3
"""Most tokens in one dash-separated part of a list of places."""


def _known(toks: Sequence[Token], i: int) -> int:
    """Tokens of the gazetteer place name starting at ``toks[i]`` (0: none); nisba adjectives are no place."""
    g = load_places()
    hit = g.index.longest(toks, i, toks[i].core)
    if hit is None or all(e.nisba for e in g.lookup(hit)):
        return 0
    return len(hit)


def split_places(text: str, toks: Sequence[Token], spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """The ``spans`` (start, end, type over ``toks`` of ``text``) with buried place names split out."""
    out: set[tuple[int, int, str]] = set()
    for a, b, typ in spans:
        parts = _dash_parts(text, toks, a, b)
        if parts is not None:
            out.update((s, e, "LOC") for s, e in parts)
            continue
        if typ == "PER" and a > 0 and toks[a - 1].core in GOVERNOR_TITLES:
            n = _known(toks, a)
            if 0 < n < b - a:
                out.add((a, a + n, "LOC"))
                out.add((a + n, b, "PER"))
                continue
        out.add((a, b, typ))
    return out


def _dash_parts(text: str, toks: Sequence[Token], a: int, b: int) -> list[tuple[int, int]] | None:
    """The parts of a span written as a dash list of places, or None when it is not one.

    A dash is a token, or a lone tatweel between two tokens (the tokenizer skips it as formatting)."""
    parts: list[tuple[int, int]] = []
    start = a
    for k in range(a, b):
        if toks[k].norm in DASHES:
            end, nxt = k, k + 1
        elif k + 1 < b and "ـ" in text[toks[k].end : toks[k + 1].start]:
            end, nxt = k + 1, k + 1
        else:
            continue
        if not 0 < end - start <= MAX_PART:
            return None
        parts.append((start, end))
        start = nxt
    if not parts or not 0 < b - start <= MAX_PART:
        return None
    parts.append((start, b))
    if not any(_known(toks, s) == e - s for s, e in parts):
        return None
    return parts
