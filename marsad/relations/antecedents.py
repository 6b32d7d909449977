"""The whole a relative verb of containing describes: «مجموعة «5+1»، التي تضم روسيا والولايات المتحدة …»,
«دول الجوار، التي تضم مصر والجزائر وتونس» — the antecedent before «الذي/التي» is the whole, even past a
quoted name or a number the recogniser left outside it and a comma; and a relative verb never takes its
subject after it, so when no antecedent is found the first part listed after the verb is no whole (not
«روسيا» of the list above). Used by :func:`marsad.relations.heading.whole_ends`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import RELATIVES, SentenceSlots
from marsad.text.tokens import is_arabic_word

LOOSE_WORDS = 6
"""At most this many tokens between the antecedent and the relative pronoun (all of them no word)."""


def relative_antecedent(ctx: SentenceSlots, i: int) -> Candidate | None:
    """The antecedent of a relative pronoun right before the cue at ``i`` (a candidate whose end is
    separated from the pronoun only by punctuation, quotes or digits), or None."""
    keys, toks = ctx.keys, ctx.sent.tokens
    if i == 0 or keys[i - 1] not in RELATIVES:
        return None
    ante = max((c for c in ctx.cands if c.last < i - 1), key=lambda c: c.last, default=None)
    if ante is None:
        return None
    gap = range(ante.last + 1, i - 1)
    if len(gap) > LOOSE_WORDS or any(is_arabic_word(toks[k]) for k in gap):
        return None
    return ante


def after_relative(ctx: SentenceSlots, i: int) -> bool:
    """The cue at ``i`` is a relative verb («التي تضم»): its subject is never after it."""
    return i > 0 and ctx.keys[i - 1] in RELATIVES
