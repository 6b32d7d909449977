"""Constructions of the round after the twenty-first batch (rel-2000 …): the name in apposition to a bare end
(apposed_names.py) — a spokesman's title before his body, rank and name («المتحدث باسم التحالف العقيد الركن تركي
المالكي»), a kin noun before the relative's name («زوجته نورين التي»), «نظيره التركي، رجب طيب أردوغان»,
«صاحب السمو الملكي الأمير …» after a governor's title, and a compound rank read as the holder («الفريق أول ركن»);
and a title's unmarked body qualified by a tagged region before the ranked holder («مدير عام الدفاع المدني في
المنطقة الشرقية اللواء …», placed.py, cues.tsv «مدير عام»); backing by a nationality adverb («المدعومة إيرانيا»,
adverbial.py) and after «المدعومة من قبل» (cues.tsv). Each found case fails without its rule (the end is then
the title, the kin noun, «نظيره …», «صاحب السمو» or «أول ركن», or nothing is found) but the guards. The sentences are
written for the tests."""

from __future__ import annotations

from relation_checks import absent_test, found_test

FOUND = [
    # a spokesman's name after his body and his ranks, the first name untagged
    (
        "وقال المتحدث باسم التحالف العقيد الركن تركي المالكي إن الدفاعات الجوية اعترضت صاروخا.",
        "member_of",
        "تركي المالكي",
        "التحالف",
        {"source": "تركي المالكي"},
    ),
    # a wife named right after the kin noun, closed by a relative pronoun
    (
        "واعتقل القس أندرو برونسون برفقة زوجته نورين التي أطلق سراحها بعد شهرين.",
        "family",
        "نورين",
        "برونسون",
        {"source": "نورين"},
    ),
    # the counterpart named after his nationality adjective and a comma
    (
        "وبحث الرئيس الأمريكي، دونالد ترامب، في اتصال هاتفي الاثنين مع نظيره التركي، رجب طيب أردوغان، قضية القس.",
        "negotiates_with",
        "دونالد ترامب",
        "رجب طيب أردوغان",
        {"target": "رجب طيب أردوغان"},
    ),
    # a governor named past «صاحب السمو الملكي الأمير»
    (
        "وقدم مدير الدفاع المدني شكره لأمير المنطقة الشرقية صاحب السمو الملكي الأمير سعود بن نايف على دعمه.",
        "leads",
        "سعود بن نايف",
        "المنطقة الشرقية",
        {"source": "سعود بن نايف"},
    ),
    # a chief of staff named past a compound rank
    (
        "وقدم شكره لرئيس هيئة الأركان العامة الفريق أول ركن عبدالرحمن البنيان على دعمه.",
        "leads",
        "عبدالرحمن البنيان",
        "هيئة الأركان",
        {"source": "عبدالرحمن البنيان"},
    ),
    # «مدير عام» with an untagged body, a tagged region after «في» and the holder with his rank (placed.py)
    (
        "قال مدير عام الدفاع المدني في المنطقة الشرقية اللواء أسعد بن محمد العثمان إن المشاريع اكتملت.",
        "leads",
        "أسعد بن محمد العثمان",
        "الدفاع المدني",
        {},
    ),
    # the region glued to ب with its region noun, the holder's title left out of his tagged name
    (
        "وأوضح مدير عام الشؤون الصحية بمنطقة جازان الدكتور محمد الصميلي أن المستشفى جاهز.",
        "leads",
        "محمد الصميلي",
        "الشؤون الصحية",
        {},
    ),
    # backing named by a nationality adverb after the participle (adverbial.py)
    (
        "وسيطرت ميليشيا الحوثي المدعومة إيرانيا على المدينة بعد معارك عنيفة.",
        "support",
        "إيرانيا",
        "ميليشيا الحوثي",
        {"subtype": "military"},
    ),
    (
        "وانسحبت قوات سوريا الديمقراطية المدعومة أمريكيا من منبج.",
        "support",
        "أمريكيا",
        "قوات سوريا الديمقراطية",
        {},
    ),
    # the backer after «المدعومة من قبل» (cues.tsv)
    (
        "وسيطرت الفصائل المدعومة من قبل تركيا على مدينة عفرين.",
        "support",
        "تركيا",
        "الفصائل",
        {},
    ),
    # no name after the body: the spokesman's title stays the end
    (
        "وقال المتحدث باسم التحالف إن الدفاعات الجوية اعترضت صاروخا أطلق من صعدة.",
        "member_of",
        "المتحدث",
        "التحالف",
        {"source": "المتحدث"},
    ),
]

ABSENT = [
    # an unnamed (indefinite) spokesman keeps his title: the family he speaks for is no name of his
    ("ذكر متحدث باسم أسرة جورج بوش الأب في تغريدة أن الرئيس الأسبق نقل إلى مستشفى.", "member_of", "أسرة", ""),
    # an adverb that names no country: no backer
    ("وقال إن الحكومة المدعومة دوليا تسيطر على العاصمة.", "support", "", ""),
    # no honorific or rank before the name after «في» + a place: the name may be the place's («مدير التعليم في
    # محافظة جدة عبدالله الثقفي» is left alone, as before)
    ("وأوضح مدير التعليم في محافظة جدة عبدالله الثقفي أن الاستعدادات اكتملت.", "leads", "", ""),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)
