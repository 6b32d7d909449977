"""Sides of an attack named around its toll: members of the dead are no actor, the ranks a toll falls on after a verb
of result, the security vehicle a mine exploded in, and the backer of an operation (marsad/events/victims.py,
objects.py, arg_facilities.py, arg_backed.py). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from event_checks import side


def test_a_member_of_the_dead_is_no_actor_of_the_attack(pipeline: Any) -> None:
    text = "أعلنت السلطات مقتل سبعة أشخاص، بينهم عناصر أمن وطفل، على الأقل في هجوم انتحاري استهدف سوقا شعبية."
    assert side(pipeline, text, "هجوم", "actor1") is None


def test_a_later_conjunct_of_the_dead_is_no_actor(pipeline: Any) -> None:
    text = "وأفادت مصادر طبية بمقتل أربعة من رجال الشرطة وامرأة وطفلين في الهجوم على المعسكر."
    assert side(pipeline, text, "الهجوم", "actor1") is None


def test_soldiers_who_died_with_their_adjective_are_no_actor(pipeline: Any) -> None:
    text = "وأكدت مصادر عسكرية أن جنديين نيجيريين قتلا وأصيب ثلاثة في كمين قرب الحدود."
    assert side(pipeline, text, "كمين", "actor1") is None


def test_past_a_link_the_agent_of_the_attack_acts(pipeline: Any) -> None:
    text = "تظاهر المئات بعد مقتل طفل إثر قيام مستوطنين متطرفين بإحراق منزل في القرية."
    assert "متطرفين" in (side(pipeline, text, "إحراق", "actor1") or "")


def test_the_ranks_of_a_toll_after_a_verb_of_result_are_the_target(pipeline: Any) -> None:
    text = "واسفرت تلك المعارك عن سقوط عشرات القتلى والجرحى في صفوف المتمردين."
    assert side(pipeline, text, "المعارك", "actor2") == "المتمردين"


def test_the_toll_of_the_next_clause_is_not_the_target(pipeline: Any) -> None:
    text = "وشهدت الجبهات أمس مواجهات عنيفة، واسفرت تلك المعارك عن سقوط عشرات القتلى في صفوف المتمردين."
    assert side(pipeline, text, "مواجهات", "actor2") is None


def test_the_military_vehicle_a_mine_exploded_in_is_the_target(pipeline: Any) -> None:
    text = "وذكرت مصادر محلية أن ضابطا قتل في ولاية ديالى حينما انفجر لغم أرضي في آلية عسكرية وأصيب جنديان."
    assert side(pipeline, text, "انفجر", "actor2") == "آلية عسكرية"


def test_a_patrol_passing_a_mine_is_the_target(pipeline: Any) -> None:
    text = "وأسفر انفجار لغم أرضي لدى مرور دورية عسكرية عن مقتل جنديين."
    assert side(pipeline, text, "انفجار", "actor2") == "دورية عسكرية"


def test_the_backer_of_an_operation_is_not_its_target(pipeline: Any) -> None:
    text = "اقتحمت المقاومة الشعبية بدعم من طائرات التحالف العربي معسكر اللواء في المدينة."
    assert side(pipeline, text, "اقتحمت", "actor1") == "المقاومة الشعبية"
    assert side(pipeline, text, "اقتحمت", "actor2") != "طائرات التحالف العربي"


def test_the_side_said_to_stand_behind_an_attack_carried_it_out(pipeline: Any) -> None:
    text = "واتهمت وزارة الداخلية حركة الشباب التي تسيطر على مناطق واسعة في جنوب البلاد بالوقوف وراء هذا الهجوم."
    assert side(pipeline, text, "الهجوم", "actor1") == "حركة الشباب"
