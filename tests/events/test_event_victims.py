"""The dead and wounded named as the subject of an unvocalised passive verb of dying (marsad.events.victims).

Each test is one construction, written for this file in the style of agency copy; none is a sentence of the
development set.
"""

from __future__ import annotations

from typing import Any

from event_checks import side as _side


def side(pipeline: Any, text: str, trigger: str, which: str = "actor2") -> str | None:
    return _side(pipeline, text, trigger, which)


def test_a_dual_after_a_passive_kill_verb_is_its_target(pipeline: Any) -> None:
    text = "وقتل شرطيان آخران عندما وصلت التعزيزات إلى الحاجز."
    assert side(pipeline, text, "قتل") == "شرطيان آخران"
    assert side(pipeline, text, "قتل", "actor1") is None


def test_a_singular_noun_killed_before_the_attack_is_its_target(pipeline: Any) -> None:
    text = "وقتل موظف في البلدية أمس في هجوم مسلح شرق المدينة."
    assert side(pipeline, text, "هجوم") == "موظف"


def test_a_count_killed_before_the_attack_is_its_target(pipeline: Any) -> None:
    text = "قتل 12 شخصا في قرية قريبة من الحدود الشمالية التي تبعد نحو 30 كلم عن العاصمة، خلال هجوم لمسلحين."
    assert side(pipeline, text, "هجوم") == "12 شخصا"


def test_the_dead_come_before_the_wounded(pipeline: Any) -> None:
    text = "وقتل سائق وأصيب راكب آخر في هجوم على حافلة."
    assert side(pipeline, text, "هجوم") == "سائق"


def test_a_partitive_subject_of_the_second_verb(pipeline: Any) -> None:
    text = "واستشهد وأصيب عدد من المواطنين فجر اليوم نتيجة القصف المدفعي على البلدة."
    assert side(pipeline, text, "القصف") == "عدد من المواطنين"


def test_an_object_after_the_noun_makes_the_verb_active(pipeline: Any) -> None:
    text = "وقتل مسلحان شرطيا عندما وصلت التعزيزات إلى الحاجز."
    assert side(pipeline, text, "قتل") != "مسلحان"
    assert side(pipeline, text, "قتل", "actor1") == "مسلحان"


def test_the_wounded_of_a_battle_name_no_side(pipeline: Any) -> None:
    text = "وأصيب 7 آخرون خلال المواجهات في المدينة."
    assert side(pipeline, text, "المواجهات") is None


# the genitive after an event noun as its agent (marsad.events.agents)


def test_an_aircraft_in_the_genitive_of_a_strike_is_its_actor(pipeline: Any) -> None:
    text = "وتصاعد الدخان فوق المدينة عقب قصف طيران التحالف لمعسكر قريب."
    assert side(pipeline, text, "قصف", "actor1") == "طيران التحالف"
    assert side(pipeline, text, "قصف") != "طيران التحالف"


def test_a_genitive_before_a_counted_object_is_the_agent(pipeline: Any) -> None:
    text = "وأكدت مصادر محلية اعتقال قوات الأمن عشرات الشبان في الحي."
    assert side(pipeline, text, "اعتقال", "actor1") == "قوات الأمن"
    assert side(pipeline, text, "اعتقال") == "عشرات الشبان"


def test_a_genitive_without_an_object_stays_the_target(pipeline: Any) -> None:
    text = "وأكدت مصادر محلية اعتقال قوات الأمن في الحي."
    assert side(pipeline, text, "اعتقال", "actor1") != "قوات الأمن"


def test_a_subject_between_an_and_the_verb_of_dying_is_the_target(pipeline: Any) -> None:
    text = "وأفاد المصدر أن ضابطا كبيرا قتل في هجوم على موكبه."
    assert side(pipeline, text, "هجوم") == "ضابطا كبيرا"


def test_a_noun_coordinated_with_the_linked_attack_shares_its_dead(pipeline: Any) -> None:
    text = "وقال المتحدث إن طفلا صغيرا قتل وأصيب آخرون في اشتباكات وغارات للطيران الحربي."
    assert "طفلا" in (side(pipeline, text, "غارات") or "")


def test_two_coordinated_genitive_agents_before_a_lam_object(pipeline: Any) -> None:
    text = "وتضررت منازل عدة جراء قصف قوات النظام وحلفائها للأحياء الشرقية."
    assert side(pipeline, text, "قصف", "actor1") == "قوات النظام وحلفائها"


def test_a_genitive_agent_before_an_object_with_a_pronoun(pipeline: Any) -> None:
    text = "وقال الأهالي إن الحادث وقع بعد إحراق مستوطنين منزلهم في القرية."
    assert side(pipeline, text, "إحراق", "actor1") == "مستوطنين"


def test_the_verb_after_a_fronted_place_phrase_opens_its_clause(pipeline: Any) -> None:
    text = "وفي مدينة الحديدة قتل عامل واحد وأصيب سائق جراء قصف عشوائي."
    assert side(pipeline, text, "قصف") == "عامل واحد"


def test_the_subject_of_an_active_kill_verb_with_a_count_is_the_actor(pipeline: Any) -> None:
    text = "وقال مسؤول محلي إن مسلحين قتلوا نحو 12 قرويا في هجوم على السوق."
    assert side(pipeline, text, "هجوم", "actor1") == "مسلحين"
    assert side(pipeline, text, "هجوم") != "مسلحين"
