"""The bodies listed after an unnamed plural member title: «مسؤولين في وزارة المالية والمصرف المركزي», «قيادات
في حركة النهضة وحزب نداء تونس» — officials of each body listed, one ``member_of`` per body.

Only where the title itself is the member (no name: officials counted as a group) and each further item is
a body, neither a place nor a person: a named member's title body may go on with what qualifies it
(«القيادي السابق في البناء والتنمية», one party), which is why :func:`marsad.relations.counterparts.listed_ends`
leaves member titles out. Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import Ends, Hit, SentenceSlots, is_person


def title_bodies(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` with one pair more per body joined by و to the one an unnamed member title names."""
    if len(ends) != 1 or h.cue.type != "member_of" or h.cue.pattern != "title":
        return ends
    source, target, subtype = ends[0]
    if source.entity is not None or source.place is not None or target.first <= h.last < source.first:
        return ends
    if target.place is not None or is_person(target):
        return ends
    more: list[Candidate] = []
    for m in ctx.members(target)[1:]:
        if m.place is not None or is_person(m):
            break  # «مسؤولين في الوزارة وطرابلس»: a place or a person ends the list of bodies
        more.append(m)
    return ends + [(source, m, subtype) for m in more]
