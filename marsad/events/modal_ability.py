"""Two cues of modality the cue lists lack: ability and pledges.

* «قواته يمكنها اقتحام المدينة في أي وقت», «بإمكان الجيش حسم المعركة», «يمكن أن يشن التنظيم هجمات»: what a side
  can do is hedged, not done → possible (bench/dev/README-events.md: `possible`, hedged);
* «تعهد بإنهاء المناورات العسكرية», «وعدت الحكومة بإطلاق سراح المعتقلين»: what a side pledges to do is
  intended → planned (as «يعتزم»). A pledge of revenge is itself a THREATEN trigger and never reaches here.

The cue must stand at most :data:`REACH` words before the trigger with no full stop or comma between, and
not after a negation («لا يمكن» still hedges; «لم يتعهد» pledges nothing and is left to the other rules).
"""

from __future__ import annotations

from marsad.events.constructions import CLAUSE_BREAKS
from marsad.events.lexicon import bare_key, word_keys
from marsad.events.sharing import LIGHT_VERBS
from marsad.model import Token

ABLE = word_keys(
    "يمكن يمكنه يمكنها يمكنهم يمكنهما بإمكان بامكان بإمكانه بإمكانها بإمكانهم بامكانه بامكانها "
    "بامكانهم بوسع بوسعه بوسعها بوسعهم يستطيع تستطيع يستطيعون تستطيعان يستطيعان"
)
"""Forms of «can» («تمكن من», managed to, is left out: «تمكنت القوات من تحرير» happened)."""
THAT = word_keys("أن ان") | frozenset('"«“')
PLEDGES = word_keys("تعهد تعهدت يتعهد تتعهد تعهدوا تعهدا وعد وعدت يعد تعد وعدوا")
"""Forms of «pledge», «promise»; their object follows with ب («تعهد بإنهاء»)."""
NEGATIONS = word_keys("لم لن لا ليس ما")
REACH = 3


def _cue(tokens: list[Token], keys: list[str], first: int, words: frozenset[str]) -> int | None:
    for j in range(first - 1, max(-1, first - 1 - REACH), -1):
        if tokens[j].text in CLAUSE_BREAKS:
            return None
        if bare_key(keys[j], words):
            return j
    return None


def able(tokens: list[Token], keys: list[str], first: int) -> bool:
    """A form of «can» right before the trigger, «أن» or a light verb at most between («يمكنها اقتحام», «يمكن أن
    يشن هجمات»): the event is possible. Another word between governs the trigger instead («ويمكن اعتبار الدعم
    العسكري متوقعا»: the support is told, its reading is hedged)."""
    j = _cue(tokens, keys, first, ABLE)
    return j is not None and all(keys[i] in THAT or keys[i] in LIGHT_VERBS for i in range(j + 1, first))


def pledged(tokens: list[Token], keys: list[str], first: int) -> bool:
    """A pledge just before the trigger, its object with ب («تعهد بإنهاء»), not negated: the event is planned."""
    j = _cue(tokens, keys, first, PLEDGES)
    if j is None or (j > 0 and keys[j - 1] in NEGATIONS):
        return False
    return any("ب" in t.prefix or t.core.startswith(("با", "بت", "بإ")) for t in tokens[j + 1 : first + 1])
