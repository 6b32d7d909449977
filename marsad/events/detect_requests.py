"""What a call or a need asks for, and the masdars that may stand before an event asked for (used by
:meth:`marsad.events.triggers.TriggerFinder.find`): «بحاجة إلى حوار بين كل الأطراف», «دعا قيادة التحالف إلى مواصلة
قصفها» name no event told, only one asked for; «حق التظاهر» is a right, not a protest (:data:`RIGHTS`)."""

from __future__ import annotations

from marsad.events.lexicon import strip_article, word_keys
from marsad.text.normalize import normalize

TO = frozenset(normalize(w) for w in ("إلى", "الى"))

CALLS = frozenset(
    strip_article(normalize(w))
    for w in "دعا دعت دعوا يدعو تدعو ندعو دعوة طالب طالبت يطالب تطالب المطالبة ناشد ناشدت حاجة بحاجة".split()
)
"""Words of calling for or needing something: the masdar they govern with «إلى» is asked for, not told."""
RIGHTS = frozenset(strip_article(normalize(w)) for w in ("حق", "حقه", "حقها", "حقهم"))
CALL_SPAN = 4
"""Words a call may stand before «إلى» (who is called on: «دعا قيادة التحالف إلى مواصلة قصفها»)."""
CONTINUING = word_keys("مواصلة استمرار استئناف تكثيف إجراء وقف وقوع")
"""Masdars of continuing, holding, stopping or happening that may stand between a call, a need or a topic word and
the event («دعا إلى وقف الاعتداءات», «ضرورة وقف الاعتداءات», «لمنع وقوع هجمات إرهابية»)."""


def requested(keys: list[str], i: int) -> bool:
    """The masdar at ``i`` is what a call or a need asks for: «بحاجة إلى حوار بين كل الأطراف», «دعا القيادة
    إلى مواصلة قصفها», «تدعو إلى إجراء مفاوضات» (a masdar of continuing or holding may stand between)."""
    j = i - 1
    if j >= 1 and keys[j] in CONTINUING:
        j -= 1
    if j < 1 or keys[j] not in TO:
        return False
    for k in range(j - 1, max(-1, j - 1 - CALL_SPAN), -1):
        if not keys[k][:1].isalpha():
            return False
        if keys[k] in CALLS:
            return True
    return False
