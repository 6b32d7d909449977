"""The facility an attack hits as its target when no side is named (marsad/events/arg_facilities.py); the
adjective «قوي» is no candidate (marsad/events/arg_candidates.py); the second side of «بين A و B من جهة، و C من
جهة أخرى» (marsad/events/arg_between.py); who describes an attack is no attacker (marsad/events/arg_described.py);
the object after a verb whose subject precedes it (marsad/events/arg_objects.py).
The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import side, target_test

TARGETS = [
    # the object of the attack noun's verb of aim, after «على», or the direct object of an attack verb
    ("قال المرصد إن قصفا إسرائيليا استهدف مستودع أسلحة بريف دمشق.", "قصفا", "مستودع أسلحة"),
    ("وشن مسلحون هجوما على قاعدة عسكرية في المدينة.", "هجوما", "قاعدة عسكرية"),
    ("واقتحمت القوات مقرا حكوميا في المدينة.", "اقتحمت", "مقرا حكوميا"),
    # a preposition or a place word after the noun does not describe it
    ("واقتحمت القوات مقرا في المدينة.", "اقتحمت", "مقرا"),
    # an aircraft also as the genitive of the attack noun
    ("وأعلنت الوحدات الكردية المسؤولية عن إسقاط المروحية العسكرية شمال عفرين.", "إسقاط", "المروحية العسكرية"),
    # a described person right after a verb whose subject stands before it (marsad/events/arg_objects.py)
    ("وقال المصدر إن المسلحين خطفوا رجل أعمال تونسيا.", "خطفوا", "رجل أعمال"),
    # a named side wins over the building
    ("وشنت الطائرات غارات على مواقع المسلحين في الجبل.", "غارات", "المسلحين"),
    # the second side begins after «من جهة»
    (
        "تصاعدت حدة المعارك بين المقاومة الشعبية والجيش الوطني من جهة، والمتمردين الحوثيين من جهة أخرى.",
        "المعارك",
        "المتمردين الحوثيين",
    ),
]


test_targets = target_test(TARGETS)


NO_TARGET = [
    # «القاعدة» is the organisation as often as a base; a site after في is where it happened
    ("وشن تنظيم القاعدة هجوما في المدينة.", "هجوما"),
    ("وقع هجوم في منزل بالحي الشرقي.", "هجوم"),
    # a civilian building is where the attack happened, also as the verb's object or the noun's genitive
    ("ولم تعلن أي جهة مسؤوليتها عن حرق المنزل في القرية.", "حرق"),
    ("واقتحم مسلحون منزلا في القرية.", "اقتحم"),
    # «قوي» after an indefinite noun is the adjective strong, not «قوى» (forces)
    ("وأكد أن أي هجوم سيواجه برد قوي.", "هجوم"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_TARGET)
def test_no_facility_target(pipeline: Any, text: str, trigger: str) -> None:
    assert side(pipeline, text, trigger, "actor2") is None


DESCRIBED = [
    # who describes or judges an attack did not carry it out
    ("ووصفت الحكومة الإسرائيلية هجوم الأمس بأنه إرهاب.", "هجوم"),
    ("واعتبرت الخارجية الهجوم انتهاكا للهدنة.", "الهجوم"),
]


@pytest.mark.parametrize(("text", "trigger"), DESCRIBED)
def test_describer_is_no_attacker(pipeline: Any, text: str, trigger: str) -> None:
    assert side(pipeline, text, trigger, "actor1") is None


def test_attacker_before_the_attack_noun_is_kept(pipeline: Any) -> None:
    assert side(pipeline, "وشنت الطائرات غارات على المدينة.", "غارات", "actor1") == "الطائرات"
