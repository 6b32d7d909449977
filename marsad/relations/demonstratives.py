"""A clause whose subject is a demonstrative phrase: «وقال المواطنون: "هذه الخطوة ستدعم المقاومة"», «وأضاف أن
ذلك القرار يدعم الحوثيين». The verb's subject is the phrase «هذه الخطوة» (a step, a decision, a visit), not the
actor named before it — the speaker of a quotation or the subject of the main clause. When the phrase itself
names an actor («هذه الدول تدعم …») it refers back further than a clause can tell; either way, no end before the
phrase is the subject. Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.relations.slots import Ends, Hit, SentenceSlots, norm_words
from marsad.relations.words import DEMONSTRATIVES as SINGULAR_AND_PLURAL
from marsad.text.tokens import is_arabic_word

DEMONSTRATIVES = SINGULAR_AND_PLURAL | norm_words("هذان هاتان")
"""Demonstratives that open a noun phrase («هذه الخطوة», «ذلك القرار»), the duals too."""
PARTICLES = norm_words("س سوف قد لن لم لا")
"""Particles between the subject and its verb («هذه الخطوة ستدعم», «قد تدعم», «لن يدعم»)."""


def demonstrative_subject(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """Drop the ends before a demonstrative phrase that stands right before a verb cue: that phrase is the
    verb's subject («"هذه الخطوة ستدعم المقاومة"»: the citizens quoted do not support the resistance)."""
    if not ends or h.cue.pattern != "verb":
        return ends
    keys, toks = ctx.keys, ctx.sent.tokens
    k = h.first - 1
    while k >= 0 and keys[k] in PARTICLES:
        k -= 1
    if k < 1 or not is_arabic_word(toks[k]) or not toks[k].core.startswith("ال") or ctx.at(k) is not None:
        return ends
    if keys[k - 1] not in DEMONSTRATIVES:
        return ends
    return [(s, t, sub) for s, t, sub in ends if not (s.last < k - 1 and t.first > h.last)]
