"""Denials without a denial verb and what a denial leaves standing (marsad/events/modal_denials.py): a report
called untrue («لا صحة لـ», «لا أساس له من الصحة», «عار عن الصحة») denies the events after it; a relative
clause inside what «نفى» denies is granted. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import mention

from marsad.events.lexicon import strip_article
from marsad.events.modal_denials import denial_phrase, presupposed
from marsad.text.normalize import normalize


def _keys(text: str) -> list[str]:
    return [strip_article(normalize(w)) for w in text.split()]


@pytest.mark.parametrize(
    ("text", "at"),
    [("لا صحة للأخبار", 1), ("لا أساس لها", 1), ("ليس لها أي أساس", 3), ("عارية عن الصحة", 2)],
)
def test_phrases_calling_a_report_untrue(text: str, at: int) -> None:
    assert denial_phrase(_keys(text), at)


@pytest.mark.parametrize(("text", "at"), [("وزارة الصحة أعلنت", 1), ("على أساس الاتفاق", 1)])
def test_truth_words_without_a_negation_deny_nothing(text: str, at: int) -> None:
    assert not denial_phrase(_keys(text), at)


def test_relative_pronoun_before_the_trigger() -> None:
    assert presupposed(_keys("الصواريخ التي ضربت"), 2)
    assert not presupposed(_keys("أن الصواريخ ضربت"), 2)


CASES = [
    # a report called untrue denies the strike told after it, as «نفى» does
    ('وقال المتحدث إنه "لا صحة على الإطلاق للأخبار المتداولة حول قصف مناطق سورية من أراضي المملكة".', "قصف", "denied"),
    ("وأكدت الوزارة أن الأنباء عن اعتقال الصحفيين في المطار عارية عن الصحة.", "اعتقال", "reported"),
    # a relative clause inside what «نفى» denies is granted; the main verb of the denied clause is denied
    ("نفى الأردن أن تكون الصواريخ التي ضربت مواقع في سوريا قد انطلقت من أراضيه.", "ضربت", "asserted"),
    ("ونفت الوزارة أن تكون طائراتها قصفت المدينة.", "قصفت", "denied"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES)
def test_modality_around_denials(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    assert mention(pipeline, text, trigger)["modality"] == modality
