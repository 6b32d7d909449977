"""A subject and an object the tagger ran into one span after a verb (marsad/events/arg_runon.py). The phrases are
written for these tests."""

from __future__ import annotations

from marsad.events.arg_runon import split_run_on
from marsad.events.mention import Candidate
from marsad.text.tokens import tokenize


def _split(text: str) -> tuple[str, str] | None:
    """Splits the span of every token after the first (the verb)."""
    toks = tokenize(text)
    c = Candidate(1, len(toks) - 1, toks[1].start, toks[-1].end, text[toks[1].start :], None, None, False)
    out = split_run_on(toks, c)
    return (out[0].text, out[1].text) if out else None


def test_a_masculine_nisba_after_a_feminine_head_opens_the_object() -> None:
    assert _split("وأدانت المحكمة الجزائري") == ("المحكمة", "الجزائري")


def test_a_definite_noun_after_the_adjectives_opens_the_object() -> None:
    assert _split("وأغلقت السلطات التونسية المعابر") == ("السلطات التونسية", "المعابر")


def test_a_title_with_its_genitive_and_adjective_ends_before_the_object() -> None:
    assert _split("وطالب وزير الخارجية القطري المجتمع الدولي") == ("وزير الخارجية القطري", "المجتمع الدولي")


def test_a_phrase_of_agreeing_adjectives_stays_whole() -> None:
    assert _split("وقصفت القوات المسلحة الملكية") is None
    assert _split("وهاجمت الطائرات الحربية الإسرائيلية") is None


def test_a_title_before_a_bare_name_stays_one_person() -> None:
    assert _split("وقال وزير الأوقاف المصري الدكتور مختار جمعة") is None
