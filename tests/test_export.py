"""The JSON and JSON Lines writers."""

from __future__ import annotations

import io
import json

import pytest

from marsad.errors import InputError
from marsad.export import DocumentWriter
from marsad.model import Article, Document


def docs(n: int) -> list[Document]:
    return [Document(Article(f"d{i}", f"نص رقم {i}")) for i in range(n)]


@pytest.mark.parametrize("n", [0, 1, 2, 5])
def test_json_shapes(n: int) -> None:
    out = io.StringIO()
    with DocumentWriter(out, "json") as w:
        for d in docs(n):
            w.write(d)
    data = json.loads(out.getvalue())
    if n == 1:
        assert data["id"] == "d0"
    else:
        assert [d["id"] for d in data] == [f"d{i}" for i in range(n)]


def test_jsonl_one_line_per_document_and_keeps_arabic() -> None:
    out = io.StringIO()
    with DocumentWriter(out, "jsonl") as w:
        for d in docs(3):
            w.write(d)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and "نص رقم 0" in lines[0]


def test_unknown_format() -> None:
    with pytest.raises(
        InputError,
        match="output format 'xml' is not known; choose one of: json, jsonl, geojson, acled-csv, plover-jsonl, event-clusters, graphml, gexf",
    ):
        DocumentWriter(io.StringIO(), "xml")
