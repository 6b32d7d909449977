"""The evaluation gate: the bundled models and rules must stay above the floors in bench/floors.toml."""

from __future__ import annotations

import importlib
import sys
import tomllib
from collections.abc import Mapping
from types import ModuleType

from conftest import REPO, shared

from marsad.ner.crf import evaluate_file
from marsad.pipeline import Pipeline

FLOORS = tomllib.loads((REPO / "bench" / "floors.toml").read_text(encoding="utf-8"))


def test_ner_official_anercorp_test_floor() -> None:
    scores = evaluate_file(shared("anercorp", "ANERCorp_CamelLab_test.txt"))
    assert scores["micro"].f1 >= FLOORS["ner"]["anercorp_official_micro_f1"], scores["micro"]


def test_ner_clean_anercorp_test_floor() -> None:
    scores = evaluate_file(shared("anercorp", "ANERCorp_CamelLab_test.clean.reconstructed.txt"))
    assert scores["micro"].f1 >= FLOORS["ner"]["anercorp_clean_micro_f1"], scores["micro"]


def _bench(name: str) -> ModuleType:
    """A bench script as a module (its directory on the path, as when it runs)."""
    shared("saudinewsnet_sample")
    if str(REPO / "bench") not in sys.path:
        sys.path.insert(0, str(REPO / "bench"))
    return importlib.import_module(name)


def _f1(s: Mapping[str, float]) -> float:
    p = s["tp"] / s["pred"] if s["pred"] else 0.0
    r = s["tp"] / s["gold"] if s["gold"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_places_dev_floor() -> None:
    m = _bench("places_eval")
    dev = m.by_split(m.load("places.jsonl", "written_places.jsonl"))["dev"]
    s = m.score(Pipeline(), dev, False)
    assert s["recall"] >= FLOORS["places"]["dev_recall"], s
    assert s["precision"] >= FLOORS["places"]["dev_precision"], s


def test_dates_dev_floor() -> None:
    m = _bench("dates_eval")
    dev = m.by_split(m.load("times.jsonl", "written_dates.jsonl"))["dev"]
    s = m.score(dev)
    assert s["right"] >= FLOORS["dates"]["dev_right"], s


def test_events_dev_floor() -> None:
    m = _bench("events_eval")
    dev = m.by_split(m.load("events.jsonl", "written_events.jsonl", span="trigger"))["dev"]
    assert _f1(m.score(Pipeline(), dev, False)) >= FLOORS["events"]["dev_f1"]


def test_relations_dev_floor() -> None:
    m = _bench("relations_eval")
    dev = m.by_split(m.load("relations.jsonl", "written_relations.jsonl", span="source"))["dev"]
    assert _f1(m.score(Pipeline(), dev, False)) >= FLOORS["relations"]["dev_f1"]


def test_actors_dev_floor() -> None:
    m = _bench("actors_eval")
    records = [r for r in m.read_gold() if r["split"] == "dev"]
    articles = m.load_articles(
        {r["file"] for r in records if "file" in r}, {r["ant_id"] for r in records if "ant_id" in r}
    )
    s = m.evaluate_split("dev", records, articles, quiet=True)
    assert s["within_f1"] >= FLOORS["actors"]["dev_within_f1"], s
    assert s["cross_f1"] >= FLOORS["actors"]["dev_cross_f1"], s
