"""Detection: the language of courts and the police, where one act is told with several trigger words.

Predicates read by :class:`marsad.events.triggers.TriggerFinder`, each one a construction of Arabic news writing:

* «حكم بالسجن سبع سنوات», «الحكم عليه بالقتل قصاصا», «ويصدر الحكم بسجنها»: the punishment a verdict names is
  what the verdict says, no act of its own (:func:`content_of_legal_act`);
* «نفذت جبهة النصرة (…) حكم الإعدام»: a death sentence carried out is the execution, which replaces the verdict
  (:func:`carried_out`);
* «تطبيقا لحكم أصدرته المحكمة», «بموجب حكم قضائي»: a verdict cited as the ground of another act is no verdict
  told (:func:`cited_verdict`);
* «لتحال للمحاكمة», «أحالت النيابة المتهمين إلى المحكمة»: the trial or court a referral sends to is its
  destination, not a trial told (:func:`content_of_legal_act`).

The verdict (COERCE with no mode) and the referral (ACCUSE/allege) are the entries of ``data/triggers.tsv``
(the legal round of bench/dev/README-events.md).
"""

from __future__ import annotations

from marsad.events.constructions import STOPS, TO_WORDS
from marsad.events.lexicon import Trigger, strip_article, word_keys
from marsad.events.mention import EventMention
from marsad.text.normalize import normalize

VERDICTS = word_keys("حكم حكما أحكام أحكاما حكمت حكموا")
"""Verdict words as token keys: the punishment after one is its content."""
REFERRALS = frozenset(
    strip_article(normalize(w))
    for w in "إحالة إحالته إحالتها إحالتهم أحال أحالت أحالوا يحيل تحيل أحيل أحيلت أحيلوا يحال تحال لتحال ليحال".split()
)
"""Referral words as token keys: the court or trial after one is its destination."""
COURTS = frozenset(
    strip_article(normalize(w)) for w in "محاكمة المحاكمة محكمة المحكمة محاكمته محاكمتها محاكمتهم".split()
)
"""Trial and court words: where a referral sends (the verdict after it is an act of its own: «ويصدر الحكم»)."""
BASIS = word_keys("تطبيقا تنفيذا بموجب موجب استنادا وفقا طبقا")
"""Words that cite a verdict as the ground of an act: «تطبيقا لحكم», «بموجب حكم», «استنادا إلى حكم»."""
CONTENT_SPAN = 4
"""Words a punishment may stand after its verdict («الحكم عليه بالقتل», «حكم غيابي بالسجن»)."""


def content_of_legal_act(prev: EventMention | None, entry: Trigger, keys: list[str], i: int) -> bool:
    """The trigger at ``i`` (``entry``) is what the legal act ``prev`` just before it says: a punishment after a
    verdict, a trial or a court after a referral (within :data:`CONTENT_SPAN` words; the caller checks that no
    comma or «و» makes it a second act)."""
    if prev is None or i - prev.last > CONTENT_SPAN:
        return False
    head = keys[prev.first]
    if prev.entry.plover_type == "COERCE" and head in VERDICTS:
        return entry.plover_type in ("COERCE", "ASSAULT")
    if prev.entry.plover_type == "ACCUSE" and head in REFERRALS:
        return entry.plover_type == "COERCE" and keys[i] in COURTS
    return False


CARRY_OUT = frozenset(
    strip_article(normalize(w)) for w in "نفذ نفذت نفذوا نفذتا ينفذ تنفذ تنفيذ إنفاذ نفذه نفذها".split()
)
"""Words of carrying out a sentence («نفذت … حكم الإعدام», «تم تنفيذ حكم القتل»)."""
CARRY_OUT_REACH = 10
"""Words a verb of carrying out may stand before the sentence it governs, past its subject and an aside in brackets
(«ونفذت جبهة النصرة (ذراع القاعدة في سورية) حكم الإعدام»)."""


def carried_out_before(keys: list[str], i: int) -> bool:
    """A verb of carrying out (:data:`CARRY_OUT`) governs the sentence word at ``i``: it stands within
    :data:`CARRY_OUT_REACH` words before it, with no clause end and no comma outside brackets between."""
    depth = 0
    for j in range(i - 1, max(-1, i - 1 - CARRY_OUT_REACH), -1):
        k = keys[j]
        if k in CARRY_OUT:
            return True
        if k == ")":
            depth += 1
        elif k == "(":
            depth -= 1
        elif k in STOPS or (k in ("،", ",") and depth <= 0):
            return False
    return False


def carried_out(entry: Trigger) -> bool:
    """The punishment after a verdict is an execution that its own condition found carried out («نفذت … حكم
    الإعدام»): it names the act, and the verdict is no mention of its own."""
    return entry.plover_type == "ASSAULT" and entry.plover_mode == "execute"


def cited_verdict(keys: list[str], i: int) -> bool:
    """The verdict word at ``i`` is cited as the ground of another act: «تطبيقا لحكم», «بموجب حكم», «استنادا إلى
    حكم» (:data:`BASIS`)."""
    key = keys[i][1:] if keys[i][:1] == "ل" else keys[i]  # «تطبيقاً لحكم»: the ل the tokenizer left on
    if key not in VERDICTS:
        return False
    j = i - 1
    if j >= 0 and keys[j] in TO_WORDS:
        j -= 1
    return j >= 0 and keys[j] in BASIS
