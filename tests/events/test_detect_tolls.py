"""Detection and modality of the fifth SaudiNewsNet batch d282–d287 of bench/dev/README-events.md: tolls and warnings
of nature and a riot's toll (marsad/events/detect_tolls.py), fire opened with «فتح», storming by protesters or
students, support in the imperfect and thanks offered, a call for a masdar in construct under ل
(marsad/events/detect_calls.py), a counted student, attacks prevented; plan and denial verbs
in every person, an event that was scheduled, a «قد» before a perfect (marsad/events/modal_scope.py), and a visit
or a meeting in the imperfect (marsad/events/modal_schedule.py).

Each case is one construction, written for this file in the style of Gulf, Egyptian, Levantine and Maghrebi papers;
none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from event_checks import found_test, mention, typed_triggers

from marsad.events.detect_tolls import names_toll, natural_subject, natural_toll, weather_warning
from marsad.events.lexicon import Trigger
from marsad.events.mention import token_keys
from marsad.text.tokens import tokenize


def triggers(pipeline: Any, text: str) -> list[tuple[str, str]]:
    return typed_triggers(pipeline, text, dt.date(2015, 8, 3))


def entry(plover_type: str, needs: tuple[str, frozenset[str]] | None = None, mode: str | None = None) -> Trigger:
    return Trigger((), "verb", plover_type, mode, None, None, needs, "test")


TOLL = entry("ASSAULT", ("alone", frozenset()))


def keys(text: str) -> list[str]:
    return token_keys(tokenize(text))


@pytest.mark.parametrize(
    "text",
    [
        "قتل 12 شخصا على الأقل في ولاية آسام بسبب الفيضانات التي اجتاحت القرى.",
        "لقي خمسة أشخاص مصرعهم جراء السيول التي ضربت المنطقة.",
        "أدت الأمطار الغزيرة إلى مقتل ثلاثة أطفال في الجنوب.",
        "غمرت الفيضانات التي اجتاحت القرى مئات المنازل.",
    ],
)
def test_toll_of_nature_is_no_attack(pipeline: Any, text: str) -> None:
    assert not [t for t in triggers(pipeline, text) if t[1] == "ASSAULT"]


def test_toll_of_an_attack_stays(pipeline: Any) -> None:
    # the free army is no heat wave: «الحر» is not a word of nature
    assert ("قتل", "ASSAULT") in triggers(pipeline, "وقتل ثلاثة من عناصر الجيش الحر في درعا.")


def test_natural_subject() -> None:
    k = keys("السيول التي ضربت المنطقة")
    assert natural_subject(entry("ASSAULT"), k, 2)
    assert not natural_subject(entry("ASSAULT"), keys("المسلحون الذين ضربوا المنطقة"), 2)


def test_natural_toll_needs_a_toll_entry() -> None:
    k = keys("قتل 12 شخصا بسبب الفيضانات")
    assert natural_toll(TOLL, k, 0, 0)
    assert not natural_toll(entry("ASSAULT"), k, 0, 0)  # an attack verb names its own event
    assert not natural_toll(TOLL, keys("قتل 12 شخصا في هجوم على قرية"), 0, 0)


def test_warning_of_weather_is_no_threat(pipeline: Any) -> None:
    text = "وحذرت هيئة الأرصاد من هطول أمطار غزيرة وسيول في المناطق الساحلية."
    assert not [t for t in triggers(pipeline, text) if t[1] in ("THREATEN", "ACCUSE")]
    assert weather_warning(entry("THREATEN"), keys("حذرت الهيئة من هطول أمطار"), 0)
    assert not weather_warning(entry("THREATEN"), keys("حذر الجيش من شن غارات جوية"), 0)


def test_riot_names_the_toll(pipeline: Any) -> None:
    found = triggers(pipeline, "وأصيب 150 فلسطينيا في مواجهات قتل فيها فتى قرب السياج الفاصل.")
    assert ("مواجهات", "PROTEST") in found
    assert not [t for t in found if t[1] == "ASSAULT"]
    assert names_toll(entry("PROTEST", mode="riot"), TOLL)
    assert not names_toll(entry("PROTEST", mode="demonstrate"), TOLL)


FOUND = [
    pytest.param(
        "وقال مصدر أمني إن القوات فتحت النار على المهربين قرب الحدود.", ("فتحت النار", "ASSAULT"), id="fire-fem"
    ),
    pytest.param("وأضاف أن المسلحين فتحوا النار على الحافلة.", ("فتحوا النار", "ASSAULT"), id="fire-plural"),
    pytest.param("اقتحم مئات الطلاب مبنى البرلمان أمس.", ("اقتحم", "PROTEST"), id="storming-students"),
    pytest.param("واقتحم المتظاهرون مقر المحافظة في البصرة.", ("اقتحم", "PROTEST"), id="storming-protesters"),
    pytest.param("اقتحم مسلحون مقر الشرطة في المدينة.", ("اقتحم", "ASSAULT"), id="storming-gunmen"),
    pytest.param("وقال الوزير إن بلاده تؤيد الحل السياسي في ليبيا.", ("تؤيد", "SUPPORT"), id="support-imperfect"),
    pytest.param(
        "دعا وزير الخارجية، في كلمة أمام البرلمان، لاستئناف المفاوضات المباشرة بين الطرفين.",
        ("دعا", "REQUEST"),
        id="call-masdar-in-construct",
    ),
    pytest.param("وقدم الرئيس شكره للقوات الأمنية على حماية المتظاهرين.", ("شكره", "SUPPORT"), id="thanks-offered"),
]


test_found = found_test(FOUND, dt.date(2015, 8, 3))


NOT_FOUND = [
    pytest.param("وقالت الشرطة إن نحو 700 طالب تجمعوا أمام الوزارة.", "REQUEST", id="counted-student"),
    pytest.param("وقال إن التعاون الأمني ساعد على منع وقوع هجمات إرهابية.", "ASSAULT", id="attacks-prevented"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_not_found(pipeline: Any, text: str, kind: str) -> None:
    assert not [t for t in triggers(pipeline, text) if t[1] == kind]


MODALITY = [
    # the plan verbs and denials in every person
    ("وقال مسؤول نقابي إن الموظفين يعتزمون الإضراب عن العمل يوم الأربعاء.", "الإضراب", "planned"),
    ("وأكدت المصادر أن العمال ينوون تنظيم مظاهرة أمام الوزارة.", "مظاهرة", "planned"),
    ("ونفوا أن تكون طائراتهم قصفت السوق.", "قصفت", "denied"),
    # an event that was scheduled («كان مقررا»), also after a relative pronoun
    ("وألغت النقابة إضرابا كان مقررا يوم الخميس.", "إضرابا", "planned"),
    ("وأرجئ الاجتماع الذي كان مقررا الأحد.", "الاجتماع", "planned"),
    # a visit or a meeting in the main clause's imperfect is scheduled (marsad/events/modal_schedule.py) ...
    ("وذكرت الوكالة أن وزير الخارجية يزور الجزائر لبحث الأزمة الليبية.", "يزور", "planned"),
    ("وتلتقي الوزيرة نظيرها الفرنسي في باريس.", "تلتقي", "planned"),
    # ... not in a relative clause or with a word of now, nor a perfect that begins with ت
    ("واستقبل الأمير رئيس الوزراء الذي يزور البلاد حاليا.", "يزور", "asserted"),
    ("وتباحث الوزيران في الأزمة.", "تباحث", "asserted"),
    # a perfect with the feminine ت after «قد» is done, with «كانت» far before it (modal_scope.pluperfect)
    ("وكانت أحياء المدينة القديمة، والجمهوري، والنقطة الرابعة، والإخوة، قد تعرضت لقصف مدفعي.", "قصف", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), MODALITY)
def test_modality(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    assert mention(pipeline, text, trigger)["modality"] == modality
