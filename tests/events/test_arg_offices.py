"""A title, the body it serves after «في/عن/باسم» and the person named after it are one side
(marsad/events/arg_offices.py); a name cut by a hashtag is one name (marsad/events/arg_hashtags.py). The
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import actor_test, side

ACTORS = [
    ("ودعا القيادي في حركة حماس خالد مشعل إلى وقف الهجمات.", "دعا", "القيادي في حركة حماس خالد مشعل"),
    ("وندد المتحدث باسم وزارة الخارجية أحمد أبو زيد بالهجوم.", "ندد", "المتحدث باسم وزارة الخارجية أحمد أبو زيد"),
    (
        "بينما دعا النائب عن ائتلاف الوطنية محمود المشهداني إلى إعلان حالة الطوارئ.",
        "دعا",
        "النائب عن ائتلاف الوطنية محمود المشهداني",
    ),
    # with no name after the body, the title speaks for the body
    ("وندد المتحدث باسم وزارة الخارجية بالهجوم على السفارة.", "ندد", "المتحدث باسم وزارة الخارجية"),
]


test_official_with_body_and_name_is_the_actor = actor_test(ACTORS)


def test_body_of_the_title_is_not_the_object(pipeline: Any) -> None:
    assert side(pipeline, "ودعا القيادي في حركة حماس خالد مشعل إلى وقف الهجمات.", "دعا", "actor2") is None


def test_the_official_does_not_act_in_the_next_event(pipeline: Any) -> None:
    # the person named after the body was read as the actor of the attacks he calls to stop
    assert side(pipeline, "ودعا القيادي في حركة حماس خالد مشعل إلى وقف الهجمات.", "الهجمات", "actor1") is None


HASHTAGGED = [
    # a hashtag on the surname does not cut the name: the title joins the whole name
    ("توعّد الرئيس التركي، رجب طيب #أردوغان، الثلاثاء، المسؤولين عن مقتل مدنيين.", "توعّد", "رجب طيب #أردوغان"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), HASHTAGGED)
def test_hashtagged_name_is_one_side(pipeline: Any, text: str, trigger: str, name: str) -> None:
    actor = side(pipeline, text, trigger, "actor1")
    assert actor is not None and actor.endswith(name)


def test_hashtag_names_stop_at_speech_verbs() -> None:
    from marsad.events.arg_hashtags import NOT_NAMES, _given_name
    from marsad.model import Token

    said = Token(text="قال", start=0, end=3, norm="قال", core="قال")
    given = Token(text="دونالد", start=0, end=6, norm="دونالد", core="دونالد")
    assert not _given_name(said, "قال") and "قال" in NOT_NAMES
    assert _given_name(given, "دونالد")
