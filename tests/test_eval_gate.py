"""The evaluation gate: the bundled model must stay above the floors in bench/floors.toml."""

from __future__ import annotations

import tomllib

from conftest import REPO, shared

from marsad.ner.crf import evaluate_file

FLOORS = tomllib.loads((REPO / "bench" / "floors.toml").read_text(encoding="utf-8"))


def test_ner_official_anercorp_test_floor() -> None:
    scores = evaluate_file(shared("anercorp", "ANERCorp_CamelLab_test.txt"))
    assert scores["micro"].f1 >= FLOORS["ner"]["anercorp_official_micro_f1"], scores["micro"]


def test_ner_clean_anercorp_test_floor() -> None:
    scores = evaluate_file(shared("anercorp", "ANERCorp_CamelLab_test.clean.reconstructed.txt"))
    assert scores["micro"].f1 >= FLOORS["ner"]["anercorp_clean_micro_f1"], scores["micro"]
