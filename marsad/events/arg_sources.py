"""The body whose sources announce its own operation: «أكدت مصادر في قيادة الجيش الوطني … السيطرة على …».

Military communiqués reach the press through the sources of the force that acted: «أكدت مصادر في قيادة
الجيش الوطني في محافظة تعز لـ«عكاظ» السيطرة الكاملة على مديريتي …», «أعلن مصدر عسكري في المقاومة الشعبية
تحرير …», «كشفت مصادر من داخل الجيش إسقاط طائرة». When the event noun is the speech verb's direct object (no
«أن» clause between) the sources speak of their body's act: the body named after «مصادر في/من/بـ» is the
actor, the sources themselves (or the paper told, «لـ«عكاظ»») never are. An act named inside a circumstance
(«مقتل 4 جنود في هجوم») is another side's and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import STOPS
from marsad.events.mention import Candidate, EventMention
from marsad.events.sharing import COMPLEMENTIZERS
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics

SPEECH = frozenset(
    normalize(w)
    for w in "أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن كشف كشفت يكشف تكشف ذكر ذكرت أفاد أفادت أوضح أوضحت".split()
)
"""Speech verbs that take the reported act as a direct object («أكدت مصادر … السيطرة»)."""
SOURCES = frozenset(normalize(w) for w in "مصدر مصادر".split())
OF = frozenset(normalize(w) for w in ("في", "من", "ب", "داخل"))
"""«مصادر في الجيش», «مصدر من المقاومة», «مصدر بالجيش», «مصادر من داخل الجيش»."""
SOURCE_ADJECTIVES = 2
"""Adjectives a source noun may take before «في/من» («مصدر عسكري رفيع في …»)."""
CIRCUMSTANCE = frozenset(
    normalize(w) for w in "في خلال جراء إثر اثر نتيجة بسبب على من إلى الى عن مع ضد أثناء اثناء منذ".split()
)
"""Prepositions that make the noun after them a circumstance of another act («مقتل 4 جنود في هجوم»), not the
speech verb's object."""
REACH = 25


def source_body(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The body after «مصادر في/من» of a speech verb whose direct object is the noun trigger ``m``, or None."""
    toks = m.sentence.tokens
    first = m.first
    if clitics(toks[first]).replace("و", "") or (first > 0 and keys[first - 1] in CIRCUMSTANCE):
        return None
    for j in range(first - 1, max(-1, first - REACH), -1):
        if toks[j].text in STOPS or keys[j] in COMPLEMENTIZERS:
            return None
        if keys[j] not in SPEECH or j + 2 >= first:
            continue
        s = j + 1
        if keys[s] not in SOURCES:
            return None
        k = s + 1
        while k < first and k - s <= SOURCE_ADJECTIVES and keys[k] not in OF and not toks[k].prefix.startswith("ب"):
            k += 1
        if k >= first or not (keys[k] in OF or toks[k].prefix.startswith("ب")):
            return None
        at = k + 1 if keys[k] in OF else k  # «مصدر بالجيش»: the preposition is glued
        if keys[k] == normalize("من") and at < first and keys[at] == normalize("داخل"):
            at += 1
        body = next((c for c in every if c.first == at and c.last < first), None)
        return body if body is not None and can(body) and body.place is None else None
    return None
