"""marsad.relations.relatives: a definite group noun before «التي» is the object of the relative verb («الفصائل
التي تدعمها تركيا»), with its adjective and in any spelling of «ميليشيات»; and (patterns.py) a place set off by
commas after a meeting verb's subject is not whom he met. The sentences are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest
from relation_checks import check_absent, check_found

from marsad.relations.slots import GROUPS
from marsad.text.normalize import normalize

FOUND = [
    ("وهاجمت الفصائل التي تدعمها أنقرة مواقع الأكراد شمال حلب.", "support", "أنقرة", "الفصائل"),
    ("وهاجمت الفصائل السورية التي تدعمها تركيا مواقع الأكراد.", "support", "تركيا", "الفصائل السورية"),
    ("وقال إن الجماعات المسلحة التي تدعمها إيران تهدد المنطقة.", "support", "إيران", "الجماعات"),
    ("والفصائل التي تدعمها تركيا والولايات المتحدة رفضت الهدنة.", "support", "الولايات المتحدة", "الفصائل"),
    ("وتقدمت جماعات تدعمها إيران نحو المدينة.", "support", "إيران", "جماعات"),
    (
        "واستقبل الرئيس التونسي قيس سعيد، بقصر قرطاج، رئيس الحكومة الليبية عبد الحميد الدبيبة.",
        "negotiates_with",
        "قيس سعيد",
        "عبد الحميد الدبيبة",
    ),
]

ABSENT = [
    ("واستقبل الرئيس التونسي قيس سعيد، بقصر قرطاج، رئيس الحكومة الليبية عبد الحميد الدبيبة.", "negotiates_with", "قصر"),
]


@pytest.mark.parametrize(("text", "rtype", "src", "tgt"), FOUND)
def test_found(pipeline: Any, text: str, rtype: str, src: str, tgt: str) -> None:
    check_found(pipeline, text, rtype, src, tgt)


@pytest.mark.parametrize(("text", "rtype", "tgt"), ABSENT)
def test_absent(pipeline: Any, text: str, rtype: str, tgt: str) -> None:
    check_absent(pipeline, text, rtype, "", tgt)


@pytest.mark.parametrize("word", ["مليشيات", "ميلشيات", "ميليشات", "ميليشيات"])
def test_militia_spellings_are_groups(word: str) -> None:
    assert normalize(word) in GROUPS
