"""Constructions of the tenth round: an electoral list after a preposition with its quoted name, the
person «أنه» stands for before a cue describing him, residence «المقيم في», a charge to form a government
(leads, hypothetical), an official with a group's adjective («أحد المسؤولين الحوثيين»), a trailing
attribution («، وفق ما أفاد المرصد»), an imperfect meeting verb with a time to come (hypothetical) and
support «بمساندة (من)»."""

from __future__ import annotations

from typing import Any

from relation_checks import analyse, found

from marsad.model import Document


def run(pipeline: Any, text: str) -> Document:
    return analyse(pipeline, text, schema=False)


def test_a_list_after_a_preposition_with_its_quoted_name(pipeline: Any) -> None:
    doc = run(pipeline, 'ويتكون البرلمان من 329 مقعدا، منها 54 لقائمة "سائرون"، التي يتزعمها الصدر.')
    rel = found(doc, "leads", "الصدر", 'قائمة "سائرون"')
    assert rel is not None
    assert rel["target"]["text"].startswith("قائمة")  # the glued ل is no part of the name


def test_the_person_that_he_stands_for(pipeline: Any) -> None:
    doc = run(pipeline, "ويرأس نبيه بري حركة أمل، كما أنه حليف وثيق لحزب الله.")
    assert found(doc, "ally", "نبيه بري", "حزب الله") is not None
    # «أنها» is not read: a country, a party or a group, too often not the nearest one
    doc = run(pipeline, "وأكد الوزير أن قطر شريك لواشنطن، وقال إنها حليفة للولايات المتحدة.")
    assert found(doc, "ally", "واشنطن", "الولايات المتحدة") is None


def test_residence(pipeline: Any) -> None:
    doc = run(pipeline, "واتهم إردوغان جماعة الداعية فتح الله غولن المقيم في الولايات المتحدة.")
    assert found(doc, "located_in", "فتح الله غولن", "الولايات المتحدة") is not None


def test_a_charge_to_form_a_government(pipeline: Any) -> None:
    doc = run(pipeline, "وكلف الرئيس العراقي برهم صالح، أمس، عادل عبد المهدي بتشكيل حكومة جديدة.")
    rel = found(doc, "leads", "عادل عبد المهدي", "حكومة")
    assert rel is not None and rel["modality"] == "hypothetical"
    assert found(doc, "leads", "برهم صالح", "حكومة") is None
    doc = run(pipeline, "وطالب حزب النهضة بتشكيل حكومة وحدة وطنية.")
    assert not [r for r in doc.relations if r["type"] == "leads"]


def test_an_official_with_a_groups_adjective(pipeline: Any) -> None:
    doc = run(pipeline, "وقال أحد المسؤولين الحوثيين إن الجماعة سترد.")
    rel = found(doc, "member_of", "أحد المسؤولين", "الحوثيين")
    assert rel is not None and rel["target"]["text"] == "الحوثيين"
    # a state's nationality adjective is a title; an adjective that names no group is nothing
    for text in ("وقال أحد المسؤولين الأمريكيين إن واشنطن سترد.", "وقال أحد القادة الميدانيين إن الهجوم فشل."):
        assert not [r for r in run(pipeline, text).relations if r["type"] == "member_of"]


def test_a_trailing_attribution(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "دخلت القوات التركية والفصائل السورية الموالية لها مدينة عفرين، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
    )
    rel = found(doc, "loyal_to", "الفصائل", "القوات التركية")
    assert rel is not None and rel["modality"] == "reported"
    # «وفقا لنظام …» attributes nothing
    doc = run(pipeline, "ودعمت الأحزاب حزب الله، وفقا لنظام تقاسم السلطة.")
    assert all(r["modality"] != "reported" for r in doc.relations)


def test_an_imperfect_meeting_with_a_time_to_come(pipeline: Any) -> None:
    doc = run(pipeline, "يلتقي رئيس الوزراء الإسرائيلي بنيامين نتنياهو بالرئيس الروسي فلاديمير بوتين الأسبوع المقبل.")
    rel = found(doc, "negotiates_with", "بنيامين نتنياهو", "فلاديمير بوتين")
    assert rel is not None and rel["modality"] == "hypothetical"
    doc = run(pipeline, "ويلتقي لافروف اليوم بنظيره الأمريكي مايك بومبيو.")
    rel = found(doc, "negotiates_with", "لافروف", "مايك بومبيو")
    assert rel is not None and rel["modality"] == "asserted"


def test_support_by_backing(pipeline: Any) -> None:
    doc = run(pipeline, "وتقدمت قوات الجيش الوطني بمساندة من طيران التحالف نحو صنعاء.")
    rel = found(doc, "support", "طيران التحالف", "قوات الجيش الوطني")
    assert rel is not None and rel["subtype"] == "military"
    # a demand to back someone states no support
    assert not run(pipeline, "وطالب الوزير بمساندة الشعب الفلسطيني.").relations
