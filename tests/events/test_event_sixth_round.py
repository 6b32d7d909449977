"""Argument and trigger constructions added with the sixth annotation round (d124–d135).

Each test is one construction of Arabic news prose, in sentences written for this file (none is a sentence of
the development set).
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mention, mentions, text_of

from marsad.events.constructions import BY_AGENT, first_person, people_nouns
from marsad.events.lexicon import strip_article
from marsad.events.triggers import long_object
from marsad.text.normalize import normalize


def test_the_agent_verb_may_stand_in_a_relative_clause(pipeline: Any) -> None:
    _, m = mention(pipeline, "قتل خمسة جنود في الهجوم الذي شنته جماعة مسلحة على نقطة تفتيش.", "الهجوم")
    assert text_of(m["actor1"]) is not None and "جماعة" in text_of(m["actor1"])
    _, m = mention(pipeline, "تضررت منازل عدة جراء الغارات التي نفذتها الطائرات الحربية فجر اليوم.", "الغارات")
    assert text_of(m["actor1"]) is not None and "الطائرات" in text_of(m["actor1"])


def test_agent_verbs_are_inflected_for_person_and_object() -> None:
    for form in ("شنتها", "نفذوها", "ينفذونها", "ارتكبها", "تبناه", "قادها"):
        assert normalize(form) in BY_AGENT, form


def test_an_actor_noun_is_found_in_both_cases_of_its_plural(pipeline: Any) -> None:
    # the lexicon lists «الإرهابيين»; the subject is nominative
    _, m = mention(pipeline, "نفذ الإرهابيون هجوما على حاجز للجيش جنوب المدينة.", "هجوما")
    assert text_of(m["actor1"]) == "الإرهابيون"


def test_a_people_named_by_its_nationality_is_an_argument(pipeline: Any) -> None:
    _, m = mention(pipeline, "قتلت القوات 17 فلسطينيا قرب الحدود.", "قتلت")
    assert text_of(m["actor2"]) == "فلسطينيا"
    _, m = mention(pipeline, "ودعا الرئيس العراقيين إلى الوحدة.", "دعا")
    assert text_of(m["actor2"]) == "العراقيين"
    assert normalize("فلسطينيين") in people_nouns() and normalize("فلسطيني") not in people_nouns()


def test_a_nationality_after_a_noun_qualifies_it(pipeline: Any) -> None:
    _, m = mention(pipeline, "هاجم مستوطنون إسرائيليون قرية فلسطينية فجر اليوم.", "هاجم")
    assert text_of(m["actor1"]) == "مستوطنون"
    # an accusative nisba after an attack noun is its adjective, not a person
    _, m = mention(pipeline, "أحبطت البحرية هجوما حوثيا إيرانيا على ناقلة نفط.", "هجوما")
    assert text_of(m["actor2"]) != "إيرانيا"


def test_those_who_were_killed_in_a_relative_clause_are_the_dead(pipeline: Any) -> None:
    _, m = mention(pipeline, "وارتفع عدد المدنيين الذين قتلوا منذ بدء العملية إلى أربعين.", "قتلوا")
    assert text_of(m["actor1"]) is None
    assert text_of(m["actor2"]) == "المدنيين"


def test_the_dead_named_before_a_verb_of_dying_do_not_attack(pipeline: Any) -> None:
    _, m = mention(pipeline, "أعلنت الوزارة أن تسعة من عناصر الجيش قتلوا في هجوم على موقع حدودي.", "هجوم")
    assert text_of(m["actor1"]) is None


def test_a_first_person_verb_makes_the_name_after_it_its_object(pipeline: Any) -> None:
    _, m = mention(pipeline, 'وقال البيان: "نحمل الحكومة المسؤولية الكاملة عن التصعيد".', "نحمل")
    assert text_of(m["actor1"]) is None
    assert text_of(m["actor2"]) == "الحكومة"


def test_first_person_needs_the_same_verb_with_the_third_person_prefix() -> None:
    def lookup(core: str) -> list[tuple[Any, bool]]:
        class Entry:
            plover_type = "REQUEST"

        return [(Entry(), True)] if core == normalize("يطالب") else []

    assert first_person(normalize("نطالب"), "REQUEST", lookup)
    assert not first_person(normalize("نفذت"), "REQUEST", lookup)


def test_the_object_of_against_is_no_agent_of_a_later_attack_noun(pipeline: Any) -> None:
    _, m = mention(pipeline, "أدان الوزير العنف ضد المعارضة في أعقاب الهجوم على مقر الحزب.", "الهجوم")
    assert text_of(m["actor1"]) != "المعارضة"


def test_a_definite_mention_refers_back_to_a_licensed_strike(pipeline: Any) -> None:
    text = "شنت المقاتلات ضربات جوية على مواقع التنظيم. وقال المتحدث إن الضربات أوقعت خسائر كبيرة."
    found = [m["trigger"]["text"] for _, m in mentions(pipeline, text)]
    assert "ضربات" in found and "الضربات" in found
    # with nothing before it, «الضربات» alone names no strike
    assert "الضربات" not in [
        m["trigger"]["text"] for _, m in mentions(pipeline, "وقال المتحدث إن الضربات أوقعت خسائر.")
    ]


def test_an_attack_attributed_to_a_side_has_that_side_as_agent(pipeline: Any) -> None:
    _, m = mention(pipeline, "قتل شرطيان في انفجار عبوة ناسفة نسب إلى تنظيم داعش قرب الحدود.", "انفجار")
    assert text_of(m["actor1"]) is not None and "داعش" in text_of(m["actor1"])


def test_support_inside_the_coalition_name_is_no_event(pipeline: Any) -> None:
    found = mentions(pipeline, "اعترضت قوات التحالف لدعم الشرعية صاروخا أطلقه الحوثيون على جازان.")
    assert "دعم" not in [m["trigger"]["text"] for _, m in found]
    found = mentions(pipeline, "أعلنت قوات التحالف العربي لاستعادة الشرعية في اليمن اعتراض صاروخ باليستي.")
    assert "استعادة" not in [m["trigger"]["text"] for _, m in found]
    # support itself is still an event
    ev, _ = mention(pipeline, "أعلنت الحكومة دعمها الكامل للمبادرة الأممية.", "دعمها")
    assert ev["plover_type"] == "SUPPORT"


def test_a_governed_preposition_may_follow_a_long_object(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "ودعا البيان الحكومة التركية وحزب العمال الكردستاني إلى العودة إلى المفاوضات.", "دعا")
    assert ev["plover_type"] == "REQUEST"
    # the long object is one noun phrase: a clause word or a punctuation mark in it ends the search
    keys = [strip_article(normalize(w)) for w in "دعا الوزير الطلاب الذين نجحوا في الامتحان أمس إلى حفل".split()]
    assert normalize("إلى") not in long_object(keys, 0)
    keys = [strip_article(normalize(w)) for w in "دعا البيان الحكومة التركية وحزب العمال الكردستاني إلى العودة".split()]
    assert normalize("إلى") in long_object(keys, 0)


def test_brandishing_a_measure_is_a_threat(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "ولوح الرئيس بفرض عقوبات جديدة على قادة الفصائل.", "لوح")
    assert ev["plover_type"] == "THREATEN"
    assert not mentions(pipeline, "وعلق المعلم لوحا خشبيا على الجدار.")


def test_the_imperfect_of_condemn_is_a_condemnation(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "وقال المتحدث: نحن ندين هذا الاعتداء على المدنيين.", "ندين")
    assert ev["plover_type"] == "ACCUSE"
    ev, _ = mention(pipeline, "والمملكة تدين بشدة التفجير الإرهابي في المسجد.", "تدين")
    assert ev["plover_type"] == "ACCUSE"


def test_the_name_in_construct_with_a_bare_subject_noun_is_not_the_object(pipeline: Any) -> None:
    _, m = mention(pipeline, "توعد قائد كتيبة الصواعق بملاحقة فلول تنظيم داعش في الصحراء.", "توعد")
    assert text_of(m["actor2"]) != "كتيبة"
    # after a name, the next name is the object
    _, m = mention(pipeline, "واتهمت روسيا إسرائيل بقصف مطار دمشق.", "اتهمت")
    assert text_of(m["actor2"]) == "إسرائيل"


def test_a_document_as_subject_leaves_the_name_after_it_the_object(pipeline: Any) -> None:
    _, m = mention(pipeline, "ودعا البيان الحكومة الليبية إلى حماية المهاجرين.", "دعا")
    assert text_of(m["actor1"]) != "الحكومة الليبية"
    assert (text_of(m["actor2"]) or "").startswith("الحكومة الليبية")


def test_an_agreement_on_a_ceasefire_is_one_mention(pipeline: Any) -> None:
    found = [
        m["trigger"]["text"] for _, m in mentions(pipeline, "توصلت القبيلتان إلى اتفاق لوقف إطلاق النار في المدينة.")
    ]
    assert "اتفاق" in found and "وقف إطلاق النار" not in found
    ev, _ = mention(pipeline, "توصلت القبيلتان إلى اتفاق لوقف إطلاق النار في المدينة.", "اتفاق")
    assert (ev["plover_mode"], ev["acled_sub_event_type"]) == ("ceasefire", "Agreement")


def test_an_interview_by_telephone_and_the_purpose_of_a_meeting_are_no_consultations(pipeline: Any) -> None:
    found = [
        m["trigger"]["text"] for _, m in mentions(pipeline, "وقال المتحدث في اتصال هاتفي مع الوكالة إن القوات تقدمت.")
    ]
    assert "اتصال" not in found
    found = [m["trigger"]["text"] for _, m in mentions(pipeline, "وعقد الوزراء اجتماعا في الدوحة لبحث الأزمة اليمنية.")]
    assert "اجتماعا" in found and "بحث" not in found
    # a call that took place is one
    ev, _ = mention(pipeline, "وأجرى الملك اتصالا هاتفيا بالرئيس الفرنسي.", "اتصالا")
    assert ev["plover_type"] == "CONSULT"


def test_a_group_described_by_its_backer_is_no_support_event(pipeline: Any) -> None:
    found = mentions(pipeline, "وهاجمت الجبهة مقر حركة حزم التي تدعمها الولايات المتحدة في ريف حلب.")
    assert "تدعمها" not in [m["trigger"]["text"] for _, m in found]
    ev, _ = mention(pipeline, "وأعلنت الولايات المتحدة أنها تدعم الحكومة العراقية في حربها على التنظيم.", "تدعم")
    assert ev["plover_type"] in ("SUPPORT", "AID")
