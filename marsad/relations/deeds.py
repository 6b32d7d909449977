"""The one whose decision, step or deeds are criticised: «وانتقد مسؤول العلاقات الخارجية في حكومة الاقليم فلاح
مصطفى قرار حزب العمال الكردستاني», «وانتقد الشيخ حمد بن وهيط، أحد مشايخ عبيدة مأرب، ما يفعله الحوثي», «وانتقد
نواب المعارضة هذه الخطوة التي أقدم عليها نواب الائتلاف» — a verb of opposing whose object is an act names its
author after it (in construct, or as the subject of «ما يفعله» / «التي أقدم عليها»); the subject of the verb, a
person named after it past his titles, opposes that author. Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import CLAUSE_WORDS, Ends, Hit, SentenceSlots, is_person, norm_words

ACTS = norm_words("قرار قرارات خطوة الخطوة سياسة سياسات ممارسات تصريحات موقف مواقف يفعله تفعله يقوم تقوم")
"""Nouns (and «ما يفعله/ما يقوم به») naming what an actor did or said."""
AUTHOR_VERBS = norm_words("أقدم أقدمت اتخذه اتخذته اتخذها اتخذتها")
"""Relative verbs whose subject is the act's author («الخطوة التي أقدم عليها X», «القرار الذي اتخذه X»)."""
SUBJECT_REACH = 14
"""At most this many words from the verb to the act (the subject and his titles between)."""


def deed_authors(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of an oppose verb whose object is an act: (the subject, the act's author); else unchanged."""
    if h.cue.type != "oppose" or h.cue.pattern != "verb":
        return ends
    keys = ctx.keys
    act = next(
        (j for j in range(h.last + 1, min(len(keys), h.last + 1 + SUBJECT_REACH)) if keys[j] in ACTS),
        None,
    )
    if act is None or any(keys[j] in CLAUSE_WORDS for j in range(h.last + 1, act)):
        return ends
    subject = next((c for c in ctx.cands if h.last < c.first and c.last < act and is_person(c)), None)
    if subject is None:
        subject = ends[0][0] if ends and ends[0][0].last < act else None
    author = _author(ctx, act)
    if subject is None or author is None or author.first <= subject.last:
        return ends
    return [(subject, author, None)]


def _author(ctx: SentenceSlots, act: int) -> Candidate | None:
    """The actor right after the act noun (its genitive or the subject of «ما يفعله»), or the subject of a
    relative verb of doing after it («التي أقدم عليها X»)."""
    keys = ctx.keys
    near = next((c for c in ctx.cands if act < c.first <= act + 2 and c.entity is not None), None)
    if near is not None:
        return near
    verb = next((j for j in range(act + 1, min(len(keys), act + 4)) if keys[j] in AUTHOR_VERBS), None)
    if verb is None:
        return None
    return next((c for c in ctx.cands if verb < c.first <= verb + 3), None)
