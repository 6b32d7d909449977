"""Events arguments: word and mark sets defined once (marsad/events/constructions.py, arg_results.py,
arg_politics.py) and read by the argument modules, not written again in each."""

from __future__ import annotations

from marsad.events import (
    arg_against,
    arg_counted,
    arg_legal,
    arg_objects,
    arg_politics,
    arg_possessor,
    arg_ranks,
    arg_results,
    arg_security,
    arguments,
    constructions,
    delegations,
    detect_antecedents,
    detect_calls,
    detect_clauses,
    detect_kinds,
    detect_legal,
    detect_objects,
    loc_branch,
    modal_ability,
    modal_announced,
    modal_carry,
    modal_frame,
    modal_own,
    modal_plans,
    modal_scope,
    modal_sources,
    objects,
    sharing,
    triggers,
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


def test_punctuation_and_preposition_sets_are_defined_once() -> None:
    assert detect_antecedents.STOPS is detect_legal.STOPS is triggers.STOPS is constructions.STOPS
    assert arg_ranks.CLAUSE_BREAKS is modal_ability.CLAUSE_BREAKS is modal_announced.CLAUSE_BREAKS
    assert constructions.CLAUSE_BREAKS == constructions.STOPS | constructions.COMMAS
    assert detect_calls.SENTENCE_STOPS is detect_clauses.SENTENCE_STOPS is modal_frame.SENTENCE_STOPS
    assert constructions.SENTENCE_STOPS == constructions.STOPS - {":"}
    assert arg_legal.PHRASE_BREAKS is modal_plans.PHRASE_BREAKS is constructions.PHRASE_BREAKS
    assert modal_own.QUOTE_MARKS is modal_plans.QUOTE_MARKS is constructions.QUOTE_MARKS
    assert modal_scope.DEMONSTRATIVES is constructions.DEMONSTRATIVES
    assert arguments.AGAINST is arg_against.AGAINST is constructions.AGAINST
    assert delegations.FROM_ABOUT is detect_objects.FROM_ABOUT is constructions.FROM_ABOUT
    assert detect_antecedents.IMPERFECT is loc_branch.IMPERFECT is constructions.IMPERFECT
    assert arg_counted.CROWD_TYPES is objects.CROWD_TYPES
    assert detect_clauses.KINDS is detect_kinds.KINDS
    assert modal_carry.PASSIVE_LIGHT is modal_sources.PASSIVE_LIGHT
