"""A member of a body's organ is a member of the body: «عضوة في المكتب السياسي لحزب النهضة», «عضو في اللجنة
المركزية لحركة فتح» — the end is the body the organ's ل names, as for a title («سكرتير المكتب السياسي للحزب»,
:func:`marsad.relations.ends.governed_org`). Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.relations.slots import Ends, Hit, SentenceSlots, has_lam, is_person, norm_words

ORGANS = norm_words("المكتب اللجنة الهيئة الأمانة")
"""Organs of a party or a movement («المكتب السياسي/التنفيذي», «اللجنة المركزية», «الهيئة التنفيذية», «الأمانة
العامة»), named by their adjective and then the body they belong to."""


def organ_bodies(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` with a member_of target that is an organ replaced by the body after it («… لحزب النهضة»)."""
    if h.cue.type != "member_of":
        return ends
    toks, out = ctx.sent.tokens, []
    for src, tgt, subtype in ends:
        k = tgt.last + 1
        if (
            ctx.owns(tgt)
            and ctx.keys[tgt.first] in ORGANS
            and tgt.entity is None
            and k < len(toks)
            and has_lam(toks[k])
        ):
            body = ctx.slot(k, lam=True)
            if body is not None and body.place is None and not is_person(body):
                tgt = body
        out.append((src, tgt, subtype))
    return out
