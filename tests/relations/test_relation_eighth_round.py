"""Constructions of the eighth round: a group «الموالية لها» after the actor it is joined to, the
predicate of a verb of classifying («تصنفها مجموعة إرهابية»), a speaker's unmarked name before his title,
a body named only by its noun or a quoted «ما يسمى» name, a name run across a comma, arms supply
(«تزويد X بصواريخ», «أرسلت … أسلحة إلى»), reaching an agreement «التوصل إلى اتفاق مع», «القريبة من», and
a spokesman with no name before a time or a preposition."""

from __future__ import annotations

from typing import Any

from relation_checks import analyse, found

from marsad.model import Document


def run(pipeline: Any, text: str) -> Document:
    return analyse(pipeline, text, schema=False)


def test_a_group_loyal_to_the_actor_joined_to_it(pipeline: Any) -> None:
    doc = run(pipeline, "دخلت القوات التركية والفصائل السورية الموالية لها مدينة عفرين.")
    assert found(doc, "loyal_to", "الفصائل السورية", "القوات التركية") is not None
    # the actor before the group is not the loyal one
    assert found(doc, "loyal_to", "القوات التركية", "القوات التركية") is None
    doc = run(pipeline, "وخاض المقاتلون الأكراد معارك عنيفة مع القوات التركية والفصائل الموالية لها.")
    assert found(doc, "loyal_to", "الفصائل", "القوات التركية") is not None


def test_the_predicate_of_classifying_is_no_actor(pipeline: Any) -> None:
    doc = run(pipeline, 'وتقول أنقرة إنها تستهدف وحدات حماية الشعب الكردية التي تصنفها مجموعة "إرهابية".')
    assert found(doc, "oppose", "أنقرة", "وحدات حماية الشعب الكردية") is not None
    assert not any("مجموعة" in r["source"]["text"] for r in doc.relations)


def test_a_speakers_unmarked_name_before_his_title(pipeline: Any) -> None:
    doc = run(pipeline, "وذكر خليل الحية، عضو المكتب السياسي لحركة حماس، الأربعاء، أن وسطاء مصريين تدخلوا.")
    rel = found(doc, "member_of", "خليل الحية", "حماس")
    assert rel is not None
    assert rel["source"]["text"] == "خليل الحية"
    # one word before a title is too weak a sign of a name
    doc = run(pipeline, "وأكد مصدر، عضو في الحزب، أن الاجتماع تأجل.")
    assert found(doc, "member_of", "مصدر", "الحزب") is None


def test_a_body_named_by_its_noun_before_the_holders_name(pipeline: Any) -> None:
    doc = run(pipeline, "وقال مدير المخابرات اللواء ماجد فرج إن التحقيق مستمر.")
    rel = found(doc, "leads", "ماجد فرج", "المخابرات")
    assert rel is not None
    assert rel["target"]["text"] == "المخابرات"  # not the rank «اللواء»
    doc = run(pipeline, "وأفاد مدير المرصد رامي عبد الرحمن إن اشتباكات تدور في المدينة.")
    assert found(doc, "leads", "عبد الرحمن", "المرصد") is not None


def test_a_nationality_adjective_or_an_office_is_no_body(pipeline: Any) -> None:
    doc = run(pipeline, "وقال الرئيس اليمني عبد ربه منصور هادي ورئيس الوزراء خالد بحاح إن المعركة مستمرة.")
    assert not any(r["type"] == "leads" for r in doc.relations)


def test_the_holder_before_the_title_and_a_bare_body(pipeline: Any) -> None:
    doc = run(pipeline, "بدعوى الوقوف وراء محاولة اغتيال الحمد الله واللواء ماجد فرج مدير المخابرات في غزة.")
    assert found(doc, "leads", "ماجد فرج", "المخابرات") is not None


def test_a_so_called_body_in_quotes(pipeline: Any) -> None:
    doc = run(pipeline, 'اشتباكات بين أتباع محمد صالح الحدي، قائد ما يسمى "التعبئة العامة" لدى الميليشيا.')
    rel = found(doc, "leads", "محمد صالح الحدي", "التعبئة العامة")
    assert rel is not None
    assert "يسمى" not in rel["target"]["text"]


