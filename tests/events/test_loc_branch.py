"""A group's branch named by a country or a region is no event place (:mod:`marsad.events.loc_branch`); the place
of an attack noun's relative clause wins over a place before the noun (:mod:`marsad.events.loc_relative`).

Sentences written for this file in the style of Arabic news (none is a sentence of the development set).
"""

from __future__ import annotations

from typing import Any

from test_location_constructions import place


def test_the_country_of_a_groups_branch_is_not_the_place(pipeline: Any) -> None:
    text = "وأعلنت واشنطن توسيع حملتها الجوية ضد تنظيم داعش في سوريا خلال الأشهر المقبلة."
    assert place(pipeline, text, "حملتها الجوية") is None
    text = "وتبنى تنظيم القاعدة في جزيرة العرب الهجوم على نقطة للجيش في مدينة شبام."
    assert place(pipeline, text, "الهجوم") == "شبام"


def test_the_region_of_a_branch_gives_way_to_the_town_named_later(pipeline: Any) -> None:
    text = "وهاجم مسلحون من تنظيم داعش في غرب أفريقيا قاعدة عسكرية في قرية مونغونو أمس."
    assert place(pipeline, text, "هاجم") == "مونغونو"


def test_a_town_after_the_group_or_a_place_of_its_positions_stays(pipeline: Any) -> None:
    # a town is where the group acts; positions of the group are located by the place after it
    text = "وقتل الجيش الليبي قياديا في تنظيم القاعدة في درنة خلال اشتباكات عنيفة."
    assert place(pipeline, text, "اشتباكات") == "درنة"
    text = "وشنت الطائرات غارات على مواقع لتنظيم داعش في سوريا أمس."
    assert place(pipeline, text, "غارات") == "سوريا"
    # another group before a place: the set locates the event there
    text = "وقصفت الطائرات التركية معسكرات حزب العمال الكردستاني في شمال العراق."
    assert place(pipeline, text, "قصفت") == "العراق"


def test_the_relative_clause_of_an_attack_noun_gives_its_place(pipeline: Any) -> None:
    text = (
        "وقررت الحكومة تشديد الإجراءات الأمنية في المطارات داخل فرنسا بعد الهجوم الذي استهدف مسجد الرحمة في"
        " مدينة ليون الأسبوع الماضي."
    )
    assert place(pipeline, text, "الهجوم") in ("مسجد الرحمة", "ليون")
    text = "ورفعت السلطات حالة التأهب في الموانئ بالكويت عقب التفجير الذي هز مدينة الدمام أمس."
    assert place(pipeline, text, "التفجير") == "الدمام"


def test_without_such_a_relative_clause_the_earlier_place_stays(pipeline: Any) -> None:
    text = "وقتل ثلاثة جنود في مدينة الدمام في هجوم شنه مسلحون مجهولون فجر اليوم."
    assert place(pipeline, text, "هجوم") == "الدمام"


def test_a_capital_standing_for_its_government_is_not_the_place(pipeline: Any) -> None:
    text = "وقال الوزير إن بلاده تجري مفاوضات صعبة مع موسكو بشأن صفقة الصواريخ."
    assert place(pipeline, text, "مفاوضات") is None
    text = "وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما تقديم دعم جوي لفصائل المعارضة."
    assert place(pipeline, text, "تقديم دعم") is None


def test_a_capital_after_a_place_word_or_right_after_the_event_noun_stays(pipeline: Any) -> None:
    text = "وتتواصل المعارك منذ أيام عند المدخل الشمالي للعاصمة صنعاء بين الجيش والمتمردين."
    assert place(pipeline, text, "المعارك") == "صنعاء"
    text = "وشارك أمير الكويت في قمة بغداد التي عقدت الشهر الماضي."
    assert place(pipeline, text, "قمة") == "بغداد"
