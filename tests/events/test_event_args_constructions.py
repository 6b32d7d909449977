"""Argument constructions of the arg_* modules of marsad.events: a unit and its force, the dead of a relative
clause, the dead after a verb of result, a counted side and its body, a hedged agent, a body's sources, and a
described person as the object.

Each test is one construction, written for this file in the style of agency copy or of Maghrebi papers; none
is a sentence of the development set.
"""

from __future__ import annotations

from typing import Any

from event_checks import side


def test_a_unit_and_its_force_after_a_fused_lam_are_one_actor(pipeline: Any) -> None:
    # «للجيش» fuses ل with the article: alone the force could not be given, with its unit it is one side
    text = "أعلنت وزارة الدفاع أن مفرزة للجيش الوطني الشعبي قضت على إرهابي بولاية جيجل."
    assert side(pipeline, text, "قضت على", "actor1") == "مفرزة للجيش الوطني الشعبي"


def test_a_unit_with_an_adjective_before_its_force(pipeline: Any) -> None:
    text = "أوقفت مفرزة مشتركة للجيش الوطني الشعبي مهربين اثنين بولاية تمنراست."
    assert side(pipeline, text, "أوقفت", "actor1") == "مفرزة مشتركة للجيش الوطني الشعبي"


def test_the_antecedent_of_a_relative_clause_of_dying_is_the_target(pipeline: Any) -> None:
    text = "ونعت الحركة قائدها الميداني أبو عمر الشامي، الذي قتل في غارة جوية قرب المدينة."
    assert side(pipeline, text, "غارة", "actor2") == "أبو عمر الشامي"


def test_the_person_named_after_a_verb_of_result_is_the_target(pipeline: Any) -> None:
    text = "سقط مقذوف عسكري من داخل الأراضي اليمنية على منزل في قرية حدودية، مما نتج عنه استشهاد أحد المواطنين."
    assert side(pipeline, text, "مقذوف", "actor2") == "المواطنين"


def test_a_counted_side_runs_over_the_body_after_min(pipeline: Any) -> None:
    text = "وأعلنت مصادر محلية مقتل 12 عنصرا من حركة الشباب في غارة جوية جنوب البلاد."
    assert side(pipeline, text, "غارة", "actor2") == "12 عنصرا من حركة الشباب"
    # the body of the dead is not also the side that struck them
    assert side(pipeline, text, "غارة", "actor1") is None


def test_a_suspected_agent_behind_a_hedge(pipeline: Any) -> None:
    text = "وقتل شرطي في هجوم ليلة الجمعة نفذه من يشتبه بأنهم عناصر من تنظيم القاعدة."
    assert side(pipeline, text, "هجوم", "actor1") == "عناصر من تنظيم القاعدة"


def test_the_hedge_needs_its_agent_verb(pipeline: Any) -> None:
    text = "وأصيب شرطي في هجوم ليلة الجمعة وقال من يشتبه بأنهم شهود إن المهاجمين فروا."
    assert side(pipeline, text, "هجوم", "actor1") != "شهود"


def test_sources_in_a_body_announce_the_body_s_act(pipeline: Any) -> None:
    text = "وأكدت مصادر في قيادة الجيش الوطني في محافظة مأرب لـ«الشرق» السيطرة الكاملة على جبل العروس."
    assert side(pipeline, text, "السيطرة الكاملة على", "actor1") == "قيادة الجيش الوطني"


def test_sources_do_not_act_in_a_circumstance(pipeline: Any) -> None:
    # the attack after «في» is the other side's: the body whose sources speak did not carry it out
    text = "وأكدت مصادر في قيادة المنطقة العسكرية الرابعة مقتل جنديين في هجوم على نقطة تفتيش."
    assert side(pipeline, text, "هجوم", "actor1") is None


def test_a_described_person_after_the_subject_is_the_target(pipeline: Any) -> None:
    text = "اختطف مسلحون مجهولون رجل أعمال في مدينة صبراتة."
    assert side(pipeline, text, "اختطف", "actor2") == "رجل أعمال"


def test_a_described_person_in_construct_with_an_attack_noun(pipeline: Any) -> None:
    text = "وأدانت الرئاسة اغتيال الصحفي المستقل في العاصمة."
    assert side(pipeline, text, "اغتيال", "actor2") == "الصحفي المستقل"


