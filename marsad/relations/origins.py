"""Fighters «من» a place come from it; they are no members of it: «وصل مقاتلين من سوريا إلى ليبيا» states an
origin, while «متشددون من تنظيم داعش», «فصيلا من الجيش الحر» name the body they belong to. Nor is a class of
fighters a body: «خمسة مسلحين من العناصر الإرهابية» picks some of a kind (a partitive). Used by
:meth:`marsad.relations.RelationStage.extract` on the member_of cues of fighters and factions «من»."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import Ends, Hit, norm_words
from marsad.text.normalize import normalize

FIGHTERS = norm_words("مقاتلون مقاتلين متشددون متشددين مسلحون مسلحين عناصر فصائل فصيلا جماعات مجموعات")
"""The fighters and factions of the «X من Y» member cues (with the article, «المقاتلين من», they are no cue:
«تحالف مع المقاتلين من حركة الحوثيين» names the allies)."""
FROM = norm_words("من")
PLACE_TYPES = frozenset({"GPE", "LOC"})


def _place(c: Candidate) -> bool:
    return c.place is not None or (c.entity is not None and c.entity.type in PLACE_TYPES)


def no_origins(keys: list[str], h: Hit, ends: Ends) -> Ends:
    """``ends`` without a place a fighters' cue «… من» names (where they come from, not what they belong to) or
    a class of fighters (a partitive)."""
    if h.cue.type != "member_of" or keys[h.first] not in FIGHTERS or keys[h.last] not in FROM:
        return ends
    return [
        (s, t, sub)
        for s, t, sub in ends
        if not _place(t) and strip_article(normalize(t.text.split()[0])) not in FIGHTERS
    ]
