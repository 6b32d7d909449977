"""Helpers of the event tests: the triggers of a written sentence with their types, one trigger's mention, and the
text of its sides."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
