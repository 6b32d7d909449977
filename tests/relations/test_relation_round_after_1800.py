"""Constructions of the round after rel-1800: a relation noun whose sides are nationality adjectives (paired.py), a
nationality adjective before a cue as its agent (agents.py), operations and sums of money (operations.py), an
unnamed member as a verb-first subject (informants.py), a body inside a larger one after a title (qualifiers.py),
meetings «الذي جمع … مع», «بنظرائه الخليجيين», «في فيينا بين» (counterparts.py, between.py), two nouns of one support
(genitive.py), «إلى جانب الشرعية», tribes beside a side and «المتحالفة مع الصدر» (patterns.py), and the cues «بعثة
من», «المرتبطة بـ», «على صلة بـ», «نسق مع», «اتصالات مع», «تواصل مع», «الأسبق»; each case fails without its rule but
the guards."""

from __future__ import annotations

from relation_checks import absent_test, found_test

from marsad.relations.paired import has_paired

FOUND = [
    # a relation noun and two countries' adjectives: the countries
    ("وناقش الجانبان التقارب السعودي الروسي في الرياض.", "ally", "السعودي", "الروسي", {"directed": False}),
    ("وقال إن الاتفاق الامريكي التركي لإنشاء منطقة آمنة مهم.", "negotiates_with", "الامريكي", "التركي", {}),
    # past one adjective of the field
    ("وتوقع مراقبون أن يتعزز التعاون العسكري الروسي السوري.", "ally", "الروسي", "السوري", {}),
    # three countries: every pair
    ("وتعقد القمة الروسية التركية الإيرانية في طهران.", "negotiates_with", "التركية", "الإيرانية", {}),
    ("وتعقد القمة الروسية التركية الإيرانية في طهران.", "negotiates_with", "الروسية", "الإيرانية", {}),
    # the adjective before the cue is its agent, not the subject further back
    (
        'وجاء ذلك في بيان نشرته وكالة الأنباء اللبنانية الرسمية، وجاء فيه: "تعليقا على القرار المغربي بقطع '
        'العلاقات الدبلوماسية مع إيران، ينفي الحزب ذلك".',
        "oppose",
        "المغربي",
        "إيران",
        {"source": "المغربي"},
    ),
    # past the noun's other adjectives, with no subject found at all
    (
        "تواصلت الحملة العسكرية التركية العنيفة ضد حزب العمال الكردستاني.",
        "oppose",
        "التركية",
        "حزب العمال الكردستاني",
        {"source": "التركية"},
    ),
    # guard: an actor with its adjective is the subject itself
    (
        "وأعلنت الحكومة المغربية قطع العلاقات الدبلوماسية مع إيران.",
        "oppose",
        "الحكومة المغربية",
        "إيران",
        {"source": "الحكومة المغربية"},
    ),
    # taking part in operations: member of the body that runs them
    (
        "وأعلن الوزير أن الخرطوم تقيم مشاركتها في العمليات العسكرية للتحالف العربي في اليمن.",
        "member_of",
        "الخرطوم",
        "تحالف العربي",
        {},
    ),
    # an unnamed member after a verb-first cue is its subject; the object follows his body
    (
        "وانتقدت مصادر دبلوماسية في الحكومة اليمنية الأمم المتحدة، مشيرة إلى أنها لم تفعل شيئا.",
        "oppose",
        "مصادر",
        "الأمم المتحدة",
        {"source": "مصادر"},
    ),
    # a body inside a larger one: the holder past the larger body and his rank, and the body's membership
    (
        "وكان قائد فيلق القدس في الحرس الثوري الإيراني الجنرال قاسم سليماني قد زار بغداد.",
        "leads",
        "قاسم سليماني",
        "فيلق القدس",
        {},
    ),
    (
        "وكان قائد فيلق القدس في الحرس الثوري الإيراني الجنرال قاسم سليماني قد زار بغداد.",
        "member_of",
        "فيلق القدس",
        "الحرس الثوري",
        {},
    ),
    # meetings
    (
        "كان الأبرز فيها اللقاء الذي جمع ضباط مخابرات قطريين مع الحوثيين في مسقط نهاية 2017.",
        "negotiates_with",
        "ضباط مخابرات قطريين",
        "الحوثيين",
        {},
    ),
    ("وجاء ذلك بعد الاتفاق النووي في فيينا بين إيران ومجموعة 5+1.", "negotiates_with", "إيران", "مجموعة 5+1", {}),
    (
        "ويلتقي اليوم وزير الخارجية الأميركي جون كيري بنظرائه الخليجيين.",
        "negotiates_with",
        "جون كيري",
        "الخليجيين",
        {"source": "جون كيري"},
    ),
    ("وأضافت مصادر أن الجماعة المعترضة تتواصل مع زعماء آخرين.", "negotiates_with", "الجماعة المعترضة", "زعماء", {}),
    # two nouns of one support
    ("وأكدت السعودية استمرار تقديم الدعم والمساندة للحكومة اليمنية.", "support", "السعودية", "حكومة اليمنية", {}),
    # «إلى جانب» a definite side the recogniser missed; tribes fight beside a side
    ("قوات الوفاق تقاتل إلى جانب الشرعية.", "ally", "قوات الوفاق", "الشرعية", {}),
    ("وتقاتل قبائل صعدة إلى جانب الشرعية.", "ally", "قبائل صعدة", "الشرعية", {}),
    # a participle ending in «مع» before a definite name the recogniser missed
    ("وقالت الفصائل المتحالفة مع الصدر إنها ستدعمه.", "ally", "الفصائل", "الصدر", {}),
    # new cues
    ("وقد توجهت بعثة من المؤسسة الوطنية الليبية للنفط إلى رأس لانوف.", "member_of", "بعثة", "المؤسسة الوطنية", {}),
    (
        'ففي عام 2011 فرضت جماعة "أنصار الشريعة" المرتبطة بتنظيم القاعدة سيطرتها على المدينة.',
        "ally",
        "أنصار الشريعة",
        "تنظيم القاعدة",
        {},
    ),
    ("بل ظلت قطر على صلة بزعيم الميليشيات عبدالملك الحوثي.", "ally", "قطر", "عبدالملك الحوثي", {}),
    ("وقال مسؤول إسرائيلي نسق مع قطر بشأن المساعدات إن الدوحة حاولت منع ذلك.", "ally", "مسؤول", "قطر", {}),
    ("وأعلنت قطر عن اتصالاتها مع إسرائيل.", "negotiates_with", "قطر", "إسرائيل", {}),
    (
        "وكان إبراهيم الجضران الرئيس الأسبق لحراس المنشآت النفطية.",
        "leads",
        "إبراهيم الجضران",
        "حراس",
        {"modality": "ended"},
    ),
]

