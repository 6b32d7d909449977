"""Constructions of the round after rel-1600: «إلى جانب» before a verbal noun of another shape (besides.py), a
definite human plural participle with و as its own conjunct (substantive.conjoined), a truce noun with no «بين»
(between.py), a demonstrative phrase as a verb's subject (demonstratives.py), forces named by a deposed leader's
epithet (forces.py), a group named by a number (numbered.py) and the cue «نائبة رئيس» (cues.tsv); each case fails
without its rule but the guards (the last absent case)."""

from __future__ import annotations

from relation_checks import absent_test, found_test

FOUND = [
    # a definite human plural participle carrying و: those loyal to him, not the adjective before it
    (
        "وهاجمت الميليشيات الحوثية الانقلابية والموالون للرئيس السابق علي عبدالله صالح المدينة.",
        "loyal_to",
        "الموالون",
        "علي عبدالله صالح",
        {"source": "الموالون"},
    ),
    # forces named by a deposed leader's epithet alone
    ("وقصفت الطائرات مواقع الحوثيين وقوات المخلوع في صنعاء.", "loyal_to", "قوات", "المخلوع", {}),
    # a group named by a number is an actor, the whole of the bracket after it
    (
        "وتوصلت إيران ومجموعة 5+1 (الولايات المتحدة، فرنسا، بريطانيا، روسيا، الصين وألمانيا) إلى اتفاق.",
        "member_of",
        "فرنسا",
        "مجموعة 5+1",
        {"target": "مجموعة 5+1"},
    ),
    ("ووقعت إيران ومجموعة 5+1 اتفاقا في فيينا.", "negotiates_with", "إيران", "مجموعة 5+1", {"target": "مجموعة 5+1"}),
    # a woman deputy
    ("وقالت نائبة رئيس الائتلاف سهير الأتاسي إن الائتلاف مستعد.", "member_of", "سهير الأتاسي", "الائتلاف", {}),
]

ABSENT = [
    # «إلى جانب وجود …»: besides the presence of, no alliance
    ("وتواجه المعارضة قصف قوات النظام السوري بالطائرات، إلى جانب وجود تنظيم داعش الإرهابي.", "ally", "", ""),
    ("وتشارك القوات الحكومية في المعارك، إلى جانب مشاركة الحشد الشعبي في العمليات.", "ally", "", ""),
    # the militias' adjective is not said to be loyal
    (
        "وهاجمت الميليشيات الحوثية الانقلابية والموالون للرئيس السابق علي عبدالله صالح المدينة.",
        "loyal_to",
        "الانقلابية",
        "",
    ),
    # a pair that exploited a truce is not its two sides
    ("وكان الحوثيون وقوات المخلوع قد استغلوا الهدنة لإعادة التموضع.", "negotiates_with", "", ""),
    # a demonstrative phrase is the subject of the quoted verb, not the speakers
    ('وقال المواطنون اليمنيون: "هذه الخطوة ستدعم المقاومة الشعبية في تعز".', "support", "المواطنون", ""),
    ('وقال الوزير: "هذا الاتفاق سيدعم الحكومة الشرعية".', "support", "الوزير", ""),
    # an epithet followed by the name: the name is the end, not the epithet
    ("وقطع التحالف طريق الإمداد عن الحوثيين وقوات الرئيس المخلوع علي عبدالله صالح.", "loyal_to", "", "المخلوع"),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)
