"""Shared fixtures: where the corpora are, and a pipeline built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# the shared check modules of the tests hold asserts (and parametrised tests): rewrite them as pytest does a test's
pytest.register_assert_rewrite("event_checks", "relation_checks")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", REPO.parent / "shared" / "data"))


def shared(*parts: str) -> Path:
    """Path of a corpus in ../shared/data; the test is skipped when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"corpus {path} not available")
    return path


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from marsad.pipeline import Pipeline

    return Pipeline()
