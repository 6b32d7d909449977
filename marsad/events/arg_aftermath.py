"""An attack named in passing, before or after what the clause's subject did, is not that subject's: «قامت
ميليشيات الحوثي باعتقال المئات عقب الغارات الجوية», «فروا من القاعدة تحت وقع الهجوم», «علقت الملاحة الجوية بعد
سقوط قذائف هاون», «أعلنت وزارة الدفاع رفع حالة التأهب … بعد الهجوم بالقذائف».

An attack noun after «بعد», «إثر», «عقب», «قبل» or «تحت وقع» dates the main clause; its subject answered the
attack, fled it or reported it, and the nearest name before the noun is no actor. Kept: a battle («بعد معارك
ضارية مع مجلس الشورى», «بعد اشتباكات عنيفة»: the subject fought it, :data:`BATTLES`), a side named with «مع/بين/ضد»
after the noun, the subject's own act named with a possessive pronoun («بعد سيطرتها على المدينة») and a capture
of territory («بعد استعادة معظم المناطق»), which the subject made. Called by
:func:`marsad.events.arguments.attach` for noun triggers.
"""

from __future__ import annotations

from marsad.events.casualties import TERRITORY
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention

AFTER_EVENT = word_keys("بعد إثر اثر عقب قبل وقع")
"""Words right before an attack noun that make it the time of the main clause («تحت وقع الهجوم»)."""
WITH_SIDES = word_keys("مع بين ضد")
"""Words after the noun that name its sides: the battle is the subject's own («بعد معارك مع الميليشيات»)."""
SIDE_REACH = 3
BATTLES = word_keys("معارك معركة اشتباكات اشتباك مواجهات مواجهة قتال")
"""Battles, which the clause's subject fought (and the annotation gives it as their actor)."""
POSSESSIVES = ("ها", "هم", "هما")
SEIZE = "سيطر"
CONTROL = word_keys("استعاد استعادت أحكم أحكمت تقدم تقدمت")
"""Verbs of taking ground (and every form of «سيطر»): the subject took it by the attack it made («سيطر تحالف قوات
سوريا الديمقراطية على مناطق واسعة بعد هجوم على تنظيم داعش», «أحكمت المقاومة سيطرتها على المطار إثر عملية»)."""
ACCUSING = ("اتهم", "تتهم", "يتهم")
"""«اتهمت المنظمة التحالف بارتكاب جريمة حرب إثر غارة»: the accused did it."""
ACCUSER_REACH = 10
"""Words from the verb of accusing to the accused: the accuser's name and description stand between («اتهمت
منظمة هيومن رايتس ووتش، المعنية بحقوق الإنسان، التحالف»)."""


def attack_in_passing(m: EventMention, keys: list[str], actor: Candidate | None) -> bool:
    """The attack noun ``m`` stands after a word of time (:data:`AFTER_EVENT`) and ``actor``, named before it,
    is the subject of the main clause, not the attacker."""
    toks = m.sentence.tokens
    first, last = m.first, m.last
    return (
        m.entry.plover_type == "ASSAULT"
        and actor is not None
        and actor.last < first
        and first > 0
        and keys[first - 1] in AFTER_EVENT
        and not toks[last].suffix
        and not toks[first].text.endswith(POSSESSIVES)
        and m.acled_sub_event_type not in TERRITORY  # a capture, which the subject made («بعد استعادة»)
        and keys[first] not in BATTLES
        and not any(keys[j] in WITH_SIDES for j in range(last + 1, min(last + 1 + SIDE_REACH, len(keys))))
        and not any(keys[j] in CONTROL or keys[j].startswith(SEIZE) for j in range(max(0, actor.first - 3), first))
        and not any(keys[j].startswith(ACCUSING) for j in range(max(0, actor.first - ACCUSER_REACH), actor.first))
    )
