"""A bare «عملية/العملية» in a story of fighting is a mention of the operation; a civil process, another event word
after it, a name or a place it is part of, or the start of it as a time frame is none
(marsad/events/detect_operations.py). The sentences are written for these tests after news usage."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import no_trigger_test, typed_triggers

OPERATIONS = [
    ("وأدت العملية لأسر أربعة حوثيين بيد الجيش الوطني.", "العملية"),
    ("وقال المتحدث إن القوات طهرت خلال العملية عددا من الأحياء.", "العملية"),
    ("وأعلنت أجهزة الأمن مقتل 14 مسلحا في عملية للقوات الخاصة في الجنوب.", "عملية"),
    ("وأجهض الثوار عملية واسعة للميليشيات هدفت لاجتياح المدينة.", "عملية"),
]


@pytest.mark.parametrize(("text", "trigger"), OPERATIONS)
def test_bare_operation_in_fighting_is_an_assault(pipeline: Any, text: str, trigger: str) -> None:
    assert (trigger, "ASSAULT") in typed_triggers(pipeline, text)


NOT_OPERATIONS = [
    # a civil process beside forces
    ("ودعا قائد الجيش إلى دعم العملية السياسية في البلاد.", "العملية"),
    ("وأكد وزير الدفاع أن القوات ستحمي عملية الاقتراع في المدن.", "عملية"),
    ("وشرعت القوات في عملية تمشيط للمنطقة بحثا عن المسلحين.", "عملية"),
    # a name or an office
    ("وقال قائد العمليات في الجيش إن القوات تتقدم نحو المدينة.", "العمليات"),
    ("وطوقت قوة من الجيش مكان العملية بعد مقتل المسلح.", "العملية"),
    # the start of the operation as a time frame
    ("ويعتقد أن أكثر من 40 جنديا قتلوا منذ بدء العملية.", "العملية"),
    # no fighting near it
    ("وأجرى الطبيب العملية للمريض في المستشفى أمس.", "العملية"),
]


test_operation_noun_that_names_no_fighting = no_trigger_test(NOT_OPERATIONS)


def test_event_word_after_the_operation_is_the_trigger(pipeline: Any) -> None:
    found = typed_triggers(pipeline, "بدأت قوات عسكرية من المقاومة عملية التقدم صوب بلاد الصبيحة.")
    assert ("التقدم", "ASSAULT") in found
    assert "عملية" not in [t for t, _ in found]


def test_toll_beside_a_bare_operation_stays(pipeline: Any) -> None:
    found = typed_triggers(pipeline, "أعلنت أجهزة الأمن الروسية مقتل 14 مقاتلا متمردا في عملية للقوات الخاصة.")
    assert ("مقتل", "ASSAULT") in found
    assert ("عملية", "ASSAULT") in found
