"""What the parts of the event coder pass between them, and the keys they match words on.

A :class:`Candidate` is a possible actor, target or location of a sentence; an :class:`EventMention`
is one trigger occurrence with what the coder attached to it. :func:`token_keys` gives the matching
key of each token and :func:`name_spans` the entity mentions of a document in text order; both are
shared with :mod:`marsad.relations`, which finds its actors the way the event coder does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.events.lexicon import Trigger, strip_article
from marsad.model import Document, Entity, Place, Sentence, TimeExpression, Token
from marsad.text.normalize import normalize

FUNCTION_WORDS = frozenset(
    normalize(w) for w in "في لم لن لا قد إذا لو بين على ضد أن إن ما حال سوف ربما عدم دون غير".split()
)
"""Particles the tokenizer leaves glued to و/ف (وفي، ولم): their key drops the conjunction."""


STATEMENTS = frozenset(("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"))
"""PLOVER types of statements: their actor is a speaker, they are located only by a place before them."""

_KEYS: dict[str, str] = {}


def token_keys(tokens: list[Token]) -> list[str]:
    """The matching key of each token: its core without the article, conjunction off particles."""
    keys = []
    for t in tokens:
        key = _KEYS.get(t.core)
        if key is None:
            core = t.core
            if len(core) > 2 and core[0] in "وف" and core[1:] in FUNCTION_WORDS:
                core = core[1:]
            key = strip_article(core)
            if len(_KEYS) < 500_000:
                _KEYS[t.core] = key
        keys.append(key)
    return keys


@dataclass(slots=True)
class Candidate:
    """A possible actor, target or location of the sentence."""

    first: int
    """Index of its first token in the sentence."""
    last: int
    start: int
    end: int
    text: str
    entity: Entity | None
    place: Place | None
    after_prep: bool
    civilian: bool = False
    unknown_place: bool = False
    """A place the gazetteer does not know, named after في/ب and a place word («في مخيم درعا»)."""

    def ref(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "entity_id": self.entity.id if self.entity else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.entity is not None:
            out["actor_id"] = self.entity.actor_id
            out["latin"] = self.entity.latin
            out["kind"] = self.entity.kind
            out["country"] = self.entity.country
        return out


def unnamed(toks: list[Token], a: int, b: int) -> Candidate:
    """A candidate with no entity over tokens ``a``..``b`` of a sentence («9 أشخاص», «المئات من أبناء»): its
    text runs from the core of ``a`` (no clitic) to the end of ``b``."""
    text = toks[a].text[toks[a].core_start - toks[a].start :] + "".join(
        " " * (toks[j].start - toks[j - 1].end) + toks[j].text for j in range(a + 1, b + 1)
    )
    return Candidate(a, b, toks[a].core_start, toks[b].end, text, None, None, False)


@dataclass(slots=True)
class EventMention:
    """One trigger occurrence with what the coder attached to it."""

    sentence: Sentence
    first: int
    last: int
    entry: Trigger
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actor1: Candidate | None = None
    actor2: Candidate | None = None
    location: Candidate | None = None
    time: TimeExpression | None = None
    fatalities: int | None = None
    modality: str = "asserted"
    cues: list[str] = field(default_factory=list)
    whole: bool = False
    """The trigger is the whole first word, not its core (the tokenizer took a letter for a clitic)."""
    skip: int = 0
    """Characters of a clitic the tokenizer left on the first word («برصاص»): the trigger starts after them."""

    @property
    def start(self) -> int:
        tok = self.sentence.tokens[self.first]
        return tok.start if self.whole else tok.core_start + self.skip

    @property
    def end(self) -> int:
        return self.sentence.tokens[self.last].end


def name_spans(doc: Document) -> list[tuple[int, int, Entity]]:
    """The entity mentions of a document as ``(start, end, entity)`` in text order, the longest of
    overlapping mentions kept."""
    spans = sorted(((m.start, m.end, e) for e in doc.entities for m in e.mentions), key=lambda x: (x[0], -x[1]))
    out: list[tuple[int, int, Entity]] = []
    for s in spans:
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out
