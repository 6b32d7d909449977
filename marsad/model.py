"""The data objects that flow from stage to stage.

One :class:`Document` carries an :class:`Article` through the pipeline; each stage adds to it. Every
span (token, mention, time expression, trigger) carries ``start``/``end`` character offsets into the
ORIGINAL article text (``article.text[start:end]`` is exactly the span's ``text``): normalisation is
only ever used for matching, never stored in place of the original.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("PER", "ORG", "LOC", "GPE", "FAC", "MISC")


@dataclass(slots=True)
class Article:
    """One input news article, as read by ingestion."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""
    """Where the record came from (``path`` or ``path:line``), for messages and provenance."""


@dataclass(slots=True)
class Rejection:
    """An input record that gave no article, with the reason why (never dropped silently)."""

    origin: str
    reason: str
    """One of :data:`marsad.errors.REJECTION_REASONS`."""
    detail: str


@dataclass(slots=True)
class Token:
    """A word or punctuation token with its clitic segmentation.

    ``start``/``end`` delimit the whole token in the original text; ``stem_start``/``stem_end`` delimit
    the part left after the proclitics (و ف ب ل ك س and the article ال) and the attached pronouns are
    set aside. ``prefix``, ``stem`` and ``suffix`` are the normalised forms of those three parts.
    """

    text: str
    start: int
    end: int
    norm: str
    prefix: str = ""
    stem: str = ""
    suffix: str = ""
    stem_start: int = -1
    stem_end: int = -1
    core: str = ""
    """The normalised word without its conjunction/preposition clitics but WITH the article ال:
    the form a name takes in a gazetteer (وبالجزائر → الجزائر)."""
    core_start: int = -1
    """Offset where ``core`` begins in the original text (the start of a name span)."""

    def __post_init__(self) -> None:
        if self.core_start < 0:
            self.core_start = self.start
        if not self.core:
            self.core = self.norm
        if self.stem_start < 0:
            self.stem_start = self.start
        if self.stem_end < 0:
            self.stem_end = self.end
        if not self.stem:
            self.stem = self.norm


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """A span of the original text that names an entity."""

    start: int
    end: int
    text: str
    label: str
    sentence: int = 0
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Entity:
    """One entity of a document with all its mentions."""

    id: str
    text: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    key: str = ""
    """The normalised matching key that merged the mentions."""
    actor_id: str | None = None
    """Stable actor id across documents (the actors stage)."""
    latin: str | None = None
    """The name in Latin script, as international wire services write it where known."""
    kind: str | None = None
    """Actor kind: person, state_forces, armed_group, government, party, international_org, media,
    company, civilians, place, other."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the actor's country, where the text or a curated list supports it."""
    affiliation: str | None = None
    """The actor this one belongs to or serves (its actor id or name), where supported."""
    evidence: list[str] = field(default_factory=list)
    """Why kind/country/affiliation/actor_id were given (rule or list entry and the text it used)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "type": self.type,
            "mentions": [m.to_dict() for m in self.mentions],
            "actor_id": self.actor_id,
            "latin": self.latin,
            "kind": self.kind,
            "country": self.country,
            "affiliation": self.affiliation,
            "evidence": list(self.evidence),
        }


@dataclass(slots=True)
class Place:
    """A geocoded place entity of a document."""

    entity_id: str
    name: str
    """The Arabic name as the gazetteer writes it."""
    latin: str | None
    lat: float | None
    lon: float | None
    country_code: str | None
    """ISO 3166-1 alpha-2."""
    feature: str
    """country, region, city, district, facility, border_crossing, natural or unknown."""
    geonames_id: int | None
    confidence: float
    mentions: list[Mention] = field(default_factory=list)
    source: str = ""
    """Which gazetteer entry resolved it (``geonames:ID``, ``country:XX``, ``curated:ROW``)."""
    capital: bool = False
    """A national capital: news uses it for the country's government («أنقرة», «واشنطن»)."""
    precision: str = "exact"
    """``exact``: the gazetteer's own coordinates; ``near``: a place the gazetteer does not know, given
    the coordinates of the place the text puts it in or near (ACLED geo-precision 2); ``country``:
    only its country is known; ``unknown``: not located."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity_id,
            "name": self.name,
            "latin": self.latin,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "feature": self.feature,
            "geonames_id": self.geonames_id,
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "precision": self.precision,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class TimeExpression:
    """A temporal expression of the text, resolved against the publication date where possible."""

    text: str
    start: int
    end: int
    value: str | None
    """ISO 8601: a day ``2019-07-31``, a month ``2019-07``, a year ``2019``, or an interval
    ``2019-07-21/2019-07-31``; ``None`` when it could not be resolved (see ``reason``)."""
    granularity: str
    """``day``, ``week``, ``month``, ``year``, ``interval`` or ``unknown``."""
    resolution: str
    """How the value was obtained: ``absolute`` (the text says it all), ``relative`` (against the
    publication date), ``hijri`` (converted from the Hijri calendar) or ``unresolved``."""
    reason: str | None = None
    """Why the value is ``None`` or uncertain, in words a user can act on."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "granularity": self.granularity,
            "resolution": self.resolution,
            "reason": self.reason,
        }


@dataclass(slots=True)
class Document:
    """An article and everything the pipeline found in it."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    focus: dict[str, Any] | None = None
    """The country (and place) the article is mostly about: ``{"country_code", "place", "latin"}``."""
    times: list[TimeExpression] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    def last_entity_number(self) -> int:
        """The highest n of the entity ids «eN» (0 when none): a stage that adds entities numbers them on."""
        return max((int(e.id[1:]) for e in self.entities if e.id[1:].isdigit()), default=0)

    def to_dict(self) -> dict[str, Any]:
        """The document as the JSON object described in ``docs/schema.md``."""
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "source": a.source,
            "url": a.url,
            "text": a.text,
            "entities": [e.to_dict() for e in self.entities],
            "places": [p.to_dict() for p in self.places],
            "focus": self.focus,
            "times": [t.to_dict() for t in self.times],
            "events": list(self.events),
            "relations": list(self.relations),
        }
