"""The relations stage: cue patterns, list members, modality, and the actor network export."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest

from marsad.export import DocumentWriter
from marsad.model import Article, Document
from marsad.relations import RELATION_TYPES, load_relation_lexicon
from marsad.schema import validation_errors


def run(pipeline: Any, text: str, doc_id: str = "r") -> Document:
    doc = pipeline(Article(doc_id, text, published=dt.date(2020, 6, 8)))
    assert validation_errors(doc.to_dict()) == []
    for rel in doc.relations:
        for end in ("source", "target"):
            ref = rel[end]
            assert doc.text[ref["start"] : ref["end"]] == ref["text"]
        ev = rel["evidence"]
        assert doc.text[ev["start"] : ev["end"]] == ev["text"]
    return doc


def triples(doc: Document) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"]["text"], r["target"]["text"]) for r in doc.relations}


def test_cue_table_loads_with_known_types() -> None:
    lex = load_relation_lexicon()
    assert {c.type for cues in lex.cues.values() for c in cues} <= set(RELATION_TYPES)
    assert set(lex.modality.values()) <= {"ended", "unconfirmed", "hypothetical"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تسيطر القوات الموالية لحكومة الوفاق على المدينة.", ("loyal_to", "القوات", "حكومة الوفاق")),
        (
            "أعلن المجلس العسكري مصراتة تحالفه مع سرايا الدفاع عن بنغازي.",
            ("ally", "المجلس العسكري مصراتة", "سرايا الدفاع عن بنغازي"),
        ),
        (
            "منح مجلس النواب الثقة لحكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة.",
            ("leads", "عبد الحميد الدبيبة", "حكومة الوحدة الوطنية"),
        ),
        ("وصل الدعم التركي للسراج إلى مستوى غير مسبوق.", ("support", "التركي", "السراج")),
        (  # a cue with an attached pronoun: «وحليفهم»
            "تكبد الانقلابيون الحوثيون وحليفهم المخلوع علي عبدالله صالح خسائر فادحة.",
            ("ally", "الحوثيون", "علي عبدالله صالح"),
        ),
    ],
)
def test_patterns(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    doc = run(pipeline, text)
    rtype, src, tgt = expected
    assert any(t == rtype and (src in s or s in src) and (tgt in g or g in tgt) for t, s, g in triples(doc)), triples(
        doc
    )


def test_a_list_gives_one_relation_per_member(pipeline: Any) -> None:
    doc = run(pipeline, "وتساند الحكومة المدعومة من حركة الشعب والتيار الديمقراطي خطة الإصلاح.")
    sources = {r["source"]["text"] for r in doc.relations if r["type"] == "support"}
    assert "حركة الشعب" in sources
    assert any("التيار الديمقراطي".startswith(s) for s in sources), sources  # the head noun at least


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("نفت أنقرة تقديم أسلحة لقوات الوفاق.", "denied"),
        ("قرر حزب قلب تونس عدم التحالف مع حركة النهضة.", "denied"),
        ("سحب مجلس شورى النهضة دعمه لحكومة الفخفاخ.", "ended"),
        ("لم يتأكد بعد دعم السودان لقوات حفتر.", "unconfirmed"),
    ],
)
def test_denied_ended_or_unconfirmed_is_never_current(pipeline: Any, text: str, modality: str) -> None:
    doc = run(pipeline, text)
    assert doc.relations, "the relation itself must be found"
    for rel in doc.relations:
        assert rel["modality"] not in ("asserted", "reported"), rel
    assert any(r["modality"] == modality for r in doc.relations), [r["modality"] for r in doc.relations]


def test_double_negation_is_support(pipeline: Any) -> None:
    doc = run(pipeline, "أكد دبلوماسيون أن مصر التي أعلنت عدم تخليها عن حفتر تدرس خيارات جديدة.")
    (rel,) = [r for r in doc.relations if r["type"] == "support"]
    assert rel["source"]["text"] == "مصر" and rel["target"]["text"] == "حفتر"
    assert rel["modality"] in ("asserted", "reported")


def test_network_export_reads_back_with_networkx(pipeline: Any) -> None:
    import networkx as nx

    docs = [
        run(pipeline, "تسيطر القوات الموالية لحكومة الوفاق على المدينة، وتتهم الإمارات بدعم قوات حفتر.", "a"),
        run(pipeline, "وصل الدعم التركي للسراج إلى مستوى غير مسبوق بعد لقاء بين فائز السراج وخليفة حفتر.", "b"),
    ]
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = io.StringIO()
        with DocumentWriter(out, fmt) as w:
            for d in docs:
                w.write(d)
        graph = reader(io.BytesIO(out.getvalue().encode("utf-8")))
        with_actor = [
            r for d in docs for r in d.relations if r["source"].get("actor_id") and r["target"].get("actor_id")
        ]
        assert graph.number_of_edges() == len(
            {(r["source"]["actor_id"], r["target"]["actor_id"], r["type"]) for r in with_actor}
        )
        for _, _, data in graph.edges(data=True):
            assert data["weight"] >= 1 and data["relation"] in RELATION_TYPES


def test_network_export_is_the_same_on_every_run(pipeline: Any) -> None:
    doc = run(pipeline, "تسيطر القوات الموالية لحكومة الوفاق على المدينة.")
    outputs = []
    for _ in range(2):
        out = io.StringIO()
        with DocumentWriter(out, "gexf") as w:
            w.write(doc)
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1] and "lastmodifieddate" not in outputs[0]


def test_no_actor_is_related_to_itself_in_a_real_article(pipeline) -> None:  # type: ignore[no-untyped-def]
    """An article where «المقاتلين الموالين …» once gave «جبهة النصرة» loyal to itself."""
    import json
    import zipfile

    from conftest import shared

    from marsad.model import Article
    from marsad.text.normalize import normalize

    with zipfile.ZipFile(shared("saudinewsnet_sample", "2015-08-03.zip")) as z:
        member = next(n for n in z.namelist() if n.endswith(".json"))
        article = next(a for a in json.loads(z.read(member)) if a["url"] == "http://www.alriyadh.com/1070038")
    doc = pipeline(Article("a", article["content"]))
    assert doc.relations
    for r in doc.relations:
        assert normalize(r["source"]["text"]) != normalize(r["target"]["text"]), r
