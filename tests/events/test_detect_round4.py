"""Detection round of evdetect4 (recall): an object pronoun whose antecedent stands before the trigger
(detect_antecedents), storming and burning in a protest's sentence as PROTEST/riot (detect_riots), protesters
gathering («تجمع متظاهرون»), and the plural «هجومات».

Each case is one construction, written for this file in the style of agency copy or of Gulf, Egyptian, Levantine
and Maghrebi papers; none is a sentence of the development set.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import found_test, not_found_test, typed_triggers

FOUND = [
    pytest.param(
        "وخرج مئات المحتجين إلى ساحة التحرير في بغداد، لكن قوات مكافحة الشغب قامت بتفريقهم بخراطيم المياه.",
        ("تفريقهم", "COERCE"),
        id="dispersed-them-after-a-verb-of-doing",
    ),
    pytest.param(
        "وسارت مسيرة في وسط الرباط صباح الأحد، غير أن الشرطة عملت على تفريقها قبل وصولها إلى البرلمان.",
        ("تفريقها", "COERCE"),
        id="dispersed-it-after-worked-on",
    ),
    pytest.param(
        "وتجمع المتظاهرون دون ترخيص أمام مقر الولاية بالقاهرة فاصطدموا بقوات الأمن التي فرقتهم بالقوة.",
        ("فرقتهم", "COERCE"),
        id="perfect-verb-with-object-pronoun",
    ),
    pytest.param(
        "وقتل ثلاثة جنود في هجوم جديد نسبته السلطات إلى المتمردين في شمال البلاد.",
        ("نسبته", "ACCUSE"),
        id="attack-attributed-by-its-pronoun",
    ),
    pytest.param(
        "وقالت الشرطة إن مئات المتظاهرين تجمعوا أمام مبنى المحافظة في البصرة مساء الجمعة.",
        ("تجمعوا", "PROTEST"),
        id="protesters-gathered",
    ),
    pytest.param(
        "واستخدمت الشرطة الهراوات ضد المحتجين الذين تجمعوا عند مدخل القرية صباح الأربعاء.",
        ("تجمعوا", "PROTEST"),
        id="protesters-who-gathered",
    ),
    pytest.param(
        "وتواصلت الاحتجاجات في مدن الجنوب لليوم الخامس مع محاولات لاقتحام مقرات حكومية في الناصرية.",
        ("اقتحام", "PROTEST"),
        id="storming-in-a-protest-sentence",
    ),
    pytest.param(
        "وذكر مصدر أمني أن متظاهرين غاضبين أقدموا على إحراق مقر حزب في المدينة.",
        ("إحراق", "PROTEST"),
        id="burning-by-protesters",
    ),
    pytest.param(
        "وأحصت المنظمة أكثر من مئة من الهجومات على المستشفيات خلال العام الماضي.",
        ("الهجومات", "ASSAULT"),
        id="plural-hujumat",
    ),
]


test_found = found_test(FOUND)


NOT_FOUND = [
    pytest.param(
        "وأعلنت الفرق الهندسية نزع مئات الألغام التي زرعها المسلحون في محيط المدينة.",
        ("زرعها", "ASSAULT"),
        id="relative-on-the-mines-named-before",
    ),
    pytest.param(
        "ودخلت المعاهدة حيز التنفيذ بعد أشهر، وهي من الاتفاقيات الاقتصادية التي تم توقيعها العام الماضي.",
        ("توقيعها", "AGREE"),
        id="impersonal-on-the-agreement-named-before",
    ),
    pytest.param(
        "وتنص الاتفاقية على الحد من الصواريخ وتلك التي يمكن إطلاقها من الغواصات.",
        ("إطلاقها", "ASSAULT"),
        id="a-possibility-is-no-launch",
    ),
    pytest.param(
        "وتقول منظمات حقوقية إن السلطات تقمع حق المتظاهرين في التجمع، وتمنعها من الخروج إلى الشوارع.",
        ("تمنعها", "COERCE"),
        id="an-imperfect-habit",
    ),
    pytest.param(
        "وقال الوزير إن بلاده ماضية في مكافحة الإرهاب وتحرير أراضيها ممن وصفهم بالمحتلين.",
        ("وصفهم", "ACCUSE"),
        id="predicate-after-the-pronoun",
    ),
    pytest.param(
        "واقتحم مستوطنون باحات المسجد الأقصى، وأقدم آخرون على إحراق منزل عائلة فلسطينية في القرية.",
        ("إحراق", "PROTEST"),
        id="burning-without-protesters-stays-an-attack",
    ),
    pytest.param(
        "وتجمع مياه الأمطار في السدود خلال فصل الشتاء لري المزارع.",
        ("تجمع", "PROTEST"),
        id="water-gathers",
    ),
]


test_not_found = not_found_test(NOT_FOUND)


def test_armed_storming_stays_an_attack(pipeline: Any) -> None:
    found = typed_triggers(pipeline, "وحاول مسلحون اقتحام مقر الشرطة خلال الاحتجاجات، فتصدت لهم قوات الأمن.")
    assert ("اقتحام", "PROTEST") not in found
