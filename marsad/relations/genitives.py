"""A title's holder is never the genitive of another office governed by ل: «مصدر مسؤول في الحكومة اليمنية
المرافقة لرئيس الوزراء لـ«عكاظ» أن …» — «الوزراء» belongs to «لرئيس», the office the government accompanies,
and holds no title of the cue; an unnamed «مصدر» before the title is then its holder (as «مصدر مسؤول في X»
reads everywhere else). Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.relations.slots import OFFICES, Ends, Hit, SentenceSlots, has_lam
from marsad.relations.words import SOURCE_NOUNS

SOURCES = SOURCE_NOUNS
"""Unnamed informants that may stand before a member title («مصدر مسؤول في»)."""


def no_office_genitives(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of a title cue without a holder that is the word governed by «لرئيس/لوزير/…» after the cue;
    the informant noun right before the title takes its place."""
    if not ends or h.cue.pattern != "title" or h.cue.type not in ("member_of", "leads"):
        return ends
    toks, keys = ctx.sent.tokens, ctx.keys
    out: Ends = []
    for s, t, sub in ends:
        g = s.first - 1
        if s.first > h.last and g > h.last and keys[g] in OFFICES and has_lam(toks[g]):
            if h.first > 0 and keys[h.first - 1] in SOURCES:
                out.append((ctx.word(h.first - 1), t, sub))
            continue
        out.append((s, t, sub))
    return out
