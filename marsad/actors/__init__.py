"""Actors: one entity per actor in a document, one actor id per actor across documents.

The stage :class:`ActorStage` runs after NER, the entity merge and the places stage:

1. :mod:`marsad.actors.within` merges the mentions of one actor in the document (titles stripped,
   surnames to full names, acronyms to long forms; possessives and relatives kept apart);
2. :class:`~marsad.actors.registry.ActorRegistry` gives every entity a stable ``actor_id``;
3. :mod:`marsad.actors.kinds` gives ``kind``, ``country`` and ``affiliation`` with their ``evidence``;
4. :mod:`marsad.actors.latin` gives ``latin``, the name in Latin script.
5. :mod:`marsad.actors.homeland` adds «بلاده» (his country) to the entity of the speaker's country.

The curated actor list is ``data/actors.tsv``; users extend it with ``[actors] extra_actors``.
"""

from __future__ import annotations

from marsad.actors.curated import KINDS, ActorList, CuratedActor, load_actor_list
from marsad.actors.homeland import homeland_mentions
from marsad.actors.kinds import kind_country, role_affiliation
from marsad.actors.latin import PersonRomanizer, gazetteer_latin, org_latin, romanize
from marsad.actors.names import NameKey, name_key
from marsad.actors.registry import ActorRecord, ActorRegistry
from marsad.actors.within import EntityInfo, merge_actors
from marsad.model import Document, Entity, Place
from marsad.settings import ActorSettings

__all__ = [
    "KINDS",
    "ActorList",
    "ActorRecord",
    "ActorRegistry",
    "ActorStage",
    "CuratedActor",
    "latin_name",
    "load_actor_list",
]

_PERSON = PersonRomanizer(use_model=False)
_PERSON_MODEL = PersonRomanizer(use_model=True)


def latin_name(arabic: str, type_: str, country: str | None = None, actors: ActorList | None = None) -> str:
    """The Latin name of an Arabic name of entity type ``type_`` (PER, ORG, LOC, MISC) outside a
    document: the curated list first, then the romanizer (persons), the organisation glossary or the
    rule-based romanisation. ``country`` is an ISO code hint for persons (Maghreb → French style)."""
    if actors is not None:
        cur = actors.lookup(name_key(arabic), type_)
        if cur is not None:
            return cur.latin
    if type_ == "PER":
        return _PERSON(arabic, country)
    if type_ in ("ORG", "MISC"):
        return org_latin(arabic)
    return gazetteer_latin(arabic) or romanize(arabic)


