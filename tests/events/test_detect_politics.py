"""Detection in the news of diplomacy and protest (the diplomacy round of bench/dev/README-events.md): what a
demand asks for, progress made in talks, the price of a bargain; demands after و + ل; reconciliations,
boycotts, protest movements, marches, embargoes, blacklisting, easing sanctions, cooperation with a partner,
the terms of an agreement.

Each case is one construction, written for this file in the style of agency copy or of Gulf, Egyptian, Levantine
and Maghrebi papers; none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from event_checks import found_test, not_found_test

from marsad.events.detect_politics import bargained, demanded, distance_covered
from marsad.events.mention import token_keys
from marsad.model import Article
from marsad.text.normalize import normalize

FOUND = [
    pytest.param(
        "تظاهر المئات أمام مقر الولاية، وللمطالبة بتشغيل الشباب رفعوا لافتات.",
        ("مطالبة", "REQUEST"),
        id="demand-after-wa-li",
    ),
    pytest.param(
        "وأعلن الوسطاء عن مصالحة بين القبيلتين بعد أسابيع من التوتر.",
        ("مصالحة", "AGREE"),
        id="reconciliation-between",
    ),
    pytest.param(
        "وقاطعت أحزاب المعارضة الانتخابات البلدية احتجاجا على القانون الجديد.",
        ("قاطعت", "REJECT"),
        id="boycott",
    ),
    pytest.param(
        "وتشهد ولاية تطاوين تصاعد الحركة الاحتجاجية منذ أسابيع.",
        ("الحركة الاحتجاجية", "PROTEST"),
        id="protest-movement",
    ),
    pytest.param(
        "خرجت مسيرة نسائية في وسط العاصمة رفضا لغلاء الأسعار.",
        ("مسيرة", "PROTEST"),
        id="women-march",
    ),
    pytest.param(
        "وأكد المجلس استمرار حظر توريد الأسلحة إلى الأطراف المتحاربة.",
        ("حظر", "SANCTION"),
        id="arms-embargo",
    ),
    pytest.param(
        "وأدرجت واشنطن الجماعة على القائمة السوداء.",
        ("أدرجت", "SANCTION"),
        id="blacklisting",
    ),
    pytest.param(
        "وقررت الحكومة رفع الحصار عن المدينة بعد مفاوضات مع الأعيان.",
        ("رفع", "CONCEDE"),
        id="lifting-a-siege",
    ),
    pytest.param(
        "وأعلن الجيش أنه سيعمل بالتعاون مع قوات الدرك على تأمين الحدود.",
        ("التعاون", "COOPERATE"),
        id="cooperation-with",
    ),
    pytest.param(
        "وقال الوزير إن الاتفاق يشمل تبادل الأسرى خلال شهر.",
        ("الاتفاق", "AGREE"),
        id="agreement-terms-named",
    ),
]


test_found = found_test(FOUND, dt.date(2018, 4, 4))


NOT_FOUND = [
    pytest.param(
        "خرجت مسيرة للمطالبة بتسليم جثمان الضحية وإطلاق سراح المعتقلين.",
        ("إطلاق سراح", "RETREAT"),
        id="coordinated-demand-content",
    ),
    pytest.param(
        "وطالبت الأحزاب بإلغاء القوانين القمعية، وإطلاق سراح المعتقلين السياسيين.",
        ("إطلاق سراح", "RETREAT"),
        id="demand-content-after-list-comma",
    ),
    pytest.param(
        "وقطعت المحادثات أشواطا مهمة على طريق توحيد المؤسسة العسكرية.",
        ("قطعت", "PROTEST"),
        id="progress-made",
    ),
    pytest.param(
        "وتحد طهران من برنامجها النووي مقابل رفع العقوبات الدولية عنها.",
        ("رفع", "CONCEDE"),
        id="price-of-a-bargain",
    ),
    pytest.param(
        "وأكد الرئيس رفضا قاطعا لأي تدخل أجنبي.",
        ("قاطعا", "REJECT"),
        id="categorical-is-no-boycott",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2018, 4, 4))


def keys_of(pipeline: Any, text: str) -> tuple[list[Any], list[str]]:
    doc = pipeline(Article("t", text, published=dt.date(2018, 4, 4)))
    tokens = [t for s in doc.sentences for t in s.tokens]
    return tokens, token_keys(tokens)


def test_demanded_needs_the_demand_word(pipeline: Any) -> None:
    tokens, keys = keys_of(pipeline, "طالب الوزير بإطلاق سراح الرهائن")
    i = next(k for k, t in enumerate(tokens) if t.core == normalize("إطلاق"))
    assert demanded(tokens, keys, i)
    tokens, keys = keys_of(pipeline, "رحب الوزير بإطلاق سراح الرهائن")
    i = next(k for k, t in enumerate(tokens) if t.core == normalize("إطلاق"))
    assert not demanded(tokens, keys, i)


def test_distance_and_bargain_helpers() -> None:
    keys = [normalize(w) for w in "قطعت المفاوضات اشواطا مهمة".split()]
    assert distance_covered(keys, 0)
    assert not distance_covered([normalize(w) for w in "قطعوا الطريق الرئيسي".split()], 0)
    assert bargained([normalize("مقابل"), normalize("رفع")], 1)
    assert not bargained([normalize("قرار"), normalize("رفع")], 1)
