"""Constructions of the round after rel-1900: a crisis or worsened relations «بين» two sides (cues.tsv, between.py),
an accused link «لاتهامه بالارتباط بـ» (cues.tsv, anaphora.accused_before, modality.py), sanctions «(ال)عقوبات (…)
على» with the imposer as the subject or the sanctions' nationality adjective (cues.tsv, agents.py), a threat whose
gap holds subject and object «هددت واشنطن تركيا بفرض …», sanctions kept or broken, on whom, and customs duties on a
country's goods (sanctions.py), and a relation after «أعلن … أن» (reported); each case fails without its rule but the guards. The sentences are written for the
tests."""

from __future__ import annotations

from relation_checks import absent_test, found_test

FOUND = [
    # a crisis between two sides, with an adjective and past a verb of harming relations
    (
        "وتصاعدت الأزمة الدبلوماسية بين الرياض وأوتاوا بعد طرد السفير.",
        "oppose",
        "الرياض",
        "أوتاوا",
        {"directed": False},
    ),
    (
        "وتراجعت العملة التركية نتيجة أزمة سياسية أضرت بالعلاقات بين واشنطن وأنقرة.",
        "oppose",
        "واشنطن",
        "أنقرة",
        {},
    ),
    (
        "وتسببت العملية العسكرية في توتر العلاقات بين تركيا والولايات المتحدة.",
        "oppose",
        "تركيا",
        "الولايات المتحدة",
        {},
    ),
    # an accused link: the accused is the pronoun of «لاتهامه», past a place named after «ولاية»
    (
        "ويقبع القس أندرو برونسون، وهو من ولاية نورث كارولاينا، قيد الاحتجاز منذ عامين، لاتهامه بالارتباط بحزب "
        "العمال الكردستاني المحظور.",
        "ally",
        "أندرو برونسون",
        "حزب العمال الكردستاني",
        {"modality": "reported"},
    ),
    # sanctions: the clause's subject, or the sanctions' nationality adjective
    (
        "وفرضت الولايات المتحدة عقوبات جديدة على إيران.",
        "oppose",
        "الولايات المتحدة",
        "إيران",
        {},
    ),
    (
        "اعتبر الرئيس التركي رجب طيب أردوغان العقوبات الأمريكية على بلاده طعنة في الظهر.",
        "oppose",
        "الأمريكية",
        "بلاده",
        {"source": "الأمريكية"},
    ),
    # a threat whose gap holds the subject and the object
    (
        "وهددت واشنطن تركيا مؤخرا بفرض مزيد من العقوبات الاقتصادية.",
        "oppose",
        "واشنطن",
        "تركيا",
        {},
    ),
    # kept sanctions: their own adjective is still the imposer
    (
        "ويمنع القانون الشركات الأوروبية من الالتزام بالعقوبات الأمريكية على إيران.",
        "oppose",
        "الأمريكية",
        "إيران",
        {},
    ),
    # sanctions on people a nationality adjective describes
    (
        "وفرضت الولايات المتحدة عقوبات على وزيرين تركيين بسبب احتجاز القس.",
        "oppose",
        "الولايات المتحدة",
        "وزيرين",
        {},
    ),
    # customs duties on a country's goods: the goods' adjective, or the country after «من»
    (
        "وكانت الولايات المتحدة قد ضاعفت قبل أيام الجمارك على المنتجات التركية.",
        "oppose",
        "الولايات المتحدة",
        "التركية",
        {"target": "التركية"},
    ),
    (
        "وكان ترامب قد أعلن عن تطبيق رسوم استيراد على الصلب والألومنيوم القادمين من تركيا.",
        "oppose",
        "ترامب",
        "تركيا",
        {"target": "تركيا"},
    ),
    # the duties' own adjective is their imposer
    (
        "وأعلنت أنقرة فرض رسوم انتقامية ردا على رسوم أميركية جديدة على البضائع التركية.",
        "oppose",
        "أميركية",
        "التركية",
        {"source": "أميركية"},
    ),
    # guards of «أعلن»: with its object it states the link itself, which a source further back still reports
    (
        "وأعلن المجلس العسكري مصراتة تحالفه مع سرايا الدفاع.",
        "ally",
        "المجلس العسكري",
        "سرايا الدفاع",
        {"modality": "asserted"},
    ),
    (
        "كشفت مصادر أن جماعة جند الخلافة الناشطة في منطقة القبائل أعلنت ولاءها لتنظيم داعش.",
        "loyal_to",
        "جند الخلافة",
        "داعش",
        {"modality": "reported"},
    ),
    # «أعلن … أن»: the clause after «أن» is the speaker's
    (
        "وأعلنت الخارجية المصرية أن الوزير سامح شكري عقد اجتماعا مع نظيره السوداني إبراهيم غندور.",
        "negotiates_with",
        "سامح شكري",
        "إبراهيم غندور",
        {"modality": "reported"},
    ),
]

ABSENT = [
    # a cue ending in «بين» has its sides after it: not the pair named before
    (
        "وتوسطت بريطانيا وروسيا القيصرية بعد تدهور العلاقات بين الفرس العثمانيين من جديد.",
        "oppose",
        "بريطانيا",
        "",
    ),
    # sanctions broken or kept: the subject imposes nothing
    (
        "واعتقل المصرفي التركي محمد هاكان أتيلا في الولايات المتحدة بتهمة خرق العقوبات على إيران.",
        "oppose",
        "",
        "إيران",
    ),
    (
        "وقال بنك ميتسوبيشي إنه سيوقف المعاملات مع طهران التزاما بالعقوبات المعاد فرضها على طهران.",
        "oppose",
        "",
        "طهران",
    ),
    # sanctions with no imposer named, penalties on unnamed people, duties on goods of no country
    (
        "وفي أواخر أغسطس، دخلت مجموعة جديدة من العقوبات على روسيا حيز التنفيذ.",
        "oppose",
        "",
        "روسيا",
    ),
    (
        "وطرحت الحكومة مشروع قانون يفرض عقوبات مشددة على المهاجرين غير الشرعيين.",
        "oppose",
        "",
        "",
    ),
    (
        "وقررت الحكومة التركية زيادة الجمارك على السيارات إلى 120 في المئة.",
        "oppose",
        "",
        "",
    ),
    # «الواردات الأمريكية»: the importing country is not opposed by its own president
    (
        "وفرض ترامب رسوما جمركية باهظة على الواردات الأمريكية من الصلب والألمنيوم.",
        "oppose",
        "ترامب",
        "",
    ),
    # a verbal noun of linking with its own pronoun: the actor before is not its holder
    (
        "وأشار جهاز الأمن الداخلي الإسرائيلي إلى أن أوزكان يشتبه بأنها تشكل تهديدا وبارتباطها بمنظمة إرهابية.",
        "ally",
        "",
        "منظمة",
    ),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)
