"""The pipeline: stage order, sentence/token offsets, stage errors naming the stage."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.errors import StageError
from marsad.model import Article, Document
from marsad.pipeline import NamedStage, Pipeline, analyze_text


def test_stage_order(pipeline: Pipeline) -> None:
    assert [s.name for s in pipeline.stages] == [
        "text",
        "ner",
        "merge",
        "places",
        "actors",
        "dates",
        "events",
        "relations",
    ]


def test_sentences_and_tokens_point_into_the_text(pipeline: Pipeline) -> None:
    text = "أعلنت الحكومة أمس. وقال الوزير إن «الوضع مستقر» في مصراتة!\nعنوان بلا نقطة"
    doc = pipeline(Article("p1", text, published=dt.date(2020, 1, 2)))
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "أعلنت الحكومة أمس.",
        "وقال الوزير إن «الوضع مستقر» في مصراتة!",
        "عنوان بلا نقطة",
    ]
    for s in doc.sentences:
        for t in s.tokens:
            assert text[t.start : t.end] == t.text and s.start <= t.start < t.end <= s.end
    assert [(t.text, t.value) for t in doc.times] == [("أمس", "2020-01-01")]


def test_a_failing_stage_names_itself(pipeline: Pipeline) -> None:
    def broken(doc: Document) -> Document:
        raise ValueError("boom")

    p = Pipeline.__new__(Pipeline)
    p.settings = pipeline.settings
    p.stages = [*pipeline.stages[:1], NamedStage("broken", broken)]
    with pytest.raises(StageError, match="stage 'broken' failed on document 'x1': ValueError: boom"):
        p(Article("x1", "نص عربي قصير"))


def test_analyze_text_without_published_leaves_relative_dates_unresolved() -> None:
    doc = analyze_text("وصل الوفد أمس إلى الجزائر.")
    (t,) = doc.times
    assert t.value is None and t.resolution == "unresolved" and "published" in (t.reason or "")


def test_stages_can_be_skipped() -> None:
    from marsad.settings import PipelineSettings, Settings

    p = Pipeline(Settings(pipeline=PipelineSettings(skip=["actors", "dates"])))
    assert [s.name for s in p.stages] == ["text", "ner", "merge", "places", "events", "relations"]
    doc = p(Article("s", "وصل الوفد أمس إلى طرابلس."))
    assert doc.times == [] and all(e.actor_id is None for e in doc.entities)


@pytest.mark.parametrize(
    ("skip", "message"),
    [
        (["nope"], r"\[pipeline\] skip names unknown stages \['nope'\]; the stages are text, ner, merge"),
        (["ner"], r"\[pipeline\] skip cannot leave out 'text' or 'ner'"),
    ],
)
def test_bad_skip(skip: list[str], message: str) -> None:
    from marsad.errors import ConfigError
    from marsad.settings import PipelineSettings, Settings

    with pytest.raises(ConfigError, match=message):
        Pipeline(Settings(pipeline=PipelineSettings(skip=skip)))
