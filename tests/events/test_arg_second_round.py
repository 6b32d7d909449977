"""Argument rules of the round after the sixth ANT batch: the object past a time aside (arg_times), the one who
planted the device that exploded (arg_facilities.planter), organising verbs whose object is a protest
(sharing.OBJECT_VERBS), the «إنها» that resumes the noun of an earlier bare «إن» (sharing.speaker_of), the counted
people in construct with a flight or a protest (arg_counted.counted_subject), and the helpers of the review
(constructions.security_unit, the one set of relative pronouns). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from event_checks import side

from marsad.events import sharing
from marsad.events.arg_times import object_gap
from marsad.events.constructions import RELATIVE_PRONOUNS, security_unit
from marsad.events.mention import Candidate, token_keys
from marsad.text.tokens import tokenize


def test_the_object_past_a_time_aside_is_the_target(pipeline: Any) -> None:
    text = "وقال المتحدث إن وحدات الجيش هاجمت فجر السبت أماكن تمركز المسلحين المتطرفين في الوادي."
    assert (side(pipeline, text, "هاجمت", "actor2") or "").startswith("المسلحين")


def test_a_time_aside_does_not_shorten_the_way_to_a_phrase_under_a_preposition() -> None:
    toks = tokenize("خرج السكان، الجمعة، تنديدا بالحكومة")
    keys = token_keys(toks)
    j = next(i for i, t in enumerate(toks) if t.core == "حكومه" or t.text == "بالحكومة")
    c = Candidate(j, j, toks[j].start, toks[j].end, toks[j].text, None, None, False)
    assert object_gap(toks, keys, 1, c) == j - 1


def test_the_planter_of_the_mine_is_the_actor_of_the_explosion(pipeline: Any) -> None:
    text = "انفجر لغم أرضي زرعته #الميليشيا_المتمردة بسيارة مدنية قرب السوق."
    assert (side(pipeline, text, "انفجر", "actor1") or "").startswith("الميليشيا")
    assert side(pipeline, text, "انفجر", "actor2") is None


def test_who_said_they_held_a_protest_held_it(pipeline: Any) -> None:
    text = "وقالت نقابة المعلمين في بيان، إنها أقامت وقفة احتجاجية أمام مقر الحكومة."
    assert (side(pipeline, text, "وقفة احتجاجية", "actor1") or "").startswith("نقابة المعلمين")


def test_a_resumed_inna_refers_to_the_noun_of_the_bare_inna() -> None:
    toks = tokenize("وقال بيان إن الحكومة المصغرة برئاسة نتنياهو إنها قررت")
    keys = token_keys(toks)
    gov = Candidate(3, 3, 0, 0, "الحكومة", None, None, False)
    head = Candidate(6, 6, 0, 0, "نتنياهو", None, None, False)
    comp = next(i for i, k in enumerate(keys) if k in sharing.PRONOUN_SUBJECT)
    assert sharing.speaker_of([gov, head], keys, comp, lambda c: True) is gov


def test_counted_people_in_construct_with_a_flight_fled(pipeline: Any) -> None:
    text = "وأفاد مواطنون في البلدة عن فرار مئات المقاتلين من مواقعهم باتجاه الجبال."
    assert side(pipeline, text, "فرار", "actor1") == "مئات المقاتلين"


def test_a_security_unit_takes_a_security_adjective_not_a_coordinated_word() -> None:
    toks = tokenize("دورية عسكرية ودورية وعسكرية")
    keys = token_keys(toks)
    assert security_unit(toks, keys, 0)
    assert not security_unit(toks, keys, 2)


def test_one_set_of_relative_pronouns_with_the_feminine_plural() -> None:
    keys = token_keys(tokenize("الذين اللواتي"))
    assert all(k in RELATIVE_PRONOUNS for k in keys)
