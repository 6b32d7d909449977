"""Detection precision on fresh text, third audit (marsad/events/detect_topics.py and detect_wildfires.py):
trigger words that name a topic, a figure, a fire or another word, each with a case where the word does name an
event.

Each case is written for this file in the style of Gulf, Egyptian, Levantine and Maghrebi papers; none is a
sentence of the development set or of the audit sample.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import found_test, not_found_test

NOT_FOUND = [
    pytest.param(
        "وقالت المنظمة إن معبر رفح هو المنفذ الوحيد لمرور المساعدات الإنسانية إلى القطاع.",
        ("المساعدات", "AID"),
        id="aid-flow",
    ),
    pytest.param(
        "وأكد المسؤول أن المعبر سيبقى مفتوحا أمام المساعدات الغذائية.",
        ("المساعدات", "AID"),
        id="aid-route",
    ),
    pytest.param(
        "ووجهت النيابة للمتهمين تهمة الاشتراك في اتفاق جنائي بغرض ارتكاب جرائم.",
        ("اتفاق", "AGREE"),
        id="criminal-conspiracy",
    ),
    pytest.param(
        "وقال إن السلطات خالفت بنود اتفاقية حقوق الطفل.",
        ("اتفاقية", "AGREE"),
        id="clauses-of-a-convention",
    ),
    pytest.param(
        "وكل اتفاق لا يحفظ حقوق اللاجئين مرفوض.",
        ("اتفاق", "AGREE"),
        id="any-agreement",
    ),
    pytest.param(
        "وقال الوزير إن هناك توافقا بين البلدين لكن هذا لا ينفي وجود خلافات في بعض الملفات.",
        ("ينفي", "REJECT"),
        id="does-not-rule-out",
    ),
    pytest.param(
        "وقالت المنظمة إنه في ظل هذه الظروف يصعب تأكيد الوفاة بنسبة تامة، وتبقى العملية خاضعة لعمليات التوثيق والتحقق المستمر.",
        ("نسبة", "ACCUSE"),
        id="proportion",
    ),
    pytest.param(
        "واعتبر الاتحاد هذه المناورات الجوية تهديد سلامة الملاحة في الخليج.",
        ("تهديد", "THREATEN"),
        id="stake-endangered-noun",
    ),
    pytest.param(
        "وقال الوزير إن خرق الطائرات العسكرية لمعايير السلامة يجب أن ينظر إليه كتهديد ليس فقط لدولة الإمارات ودول الخليج بل للأمن العالمي.",
        ("تهديد", "THREATEN"),
        id="danger-judged-as",
    ),
    pytest.param(
        "وتسعى الحكومة إلى استعادة الثقة في الاقتصاد الوطني بعد الأزمة.",
        ("استعادة", "ASSAULT"),
        id="trust-recovered",
    ),
    pytest.param(
        "ونأمل أن يمضي الوزير في القضاء على مكامن الخلل في وزارته ومنها ملف المدارس.",
        ("زارته", "CONSULT"),
        id="his-ministry",
    ),
    pytest.param(
        "وحققت القوات الحكومية مكاسب كبيرة في ريف حماة الشمالي.",
        ("حققت", "ACCUSE"),
        id="gains-achieved",
    ),
    pytest.param(
        "وأصدرت النيابة مذكرات توقيف في إطار تحقيق يستهدف شبكة لتهريب البشر.",
        ("يستهدف", "ASSAULT"),
        id="probe-targets",
    ),
    pytest.param(
        "ودوت صفارات الإنذار في المستوطنات تحذر من سقوط قذائف.",
        ("تحذر", "THREATEN"),
        id="sirens-warn",
    ),
    pytest.param(
        "وقالت الأمم المتحدة إن آلاف اللاجئين الذين فروا من القتال يعيشون في مخيمات مؤقتة.",
        ("فروا", "RETREAT"),
        id="refugees-fled",
    ),
    pytest.param(
        "وقالت الحكومة إن الحرائق أحرقت نحو ألفي هكتار من الغابات في ولاية تيزي وزو.",
        ("أحرقت", "ASSAULT"),
        id="wildfire-burns",
    ),
    pytest.param(
        "وقال رجال الإطفاء إن عشرات المنازل تواجه خطر وصول النيران إليها.",
        ("النيران", "ASSAULT"),
        id="flames-reach",
    ),
    pytest.param(
        "وأصبحت البلدة في مرمى نيران المسلحين بعد تقدمهم الأخير.",
        ("نيران", "ASSAULT"),
        id="range-of-fire",
    ),
    pytest.param(
        "وتراجعت المحاصيل هذا العام بسبب الجفاف الذي يضرب الولاية للسنة الرابعة على التوالي.",
        ("يضرب", "PROTEST"),
        id="drought-strikes",
    ),
]


FOUND = [
    pytest.param(
        "وسلمت الأمم المتحدة المساعدات الإنسانية إلى سكان مضايا يوم الأحد.",
        ("المساعدات", "AID"),
        id="aid-delivered",
    ),
    pytest.param(
        "وتوصل الطرفان إلى اتفاق لوقف إطلاق النار في مدينة سبها.",
        ("اتفاق", "AGREE"),
        id="ceasefire-agreement-kept",
    ),
    pytest.param(
        "ونفى المتحدث باسم الجيش أن تكون قواته قصفت السوق.",
        ("نفى", "REJECT"),
        id="denial",
    ),
    pytest.param(
        "وأعلن الجيش استعادة مدينة الرمادي من مسلحي التنظيم.",
        ("استعادة", "ASSAULT"),
        id="territory-regained",
    ),
    pytest.param(
        "وأحرق مستوطنون منزلين في قرية دوما فجر الجمعة.",
        ("أحرق", "ASSAULT"),
        id="arson",
    ),
    pytest.param(
        "وقال مصدر عسكري إن عشرات المسلحين الحوثيين فروا من القاعدة تحت وقع الهجوم.",
        ("فروا", "RETREAT"),
        id="fighters-flee",
    ),
    pytest.param(
        "وقال الدفاع المدني إن مستوطنين أحرقوا حقول الزيتون في القرية.",
        ("أحرقوا", "ASSAULT"),
        id="arson-of-fields",
    ),
    pytest.param(
        "وهددت الجماعة بتنفيذ هجمات جديدة ضد قوات الأمن.",
        ("هددت", "THREATEN"),
        id="threat",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2018, 6, 2))


test_found = found_test(FOUND, dt.date(2018, 6, 2))
