"""Shared helpers of the bench scripts: where the corpora are."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", REPO.parent / "shared" / "data"))


def corpus(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        raise SystemExit(f"corpus {path} not found: put the shared data beside the checkout or set MARSAD_SHARED_DATA")
    return path
