"""Taking part «في» an occasion is no membership: «المشاركة في المسيرة», «مشاركته في التدريبات», «الاتحادات
المشاركة في بطولة الخليج», «مشاركته في سوق عكاظ». The cue «مشاركة في» (member_of) names a membership only when
what follows is a body: a coalition, a government, a party, a council («مشاركتها في التحالف العربي», «المشاركة في
الحكومة»). Read on fresh articles (2026-12-01), the cue's nine readings with an occasion after it were all wrong,
and the dev set's four right ones all had a body there. Used by :func:`marsad.relations.precision.precise_ends`.
"""

from __future__ import annotations

from marsad.relations.names import ORG_HEADS, ORG_NOUNS
from marsad.relations.slots import Ends, Hit, SentenceSlots, norm_words

PARTAKING = norm_words("مشاركة المشاركة مشاركته مشاركتها مشاركتهم مشاركتي بالمشاركة")
"""The verbal noun of taking part, the first word of the cue «مشاركة في»."""
BODIES = (ORG_HEADS | ORG_NOUNS | norm_words("حكومة الحكومة سلطة السلطة برلمان البرلمان إدارة قوة القوة")) - norm_words(
    "عملية"
)
"""First words of a body one takes part in (not an operation: «المشاركة في عملية …» is read by
:mod:`marsad.relations.operations`)."""


def no_occasions(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of «مشاركة في» without the pairs whose target is no body."""
    if h.cue.type != "member_of" or ctx.keys[h.first] not in PARTAKING:
        return ends
    return [(s, t, sub) for s, t, sub in ends if not ctx.owns(t) or ctx.key_of(t) in BODIES]
