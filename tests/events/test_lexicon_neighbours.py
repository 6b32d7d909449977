"""The triggers found by word-vector neighbours and vetted by reading (the last section of triggers.tsv).

Each sentence is a real sentence of an unlabeled article (ANT multi-source 2018) read while vetting the candidates of
bench/lexicon_candidates.py; none is a sentence of a bench/dev set. The negative cases are the other senses that the
entries' conditions hold back.
"""

from __future__ import annotations

from typing import Any

from event_checks import typed_triggers

from marsad.events.lexicon import load_lexicon
from marsad.events.triggers import TriggerFinder
from marsad.text.tokens import word_token


def types_of(pipeline: Any, text: str, word: str) -> list[str]:
    return [t for w, t in typed_triggers(pipeline, text) if word in w]


def test_glued_and_inflected_forms_reach_the_new_entries() -> None:
    finder = TriggerFinder(load_lexicon())
    for word, ptype in (("وصدامات", "ASSAULT"), ("بدهس", "ASSAULT"), ("يدهس", "ASSAULT"), ("وتمشيط", "ASSAULT")):
        assert ptype in {e.plover_type for e, _ in finder.for_token(word_token(word))}, word
    assert {e.plover_type for e, _ in finder.for_token(word_token("بمحادثة"))} == {"CONSULT"}


def test_clashes_with_protesters_are_a_riot(pipeline: Any) -> None:
    text = "وشهدت طهران، الاثنين، صدامات بين محتجين غاضبين والأمن أمام البرلمان."
    assert types_of(pipeline, text, "صدامات") == ["PROTEST"]


def test_clashes_without_protesters_are_an_armed_clash(pipeline: Any) -> None:
    text = "وطلبت الحكومة الفنزويلية من جارتها البرازيلية حماية مواطنيها بعد الصدامات التي أدت إلى إحراق أجزاء كبيرة من المخيمين."
    assert types_of(pipeline, text, "الصدامات") == ["ASSAULT"]


def test_a_telephone_conversation_is_a_call(pipeline: Any) -> None:
    text = "أجرى الرئيس الفرنسي إيمانويل ماكرون الأربعاء محادثة هاتفية مع العاهل الأردني الملك عبد الله الثاني."
    assert types_of(pipeline, text, "محادثة") == ["CONSULT"]


def test_a_chat_window_is_no_call(pipeline: Any) -> None:
    text = "توجه إلى فيسبوك ثم افتح المحادثة التي تريد تخصيصها، بعد ذلك قم بالنقر على زر الإعدادات."
    assert types_of(pipeline, text, "محادثة") == []


def test_combing_an_area_after_a_battle(pipeline: Any) -> None:
    text = "وتواصل قوات المقاومة المشتركة تمشيط جيوب المتمردين جنوبي محافظة الحديدة."
    assert types_of(pipeline, text, "تمشيط") == ["ASSAULT"]


def test_a_ramming_attack(pipeline: Any) -> None:
    text = "وتواصل الشرطة الألمانية تحقيقاتها بشأن دوافع الرجل الذي دهس أشخاصا كانوا جالسين خارج مطعم بمدينة مونستر."
    assert types_of(pipeline, text, "دهس") == ["ASSAULT"]


def test_a_military_incursion_but_not_a_storm(pipeline: Any) -> None:
    text = "استمرت القوات التركية في التوغل داخل كردستان شمال العراق لمواجهة حزب العمال الكردستاني."
    assert types_of(pipeline, text, "التوغل") == ["ASSAULT"]
    storm = "وعلى الرغم من تراجع قوة الإعصار تدريجيا مع توغله في اليابسة جنوب شرقي الولايات المتحدة."
    assert types_of(pipeline, storm, "توغله") == []