def test_a_party_by_its_noun_and_a_name_after_a_comma(pipeline: Any) -> None:
    doc = run(pipeline, "وأضافت المصادر، أن الأمين العام للحزب، حسن نصر الله قدم بدوره توجيهات لوزرائه.")
    rel = found(doc, "leads", "حسن نصر الله", "حزب")
    assert rel is not None
    assert "،" not in rel["source"]["text"] and "،" not in rel["target"]["text"]


def test_arms_supply_is_military_support(pipeline: Any) -> None:
    doc = run(pipeline, "وكشف المالكي أدلة تكشف تورط إيران في تزويد الميليشيات الحوثية بصواريخ باليستية.")
    rel = found(doc, "support", "إيران", "الميليشيات الحوثية")
    assert rel is not None
    assert rel["subtype"] == "military"
    doc = run(pipeline, "وأرسلت إيران شحنات أسلحة إلى الحوثيين في اليمن.")
    assert found(doc, "support", "إيران", "الحوثيين") is not None
    # supplying what is no weapon is no support
    doc = run(pipeline, "وزودت الحكومة الجيش بالوقود.")
    assert not any(r["type"] == "support" for r in doc.relations)


def test_reaching_an_agreement_with_is_negotiation_not_alliance(pipeline: Any) -> None:
    doc = run(pipeline, "أعلنت حركة حماس في قطاع غزة التوصل لتوافق مع إسرائيل للعودة إلى التهدئة.")
    assert found(doc, "negotiates_with", "حركة حماس", "إسرائيل") is not None
    assert found(doc, "ally", "حركة حماس", "إسرائيل") is None


def test_close_to_is_loyalty(pipeline: Any) -> None:
    doc = run(pipeline, "قد يغري ذلك الوحدات السورية القريبة من الحكومة بمحاولة التقدم.")
    assert found(doc, "loyal_to", "الوحدات السورية", "الحكومة") is not None


def test_a_spokesman_with_no_name_before_a_time(pipeline: Any) -> None:
    doc = run(pipeline, "وهدد المتحدث باسم الجيش خلال مؤتمر صحافي عقده مساء الثلاثاء باغتيال قادة المقاومة.")
    rel = found(doc, "member_of", "المتحدث", "الجيش")
    assert rel is not None
    assert rel["source"]["text"] == "المتحدث"


def test_everyone_listed_after_they_is_met(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "يستقبل الرئيس الفرنسي الثلاثاء لأهم القيادات المتنافسة في ليبيا وهم رئيس حكومة الوفاق الوطني فائز"
        " السراج والرجل القوي في الشرق المشير خليفة حفتر ورئيس مجلس النواب عقيلة صالح عيسى.",
    )
    for guest in ("فائز السراج", "خليفة حفتر", "صالح عيسى"):
        assert found(doc, "negotiates_with", "الرئيس الفرنسي", guest) is not None
    assert found(doc, "negotiates_with", "الرئيس الفرنسي", "الرجل القوي") is None


def test_backed_by_without_min_and_weapons_are_no_supporter(pipeline: Any) -> None:
    doc = run(pipeline, "وتقدمت المقاومة الشعبية المسنودة بقوات الجيش الوطني نحو المدينة.")
    assert found(doc, "support", "قوات الجيش", "المقاومة الشعبية") is not None
    doc = run(pipeline, "وتقدمت قوات موالية للنظام السوري ومدعومة بالدبابات والمدافع باتجاه الموقع.")
    assert not any(r["type"] == "support" for r in doc.relations)


def test_an_agreement_between_past_its_purpose(pipeline: Any) -> None:
    doc = run(pipeline, "وأعلنت الحركة التوصل إلى اتفاق لوقف إطلاق النار بين الفصائل الفلسطينية وإسرائيل.")
    assert found(doc, "negotiates_with", "الفصائل الفلسطينية", "إسرائيل") is not None


def test_other_groups_loyal_to(pipeline: Any) -> None:
    doc = run(pipeline, "وانضمت قبائل أخرى موالية للشرعية إلى القتال.")
    assert found(doc, "loyal_to", "قبائل", "الشرعية") is not None


