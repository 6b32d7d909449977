"""A body's describing phrase between a title's body and its holder's name: «رئيس ائتلاف "الفتح" الموالي لإيران
هادي العامري», «زعيم حزب الدعوة المقرب من طهران نوري المالكي» — the modifier cue and the actor it names are the
body's, and the name after them still holds the title. Used by :func:`marsad.relations.ends.title_ends`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import CLAUSE_WORDS, SentenceSlots, is_person

MODIFIER_WORDS = 3
"""At most this many cue words in the describing phrase («الموالي لـ», «المقرب من», «المدعوم من»)."""


def past_modifier(ctx: SentenceSlots, end: int) -> int:
    """The last token of a cue phrase right after token ``end`` and of the actor it names (no person), or
    ``end`` when no cue follows."""
    k = end
    while k + 1 < len(ctx.keys) and k + 1 in ctx.cue_tokens and k - end < MODIFIER_WORDS:
        k += 1
    if k == end:
        return end
    named = ctx.at(k + 1)
    if named is None or named.first != k + 1 or named.entity is None or named.entity.type == "PER":
        return end
    return named.last


def holder_after(ctx: SentenceSlots, after: list[Candidate], end: int) -> Candidate | None:
    """The person holding a title whose body ends at token ``end``: the first person among ``after`` (the cue's
    actors after it; the sentence's, past a describing phrase) within three words of the body or the phrase."""
    described = past_modifier(ctx, end)
    return next(
        (
            c
            for c in (after if described == end else ctx.cands)
            if c.first > end
            and c.first - described <= 3
            and is_person(c)
            and c.first not in ctx.obliques
            and not any(ctx.keys[j] in CLAUSE_WORDS for j in range(end + 1, c.first))
        ),
        None,
    )
