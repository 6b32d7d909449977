"""The place an attack noun's relative clause gives it wins over a place before the noun.

News prose recalls an attack by a definite noun and a relative clause that says where it happened or what it
hit: «بعد حادث إطلاق الرصاص الذي وقع بتشاتانوجا في تنيسي», «وذلك بعد الهجوم بالقذائف الصاروخية الذي استهدف
مصنع الغاز بكريشبة», «على غرار الهجوم الذي استهدف متحف باردو». A place named earlier in the sentence belongs to
the fact the noun is the background of («سيسمح بتسليح المزيد من الجنود في المنشآت داخل الولايات المتحدة بعد
حادث …», «رفع حالة التأهب القصوى بمحيط المنشآت الغازية بعين أمناس …، وذلك بعد الهجوم …»). The place finder of
:mod:`marsad.events.location` reads such a relative clause only when the trigger's clause has no place at all.
"""

from __future__ import annotations

from marsad.events.constructions import CLAUSE_BREAKS, RELATIVE_PRONOUNS
from marsad.events.mention import Candidate
from marsad.model import Token
from marsad.text.normalize import normalize

HAPPENED = frozenset(
    normalize(w) for w in "وقع وقعت حدث حدثت جرى جرت استهدف استهدفت ضرب ضربت طال طالت هز هزت شهده شهدها".split()
)
"""Verbs of a relative clause that locate or aim the attack («الذي وقع في», «الذي استهدف مصنع الغاز بكريشبة»,
«الذي هز العاصمة», «الذي شهدته المدينة»)."""
NOUN_REACH = 3
"""At most this many words between the attack noun and the relative pronoun («الهجوم بالقذائف الصاروخية الذي»)."""
CLAUSE_REACH = 6
"""At most this many words from the verb of the relative clause to the place («استهدف مصنع الغاز بكريشبة»)."""
BREAKS = CLAUSE_BREAKS | frozenset("()")
"""A clause break or a bracket: the search for the relative clause and its place stops there."""


def relative_place(toks: list[Token], keys: list[str], last: int, every: list[Candidate]) -> Candidate | None:
    """The first named place within :data:`CLAUSE_REACH` words after the verb of a relative clause about the
    attack noun ending at ``last`` (the verb one of :data:`HAPPENED`), before any punctuation."""
    rel = None
    for j in range(last + 1, min(last + 2 + NOUN_REACH, len(toks))):
        if toks[j].text in BREAKS:
            return None
        if keys[j] in RELATIVE_PRONOUNS:
            rel = j
            break
    if rel is None or rel + 1 >= len(toks) or keys[rel + 1] not in HAPPENED:
        return None
    verb = rel + 1
    stop = verb + 1
    while stop < len(toks) and stop <= verb + CLAUSE_REACH and toks[stop].text not in BREAKS:
        stop += 1
    places = [c for c in every if verb < c.first < stop and _placelike(c)]
    return min(places, key=lambda c: c.first) if places else None


def _placelike(c: Candidate) -> bool:
    return c.unknown_place or c.place is not None or (c.entity is not None and c.entity.type in ("LOC", "GPE", "FAC"))
