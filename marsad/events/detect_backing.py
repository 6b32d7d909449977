"""Backing «terrorism» or «extremism» in general is a charge's wording, no support or aid given.

«تركيا تتهم مصر بـ"دعم الإرهاب"», «الدول التي ثبت للجميع أنها تدعم الإرهاب», «من حيث دعمهما للحركات المتشددة
والجماعات الإرهابية»: the object is an abstraction or armed groups at large, not a party helped; the dev set leaves
such generic charges unannotated (README-events, d289: «دعمهما للحركات المتشددة», «تدعم الإرهاب» are analysts'
charges), while an accusation's own verb («تتهم») is the event. A named group helped («دعم إيران للحوثيين», «تدعم
الجزائر جبهة البوليساريو») is not touched: the object must open with the abstract word or a generic plural of groups
and its adjective of terror or extremism (:func:`generic_backing`, called from
:func:`marsad.events.detect_topics.topical`).
"""

from __future__ import annotations

from marsad.events.lexicon import Trigger, word_keys
from marsad.text.normalize import normalize

ABSTRACT = word_keys("إرهاب الإرهاب للإرهاب ارهاب تطرف التطرف للتطرف العنف")
"""Abstractions a party is said to back («دعم الإرهاب»); keys, so «للإرهاب» is matched by its core."""
GROUPS = word_keys("جماعات الجماعات حركات الحركات تنظيمات التنظيمات منظمات المنظمات ميليشيات الميليشيات")
EXTREME = word_keys("إرهابية الإرهابية ارهابية متشددة المتشددة متطرفة المتطرفة")
"""A generic plural of groups and its adjective («الجماعات الإرهابية», «للحركات المتشددة»)."""


BACKING = tuple(normalize(w) for w in ("دعم", "مول", "ساند", "مساند"))
"""Stems of backing and funding («تدعم», «دعمهما», «تمويل», «يساند»); not joining («التحقا بالجماعات المتشددة» is
a SUPPORT the set codes) nor praise."""


def generic_backing(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """The SUPPORT or AID trigger of backing (:data:`BACKING`) at ``i``..``last`` has as its object an abstraction
    (:data:`ABSTRACT`) or a generic
    plural of groups with an adjective of terror (:data:`GROUPS` + :data:`EXTREME`) right after it."""
    if entry.plover_type not in ("SUPPORT", "AID") or last + 1 >= len(keys):
        return False
    if not any(stem in keys[i] for stem in BACKING):
        return False
    nxt = keys[last + 1]
    if nxt in ABSTRACT:
        return True
    return nxt in GROUPS and last + 2 < len(keys) and keys[last + 2] in EXTREME
