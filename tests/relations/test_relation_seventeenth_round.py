"""Constructions of the seventeenth round (2018 news on Libya, Yemen, Syria and Iraq): a summit «قمة بين» and the
counterparts listed after «ونظيريه» (between.py, counterparts.py, slots.py), a second side after a repeated
«وبين», an unnamed «عضو في», a body the recogniser took for a person before its quoted name (names.py), a body's
describing phrase before its head's name (described.py), tribes named after a sheikh's title (tribes.py), the
signatories after «ووقع الاتفاق» (agreed.py), a ministry after a spokesman's title, «بمن فيها/بما فيها» (heading.py),
an ally deemed by «تعتبر X حليفا» (deemed.py), forces named after a person (forces.py), a meeting «يضم A مع نظيريه
B و C»; and no relation with a news outlet interviewing, with a verb of being read as a name (interviews.py), nor
for a mountain's «قمة»."""

from __future__ import annotations

from relation_checks import absent_test, found_test

FOUND = [
    # a summit, and each counterpart after «ونظيريه» with his nationality adjective
    (
        "وتستضيف أنقرة الأسبوع المقبل قمة بين الرئيس التركي رجب طيب أردوغان ونظيريه الروسي فلاديمير بوتين "
        "والإيراني حسن روحاني.",
        "negotiates_with",
        "فلاديمير بوتين",
        "حسن روحاني",
        {"directed": False},
    ),
    # the second side of «بين» after a repeated «وبين»
    ("وتصاعد الخلاف بين مصر وبين إثيوبيا حول سد النهضة.", "oppose", "مصر", "إثيوبيا", {}),
    # an unnamed member «في» a body
    ("وقال عضو في حزب العدالة والتنمية إن الحزب يرفض الاتفاق.", "member_of", "عضو", "حزب العدالة والتنمية", {}),
    # the organisation noun the recogniser took alone for a person, with its quoted name; the describing phrase
    # between the body and its head's name
    (
        'وقال رئيس ائتلاف "الفتح" الموالي لإيران هادي العامري إن الاتفاق تم.',
        "leads",
        "هادي العامري",
        'ائتلاف "الفتح"',
        {},
    ),
    ('وقال رئيس ائتلاف "الفتح" الموالي لإيران هادي العامري إن الاتفاق تم.', "loyal_to", "الفتح", "إيران", {}),
    ("وقال رئيس حزب الدعوة المقرب من إيران نوري المالكي إن الاتفاق تم.", "leads", "نوري المالكي", "حزب الدعوة", {}),
    # tribes named like persons after a sheikh's title
    (
        "وأوضح الشيخ فهد طالب الشرفي، أحد مشايخ خولان بن عامر، أن القبائل ترفض مشروع الميليشيات.",
        "member_of",
        "فهد طالب الشرفي",
        "خولان بن عامر",
        {},
    ),
    (
        "فيما أكد يحيى بن مقيت، شيخ شمل قبائل خولان بن عامر، أن القبائل ستواصل القتال.",
        "leads",
        "يحيى بن مقيت",
        "قبائل خولان بن عامر",
        {},
    ),
    # the signatories after the agreement signed (verb-object-subject)
    (
        "ووقع الاتفاق رئيس المجلس الرئاسي فايز السراج ورئيس مجلس الدولة خالد المشري.",
        "negotiates_with",
        "فايز السراج",
        "خالد المشري",
        {},
    ),
    # a ministry by its short name after a spokesman's title
    (
        "وقال الناطق باسم الخارجية الإيرانية بهرام قاسمي إن ظريف وصل إلى دمشق.",
        "member_of",
        "بهرام قاسمي",
        "الخارجية الإيرانية",
        {},
    ),
    # «بما فيها»: one of the group
    ("وحضر ممثلون عن الفصائل، بما فيها حركة حماس، الاجتماع.", "member_of", "حركة حماس", "الفصائل", {}),
    # an ally deemed: the verb's subject and its object
    (
        "وتعتبر فرنسا قوات سوريا الديمقراطية حليفا مهما لمنع عودة تنظيم داعش.",
        "ally",
        "فرنسا",
        "قوات سوريا الديمقراطية",
        {},
    ),
    # forces named after a person the article names
    (
        "وقال المشير خليفة حفتر إن الجيش تقدم. وتمكنت قوات حفتر من هزيمة الجماعات المسلحة في بنغازي.",
        "loyal_to",
        "قوات",
        "حفتر",
        {},
    ),
    # the parts a bracket names after «تحالف بين», the last after «وبعض»
    (
        'وفاز ائتلاف "سائرون" (تحالف بين الصدريين والشيوعيين وبعض أحزاب التكنوقراط) بالمرتبة الأولى.',
        "member_of",
        "أحزاب التكنوقراط",
        "سائرون",
        {},
    ),
    # the author of the deed criticised
    ("وانتقد الشيخ حمد بن وهيط ما يفعله الحوثي في مأرب.", "oppose", "حمد بن وهيط", "الحوثي", {}),
    # a title after «الذي يعتبر»; a name the recogniser ran from «بزعامة» on
    (
        'وحل ثانيا ائتلاف "الفتح" بزعامة هادي العامري الذي يعتبر أحد أبرز قادة فصائل الحشد الشعبي.',
        "member_of",
        "هادي العامري",
        "الحشد الشعبي",
        {},
    ),
    # a tribe named after its noun
    (
        "وقد عقد ممثلون عن معظم قبائل صعدة اجتماعا لإعلان موقفهم.",
        "member_of",
        "ممثلون",
        "قبائل صعدة",
        {},
    ),
    # an extension of a group, deemed
    (
        "وتعتبر تركيا الوحدات الكردية امتدادا لحزب العمال الكردستاني.",
        "member_of",
        "الوحدات",
        "حزب العمال الكردستاني",
        {},
    ),
    # the persons met one after the other («، ثم»)
    (
        "وقال وزير الخارجية الإيراني محمد جواد ظريف إنه سيزور دمشق. وسيلتقي ظريف الرئيس السوري بشار الأسد، ثم "
        "رئيس الوزراء عماد خميس.",
        "negotiates_with",
        "ظريف",
        "عماد خميس",
        {},
    ),
    # a meeting that includes one side and his counterparts
    (
        "وسيعقد لافروف لقاء ثلاثيا يضم لافروف مع نظيريه الأميركي كيري والسعودي الجبير.",
        "negotiates_with",
        "كيري",
        "الجبير",
        {},
    ),
]

