"""Detection rules of the second fresh batch (d296–d305 of bench/dev/README-events.md): strikes that «reach» a
target, fighting that «flares up» (the verbal noun), the war «under way», a military campaign, diplomats expelled,
a person poisoned, a truce someone declared, consenting to a deal and a force falling back, an aid convoy (one mention with the aid
it carries; a later «القافلة» refers back to it).

Each case is one construction, written for this file in the style of agency copy or of Gulf, Egyptian, Levantine
and Maghrebi papers; none is a sentence of the development set.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import found_test, not_found_test, typed_triggers

FOUND = [
    pytest.param(
        "وطالت الضربات مخازن للذخيرة قرب مطار المدينة فجر اليوم.",
        ("الضربات", "ASSAULT"),
        id="strikes-reached",
    ),
    pytest.param(
        "ونزح آلاف السكان بعد احتدام القتال في الأحياء الجنوبية من المدينة.",
        ("القتال", "ASSAULT"),
        id="fighting-flared-masdar",
    ),
    pytest.param(
        "وقتل قائد الكتيبة في الحرب الدائرة ضد المتمردين في الشمال.",
        ("الحرب", "ASSAULT"),
        id="war-under-way",
    ),
    pytest.param(
        "وشن الجيش حملة عسكرية واسعة على معاقل المسلحين في الجبال.",
        ("حملة عسكرية", "ASSAULT"),
        id="military-campaign",
    ),
    pytest.param(
        "وطردت الحكومة 23 دبلوماسيا روسيا ردا على الهجوم.",
        ("طردت", "SANCTION"),
        id="diplomats-expelled-verb",
    ),
    pytest.param(
        "وأثارت القضية أزمة بين البلدين مع تبادل طرد حوالي 300 دبلوماسي.",
        ("طرد", "SANCTION"),
        id="diplomats-expelled-noun",
    ),
    pytest.param(
        "واتهمت لندن موسكو بالوقوف وراء تسميم الجاسوس السابق وابنته.",
        ("تسميم", "ASSAULT"),
        id="person-poisoned",
    ),
    pytest.param(
        "ولم توفر الهدنة التي أمرت بها موسكو أي حماية للمدنيين.",
        ("الهدنة", "AGREE"),
        id="truce-ordered",
    ),
    pytest.param(
        "لقد أخطأت الدول الغربية بالموافقة على الاتفاق النووي مع إيران.",
        ("الموافقة", "AGREE"),
        id="consenting-to-a-deal",
    ),
    pytest.param(
        "وتكبدت الميليشيات خسائر فادحة أجبرتها على التقهقر نحو أطراف المدينة.",
        ("التقهقر", "RETREAT"),
        id="falling-back",
    ),
]


test_found = found_test(FOUND)


NOT_FOUND = [
    pytest.param(
        "وطرد المدرب اللاعب من التدريبات بسبب تأخره.",
        ("طرد", "SANCTION"),
        id="player-sent-off",
    ),
    pytest.param(
        "وحذر الكاتب من تسميم الأجواء بين البلدين بالتصريحات المتشنجة.",
        ("تسميم", "ASSAULT"),
        id="poisoned-climate",
    ),
    pytest.param(
        "وانتقد النواب الهدنة التي تحدث عنها الوزير في خطابه.",
        ("الهدنة", "AGREE"),
        id="truce-as-topic",
    ),
    pytest.param(
        "وحذرت المنظمة من أن القتال قد يؤدي إلى كارثة إنسانية.",
        ("القتال", "ASSAULT"),
        id="fighting-no-flare",
    ),
    pytest.param(
        "وواصل الريال اليمني التقهقر أمام العملات الأجنبية هذا الأسبوع.",
        ("التقهقر", "RETREAT"),
        id="currency-falling",
    ),
]


test_not_found = not_found_test(NOT_FOUND)


def test_convoy_and_its_cargo_are_one_mention(pipeline: Any) -> None:
    text = (
        "ودخلت قافلة المساعدات الإنسانية إلى البلدة المحاصرة صباح اليوم. "
        "وقال مسؤول في الهلال الأحمر إن القافلة أفرغت نصف حمولتها قبل أن تغادر."
    )
    found = typed_triggers(pipeline, text)
    assert ("قافلة المساعدات", "AID") in found
    assert ("المساعدات", "AID") not in found
    assert ("القافلة", "AID") in found


def test_convoy_of_vehicles_is_no_aid(pipeline: Any) -> None:
    found = typed_triggers(pipeline, "واستهدف الهجوم قافلة عسكرية على الطريق الدولي.")
    assert all(t != "AID" for _, t in found)
