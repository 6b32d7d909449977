"""Sides of court and security stories (marsad.events.arg_legal and the security and court nouns of
``data/argument_nouns.tsv``): the person a verdict, a sentence carried out, an arrest or a pardon falls on, the
court that passes a verdict and is never its target, the reach of an arrest campaign, and the attack a suspect is
held for.

Each case is one construction, written for this file in the style of Gulf, Egyptian and Maghrebi papers; none is
a sentence of the development set. A case gives the sentence, the trigger, the side (``actor1`` or ``actor2``)
and the text that side must have (None: no side) or, in the second table, must not have.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import side

IS = [
    pytest.param(
        "ألقت الجهات الأمنية بمنطقة مكة المكرمة القبض على شخص تورط في سرقة محلات تجارية.",
        "القبض",
        "actor1",
        "الجهات الأمنية",
        id="authorities-arrest",
    ),
    pytest.param(
        "ألقت المخابرات العامة القبض على خلية تخطط لاستهداف منشآت حكومية.",
        "القبض",
        "actor1",
        "المخابرات",
        id="intelligence-service-arrests",
    ),
    pytest.param(
        "نفذت وزارة الداخلية يوم الأحد حكم القتل قصاصا بحق الجاني، وهو مواطن أقدم على قتل آخر بمحافظة القطيف.",
        "حكم القتل",
        "actor2",
        "الجاني",
        id="sentence-carried-out-in-a-described-person",
    ),
    pytest.param(
        "وكان حكم بالسجن خمس سنوات قد صدر في مارس الماضي على البريطاني جون سميث بتهمة الاحتيال.",
        "حكم",
        "actor2",
        "البريطاني جون سميث",
        id="verdict-on-a-person-past-the-punishment",
    ),
    pytest.param(
        "تمكنت شرطة منطقة تبوك من القبض على مقيم من الجنسية الآسيوية بحوزته كمية من المخدرات.",
        "القبض",
        "actor2",
        "مقيم من الجنسية الآسيوية",
        id="arrest-of-a-described-resident",
    ),
    pytest.param(
        "وأصدر الملك عفوا ملكيا عن 120 من السجناء بمناسبة عيد الفطر.",
        "عفوا",
        "actor2",
        "120 من السجناء",
        id="pardon-of-counted-prisoners",
    ),
    pytest.param(
        "وأرجأت محكمة الجنايات اليوم النطق بالحكم على المتهمين في قضية التخابر إلى الشهر المقبل.",
        "الحكم",
        "actor1",
        "محكمة الجنايات",
        id="court-named-before-the-verdict-it-passes",
    ),
    pytest.param(
        "وأرجأت محكمة الجنايات اليوم النطق بالحكم على المتهمين في قضية التخابر إلى الشهر المقبل.",
        "الحكم",
        "actor2",
        "المتهمين",
        id="defendants-a-verdict-falls-on",
    ),
    pytest.param(
        "وجاء ذلك بعد يومين من حكم محكمة عسكرية في بنغازي بإعدام خمسة متهمين.",
        "حكم",
        "actor1",
        "محكمة",
        id="court-in-construct-with-the-verdict-passes-it",
    ),
    pytest.param(
        "وتواصل الأجهزة الأمنية حملة الاعتقالات التي تستهدف قيادات الصف الثاني في جماعة الإخوان المسلمين.",
        "حملة الاعتقالات",
        "actor2",
        "جماعة الإخوان المسلمين",
        id="arrest-campaign-aimed-at-a-body",
    ),
    pytest.param(
        "ألقت الشرطة القبض على مشتبه به في الهجوم على مركز الشرطة.",
        "الهجوم",
        "actor1",
        None,
        id="attack-a-suspect-is-held-for-is-not-the-arresters",
    ),
    pytest.param(
        "وأسفرت جهود الأجهزة الأمنية خلال الأسبوع الماضي عن ضبط 12 من المطلوبين في قضايا إرهاب.",
        "ضبط",
        "actor1",
        "الأجهزة الأمنية",
        id="efforts-of-a-body-led-to-the-arrest",
    ),
    pytest.param(
        "وأسفرت المواجهات عن أسر خمسة مسلحين بيد قوات الجيش.",
        "أسر",
        "actor1",
        "قوات الجيش",
        id="captor-after-a-glued-hand",
    ),
    pytest.param(
        "وأسفرت المواجهات عن أسر خمسة مسلحين بيد قوات الجيش.",
        "المواجهات",
        "actor1",
        None,
        id="glued-hand-past-a-preposition-is-another-nouns",
    ),
    pytest.param(
        "اعتقلت الشرطة الاثنين زعيم مجموعة متطرفة يدعى ديفيد كوهين في القدس.",
        "اعتقلت",
        "actor2",
        "ديفيد كوهين",
        id="described-person-and-the-name-he-is-called",
    ),
    pytest.param(
        "وأوضح البيان أنه تم القبض على المدعو محمد عبد الله عند قيامه بتهريب المخدرات.",
        "القبض",
        "actor2",
        "محمد عبد الله",
        id="arrest-of-the-so-called",
    ),
    pytest.param(
        "وتحدثت المصادر عن أسر 9 انقلابيين على يد الجيش الوطني.",
        "أسر",
        "actor2",
        "9 انقلابيين",
        id="counted-captives-before-the-captors-hand",
    ),
    pytest.param(
        "واعتقلت الشرطة الناشط الحقوقي بعد اتهامه بالتحريض على العنف ضد قوات الأمن.",
        "اتهامه",
        "actor1",
        None,
        id="charge-with-the-accused-as-pronoun-has-no-accuser-in-the-main-clause",
    ),
    pytest.param(
        "واعتقلت الشرطة الناشط الحقوقي بعد اتهامه بالتحريض على العنف ضد قوات الأمن.",
        "اتهامه",
        "actor2",
        None,
        id="what-the-charge-tells-is-no-side",
    ),
    pytest.param(
        "أعلن المتحدث باسم الشرطة الوطنية، العقيد أحمد سالم، عن اعتقال 40 شخصا إثر أعمال الشغب.",
        "اعتقال",
        "actor1",
        "الشرطة الوطنية",
        id="spokesmans-body-made-the-arrest-he-announces",
    ),
    pytest.param(
        "كما ألقت السلطات القبض على القيادي السابق بحزب الوفد بتهمة التحريض.",
        "القبض",
        "actor2",
        "القيادي السابق",
        id="arrested-person-not-the-party-his-title-names",
    ),
]

IS_NOT = [
    pytest.param(
        "وأسفر التحقيق عن إدانته، وبإحالته إلى المحكمة الجزائية صدر بحقه حكم بالسجن عشر سنوات.",
        "حكم",
        "actor1",
        "المحكمة",
        id="court-a-case-goes-to-is-not-the-verdicts-subject",
    ),
    pytest.param(
        "وصادقت على الحكم محكمة الاستئناف في الرياض.",
        "الحكم",
        "actor2",
        "محكمة الاستئناف",
        id="court-is-never-a-verdicts-target",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "which", "expected"), IS)
def test_side_is(pipeline: Any, text: str, trigger: str, which: str, expected: str | None) -> None:
    assert side(pipeline, text, trigger, which) == expected


@pytest.mark.parametrize(("text", "trigger", "which", "wrong"), IS_NOT)
def test_side_is_not(pipeline: Any, text: str, trigger: str, which: str, wrong: str) -> None:
    assert side(pipeline, text, trigger, which) != wrong