def test_criticising_an_unnamed_group(pipeline: Any) -> None:
    doc = run(pipeline, "وانتقد زعيم التيار الصدري مقتدى الصدر الفصائل المسلحة المقربة من إيران.")
    assert found(doc, "oppose", "مقتدى الصدر", "الفصائل المسلحة") is not None
    doc = run(pipeline, "وانتقد الرئيس الحكومة بشدة.")
    assert not any(r["type"] == "oppose" for r in doc.relations)


def test_a_governor_leads_his_governorate(pipeline: Any) -> None:
    doc = run(pipeline, "وقال محافظ البيضاء صالح الرصاص إن القوات تقدمت.")
    assert found(doc, "leads", "صالح", "البيضاء") is not None


def test_a_relative_verbs_subject_past_his_descriptors(pipeline: Any) -> None:
    doc = run(pipeline, "وتيار الحكمة الذي يتزعمه رجل الدين الشيعي عمار الحكيم رفض المقترح.")
    assert found(doc, "leads", "الحكيم", "تيار الحكمة") is not None


def test_officers_in_a_body_are_members(pipeline: Any) -> None:
    doc = run(pipeline, 'وأضاف الحية "ضباط في المخابرات الفلسطينية بالضفة حاولوا ضرب أمننا".')
    assert found(doc, "member_of", "ضباط", "المخابرات الفلسطينية") is not None


def test_an_unnamed_group_keeps_its_first_letter(pipeline: Any) -> None:
    doc = run(pipeline, "بين أجنحة متباينة يتزعمها عبدالكريم الحوثي.")
    rel = found(doc, "leads", "عبدالكريم الحوثي", "أجنحة متباينة")
    assert rel is not None
    assert rel["target"]["text"] == "أجنحة متباينة"


def test_a_name_after_a_preposition_before_his_title(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "وأدان المتحدث الاتهامات التي جاءت على لسان خليل الحية عضو المكتب السياسي لحماس، قائلا إنها باطلة.",
    )
    assert found(doc, "member_of", "خليل الحية", "حماس") is not None


def test_a_spokesman_before_the_verbs_object_is_unnamed(pipeline: Any) -> None:
    doc = run(pipeline, "وأدان المتحدث باسم السلطة الفلسطينية الاتهامات التي وجهت إليها.")
    rel = found(doc, "member_of", "المتحدث", "السلطة الفلسطينية")
    assert rel is not None
    assert rel["source"]["text"] == "المتحدث"
    # a nisba adjective after the body is the body's, and the name after it is the spokesman
    doc = run(pipeline, "جاء ذلك في بيان صادر عن المتحدث الرسمي باسم الخارجية السودانية قريب الله الخضر.")
    assert not any(r["source"]["text"] == "المتحدث" for r in doc.relations)


def test_a_person_run_on_from_the_partys_noun(pipeline: Any) -> None:
    doc = run(pipeline, "وفتح تحقيق مشابه بحق الزعيم الآخر للحزب صلاح الدين ديمرتاش، بعد عودة التوتر.")
    rel = found(doc, "leads", "صلاح الدين ديمرتاش", "حزب")
    assert rel is not None
    assert rel["source"]["text"] == "صلاح الدين ديمرتاش"


def test_training_and_endorsing_are_support(pipeline: Any) -> None:
    doc = run(pipeline, "وقاتل مقاتلو المعارضة السورية الذين دربهم الجيش الأمريكي ضد داعش.")
    rel = found(doc, "support", "الجيش الأمريكي", "مقاتلو المعارضة")
    assert rel is not None
    assert rel["subtype"] == "military"
    doc = run(pipeline, "وتؤيد روسيا الحكومة السورية.")
    rel = found(doc, "support", "روسيا", "الحكومة السورية")
    assert rel is not None
    assert rel["subtype"] == "political"


def test_a_pronoun_after_wa_huwa_is_the_noun_it_introduces(pipeline: Any) -> None:
    doc = run(pipeline, "بعد أن طالب حافظ قائد السبسي بإقالة الشاهد وهو مطلب يؤيده اتحاد الشغل ذو التأثير القوي.")
    assert found(doc, "support", "اتحاد الشغل", "الشاهد") is None
