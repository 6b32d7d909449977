"""Heads named by a pronoun on a verbal noun of choosing: «وجاء اختيار صالح لعبد المهدي بعد ساعتين من انتخابه رئيسا
للعراق», «منذ تعيينه قائدا للجيش». The office «رئيسا/قائدا/زعيما لـ X» follows a masdar of election or appointment
whose attached pronoun is the holder, so the cue has no subject of its own before it: the holder is the person named
last before the masdar in the same sentence. Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import SentenceSlots, is_person, norm_words

OFFICES = norm_words("رئيسا قائدا زعيما")
"""The office in the accusative after the masdar."""
CHOOSING = norm_words("انتخاب تعيين اختيار تنصيب تكليف")
"""Verbal nouns of choosing someone for an office; the pronoun ه glued to them is the holder («انتخابه»: a man
named before; «انتخابها», a party or a state, is left alone)."""


def has_elected(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built."""
    return not OFFICES.isdisjoint(keys)


def elected_heads(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(office token, the holder, the body)`` for «<masdar>ه رئيسا لـ X» with a person named before the masdar."""
    keys = ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for k, key in enumerate(keys):
        prev = keys[k - 1] if k > 1 else ""
        if key not in OFFICES or not prev.endswith("ه") or prev[:-1] not in CHOOSING:
            continue
        body = ctx.slot(k + 1, lam=True)
        if body is None or is_person(body):
            continue
        holder = next((c for c in reversed(ctx.cands) if c.last < k - 1 and is_person(c)), None)
        if holder is None or holder is body:
            continue
        out.append((k, holder, body))
    return out
