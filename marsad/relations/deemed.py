"""An ally or a partner one side deems another: «وتعتبر فرنسا قوات سوريا الديمقراطية حليفا مهما لمنع عودة تنظيم
داعش», «يعتبر الأردن السعودية شريكا أساسيا» — the accusative «حليفا/شريكا» is the object's predicate after a verb
of deeming: the subject of the verb and its object are the allies, not the object and what follows the predicate
(a purpose, «لمنع عودة تنظيم داعش»). With one actor between the verb and the predicate, the partner is the
actor after ل («وتعد السعودية حليفا رئيسيا للولايات المتحدة», «يعتبر حزب الله حليفا لإيران»).
Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.ends import lam_slot
from marsad.relations.slots import CLAUSE_WORDS, Ends, Hit, SentenceSlots, has_lam, norm_words, unglued

DEEMING = norm_words("تعتبر يعتبر اعتبر اعتبرت تعد يعد عد عدت تصف يصف وصف وصفت")
"""Verbs of deeming (imperfect and past), with or without a glued و («وتعتبر»)."""
PREDICATES = norm_words("حليفا شريكا")
"""Accusative predicates of an alliance after a verb of deeming."""
EXTENSIONS = norm_words("امتدادا")
"""«تعتبر أنقرة الوحدات امتدادا لحزب العمال»: the object is a branch of the group after ل (member_of)."""
REACH = 8
"""At most this many words from the verb to the predicate."""
QUALIFIERS = 2
"""At most this many adjectives between the predicate and the partner after ل."""


def _deeming_verb(keys: list[str], first: int) -> int | None:
    """The verb of deeming (a glued و/ف aside: «وتعتبر») within :data:`REACH` words before token ``first``."""
    return next(
        (j for j in range(first - 1, max(-1, first - 1 - REACH), -1) if unglued(keys[j], DEEMING) in DEEMING), None
    )


def deemed_allies(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of an alliance predicate after «تعتبر X Y»: the subject X with the object Y; of «تعتبر X Y امتدادا
    لـ Z»: Y with Z; else unchanged."""
    keys = ctx.keys
    if h.cue.type == "member_of" and keys[h.first] in EXTENSIONS:
        return _extension(ctx, h, ends)
    if h.cue.type != "ally" or ctx.keys[h.first] not in PREDICATES:
        return ends
    verb = _deeming_verb(keys, h.first)
    if verb is None or any(keys[j] in CLAUSE_WORDS for j in range(verb + 1, h.first)):
        return ends
    inside = [c for c in ctx.cands if verb < c.first and c.last < h.first and not c.after_prep]
    if not inside:
        return ends
    obj = inside[-1]
    if len(inside) >= 2:
        return [(inside[0], obj, None)]
    partner = _lam_partner(ctx, h.first)
    if partner is not None:
        return [(obj, partner, None)]  # «وتعد السعودية حليفا رئيسيا لواشنطن»: the one deemed, allied to Y
    # «تنشر فرنسا قوات في شمال سوريا وتعتبر قوات سوريا الديمقراطية حليفا»: the subject stands before the verb
    # (a named actor, not an object or a place after a preposition); none found, no alliance is read
    subject = next(
        (c for c in reversed(ctx.cands) if c.last < verb and c.entity is not None and not c.after_prep),
        None,
    )
    return [(subject, obj, None)] if subject is not None else []


def _lam_partner(ctx: SentenceSlots, first: int) -> Candidate | None:
    """The actor after ل past the predicate and at most :data:`QUALIFIERS` accusative adjectives («حليفا رئيسيا
    للولايات المتحدة», «شريكا استراتيجيا لروسيا»)."""
    toks = ctx.sent.tokens
    j = first + 1
    while j < len(toks) and j - first <= QUALIFIERS and not has_lam(toks[j]) and _accusative(toks[j].text):
        j += 1
    return lam_slot(ctx, j) if j < len(toks) and has_lam(toks[j]) else None


def _accusative(word: str) -> bool:
    """An indefinite accusative adjective: «رئيسيا», «مهما», «استراتيجيا», «قويا»."""
    bare = word.replace("\u064b", "")  # the tanween «اً»
    return bare.isalpha() and bare.endswith("ا") and not bare.startswith("ال")


def _extension(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """The object of the verb of deeming before «امتدادا لـ» with the group after it."""
    keys = ctx.keys
    verb = _deeming_verb(keys, h.first)
    if verb is None or not ends or any(keys[j] in CLAUSE_WORDS for j in range(verb + 1, h.first)):
        return ends
    inside = [c for c in ctx.cands if verb < c.first and c.last < h.first and not c.after_prep]
    obj = inside[-1] if len(inside) >= 2 else None
    if len(inside) == 1 and inside[0].last + 1 < h.first:
        # «وتعتبر أنقرة وحدات حماية الشعب الكردية امتدادا لـ»: the object the recogniser did not tag, right
        # after the subject
        obj = ctx.unnamed_at(inside[0].last + 1, h.first - 1)
    if obj is None:
        return ends
    return [(obj, ends[0][1], None)]
