"""Argument constructions of the arg_* modules of marsad.events: a unit and its force, the dead of a relative
clause, the dead after a verb of result, a counted side and its body, a hedged agent, a body's sources, and a
described person as the object.

Each case is one construction, written for this file in the style of agency copy or of Maghrebi papers; none
is a sentence of the development set. A case gives the sentence, the trigger, the side (``actor1`` or
``actor2``) and the text that side must have (None: no side) or, in the second table, must not have.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import side

HEDGED = "وقتل شرطي في هجوم ليلة الجمعة نفذه من يشتبه بأنهم عناصر من تنظيم القاعدة."
COUNTED = "وأعلنت مصادر محلية مقتل 12 عنصرا من حركة الشباب في غارة جوية جنوب البلاد."
BACKED = "وتقدمت قوات الجيش الوطني، بإسناد من طيران التحالف، نحو مواقع المتمردين شرق المدينة."
AIRCRAFT = "وأقرت الحركة بمقتل قائدها العسكري في هجوم بطائرة أميركية مسيرة الشهر الماضي."
AIMED = "وأضاف المصدر أن الجنود الذين استهدفهم الهجوم ينتمون إلى اللواء الثالث."

IS = [
    # «للجيش» fuses ل with the article: alone the force could not be given, with its unit it is one side
    pytest.param(
        "أعلنت وزارة الدفاع أن مفرزة للجيش الوطني الشعبي قضت على إرهابي بولاية جيجل.",
        "قضت على",
        "actor1",
        "مفرزة للجيش الوطني الشعبي",
        id="unit-and-its-force-after-a-fused-lam",
    ),
    pytest.param(
        "أوقفت مفرزة مشتركة للجيش الوطني الشعبي مهربين اثنين بولاية تمنراست.",
        "أوقفت",
        "actor1",
        "مفرزة مشتركة للجيش الوطني الشعبي",
        id="unit-with-an-adjective-before-its-force",
    ),
    pytest.param(
        "ونعت الحركة قائدها الميداني أبو عمر الشامي، الذي قتل في غارة جوية قرب المدينة.",
        "غارة",
        "actor2",
        "أبو عمر الشامي",
        id="antecedent-of-a-relative-clause-of-dying-is-the-target",
    ),
    pytest.param(
        "سقط مقذوف عسكري من داخل الأراضي اليمنية على منزل في قرية حدودية، مما نتج عنه استشهاد أحد المواطنين.",
        "مقذوف",
        "actor2",
        "المواطنين",
        id="person-after-a-verb-of-result-is-the-target",
    ),
    pytest.param(COUNTED, "غارة", "actor2", "12 عنصرا من حركة الشباب", id="counted-side-runs-over-its-body"),
    # the body of the dead is not also the side that struck them
    pytest.param(COUNTED, "غارة", "actor1", None, id="body-of-the-dead-is-no-actor"),
    pytest.param(HEDGED, "هجوم", "actor1", "عناصر من تنظيم القاعدة", id="suspected-agent-behind-a-hedge"),
    pytest.param(
        "وأكدت مصادر في قيادة الجيش الوطني في محافظة مأرب لـ«الشرق» السيطرة الكاملة على جبل العروس.",
        "السيطرة الكاملة على",
        "actor1",
        "قيادة الجيش الوطني",
        id="sources-in-a-body-announce-the-body-s-act",
    ),
    # the attack after «في» is the other side's: the body whose sources speak did not carry it out
    pytest.param(
        "وأكدت مصادر في قيادة المنطقة العسكرية الرابعة مقتل جنديين في هجوم على نقطة تفتيش.",
        "هجوم",
        "actor1",
        None,
        id="sources-do-not-act-in-a-circumstance",
    ),
    pytest.param(
        "اختطف مسلحون مجهولون رجل أعمال في مدينة صبراتة.",
        "اختطف",
        "actor2",
        "رجل أعمال",
        id="described-person-after-the-subject-is-the-target",
    ),
    pytest.param(
        "وأدانت الرئاسة اغتيال الصحفي المستقل في العاصمة.",
        "اغتيال",
        "actor2",
        "الصحفي المستقل",
        id="described-person-in-construct-with-an-attack-noun",
    ),
    pytest.param(
        "قتل شقيق رئيس لجنة الدفاع والأمن في البرلمان الوطني الانتقالي على أيدي مسلحين مجهولين في سبها.",
        "قتل",
        "actor1",
        "مسلحين",
        id="passive-kill-reaches-its-agent-past-a-long-name",
    ),
    pytest.param("وقتل المسعف برصاص قناص قرب الحاجز.", "رصاص", "actor1", "قناص", id="sniper-is-an-actor"),
    pytest.param(
        "وتواصل القصف المدفعي الذي يشنه الانقلابيون على الأحياء السكنية.",
        "القصف",
        "actor1",
        "الانقلابيون",
        id="putschists-are-an-actor",
    ),
    pytest.param(
        "وتقول روسيا إنها تتجنب المدنيين وتشن غاراتها على مواقع للجماعات المتشددة.",
        "غاراتها",
        "actor1",
        "روسيا",
        id="possessive-on-an-attack-noun-is-its-actor",
    ),
    pytest.param(
        "وكانت الهيئة عرضت تقريرها خلال جلسات المؤتمر واستعرضت مشاوراتها مع الأحزاب السياسية.",
        "مشاوراتها",
        "actor1",
        "الهيئة",
        id="possessive-on-a-meeting-noun-left-unsplit",
    ),
    pytest.param(BACKED, "إسناد", "actor1", "طيران التحالف", id="backer-after-min-is-the-aid-actor"),
    pytest.param(BACKED, "إسناد", "actor2", "قوات الجيش الوطني", id="subject-backed-is-the-aid-target"),
    pytest.param(
        "وهاجمت المقاومة الشعبية ووحدات الجيش بدعم من مقاتلات التحالف مواقع الميليشيات.",
        "دعم",
        "actor2",
        "المقاومة الشعبية",
        id="first-conjunct-of-a-backed-subject",
    ),
    pytest.param(
        "وقال الوزير إن متمردي الحركة انسحبوا من البلدة ليلا.",
        "انسحبوا",
        "actor1",
        "متمردي الحركة",
        id="rebels-in-construct-are-an-actor",
    ),
    pytest.param(
        "ونسبت السلطات المحلية الهجوم إلى حركة الشباب المتشددة.",
        "الهجوم",
        "actor1",
        "حركة الشباب",
        id="attack-attributed-with-nasab-is-the-named-side-s",
    ),
    pytest.param(
        "وقتل ستة جنود في هجوم بسيارة مفخخة شرق البلاد، على ما أعلن مصدر أمني محملا جماعة أنصار الشريعة المسؤولية.",
        "هجوم",
        "actor1",
        "جماعة أنصار الشريعة",
        id="side-held-responsible-is-the-actor",
    ),
    pytest.param(
        "ولقي ثلاثة جنود حتفهم جراء كمين مسلح نصبته جماعة متشددة قرب الحدود.",
        "كمين",
        "actor1",
        "جماعة متشددة",
        id="ambush-laid-by-a-side-and-the-armed-adjective",
    ),
    pytest.param(AIRCRAFT, "هجوم", "actor1", "طائرة", id="aircraft-behind-ba-is-the-attack-s-actor"),
    pytest.param(AIMED, "الهجوم", "actor2", "الجنود", id="antecedent-of-a-verb-of-aim-is-the-target"),
    pytest.param(AIMED, "الهجوم", "actor1", None, id="antecedent-of-a-verb-of-aim-is-no-actor"),
    pytest.param(
        "ونسب المسلحون الذين يسيطرون على البلدة، الغارات إلى القوات الحكومية.",
        "الغارات",
        "actor1",
        "القوات الحكومية",
        id="attribution-past-a-relative-clause-on-its-subject",
    ),
    pytest.param(
        "وأعلن المصدر مقتل خمسة عشر انقلابيا خلال المواجهات.",
        "المواجهات",
        "actor2",
        "خمسة عشر انقلابيا",
        id="compound-number-keeps-its-noun",
    ),
    # the person a title runs to is the actor, not also the target
    pytest.param(
        "وأكد البيان أن المهندس قتل على يد القائد الجديد للحركة الملا أختر عبد الكريم منصور.",
        "قتل",
        "actor2",
        None,
        id="person-after-a-title-is-not-also-the-target",
    ),
    # the side held is the verb's object, right before «مسؤولية», not its subject
    pytest.param(
        "وحمّلت الوزارة الجماعات المسلحة مسؤولية الهجوم على الدورية.",
        "الهجوم",
        "actor1",
        "الجماعات المسلحة",
        id="object-of-hammala-is-the-side-held-responsible",
    ),
    pytest.param(
        "تمكنت وحدات الحرس الوطني من إيقاف عنصر تكفيري مفتش عنه بولاية سيدي بوزيد.",
        "إيقاف",
        "actor2",
        "عنصر تكفيري",
        id="member-noun-arrested",
    ),
    pytest.param(
        'ولم تعلن أي جهة مسؤوليتها، لكن مسؤولا محليا اتهم "خلايا نائمة تسعى لزعزعة الاستقرار".',
        "اتهم",
        "actor2",
        "خلايا",
        id="quoted-object-of-an-accusation",
    ),
    pytest.param(
        "ونفى الوزير الاتهامات، متهما «قوى خارجية» بتأجيج الصراع.", "متهما", "actor2", "قوى", id="powers-are-a-side"
    ),
]

IS_NOT = [
    pytest.param(
        "وأصيب شرطي في هجوم ليلة الجمعة وقال من يشتبه بأنهم شهود إن المهاجمين فروا.",
        "هجوم",
        "actor1",
        "شهود",
        id="the-hedge-needs-its-agent-verb",
    ),
    pytest.param(
        "وأعلنت الحكومة حالة الطوارئ بعد الهجوم الإرهابي الأعنف منذ سنوات.",
        "الهجوم",
        "actor2",
        "الإرهابي الأعنف",
        id="adjective-of-the-attack-noun-is-no-object",
    ),
    # «اعتقاله»: the pronoun on a masdar whose genitive is its object is the one arrested
    pytest.param(
        "وقال المحامي إن موكله طالب بالإفراج عنه بعد اعتقاله الأسبوع الماضي.",
        "اعتقاله",
        "actor1",
        "موكله",
        id="possessive-on-an-arrest-noun-is-no-actor",
    ),
    pytest.param(
        "واعتقلت الشرطة مشتبها به في هجوم مزدوج أسفر عن مقتل العشرات في مايو الماضي.",
        "هجوم",
        "actor2",
        "العشرات في",
        id="count-stops-before-a-circumstance",
    ),
    pytest.param(AIRCRAFT, "هجوم", "actor2", "طائرة", id="aircraft-behind-ba-is-no-target"),
    pytest.param(
        "وأدان الرئيس لرئيس الوزراء خالد العمر الهجوم على القاعدة.",
        "أدان",
        "actor1",
        "الرئيس لرئيس الوزراء خالد العمر",
        id="title-with-a-person-behind-a-preposition-stays-alone",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "which", "expected"), IS)
def test_side_is(pipeline: Any, text: str, trigger: str, which: str, expected: str | None) -> None:
    assert side(pipeline, text, trigger, which) == expected


@pytest.mark.parametrize(("text", "trigger", "which", "wrong"), IS_NOT)
def test_side_is_not(pipeline: Any, text: str, trigger: str, which: str, wrong: str) -> None:
    assert side(pipeline, text, trigger, which) != wrong


def test_a_bare_title_runs_to_the_person_it_introduces(pipeline: Any) -> None:
    text = "وأكدت الحركة أن قائدها قتل على يد الزعيم الجديد للتنظيم الملا أختر محمد يوسف."
    actor = side(pipeline, text, "قتل", "actor1")
    assert actor is not None and actor.endswith("محمد يوسف")


def test_a_country_in_an_office_title_gives_the_office_holder(pipeline: Any) -> None:
    text = "وسيعقد الوزير اجتماعات أيضا مع أمير الكويت الشيخ صباح الأحمد الجابر الصباح."
    target = side(pipeline, text, "اجتماعات", "actor2")
    assert target is not None and target.startswith("أمير الكويت") and target.endswith("الصباح")
