"""Screens of marsad.relations.precision, from a precision audit on fresh 2015/2018 articles
(bench/dev/audits/relations-2026-12-01.tsv): each ABSENT sentence gave a wrong relation before, each FOUND one is a guard for
the construction the screen must leave alone. The sentences are those of the articles, shortened."""

from __future__ import annotations

from typing import Any

import pytest
from relation_checks import check_absent, check_found

FOUND = [
    # guard: the patron's allies listed after «مثل»
    (
        "سيكون اعترافا رسميا بوضعها كشريك استراتيجي عسكري مع الولايات المتحدة على درجة حلفاء رئيسيين مثل إسرائيل"
        " والأردن.",
        "ally",
        "الولايات المتحدة",
        "إسرائيل",
    ),
    # guard: a named body before the honorific, then the holder's name
    ("وقال أمير قطر الشيخ تميم بن حمد إن بلاده ترحب بالاتفاق.", "leads", "تميم بن حمد", "قطر"),
    # guard: a title's body in construct with the honorific's own name (not an institution noun)
    ("وقال رئيس هيئة البيعة الأمير مشعل بن عبدالعزيز إن المملكة تدعم الشرعية.", "leads", "مشعل بن عبدالعزيز", "هيئة"),
    # guard: the participle right after its noun
    ("وتشكك الرسالة في دعم جبهة النصرة التابعة لتنظيم القاعدة.", "member_of", "جبهة النصرة", "تنظيم القاعدة"),
    # guard: a verb of support with its object right after it
    ("وتدعم إيران الحوثيين في اليمن بالسلاح والمال.", "support", "إيران", "الحوثيين"),
    # guard: a cue of several words keeps its own complement
    (
        "وأعلن وزير الخارجية المغربي، ناصر بوريطة، الثلاثاء، عن قطع بلاده للعلاقات الدبلوماسية مع طهران.",
        "oppose",
        "",
        "طهران",
    ),
]

ABSENT = [
    # a first name the recogniser took for a place is no minister's body
    ("دعا وزير الخارجية الفلسطيني رياض المالكي الثلاثاء المحكمة الجنائية الدولية إلى فتح تحقيق.", "", "", "رياض"),
    # what follows «منصب» is an office
    ("أصبح عون رئيسا للبلاد في إطار صفقة سياسية قادت سعد الحريري إلى منصب رئاسة الوزراء.", "leads", "", "رئاسة"),
    # a time word is no end
    ("ووصف الناطق باسم حكومة هادي خلال حديثه مع قناة العربية المشاط بأنه شخصية ضعيفة.", "member_of", "خلال", ""),
    # the name after «مؤسسة الملك» / «بجامعة الملك» is the institution's eponym, not the member
    (
        "أكد الأمير بندر بن عبدالله عضو مجلس أمناء مؤسسة الملك عبد الله بن عبد العزيز العالمية أن المملكة حريصة.",
        "member_of",
        "عبد العزيز",
        "",
    ),
    (
        "وقال عضو هيئة التدريس بجامعة الملك عبدالعزيز الدكتور عبدالرحيم الوافي إن المبادرات مهمة.",
        "member_of",
        "عبدالعزيز",
        "",
    ),
    # the participle describes the noun right before it, not an actor further back
    (
        "ويطالب خطاب عضوي الكونغرس بإخضاع الإعلام التابع للحكومة القطرية لنفس الإجراء.",
        "member_of",
        "الكونغرس",
        "",
    ),
    (
        "وتشكك الرسالة في دعم تنظيمات مثل حزب الله وجبهة النصرة التابعة لتنظيم القاعدة وحركة حماس.",
        "member_of",
        "حزب الله",
        "",
    ),
    # the list goes on after the owner: Hamas is no second owner
    (
        "وتشكك الرسالة في دعم تنظيمات مثل حزب الله وجبهة النصرة التابعة لتنظيم القاعدة وحركة حماس.",
        "member_of",
        "",
        "حماس",
    ),
    # a time phrase is no holder
    ("ويقود حركة أمل نبيه بري الذي شغل منصب رئيس مجلس النواب منذ عام 1992.", "leads", "منذ", ""),
    # the verb's object is the accusations; London is the relative clause's subject
    (
        'وتعهد بيسكوف بالرد على التحرك البريطاني الذي قال إن روسيا تنظر إليه "باندهاش كبير" لعدم وجود دليل يدعم'
        " الاتهامات التي وجهتها لندن لموسكو.",
        "support",
        "",
        "لندن",
    ),
    # the object is the regimes, not the states inside «في»
    ("وأجاب بقوله إن إيران تدعم نظم الحكم الشرعية في كل دول العالم.", "support", "إيران", "دول"),
    # the allies listed after «بينهم» are the allies themselves
    (
        "وأيد حلفاء غربيون بينهم حلف شمال الأطلسي والولايات المتحدة الاجراءات التركية.",
        "ally",
        "حلفاء",
        "",
    ),
    # a state's pavilion at a fair
    ("وقال نثان برنيس إن جناح السعودية في اليابان من المشاركات المميزة.", "member_of", "", "السعودية"),
    # a battle noun is no body
    (
        "وقتل المسؤول العسكري مع قيادات وعناصر أخرى من الميليشيات في المعارك بمديرية الملاجم.",
        "member_of",
        "",
        "المعارك",
    ),
    # the relative verb's subject is the coalition, not Turkey
    (
        "سمحت تركيا للتحالف بقيادة الولايات المتحدة الذي يحارب تنظيم داعش باستخدام قواعدها.",
        "oppose",
        "تركيا",
        "داعش",
    ),
]


@pytest.mark.parametrize(("text", "rtype", "src", "tgt"), FOUND)
def test_kept(pipeline: Any, text: str, rtype: str, src: str, tgt: str) -> None:
    check_found(pipeline, text, rtype, src, tgt)


@pytest.mark.parametrize(("text", "rtype", "src", "tgt"), ABSENT)
def test_screened(pipeline: Any, text: str, rtype: str, src: str, tgt: str) -> None:
    check_absent(pipeline, text, rtype, src, tgt)