class ActorStage:
    """Pipeline stage ``actors``: merge, resolve and describe the actors of a document.

    Build once (the curated list and the romanizer load here) and call on each document; pass the
    same ``registry`` to several stages, or keep this one, to share actor ids over a stream.
    """

    name = "actors"

    def __init__(self, settings: ActorSettings | None = None, registry: ActorRegistry | None = None) -> None:
        s = settings or ActorSettings()
        self.actors = load_actor_list(s.extra_actors)
        if registry is None:
            registry = ActorRegistry(self.actors)
        elif not any(r.curated for r in registry.records.values()):
            registry.add_curated(self.actors)
        self.registry = registry
        self.person = _PERSON_MODEL if s.romanizer_model else _PERSON

    def __call__(self, doc: Document) -> Document:
        infos = merge_actors(doc, self.actors)
        # places of entities merged away (their mentions moved to the surviving entity) are dropped
        _follow_merges(doc)
        focus = (doc.focus or {}).get("country_code")
        self.person.prefetch(
            [
                (e.text if len(e.text.split()) >= len(k) else " ".join(k), e.country or focus)
                for e in doc.entities
                if e.type == "PER" and (k := tuple(e.key.split()) or name_key(e.text))
            ]
        )
        by_entity: dict[str, str] = {}
        for e in doc.entities:
            info = infos.get(e.id) or EntityInfo()
            self._describe(doc, e, info, focus)
            if e.actor_id:
                by_entity[e.id] = e.actor_id
        for e in doc.entities:
            if e.affiliation is not None:
                continue
            info = infos.get(e.id) or EntityInfo()
            self._affiliate(doc, e, info, by_entity)
        homeland_mentions(doc)  # after _describe: it reads the persons' countries
        return doc

    def _describe(self, doc: Document, e: Entity, info: EntityInfo, focus: str | None) -> None:
        kind, country, evidence = kind_country(e, info.curated, doc)
        if info.kind and info.curated is None:
            kind = info.kind
        country = country or info.country or e.country or None  # keep what the places stage found
        canonical: NameKey = tuple(e.key.split()) or name_key(e.text)
        keys = set(info.keys) or {canonical}
        place = next((p for p in doc.places if p.entity_id == e.id), None)
        if place is not None and place.precision == "exact" and place.source:
            # two spellings of one gazetteer place («اليمن», «الجمهورية اليمنية») are one actor
            keys.add((f"@{place.source}",))
        doc_countries = frozenset([p.country_code for p in doc.places if p.country_code] + ([focus] if focus else []))
        res = self.registry.resolve(
            e.type, keys, canonical, curated=info.curated, country=country, doc_countries=doc_countries
        )
        rec = res.record
        e.actor_id = res.actor_id
        if rec.curated:
            kind, country = rec.kind or kind, rec.country or country
            e.affiliation = rec.affiliation
        e.kind = kind
        e.country = country
        e.latin = rec.latin or self._latin(doc, e, canonical, country or focus)
        if rec.latin is None and e.type == "PER":
            rec.latin = e.latin  # one spelling per actor across documents
        if rec.kind is None:
            rec.kind = kind
        e.evidence = [res.evidence, *evidence, *info.evidence]

    def _latin(self, doc: Document, e: Entity, canonical: NameKey, country: str | None) -> str:
        if e.type == "PER":
            name = e.text if len(e.text.split()) >= len(canonical) else " ".join(canonical)
            return self.person(name, country)
        if e.type in ("LOC", "GPE", "FAC"):
            place = next((p for p in doc.places if p.entity_id == e.id), None)
            if place is not None and place.latin:
                return place.latin
            return gazetteer_latin(e.text) or romanize(e.text)
        if len(e.text.split()) == 1 and e.type in ("ORG", "MISC"):
            # a one-word organisation named after a place («ستوكهولم» for the Stockholm agreement):
            # the place's Latin name reads better than a romanisation
            place_latin = gazetteer_latin(e.text)
            if place_latin:
                return place_latin
        return org_latin(e.text)

    def _affiliate(self, doc: Document, e: Entity, info: EntityInfo, by_entity: dict[str, str]) -> None:
        if info.affiliated_to and info.affiliated_to in by_entity and info.affiliated_to != e.id:
            e.affiliation = by_entity[info.affiliated_to]
            return
        if info.affiliated_name:
            rec = self.registry.lookup("PER", info.affiliated_name)
            if rec is not None and rec.id != e.actor_id:
                e.affiliation = rec.id
                return
        org_id, why = role_affiliation(e, doc)
        if org_id and org_id in by_entity:
            e.affiliation = by_entity[org_id]
            e.evidence.append(why)


def _follow_merges(doc: Document) -> None:
    """Keep ``doc.places`` in step with entities merged by this stage.

    A place whose entity was merged into another follows its mentions to the surviving entity; two
    places that end up on one entity become one (the first keeps its geocode) unless the places stage
    had told them apart: a capital split from its country («وسط العاصمة تونس» beside «تونس» the
    country) keeps its own place and mentions. A place entity's first place lists all of the entity's
    mentions that no other of its places holds.
    """
    owner = {(m.start, m.end): e for e in doc.entities for m in e.mentions}
    by_entity: dict[str, list[Place]] = {}
    for p in doc.places:
        holders = [owner[(m.start, m.end)] for m in p.mentions if (m.start, m.end) in owner]
        if not holders:
            continue
        ent = holders[0]
        group = by_entity.setdefault(ent.id, [])
        if group and (p.capital == group[0].capital or any(q.source == p.source for q in group)):
            continue
        p.entity_id = ent.id
        group.append(p)
    entities = {e.id: e for e in doc.entities}
    kept: list[Place] = []
    for eid, group in by_entity.items():
        first, others = group[0], group[1:]
        held = {(m.start, m.end) for q in others for m in q.mentions}
        first.mentions = [m for m in entities[eid].mentions if (m.start, m.end) not in held]
        kept += group
    doc.places = sorted((p for p in kept if p.mentions), key=lambda p: p.mentions[0].start)
