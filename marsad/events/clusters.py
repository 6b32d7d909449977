"""One event reported by many articles becomes one record: cross-article event clustering.

A strike on an air base is reported the same day by a dozen papers; an event coder that keeps one
record per article repeats it a dozen times. Here the PLOVER records of many documents
(:func:`marsad.export.plover_records`) are grouped as ACLED groups its sources: two records are the
same event when

* they have the same PLOVER type and the same modality class (happened — asserted or reported —, or
  else the very same modality: a threat is never merged with the attack it threatens), and the same
  ACLED sub-event type when both have one (an air strike and a ground clash in one town the same
  day are two events, as ACLED codes them); for coercion also the same PLOVER mode (an arrest and
  the verdict that follows it are two events);
* their dates (day precision) are at most ``max_days`` apart;
* their places agree: two towns, districts or facilities at most ``max_km`` apart; a country or a
  region (the centre of a country says nothing about where in it) only the same one, and then only
  when the records also share an actor; two records without a place only when they name the same
  actor and the same recipient;
* their actors agree: when both name a source actor (by cross-document ``actor_id``), it is the same
  one or it is the other's recipient (papers swap who they name first); the same for recipients;
  and except for attacks, coercion and protests (whose perpetrators papers often leave unnamed), they
  share at least one actor;
* they come from different articles: a group never holds two events of one article (within an
  article :mod:`marsad.events.dedup` has decided they differ), which also stops chains of
  look-alike reports from joining distinct events.

Candidate pairs are compared only within a type, a modality class and a country, over a sliding
window of dates, closest places first; groups grow by union-find under the one-article rule. Each
group gives one record with its members' sources and evidence: the most frequent place, actors and
sub-types, the earliest date, and the fatalities ACLED would code — the lowest count a source
reports (its "most conservative estimate").

Hand-written: event deduplication over these fields is ACLED's coding rule, not something a
clustering library offers; the components of a sparse relation are a few lines of union-find.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from marsad.errors import InputError

HAPPENED = frozenset({"asserted", "reported"})
"""Modalities of events that took place; they cluster together."""

MAX_DAYS = 1
"""Most days between two reports of one event (papers date it to the day of the report or the eve)."""

MAX_KM = 10.0
"""Most kilometres between the places two reports give (a town and its outskirts). Chosen on the
development pairs: 25 km merged three more pairs, all of them distinct fights around one city."""

UNNAMED_ACTORS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
"""Types whose reports may merge without a shared actor (perpetrators and crowds often go unnamed)."""

DISTINCT_MODES = frozenset({"COERCE"})
"""Types whose records of different modes (or one without a mode) are different acts: an arrest, a
seizure, a ban and a court's act (a verdict, a trial, a deportation: COERCE with no mode) on one
person or place are successive events. Other types' modes are looser (a visit and the meeting it
holds are one consultation; reports call one fight an attack or a clash)."""

COARSE = frozenset({"country", "region"})
"""Place features too wide to say two reports happened at the same spot."""


def _day(rec: dict[str, Any]) -> dt.date | None:
    value = rec.get("event_date") or ""
    if len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Great-circle distance between two locations with ``lat``/``lon``."""
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _located(rec: dict[str, Any]) -> bool:
    loc = rec.get("location") or {}
    return loc.get("lat") is not None and loc.get("lon") is not None


def _actor(rec: dict[str, Any], role: str) -> str | None:
    ref = rec.get(role) or {}
    aid = ref.get("actor_id")
    return str(aid) if aid else None


def _modality_class(rec: dict[str, Any]) -> str:
    m = rec.get("modality") or ""
    return "happened" if m in HAPPENED else m


def _actors(rec: dict[str, Any]) -> set[str]:
    return {a for a in (_actor(rec, "actor"), _actor(rec, "recipient")) if a}


