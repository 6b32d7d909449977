"""A warning of a danger is a disapproval (ACCUSE), wherever the danger stands in the clause.

The ACCUSE entries of «حذر/تحذير» in ``data/triggers.tsv`` ask for a word of danger (``near=``: «كارثة», «حصول»,
«انتهاكات», «خطر» …) within five words; a long subject and an aside push it past that window, and the THREATEN entry
of the same word then takes the warning: «وحذرت ثماني منظمات حقوقية دولية في بيان مشترك، الجمعة، من حصول
انتهاكات» warns of abuses, it threatens no one. :func:`warned_of` finds the warning's object after its «من/مغبة»
(within :data:`WARN_SPAN` words, before the clause ends) and meets the entry's condition when a word of
danger opens it. «حذر الرئيس الولايات المتحدة من مغبة الانسحاب» (a threat) keeps the THREATEN entry: its object is
an act, not a danger word.
"""

from __future__ import annotations

from marsad.events.constructions import STOPS
from marsad.events.lexicon import Trigger, word_keys
from marsad.model import Token
from marsad.text.normalize import normalize

WARN = normalize("حذر")
OBJECT_OPENERS = word_keys("من مغبة")
WARN_SPAN = 14
"""Words after the warning verb in which its «من» may stand (a subject of several words and an aside: «حذرت ثماني
منظمات حقوقية دولية في بيان مشترك، الجمعة، من»)."""
OBJECT_SPAN = 3
"""Words after «من» in which the danger word may stand («من مثلث "الخطر"», «من مغبة حصول»)."""


def warned_of(entry: Trigger, tokens: list[Token], keys: list[str], i: int) -> bool:
    """The ACCUSE ``near=`` entry of a warning word at ``i`` has one of its words of danger among the
    :data:`OBJECT_SPAN` words after a «من/مغبة» that follows within :data:`WARN_SPAN` words, before the clause ends
    (the subject may hold a «من» of its own: «وحذر ائتلاف من المنظمات الحقوقية … من وقوع انتهاكات»)."""
    if entry.plover_type != "ACCUSE" or entry.needs is None or entry.needs[0] != "near":
        return False
    if WARN not in tokens[i].core:
        return False
    words = entry.needs[1]
    for k in range(i + 1, min(len(tokens), i + 1 + WARN_SPAN)):
        if tokens[k].text in STOPS:
            return False
        if keys[k] in OBJECT_OPENERS and any(key in words for key in keys[k + 1 : k + 1 + OBJECT_SPAN]):
            return True
    return False
