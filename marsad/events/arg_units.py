"""A unit and the force it belongs to are one event argument: «مفرزة للجيش الوطني الشعبي».

Military and security communiqués name the unit that acted by an indefinite unit noun with the force after a
glued ل: «مفرزة للجيش الوطني الشعبي» (the Algerian Ministry of Defence's daily formula), «فرقة للقوات شبه
العسكرية», «دورية للشرطة», «وحدة للحرس الوطني», «كتيبة لقوات الدعم السريع», with an adjective or two between
(«مفرزة مشتركة للجيش الوطني الشعبي»). The ل-phrase qualifies the noun (a unit of the army), it is no second
side; and when ل fuses with the article («للجيش») the force's own name starts inside the word, so alone it
could not be given as an argument at all. One candidate from the unit noun to the force's name keeps both.
"""

from __future__ import annotations

from marsad.events.arg_joins import join_next
from marsad.events.constructions import bare_nisba
from marsad.events.mention import Candidate
from marsad.model import Token
from marsad.text.normalize import normalize

UNITS = frozenset(
    normalize(w)
    for w in (
        "مفرزة مفارز فرقة فرق كتيبة كتائب وحدة وحدات قوة دورية دوريات سرية سرايا فصيلة فصائل لواء رتل مجموعة"
        " مجموعات خلية"
    ).split()
)
"""Indefinite unit nouns, as keys (no article, no clitic)."""


def join_units(cands: list[Candidate], toks: list[Token], keys: list[str], text: str) -> list[Candidate]:
    """``cands`` (in token order) with each bare indefinite unit noun joined to the force named right after
    it behind a glued ل («مفرزة للجيش الوطني الشعبي» is one candidate carrying the force's entity)."""

    def joins(c: Candidate, nxt: Candidate) -> bool:
        return (
            c.entity is None
            and not c.unknown_place
            and c.first == c.last
            and keys[c.first] in UNITS
            and not toks[c.first].core.startswith("ال")
            and _adjectives_between(toks, c.last + 1, nxt.first)
            and "ل" in toks[nxt.first].prefix
            and nxt.place is None
            and not nxt.unknown_place
            and not nxt.civilian
        )

    return join_next(cands, text, joins)


ADJECTIVES_BETWEEN = 2


def _adjectives_between(toks: list[Token], a: int, b: int) -> bool:
    """Tokens ``a``…``b - 1`` are at most two adjectives of the unit noun («مفرزة مشتركة للجيش», «دورية راجلة
    للحرس»): bare words with a nisba or a feminine ending."""
    if b - a > ADJECTIVES_BETWEEN:
        return False
    return all(
        not toks[j].prefix and toks[j].core[:1].isalpha() and (bare_nisba(toks[j]) or toks[j].core.endswith("ه"))
        for j in range(a, b)
    )