def distance(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """How far apart two records' places are, in km (0 for the same country or region); None when the
    places do not agree (see the module docstring)."""
    if not (_located(a) and _located(b)):
        return None
    la, lb = a["location"], b["location"]
    coarse_a, coarse_b = la.get("feature") in COARSE, lb.get("feature") in COARSE
    if coarse_a or coarse_b:
        same = coarse_a and coarse_b and la.get("text") == lb.get("text") and la.get("country") == lb.get("country")
        return 0.0 if same and _actors(a) & _actors(b) else None
    return _km(la, lb)


def same_event(a: dict[str, Any], b: dict[str, Any], max_days: int = MAX_DAYS, max_km: float = MAX_KM) -> bool:
    """Whether two PLOVER records (of different articles) report one event (see the module docstring)."""
    if a.get("story_id") == b.get("story_id") or a.get("event_type") != b.get("event_type"):
        return False
    if _modality_class(a) != _modality_class(b):
        return False
    da, db = _day(a), _day(b)
    if da is None or db is None or abs((da - db).days) > max_days:
        return False
    return _agree(a, b, max_km) is not None


def _agree(a: dict[str, Any], b: dict[str, Any], max_km: float) -> float | None:
    """The sub-type, actor and place tests of :func:`same_event`: None when they fail, else how far
    apart the two places are (``max_km`` for two records without a place), to rank the pair by."""
    sa, sb = a.get("acled_sub_event_type"), b.get("acled_sub_event_type")
    if sa and sb and sa != sb:
        return None
    if a.get("event_type") in DISTINCT_MODES and a.get("mode") != b.get("mode"):
        return None
    a1, a2, b1, b2 = _actor(a, "actor"), _actor(a, "recipient"), _actor(b, "actor"), _actor(b, "recipient")
    if a1 and b1 and a1 != b1 and a1 != b2 and b1 != a2:
        return None
    if a2 and b2 and a2 != b2 and a2 != b1 and b2 != a1:
        return None
    if a.get("event_type") not in UNNAMED_ACTORS and not _actors(a) & _actors(b):
        return None
    if _located(a) or _located(b):
        d = distance(a, b)
        return d if d is not None and d <= max_km else None
    return max_km if a1 and a2 and {a1, a2} == {b1, b2} else None


def cluster_records(
    records: Iterable[dict[str, Any]], max_days: int = MAX_DAYS, max_km: float = MAX_KM
) -> list[list[dict[str, Any]]]:
    """The PLOVER ``records`` grouped into events, each group in input order, groups by first member."""
    recs = list(records)
    parent = list(range(len(recs)))
    stories: list[set[Any]] = [{r.get("story_id")} for r in recs]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # compared only within a type, a modality class and a country (places 25 km apart across a border
    # are rare enough to give up), and within a sliding window of dates
    days = [_day(r) or dt.date.min for r in recs]
    blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(recs):
        if days[i] != dt.date.min:
            country = str((r.get("location") or {}).get("country") or "")
            blocks[(str(r.get("event_type")), _modality_class(r), country)].append(i)
    pairs: list[tuple[float, int, int]] = []
    for members in blocks.values():
        members.sort(key=days.__getitem__)
        for k, i in enumerate(members):
            for j in members[k + 1 :]:
                if (days[j] - days[i]).days > max_days:
                    break
                if recs[i].get("story_id") != recs[j].get("story_id"):
                    d = _agree(recs[i], recs[j], max_km)
                    if d is not None:
                        pairs.append((d, i, j))
    # closest pairs first, so that a report joins the group of the report nearest to it
    for _d, i, j in sorted(pairs):
        ri, rj = find(i), find(j)
        if ri != rj and not stories[ri] & stories[rj]:
            parent[rj] = ri
            stories[ri] |= stories[rj]
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i, r in enumerate(recs):
        groups[find(i)].append(r)  # a group is first met at its first member: groups come in that order
    return list(groups.values())


def _most_common(values: Sequence[Any]) -> Any:
    """The most frequent non-empty value (ties: the first seen), or None."""
    seen = [v for v in values if v not in (None, "", {})]
    if not seen:
        return None
    keys = [repr(v) for v in seen]
    counts = Counter(keys)
    best = max(range(len(seen)), key=lambda k: (counts[keys[k]], -k))
    return seen[best]


def _actor_choice(group: Sequence[dict[str, Any]], role: str) -> dict[str, Any] | None:
    """The role's actor most members name (by ``actor_id``, else by text), as one member gives it."""
    refs = [r.get(role) for r in group if r.get(role)]
    if not refs:
        return None
    key = _most_common([(x or {}).get("actor_id") or (x or {}).get("text") for x in refs])
    return next(x for x in refs if ((x or {}).get("actor_id") or (x or {}).get("text")) == key)


def merged_record(group: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One record for a group of PLOVER records of one event, with every source and its evidence."""
    ids = sorted(str(r["id"]) for r in group)
    days = sorted(d for r in group if (d := _day(r)) is not None)
    deaths = [int(r["fatalities"]) for r in group if r.get("fatalities")]
    stories = {r.get("story_id") for r in group}
    return {
        "id": "ev-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:12],
        "event_type": group[0].get("event_type"),
        "mode": _most_common([r.get("mode") for r in group]),
        "event_date": days[0].isoformat() if days else group[0].get("event_date"),
        "actor": _actor_choice(group, "actor"),
        "recipient": _actor_choice(group, "recipient"),
        "location": _most_common([r.get("location") for r in group]),
        "fatalities": min(deaths) if deaths else None,
        "fatalities_reported": sorted(set(deaths)),
        "modality": _most_common([r.get("modality") for r in group]),
        "acled_event_type": _most_common([r.get("acled_event_type") for r in group]),
        "acled_sub_event_type": _most_common([r.get("acled_sub_event_type") for r in group]),
        "articles": len(stories),
        "sources": [
            {
                "event_id": r["id"],
                "story_id": r.get("story_id"),
                "story_date": r.get("story_date"),
                "source": r.get("source"),
                "url": r.get("url"),
                "text": r.get("text"),
                "trigger": (r.get("trigger") or {}).get("text"),
            }
            for r in group
        ],
        "confidence": max((r.get("confidence") or 0.0) for r in group),
    }


def cluster_events(
    records: Iterable[dict[str, Any]], max_days: int = MAX_DAYS, max_km: float = MAX_KM
) -> list[dict[str, Any]]:
    """The merged records of the events the PLOVER ``records`` report (one per event)."""
    return [merged_record(g) for g in cluster_records(records, max_days, max_km)]


def records_from_documents(lines: Iterable[str], origin: str = "input") -> Iterator[dict[str, Any]]:
    """The PLOVER records of the documents in JSON Lines that ``marsad analyze --format jsonl`` wrote.

    A line that is not such a document raises :class:`marsad.errors.InputError` naming it.
    """
    from marsad.export import plover_records
    from marsad.model import Article, Document

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
            article = Article(
                str(d["id"]), d.get("text") or "", d.get("title"), published, d.get("source"), d.get("url")
            )
            events = list(d.get("events") or [])
            yield from plover_records(Document(article, events=events))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(
                f"{origin}:{n}: not a document of 'marsad analyze --format jsonl' ({type(exc).__name__}: {exc})"
            ) from None


__all__ = [
    "HAPPENED",
    "MAX_DAYS",
    "MAX_KM",
    "cluster_events",
    "cluster_records",
    "merged_record",
    "records_from_documents",
    "same_event",
]
