"""Shared helpers of the bench scripts: where the corpora are, which of their articles the dev sets use."""

from __future__ import annotations

import json
import os
from pathlib import Path

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