ABSENT = [
    # one adjective is no pair
    ("وتحدث الوزير عن الاتفاق النووي الإيراني.", "negotiates_with", "", ""),
    # two adjectives of one country are no pair
    ("وتحدث الوزير عن التعاون السعودي السعودية.", "ally", "", ""),
    # a people is no act: no country against the government
    ("وتحدث عن انتفاضة الشعب العراقي ضد حكومته.", "oppose", "العراقي", ""),
    # operations run for a purpose name no body
    (
        "أكد ضابط أن قوات بلاده المشاركة في العمليات العسكرية لاستعادة الشرعية في اليمن باقية.",
        "member_of",
        "",
        "العمليات",
    ),
    # a sum of money is no end
    (
        "وتقول قطر إن موافقة إسرائيل على تمويل يبلغ نحو 800 مليون دولار موجه للإغاثة المدنية في قطاع غزة تدحض "
        "الشبهات بأنها تدعم حماس.",
        "",
        "",
        "دولار",
    ),
    (
        "وتقول قطر إن موافقة إسرائيل على تمويل يبلغ نحو 800 مليون دولار موجه للإغاثة المدنية في قطاع غزة تدحض "
        "الشبهات بأنها تدعم حماس.",
        "",
        "دولار",
        "",
    ),
    # guard: «الى جانب» a rank and a name: the named person, not the rank
    ("وكان حفتر من الضباط الذين عملوا الى جانب العقيد القذافي.", "ally", "", "العقيد"),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)


def test_paired_needs_a_relation_noun() -> None:
    assert has_paired(["تقارب", "سعودي", "روسي"])
    assert not has_paired(["جيش", "سعودي", "روسي"])
