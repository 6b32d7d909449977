"""Reporting carried across sentences (marsad/events/modal_carry.py): «كما/كذلك» right after a sentence
that opens with a source goes on with its account. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import mention

from marsad.events.modal_carry import continues
from marsad.text.tokens import tokenize

LEAD = "وأعلنت مديرية الأمن في بيان أنها نفذت حملة في الأحياء الشرقية للمدينة. "

CASES = [
    # «كما/كذلك» after a sentence that opens with a source: the source's account goes on
    (LEAD + "كما تم ضبط ثلاثة مطلوبين بحوزتهم أسلحة.", "ضبط", "reported"),
    (LEAD + "وكذلك استهدفت القوات مخزنا للذخيرة.", "استهدفت", "reported"),
    # the chain goes on while each sentence opens with a continuation word
    (LEAD + "كما تم ضبط ثلاثة مطلوبين. وكذلك استهدفت القوات مخزنا للذخيرة.", "استهدفت", "reported"),
    # without a source opening the sentence before, «كما» reports nothing
    ("نفذت الشرطة حملة في الأحياء الشرقية للمدينة. كما تم ضبط ثلاثة مطلوبين.", "ضبط", "asserted"),
    # a sentence opening with a plain «و» does not go on with the account
    (LEAD + "وقتل جنديان في هجوم على نقطة تفتيش.", "هجوم", "asserted"),
    # a continuation two sentences away carries nothing
    (LEAD + "وشهدت المدينة هدوءا حذرا. كما تم ضبط ثلاثة مطلوبين.", "ضبط", "asserted"),
    # what the speaker does by speaking stays the speaker's own act
    (LEAD + "كما دعا المواطنين إلى الإبلاغ عن المشتبه بهم.", "دعا", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES)
def test_reporting_carried_to_a_continuing_sentence(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    assert mention(pipeline, text, trigger)["modality"] == modality


def test_continuation_words_open_the_sentence() -> None:
    assert continues(tokenize("وكما تم ضبط المطلوبين"))
    assert continues(tokenize("كذلك استهدفت القوات مخزنا"))
    assert not continues(tokenize("فيما استهدفت القوات مخزنا"))
    assert not continues(tokenize("وقالت الشرطة كما تم ضبط"))
