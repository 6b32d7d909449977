"""Places: a valley, mountain or plain named after a place the document locates («قرى وادي جازان»).

Arabic names many valleys and mountains after the town or region they run through or rise over: «وادي
جازان», «وادي نجران», «وادي حضرموت», «جبل لبنان», «سهل نينوى». Few of them are in any gazetteer, but the
place they are named after often is, and the feature lies on it or by it. So:

- :func:`head_and_name` reads «وادي جازان» as a natural head and the name of a place;
- the tagger often takes such a name for a person («وادي جازان» as PER): :func:`named_after_place` says
  whether every mention of an entity is a natural head and a name the gazetteer places in a country the
  document talks about, so the stage may retype it;
- :func:`place_by_namesake` gives a natural feature no gazetteer knows the coordinates of the place of the
  same name the document has located, ``precision = "near"`` (ACLED geo-precision 2), as the containers
  rule does (:mod:`marsad.geo.containers`).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.geo.context import place_near
from marsad.model import Entity, Place
from marsad.text.normalize import normalize

NATURAL_HEADS = frozenset(normalize(w) for w in "وادي جبل جبال سهل هضبة".split())
"""Heads of natural features named after a place («وادي جازان», «جبل لبنان», «سهل نينوى»)."""


def head_and_name(text: str) -> str | None:
    """The normalised name after a natural head («وادي جازان» → «جازان»), or None when the text does not
    start with one or has nothing after it."""
    words = normalize(text).split()
    if len(words) < 2:
        return None
    head = words[0]
    if head[:1] in ("و", "ف", "ب") and head[1:] in NATURAL_HEADS:
        head = head[1:]
    return " ".join(words[1:]) if head in NATURAL_HEADS else None


def named_after_place(ent: Entity, places_in_document: Callable[[str], bool]) -> bool:
    """Whether every mention of an entity is a natural head and a name that ``places_in_document`` finds
    (a gazetteer place in a country the document talks about)."""
    names = [head_and_name(m.text) for m in ent.mentions]
    return bool(names) and all(n is not None and places_in_document(n) for n in names)


def place_by_namesake(places: list[Place]) -> None:
    """«قرى وادي جازان»: a place with no coordinates whose name is a natural head and the name of a place
    the document has located lies on or by that place; it takes its coordinates (``near``) and is a
    natural feature."""
    located: dict[str, Place] = {}
    for p in places:
        if p.lat is None or p.precision != "exact":
            continue
        for m in p.mentions:
            located.setdefault(normalize(m.text), p)
    if not located:
        return
    for p in places:
        if p.lat is not None:
            continue
        name = head_and_name(p.name)
        host = located.get(name) if name else None
        if host is None:
            continue
        place_near(p, host)
        p.feature = "natural"
