"""When the imperfect of a verb of holding tells a change, not a state (used by
:meth:`marsad.events.triggers.TriggerFinder.find`): after a verb of becoming («باتت المقاومة تسيطر على الأمن
السياسي», «أصبحت القوات تسيطر على 90 بالمئة من الغوطة») the hold is new, a takeover told; alone («الحوثيون الذين
يسيطرون على المنطقة») it is a state and no event.

A hold dated from a named day, month or year («تنظيم القاعدة الذي يسيطر على المدينة منذ 2 أبريل», «التي كانت
تسيطر عليها فصائل إسلامية منذ 2012», «ويسيطر عناصرها منذ أبريل على المكلا») tells when the place was taken: the
set codes it as the takeover (README-events, d70 and d297). A hold for a length of time («منذ 4 سنوات», «منذ
أعوام») or since another act («منذ انسحبت منها القوات») stays a state.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.dates.lexicon import load_lexicon
from marsad.events.constructions import SINCE, STOPS
from marsad.events.lexicon import strip_article, word_keys
from marsad.model import Token

BECAME = word_keys("بات باتت باتوا أصبح أصبحت أصبحوا صار صارت صاروا أضحى أضحت باتا أصبحا")
"""Verbs of becoming whose predicate is an imperfect verb («باتت تسيطر»)."""
BECAME_SPAN = 4
"""Words before the imperfect a verb of becoming may stand (its subject between: «باتت قوات النظام تسيطر»)."""


def became(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The imperfect at ``i`` is the predicate of a verb of becoming within :data:`BECAME_SPAN` words before it,
    with no punctuation between («باتت المقاومة الشعبية تسيطر»). The tokenizer may split «باتت» as ب + «اتت»:
    the word is read with its prefix too (a conjunction و/ف off). A hold dated from a point (:func:`held_since`) is
    a change too."""
    if held_since(tokens, i):
        return True
    for j in range(i - 1, max(-1, i - 1 - BECAME_SPAN), -1):
        if not keys[j][:1].isalpha():
            return False
        whole = tokens[j].norm[1:] if tokens[j].norm[:1] in "وف" and len(tokens[j].norm) > 4 else tokens[j].norm
        if keys[j] in BECAME or whole in BECAME or tokens[j].norm in BECAME:
            return True
    return False


SINCE_SPAN = 8
"""Words after the imperfect in which «منذ» may stand: past «على», the place and the subject («تسيطر عليها فصائل
إسلامية متشددة منذ 2012»)."""


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names of every calendar and family (normalised), from the dates stage's lexicon."""
    return frozenset(load_lexicon().months)


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


POWER = word_keys("الساحة مفاصل الحكم السلطة البرلمان مقاعد أحزاب حزب الأغلبية السوق الأسواق")
"""Words of political or economic control («الساحة السياسية التي تسيطر عليها منذ 1988 ثلاثة أحزاب», «يسيطر على
مفاصل الحكم منذ 2002»): no territory is held."""


def held_since(tokens: list[Token], i: int) -> bool:
    """«منذ» within :data:`SINCE_SPAN` words after the imperfect at ``i`` (no stop between) is followed by a year, a
    month name or a day number and a month name: the hold dates from a point, the takeover then. Political or
    economic control (:data:`POWER` before «منذ» or just before the verb) is none."""
    months = _months()
    if any(strip_article(t.core) in POWER for t in tokens[max(0, i - 3) : i]):
        return False
    for j in range(i + 1, min(len(tokens), i + 1 + SINCE_SPAN)):
        if tokens[j].text in STOPS:
            return False
        if strip_article(tokens[j].core) in POWER:
            return False
        if tokens[j].core != SINCE:
            continue
        after = tokens[j + 1 : j + 3]
        if not after:
            return False
        first = after[0]
        if _year(first.text) or first.norm in months or first.core in months:
            return True
        return first.text.isdigit() and len(after) > 1 and (after[1].norm in months or after[1].core in months)
    return False
