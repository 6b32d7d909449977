"""Planned and failed events of political reporting (marsad/events/modal_plans.py, modal_failure.py). The
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import mention

from marsad.events.mention import token_keys
from marsad.events.modal_failure import failed_to_reach
from marsad.events.modal_plans import future_after, ordered
from marsad.text.tokens import tokenize

CASES = [
    # an order whose ب-object stands past the named subject
    ("أمر الرئيس التونسي قيس سعيد بإطلاق سراح جميع الموقوفين.", "إطلاق سراح", "planned"),
    # a decree noun right before the ب-object
    ("وأصدر الملك مرسوما بإطلاق سراح المعتقلين السياسيين.", "إطلاق سراح", "planned"),
    # a decision whose object is a meeting or contacts
    ("وقررت اللجنة إجراء اتصالات مع الأطراف الليبية.", "اتصالات", "planned"),
    # not a measure the decision itself puts in force
    ("وقرر الرئيس تمديد حالة الطوارئ لشهرين.", "تمديد حالة الطوارئ", "asserted"),
    # an agreement on an act to come
    ("وتم الاتفاق على مواصلة الوفدين اجتماعاتهما في الجزائر.", "اجتماعاتهما", "planned"),
    # the event noun with a future verb after it, at once or in a relative clause
    ("وتوسطت قطر في محادثات بشأن اتفاق سينهي القتال في المنطقة.", "اتفاق", "planned"),
    ("وقال مسؤول إن اجتماع الوزيرين الذي سيحضره المبعوث سيبحث الأزمة.", "اجتماع", "planned"),
    # what a step paves the way for
    ("وأعلن الجيش وقف إطلاق النار مما يمهد إلى مصالحة بين الطرفين.", "مصالحة", "planned"),
    # an agreement the talks failed to reach is denied
    ("وقال متحدث إن المحادثات فشلت في التوصل إلى اتفاق لإنهاء القتال.", "اتفاق", "denied"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES)
def test_planned_and_failed_constructions(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    assert mention(pipeline, text, trigger)["modality"] == modality


def test_order_reach_stops_at_a_comma() -> None:
    toks = tokenize("أمر الرئيس، بعد لقاء الوزير، بإطلاق سراح")
    at = next(i for i, t in enumerate(toks) if t.core == "اطلاق")
    assert not ordered(toks, token_keys(toks), at)


def test_future_after_needs_the_future_prefix() -> None:
    toks = tokenize("اجتماع الوزيرين الذي يحضره المبعوث")
    assert not future_after(toks, token_keys(toks), 0)
    toks = tokenize("اجتماع الوزيرين الذي سيحضره المبعوث")
    assert future_after(toks, token_keys(toks), 0)


def test_failure_denies_only_agreements() -> None:
    toks = tokenize("فشلت في التوصل إلى اتفاق")
    keys = token_keys(toks)
    assert failed_to_reach(keys, 4, "AGREE")
    assert not failed_to_reach(keys, 4, "CONSULT")
