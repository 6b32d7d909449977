"""Detection: agreements signed, what they cover, and sanctions that are a court's punishment.

Predicates read by :class:`marsad.events.triggers.TriggerFinder`, each one a construction of Arabic news writing:

* «وقعت الأطراف المتحاربة في جنوب السودان على اتفاق سلام»: the verb of signing names the agreement even when a
  long subject stands between it and «على اتفاق» (:func:`signed_far`); the agreement noun it governs is then its
  content, not a second mention (:func:`signed_content`);
* «اتفاقية تعاون أمني», «تطوير التعاون العسكري»: cooperation named as what an agreement covers or as a field to
  develop is a topic, no act of cooperation told (:func:`cooperation_topic`);
* «وإيقاع أشد العقوبات على مرتكبيها», «العقوبات الشرعية»: in the statements of interior ministries and courts
  «العقوبات» are the punishments of the law for a crime, not sanctions imposed on a state or a group
  (:func:`legal_punishment`).
"""

from __future__ import annotations

from marsad.events.constructions import ON
from marsad.events.lexicon import Trigger, strip_article, verb_forms
from marsad.events.mention import EventMention
from marsad.model import Token
from marsad.text.normalize import normalize

SIGNING = frozenset(verb_forms(normalize("وقع")))
"""Forms of the verb «وقّع» (to sign) as token keys."""
AGREEMENTS = frozenset(
    strip_article(normalize(w))
    for w in "اتفاق اتفاقا اتفاقية اتفاقيات مذكرة مذكرات معاهدة معاهدات ميثاق وثيقة إعلان بروتوكول".split()
)
"""Nouns of a signed text (token keys): what «وقع على» governs."""
SIGN_SPAN = 10
"""Words between the verb of signing and «على» + the agreement (its subject: «الأطراف المتحاربة في جنوب السودان»)."""
STOPS = frozenset('.؛;:!؟?"«»')


def signed_far(keys: list[str], tokens: list[Token], i: int, last: int) -> bool:
    """The verb at ``i`` is «وقع» and governs «على» + an agreement noun within :data:`SIGN_SPAN` words, in the same
    sentence part: «وقعت الأطراف المتحاربة في جنوب السودان على اتفاق سلام»."""
    if keys[i] not in SIGNING:
        return False
    for k in range(last + 1, min(len(keys) - 1, last + 1 + SIGN_SPAN)):
        if tokens[k].core in STOPS:
            return False
        if keys[k] in ON and keys[k + 1] in AGREEMENTS:
            return True
    return False


def signed_content(prev: EventMention | None, entry: Trigger, keys: list[str], i: int) -> bool:
    """The agreement noun at ``i`` follows «على» and the verb of signing found before it in the sentence (``prev``):
    what was signed, one mention with the verb."""
    return (
        prev is not None
        and entry.plover_type == "AGREE"
        and entry.pos == "noun"
        and prev.entry.plover_type == "AGREE"
        and prev.entry.pos != "noun"
        and i > 0
        and keys[i - 1] in ON
        and keys[prev.first] in SIGNING
        and i - prev.last <= SIGN_SPAN + 1
    )


DEVELOPING = frozenset(
    strip_article(normalize(w)) for w in "تطوير تكثيف توسيع تفعيل تنمية تعميق دعم مجالات آفاق أوجه أطر".split()
)
"""Words that make the cooperation after them a field to develop («تطوير التعاون العسكري», «آفاق التعاون»)."""


def cooperation_topic(prev: EventMention | None, entry: Trigger, tokens: list[Token], keys: list[str], i: int) -> bool:
    """The cooperation noun at ``i`` names what an agreement covers (right after the agreement noun: «اتفاقية
    تعاون أمني») or a field to develop (:data:`DEVELOPING`: «تطوير التعاون العسكري»)."""
    if entry.plover_type != "COOPERATE" or entry.pos != "noun" or i == 0:
        return False
    if keys[i - 1] in DEVELOPING and not tokens[i - 1].core.startswith("ال"):
        return True
    return prev is not None and prev.entry.plover_type == "AGREE" and prev.last == i - 1


PUNISHMENT = frozenset(
    strip_article(normalize(w))
    for w in (
        "شرع الشرعي الشرعية شرعية مرتكبي مرتكبيها مرتكبيه مرتكبيهم الجناة الجاني الجناه القصاص تعزير التعزير "
        "تعزيرا الجزائية الجزائي رادعة الرادعة المخالفين المخالف"
    ).split()
)
"""Words of crime and the law's punishment («العقاب الشرعي», «مرتكبيها», «الجناة», «التعزير»)."""
HARSHEST = frozenset(normalize(w) for w in ("أشد", "اشد"))
PUNISHMENT_SPAN = 5


def legal_punishment(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """The sanctions word at ``i`` is the punishment of the law: «أشد العقوبات» or a word of crime or punishment
    (:data:`PUNISHMENT`) within :data:`PUNISHMENT_SPAN` words («إيقاع أشد العقوبات على مرتكبيها»)."""
    if entry.plover_type != "SANCTION":
        return False
    if i > 0 and keys[i - 1] in HARSHEST:
        return True
    window = keys[max(0, i - PUNISHMENT_SPAN) : i] + keys[last + 1 : last + 1 + PUNISHMENT_SPAN]
    return any(k in PUNISHMENT for k in window)
