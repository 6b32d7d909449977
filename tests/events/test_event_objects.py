"""What an attack hits (marsad.events.objects): the object of a verb of aim, the owner of a position, counted
victims, and the passive «قتل».

Each test is one construction, written for this file in the style of agency copy; none is a sentence of the
development set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from event_checks import mention
from event_checks import side as _side

from marsad.model import Article


def side(pipeline: Any, text: str, trigger: str, which: str = "actor2") -> str | None:
    return _side(pipeline, text, trigger, which)


def test_the_object_of_a_relative_verb_of_aim_is_the_target(pipeline: Any) -> None:
    text = "وأعلن الجيش أنه نفذ غارات جوية استهدفت مسلحين متمركزين في الجنوب."
    assert side(pipeline, text, "غارات") == "مسلحين"


def test_the_owner_of_positions_a_verb_of_aim_hits_is_the_target(pipeline: Any) -> None:
    text = "وشاركت طائرات أجنبية في الغارات التي استهدفت مواقع تنظيم داعش قرب المدينة."
    assert side(pipeline, text, "الغارات") == "تنظيم داعش"


def test_a_town_a_verb_of_aim_hits_is_no_target(pipeline: Any) -> None:
    text = "ووقع القصف الذي استهدف مدينة سرت فجر اليوم."
    assert side(pipeline, text, "القصف") is None


def test_the_owner_after_ل_of_what_a_verb_hits_is_the_target(pipeline: Any) -> None:
    text = "وقصفت طائرات التحالف أهدافا لميليشيات الحوثي في صعدة."
    assert side(pipeline, text, "قصفت") == "ميليشيات الحوثي"


def test_a_count_of_the_dead_is_the_target_when_no_side_is_named(pipeline: Any) -> None:
    text = "وقتل 12 انقلابيا على الأقل في غارات على السوق مساء الأحد."
    assert side(pipeline, text, "غارات") == "12 انقلابيا"


def test_the_dead_come_before_the_wounded(pipeline: Any) -> None:
    text = "وقتل 7 انقلابيين وأصيب 30 آخرين، خلال الساعات الماضية، إثر سلسلة انفجارات في المدينة."
    assert side(pipeline, text, "انفجارات") == "7 انقلابيين"


def test_a_hedged_count_after_a_killed_noun_is_the_target(pipeline: Any) -> None:
    text = "وخلف القصف، بحسب المصدر، مقتل ما لا يقل عن 15 انقلابيا."
    assert side(pipeline, text, "القصف") == "15 انقلابيا"


def test_a_passive_قتل_with_its_agent_after_على_أيدي(pipeline: Any) -> None:
    text = "إلى ذلك قتل القيادي في الجماعة خالد العمري على أيدي قوات الجيش في المدينة."
    m = mention(pipeline, text, "قتل")
    assert m["actor1"] is not None and "قوات الجيش" in m["actor1"]["text"]
    assert m["actor2"] is not None and "خالد العمري" in m["actor2"]["text"]


def test_a_subject_before_an_unvocalised_قتل_and_a_circumstance_after_is_the_dead(pipeline: Any) -> None:
    text = "وأعلن المتحدث باسم الشرطة أن العقيد محمد عبد الرحمن قتل في منطقة الكرادة."
    m = mention(pipeline, text, "قتل")
    assert m["actor1"] is None
    assert m["actor2"] is not None and "محمد عبد الرحمن" in m["actor2"]["text"]


def test_a_subject_before_قتل_with_an_object_after_acts(pipeline: Any) -> None:
    text = "وقالت مصادر إن قوات الجيش قتلت القيادي محمد عبد الرحمن."
    assert side(pipeline, text, "قتلت", "actor1") == "قوات الجيش"


def test_the_owner_after_تابعة_لـ_of_a_convoy_hit_is_the_target(pipeline: Any) -> None:
    text = "قصفت طائرة مسيرة مجهولة الهوية تجمعا لآليات مسلحة تابعة لقوات «فجر ليبيا» جنوب المدينة."
    assert side(pipeline, text, "قصفت") == "فجر ليبيا"


def test_the_counted_people_an_arrest_takes_are_its_target(pipeline: Any) -> None:
    text = "اعتقلت ميليشيات الحوثي المئات من أبناء مدينة الحديدة بطريقة عشوائية."
    assert side(pipeline, text, "اعتقلت") == "المئات من أبناء"


def test_counted_goods_seized_are_no_target(pipeline: Any) -> None:
    text = "وتمكنت أجهزة الأمن من ضبط 4 شكاير لمواد تصنيع المتفجرات."
    assert side(pipeline, text, "ضبط") is None


def test_the_genitive_of_the_fire_that_killed_is_the_actor(pipeline: Any) -> None:
    text = "وتوفي صحفي فلسطيني متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي شرق جباليا."
    assert side(pipeline, text, "رصاص", "actor1") == "الجيش الإسرائيلي"


def test_the_agent_of_a_condemned_act_is_the_target_of_the_condemnation(pipeline: Any) -> None:
    text = "أدانت المملكة العربية السعودية بأشد العبارات الجريمة الإرهابية التي نفذها مستوطنون إسرائيليون في نابلس."
    m = mention(pipeline, text, "أدانت")
    assert m["actor1"] is not None and m["actor1"]["text"] == "المملكة العربية السعودية"
    assert m["actor2"] is not None and "مستوطنون" in m["actor2"]["text"]


def test_the_host_of_a_condemned_meeting_is_no_agent(pipeline: Any) -> None:
    text = "وانتقد الرئيس عدم دعوة حكومته لحضور الاجتماع الذي عقده أوباما في أديس أبابا."
    ref = mention(pipeline, text, "انتقد")["actor2"]
    assert ref is None or "أوباما" not in ref["text"]


def test_the_pronoun_on_أن_is_the_subject_the_name_after_the_verb_its_object(pipeline: Any) -> None:
    text = "وأكدت المصادر أن الغارات حققت أهدافها بدقة، وأنها قتلت كل عناصر الميليشيا في الموقع."
    m = mention(pipeline, text, "قتلت")
    assert m["actor1"] is None or "عناصر" not in m["actor1"]["text"]


def test_two_counts_of_the_dead_do_not_split_one_strike(pipeline: Any) -> None:
    text = "قتل 12 مدنيا في غارة جوية على سوق بلدة أريحا. وقال مسعفون إن الغارة أدت إلى مقتل 15 مدنيا على الأقل."
    doc = pipeline(Article("t", text, published=dt.date(2018, 4, 4)))
    strikes = [ev for ev in doc.events if ev["plover_type"] == "ASSAULT"]
    assert len(strikes) == 1
    assert [m["actor2"]["text"] for m in strikes[0]["mentions"]] == ["12 مدنيا", "15 مدنيا"]


def test_who_suffers_the_losses_of_the_attacks_is_their_target(pipeline: Any) -> None:
    text = "تكبدت ميليشيات الحوثي خسائر كبيرة خلال الساعات الماضية جراء غارات التحالف العربي في الساحل الغربي."
    assert side(pipeline, text, "غارات") == "ميليشيات الحوثي"


def test_the_side_a_blow_is_aimed_at_after_إلى_is_the_target(pipeline: Any) -> None:
    text = "وقال الجيش الأميركي إن القوات الأميركية وجهت ضربة جوية إلى تنظيم القاعدة جنوب بني وليد."
    assert side(pipeline, text, "ضربة") == "تنظيم القاعدة"


def test_a_person_after_an_unvocalised_قتل_and_before_a_circumstance_is_the_dead(pipeline: Any) -> None:
    text = "وقتل الملا عمر بعد ثلاثة أيام من شربه الدواء."
    m = mention(pipeline, text, "قتل")
    assert m["actor1"] is None
    assert m["actor2"] is not None and "الملا عمر" in m["actor2"]["text"]


def test_the_dead_of_both_sides_of_a_battle_name_no_target(pipeline: Any) -> None:
    text = "وأعلنت المقاومة مقتل 42 انقلابيا على الأقل، و9 مقاتلين من المقاومة في مواجهات اندلعت في القرى."
    assert side(pipeline, text, "مواجهات") is None


def test_the_toll_after_a_verb_of_result_is_the_target_however_far(pipeline: Any) -> None:
    text = (
        "وأسفرت سلسلة غارات جوية لمقاتلات التحالف على مواقع وتعزيزات ومعسكرات تدريب في مديريتي الجراحي "
        "والتحيتا بالحديدة، عن مقتل ما لا يقل عن 100 انقلابي."
    )
    ref = mention(pipeline, text, "غارات")["actor2"]
    assert ref is not None and ref["text"].startswith("100")


def test_the_ranks_named_after_في_صفوف_are_the_target(pipeline: Any) -> None:
    text = "وأكدت مصالح الأمن أنه لم تسجل أي حالة توقيف في صفوف المتظاهرين."
    assert side(pipeline, text, "توقيف") == "المتظاهرين"


def test_the_subject_of_a_threat_s_condition_is_its_target(pipeline: Any) -> None:
    text = "هدد حرس المنشآت النفطية بإغلاق الموانئ إذا لم تصرف الحكومة رواتب عناصره المتأخرة."
    assert side(pipeline, text, "هدد") == "الحكومة"


def test_the_referent_of_a_verb_s_object_pronoun_is_its_target(pipeline: Any) -> None:
    text = "وحاول العقيد محمد عبد الرحمن الفرار من المدينة قبل أن تعتقله الشرطة في المطار."
    m = mention(pipeline, text, "تعتقله")
    assert m["actor1"] is not None and m["actor1"]["text"] == "الشرطة"
    assert m["actor2"] is not None and "محمد عبد الرحمن" in m["actor2"]["text"]


def test_the_pronoun_after_على_and_on_a_plural_verb_refers_back(pipeline: Any) -> None:
    text = "وأنهت الانتفاضة حكم معمر القذافي الذي ألقى مسلحون القبض عليه وقتلوه في نهاية العام."
    for trigger in ("القبض", "قتلوه"):
        m = mention(pipeline, text, trigger)
        assert m["actor2"] is not None and "القذافي" in m["actor2"]["text"], trigger


def test_the_two_sides_after_بين_tagged_as_one_name_are_split(pipeline: Any) -> None:
    text = "وقتل 14 شخصا في تفجير انتحاري في ظل هدنة غير مسبوقة بين الحكومة وطالبان."
    m = mention(pipeline, text, "هدنة")
    assert m["actor1"] is not None and m["actor1"]["text"] == "الحكومة"
    assert m["actor2"] is not None and m["actor2"]["text"] == "طالبان"


def test_a_light_verb_s_subject_acts_across_an_aside_between_commas(pipeline: Any) -> None:
    text = "نفذ الجيش الوطني اليمني، مسنوداً بقوات تحالف دعم الشرعية، اليوم الأحد، عملية نوعية على مواقع الميليشيات."
    ref = mention(pipeline, text, "عملية نوعية")["actor1"]
    assert ref is not None and ref["text"] == "الجيش الوطني اليمني"


def test_a_counted_crowd_after_a_protest_verb_is_its_actor(pipeline: Any) -> None:
    text = "إذ تظاهر صباح أمس المئات احتجاجا على تردي الخدمات وانتشار الفساد."
    ref = mention(pipeline, text, "تظاهر")["actor1"]
    assert ref is not None and ref["text"] == "المئات"


def test_the_person_apposed_to_a_bare_title_acts(pipeline: Any) -> None:
    text = (
        "وأعلن القائد العام للجيش الليبي، المشير خليفة حفتر، هذا الشهر، انطلاق عملية تحرير مدينة درنة من "
        "الجماعات المسلحة."
    )
    ref = mention(pipeline, text, "تحرير")["actor1"]
    assert ref is not None and "خليفة حفتر" in ref["text"]


def test_the_toll_before_a_cause_word_is_the_target_however_far(pipeline: Any) -> None:
    text = (
        "قتل 9 انقلابيين بينهم 5 قادة، وأصيب 81 آخرين، خلال الـ 24 ساعة الماضية، إثر سلسلة انفجارات لألغام "
        "أرضية زرعها المتمردون في عدن."
    )
    assert side(pipeline, text, "انفجارات") == "9 انقلابيين"


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [
        ("وقال المصدر إن المعسكر تعرض لهجوم إرهابي خلف عشرة قتلى في صفوف الجنود.", "هجوم", "عشرة قتلى"),
        ("ونفت الحكومة أي دور لها في الهجوم الذي خلف 53 قتيلا.", "الهجوم", "53 قتيلا"),
    ],
    ids=["attack-then-toll", "toll-in-a-relative-clause"],
)
def test_the_toll_an_attack_leaves_is_its_target(pipeline: Any, text: str, trigger: str, toll: str) -> None:
    # a count with a noun of the dead after a verb of result («خلف عشرة قتلى»): the victims, as ACLED codes them
    assert side(pipeline, text, trigger) == toll


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وخلفت المعارك في الجنوب عشرات القتلى والجرحى.", "المعارك"),
        ("واندلعت اشتباكات عنيفة في المدينة خلفت ستة قتلى.", "اشتباكات"),
    ],
    ids=["battles", "clashes"],
)
def test_the_toll_of_a_battle_names_no_side(pipeline: Any, text: str, trigger: str) -> None:
    # a battle's dead are of both sides: its toll is no target
    assert side(pipeline, text, trigger) is None
