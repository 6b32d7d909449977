"""Helpers of the event tests: the triggers of a written sentence with their types, one trigger's mention, and the
text of its sides; and the parametrised tests a file binds to its cases (found or absent typed triggers, a trigger
word that is no mention, the actor or target of a mention)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from marsad.model import Article


def mention(pipeline: Any, text: str, trigger: str) -> dict[str, Any]:
    """The first mention whose trigger reads ``trigger``; both sides' offsets must give their text."""
    doc = pipeline(Article("t", text, published=dt.date(2018, 4, 4)))
    found = [m for ev in doc.events for m in ev["mentions"] if m["trigger"]["text"] == trigger]
    assert found, f"no mention {trigger!r} in {[m['trigger']['text'] for ev in doc.events for m in ev['mentions']]}"
    m: dict[str, Any] = found[0]
    for which in ("actor1", "actor2"):
        ref = m[which]
        if ref is not None:
            assert doc.text[ref["start"] : ref["end"]] == ref["text"]
    return m


def side(pipeline: Any, text: str, trigger: str, which: str) -> str | None:
    """The text of a side (``actor1`` or ``actor2``) of the mention of ``trigger``, None when unnamed."""
    ref = mention(pipeline, text, trigger)[which]
    return ref["text"] if ref else None


def typed_triggers(pipeline: Any, text: str, published: dt.date = dt.date(2018, 4, 4)) -> list[tuple[str, str]]:
    """Each mention's trigger text and PLOVER type, in document order."""
    doc = pipeline(Article("t", text, published=published))
    return [(m["trigger"]["text"], ev["plover_type"]) for ev in doc.events for m in ev["mentions"]]


def found_test(cases: list[Any], published: dt.date = dt.date(2018, 4, 4)) -> Callable[..., None]:
    """The test that each case ``(text, (trigger, type))`` has that typed trigger (``typed_triggers`` with
    ``published``); a file binds it as ``test_found = found_test(FOUND)``."""

    @pytest.mark.parametrize(("text", "expected"), cases)
    def test_found(pipeline: Any, text: str, expected: tuple[str, str]) -> None:
        assert expected in typed_triggers(pipeline, text, published)

    return test_found


def not_found_test(cases: list[Any], published: dt.date = dt.date(2018, 4, 4)) -> Callable[..., None]:
    """The test that no case ``(text, (trigger, type))`` has that typed trigger; a file binds it as
    ``test_not_found = not_found_test(NOT_FOUND)``."""

    @pytest.mark.parametrize(("text", "absent"), cases)
    def test_not_found(pipeline: Any, text: str, absent: tuple[str, str]) -> None:
        assert absent not in typed_triggers(pipeline, text, published)

    return test_not_found


def no_trigger_test(cases: list[Any]) -> Callable[..., None]:
    """The test that in no case ``(text, word)`` a mention's trigger reads ``word``; a file binds it as
    ``test_not_found = no_trigger_test(NOT_FOUND)``."""

    @pytest.mark.parametrize(("text", "word"), cases)
    def test_no_trigger(pipeline: Any, text: str, word: str) -> None:
        assert word not in [t for t, _ in typed_triggers(pipeline, text)]

    return test_no_trigger


def actor_test(cases: list[Any]) -> Callable[..., None]:
    """The test that each case ``(text, trigger, actor)`` has ``actor`` (None: unnamed) as the text of its
    ``actor1``; a file binds it as ``test_actors = actor_test(ACTORS)``."""

    @pytest.mark.parametrize(("text", "trigger", "actor"), cases)
    def test_actor(pipeline: Any, text: str, trigger: str, actor: str | None) -> None:
        assert side(pipeline, text, trigger, "actor1") == actor

    return test_actor


def target_test(cases: list[Any]) -> Callable[..., None]:
    """The test that each case ``(text, trigger, target)`` has ``target`` (None: unnamed) as the text of its
    ``actor2``; a file binds it as ``test_targets = target_test(TARGETS)``."""

    @pytest.mark.parametrize(("text", "trigger", "target"), cases)
    def test_target(pipeline: Any, text: str, trigger: str, target: str | None) -> None:
        assert side(pipeline, text, trigger, "actor2") == target

    return test_target
