"""The JSON Schema of the output, and the offset contract."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from marsad.model import Article
from marsad.schema import document_schema, validation_errors

TEXT = "قال المشير خليفة حفتر أمس في بنغازي إن قواته ستصل إلى طرابلس في 20 جانفي القادم."


@pytest.fixture(scope="module")
def doc(pipeline) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    import datetime as dt

    d: dict[str, Any] = pipeline(Article("s1", TEXT, published=dt.date(2019, 12, 5))).to_dict()
    return d


def test_schema_is_valid_draft_2020_12() -> None:
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(document_schema())


def test_pipeline_output_is_valid(doc: dict[str, Any]) -> None:
    assert validation_errors(doc) == []
    assert doc["times"][-1]["value"] == "2020-01-20"


def test_missing_key_is_reported(doc: dict[str, Any]) -> None:
    bad = copy.deepcopy(doc)
    del bad["events"]
    assert validation_errors(bad) == ["<root>: 'events' is a required property"]


def test_wrong_offsets_are_reported(doc: dict[str, Any]) -> None:
    bad = copy.deepcopy(doc)
    m = bad["entities"][0]["mentions"][0]
    m["start"] += 1
    errors = validation_errors(bad)
    assert len(errors) == 1 and errors[0].startswith(f"entity {bad['entities'][0]['id']}: text[")


def test_unknown_type_and_extra_key_are_reported(doc: dict[str, Any]) -> None:
    bad = copy.deepcopy(doc)
    bad["entities"][0]["type"] = "PERSON"
    bad["extra"] = 1
    errors = validation_errors(bad)
    assert any("'PERSON' is not one of" in e for e in errors)
    assert any("Additional properties are not allowed ('extra' was unexpected)" in e for e in errors)


def test_bad_time_value_is_reported(doc: dict[str, Any]) -> None:
    bad = copy.deepcopy(doc)
    bad["times"][0]["value"] = "next week"
    assert any("does not match" in e for e in validation_errors(bad))
