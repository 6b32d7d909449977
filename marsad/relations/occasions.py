"""The occasion of a main clause: «أشاد رئيس الوزراء اللبناني، سعد الحريري، بالدعم الذي يقدمه ولي العهد …، وذلك
خلال استقباله لمجلس الأعمال». After «وذلك خلال/أثناء/لدى/عند» the pronoun on the verbal noun («استقباله»,
«لقائه», «اجتماعه») is the subject of the main clause the whole sentence is about — not the nearest man named
before it, who may sit inside a relative clause or an object. Used by
:meth:`marsad.relations.RelationStage.extract` on the ends of a cue with a pronoun."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import Ends, Hit, SentenceSlots, is_person, norm_words

THAT = norm_words("وذلك ذلك")
"""«وذلك»: what follows is the occasion of the main clause."""
DURING = norm_words("خلال أثناء لدى عند")
"""Prepositions of an occasion."""


def _main_subject(ctx: SentenceSlots, before: int) -> Candidate | None:
    """The first person of the sentence that is no prepositional phrase's, before token ``before``."""
    return next(
        (c for c in ctx.cands if c.last < before and is_person(c) and not c.after_prep and c.first not in ctx.obliques),
        None,
    )


def occasion_host(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """Ends of a cue «وذلك خلال استقباله لـ X» with the main clause's subject as the pronoun's person."""
    i, keys = h.first, ctx.keys
    if h.pronoun != "ه" or i < 2 or keys[i - 1] not in DURING or keys[i - 2] not in THAT or not ends:
        return ends
    host = _main_subject(ctx, i - 2)
    if host is None:
        return ends
    out = []
    for src, tgt, sub in ends:
        if src.last < i and src is not host and tgt is not host:
            src = host
        out.append((src, tgt, sub))
    return out
