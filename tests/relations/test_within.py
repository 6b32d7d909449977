"""marsad.relations.within: the actor before «ضمن» is a member of the organisation after it («القوات
الأميركية التي تعمل في سوريا ضمن التحالف الدولي»), past a place the member serves in; «ضمن» before a
programme or a stage names no body. The sentences are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest
from relation_checks import check_absent, check_found

FOUND = [
    ("وقال المتحدث إن القوات الأميركية التي تعمل في سوريا ضمن التحالف الدولي ستبقى.", "القوات", "التحالف الدولي"),
    ("وتشارك القوات السودانية ضمن التحالف العربي في اليمن منذ 2015.", "القوات", "التحالف العربي"),
    ("ويقاتل الحشد الشعبي ضمن القوات العراقية في نينوى.", "الحشد الشعبي", "القوات العراقية"),
]

ABSENT = [
    ("وقال إن المقاتلين تلقوا تدريبات ضمن برنامج تقوده الولايات المتحدة.", "", "برنامج"),
    # the place before «ضمن» is where the member serves, never the member
    ("وقال المتحدث إن القوات الأميركية التي تعمل في سوريا ضمن التحالف الدولي ستبقى.", "سوريا", ""),
]


@pytest.mark.parametrize(("text", "src", "tgt"), FOUND)
def test_found(pipeline: Any, text: str, src: str, tgt: str) -> None:
    check_found(pipeline, text, "member_of", src, tgt)


@pytest.mark.parametrize(("text", "src", "tgt"), ABSENT)
def test_absent(pipeline: Any, text: str, src: str, tgt: str) -> None:
    check_absent(pipeline, text, "member_of", src, tgt)
