"""A verb-first cue's subject that is a list: «تحالف تيار المستقبل وحزب الكتائب مع …», «انشق ضباط وجنود عن …» —
each member of the list the gap holds is a source, as each member of a list after a cue is a target. Two actors
side by side in the gap are one subject (a title and its unit: «انشق آمر كتيبة الفاروق عن») unless the second
opens with a glued و, the mark of a list. Used by :class:`marsad.relations.patterns.EndFinder`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import SentenceSlots, clitics


def listed(ctx: SentenceSlots, inside: list[Candidate]) -> bool:
    """Whether the actors of a gap are items of a list: one after the first opens with و («وحزب الكتائب»)."""
    toks = ctx.sent.tokens
    return any("و" in clitics(toks[c.first]) for c in inside[1:])


def gap_members(ctx: SentenceSlots, inside: list[Candidate], gap: tuple[int, int] | None) -> list[Candidate]:
    """The members of the list the gap's first actor opens, inside the gap; the first actor alone otherwise."""
    if gap is None or len(inside) < 2 or not listed(ctx, inside):
        return inside[:1]
    members = [c for c in ctx.members(inside[0]) if c.last < gap[1]]
    return members or inside[:1]
