"""Detection of the fourth SaudiNewsNet batch d270–d275 of bench/dev/README-events.md: a strategic dialogue between
governments, an invitation or a request an act answers («تلبية لدعوة», «استجابة لطلب»); and what names no event:
backing or effort rallied («حشد التأييد»), the title of an investigating judge («قاضي التحقيقات»).

Each case is one construction, written for this file in the style of Gulf, Egyptian, Levantine and Maghrebi papers;
none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import found_test, not_found_test

from marsad.events.detect_objects import unarmed
from marsad.events.lexicon import strip_article
from marsad.text.normalize import normalize

FOUND = [
    pytest.param(
        "وأكد الوزير في ختام الحوار الاستراتيجي أن البلدين متفقان على مكافحة الإرهاب.",
        ("الحوار", "CONSULT"),
        id="strategic-dialogue",
    ),
    pytest.param(
        "وصل وزير الخارجية الجزائري إلى تونس في زيارة رسمية تلبية لدعوة من نظيره التونسي.",
        ("دعوة", "REQUEST"),
        id="invitation-answered",
    ),
    pytest.param(
        "وسلم ثلاثة مسلحين أنفسهم للجيش استجابة لطلب ذويهم في ولاية تبسة.",
        ("طلب", "REQUEST"),
        id="request-answered",
    ),
    pytest.param(
        "حشد الجيش قوات إضافية على الحدود الشرقية تحسبا لأي هجوم.",
        ("حشد", "MOBILIZE"),
        id="massing-troops-stays",
    ),
]


test_found = found_test(FOUND, dt.date(2015, 8, 3))


NOT_FOUND = [
    pytest.param(
        "ويسعى الوزير خلال جولته لحشد التأييد للمبادرة لدى دول الجوار.",
        ("حشد", "MOBILIZE"),
        id="rallying-backing",
    ),
    pytest.param(
        "وأحيل المتهم أمس على قاضي التحقيقات بالمحكمة الابتدائية في صفاقس.",
        ("التحقيقات", "ACCUSE"),
        id="investigating-judge",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2015, 8, 3))


def test_unarmed_rallies_only_for_massing() -> None:
    def key(word: str) -> str:
        return strip_article(normalize(word))

    assert unarmed("MOBILIZE", key("الدعم"))
    assert unarmed("MOBILIZE", key("التأييد"))
    assert not unarmed("ASSAULT", key("الدعم"))
    assert unarmed("ASSAULT", key("الدولار"))
    assert not unarmed("MOBILIZE", key("قوات"))
