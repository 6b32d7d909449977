"""Constructions of the second round after rel-1800: the person met named past his titles after «لقائه/
اجتماعه/استقباله» (hosted.py, used by between.py and genitive.py), the fighting cues «حارب*» and «في محاربة»
(cues.tsv), an oppose verb used without an object, whose actor past a comma is the next phrase's (fought.py), and
a spokesman's name past a second title served «في» an office (ends.ranked_person);
each case fails without its rule but the guards. The sentences are written for the tests."""

from __future__ import annotations

from relation_checks import absent_test, found_test

FOUND = [
    # the person met, past a head of state's title
    (
        "وطالب المبعوث الخاص إسماعيل ولد الشيخ خلال لقائه الرئيس اليمني عبدربه منصور هادي بتمديد الهدنة.",
        "negotiates_with",
        "إسماعيل ولد الشيخ",
        "عبدربه منصور هادي",
        {},
    ),
    # past a minister's title, after «استقباله» (a genitive cue: no ل before the person received)
    (
        "وأكد الملك محمد السادس لدى استقباله وزير الخارجية الأمريكي مايك بومبيو متانة العلاقات.",
        "negotiates_with",
        "محمد السادس",
        "مايك بومبيو",
        {"target": "مايك بومبيو"},
    ),
    # past a title that names a body: the body is part of the title
    (
        "وقال تبون خلال استقباله رئيس الحكومة الليبية عبد الحميد الدبيبة إن الحوار هو الحل.",
        "negotiates_with",
        "تبون",
        "عبد الحميد الدبيبة",
        {},
    ),
    # fighting a side: a relative verb with its object, and with an object pronoun and the subject after it
    (
        "وتقول السلطات التركية التي تحارب وحدات حماية الشعب إن العملية ستتواصل.",
        "oppose",
        "السلطات التركية",
        "وحدات حماية الشعب",
        {},
    ),
    (
        "واتهم الحزب جبهة البوليساريو التي تحاربها الحكومة المغربية منذ عقود بتلقي أسلحة.",
        "oppose",
        "الحكومة المغربية",
        "جبهة البوليساريو",
        {},
    ),
    # a role in the fight against a side
    ("وأشاد الوزير بدور الجيش العراقي في محاربة تنظيم داعش.", "oppose", "الجيش العراقي", "تنظيم داعش", {}),
    # a spokesman's name past a second title served «في» an office and a rank
    (
        "وقال الناطق باسم الجيش الوطني الليبي المستشار في مكتب القائد العام العميد أحمد المسماري إن القوات تقدمت.",
        "member_of",
        "أحمد المسماري",
        "الجيش الوطني الليبي",
        {},
    ),
    # guard: a verb with its subject after it keeps the apposed name past a comma
    (
        "وتوعد تنظيم داعش مجلس النواب والقائد العام للجيش الليبي، خليفة حفتر، بعمليات قريبة.",
        "oppose",
        "تنظيم داعش",
        "خليفة حفتر",
        {},
    ),
]

ABSENT = [
    # an oppose verb followed by where it is done names no opponent past the comma
    (
        "وتقول الكتائب إنها وحدها التي تحارب في الميدان، متهمة قوات الحكومة بالتخاذل.",
        "oppose",
        "",
        "قوات الحكومة",
    ),
    # guard of hosted.py: a person past a preposition is no one met
    (
        "وقال البشير خلال لقائه في الخرطوم مع الصحفيين إن رئيس الوزراء معتز موسى باق.",
        "negotiates_with",
        "البشير",
        "معتز موسى",
    ),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)
