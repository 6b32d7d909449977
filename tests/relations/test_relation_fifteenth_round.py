"""Constructions of the fifteenth round (recall of unseen 2018 news): delegations and detachments of a body
(marsad/relations/partitive.py), indefinite forces «تابعة لـ» a body, the further bodies after an unnamed plural
member title (listed.py), a body's organ (organs.py), a kin noun the recogniser ran into a name (kin.py), a half-sibling (the cue table) and
a title with no name after its body's comma or before «أنه» (holders.py ``no_name_at``)."""

from __future__ import annotations

from relation_checks import absent_test, found_test

FOUND = [
    # a delegation «من» a group
    ("واستقبل الرئيس وفدا من حركة حماس في القاهرة.", "member_of", "وفدا", "حركة حماس", {"source": "وفدا"}),
    # a delegation «يمثل» a body
    ("يجري وفد يمثل مجلس سوريا الديمقراطية محادثات مع النظام السوري.", "member_of", "وفد", "مجلس سوريا", {}),
    # men drawn from a named body
    ("وقال إن عناصر من حزب الله هاجموا المنزل.", "member_of", "عناصر", "حزب الله", {}),
    # indefinite forces «تابعة لـ» a body, the preposition written apart before a quoted name
    (
        'تعرض للاختطاف على أيدي ميليشيات تابعة لـ"المجلس الرئاسي" في طرابلس.',
        "member_of",
        "ميليشيات",
        "المجلس الرئاسي",
        {},
    ),
    # … and past an indefinite adjective
    ("دخلت قوات محدودة تابعة لقوات النظام إلى المدينة.", "member_of", "قوات", "قوات النظام", {}),
    # the second body after an unnamed plural member title
    (
        "والتقى مسؤولين في وزارة المالية والمصرف المركزي لمتابعة الملف.",
        "member_of",
        "مسؤولين",
        "المصرف المركزي",
        {},
    ),
    # «نجل» inside a name the recogniser tagged as one person
    ("وفي 2004 تولى أحمد نجل صالح قيادة الحرس.", "family", "أحمد", "صالح", {"source": "أحمد", "target": "صالح"}),
    # a half-brother
    (
        "وقال الرئيس إن محمد هو الأخ غير الشقيق للرئيس الراحل علي عبدالله صالح.",
        "family",
        "محمد",
        "علي عبدالله صالح",
        {},
    ),
    # a member of a body's organ is the body's member
    (
        "وكان خالد المنصوري عضوا في المكتب السياسي لحركة حماس.",
        "member_of",
        "خالد المنصوري",
        "حركة حماس",
        {"target": "حركة حماس"},
    ),
    # an unnamed leader before a reported clause with a pronoun subject
    ("وأضاف زعيم التيار الصدري أنه يجب فتح باب الترشيح.", "leads", "زعيم", "التيار الصدري", {"source": "زعيم"}),
    # an unnamed spokesman before a comma and a reported clause
    ("وقال الناطق باسم جماعة الحوثي، إن الجماعة ترفض.", "member_of", "الناطق", "جماعة الحوثي", {}),
    # … and before a comma and an apposition describing the body
    (
        "التقى نصر الله وفدا يرأسه الناطق باسم جماعة الحوثي، ذراع إيران في اليمن.",
        "member_of",
        "الناطق",
        "جماعة الحوثي",
        {"source": "الناطق"},
    ),
]

ABSENT = [
    # a count of the dead is a battle's toll, no membership stated
    ("وقتل أكثر من 40 عنصرا من مليشيات الحوثي في المواجهات.", "member_of", "عنصر", ""),
    # a delegation from a country: no body named
    ("وصل وفد من مصر إلى الخرطوم أمس.", "member_of", "وفد", ""),
    # the definite unnamed forces of a side describe the side
    ("وتحدث عن وجود للقوات التابعة للحوثي في المدينة.", "member_of", "", ""),
    # a name with its rank after the comma: the spokesman is the named one
    ("وقال الناطق باسم الجيش الليبي، العميد أحمد المسماري، إن الجيش تقدم.", "member_of", "الناطق", ""),
    ("وقال الناطق باسم الحكومة، وزير الإعلام معمر الإرياني، إن الحوار متوقف.", "member_of", "الناطق", ""),
    # a place ends the list of bodies
    ("والتقى مسؤولين في وزارة المالية وطرابلس لمتابعة الملف.", "member_of", "", "طرابلس"),
    # «بن» stays part of a name
    ("واجتمع الشيخ عبد الله بن زايد مع الوزير.", "family", "", ""),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)
