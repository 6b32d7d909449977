"""The one met is the holder of the title chain after a verb of meeting, not a word of it: «التقى وزير الخارجية
القطري خالد العطية، في الدوحة، مساعدة وزير الخارجية الأميركي لشؤون الشرق الأدنى آن باترسون» — «وزير» is part of
the guest's title; the name that closes the chain (before any comma or clause word) is the guest. With no name in
the chain the bare office word is dropped. Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import CLAUSE_WORDS, OFFICES, Ends, Hit, SentenceSlots, is_person
from marsad.relations.words import COMMAS

CHAIN_WORDS = 10
"""At most this many tokens from the office word to the holder's name."""


def _holder(ctx: SentenceSlots, word: Candidate) -> Candidate | None:
    keys = ctx.keys
    for j in range(word.last + 1, min(len(keys), word.last + 1 + CHAIN_WORDS)):
        c = ctx.at(j)
        if c is not None and c.first == j and is_person(c):
            return c  # before the stops: «آن باترسون» is no «أن»
        if keys[j] in COMMAS or keys[j] in CLAUSE_WORDS or ctx.sent.tokens[j].text in ".:؟!":
            return None
    return None


def chain_holders(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of a meeting cue with a bare office word after the cue replaced by the name its chain closes on."""
    if not ends or h.cue.type != "negotiates_with":
        return ends
    out: Ends = []
    for s, t, sub in ends:
        if t.first > h.last and t.first == t.last and t.entity is None and ctx.keys[t.first] in OFFICES:
            holder = _holder(ctx, t)
            if holder is None:
                continue
            t = holder
        out.append((s, t, sub))
    return out
