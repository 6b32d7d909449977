"""Named-entity recognition: the tagging stage and the within-document merge of mentions.

The tagger labels tokens as the training corpus does (whole space-delimited words). A mention's span
then drops the conjunction/preposition clitics glued to its first word (وبنغازي → بنغازي, لحفتر →
حفتر) but keeps the article ال, which belongs to the name (الجزائر).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Protocol

from marsad.model import Document, Entity, Mention, Token
from marsad.ner.consistency import propagate
from marsad.ner.crf import load_tagger
from marsad.ner.evaluate import spans
from marsad.ner.places_in_spans import split_places
from marsad.settings import NerSettings
from marsad.text.normalize import normalize

__all__ = ["BACKENDS", "NerStage", "Tagger", "load_backend", "merge_entities"]


class Tagger(Protocol):
    """What a NER backend offers: BIO tags (PER, ORG, LOC, MISC) for token sequences."""

    def tag(self, tokens: Sequence[Token]) -> list[str]: ...

    def tag_many(self, sentences: Sequence[Sequence[Token]]) -> list[list[str]]: ...


BACKENDS = ("crf", "neural")


def load_backend(backend: str, model: str | None = None) -> Tagger:
    """The tagger of a backend (loaded once per process): ``crf`` (feature CRF) or ``neural``."""
    if backend == "crf":
        return load_tagger(model)
    if backend == "neural":
        from marsad.ner.neural import load_neural_tagger

        return load_neural_tagger(model)
    from marsad.errors import ConfigError

    raise ConfigError(f"unknown NER backend {backend!r}; choose one of: {', '.join(BACKENDS)}")


class NerStage:
    """Pipeline stage: tag every sentence and record the mentions on the document."""

    name = "ner"

    def __init__(self, settings: NerSettings | None = None) -> None:
        s = settings or NerSettings()
        self.tagger: Tagger = load_backend(s.backend, s.model)
        self.consistency = s.consistency

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        indexed = [(si, sent.tokens) for si, sent in enumerate(doc.sentences) if sent.tokens]
        # one call per document: the neural backend batches the sentences
        all_tags = self.tagger.tag_many([toks for _, toks in indexed])
        if self.consistency:
            all_tags = propagate([[t.norm for t in toks] for _, toks in indexed], all_tags)
        for (si, toks), tags in zip(indexed, all_tags, strict=True):
            for a, b, typ in sorted(split_places(text, toks, spans(tags))):
                first, last = toks[a], toks[b - 1]
                start = first.core_start
                end = last.end
                if end <= start or not any(ch.isalnum() for ch in text[start:end]):
                    continue  # a span of punctuation only («؟» tagged as a name) names nothing
                doc.mentions.append(Mention(start, end, text[start:end], typ, si))
        return doc


def mention_key(m: Mention) -> str:
    """The matching key of a mention: normalised, with inner whitespace folded."""
    return " ".join(normalize(m.text).split())


def merge_entities(doc: Document) -> Document:
    """Pipeline stage: mentions of the same name and type become one entity.

    Only exact repetition (after normalisation) merges here; surname-to-full-name and cross-document
    identity are the actors stage's work. The canonical text is the most frequent spelling, ties going
    to the first seen.
    """
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in doc.mentions:
        groups[(m.label, mention_key(m))].append(m)
    entities: list[Entity] = []
    ordered = sorted(groups.items(), key=lambda kv: kv[1][0].start)
    for n, ((label, key), mentions) in enumerate(ordered, 1):
        counts = Counter(m.text for m in mentions)
        best = max(counts, key=lambda t: (counts[t], -next(m.start for m in mentions if m.text == t)))
        entities.append(Entity(f"e{n}", best, label, sorted(mentions, key=lambda m: m.start), key))
    doc.entities = entities
    return doc
