"""Actor and target attachment of general constructions of Arabic news prose.

Each test is one construction, written for this file in the style of agency copy; none is a sentence of the
development set.
"""

from __future__ import annotations

from typing import Any

from event_checks import mention


def target(pipeline: Any, text: str, trigger: str) -> str | None:
    ref = mention(pipeline, text, trigger)["actor2"]
    return ref["text"] if ref else None


def test_a_security_patrol_attacked_is_the_target(pipeline: Any) -> None:
    text = "هاجم مسلحون دورية عسكرية قرب الحدود مساء الأحد."
    assert target(pipeline, text, "هاجم") == "دورية عسكرية"


def test_a_security_post_after_على_is_the_target_of_an_attack_noun(pipeline: Any) -> None:
    text = "وقع هجوم انتحاري على مقر أمني في المدينة صباح اليوم."
    assert target(pipeline, text, "هجوم") == "مقر أمني"


def test_a_convoy_after_the_subject_of_a_verb_is_its_object(pipeline: Any) -> None:
    text = "ودمرت طائرات التحالف رتلا عسكريا على الطريق الساحلي."
    assert target(pipeline, text, "دمرت") == "رتلا عسكريا"


def test_a_verb_of_aim_after_an_attack_noun_names_the_post_hit(pipeline: Any) -> None:
    text = "وأصيب خمسة أشخاص في انفجار عبوة ناسفة استهدف حاجزا أمنيا وسط البلدة."
    assert target(pipeline, text, "انفجار") == "حاجزا أمنيا"


def test_a_post_without_a_security_adjective_is_no_target(pipeline: Any) -> None:
    # a house or a civilian building is where the attack happened, not a party to it
    text = "هاجم مسلحون منزلا قديما قرب الحدود مساء الأحد."
    assert target(pipeline, text, "هاجم") is None


def actor(pipeline: Any, text: str, trigger: str) -> str | None:
    ref = mention(pipeline, text, trigger)["actor1"]
    return ref["text"] if ref else None


def test_a_long_office_between_title_and_name_is_one_argument(pipeline: Any) -> None:
    text = "واستقبل وزير الشؤون المغاربية والاتحاد الإفريقي وجامعة الدول العربية عبد القادر مساهل وفدا ليبيا."
    who = actor(pipeline, text, "استقبل")
    assert who is not None and who.startswith("وزير الشؤون") and who.endswith("عبد القادر مساهل")


def test_a_title_with_an_office_named_after_ل_reaches_the_name(pipeline: Any) -> None:
    text = "اجتمع سيرجي لافروف مع رئيس المكتب السياسي لحركة حماس خالد مشعل في موسكو."
    assert target(pipeline, text, "اجتمع") == "رئيس المكتب السياسي لحركة حماس خالد مشعل"


def test_two_titles_are_two_people(pipeline: Any) -> None:
    text = "واستقبل رئيس الوزراء وزير الخارجية سامح شكري في القاهرة."
    assert actor(pipeline, text, "استقبل") == "رئيس الوزراء"


def test_a_speaker_and_the_name_in_his_words_are_two_people(pipeline: Any) -> None:
    text = "وقال مسؤول إن سيرجي لافروف اجتمع مع خالد مشعل في موسكو."
    assert actor(pipeline, text, "اجتمع") == "سيرجي لافروف"


def test_the_agent_after_على_يد_acts_and_is_no_target(pipeline: Any) -> None:
    m = mention(pipeline, "وأدانت الحكومة اغتيال الصحفي على يد مسلحين في المدينة.", "اغتيال")
    assert m["actor1"] is not None and m["actor1"]["text"] == "مسلحين"
    assert m["actor2"] is None or m["actor2"]["text"] != "مسلحين"
