"""Places: a name the tagger took for a place that the text sets in apposition to a person's title.

«المبعوث الأممي، مارتن #غريفيث» (the UN envoy, Martin Griffiths): a name after a title, a comma and at most one
other word (the given name) names the person the title describes. Arabic news introduces people this way
every day («وزير الخارجية، سيرغي لافروف», «السفيرة الأمريكية، نيكي هايلي»); a place after a title is its
complement instead, with no comma between («محافظ عدن», «سفير السعودية»). A place no gazetteer knows, placed only
by the place beside it (``precision = "near"``), that is so apposed anywhere in the text is that person: it keeps
its country but not those coordinates, as a common word does
(:func:`marsad.geo.document._unplace_words`). Used by :class:`marsad.geo.PlaceStage`.
"""

from __future__ import annotations

from marsad.model import Document, Mention, Place
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

TITLES = frozenset(
    normalize(w)
    for w in (
        "المبعوث مبعوث الرئيس رئيس الوزير وزير السفير السفيرة سفير المتحدث الناطق المتحدثة الناطقة "
        "المستشار المستشارة الأمين المدير المديرة القائد الجنرال العقيد اللواء العميد النائب النائبة "
        "الصحفي الصحفية المراسل المراسلة الكاتب الكاتبة الباحث الباحثة المحلل المدرب اللاعب"
    ).split()
)
"""Title nouns that Arabic news sets before a person's name, in apposition after a comma."""
COMMAS = frozenset(("،", ","))


def apposed_to_title(text: str, m: Mention) -> bool:
    """Whether a mention follows a title, a comma and at most one other word, with at most two definite words
    after the title: «المبعوث الأممي، مارتن #غريفيث», «وزير الخارجية الروسي، سيرغي لافروف»."""
    toks = [t for t in tokenize(text, max(0, m.start - 60), m.start) if t.norm not in ("#", "_")]
    k = len(toks) - 1
    if k >= 0 and toks[k].norm not in COMMAS:
        k -= 1  # the given name
    if k < 1 or toks[k].norm not in COMMAS:
        return False
    k -= 1
    for _ in range(2):  # «الأممي», «الخارجية الروسي»: the title's complement and adjective
        if k > 0 and toks[k].core not in TITLES and toks[k].core.startswith("ال"):
            k -= 1
    return k >= 0 and toks[k].core in TITLES


def unplace_persons(doc: Document, places: list[Place], announced: dict[str, str]) -> None:
    """A place no gazetteer knows, placed only by the place beside it, with a mention apposed to a person's
    title (:func:`apposed_to_title`) keeps its country but not those coordinates; a name a kind word
    announces («قرية الزيادية») is a place's (``announced``: the entity ids of such names)."""
    for p in places:
        if p.precision != "near" or p.entity_id in announced:
            continue
        if any(apposed_to_title(doc.text, m) for m in p.mentions):
            p.lat = p.lon = None
            p.precision = "country"
