"""Entry conditions of the trigger lexicon: the ``before=`` condition (a word that governs the trigger before it),
the cordon («طوق») that needs the place it closes, a state of emergency declared rather than mentioned, the
talks held after an impersonal verb («وجرى بحث») and an advance («تقدم») told by the forces that make it.

Each test is one construction of Arabic news prose, in sentences written for this file (none is a sentence of
the development set); each pairs the event with the same word where it names none.
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mentions

from marsad.events.lexicon import Trigger
from marsad.events.triggers import TriggerFinder, governing_window
from marsad.text.normalize import normalize


def types_of(pipeline: Any, text: str, word: str) -> list[str]:
    """The PLOVER types of the mentions whose trigger contains ``word``."""
    return [ev["plover_type"] for ev, m in mentions(pipeline, text) if word in m["trigger"]["text"]]


def test_governing_window_stops_at_the_clause_before() -> None:
    keys = [normalize(w) for w in "اعلنت تونس في بيان ، الجمعة ، ان حالة".split()]
    assert governing_window(keys, len(keys) - 1) == []
    keys = [normalize(w) for w in "اعلن المجلس ، الاحد ، حالة".split()]
    assert normalize("اعلن") in governing_window(keys, len(keys) - 1)
    keys = [normalize(w) for w in "قتل جندي . وفرضت الحكومة حالة".split()]
    assert governing_window(keys, len(keys) - 1) == [normalize(w) for w in "وفرضت الحكومة".split()]


def test_before_condition_reads_the_words_before_the_trigger() -> None:
    entry = Trigger(("x",), "noun", "COERCE", None, None, None, ("before", frozenset({"a"})), "t:1")
    assert TriggerFinder._condition(entry, ["a", "b", "t", "x"], 2, 3)
    assert not TriggerFinder._condition(entry, ["b", "t", "x", "a"], 1, 2)


def test_a_state_of_emergency_declared_is_an_event(pipeline: Any) -> None:
    text = "وأعلن المجلس الرئاسي لحكومة الوفاق، الأحد، حالة الطوارئ في العاصمة بسبب المعارك."
    assert types_of(pipeline, text, "الطوارئ") == ["COERCE"]
    assert types_of(pipeline, "وفرضت السلطات حال الطوارئ في الولاية.", "الطوارئ") == ["COERCE"]
    assert types_of(pipeline, "وأكد المسؤولون أن إعلان الطوارئ جزء من حملة جمع السلاح.", "الطوارئ") == ["COERCE"]


def test_a_state_of_emergency_only_mentioned_is_none(pipeline: Any) -> None:
    text = "وقالت الرئاسة، الجمعة، إن حالة الطوارئ التي أعلنت الشهر الماضي ما زالت سارية."
    assert types_of(pipeline, text, "حالة الطوارئ") == []
    assert types_of(pipeline, "وتعيش البلاد في ظل حالة الطوارئ منذ سنوات.", "الطوارئ") == []


def test_a_cordon_needs_the_place_it_closes(pipeline: Any) -> None:
    assert types_of(pipeline, "وقال الجيش إنه يفرض طوقا على مدينة عفرين.", "طوق") == ["COERCE"]
    assert types_of(pipeline, "وطوقت قوة من الحرس الوطني مكان الهجوم.", "طوقت") == ["COERCE"]
    assert types_of(pipeline, "ويمثل القرض طوق النجاة للاقتصاد المتعثر.", "طوق") == []


def test_talks_held_after_an_impersonal_verb(pipeline: Any) -> None:
    text = "والتقى الوزير نظيره المصري، وجرى بحث العلاقات الثنائية بين البلدين."
    assert "CONSULT" in types_of(pipeline, text, "بحث")
    assert types_of(pipeline, "وواصلت فرق الإنقاذ بحث الأنقاض عن ناجين.", "بحث") == []


def test_an_advance_told_by_the_forces(pipeline: Any) -> None:
    text = "وفر السكان من البلدة خشية الحصار مع تقدم القوات الحكومية من الجنوب."
    assert types_of(pipeline, text, "تقدم") == ["ASSAULT"]
    assert types_of(pipeline, "وأشاد الوزير بالتقدم في مسار المفاوضات السياسية.", "تقدم") == []
