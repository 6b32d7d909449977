"""Fires, drought and ranges of fire that burn, strike or reach without any attack (called through
:func:`marsad.events.detect_topics.topical`). The set annotates no accidents or natural disasters
(bench/dev/README-events.md: «nor accidents … or floods»); :mod:`marsad.events.detect_tolls` reads floods and
storms before a verb of attack, these tests read what it leaves:

* «الحرائق الـ21 هذه أحرقت حوالي 500 كيلومتر مربع», «إذ أنه أحرق حوالي 186 كيلومترا مربعا»: a fire (its word
  just before the verb) or an area of land burnt (after it) tells a wildfire; an arson burns homes, cars, fields
  of a village, and its agent is a person («أحرق مستوطنون منزلين»);
* «ستة آلاف مبنى تواجه خطر وصول النيران إليها»: flames spreading; «في مرمى نيران القوات»: within range of fire,
  no shot fired;
* «الجفاف الذي يضرب الولاية», «ضربت السيول المنطقة»: a verb of attack or strike with a word of nature just
  before it (the strike entry of «يضرب» too) or just after it (its subject, verb first).
"""

from __future__ import annotations

from marsad.events.detect_tolls import NATURE
from marsad.events.lexicon import Trigger, word_keys
from marsad.model import Token

BURN = word_keys("أحرق احرق أحرقت احرقت يحرق تحرق التهم التهمت يلتهم تلتهم")
FIRES = word_keys("حريق الحريق حرائق الحرائق")
AREAS = word_keys(
    "كيلومتر كيلومترا كيلومترات كلم كم هكتار هكتارا هكتارات فدان فدانا أفدنة دونم دونما دونمات ميل أميال "
    "الغابات غابات الأحراش أحراش الأدغال مساحة مساحات"
)
"""What a wildfire burns: an area (after «حوالي», a number, or straight after the verb)."""
FIRE_SPAN = 4
AREA_SPAN = 4
FLAMES = word_keys("نيران النيران")
SPREAD = word_keys("وصول امتداد انتشار اشتعال ألسنة السنة مرمى")
"""«وصول النيران», «ألسنة النيران», «في مرمى نيران»: a fire's spread or a range, no fire opened (not
«إطفاء نيران أضرمها عناصر التنظيم»: putting out an arson)."""
STRIKE_TYPES = frozenset(("ASSAULT", "PROTEST"))
NATURE_SPAN = 3


def wildfire(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """A fire that burns land, flames that spread or a range of fire, drought or floods that strike."""
    kind = entry.plover_type
    if kind == "ASSAULT" and keys[i] in BURN:
        if any(k in FIRES for k in keys[max(0, i - FIRE_SPAN) : i]):
            return True
        if any(k in AREAS for k in keys[last + 1 : last + 1 + AREA_SPAN]):
            return True
    if kind == "ASSAULT" and keys[i] in FLAMES and i > 0 and keys[i - 1] in SPREAD:
        return True
    if kind in STRIKE_TYPES and entry.pos != "noun":
        before = keys[max(0, i - NATURE_SPAN) : i]
        after = keys[last + 1 : last + 1 + 2]
        return any(k in NATURE for k in before) or any(k in NATURE for k in after)
    return False
