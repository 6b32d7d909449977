"""Modality of announced, declared and alleged events (:mod:`marsad.events.modal_announced`) and of a meeting that
is the occasion of a statement (:mod:`marsad.events.modal_frame`).

Sentences written for this file in the style of Arabic news (none is a sentence of the development set).
"""

from __future__ import annotations

from typing import Any

from event_checks import mention


def modality(pipeline: Any, text: str, trigger: str) -> str:
    return str(mention(pipeline, text, trigger)["modality"])


def test_the_masdar_of_announcing_reports_the_event(pipeline: Any) -> None:
    text = "وعاد الوزراء إلى المدينة بعد إعلان الجيش تحرير مدينة الموصل من قبضة التنظيم."
    assert modality(pipeline, text, "تحرير") == "reported"
    text = "وفي الأسبوع الماضي تم الإعلان عن زيارة لوفد عسكري تركي إلى العاصمة القطرية الدوحة."
    assert modality(pipeline, text, "زيارة") == "reported"


def test_the_masdar_does_not_reach_past_a_time_word_or_a_relative_clause(pipeline: Any) -> None:
    text = "وجاء الإعلان عن القمة بعد محادثات أجراها الوزير مع نظيره الروسي في موسكو."
    assert modality(pipeline, text, "محادثات") == "asserted"
    # declaring allegiance is the act itself, not a report of it
    text = "وأثار إعلان بعض مقاتلي الحركة مبايعة تنظيم داعش قلق الحكومة."
    assert modality(pipeline, text, "مبايعة") != "reported"


def test_declaring_a_state_of_emergency_is_the_act(pipeline: Any) -> None:
    text = "وأعلن رئيس الوزراء، مساء الأحد، حالة الطوارئ في البلاد لمدة ثلاثة أشهر."
    assert modality(pipeline, text, "حالة الطوارئ") == "asserted"
    # told by another source it is still reported
    text = "وقال مصدر حكومي إن الرئيس أعلن حالة الطوارئ في البلاد."
    assert modality(pipeline, text, "حالة الطوارئ") == "reported"


def test_the_act_of_an_accusation_is_reported(pipeline: Any) -> None:
    text = "وتتهم الحكومة اليمنية طهران بدعم المتمردين بالأسلحة والصواريخ."
    assert modality(pipeline, text, "دعم") == "reported"
    text = "وتوترت العلاقات بعد اتهام باريس موسكو بالوقوف وراء اغتيال المعارض في فرنسا."
    assert modality(pipeline, text, "اغتيال") == "reported"


def test_a_meeting_framing_the_statement_is_asserted(pipeline: Any) -> None:
    text = "وقال الرئيس الفلسطيني لدى ترؤسه اجتماعا للحكومة في رام الله: «لن نقبل بهذا القرار»."
    assert modality(pipeline, text, "اجتماعا") == "asserted"
    text = "وأكد الوزير أن بلاده ترفض أي تدخل عسكري، وذلك في ختام محادثات مع نظيره المصري في القاهرة."
    assert modality(pipeline, text, "محادثات") == "asserted"


def test_a_meeting_inside_what_was_said_stays_reported(pipeline: Any) -> None:
    text = "وقال مصدر دبلوماسي إن الوزيرين عقدا خلال اجتماع مغلق محادثات حول الأزمة."
    assert modality(pipeline, text, "اجتماع") == "reported"


def test_revealing_or_talking_about_an_event_reports_it(pipeline: Any) -> None:
    text = "وكشفت وزارة الدفاع خلال مؤتمر صحفي عقدته في العاصمة عن توقيعها اتفاقية مع شركة فرنسية لشراء طائرات."
    assert modality(pipeline, text, "توقيعها") == "reported"
    text = "وتحدثت وسائل إعلام محلية عن اشتباكات عنيفة بين الجيش والمسلحين في ضواحي المدينة."
    assert modality(pipeline, text, "اشتباكات") == "reported"


def test_the_imperfect_of_afada_reports_and_a_denied_report_stays_denied(pipeline: Any) -> None:
    text = "وتفيد تقارير بنزوح المئات من القرية بعد احتدام المعارك بين الجيش والمسلحين."
    assert modality(pipeline, text, "المعارك") == "reported"
    text = "ونفت الحكومة تقارير تفيد بأنها قصفت مواقع مدنية في الإقليم."
    assert modality(pipeline, text, "قصفت") == "denied"
