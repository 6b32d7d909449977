"""Strikes on positions are events, not relations: «كثفت طائرات التحالف من غاراتها ضد مواقع المتمردين», «الضربات
الجوية ضد مواقع داعش». «ضد» before the positions struck names the target of an armed act (coded by the events
stage), while «حملة ضد», «التحالف الدولي ضد داعش», «حرب ضد» and even «تدعم الغارات ضد حزب العمال» (a stance
on the strikes, not the strikes) state hostility.
Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import Ends, Hit, SentenceSlots, norm_words
from marsad.relations.words import AGAINST, STANCE_VERBS, STRUCK_ACTS
from marsad.text.normalize import normalize

POSITIONS = norm_words("مواقع موقع معاقل تجمعات مقرات مخازن")
"""What is struck: positions, strongholds, gatherings, depots."""

FACILITIES = norm_words("قاعدة معسكر مطار ثكنة")
"""A base, a camp, an airport named after it, struck («هجوما … ضد قاعدة تمنهنت»): without the article only,
«ضد القاعدة» is the organisation."""


def no_strikes(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends``, or none when the cue is a «ضد» before the positions struck («غاراتها ضد مواقع …»)."""
    if not ends or h.cue.words != (AGAINST,):
        return ends
    keys, j = ctx.keys, h.last + 1
    if j >= len(keys):
        return ends
    if keys[j] in POSITIONS or (keys[j] in FACILITIES and not ctx.sent.tokens[j].core.startswith("ال")):
        return []
    return ends


ACTS = norm_words("الغارات غارات الضربات ضربات الهجمات هجمات القصف قصف")
"""Strikes a side may back («تدعم الغارات ضد حزب العمال»): backing them is no support of whom they hit."""


def no_backed_strikes(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of a support cue without the targets past the strikes it backs («تدعم الغارات ضد X»)."""
    j = h.last + 1
    if not ends or h.cue.type != "support" or j >= len(ctx.keys) or ctx.keys[j] not in ACTS:
        return ends
    return [(s, t, sub) for s, t, sub in ends if t.first <= j]


def backs_strikes(text: str, end: int) -> bool:
    """The word after offset ``end`` (a support trigger's end) is a noun of strikes: «تدعم الغارات ضد …»."""
    words = text[end : end + 40].split()
    return bool(words) and normalize(words[0]) in ACTS


MACHINES = norm_words("طائرات طائرة مقاتلات مقاتلة مروحيات مروحية سفن سفينة دبابات دبابة زوارق بوارج")
"""Aircraft, ships and tanks: they belong to a side («طائرات تابعة للائتلاف») but are no member of it."""


def no_machines(h: Hit, ends: Ends) -> Ends:
    """``ends`` of a membership or loyalty cue without a machine as the member («طائرات تابعة لـ»)."""
    if not ends or h.cue.type not in ("member_of", "loyal_to"):
        return ends
    return [(s, t, sub) for s, t, sub in ends if normalize(s.text.split()[0]) not in MACHINES]


def struck_act(keys: list[str], side: Candidate, i: int) -> bool:
    """The «ضد» at ``i`` follows an act of ``side`` («أطلق تحالفان … هجمات ضد قوات النظام», «الهجوم الانتحاري …
    ضد متطوعين», «المباراة ضد بنما»): whom the act hits, an event, not the side's stance — unless a verb of
    backing or threatening governs the act («تدعم الغارات ضد», «توعد ترامب بشن ضربات ضد دمشق»)."""
    around = [k for k in (side.first - 1, *range(side.last + 1, i)) if k >= 0]
    if not any(strip_article(keys[k]) in STRUCK_ACTS for k in around):
        return False
    return not any(keys[k] in STANCE_VERBS for k in range(max(0, side.first - 3), i))
