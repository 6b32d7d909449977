"""«مصرع» is the death of a side in fighting, as «مقتل»; not in an accident or a disaster, nor the idiom «لقي مصرعه»
(marsad/events/detect_deaths.py). The sentences are written for these tests after news usage."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import typed_triggers


def test_death_of_a_commander_is_an_assault(pipeline: Any) -> None:
    found = typed_triggers(pipeline, "كما أكد المركز الإعلامي للمقاومة مصرع قائد الحملة على الضالع.")
    assert ("مصرع", "ASSAULT") in found


def test_death_beside_its_attack_is_its_toll(pipeline: Any) -> None:
    found = typed_triggers(pipeline, "وأسفرت المعارك عن مصرع 38 عنصرا من الميليشيات.")
    assert [t for t, _ in found] == ["المعارك"]


NO_ATTACK = [
    "وأسفرت الأمطار الغزيرة والسيول عن مصرع سبعة أشخاص على الأقل.",
    "وأعلنت الشرطة مصرع خمسة أشخاص في حادث تصادم على الطريق السريع.",
    "وقال المصدر إن عشرة من المسلحين لقوا مصرعهم.",
]


@pytest.mark.parametrize("text", NO_ATTACK)
def test_accident_or_idiom_is_no_attack(pipeline: Any, text: str) -> None:
    assert "ASSAULT" not in [t for _, t in typed_triggers(pipeline, text)]
