"""The place qualifier between a title's unmarked body and its holder: «مدير عام الدفاع المدني في المنطقة
الشرقية اللواء أسعد العثمان», «مدير عام الشؤون الصحية بمنطقة جازان الدكتور محمد الصميلي».

Gulf and Levantine news name a regional office by the service and the region it serves, then the holder with
his rank. The recogniser tags the region and the holder but seldom the service («الدفاع المدني», «الشؤون
الصحية»), so :func:`marsad.relations.unmarked.body_after_title` looks for the holder past the qualifier: «في» or
a glued ب, an optional region noun («منطقة», «محافظة»), and a tagged place. Used by
:func:`marsad.relations.unmarked.body_after_title`."""

from __future__ import annotations

from marsad.relations.slots import IN_WORDS, SentenceSlots, norm_words
from marsad.text.tokens import clitics

REGION_NOUNS = norm_words("منطقة محافظة مدينة ولاية إقليم")
"""Nouns that announce a region before its name («بمنطقة جازان», «في محافظة جدة»)."""
PLACE_TYPES = ("GPE", "LOC")


def past_place(ctx: SentenceSlots, k: int) -> int:
    """The token after a place qualifier starting at token ``k`` («في المنطقة الشرقية», «بمنطقة جازان»,
    «بالمنطقة الشرقية»), or ``k`` itself where none starts there."""
    toks, keys = ctx.sent.tokens, ctx.keys
    if k >= len(toks):
        return k
    if keys[k] in IN_WORDS and not clitics(toks[k]):
        j = k + 1
    elif clitics(toks[k]) == "ب":
        j = k
    else:
        return k
    if j < len(toks) and ctx.at(j) is None and keys[j] in REGION_NOUNS:
        j += 1  # «في محافظة جدة», «بمنطقة جازان»
    place = ctx.at(j) if j < len(toks) else None
    if place is None or place.first != j:
        return k
    if place.place is None and (place.entity is None or place.entity.type not in PLACE_TYPES):
        return k
    return place.last + 1
