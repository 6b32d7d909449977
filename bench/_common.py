"""Shared helpers of the bench scripts: where the corpora are, which of their articles the dev sets use, how a
predicted event trigger is matched to a gold one."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", REPO.parent / "shared" / "data"))


def corpus(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        raise SystemExit(f"corpus {path} not found: put the shared data beside the checkout or set MARSAD_SHARED_DATA")
    return path


def referenced() -> set[str]:
    """The urls and ANT ids of every article a bench/dev record points to (dev and test alike)."""
    seen: set[str] = set()
    for path in (REPO / "bench" / "dev").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                seen.update(str(rec[key]) for key in ("url", "ant_id") if key in rec)
    return seen


Span = tuple[int, int, str]
"""A predicted event trigger: its start and end offsets and its PLOVER type."""


def trigger_spans(events: list[dict[str, Any]]) -> list[Span]:
    """The trigger of each mention of a document's events, in their order."""
    return [(m["trigger"]["start"], m["trigger"]["end"], ev["plover_type"]) for ev in events for m in ev["mentions"]]


def matching_trigger(preds: Sequence[Span], used: set[int], gold: dict[str, Any]) -> int | None:
    """The index of the first prediction not in ``used`` that overlaps the gold record's trigger and has its PLOVER
    type, or None: detection as bench/events_eval.py scores it (one-to-one: the caller adds the index to ``used``)."""
    t, kind = gold["trigger"], gold["plover_type"]
    return next(
        (k for k, (s, e, y) in enumerate(preds) if k not in used and s < t["end"] and t["start"] < e and y == kind),
        None,
    )
