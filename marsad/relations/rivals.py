"""A rival named beside a person: «فايز السراج ومنافسه الرجل القوي في شرق البلاد المشير خليفة حفتر», «المرشح …
وخصمه …». The rival noun with its pronoun, joined by و right after the person, introduces the next person named
within a few words, past the descriptor and title words that describe him: the two oppose each other (undirected,
as «خصم»), and the rival is also the next member of the list the first person opens («ووقع الإعلان A ومنافسه …
B ورئيس … C»: :meth:`marsad.relations.slots.SentenceSlots.members`). Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.events.coder import Candidate
from marsad.relations.slots import RIVALS, SentenceSlots, is_person


def has_rival(tokens_cores: Iterable[str]) -> bool:
    """A cheap test before the sentence's candidates are built: a rival noun with its pronoun."""
    return not RIVALS.isdisjoint(tokens_cores)


def rival_pairs(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(token of the rival noun, the person before it, his rival)``: the person must end right before «و+rival»."""
    out: list[tuple[int, Candidate, Candidate]] = []
    for j, tok in enumerate(ctx.sent.tokens):
        if j == 0 or tok.core not in RIVALS:
            continue
        first = next((c for c in ctx.cands if c.last == j - 1), None)
        rival = ctx.rival_at(j)
        if first is not None and rival is not None and is_person(first):
            out.append((j, first, rival))
    return out
