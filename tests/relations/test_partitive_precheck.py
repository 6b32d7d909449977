"""The pre-check of marsad.relations.partitive (``has_parts``): a member noun of marsad.relations.qualified lets a
sentence's candidates be built only when «في» follows it past one to three words, as ``qualified_members`` needs."""

from __future__ import annotations

from marsad.events.mention import token_keys
from marsad.relations.partitive import has_parts
from marsad.text.tokens import tokenize


def _keys(text: str) -> list[str]:
    return token_keys(tokenize(text))


def test_a_member_noun_passes_with_in_after_its_adjectives() -> None:
    assert has_parts(_keys("وقال مصدر عسكري في وزارة الدفاع اليمنية إن القوات تقدمت."))
    assert has_parts(_keys("وتوقع مسؤول أمني رفيع في الحزب الجمهوري تغييرات قريبة."))


def test_a_member_noun_without_in_after_it_does_not_pass() -> None:
    # «مصادر في»: no adjective between (qualified.py leaves it to the cue table); «مصدر محلي» with no «في»
    assert not has_parts(_keys("وقالت مصادر في المعارضة إن الهجوم فشل."))
    assert not has_parts(_keys("وأكد مصدر محلي أن الطريق مغلق."))
