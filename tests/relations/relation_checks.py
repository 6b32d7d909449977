"""Helpers shared by the relations construction tests: run the pipeline on a sentence with its ends
checked against the text, find a relation by type and overlapping ends, and make the parametrised
found/absent tests a round's file binds to its FOUND and ABSENT cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from marsad.model import Article, Document
from marsad.schema import validation_errors


def analyse(pipeline: Any, text: str, schema: bool = False) -> Document:
    """The document of ``text`` (published 2018-06-08); every relation end's text is the text at its
    offsets, and with ``schema`` the document validates against the JSON schema."""
    doc = pipeline(Article("c", text, published=dt.date(2018, 6, 8)))
    if schema:
        assert validation_errors(doc.to_dict()) == []
    for rel in doc.relations:
        for end in ("source", "target"):
            assert doc.text[rel[end]["start"] : rel[end]["end"]] == rel[end]["text"]
    return doc


def found(doc: Document, rtype: str, src: str, tgt: str) -> dict[str, Any] | None:
    """The relation of ``rtype`` whose ends overlap ``src`` and ``tgt`` (one contains the other)."""
    for r in doc.relations:
        s, t = r["source"]["text"], r["target"]["text"]
        if r["type"] == rtype and (src in s or s in src) and (tgt in t or t in tgt):
            return r
    return None


def check_found(
    pipeline: Any, text: str, rtype: str, src: str, tgt: str, expect: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The relation of ``rtype`` between ``src`` and ``tgt`` in ``text``; each key of ``expect`` is a field
    it must have: ``source``/``target`` the exact end text, or ``directed``, ``modality``, ``subtype``."""
    doc = analyse(pipeline, text)
    rel = found(doc, rtype, src, tgt)
    assert rel is not None, [(r["type"], r["source"]["text"], r["target"]["text"]) for r in doc.relations]
    for key, value in (expect or {}).items():
        got = rel[key]["text"] if key in ("source", "target") else rel[key]
        assert got == value, (key, got, value)
    return rel


def check_absent(pipeline: Any, text: str, rtype: str, src: str = "", tgt: str = "") -> None:
    """No relation of ``rtype`` (empty: any type) in ``text`` whose source contains ``src`` and whose target
    contains ``tgt`` (empty: any end)."""
    doc = analyse(pipeline, text)
    hits = [
        (r["source"]["text"], r["target"]["text"])
        for r in doc.relations
        if rtype in ("", r["type"]) and src in r["source"]["text"] and tgt in r["target"]["text"]
    ]
    assert hits == [], hits


def found_test(cases: list[Any]) -> Callable[..., None]:
    """The test that each case ``(text, rtype, src, tgt, expect)`` gives its relation (``check_found``);
    a round's file binds it as ``test_found = found_test(FOUND)``."""

    @pytest.mark.parametrize(("text", "rtype", "src", "tgt", "expect"), cases)
    def test_found(pipeline: Any, text: str, rtype: str, src: str, tgt: str, expect: dict[str, Any]) -> None:
        check_found(pipeline, text, rtype, src, tgt, expect)

    return test_found


def absent_test(cases: list[Any]) -> Callable[..., None]:
    """The test that no case ``(text, rtype, src, tgt)`` gives such a relation (``check_absent``); a round's
    file binds it as ``test_absent = absent_test(ABSENT)``."""

    @pytest.mark.parametrize(("text", "rtype", "src", "tgt"), cases)
    def test_absent(pipeline: Any, text: str, rtype: str, src: str, tgt: str) -> None:
        check_absent(pipeline, text, rtype, src, tgt)

    return test_absent
