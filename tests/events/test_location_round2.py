"""Places that belong to another clause or predicate (:mod:`marsad.events.loc_matrix`, :func:`marsad.events.location.locate`):
the place in a speaker's or a source's phrase before a complementizer, a place far after a meeting or a deal, and a
place inside what a meeting or a deal is about.

Sentences written for this file in the style of Arabic news (none is a sentence of the development set).
"""

from __future__ import annotations

from typing import Any

from test_location_constructions import place


def test_the_place_of_the_speaker_before_inna_is_not_where_the_reported_attack_happened(pipeline: Any) -> None:
    text = "وقال أحد السكان في مدينة الرمادي عبر الهاتف إن مسلحين هاجموا نقطة تفتيش للجيش فجر اليوم."
    assert place(pipeline, text, "هاجموا") is None
    text = "وذكرت وكالة الأنباء الرسمية في القاهرة أن الجيش قصف مواقع للمسلحين."
    assert place(pipeline, text, "قصف") is None


def test_a_place_that_opens_the_sentence_or_follows_the_trigger_stays(pipeline: Any) -> None:
    text = "وفي مدينة الرمادي، قال مسؤول محلي إن مسلحين هاجموا نقطة تفتيش للجيش فجر اليوم."
    assert place(pipeline, text, "هاجموا") == "الرمادي"
    text = "وقال مسؤول محلي إن مسلحين هاجموا نقطة تفتيش للجيش في مدينة الرمادي فجر اليوم."
    assert place(pipeline, text, "هاجموا") == "الرمادي"


def test_the_place_a_source_is_from_stays(pipeline: Any) -> None:
    # a local source («من», «ب») mostly reports what happened where it is from
    text = "وقال مصدر محلي من مدينة الرمادي إن مسلحين هاجموا نقطة تفتيش للجيش فجر اليوم."
    assert place(pipeline, text, "هاجموا") == "الرمادي"


def test_a_place_inside_the_reported_clause_stays(pipeline: Any) -> None:
    # a word of saying («مؤكدا») stands between the place and the complementizer: the place is in what was said
    text = "وقال مصدر عسكري إن القوات الحكومية في مدينة الرمادي تواصل تقدمها، مؤكدا أن الهجوم مستمر."
    assert place(pipeline, text, "الهجوم") == "الرمادي"


def test_a_place_far_after_a_meeting_or_aid_belongs_to_another_predicate(pipeline: Any) -> None:
    text = (
        "واستقبل الرئيس وزير الخارجية الإيطالي ومستشار الأمن القومي ورئيس جهاز المخابرات ورئيس لجنة الدفاع في"
        " البرلمان واستمع منهم لشرح مفصل لتطورات ملف الهجرة غير الشرعية والأوضاع الأمنية في ليبيا."
    )
    assert place(pipeline, text, "استقبل") is None
    text = (
        "وأعلن الاتحاد الأوروبي تقديم مساعدات إنسانية عاجلة بقيمة خمسين مليون يورو لدعم المنظمات الدولية العاملة"
        " مع اللاجئين والنازحين الفارين من المعارك الدائرة منذ أشهر في اليمن."
    )
    assert place(pipeline, text, "مساعدات") is None
    # the battles, a few words before it, are still located there
    assert place(pipeline, text, "المعارك") == "اليمن"


def test_a_place_in_what_a_deal_is_about_is_not_where_it_was_made(pipeline: Any) -> None:
    text = "وتوصلت الأطراف المتنازعة إلى اتفاق بشأن إعادة إعمار الأحياء المدمرة في مدينة بنغازي."
    assert place(pipeline, text, "اتفاق") is None
    text = "وفشلت المحادثات في التوصل إلى اتفاق لإنهاء القتال في شمال سوريا."
    assert place(pipeline, text, "اتفاق") is None
