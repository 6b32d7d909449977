"""Detection of the war-reporting ANT batch (d222–d227 of bench/dev/README-events.md): aircraft shot down, a
deployment reinforced, backing of an offensive or of forces in combat as military aid, fighters leaving under an
evacuation deal, the price foretold as a threat; and what names no event: the price inside a warning already named,
an aim secured («بغية ضمان انسحاب»), a visitor leaving, a regime toppled.

Each case is one construction, written for this file in the style of Gulf, Egyptian, Levantine and Maghrebi papers;
none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import found_test, not_found_test

FOUND = [
    pytest.param(
        "وأسقطت الدفاعات الجوية السعودية طائرة مسيرة أطلقها الحوثيون باتجاه جازان.",
        ("أسقطت", "ASSAULT"),
        id="drone-shot-down",
    ),
    pytest.param(
        "وأعلن المتمردون مسؤوليتهم عن إسقاط مروحية عسكرية قرب الحدود.",
        ("إسقاط", "ASSAULT"),
        id="helicopter-shot-down-noun",
    ),
    pytest.param(
        "وعزز الجيش الجزائري من انتشار وحداته على الحدود الجنوبية مع مالي.",
        ("عزز", "MOBILIZE"),
        id="deployment-reinforced",
    ),
    pytest.param(
        "وتدعم فرنسا هجوم القوات المالية على معاقل المسلحين في الشمال.",
        ("تدعم", "AID"),
        id="backing-an-offensive",
    ),
    pytest.param(
        "وتقدمت قوات الحكومة في ريف درعا بمساندة من طيران التحالف.",
        ("مساندة", "AID"),
        id="backing-forces-in-combat",
    ),
    pytest.param(
        "وغادر مئات من مقاتلي المعارضة وعائلاتهم بلدة دوما على متن حافلات إلى الشمال.",
        ("غادر", "RETREAT"),
        id="evacuation-deal",
    ),
    pytest.param(
        "وقال قائد الحرس إن من يعتدي على أرضنا سيدفع ثمنا باهظا.",
        ("يدفع", "THREATEN"),
        id="price-foretold",
    ),
    pytest.param(
        "وتعهد الرئيس، في كلمة أمام أنصاره، بأن المعتدين سيدفعون الثمن.",
        ("تعهد", "THREATEN"),
        id="vow-of-a-price",
    ),
]


test_found = found_test(FOUND, dt.date(2018, 5, 10))


NOT_FOUND = [
    pytest.param(
        "وحذر الوزير من أن الجماعات المسلحة سوف يدفعون الثمن غاليا.",
        ("يدفعون", "THREATEN"),
        id="price-inside-a-warning",
    ),
    pytest.param(
        "ويجري المبعوث الأممي محادثات في صنعاء بغية ضمان انسحاب المسلحين من الميناء.",
        ("انسحاب", "RETREAT"),
        id="withdrawal-as-aim",
    ),
    pytest.param(
        "وغادر وزير الخارجية العاصمة متوجها إلى القاهرة في زيارة رسمية.",
        ("غادر", "RETREAT"),
        id="visitor-leaving",
    ),
    pytest.param(
        "ورفع المتظاهرون شعارات تطالب بإسقاط النظام.",
        ("إسقاط", "ASSAULT"),
        id="regime-toppled",
    ),
    pytest.param(
        "وقال الرئيس إن بلاده ستدفع رواتب الموظفين الشهر المقبل.",
        ("تدفع", "THREATEN"),
        id="salaries-paid",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2018, 5, 10))