def test_an_adjective_of_the_attack_noun_is_no_object(pipeline: Any) -> None:
    text = "وأعلنت الحكومة حالة الطوارئ بعد الهجوم الإرهابي الأعنف منذ سنوات."
    assert side(pipeline, text, "الهجوم", "actor2") != "الإرهابي الأعنف"


def test_a_passive_kill_reaches_its_agent_past_a_long_name(pipeline: Any) -> None:
    text = "قتل شقيق رئيس لجنة الدفاع والأمن في البرلمان الوطني الانتقالي على أيدي مسلحين مجهولين في سبها."
    assert side(pipeline, text, "قتل", "actor1") == "مسلحين"


def test_a_sniper_is_an_actor(pipeline: Any) -> None:
    text = "وقتل المسعف برصاص قناص قرب الحاجز."
    assert side(pipeline, text, "رصاص", "actor1") == "قناص"


def test_putschists_are_an_actor(pipeline: Any) -> None:
    text = "وتواصل القصف المدفعي الذي يشنه الانقلابيون على الأحياء السكنية."
    assert side(pipeline, text, "القصف", "actor1") == "الانقلابيون"


def test_the_possessive_on_an_attack_noun_is_its_actor(pipeline: Any) -> None:
    text = "وتقول روسيا إنها تتجنب المدنيين وتشن غاراتها على مواقع للجماعات المتشددة."
    assert side(pipeline, text, "غاراتها", "actor1") == "روسيا"


def test_the_possessive_on_a_meeting_noun_left_unsplit(pipeline: Any) -> None:
    text = "وكانت الهيئة عرضت تقريرها خلال جلسات المؤتمر واستعرضت مشاوراتها مع الأحزاب السياسية."
    assert side(pipeline, text, "مشاوراتها", "actor1") == "الهيئة"


def test_the_possessive_on_an_arrest_noun_is_no_actor(pipeline: Any) -> None:
    # «اعتقاله»: the pronoun on a masdar whose genitive is its object is the one arrested
    text = "وقال المحامي إن موكله طالب بالإفراج عنه بعد اعتقاله الأسبوع الماضي."
    assert side(pipeline, text, "اعتقاله", "actor1") != "موكله"


def test_the_subject_backed_by_the_coalition_is_the_aid_target(pipeline: Any) -> None:
    text = "وتقدمت قوات الجيش الوطني، بإسناد من طيران التحالف، نحو مواقع المتمردين شرق المدينة."
    assert side(pipeline, text, "إسناد", "actor1") == "طيران التحالف"
    assert side(pipeline, text, "إسناد", "actor2") == "قوات الجيش"


def test_the_first_conjunct_of_a_backed_subject(pipeline: Any) -> None:
    text = "وهاجمت المقاومة الشعبية ووحدات الجيش بدعم من مقاتلات التحالف مواقع الميليشيات."
    assert side(pipeline, text, "دعم", "actor2") == "المقاومة الشعبية"


def test_rebels_in_construct_are_an_actor(pipeline: Any) -> None:
    text = "وقال الوزير إن متمردي الحركة انسحبوا من البلدة ليلا."
    assert side(pipeline, text, "انسحبوا", "actor1") == "متمردي الحركة"


def test_an_attack_attributed_with_nasab_is_the_named_side_s(pipeline: Any) -> None:
    text = "ونسبت السلطات المحلية الهجوم إلى حركة الشباب المتشددة."
    assert side(pipeline, text, "الهجوم", "actor1") == "حركة الشباب"


def test_the_side_held_responsible_is_the_actor(pipeline: Any) -> None:
    text = "وقتل ستة جنود في هجوم بسيارة مفخخة شرق البلاد، على ما أعلن مصدر أمني محملا جماعة أنصار الشريعة المسؤولية."
    assert side(pipeline, text, "هجوم", "actor1") == "جماعة أنصار الشريعة"


def test_an_ambush_laid_by_a_side_and_the_armed_adjective(pipeline: Any) -> None:
    text = "ولقي ثلاثة جنود حتفهم جراء كمين مسلح نصبته جماعة متشددة قرب الحدود."
    assert side(pipeline, text, "كمين", "actor1") == "جماعة متشددة"


