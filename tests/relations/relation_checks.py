"""Helpers shared by the relations construction tests: run the pipeline on a sentence with its ends
checked against the text, and find a relation by type and overlapping ends."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
