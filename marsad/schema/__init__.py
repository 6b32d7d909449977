"""The JSON Schema of marsad's document output, and validation against it."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).parent / "document.schema.json"


@lru_cache(maxsize=1)
def document_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def validation_errors(doc: dict[str, Any]) -> list[str]:
    """Every way ``doc`` breaks the schema or the offset contract (empty when it is valid)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(document_schema())
    errors = [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in validator.iter_errors(doc)]
    text = doc.get("text", "")
    spans: list[tuple[str, dict[str, Any]]] = []
    for ent in doc.get("entities", []):
        spans += [(f"entity {ent.get('id')}", m) for m in ent.get("mentions", [])]
    spans += [("time", t) for t in doc.get("times", [])]
    for place in doc.get("places", []):
        spans += [(f"place {place.get('entity_id')}", m) for m in place.get("mentions", [])]
    for where, s in spans:
        if isinstance(s, dict) and {"start", "end", "text"} <= s.keys():
            if text[s["start"] : s["end"]] != s["text"]:
                errors.append(f"{where}: text[{s['start']}:{s['end']}] is not {s['text']!r}")
    return errors
