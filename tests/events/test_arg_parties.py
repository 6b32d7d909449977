"""«الأطراف» as the parties of an agreement or talks, not the outskirts of a town (marsad/events/arg_candidates.py
and data/argument_nouns.tsv). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import side

CASES = [
    ("ووقعت الأطراف المتحاربة في جنوب السودان على اتفاق سلام في الخرطوم.", "وقعت", "الأطراف"),
    ("اتفقت الأطراف الليبية المتنافسة على إجراء انتخابات رئاسية.", "اتفقت", "الأطراف"),
    # before a compass adjective «الأطراف» is the outskirts of a town: no side
    ("وشهدت الأطراف الغربية لمدينة حلب اشتباكات عنيفة منذ صباح أمس.", "اشتباكات", None),
]


@pytest.mark.parametrize(("text", "trigger", "actor"), CASES)
def test_parties_are_actors_and_outskirts_are_not(pipeline: Any, text: str, trigger: str, actor: str | None) -> None:
    got = side(pipeline, text, trigger, "actor1")
    assert (got is not None and actor is not None and got.startswith(actor)) or got == actor
