"""The nationality-adjective checks shared by agents.py, paired.py, adjectival.py and nisbas.py."""

from marsad.actors.names import load_nationalities
from marsad.relations.nisbas import bare_nisba, definite_nisba
from marsad.text.tokens import tokenize

NATIONALITIES = load_nationalities()


def _checks(text: str, glued: tuple[str, ...] = ("",)) -> list[tuple[str, bool, bool]]:
    return [(t.text, bare_nisba(t, NATIONALITIES), definite_nisba(t, NATIONALITIES, glued)) for t in tokenize(text)]


def test_bare_nisba_is_indefinite_and_unglued() -> None:
    assert _checks("بدعم روسي") == [("بدعم", False, False), ("روسي", True, False)]


def test_definite_nisba_takes_a_conjunction_only_when_asked() -> None:
    assert _checks("السوري والإماراتي") == [("السوري", False, True), ("والإماراتي", False, False)]
    assert _checks("السوري والإماراتي", ("", "و")) == [("السوري", False, True), ("والإماراتي", False, True)]
