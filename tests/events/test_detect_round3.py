"""Detection round of evdetect3 (README-events): a hold dated from a point is the takeover, a warning of a danger is
ACCUSE wherever the danger stands, clashes of a protest's sentence or story are PROTEST/riot, and screens for
generic backing of «terrorism», one side's own meeting as a speech's venue, a state of affairs that «calls for»
a feeling, the cooperation a suspension stops, the weapon of a launch site, and sports administration news.

Each case is one construction, written for this file in the style of agency copy or of Gulf, Egyptian, Levantine
and Maghrebi papers; none is a sentence of the development set.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import found_test, not_found_test, typed_triggers

FOUND = [
    pytest.param(
        "وتقع البلدة بعيدا عن مواقع جماعة أنصار الشريعة التي تسيطر على المدينة منذ 15 مارس الماضي.",
        ("تسيطر", "ASSAULT"),
        id="hold-since-a-day",
    ),
    pytest.param(
        "واستعاد الجيش ثلث الريف الذي كانت تسيطر عليه فصائل مسلحة منذ 2013.",
        ("تسيطر", "ASSAULT"),
        id="hold-since-a-year",
    ),
    pytest.param(
        "وحذر ائتلاف من المنظمات الحقوقية في بيان مشترك، الثلاثاء، من وقوع انتهاكات جسيمة بحق المهاجرين.",
        ("حذر", "ACCUSE"),
        id="warning-of-a-danger-past-an-aside",
    ),
    pytest.param(
        "وتوفي شاب متأثرا بجراحه، وأكدت الحكومة أن المسؤولية عن أي اشتباكات مع المحتجين تقع على المنظمين.",
        ("اشتباكات", "PROTEST"),
        id="clashes-in-a-protest-sentence",
    ),
    pytest.param(
        "وقال الوزير إن الاشتباكات الأخيرة قرب مبنى البرلمان أوقعت عشرات الجرحى من رجال الشرطة. "
        "وكان آلاف المتظاهرين قد تجمعوا أمام المبنى. وطالب المحتجون بإقالة الحكومة.",
        ("الاشتباكات", "PROTEST"),
        id="clashes-of-a-protest-story-told-later",
    ),
]


test_found = found_test(FOUND)


NOT_FOUND = [
    pytest.param(
        "وتشن القوات هجوما على الجماعة التي تسيطر على المدينة منذ ثلاث سنوات.",
        ("تسيطر", "ASSAULT"),
        id="hold-for-a-length-of-time",
    ),
    pytest.param(
        "وحذر الرئيس الإيراني الولايات المتحدة من مغبة الانسحاب من الاتفاق.",
        ("حذر", "ACCUSE"),
        id="warning-against-an-act-stays-a-threat",
    ),
    pytest.param(
        "وخرج آلاف المتظاهرين في العاصمة. واندلعت اشتباكات بين قوات الأمن ومسلحين في الجنوب.",
        ("اشتباكات", "PROTEST"),
        id="armed-clash-in-a-protest-story",
    ),
    pytest.param(
        "وتتهم دول المقاطعة الدوحة بأنها تدعم الإرهاب في المنطقة.",
        ("تدعم", "SUPPORT"),
        id="backing-terrorism-in-general",
    ),
    pytest.param(
        "وقال رئيس الوزراء خلال اجتماع الحكومة الأسبوعي إن الجيش سيرد بقوة.",
        ("اجتماع", "CONSULT"),
        id="cabinet-meeting-as-venue",
    ),
    pytest.param(
        "وارتفعت الصادرات هذا العام، وهو ما يدعو إلى التفاؤل بحسب الخبراء.",
        ("يدعو", "REQUEST"),
        id="calls-for-optimism",
    ),
    pytest.param(
        "وتعتزم سول وواشنطن إعلان تعليق مناورات عسكرية مشتركة الشهر المقبل.",
        ("مناورات", "COOPERATE"),
        id="exercises-suspended",
    ),
    pytest.param(
        "وتم التنسيق مع القوات البرية للتعامل مع مصادر إطلاق القذائف عبر الحدود.",
        ("القذائف", "ASSAULT"),
        id="launch-site-weapon",
    ),
]


test_not_found = not_found_test(NOT_FOUND)


def test_named_backing_is_kept(pipeline: Any) -> None:
    assert ("تدعم", "AID") in typed_triggers(pipeline, "وتدعم الجزائر جبهة البوليساريو بالسلاح منذ عقود.") or (
        "تدعم",
        "SUPPORT",
    ) in typed_triggers(pipeline, "وتدعم الجزائر جبهة البوليساريو بالسلاح منذ عقود.")


def test_bilateral_meeting_is_kept(pipeline: Any) -> None:
    found = typed_triggers(pipeline, "وأكد السفير خلال لقائه رئيس الحكومة اليمنية أن بلاده تقف مع الشرعية.")
    assert ("لقائه", "CONSULT") in found


def test_sports_administration_news(pipeline: Any) -> None:
    text = (
        "أكد رئيس الاتحاد السعودي لكرة القدم خلال لقائه مع رؤساء الأندية أن الدوري سينطلق في موعده. "
        "وأشار إلى مشاورات مع المدرب حول قائمة المنتخب قبل المباراة المقبلة، نافيا وجود خلافات مع اللاعبين. "
        "وكشف عن توقيع عقد مع حارس المرمى الجديد قبل بداية الموسم في الملعب الجديد."
    )
    assert typed_triggers(pipeline, text) == []
