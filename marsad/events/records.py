"""The event records of an article: its event mentions merged into events, each written as a dict.

Two mentions of one article are one event when they have the same PLOVER type, the same modality class
(asserted or reported, else the same modality), compatible ACLED types, arguments (each either unset
or the same entity; a count of the dead tells nothing apart) and dates. The record takes each argument
from the first mention that has it and the highest toll of its mentions as its fatalities; each mention
stays listed with its trigger, sentence and cues as evidence.
"""

from __future__ import annotations

from typing import Any

from marsad.events.casualties import count_word
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate, EventMention
from marsad.model import Document, TimeExpression
from marsad.text.normalize import normalize

ASSERTED_GROUP = ("asserted", "reported")
GENERIC_SUBTYPES = (None, "Armed clash", "Attack")
"""ACLED sub-event types a generic trigger defaults to («هجوم», «اعتداء»): a mention with one may be
the same event as a more specific mention («القذيفة» … «الهجوم»), which then codes the event."""


def event_records(doc: Document, mentions: list[EventMention]) -> list[dict[str, Any]]:
    """The events of ``doc`` from its mentions in text order, numbered ``<article id>-ev1``, ``-ev2`` …"""
    groups: list[list[EventMention]] = []
    for m in mentions:
        for g in groups:
            if _same_event(g[0], m):
                g.append(m)
                break
        else:
            groups.append([m])
    out = []
    for n, g in enumerate(groups, 1):
        out.append(_event_dict(doc, f"{doc.article.id}-ev{n}", g))
    return out


def _ent(c: Candidate | None) -> str | None:
    if c is None:
        return None
    return c.entity.id if c.entity else normalize(c.text)


def _counted(c: Candidate) -> bool:
    """A count of people with no name («12 شخصا», «المئات من أبناء»): one mention's toll, no side that tells
    two events apart («قتل 12 شخصا في غارة» … «ارتفعت حصيلة الغارة إلى 15 قتيلا»)."""
    if c.entity is not None:
        return False
    head = strip_article(normalize(c.text).split()[0]) if c.text.strip() else ""
    return count_word(head)


def _same_event(a: EventMention, b: EventMention) -> bool:
    """Two mentions of one article describe one event: same type, modality class, compatible
    arguments (each either unset or the same entity) and dates."""
    if a.entry.plover_type != b.entry.plover_type:
        return False
    if (a.modality in ASSERTED_GROUP) != (b.modality in ASSERTED_GROUP) or (
        a.modality not in ASSERTED_GROUP and a.modality != b.modality
    ):
        return False
    if a.acled_event_type and b.acled_event_type and a.acled_event_type != b.acled_event_type:
        return False
    sa, sb = a.acled_sub_event_type, b.acled_sub_event_type
    if sa not in GENERIC_SUBTYPES and sb not in GENERIC_SUBTYPES and sa != sb:
        return False  # an air strike and a suicide bombing, an abduction and a killing: two events
    for x, y in ((a.location, b.location), (a.actor1, b.actor1), (a.actor2, b.actor2)):
        if x is not None and y is not None and _ent(x) != _ent(y) and not (_counted(x) or _counted(y)):
            return False
    ta = a.time.value if a.time else None
    tb = b.time.value if b.time else None
    return not (ta and tb and ta != tb)


def _first(group: list[EventMention], attr: str) -> Any:
    for m in group:
        v = getattr(m, attr)
        if v is not None:
            return v
    return None


def _event_dict(doc: Document, event_id: str, group: list[EventMention]) -> dict[str, Any]:
    head = group[0]
    # the weapon of a more specific mention codes the event («القذيفة» … «الهجوم»); a takeover of
    # territory does not recode the fighting it is merged with
    coded = next(
        (m for m in group if m.acled_sub_event_type not in GENERIC_SUBTYPES and m.acled_event_type != "Battles"), head
    )
    text = doc.text
    actor1: Candidate | None = _first(group, "actor1")
    actor2: Candidate | None = _first(group, "actor2")
    loc: Candidate | None = _first(group, "location")
    time: TimeExpression | None = _first(group, "time")
    tolls = [m.fatalities for m in group if m.fatalities is not None]
    location = None
    if loc is not None:
        p = loc.place
        location = {
            "entity_id": loc.entity.id if loc.entity else None,
            "text": loc.text,
            "start": loc.start,
            "end": loc.end,
            "name": p.name if p else None,
            "latin": p.latin if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "country_code": p.country_code if p else None,
            "feature": p.feature if p else None,
            "precision": p.precision if p else "unknown",
        }
    found = sum(x is not None for x in (actor1, actor2, loc, time))
    confidence = min(0.95, 0.5 + 0.1 * found + (0.05 if head.entry.needs is None else 0.0) + 0.05 * (len(group) > 1))
    modes = [m.plover_mode for m in [coded, *group] if m.plover_mode]
    return {
        "id": event_id,
        "plover_type": head.entry.plover_type,
        "plover_mode": modes[0] if modes else None,
        "acled_event_type": coded.acled_event_type,
        "acled_sub_event_type": coded.acled_sub_event_type,
        "actor1": actor1.ref() if actor1 else None,
        "actor2": actor2.ref() if actor2 else None,
        "location": location,
        "date": time.value if time else None,
        "date_text": {"text": time.text, "start": time.start, "end": time.end} if time else None,
        "fatalities": max(tolls) if tolls else None,
        "modality": head.modality,
        "trigger": {"text": text[head.start : head.end], "start": head.start, "end": head.end},
        "sentence": text[head.sentence.start : head.sentence.end],
        "confidence": round(confidence, 2),
        "mentions": [
            {
                "trigger": {"text": text[m.start : m.end], "start": m.start, "end": m.end},
                "sentence": {"start": m.sentence.start, "end": m.sentence.end},
                "modality": m.modality,
                "actor1": m.actor1.ref() if m.actor1 else None,
                "actor2": m.actor2.ref() if m.actor2 else None,
                "location": m.location.ref() if m.location else None,
                "cues": list(m.cues),
            }
            for m in group
        ],
        "evidence": head.entry.source,
    }
