"""Envoys of a body's head: «الممثل الخاص للأمين العام للأمم المتحدة في ليبيا غسان سلامة», «مبعوث الأمين العام
للأمم المتحدة إلى اليمن مارتن غريفيث» — the envoy is a member of the body whose Secretary-General he serves (the
dev convention for «الممثل الخاص للأمين العام للأمم المتحدة لدى ليبيا»: `member_of` the UN), and the «الأمين العام»
in construct after his title is his master's title, which he does not hold (no `leads`). The same holds for an
adviser or a coordinator in construct with another's title («مستشار رئيس الوزراء»). Used by
:func:`marsad.relations.ends.title_ends` and :func:`marsad.relations.ends.governed_org`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import SentenceSlots, has_lam, is_person, norm_words
from marsad.relations.words import ENVOYS

SECRETARY = norm_words("الأمين")
GENERAL = norm_words("العام")
AIDES = ENVOYS | norm_words("ممثل الممثل مستشار المستشار منسق المنسق")
"""Titles in construct with another's title («مبعوث الأمين العام», «مستشار رئيس الوزراء»): the holder serves him."""


def secretary_at(ctx: SentenceSlots, j: int) -> int | None:
    """The token of «العام» when «(لـ)الأمين العام» starts at token ``j`` and a body with ل follows it."""
    keys, toks = ctx.keys, ctx.sent.tokens
    if j + 2 >= len(toks) or keys[j] not in SECRETARY or keys[j + 1] not in GENERAL or not has_lam(toks[j + 2]):
        return None
    return j + 1


def secretary_body(ctx: SentenceSlots, general: int) -> Candidate | None:
    """The body after «الأمين العام» at token ``general``: «للأمم المتحدة», «لجامعة الدول العربية»."""
    body = ctx.at(general + 1)
    if body is not None:
        ok = body.first == general + 1 and not is_person(body) and body.place is None
        return body if ok else None
    return ctx.slot(general + 1)
