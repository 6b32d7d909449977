"""Events arguments: word and mark sets defined once (marsad/events/constructions.py, arg_results.py,
arg_politics.py) and read by the argument modules, not written again in each."""

from __future__ import annotations

from marsad.events import (
    arg_legal,
    arg_objects,
    arg_politics,
    arg_possessor,
    arg_results,
    arg_security,
    arguments,
    constructions,
    objects,
    sharing,
    victims,
)
from marsad.text.normalize import normalize


def test_quotation_marks_are_one_set() -> None:
    for module in (arg_politics, arg_security, arguments, sharing):
        assert module.QUOTE_MARKS is constructions.QUOTE_MARKS
    for module in (arg_legal, arg_objects):
        assert module.OPENING_QUOTES is constructions.OPENING_QUOTES
    assert constructions.OPENING_QUOTES < constructions.QUOTE_MARKS


def test_third_person_suffixes_are_one_tuple() -> None:
    assert constructions.THIRD_PERSON == ("ه", "ها", "هم", "هما")
    assert constructions.THIRD_PERSON_ALL == (*constructions.THIRD_PERSON, "هن")
    assert objects.THIRD_PERSON is arg_possessor.THIRD_PERSON is constructions.THIRD_PERSON
    assert arg_legal.THIRD_PERSON_ALL is arg_security.THIRD_PERSON_ALL is constructions.THIRD_PERSON_ALL


def test_verbs_of_result_and_toll_words_build_on_one_list() -> None:
    assert objects.RESULTS is arg_results.RESULTS
    assert arg_results.RESULT_VERBS == (*arg_results.RESULTS, normalize("نتج"))
    assert constructions.VICTIM_WORDS < victims.TOLL_WORDS
    assert normalize("سقوط") in victims.TOLL_WORDS
    assert arguments.SYMMETRIC is arg_politics.SYMMETRIC
