"""Which clause a source covers (marsad/events/modal_own.py, marsad/events/modal_trailing.py): a past verb of
what officials say and do joined by «و» after a speech verb's clause is the speaker's own act, asserted; a
trailing «بحسب/حسبما» does not reach back past «حيث», «في حين», «بينما», «فيما». The sentences are written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import mention

from marsad.events.lexicon import strip_article
from marsad.events.modal_trailing import attributed_after
from marsad.text.normalize import normalize


def _keys(text: str) -> list[str]:
    return [strip_article(normalize(w)) for w in text.split()]


def test_trailing_attribution_covers_its_own_clause() -> None:
    assert attributed_after(_keys("قصفت الطائرات المدينة بحسب مصادر"), 0)
    assert not attributed_after(_keys("قصفت الطائرات المدينة حيث قتل عشرة بحسب مصادر"), 0)
    assert not attributed_after(_keys("قصفت الطائرات المدينة في حين قتل عشرة بحسب مصادر"), 0)
    assert attributed_after(_keys("قصفت الطائرات المدينة حيث قتل عشرة بحسب مصادر"), 4)


CASES = [
    # the speaker's second act after what he said
    ("قال رئيس الوزراء الجزائري إن بلاده تعمل على تأمين حدودها، وأدان الهجوم على الثكنة.", "أدان", "asserted"),
    # a trailing attribution still reports it
    (
        "واستقبل الرئيس وزير الخارجية الفرنسي في قصر قرطاج، وأدان الهجوم على الثكنة، بحسب وكالة الأنباء.",
        "أدان",
        "reported",
    ),
    # inside a quotation opened in the sentence it is still the source's words
    ('وأكد البيان أن "المفاوضات استمرت ساعات، ورفض المسلحون تسليم أسلحتهم".', "رفض", "reported"),
    # a trailing attribution after «في حين» tells the later clause only
    (
        "وشنت الطائرات التركية غارات على مواقع الحزب في الجبال، في حين قتل عشرون مسلحا في اشتباكات، بحسب الجيش.",
        "غارات",
        "asserted",
    ),
    ("وشنت الطائرات التركية غارات على مواقع الحزب في الجبال، بحسب الجيش.", "غارات", "reported"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES)
def test_modality_by_clause(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    assert mention(pipeline, text, trigger)["modality"] == modality
