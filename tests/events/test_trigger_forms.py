"""Entries of marsad/events/data/triggers.tsv: a denial with no verb («لا صحة ل…», «لا أساس لها») and a refusal in
the future («لن نقبل») are REJECT mentions; live fire named by its bullets («أطلق … الرصاص») is an ASSAULT. The
sentences are written for these tests after news usage."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import typed_triggers

REFUSALS = [
    ("وقالت وزارة الدفاع إنه لا صحة للتقارير التي تتحدث عن ضربات على قواعد عسكرية.", "لا صحة"),
    ("ووصفت موسكو هذه المزاعم بأنها لا أساس لها من الصحة.", "لا أساس لها"),
    ("وقال المتحدث إن هذا الاتهام لا أساس له على الإطلاق.", "لا أساس له"),
    ("وقال الرئيس الفلسطيني: لن نقبل بهذا الاتفاق.", "لن نقبل"),
    ("وأكد المتحدث أن بلاده لن تقبل أي اتهامات غير مدعومة بأدلة.", "لن تقبل"),
]


@pytest.mark.parametrize(("text", "trigger"), REFUSALS)
def test_verbless_denial_or_refusal_is_reject(pipeline: Any, text: str, trigger: str) -> None:
    assert (trigger, "REJECT") in typed_triggers(pipeline, text)


def test_acceptance_is_no_refusal(pipeline: Any) -> None:
    found = typed_triggers(pipeline, "وقال المتحدث إن الحركة قبلت الدعوة لزيارة موسكو.")
    assert "REJECT" not in [t for _, t in found]


FIRE = [
    ("وقالت مصادر أمنية إن مسلحين مجهولين أطلقوا الرصاص على موظف في حي الروضة بصنعاء.", "أطلقوا"),
    ("وأطلق الحوثيون الرصاص الحي لتفريق المشاركات في التظاهرة.", "أطلق"),
]


@pytest.mark.parametrize(("text", "trigger"), FIRE)
def test_bullets_fired_are_an_assault(pipeline: Any, text: str, trigger: str) -> None:
    found = typed_triggers(pipeline, text)
    assert (trigger, "ASSAULT") in found
    # one attack, one mention: the bullets are what the verb fired
    assert "الرصاص" not in [t for t, _ in found]


def test_release_is_no_fire(pipeline: Any) -> None:
    found = typed_triggers(pipeline, "وأطلق الجيش سراح المعتقلين بعد التحقيق معهم.")
    assert "ASSAULT" not in [t for _, t in found]


def test_imperfect_fire_is_no_shooting_told(pipeline: Any) -> None:
    # a rule of conduct (marsad/events/detect_fire.py): the verb is no trigger
    found = typed_triggers(pipeline, "ويقول الجيش إن جنوده لا يطلقون الرصاص الحي إلا عند الضرورة.")
    assert "يطلقون" not in [t for t, _ in found]
