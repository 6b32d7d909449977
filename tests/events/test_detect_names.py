"""Detection precision on fresh text (bench/dev/README-events.md, «Detection precision audit on fresh text»):
trigger words that are part of a name or a set phrase (marsad/events/detect_names.py), the aim of a light masdar
after a verb of striving (detect_clauses.purpose), each with a case where the word does name an event; backing
given to a fighting force is AID (triggers.tsv).

Each case is written for this file in the style of Gulf, Egyptian, Levantine and Maghrebi papers; none is a
sentence of the development set or of the audit sample.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import found_test, not_found_test

NOT_FOUND = [
    pytest.param(
        "وافتتحت البلدية مدرسة جديدة في شارع علي بن أبي طالب وسط المدينة.",
        ("طالب", "REQUEST"),
        id="kunya-name",
    ),
    pytest.param(
        "وأكد المحافظ أن المشروع يأتي تنفيذا لتوجيهات القيادة الرشيدة أيدها الله.",
        ("أيدها", "SUPPORT"),
        id="pious-formula",
    ),
    pytest.param(
        "ووجهت النيابة للرجل تهمة الانضمام إلى جماعة مسلحة فيما يتصل بعمل إرهابي في العاصمة.",
        ("يتصل", "CONSULT"),
        id="as-regards",
    ),
    pytest.param(
        "وقال مدير الطرق إن الجسر الجديد يتصل بالطريق الدائري الشرقي ويقطعه شارعان رئيسيان.",
        ("يتصل", "CONSULT"),
        id="road-joins",
    ),
    pytest.param(
        "وأوضح المهندس أن المسار الجديد يبدأ من الميناء ويقطعه عدد من الطرق السريعة.",
        ("يقطعه", "PROTEST"),
        id="road-crossed",
    ),
    pytest.param(
        "وأسقطت طائرات حربية منشورات فوق أحياء المدينة تدعو السكان إلى الابتعاد عن مواقع المسلحين.",
        ("أسقطت", "ASSAULT"),
        id="leaflets-dropped",
    ),
    pytest.param(
        "وطالب نواب بإصدار قانون ينص على عقوبات صارمة بحق المتحرشين في الأماكن العامة.",
        ("عقوبات", "SANCTION"),
        id="penalties-of-a-law",
    ),
    pytest.param(
        "وقال المتحدث إن الجيش يحقق انتصارات كبيرة في محافظة مأرب.",
        ("يحقق", "ACCUSE"),
        id="achieves-victories",
    ),
    pytest.param(
        "وأكد زعيم الحزب أن الهدف هو الحكم الذاتي وليس القضاء على الدولة.",
        ("الحكم", "COERCE"),
        id="self-rule",
    ),
    pytest.param(
        "وأوقفت الشرطة خمسة أشخاص يسعون لتنفيذ هجمات في العاصمة.",
        ("هجمات", "ASSAULT"),
        id="aim-of-striving-light-masdar",
    ),
    pytest.param(
        "وكتب المعلق أن الطرفين صارا في نظر أنصار الآخر مجرد قتلة لا يستحقون الحوار.",
        ("قتلة", "ASSAULT"),
        id="killers-noun-in-taa",
    ),
]


FOUND = [
    pytest.param(
        "وطالب رئيس الوزراء المجتمع الدولي بالضغط على الحوثيين.",
        ("طالب", "REQUEST"),
        id="demand-kept",
    ),
    pytest.param(
        "وقال المتحدث إن الوزير سيتصل بنظيره الفرنسي غدا لبحث الأزمة.",
        ("يتصل", "CONSULT"),
        id="future-call-kept",
    ),
    pytest.param(
        "وفرض الاتحاد الأوروبي عقوبات على عشرة مسؤولين في الحكومة.",
        ("عقوبات", "SANCTION"),
        id="sanctions-imposed-kept",
    ),
    pytest.param(
        "وقالت النيابة إن الشرطة تحقق في الهجوم على مركز الحدود.",
        ("تحقق", "ACCUSE"),
        id="investigation-kept",
    ),
    pytest.param(
        "وأصدرت المحكمة الحكم بالسجن عشر سنوات على المتهم.",
        ("الحكم", "COERCE"),
        id="ruling-kept",
    ),
    pytest.param(
        "وكان الشاب في طريقه إلى عمله حين قتله مسلحون مجهولون قرب السوق.",
        ("قتله", "ASSAULT"),
        id="killed-him-verb-kept",
    ),
    pytest.param(
        "وقال المتحدث إن الجيش وبدعم من رجال القبائل يواصل تقدمه نحو المدينة.",
        ("دعم", "AID"),
        id="backing-of-fighting-force-is-aid",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2018, 4, 2))


test_found = found_test(FOUND, dt.date(2018, 4, 2))
