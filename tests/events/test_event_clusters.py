"""Cross-article event clustering (marsad.events.clusters)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.errors import InputError
from marsad.events.clusters import cluster_events, cluster_records, records_from_documents, same_event

JUFRA = {"text": "الجفرة", "lat": 29.1, "lon": 16.0, "country": "LY", "feature": "city", "name": "Al Jufrah"}
HUN = {"text": "هون", "lat": 29.13, "lon": 15.95, "country": "LY", "feature": "city", "name": "Hun"}
SIRTE = {"text": "سرت", "lat": 31.2, "lon": 16.6, "country": "LY", "feature": "city", "name": "Sirte"}
LIBYA = {"text": "ليبيا", "lat": 27.0, "lon": 17.0, "country": "LY", "feature": "country", "name": "Libya"}


def rec(story: str, n: int = 1, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": f"{story}-ev{n}",
        "story_id": story,
        "event_type": "ASSAULT",
        "mode": "aerial",
        "acled_sub_event_type": "Air/drone strike",
        "event_date": "2019-07-31",
        "modality": "asserted",
        "actor": {"actor_id": "a-haftar", "text": "قوات حفتر"},
        "recipient": {"actor_id": "a-b199", "text": "الكتيبة 199"},
        "location": JUFRA,
        "fatalities": None,
        "source": story.split("-")[0],
        "url": None,
        "text": "قصف طيران حفتر الجفرة",
        "trigger": {"text": "قصف"},
    }
    base.update(kw)
    return base


def test_reports_of_one_strike_merge() -> None:
    a = rec("alwasat-1", fatalities=3)
    b = rec("libyaobserver-2", event_date="2019-08-01", location=HUN, fatalities=5)
    c = rec("alnabaa-3", actor={"actor_id": "a-b199", "text": "الكتيبة"}, recipient={"actor_id": "a-haftar"})
    [event] = cluster_events([a, b, c])
    assert event["articles"] == 3
    assert event["event_date"] == "2019-07-31"
    assert event["fatalities"] == 3  # ACLED's most conservative estimate
    assert event["fatalities_reported"] == [3, 5]
    assert {s["story_id"] for s in event["sources"]} == {"alwasat-1", "libyaobserver-2", "alnabaa-3"}
    assert event["actor"]["actor_id"] == "a-haftar"


@pytest.mark.parametrize(
    "change",
    [
        {"event_type": "CONSULT"},  # another kind of event
        {"acled_sub_event_type": "Armed clash"},  # a ground clash is not the air strike
        {"modality": "threatened"},  # a threat is not the attack
        {"event_date": "2019-08-03"},  # days apart
        {"location": SIRTE},  # 230 km away
        {"actor": {"actor_id": "a-gna", "text": "حكومة الوفاق"}},  # another perpetrator
        {"location": LIBYA},  # the whole country is not the same spot
    ],
)
def test_different_events_stay_apart(change: dict[str, Any]) -> None:
    a, b = rec("s1"), rec("s2", **change)
    assert not same_event(a, b)
    assert len(cluster_events([a, b])) == 2


def test_same_article_never_merges_and_blocks_chains() -> None:
    a1, a2 = rec("s1", 1), rec("s1", 2, location=HUN)
    b = rec("s2")
    assert not same_event(a1, a2)
    groups = cluster_records([a1, a2, b])
    assert sorted(len(g) for g in groups) == [1, 2]
    # b joins the event of its own place (0 km) rather than the one 6 km away
    assert any({r["id"] for r in g} == {"s1-ev1", "s2-ev1"} for g in groups)


def test_talks_need_a_shared_actor_and_countries_need_one_too() -> None:
    talks = {"event_type": "CONSULT", "mode": None}
    a = rec("s1", **talks, actor={"actor_id": "a-salame"}, recipient=None)
    b = rec("s2", **talks, actor={"actor_id": "a-serraj"}, recipient=None)
    assert not same_event(a, b)
    c = rec("s3", **talks, actor={"actor_id": "a-salame"}, recipient=None)
    assert same_event(a, c)
    d, e = rec("s4", location=LIBYA), rec("s5", location=LIBYA)
    assert same_event(d, e)  # the same country and the same actors
    f = rec("s6", location=LIBYA, actor=None, recipient=None)
    assert not same_event(d, f)


COERCE = {"event_type": "COERCE", "acled_sub_event_type": None, "recipient": {"actor_id": "a-suspect"}}


@pytest.mark.parametrize(
    ("mode_a", "mode_b", "same"),
    [
        ("arrest", "arrest", True),  # two reports of one arrest
        ("arrest", None, False),  # the arrest and the verdict that follows it
        ("arrest", "blockade", False),  # a siege of the town is not the arrest in it
        ("seize", "arrest", False),
    ],
)
def test_coercion_of_another_mode_is_another_event(mode_a: str | None, mode_b: str | None, same: bool) -> None:
    a, b = rec("s1", **COERCE, mode=mode_a), rec("s2", **COERCE, mode=mode_b)
    assert same_event(a, b) is same


def test_a_visit_and_the_talks_it_holds_merge_across_modes() -> None:
    talks = {"event_type": "CONSULT", "acled_sub_event_type": None}
    assert same_event(rec("s1", **talks, mode="visit"), rec("s2", **talks, mode="meet"))


def test_records_without_a_date_stay_alone() -> None:
    assert len(cluster_events([rec("s1", event_date=None), rec("s2", event_date=None)])) == 2


def _doc(i: str, published: str | None, events: list[dict[str, Any]]) -> str:
    return json.dumps({"id": i, "text": "نص", "published": published, "source": "x", "url": None, "events": events})


def _event(eid: str) -> dict[str, Any]:
    return {
        "id": eid,
        "plover_type": "ASSAULT",
        "plover_mode": "aerial",
        "acled_event_type": "Explosions/Remote violence",
        "acled_sub_event_type": "Air/drone strike",
        "actor1": {"entity_id": "e1", "text": "قوات حفتر", "actor_id": "a-haftar"},
        "actor2": None,
        "location": {
            "entity_id": "e2",
            "text": "الجفرة",
            "lat": 29.1,
            "lon": 16.0,
            "country_code": "LY",
            "feature": "city",
        },
        "date": None,
        "fatalities": None,
        "modality": "asserted",
        "trigger": {"text": "قصف", "start": 0, "end": 3},
        "sentence": "قصف",
        "confidence": 0.9,
    }


def test_documents_of_analyze_are_read_and_dated_by_publication() -> None:
    lines = [_doc("d1", "2019-07-31", [_event("d1-ev1")]), "", _doc("d2", "2019-08-01", [_event("d2-ev1")])]
    recs = list(records_from_documents(lines))
    assert [r["event_date"] for r in recs] == ["2019-07-31", "2019-08-01"]
    assert len(cluster_events(recs)) == 1


def test_a_line_that_is_no_document_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"in\.jsonl:2"):
        list(records_from_documents([_doc("d1", None, []), '{"title": 1}'], "in.jsonl"))


def test_cli_cluster_events(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(
        "\n".join([_doc("d1", "2019-07-31", [_event("d1-ev1")]), _doc("d2", "2019-07-31", [_event("d2-ev1")])]),
        encoding="utf-8",
    )
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(cli, ["cluster-events", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [event] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert event["articles"] == 2 and event["acled_sub_event_type"] == "Air/drone strike"


def test_writer_event_clusters_format() -> None:
    import datetime as dt
    import io

    from marsad.export import DocumentWriter
    from marsad.model import Article, Document

    out = io.StringIO()
    with DocumentWriter(out, "event-clusters") as w:
        for i in range(3):
            published = dt.date(2019, 7, 31)
            w.write(Document(Article(f"d{i}", "نص", published=published), events=[_event(f"d{i}-ev1")]))
        assert out.getvalue() == ""  # written at the end, once every report is known
    [event] = [json.loads(x) for x in out.getvalue().splitlines()]
    assert event["articles"] == 3 and len(event["sources"]) == 3
