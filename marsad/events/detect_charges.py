"""Detection: trigger words that tell no act of their own, because a charge, a cause or a phrase of happening
governs them (called from :func:`marsad.events.detect_clauses.untold`).

* «وأدانت المحكمة الزفزافي بعدة اتهامات بينها تدبير "مؤامرة …، عن طريق التحريض بارتكاب اعتداء …"», «حكم عليهم
  بتهم الانتماء إلى جماعة إرهابية والاعتداء على قوات الأمن»: the acts after a charge word are what the charges
  say, none told (:func:`charged_content`); the charge noun after a conviction (``ب`` + «اتهامات/تهم») is the
  ground of the verdict, no accusation of its own (:func:`conviction_ground`);
* «بالأهداف النبيلة التي دعت إلى مشاركته», «الأسباب التي دعت إلى الحرب»: after a relative pronoun whose
  antecedent is a cause or an aim, «دعا» is "to prompt", no call (:func:`prompted`);
* «وقع التوصل إلى اتفاق»: «وقع» before a masdar is "to take place", no signing (:func:`took_place`; the
  agreement noun after it names the act).
"""

from __future__ import annotations

from marsad.events.constructions import STOPS
from marsad.events.lexicon import Trigger, word_keys

CHARGES = word_keys("تهمة بتهمة تهم بتهم التهم تهمتي بتهمتي")
"""Charge words of the law: what follows them in the clause is the charge."""
ACCUSATIONS = word_keys("اتهامات باتهامات الاتهامات")
"""Accusation nouns: charges only after a conviction (an accusation's content, «يواجه اتهامات بقتل لاعب», «اتهامات
بأن الجزائر لعبت دورا في دعم إيراني», is an alleged act, which the set counts as told and ``reported``)."""
CHARGE_REACH = 25
"""Words a charged act may stand after the charge word (a list of charges joined by «و» and commas)."""
SAYING = word_keys("قال قالت وقال وقالت أضاف أضافت وأضاف وأضافت أوضح أوضحت وأوضح وأوضحت أكد أكدت وأكد وأكدت")
"""Verbs that open a new statement: a charge does not reach past them."""
BECAUSE = word_keys("بسبب سبب إثر بعد خلال")
"""Words of cause or time: the act after them is the ground of the charge, told («بسبب الاحتجاجات المنددة»)."""
CONVICTION = word_keys(
    "أدان أدانت دان دانت أدانته أدانتها أدانتهم إدانة إدانته إدانتها إدانتهم حكم حكمت حكما أحكام قضت قضى"
)
"""Words of convicting or sentencing: a charge noun after one is the ground of the verdict."""
SEVERAL = word_keys("عدة بعدة")
GROUND_REACH = 5
CAUSES = word_keys(
    "أسباب سبب دوافع دافع أهداف هدف ظروف عوامل اعتبارات مبررات أمور ضرورة حاجة الأسباب الدوافع الأهداف الظروف"
)
"""Nouns of cause or aim: «الأسباب التي دعت إلى …» is "the reasons that prompted …"."""
RELATIVES = word_keys("التي الذي اللذين اللتين الذين اللواتي")
CALLING = word_keys("دعا دعت دعتا دعوا تدعو يدعو")
CAUSE_REACH = 3
"""Words (an adjective or two) between the cause noun and the relative pronoun («الأهداف النبيلة التي»)."""
TOOK_PLACE = word_keys("وقع")
REACHING = word_keys("التوصل توصل")


def charged_content(entry: Trigger, keys: list[str], i: int) -> bool:
    """The trigger at ``i`` stands after a charge word (:data:`CHARGES`) of its sentence, within
    :data:`CHARGE_REACH` words and with no sentence end or verb of saying between: it is what the charge says."""
    if entry.plover_type not in ("ASSAULT", "PROTEST", "COERCE", "THREATEN", "SUPPORT"):
        return False
    for j in range(i - 1, max(-1, i - 1 - CHARGE_REACH), -1):
        k = keys[j]
        if k in STOPS or k in SAYING or k in BECAUSE:
            return False
        if k in CHARGES or (k in ACCUSATIONS and convicted_before(keys, j)):
            return True
    return False


def convicted_before(keys: list[str], j: int) -> bool:
    """A word of convicting stands within :data:`GROUND_REACH` words before ``j``."""
    return any(keys[k] in CONVICTION for k in range(max(0, j - GROUND_REACH), j))


def conviction_ground(entry: Trigger, keys: list[str], i: int, prefix: str) -> bool:
    """A charge noun governed by ب (glued or after «بعدة») within :data:`GROUND_REACH` words after a word of
    convicting: the ground of the verdict («أدانت المحكمة الزفزافي بعدة اتهامات»)."""
    if entry.plover_type != "ACCUSE" or entry.pos != "noun" or keys[i] not in CHARGES | ACCUSATIONS:
        return False
    if "ب" not in prefix and not (i > 0 and keys[i - 1] in SEVERAL):
        return False
    return convicted_before(keys, i)


def prompted(entry: Trigger, keys: list[str], i: int) -> bool:
    """«دعا» after a relative pronoun whose antecedent, up to :data:`CAUSE_REACH` words before it, is a cause or
    an aim: «التي دعت إلى» prompts, it calls on no one."""
    if entry.plover_type != "REQUEST" or keys[i] not in CALLING or i == 0 or keys[i - 1] not in RELATIVES:
        return False
    return any(keys[j] in CAUSES for j in range(max(0, i - 2 - CAUSE_REACH), i - 1))


def took_place(entry: Trigger, keys: list[str], i: int) -> bool:
    """«وقع التوصل إلى اتفاق»: «وقع» right before a masdar of reaching takes place; the agreement is the act."""
    return entry.plover_type == "AGREE" and keys[i] in TOOK_PLACE and i + 1 < len(keys) and keys[i + 1] in REACHING
