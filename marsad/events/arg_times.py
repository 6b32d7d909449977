"""The object of a verb past a time aside: «هاجمت قوات الجيش فجر الخميس أماكن تواجد الميليشيات المسلحة», «يلتقي
كيري في العاصمة القطرية الاثنين نظراءه». Arabic news puts the time of the act («فجر الخميس», «صباح اليوم»,
«أمس») between the verb (or its subject) and the object; the words of the time aside do not count towards the
reach within which a direct object (one under no preposition) must stand."""

from __future__ import annotations

from marsad.events.constructions import TIME_WORDS, preposition
from marsad.events.mention import Candidate
from marsad.events.sharing import BARE_PREPOSITIONS
from marsad.model import Token

OBJECT_REACH = 4
"""Words from the verb to its object, the time aside left out."""


def object_gap(toks: list[Token], keys: list[str], a: int, c: Candidate) -> int:
    """Words from index ``a`` to the candidate ``c`` after it, less the words of time between them
    (:data:`~marsad.events.constructions.TIME_WORDS`: «فجر», «صباح», «اليوم», «أمس», the days of the week) when
    ``c`` is a direct object, under no preposition («تنديدا، الخميس، بحكومة», «الاثنين في دول» keep their full
    distance)."""
    gap = c.first - a
    if preposition(toks[c.first]) or keys[c.first - 1] in BARE_PREPOSITIONS:
        return gap
    return gap - sum(1 for j in range(a + 1, c.first) if keys[j] in TIME_WORDS)


def object_after(
    toks: list[Token], keys: list[str], last: int, after: list[Candidate], reach: int = OBJECT_REACH
) -> Candidate | None:
    """The first candidate of ``after`` when it stands within ``reach`` words of the verb ending at ``last``
    (:func:`object_gap`)."""
    if not after:
        return None
    return after[0] if object_gap(toks, keys, last, after[0]) <= reach else None
