"""An unnamed member as the subject of a verb-first cue: «وانتقدت مصادر دبلوماسية في الحكومة اليمنية الأمم
المتحدة», «وانتقد مسؤولون في الحكومة اليمنية الأمم المتحدة».

Gulf and Yemeni reporting opens a clause with the verb and an unnamed speaker qualified by his body («مصادر (…)
في X», «مسؤول (…) في X», «قيادي في X»); the verb's object follows the body. The unnamed noun is the subject (the
span is the noun, as «مصادر» and «مسؤولون» are annotated for ``member_of``), the first actor after the body that
no preposition governs is the object; the body itself is neither. Only for a verb cue with no object pronoun and no
gap; at most two adjectives between the noun and «في/من» («دبلوماسية», «رفيعة المستوى»), and the object must
follow the body at once (past one word at most). Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.relations.fighters import support_subtype
from marsad.relations.slots import PREPOSITIONS, Ends, Hit, SentenceSlots, clitics, norm_words
from marsad.text.tokens import is_arabic_word

UNNAMED = norm_words("مصادر مصدر مسؤول مسؤولون مسؤولين قيادي قياديون قياديين قيادات ممثلون نواب أعضاء عضو")
"""Unnamed members who speak or act for their body."""
OF_BODY = norm_words("في من")
"""The preposition that names the body: «مصادر في الحكومة», «قياديون من الحزب»."""


def informant_ends(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of a verb-first cue read with the unnamed member after the verb as its subject (see the module),
    or ``ends`` unchanged."""
    if h.cue.pattern != "verb" or h.on_first or h.gap is not None or h.pronoun:
        return ends
    toks, keys = ctx.sent.tokens, ctx.keys
    j = h.last + 1
    if j >= len(keys) or keys[j] not in UNNAMED or clitics(toks[j]):
        return ends
    own = ctx.at(j)
    if own is not None and own.first != j:
        return ends
    k = j + 1
    while k < len(keys) and k - j <= 3 and keys[k] not in OF_BODY:
        if not is_arabic_word(toks[k]) or clitics(toks[k]) or keys[k] in PREPOSITIONS or ctx.at(k) is not None:
            return ends
        k += 1
    if k >= len(keys) or keys[k] not in OF_BODY:
        return ends
    body = ctx.at(k + 1)
    if body is None or body.first != k + 1:
        return ends
    obj = next((c for c in ctx.cands if body.last < c.first <= body.last + 2), None)
    if obj is None or keys[obj.first - 1] in PREPOSITIONS or {"ب", "ل"} & set(clitics(toks[obj.first])):
        return ends
    subtype = h.cue.subtype
    if h.cue.type == "support" and subtype is None:
        subtype = support_subtype(obj)
    speaker = ctx.word(j)
    return [(speaker, t, subtype) for t in ctx.members(obj)]
