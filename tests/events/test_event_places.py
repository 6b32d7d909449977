"""Where an event happened (:mod:`marsad.events.location`): constructions of Arabic news prose that decide
among the places of a sentence.

Sentences written for this file (none is a sentence of the development set).
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mention, text_of


def test_a_hashtag_keeps_the_preposition_and_the_place_word_before_it(pipeline: Any) -> None:
    # «شمال #الحديدة» only locates the town before it, as «شمال الحديدة» does
    _, m = mention(pipeline, "سيطرت القوات على مدينة حيس شمال #الحديدة بعد معارك عنيفة مع المتمردين.", "معارك")
    assert text_of(m["location"]) == "حيس"


def test_a_region_gives_way_to_a_town_named_in_the_next_clause(pipeline: Any) -> None:
    text = "وفي محافظة الحديدة قتل 20 مسلحا جراء غارات جوية، في مديرية #حيس بمحافظة #الحديدة."
    _, m = mention(pipeline, text, "غارات")
    assert text_of(m["location"]) == "حيس"
    text = "ويعد هذا الهجوم الأعنف في سوريا منذ التفجير الذي أوقع 20 قتيلا بحمص."
    _, m = mention(pipeline, text, "التفجير")
    assert text_of(m["location"]) == "حمص"


def test_a_place_in_the_clause_before_comes_with_the_place_that_locates_it(pipeline: Any) -> None:
    _, m = mention(pipeline, "عبرت مجموعة مسلحة منطقة الدبداب بولاية إليزي، واشتبك معها الجيش لساعات.", "اشتبك")
    assert text_of(m["location"]) == "الدبداب"
    text = "حاول المسلحون التسلل إلى منطقة الجاح جنوبي الحديدة، واعتقلت القوات عشرة منهم."
    _, m = mention(pipeline, text, "اعتقلت")
    assert text_of(m["location"]) == "الجاح"


def test_a_name_in_quotes_after_a_place_word_is_a_place(pipeline: Any) -> None:
    text = "قالت الشرطة إن الاشتباكات وقعت في منطقة “الرشيدية” وأسفرت عن مقتل مسلحين."
    _, m = mention(pipeline, text, "الاشتباكات")
    assert text_of(m["location"]) == "الرشيدية"


def test_a_nationality_coordinated_with_another_is_no_place(pipeline: Any) -> None:
    _, m = mention(pipeline, "شنت طائرات روسية وسورية غارات على مواقع المعارضة.", "غارات")
    assert text_of(m["location"]) is None


def test_a_place_that_completes_an_actors_name_is_no_location(pipeline: Any) -> None:
    # «مجلس ثوار بنغازي» is a group; the fighting is not said to be in Benghazi
    _, m = mention(pipeline, "وقال قائد في مجلس ثوار بنغازي إن المعارك تواصلت أمس.", "المعارك")
    assert text_of(m["location"]) is None


def test_a_relative_clause_after_a_meeting_tells_where_it_is_held(pipeline: Any) -> None:
    _, m = mention(pipeline, "وانتهى الاجتماع الذي عقد بالرباط أمس دون اتفاق.", "الاجتماع")
    assert text_of(m["location"]) == "الرباط"
    _, m = mention(pipeline, "وتنتظر الأطراف جولة المحادثات التي ستعقد في جنيف الشهر المقبل.", "المحادثات")
    assert text_of(m["location"]) == "جنيف"


def test_the_place_an_attack_takes_as_its_object_is_where_it_happened(pipeline: Any) -> None:
    text = "قتل خمسة مدنيين في محافظة إدلب جراء قصف بلدة سراقب بالمدفعية."
    _, m = mention(pipeline, text, "قصف")
    assert text_of(m["location"]) == "سراقب"
    text = "تمكنت القوات في محافظة الأنبار من استعادة مدينة الرطبة بعد أيام من المعارك."
    _, m = mention(pipeline, text, "استعادة")
    assert text_of(m["location"]) == "الرطبة"


def test_a_noun_with_an_attached_pronoun_is_no_place_name(pipeline: Any) -> None:
    _, m = mention(pipeline, "قصفت الطائرات مواقع للمتمردين في معقلهم بمحافظة مأرب.", "قصفت")
    assert text_of(m["location"]) == "مأرب"


def test_a_front_after_fi_is_a_place_but_a_known_group_is_not(pipeline: Any) -> None:
    text = "قتل عشرة مسلحين في غارات استهدفت تجمعاتهم في جبهة الكدحة غرب المحافظة."
    _, m = mention(pipeline, text, "غارات")
    assert text_of(m["location"]) == "جبهة الكدحة"
    _, m = mention(pipeline, "وقتل قيادي في جبهة النصرة في غارة شنتها طائرات التحالف.", "غارة")
    assert text_of(m["location"]) is None


def test_a_place_far_before_the_trigger_belongs_to_another_predicate(pipeline: Any) -> None:
    # the convoy left Misrata; the clashes happened on the road, where the sentence names no place
    text = (
        "وقال المصدر إن رتلا خرج من مدينة مصراتة لدعم الكتيبة الثالثة وبعد ساعات من المسير وقعت اشتباكات مع المسلحين."
    )
    _, m = mention(pipeline, text, "اشتباكات")
    assert text_of(m["location"]) is None
    # a statement too: the diplomat was in Cairo, the condemnation is no fact located there
    text = "وقال مصدر دبلوماسي في القاهرة لوسائل الإعلام المحلية والدولية يوم أمس إن الحكومة تدين الهجمات."
    _, m = mention(pipeline, text, "تدين")
    assert text_of(m["location"]) is None
    # near the trigger it still locates it
    _, m = mention(pipeline, "وقعت في مدينة مصراتة اشتباكات مع المسلحين.", "اشتباكات")
    assert text_of(m["location"]) == "مصراتة"


def test_a_place_opening_the_sentence_frames_all_of_it(pipeline: Any) -> None:
    text = "وفي مدينة مصراتة قتل ثلاثة مدنيين وأصيب خمسة آخرون بجروح متفاوتة جراء قصف المسلحين."
    _, m = mention(pipeline, text, "قصف")
    assert text_of(m["location"]) == "مصراتة"


def test_a_country_gives_way_to_a_town_just_before_the_trigger(pipeline: Any) -> None:
    text = "قتل جنديان في مدينة الرمادي، في هجوم شنه مسلحون مجهولون مساء أمس وسط تصاعد العنف في العراق."
    _, m = mention(pipeline, text, "هجوم")
    assert text_of(m["location"]) == "الرمادي"


def test_the_first_of_coordinated_places_stands_for_the_list(pipeline: Any) -> None:
    text = "وفي مديريتي حيس والتحيتا شنت مقاتلات التحالف غارات على مواقع المسلحين أمس."
    _, m = mention(pipeline, text, "غارات")
    assert text_of(m["location"]) == "حيس"
