"""The person a host met, named past his titles right after a meeting noun with a pronoun: «خلال لقائه الرئيس
اليمني عبدربه منصور هادي», «لدى استقباله وزير الخارجية السعودي عادل الجبير», «خلال اجتماعه نظيره المصري سامح
شكري». Gulf and Egyptian press put the person met in the accusative straight after «لقائه/استقباله», titles
first; the pronoun is the host. Used by :func:`marsad.relations.between.between_ends` and
:func:`marsad.relations.genitive.genitive_ends`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import CLAUSE_WORDS, PREPOSITIONS, SentenceSlots, clitics, is_person

TITLE_REACH = 6
"""At most this many words from the meeting noun to the name («لقائه وزير الدولة للشؤون الخارجية X» is out)."""
MARKS = frozenset('.،,:؛؟!()"«»')
"""Punctuation that ends the title run: a name past it is another phrase's."""


def met_after(ctx: SentenceSlots, last: int) -> Candidate | None:
    """The first person starting within :data:`TITLE_REACH` words after token ``last`` when only title words
    stand between (no punctuation, preposition, clause word or glued و/ف/ب/ل; a body a title names, as in «رئيس
    الحكومة الليبية», is part of the title), else None."""
    toks, keys = ctx.sent.tokens, ctx.keys
    for c in ctx.cands:
        if c.first <= last:
            continue
        if c.first - last > TITLE_REACH or c.after_prep:
            return None
        between = range(last + 1, c.first)
        if any(
            toks[k].text in MARKS or keys[k] in PREPOSITIONS or keys[k] in CLAUSE_WORDS or clitics(toks[k])
            for k in between
        ):
            return None
        if is_person(c):
            return c
        if c.first not in ctx.titles:
            return None  # a body of its own, not one a title names («رئيس الحكومة الليبية X»)
    return None


__all__ = ["met_after"]
