"""Detection precision on fresh text, second audit (marsad/events/detect_senses.py, «عدد من» in
detect_clauses.class_of_events, sports senses in data/other_senses.tsv): trigger words used in a sense that names
no event, each with a case where the word does name an event.

Each case is written for this file in the style of Gulf, Egyptian, Levantine and Maghrebi papers; none is a
sentence of the development set or of the audit sample.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import found_test, not_found_test

NOT_FOUND = [
    pytest.param(
        "وقال الوزير إن تهريب السلاح عبر الحدود الجنوبية يشكل تهديدا لجميع دول المنطقة.",
        ("تهديدا", "THREATEN"),
        id="danger-judged",
    ),
    pytest.param(
        "وترى أنقرة في هذه الجماعات تهديدا لأمنها القومي.",
        ("تهديدا", "THREATEN"),
        id="danger-seen-in",
    ),
    pytest.param(
        "وأكد البيان أن تجارة المخدرات تهدد الأمن والسلم الاجتماعي في المحافظة.",
        ("تهدد", "THREATEN"),
        id="stake-endangered",
    ),
    pytest.param(
        "وتأتي المهرجانات ضمن جهود الوزارة في دعم السياحة الداخلية.",
        ("دعم", "SUPPORT"),
        id="support-of-a-sector",
    ),
    pytest.param(
        "وقالت شركة الطيران الوطنية إنها أوقفت رحلاتها إلى بنغازي بسبب سوء الأحوال الجوية.",
        ("أوقفت", "COERCE"),
        id="flights-stopped",
    ),
    pytest.param(
        "وينص المشروع على تمديد مدة التوقيف إلى ثمانية أيام في قضايا الإرهاب.",
        ("التوقيف", "COERCE"),
        id="period-of-custody",
    ),
    pytest.param(
        "وحدد المشرع للمخالفين عقوبات بالسجن تصل إلى خمس سنوات.",
        ("عقوبات", "SANCTION"),
        id="scale-of-penalties",
    ),
    pytest.param(
        "ويستهدف مشروع القانون الجديد المضاربين في أسعار المواد الغذائية.",
        ("يستهدف", "ASSAULT"),
        id="law-targets",
    ),
    pytest.param(
        "وقال المحلل إن هذه الخطوة تضربهم في الصميم.",
        ("تضربهم", "ASSAULT"),
        id="strikes-to-the-core",
    ),
    pytest.param(
        "وغضب واسع يجتاح الشارع التونسي بعد رفع أسعار المحروقات.",
        ("يجتاح", "ASSAULT"),
        id="anger-sweeps",
    ),
    pytest.param(
        "وكان الرئيس الراحل قد وصل إلى السلطة عام 1969 إثر انقلاب عسكري.",
        ("وصل", "CONSULT"),
        id="came-to-power",
    ),
    pytest.param(
        "ووقعت جامعة الملك سعود اتفاقية تعاون مع وزارة الصحة لتدريب الأطباء.",
        ("تعاون", "COOPERATE"),
        id="name-of-an-agreement",
    ),
    pytest.param(
        "وتعمل الهيئة على تنظيم السوق بما يتفق مع الأنظمة المعمول بها.",
        ("يتفق", "AGREE"),
        id="accords-with",
    ),
    pytest.param(
        "واعتقلت الشرطة شابا بشبهة التخطيط لهجوم على كنيسة في الإسكندرية.",
        ("هجوم", "ASSAULT"),
        id="content-of-a-charge",
    ),
    pytest.param(
        "وقضت المحكمة بسجن المتهم عشر سنوات بعد إدانته بتهريب الأسلحة.",
        ("إدانته", "ACCUSE"),
        id="conviction-no-condemnation",
    ),
    pytest.param(
        "وتوقع خبراء انسحاب الشركات الأجنبية من السوق الإيرانية بعد القرار.",
        ("انسحاب", "RETREAT"),
        id="companies-leave-a-market",
    ),
    pytest.param(
        "ومنعت الشرطة مئات المصلين من زيارة المسجد الأقصى صباح الجمعة.",
        ("زيارة", "CONSULT"),
        id="visit-to-a-shrine",
    ),
    pytest.param(
        "وأطلق الجيش حملة في ريف حماة بهدف طرد مسلحي التنظيم من القرى، ويشارك فيها الطيران.",
        ("طرد", "ASSAULT"),
        id="aim-after-bihadaf",
    ),
    pytest.param(
        "وقال رئيس الحكومة إن الدولة لن تتراجع أمام الإرهاب مهما كان الثمن.",
        ("تتراجع", "RETREAT"),
        id="vow-not-to-yield",
    ),
    pytest.param(
        "وقال المتحدث إن القوات الفرنسية تكبدت خسائر مادية لكن لم يقتل أو يجرح أي جندي فرنسي.",
        ("يقتل", "ASSAULT"),
        id="toll-denied",
    ),
    pytest.param(
        "ويخشى الحقوقيون أن يعتبر أي منشور ناقد إشادة بالإرهاب وفق النص الجديد.",
        ("إشادة", "SUPPORT"),
        id="offence-name",
    ),
    pytest.param(
        "ويسمح القانون للأجهزة الأمنية بالتنصت على الاتصالات الهاتفية دون إذن قضائي.",
        ("الاتصالات", "CONSULT"),
        id="calls-listened-to",
    ),
    pytest.param(
        "وتكشف هذه الرغبة القوية في السيطرة على المنطقة أطماع النظام.",
        ("السيطرة على", "ASSAULT"),
        id="desire-to-control",
    ),
    pytest.param(
        "وبدأ نواب المعارضة الهجوم على الاتفاق بعد أيام من توقيعه في العاصمة.",
        ("الهجوم", "ASSAULT"),
        id="attack-on-an-agreement",
    ),
    pytest.param(
        "وقال الوزير إن المذكرة ليست اتفاقية ملزمة للطرفين.",
        ("اتفاقية", "AGREE"),
        id="denied-to-be-an-agreement",
    ),
    pytest.param(
        "وتعرضت المدينة خلال السنوات الماضية لعدد من الهجمات الإرهابية.",
        ("الهجمات", "ASSAULT"),
        id="class-after-a-number-of",
    ),
    pytest.param(
        "وقال الكاتب إن خطر الجماعة يتجاوز حدود ليبيا، وهو أمر يعززه وجود علاقات بينها وبين تنظيمات أخرى.",
        ("يعززه", "MOBILIZE"),
        id="view-reinforced",
    ),
    pytest.param(
        "ويعاقب النص الجديد على التحريض، كما يستهدف الأعمال التي تمس بسير المرافق العامة.",
        ("يستهدف", "ASSAULT"),
        id="law-targets-acts",
    ),
    pytest.param(
        "وسيسعى النواب المعارضون لمنع الحكومة من رفع العقوبات المفروضة على الشركات.",
        ("رفع", "CONCEDE"),
        id="concession-prevented",
    ),
    pytest.param(
        "وشارك الناشط في الاحتجاجات ضد اتفاقية ترسيم الحدود البحرية عام 2016.",
        ("اتفاقية", "AGREE"),
        id="agreement-opposed",
    ),
    pytest.param(
        "وقال النائب المعارض إنه لا أحد يؤيد الإرهاب في هذا البلد.",
        ("يؤيد", "SUPPORT"),
        id="nobody-supports",
    ),
]


FOUND = [
    pytest.param(
        "وهدد زعيم الجماعة بشن هجمات جديدة على مواقع الجيش في الشمال.",
        ("هدد", "THREATEN"),
        id="threat-uttered-kept",
    ),
    pytest.param(
        "وأكد الوزير أن بلاده تدعم الحكومة الشرعية في اليمن.",
        ("تدعم", "SUPPORT"),
        id="support-of-a-party-kept",
    ),
    pytest.param(
        "وأوقفت قوات الأمن ثلاثة مشتبه بهم في مدينة سوسة.",
        ("أوقفت", "COERCE"),
        id="arrest-kept",
    ),
    pytest.param(
        "وفرض الاتحاد الأوروبي عقوبات على خمسة مسؤولين روس.",
        ("عقوبات", "SANCTION"),
        id="sanctions-kept",
    ),
    pytest.param(
        "واستهدف مسلحون حاجزا للشرطة في مدينة العريش.",
        ("استهدف", "ASSAULT"),
        id="strike-target-kept",
    ),
    pytest.param(
        "ووصل وزير الخارجية المصري إلى الخرطوم مساء أمس.",
        ("وصل", "CONSULT"),
        id="arrival-kept",
    ),
    pytest.param(
        "وأعربت الخارجية عن إدانتها بشدة للهجوم الذي استهدف مسجدا في كابول.",
        ("إدانتها", "ACCUSE"),
        id="condemnation-kept",
    ),
    pytest.param(
        "وأعلن الجيش انسحاب قواته من المدينة بعد اتفاق مع العشائر.",
        ("انسحاب", "RETREAT"),
        id="withdrawal-kept",
    ),
    pytest.param(
        "واتفقت الحكومة والنقابات على زيادة الأجور بعد مفاوضات طويلة.",
        ("اتفقت", "AGREE"),
        id="agreement-kept",
    ),
    pytest.param(
        "وهدد الحوثيون باستهداف السفن في البحر الأحمر، وقصفت طائراتهم ميناء جازان أمس.",
        ("قصفت", "ASSAULT"),
        id="strike-after-threat-kept",
    ),
    pytest.param(
        "وعززت القوات التركية مواقعها قرب الحدود بعشرات الدبابات.",
        ("عززت", "MOBILIZE"),
        id="troops-reinforced-kept",
    ),
    pytest.param(
        "وقال المتحدث إن الجيش لم يستهدف أي موقع مدني في الغارات.",
        ("يستهدف", "ASSAULT"),
        id="denied-attack-kept",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2018, 4, 2))


test_found = found_test(FOUND, dt.date(2018, 4, 2))