def test_a_count_stops_before_a_circumstance(pipeline: Any) -> None:
    text = "واعتقلت الشرطة مشتبها به في هجوم مزدوج أسفر عن مقتل العشرات في مايو الماضي."
    assert side(pipeline, text, "هجوم", "actor2") != "العشرات في"


def test_an_aircraft_behind_ba_is_the_attack_s_actor(pipeline: Any) -> None:
    text = "وأقرت الحركة بمقتل قائدها العسكري في هجوم بطائرة أميركية مسيرة الشهر الماضي."
    assert side(pipeline, text, "هجوم", "actor1") == "طائرة"
    assert side(pipeline, text, "هجوم", "actor2") != "طائرة"


def test_the_antecedent_of_a_verb_of_aim_is_the_target(pipeline: Any) -> None:
    text = "وأضاف المصدر أن الجنود الذين استهدفهم الهجوم ينتمون إلى اللواء الثالث."
    assert side(pipeline, text, "الهجوم", "actor2") == "الجنود"
    assert side(pipeline, text, "الهجوم", "actor1") is None


def test_an_attribution_past_a_relative_clause_on_its_subject(pipeline: Any) -> None:
    text = "ونسب المسلحون الذين يسيطرون على البلدة، الغارات إلى القوات الحكومية."
    assert side(pipeline, text, "الغارات", "actor1") == "القوات"


def test_a_compound_number_keeps_its_noun(pipeline: Any) -> None:
    text = "وأعلن المصدر مقتل خمسة عشر انقلابيا خلال المواجهات."
    assert side(pipeline, text, "المواجهات", "actor2") == "خمسة عشر انقلابيا"


def test_a_bare_title_runs_to_the_person_it_introduces(pipeline: Any) -> None:
    text = "وأكدت الحركة أن قائدها قتل على يد الزعيم الجديد للتنظيم الملا أختر محمد يوسف."
    actor = side(pipeline, text, "قتل", "actor1")
    assert actor is not None and actor.endswith("محمد يوسف")
    text = "وأكد البيان أن المهندس قتل على يد القائد الجديد للحركة الملا أختر عبد الكريم منصور."
    assert side(pipeline, text, "قتل", "actor2") is None  # the person is the actor, not also the target


def test_a_title_with_a_person_behind_a_preposition_stays_alone(pipeline: Any) -> None:
    text = "وأدان الرئيس لرئيس الوزراء خالد العمر الهجوم على القاعدة."
    assert side(pipeline, text, "أدان", "actor1") != "الرئيس لرئيس الوزراء خالد العمر"


def test_the_object_of_hammala_is_the_side_held_responsible(pipeline: Any) -> None:
    # the side held is the verb's object, right before «مسؤولية», not its subject
    text = "وحمّلت الوزارة الجماعات المسلحة مسؤولية الهجوم على الدورية."
    assert side(pipeline, text, "الهجوم", "actor1") == "الجماعات"


def test_a_member_noun_arrested(pipeline: Any) -> None:
    text = "تمكنت وحدات الحرس الوطني من إيقاف عنصر تكفيري مفتش عنه بولاية سيدي بوزيد."
    assert side(pipeline, text, "إيقاف", "actor2") == "عنصر تكفيري"


def test_a_quoted_object_of_an_accusation(pipeline: Any) -> None:
    text = 'ولم تعلن أي جهة مسؤوليتها، لكن مسؤولا محليا اتهم "خلايا نائمة تسعى لزعزعة الاستقرار".'
    assert side(pipeline, text, "اتهم", "actor2") == "خلايا"


def test_powers_are_a_side(pipeline: Any) -> None:
    text = "ونفى الوزير الاتهامات، متهما «قوى خارجية» بتأجيج الصراع."
    assert side(pipeline, text, "متهما", "actor2") == "قوى"


def test_a_country_in_an_office_title_gives_the_office_holder(pipeline: Any) -> None:
    text = "وسيعقد الوزير اجتماعات أيضا مع أمير الكويت الشيخ صباح الأحمد الجابر الصباح."
    target = side(pipeline, text, "اجتماعات", "actor2")
    assert target is not None and target.startswith("أمير الكويت") and target.endswith("الصباح")
