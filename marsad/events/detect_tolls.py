"""Tolls and warnings that no attack of the story brings about (:func:`natural_toll`, :func:`natural_subject` and
:func:`weather_warning` are called from :func:`marsad.events.detect_clauses.untold`, :func:`names_toll` from
:meth:`marsad.events.triggers.TriggerFinder.find`). The set annotates no floods, storms or earthquakes
(bench/dev/README-events.md: «nor accidents … or floods»):

* «قتل 27 شخصا على الأقل في بورما بسبب الفيضانات», «لقي خمسة أشخاص مصرعهم جراء السيول», «أدت الأمطار الغزيرة إلى
  مقتل ثلاثة أطفال»: a toll word names an attack only where nothing else of the sentence names the killing (its
  entry is ``alone``); here the sentence names a flood, a storm or heat, which is the cause of the deaths.
* «الفيضانات التي اجتاحت القرى», «السيول التي ضربت المنطقة»: a verb of attack whose subject is a flood or a storm
  tells the disaster, not an attack.
* «محذرا من هطول مزيد من الأمطار الغزيرة», «حذرت من أن إعصارا في خليج البنغال سيجلب المزيد من الظروف الجوية
  الصعبة»: a warning of weather or disaster is neither a threat by one side against another nor a condemnation.
* «وأصيب 220 فلسطينيا في مواجهات», «بعد مواجهات قتل فيها سبعة فلسطينيين»: a riot of the sentence names the
  deaths, as an attack does; the toll is the riot's, no attack of its own.

«حادث» and «حريق» are not listed: a shooting incident («حادث إطلاق الرصاص») and an arson are attacks of the set.
"""

from __future__ import annotations

from marsad.events.lexicon import Trigger, word_keys

NATURE = word_keys(
    "فيضانات فيضان سيول سيل أمطار الأمطار هطول زلزال زلازل هزة إعصار أعاصير انزلاقات الثلوج الحرارة الجفاف "
    "وباء الأوبئة الكوليرا التدافع تسونامي"
)
"""Floods, rain, earthquakes, landslides, heat, drought and epidemics (keys: normalised, article off). Not «الحر»
(also «الجيش الحر»), «الجوية» (the weather, but also every air strike), nor the words that name armed units and
operations: «عاصفة» («عاصفة الحزم»), «الصواعق» («كتيبة الصواعق»), «بركان» («بركان الغضب»); nor «انهيارات» (also
the collapse of a force's lines)."""
TOLL_SPAN = 10
"""How far from a toll word (either side) its natural cause may stand: «قتل 27 شخصا على الأقل في بورما بسبب
الفيضانات» (seven words), «أدت الفيضانات والسيول وانزلاقات التربة إلى مقتل»."""
WARNING_SPAN = 8
"""How far after a warning the weather it warns of may stand: «حذر من هطول», «حذرت من أن إعصارا في خليج البنغال»."""
WARNING_TYPES = frozenset(("THREATEN", "ACCUSE"))


def natural_toll(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """A toll word (an ASSAULT entry that stands ``alone``) at ``i``..``last`` with a natural cause within
    :data:`TOLL_SPAN` words of it."""
    if entry.plover_type != "ASSAULT" or entry.needs is None or entry.needs[0] != "alone":
        return False
    return any(k in NATURE for k in keys[max(0, i - TOLL_SPAN) : last + 1 + TOLL_SPAN])


SUBJECT_SPAN = 3
"""How far before a verb of attack its natural subject may stand («السيول التي ضربت»: the relative pronoun between)."""


def natural_subject(entry: Trigger, keys: list[str], i: int) -> bool:
    """A verb of attack at ``i`` with a word of nature among the :data:`SUBJECT_SPAN` words before it."""
    return (
        entry.plover_type == "ASSAULT"
        and entry.pos != "noun"
        and any(k in NATURE for k in keys[max(0, i - SUBJECT_SPAN) : i])
    )


def weather_warning(entry: Trigger, keys: list[str], last: int) -> bool:
    """A warning or threat word ending at ``last`` whose next :data:`WARNING_SPAN` words name weather or a
    disaster («حذر من هطول الأمطار»)."""
    return entry.plover_type in WARNING_TYPES and any(k in NATURE for k in keys[last + 1 : last + 1 + WARNING_SPAN])


def names_toll(other: Trigger, toll: Trigger) -> bool:
    """Another mention of the sentence, of entry ``other``, names the killing a toll word (entry ``toll``, ``alone``)
    counts: an attack (a mention of the toll's own type) or a riot."""
    return other.plover_type == toll.plover_type or (other.plover_type == "PROTEST" and other.plover_mode == "riot")