ABSENT = [
    # a body's own name, not a person's forces
    ("وقال المشير خليفة حفتر إن قوات الأمن انتشرت في بنغازي.", "loyal_to", "قوات", ""),
    # the top of a mountain is no summit
    ("وتتقدم القوات باتجاه قمة جبل عروس بعد السيطرة على المرتفعات.", "negotiates_with", "", ""),
    # an interview is no talks
    ("وقال هادي في لقاء مع بي بي سي إن العملية العسكرية ناجحة.", "negotiates_with", "", "بي بي سي"),
    # «لكانت هذه»: a verb of being, no one supported
    ("ولولا دعم التحالف لكانت هذه المناطق تحت سيطرة الحوثيين.", "support", "", "كانت"),
    # the subject of the reported clause holds no title of the speaker
    ("وقال عضو في حزب الاتحاد الديمقراطي إن ماكرون تعهد بإرسال قوات.", "member_of", "ماكرون", ""),
    # what follows the predicate is no ally
    ("وتعتبر فرنسا قوات سوريا الديمقراطية حليفا مهما لمنع عودة تنظيم داعش.", "ally", "", "داعش"),
    # «عضو» without «في» names its holder further on (or someone named before)
    ("وقالت عضو مؤتمر الرياض الدكتورة ياسمين الفاطمي إن الوضع حساس.", "member_of", "عضو", ""),
    # «تجمع A بكل من B و C»: B and C are not paired
    (
        "تشهد الدوحة مباحثات متعددة الأطراف، تجمع دول مجلس التعاون بكل من الولايات المتحدة وروسيا.",
        "negotiates_with",
        "الولايات المتحدة",
        "روسيا",
    ),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)
