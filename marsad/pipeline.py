"""The ordered pipeline: an explicit list of stages, each taking a Document and returning it enriched.

Stages (in order):

1. ``text``  — sentence splitting and clitic-aware tokenisation (:mod:`marsad.text`);
2. ``ner``   — named-entity mentions (:mod:`marsad.ner`);
3. ``merge`` — mentions of one name become one entity;
4. ``places`` — place entities geocoded with the document as context, and the document's focus
   (:mod:`marsad.geo`);
5. ``actors`` — mentions of one actor merged (titles, surnames, acronyms), a stable actor id across
   the documents of a run, Latin names, kind, country and affiliation (:mod:`marsad.actors`);
6. ``dates`` — temporal expressions resolved against the publication date (:mod:`marsad.dates`);
7. ``events`` — PLOVER/ACLED-coded events with actor, target, place, date, fatalities and modality
   (:mod:`marsad.events`);
8. ``relations`` — who stands with whom (alliance, support, opposition, membership, leadership,
   loyalty, family, location, negotiation) with evidence and modality (:mod:`marsad.relations`).

A stage that raises is reported as :class:`~marsad.errors.StageError` naming the stage and the
document, so that the caller can record the document as rejected and go on with the next one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from marsad.actors import ActorStage
from marsad.dates import find_times
from marsad.errors import ConfigError, MarsadError, StageError
from marsad.events import EventStage
from marsad.geo import PlaceStage
from marsad.model import Article, Document, Sentence
from marsad.ner import NerStage, merge_entities
from marsad.relations import RelationStage
from marsad.settings import Settings
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

Stage = Callable[[Document], Document]

STAGES = ("text", "ner", "merge", "places", "actors", "dates", "events", "relations")
"""The stage names, in pipeline order."""


def segment_text(doc: Document) -> Document:
    """Stage ``text``: sentences and tokens with offsets into the original text."""
    text = doc.text
    doc.sentences = [Sentence(s, e, tokenize(text, s, e)) for s, e in split_sentences(text)]
    return doc


def find_dates(doc: Document) -> Document:
    """Stage ``dates``: temporal expressions, resolved against ``article.published``."""
    doc.times = find_times(doc.text, doc.article.published)
    return doc


@dataclass(slots=True)
class NamedStage:
    name: str
    run: Stage


class Pipeline:
    """The stages in order; build once (models load here), then call on each article."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        skip = set(self.settings.pipeline.skip)
        unknown = skip - set(STAGES)
        if unknown:
            raise ConfigError(
                f"[pipeline] skip names unknown stages {sorted(unknown)}; the stages are {', '.join(STAGES)}"
            )
        if skip & {"text", "ner"}:
            raise ConfigError("[pipeline] skip cannot leave out 'text' or 'ner': every other stage needs them")
        builders: dict[str, Callable[[], Stage]] = {
            "text": lambda: segment_text,
            "ner": lambda: NerStage(self.settings.ner),
            "merge": lambda: merge_entities,
            "places": lambda: PlaceStage(self.settings.geo),
            "actors": lambda: ActorStage(self.settings.actors),
            "dates": lambda: find_dates,
            "events": lambda: EventStage(self.settings.events),
            "relations": lambda: RelationStage(),
        }
        self.stages: list[NamedStage] = [NamedStage(name, builders[name]()) for name in STAGES if name not in skip]

    def __call__(self, article: Article) -> Document:
        doc = Document(article)
        for stage in self.stages:
            try:
                doc = stage.run(doc)
            except MarsadError:
                raise
            except Exception as exc:  # a bug in a stage must not stop a run of thousands of articles
                raise StageError(stage.name, article.id, f"{type(exc).__name__}: {exc}") from exc
        return doc

    def run(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            yield self(article)


def analyze_text(text: str, *, published: str | None = None, settings: Settings | None = None) -> Document:
    """Convenience: run the pipeline on one text (``published`` as ``YYYY-MM-DD``)."""
    import datetime as dt
    import hashlib

    pub = dt.date.fromisoformat(published) if published else None
    art = Article(hashlib.sha1(text.encode("utf-8")).hexdigest()[:16], text, published=pub)
    return Pipeline(settings)(art)
