"""marsad.relations.homeland: «بلاده/بلادها/بلادنا» (his, its, our country) is an actor the cues can take
(«أكد أن بلاده تدعم», «دعم بلاده لـ», «قطع بلاده للعلاقات مع»); alone, with no cue, it is in no relation.
The sentences are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest
from relation_checks import absent_test, check_found

FOUND = [
    ("وأكد أردوغان أن بلاده تدعم حكومة الوفاق في طرابلس.", "support", "بلاده", "حكومة الوفاق"),
    ("وأكد أردوغان خلال الاتصال دعم بلاده لحكومة الوفاق.", "support", "بلاده", "حكومة الوفاق"),
    ("وأعلن وزير الخارجية المغربي عن قطع بلاده للعلاقات الدبلوماسية مع إيران.", "oppose", "بلاده", "إيران"),
    ("وقالت الوزيرة إن التحالف بين بلادها والولايات المتحدة أقوى من أي وقت مضى.", "ally", "بلادها", "الولايات المتحدة"),
]

ABSENT = [
    ("وقال الرئيس إنه سيعود إلى بلاده سريعا بعد انتهاء القمة.", "", "بلاده", ""),
]


@pytest.mark.parametrize(("text", "rtype", "src", "tgt"), FOUND)
def test_found(pipeline: Any, text: str, rtype: str, src: str, tgt: str) -> None:
    check_found(pipeline, text, rtype, src, tgt, {"source": src})


test_absent = absent_test(ABSENT)
