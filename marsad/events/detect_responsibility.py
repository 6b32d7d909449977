"""Detection: blame laid with «المسؤولية … تقع على عاتق X» (the responsibility falls on X's shoulders), and an
attack attributed with «نسب» that is a quotation instead.

«مضيفة أن المسؤولية عن أي اشتباكات تقع على عاتق حركة حماس», «وتقع المسؤولية على عاتق الحكومة»: the noun
«المسؤولية» is the trigger of an ACCUSE/allege (bench/dev/README-events.md, war-reporting batch), with what the
blame is for between it and the verb, so the verb may stand farther than the five words of a ``next=`` condition.
«تأخذ على عاتقها تنظيم التظاهرات» (taking a task upon oneself) has no «المسؤولية» and no «تقع»: no blame.

«ونسب المصدر نفسه الهجوم إلى تنظيم القاعدة» attributes an attack to a side (ACCUSE/allege, triggers.tsv); «ونسبت
الوكالة لأحد شهود العيان قوله إن الهجوم وقع فجرا» attributes words to a witness (:func:`quoted`).
«وحمل مدني في بيان صحفي، قوة الاحتلال المسؤولية الكاملة»: «حمّل» lays the blame with «المسؤولية» later in the
sentence, past an aside (:func:`laid`).
Read by :meth:`marsad.events.triggers.TriggerFinder.find` and :func:`marsad.events.detect_clauses.untold`.
"""

from __future__ import annotations

from marsad.events.constructions import CLAUSE_MARKS, ON, STOPS
from marsad.events.lexicon import Trigger, verb_forms, word_keys
from marsad.text.normalize import normalize

RESPONSIBILITY = word_keys("مسؤولية المسؤولية مسئولية المسئولية")
FALLS = word_keys("تقع يقع وقعت وقع ستقع سيقع")
SHOULDERS = word_keys("عاتق عاتقها عاتقه عاتقهم عاتقهما")
SPAN = 10
"""Words that may stand between «المسؤولية» and «تقع» («المسؤولية عن أي اشتباكات قد تندلع على الحدود تقع»)."""


def borne(keys: list[str], i: int) -> bool:
    """Whether «المسؤولية» at ``i`` is laid on someone: «تقع على عاتق» after it in the same clause («المسؤولية عن
    أي اشتباكات تقع على عاتق حماس»), or «تقع» right before it and «على عاتق» after («وتقع المسؤولية على عاتق»).
    A verb «حمّل» laying it is read by :func:`laid`."""
    if keys[i] not in RESPONSIBILITY:
        return False
    if i > 0 and keys[i - 1] in FALLS:
        return i + 2 < len(keys) and keys[i + 1] in ON and keys[i + 2] in SHOULDERS
    for j in range(i + 1, min(len(keys) - 2, i + 1 + SPAN)):
        if keys[j] in CLAUSE_MARKS:
            return False
        if keys[j] in FALLS and keys[j + 1] in ON and keys[j + 2] in SHOULDERS:
            return True
    return False


HOLDING = frozenset(verb_forms(normalize("حمل"))) - word_keys("تحمل ستحمل")
"""The forms of «حمّل» (held responsible), without «تحمّل» (to bear), which the script writes alike."""
HOLD_REACH = 15
"""Words «المسؤولية» may stand after «حمّل», past its subject, an aside and the one blamed («وحمل مدني في بيان صحفي،
قوة الاحتلال المسؤولية الكاملة»)."""


def laid(keys: list[str], i: int) -> bool:
    """«حمّل» at ``i`` with «المسؤولية» later in its sentence, within :data:`HOLD_REACH` words: blame laid."""
    if keys[i] not in HOLDING:
        return False
    for j in range(i + 1, min(len(keys), i + 1 + HOLD_REACH)):
        if keys[j] in STOPS:
            return False
        if keys[j] in RESPONSIBILITY:
            return True
    return False


ATTRIBUTING = frozenset(verb_forms(normalize("نسب")))
"""The forms of «نسب» (attributed): «نسب، نسبت، ينسب، تنسب …»."""
SAYING = word_keys("قول قوله قولها قولهم قولهما تصريحات تصريحا تصريح كلام")
"""What a quotation attributes: «نسبت الوكالة لأحد الشهود قوله»."""
QUOTE_SPAN = 8


def quoted(entry: Trigger, keys: list[str], i: int) -> bool:
    """«نسب» at ``i`` attributes words («قوله», «تصريحات») in the next few words, not an attack."""
    if entry.plover_type != "ACCUSE" or keys[i] not in ATTRIBUTING:
        return False
    return any(k in SAYING for k in keys[i + 1 : i + 1 + QUOTE_SPAN])
