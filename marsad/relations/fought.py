"""An oppose verb used without an object names no opponent past a comma: «الكتائب التي تحارب في الميدان، متهمة
قوات الحكومة بالتخاذل» — the verb is followed by where it is done («على الأرض», «في الميدان»), and the actor
past the comma belongs to the next phrase (here a circumstantial participle), not to the verb. A verb with its
subject right after it keeps an object past a comma («توعد تنظيم داعش مجلس النواب والقائد العام للجيش، خليفة
حفتر،»: the apposed name). Used by :meth:`marsad.relations.RelationStage.extract` on the ends of an oppose verb."""

from __future__ import annotations

from marsad.relations.slots import PREPOSITIONS, Ends, Hit, SentenceSlots
from marsad.relations.words import COMMAS

ENDS = frozenset(".؟?!:")
"""Marks that end a clause (quotes are left out: «تحارب "داعش"» names its object in quotes)."""


def _cut(ctx: SentenceSlots, last: int, first: int) -> bool:
    """Whether a comma or a clause end stands between tokens ``last`` and ``first``."""
    return any(t.text in COMMAS or t.text in ENDS for t in ctx.sent.tokens[last + 1 : first])


def object_before_comma(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """Ends of an oppose verb followed by a preposition without the objects past a comma after it."""
    nxt = h.last + 1
    if h.cue.type != "oppose" or h.cue.pattern != "verb" or not ends or nxt >= len(ctx.keys):
        return ends
    if ctx.keys[nxt] not in PREPOSITIONS:
        return ends
    return [(s, t, sub) for s, t, sub in ends if t.first <= h.last or not _cut(ctx, h.last, t.first)]


__all__ = ["object_before_comma"]
