"""An agreement or a deal the parties failed to reach is denied: «فشلت في التوصل إلى اتفاق».

A verb or noun of failure («فشل», «أخفق», «تعثر», «إخفاق») before «التوصل إلى/لـ» and the agreement noun tells
that the agreement did not come about (the talks themselves happened: «فشل المفاوضات» leaves the talks as told).
Called by :meth:`marsad.events.modality.ModalityCoder.modality` after its negation and denial rules.
"""

from __future__ import annotations

from marsad.text.normalize import normalize

FAILURE = frozenset(
    normalize(w)
    for w in "فشل فشلت فشلوا فشلا يفشل تفشل أخفق أخفقت أخفقوا يخفق تخفق إخفاق تعثر تعثرت عجز عجزت عجزوا".split()
)
"""Verbs and nouns of failing (keys: the article stripped, «الفشل» → «فشل»)."""
REACHING = frozenset(normalize(w) for w in ("التوصل", "توصل", "الوصول", "وصول", "إبرام", "ابرام"))
"""Masdars of reaching or concluding an agreement, between the failure and the agreement noun."""
FAILURE_REACH = 4
"""Words from the failure to the agreement noun: «فشلت في التوصل إلى اتفاق»."""
AGREEMENT_TYPES = frozenset(("AGREE",))


def failed_to_reach(keys: list[str], first: int, plover_type: str) -> bool:
    """The agreement at ``first`` is what a failure to reach it names: a masdar of reaching right before it (a
    preposition may stand between) and a failure word within :data:`FAILURE_REACH` words before that."""
    if plover_type not in AGREEMENT_TYPES:
        return False
    reach = next((j for j in range(first - 1, max(-1, first - 3), -1) if keys[j] in REACHING), None)
    if reach is None:
        return False
    return any(keys[j] in FAILURE for j in range(max(0, reach - FAILURE_REACH), reach))
