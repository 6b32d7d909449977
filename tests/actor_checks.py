"""Helpers shared by the actors tests: the pipeline up to the actor stage, and documents built by hand."""

from __future__ import annotations

from typing import Any

from marsad.actors import ActorStage
from marsad.actors.names import name_key
from marsad.model import Article, Document, Entity, Mention


def run(pipeline: Any, stage: ActorStage, text: str) -> Document:
    """The pipeline's stages before ``actors``, then the given actor stage (with its own registry)."""
    doc = Document(Article("t", text))
    for st in pipeline.stages:
        if st.name == "actors":
            break
        doc = st.run(doc)
    return stage(doc)


def hand_doc(text: str, spans: list[tuple[str, str]]) -> Document:
    """A document with one entity per (surface, type), the first occurrence of each surface."""
    from marsad.pipeline import segment_text

    doc = Document(Article("h", text))
    segment_text(doc)
    for n, (surface, typ) in enumerate(spans, 1):
        s = text.index(surface)
        m = Mention(s, s + len(surface), surface, typ)
        doc.mentions.append(m)
        doc.entities.append(Entity(f"e{n}", surface, typ, [m], " ".join(name_key(surface))))
    return doc
