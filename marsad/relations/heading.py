"""The one a group is headed by: «وتعارض فصائل متشددة …، وعلى رأسها تنظيم الإخوان», «الدول الكبرى، وفي
مقدمتها الولايات المتحدة», «أحزاب المعارضة وعلى رأسها حزب الشعب الجمهوري» — the actor (or each one listed)
after «وعلى رأسها/رأسهم» or «وفي مقدمتها/مقدمتهم» is a member of the plural group the pronoun stands for, the
nearest plural group noun before it in the sentence (not the object between: «… هذا الاتفاق، وعلى رأسها»).
Used by :meth:`marsad.relations.RelationStage.extract`. Also the parts a verb of containing names («ويضم التحالف
الرئاسي A و B و C», pattern ``whole``)."""

from __future__ import annotations

from itertools import pairwise

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.antecedents import after_relative, relative_antecedent
from marsad.relations.slots import Hit, SentenceSlots, norm_words
from marsad.relations.words import GROUPS

AT_HEAD = (
    {(on, head) for on in norm_words("على علي") for head in norm_words("رأسها رأسهم رأسهما")}
    | {(at, head) for at in norm_words("في") for head in norm_words("مقدمتها مقدمتهم")}
    | {(among, them) for among in norm_words("بمن بما") for them in norm_words("فيها فيهم")}
)
"""«على رأسها», «في مقدمتهم»: at the head of them (the pronoun is a plural group); «بمن فيها», «بما فيهم»:
among them («سائر القوى الشيعية المحافظة، بمن فيها ائتلاف الفتح»)."""
PLURAL_GROUPS = GROUPS | norm_words("دول الدول قوى القوى كتل الكتل")
"""Plural nouns a group named by «على رأسها» may be: «فصائل», «أحزاب», «الدول الكبرى», «القوى السياسية»."""
GROUP_WORDS = 14
"""At most this many words back to the group noun."""


HEAD_WORDS = frozenset(head for _, head in AT_HEAD)


def has_head_phrase(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built."""
    if HEAD_WORDS.isdisjoint(keys):
        return False
    return any(pair in AT_HEAD for pair in pairwise(keys))


def headed_members(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(phrase token, member, group)`` for each actor named after «وعلى رأسها» in the sentence."""
    keys, toks = ctx.keys, ctx.sent.tokens
    out: list[tuple[int, Candidate, Candidate]] = []
    for j in range(1, len(keys) - 2):
        if (keys[j], keys[j + 1]) not in AT_HEAD:
            continue
        if not toks[j].text.startswith("و") and toks[j - 1].text not in "،,":
            continue  # «يقف على رأسها»: a verb's complement, not an apposition
        first = ctx.at(j + 2) or ctx.slot(j + 2)
        if first is None or first.first > j + 3:
            continue
        group = _group_before(ctx, j)
        if group is not None:
            out.extend((j, m, group) for m in ctx.members(first))
    return out


def _group_before(ctx: SentenceSlots, j: int) -> Candidate | None:
    """The nearest plural group noun before token ``j`` (a candidate, or the word itself)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    for k in range(j - 1, max(-1, j - 1 - GROUP_WORDS), -1):
        if toks[k].text in ".؟!:":
            return None
        if strip_article(keys[k]) in PLURAL_GROUPS or keys[k] in PLURAL_GROUPS:
            c = ctx.at(k)
            return c if c is not None and c.first == k else ctx.word(k)
    return None


def whole_ends(
    ctx: SentenceSlots, h: Hit, before: list[Candidate], after: list[Candidate]
) -> list[tuple[Candidate, Candidate]]:
    """«ويضم التحالف الرئاسي A و B و C», «تحالف "سائرون" الذي يضم A و B», «… الحكومة التي تضم»: a
    verb of containing; each part is a member of the whole (the subject, before or right after the
    verb)."""
    i, last = h.first, h.last
    whole: Candidate | None = None
    antecedent = relative_antecedent(ctx, i)
    if antecedent is not None or (before and i - before[-1].last == 1):
        whole = antecedent or before[-1]
        first = after[0] if after and after[0].first - last <= 2 else None
    elif after_relative(ctx, i):
        return []  # «…، التي تضم روسيا والصين»: the relative verb's whole is its antecedent (antecedents.py)
    elif after and after[0].first - last <= 2:
        whole = after[0]
        first = next((c for c in after[1:] if c.first - whole.last <= 2), None)
    else:
        return []
    if first is None or first.first in ctx.obliques:
        return []
    return [(m, whole) for m in ctx.members(first)]
