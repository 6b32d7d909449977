"""marsad.relations.staff: a member's title followed by its body glued to ب («وزير بحكومة الحوثيين»), with
the holder named after the body or before the title; no relation with a country after ب or a count before
the title. The sentences are written for the tests (Gulf, Levantine, Maghrebi press style)."""

from __future__ import annotations

from typing import Any

import pytest
from relation_checks import check_absent, check_found

FOUND = [
    ("ووفقا لمصدر حوثي آخر ووزير بحكومة الحوثيين، بدأت المحادثات الشهر الماضي.", "وزير", "حكومة الحوثيين", {}),
    (
        "لكن الوزير بالحكومة الإسرائيلية، نفتالي بينيت، قال لإذاعة الجيش إنه لم يتم التوصل لاتفاق.",
        "نفتالي بينيت",
        "الحكومة الإسرائيلية",
        {"source": "نفتالي بينيت"},
    ),
    ("وقال مسؤول بوزارة الداخلية إن الحدود ستبقى مغلقة.", "مسؤول", "وزارة الداخلية", {"modality": "asserted"}),
    ("وقال ضابط بالجيش السوري إن الهجوم سيبدأ قريبا.", "ضابط", "الجيش السوري", {}),
]

ABSENT = [
    # a country after ب is where the official is, not his body
    ("وقال مسؤول بمصر إن الحدود ستبقى مغلقة.", "مسؤول", ""),
    # a count of members is nobody's membership
    ("وصوت 120 عضوا بمجلس النواب لصالح القرار.", "عضوا", ""),
    # «مسؤولة» after «مصادر» describes the unnamed source
    ("بينما قالت مصادر مسؤولة بالحوثيين، إن هناك محادثات تجري في مسقط.", "", "الحوثيين"),
]


@pytest.mark.parametrize(("text", "src", "tgt", "expect"), FOUND)
def test_found(pipeline: Any, text: str, src: str, tgt: str, expect: dict[str, Any]) -> None:
    check_found(pipeline, text, "member_of", src, tgt, expect)


@pytest.mark.parametrize(("text", "src", "tgt"), ABSENT)
def test_absent(pipeline: Any, text: str, src: str, tgt: str) -> None:
    check_absent(pipeline, text, "member_of", src, tgt)
