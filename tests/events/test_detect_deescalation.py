"""Detection of the diplomacy and de-escalation words of the batch d288–d295 of bench/dev/README-events.md:
exercises suspended or ended (RETREAT), deals and contracts signed, a force's own men deployed, a request to
someone («طلب من»), an approval of a truce or a settlement, an ultimatum to leave, an air campaign, backing
by units, a hold that became one («باتت تسيطر»), a grip tightened on territory, a convoy targeted, and a truce
in force or an agreement denied that are no mere topic; and what stays no event: a suspended session, an order
signed, photos published, an asked-for anonymity, a cabinet approving a budget, a filing deadline, a hold that
is a state, a request as the ground of an act («بطلب من»), an appeal to the public in the imperfect.

Each case is one construction, written for this file in the style of Maghrebi, Egyptian, Levantine and Gulf
papers; none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import found_test, not_found_test

from marsad.events.detect_objects import topic_agreement
from marsad.events.detect_requests import not_asking
from marsad.events.detect_states import became
from marsad.events.mention import token_keys
from marsad.text.tokens import tokenize

FOUND = [
    pytest.param(
        "أعلنت وزارة الدفاع تعليق المناورات المشتركة مع الجيش الأمريكي حتى إشعار آخر.",
        ("تعليق", "RETREAT"),
        id="suspend-exercises",
    ),
    pytest.param(
        "تعهد الرئيس بإنهاء التدريبات العسكرية على الحدود بعد القمة.",
        ("إنهاء", "RETREAT"),
        id="end-drills",
    ),
    pytest.param(
        "ووقعت الكويت على صفقات أسلحة مع شركات فرنسية بقيمة ملياري دولار.",
        ("وقعت", "AGREE"),
        id="sign-deals",
    ),
    pytest.param(
        "وتحدثت الصحف عن توقيع وزارة الدفاع لعقد مع شركة تركية لشراء زوارق.",
        ("توقيع", "AGREE"),
        id="signing-contract",
    ),
    pytest.param(
        "وقال قائد ميداني إن القبائل نشرت العشرات من رجالها على الطريق الساحلي.",
        ("نشرت", "MOBILIZE"),
        id="deploy-own-men",
    ),
    pytest.param(
        "وذكرت الوكالة أن الوفد طلب من الجانب الآخر وقف الأعمال العدائية على الحدود.",
        ("طلب", "REQUEST"),
        id="ask-someone",
    ),
    pytest.param(
        "وافق الطرفان على وقف إطلاق النار في المدينة ابتداء من منتصف الليل.",
        ("وافق", "AGREE"),
        id="approve-ceasefire",
    ),
    pytest.param(
        "ومنح الجيش المسلحين مهلة 48 ساعة للخروج من الحي وتسليم أسلحتهم.",
        ("مهلة", "THREATEN"),
        id="ultimatum-to-leave",
    ),
    pytest.param(
        "وأطلق التحالف حملة جوية واسعة على مواقع المتمردين في الشمال.",
        ("حملة جوية", "ASSAULT"),
        id="air-campaign",
    ),
    pytest.param(
        "وسيطر المتمردون على المدينة بدعم من وحدات في الجيش موالية للرئيس السابق.",
        ("دعم", "AID"),
        id="backing-by-units",
    ),
    pytest.param(
        "وقال قائد الجبهة إن المقاومة الشعبية باتت تسيطر على مبنى المحافظة والسجن المركزي.",
        ("تسيطر", "ASSAULT"),
        id="came-to-hold",
    ),
    pytest.param(
        "وتستعد القوات لدخول البلدة بعد إحكام قبضتها على أكثر من 80 بالمئة من مساحتها.",
        ("إحكام قبضتها", "ASSAULT"),
        id="grip-on-territory",
    ),
    pytest.param(
        "وقتل ثلاثة مسلحين إثر استهداف الجيش رتلا عسكريا على الطريق الدولي.",
        ("استهداف", "ASSAULT"),
        id="targeting-convoy",
    ),
]


test_found = found_test(FOUND, dt.date(2018, 6, 17))


NOT_FOUND = [
    pytest.param(
        "قرر رئيس المجلس تعليق الجلسة إلى يوم الخميس المقبل.",
        ("تعليق", "RETREAT"),
        id="suspend-session",
    ),
    pytest.param(
        "ووقع الوزير على قرار تعيين المدير الجديد للمستشفى.",
        ("وقع", "AGREE"),
        id="sign-an-order",
    ),
    pytest.param(
        "ونشرت الصحيفة صورا للحادث على موقعها الإلكتروني.",
        ("نشرت", "MOBILIZE"),
        id="publish-photos",
    ),
    pytest.param(
        "وقال المسؤول الذي طلب عدم ذكر اسمه إن الاجتماع انتهى.",
        ("طلب", "REQUEST"),
        id="asked-anonymity",
    ),
    pytest.param(
        "ووافق مجلس الوزراء على الميزانية العامة للدولة للعام المقبل.",
        ("وافق", "AGREE"),
        id="cabinet-approves-budget",
    ),
    pytest.param(
        "ومنحت الوزارة الشركات مهلة شهر لتقديم الوثائق المطلوبة.",
        ("مهلة", "THREATEN"),
        id="filing-deadline",
    ),
    pytest.param(
        "وقال المصدر إن الحوثيين الذين يسيطرون على المدينة منعوا دخول الصحفيين.",
        ("يسيطرون", "ASSAULT"),
        id="holding-is-a-state",
    ),
    pytest.param(
        "وأجرت المنظمة التحاليل بطلب من الحكومة البريطانية في الأسبوع الماضي.",
        ("طلب", "REQUEST"),
        id="at-the-request-of",
    ),
    pytest.param(
        "وقال المسؤول: نطلب من الناس إخلاء المنطقة الساحلية قبل وصول الإعصار.",
        ("نطلب", "REQUEST"),
        id="appeal-to-the-public",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2018, 6, 17))


def _topic(text: str, word: str) -> bool:
    tokens = tokenize(text)
    keys = token_keys(tokens)
    i = next(k for k, t in enumerate(tokens) if t.text == word)
    return topic_agreement(tokens, keys, i, i)


def test_truce_in_force_and_denied_agreement_are_no_topic() -> None:
    assert not _topic("وغادر آلاف المدنيين المدينة منذ بدء الهدنة", "الهدنة")
    assert not _topic("ثم خرج قائد الفصيل لينفي الاتفاق من جديد", "الاتفاق")
    assert _topic("وعبر الوزير عن مخاوفه من الاتفاق", "الاتفاق")


def test_became_and_not_asking() -> None:
    tokens = tokenize("باتت قوات النظام تسيطر على الغوطة")
    assert became(tokens, token_keys(tokens), 3)
    tokens = tokenize("الذين يسيطرون على المنطقة")
    assert not became(tokens, token_keys(tokens), 1)
    tokens = tokenize("أجرت التحاليل بطلب من الحكومة")
    assert not_asking(tokens, token_keys(tokens), 2)
    tokens = tokenize("وقال إنه طلب من الحكومة")
    assert not not_asking(tokens, token_keys(tokens), 3)
    tokens = tokenize("وكانت اليابان طلبت شراء 42 مقاتلة")
    assert not_asking(tokens, token_keys(tokens), 2)
