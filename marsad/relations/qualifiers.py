"""What may stand between a title's body and its holder, and the tribe a tribal head's title names.

Gulf, Yemeni and Iraqi reporting qualifies a body by its region and gives the holder an honorific before his
name: «الأمين العام لمجلس عشائر العراق العربية في الجنوب الشيخ أحمد الغانم» (the holder is five words past the
body), or by a larger body it is part of («قائد فيلق القدس في الحرس الثوري الإيراني الجنرال قاسم سليماني»; the
body is then a member of the larger one, :func:`nested_body`). A tribal head's title is followed by the tribe's
bare name, which the recogniser seldom knows: «شيخ مشايخ يافع السلطان فضل العفيفي», «شيخ قبيلة عبيدة». Used by
:func:`marsad.relations.ends.title_ends` and :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.mention import FUNCTION_WORDS
from marsad.relations.placed import past_place
from marsad.relations.slots import IN_WORDS, SentenceSlots, norm_words
from marsad.text.tokens import is_arabic_word

HONORIFICS = norm_words(
    "الشيخ السلطان الدكتور المهندس الأستاذ اللواء العميد العقيد الفريق السيد الأمير الحاج الجنرال المشير الركن"
)
"""Honorifics and ranks written before a holder's name."""
QUALIFIER_WORDS = 2
"""At most this many words after «في» in the body's place qualifier («في الجنوب», «في محافظة تعز»)."""
TRIBAL_HEAD = norm_words("شيخ")
"""The first word of the tribal titles of ``cues.tsv`` («شيخ مشايخ», «شيخ قبيلة»)."""


def qualified_gap(ctx: SentenceSlots, end: int, first: int) -> bool:
    """Only a place qualifier «في X (Y)» or a body the body is part of («قائد فيلق القدس في الحرس الثوري
    الإيراني الجنرال قاسم سليماني») and honorifics stand between the body's last token ``end`` and the holder's
    first token ``first`` (at least one honorific: without it a name after «في …» is the place's)."""
    keys = ctx.keys
    j = end + 1
    placed = past_place(ctx, j)
    if j < placed <= first:
        # «مدير عام الدفاع المدني في المنطقة الشرقية اللواء أسعد العثمان», «بمنطقة جازان الدكتور …»: a tagged
        # place, then the holder with his rank or honorific (inside his tagged name or before it)
        k = placed
        while k < first and keys[k] in HONORIFICS:
            k += 1
        return k == first and (first > placed or keys[first] in HONORIFICS)
    outer = ctx.at(j + 1) if j + 1 < first and keys[j] in IN_WORDS else None
    if outer is not None and outer.first == j + 1 and outer.last < first and not _person(outer):
        j = outer.last + 1  # the larger body, tagged by the recogniser: any length
    elif j < first and keys[j] in IN_WORDS:
        j += 1
        n = 0
        while j < first and n < QUALIFIER_WORDS and keys[j] not in HONORIFICS:
            if not is_arabic_word(ctx.sent.tokens[j]) or keys[j] in FUNCTION_WORDS:
                return False
            j, n = j + 1, n + 1
        if n == 0:
            return False
    if j == first or keys[j] not in HONORIFICS:
        return False
    while j < first and keys[j] in HONORIFICS:
        j += 1
    return j == first


HOLDER_WORDS = 8
"""At most this many words between the body and its honoured holder."""


def _person(c: Candidate) -> bool:
    return c.entity is not None and c.entity.type == "PER"


def honoured_holder(ctx: SentenceSlots, end: int) -> Candidate | None:
    """The person after the body ending at token ``end``, past its place qualifier and an honorific."""
    return next(
        (
            c
            for c in ctx.cands
            if end < c.first <= end + HOLDER_WORDS and _person(c) and qualified_gap(ctx, end, c.first)
        ),
        None,
    )


def tribe_after_title(ctx: SentenceSlots, first: int, last: int) -> Candidate | None:
    """The tribe a tribal head's title (tokens ``first`` … ``last``) names: the bare word after it («شيخ
    مشايخ يافع»), not a definite noun («شيخ قبيلة الحمادي» is one of the tribe's names too, but a definite word
    may as well be the title's qualifier) and no word the recogniser gave to a person."""
    j = last + 1
    if ctx.keys[first] not in TRIBAL_HEAD or j >= len(ctx.keys):
        return None
    tok = ctx.sent.tokens[j]
    if not is_arabic_word(tok) or tok.core.startswith("ال") or ctx.keys[j] in FUNCTION_WORDS:
        return None
    if ctx.keys[j] in HONORIFICS or j in ctx.cue_tokens:
        return None
    c = ctx.at(j)
    if c is not None and (c.first != j or (c.entity is not None and c.entity.type == "PER")):
        return None
    return c if c is not None else ctx.word(j)


def nested_body(ctx: SentenceSlots, body: Candidate) -> Candidate | None:
    """The larger body a title's body is part of, named right after it with «في»: «قائد فيلق القدس في الحرس
    الثوري الإيراني» (the Quds Force is in the Revolutionary Guard), «ضابط ارتباط القوات السودانية في التحالف
    العربي». Only an organisation the recogniser tagged (not a place: «رئيس المجلس المحلي في مأرب» is where)."""
    j = body.last + 1
    if j + 1 >= len(ctx.keys) or ctx.keys[j] not in IN_WORDS or body.place is not None or _person(body):
        return None
    outer = ctx.at(j + 1)
    if outer is None or outer.first != j + 1 or outer.entity is None or outer.entity.type != "ORG":
        return None
    return None if outer.place is not None else outer
