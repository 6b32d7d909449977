"""Writing analysed documents: pretty JSON, JSON Lines, GeoJSON, ACLED-style CSV, PLOVER JSON Lines, and
the actor network as GraphML or GEXF (networkx)."""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from types import TracebackType
from typing import Any, TextIO

from marsad.errors import InputError
from marsad.model import Document

FORMATS = ("json", "jsonl", "geojson", "acled-csv", "plover-jsonl", "event-clusters", "graphml", "gexf")

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    "marsad_event_id", "article_id", "url", "modality", "confidence", "actor1_arabic", "actor2_arabic",
    "location_arabic", "trigger_arabic",
)  # fmt: skip
"""ACLED's export columns (codebook 2023) in their order, then marsad's own (evidence and provenance)."""

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
INTER = {
    "state_forces": 1, "government": 1, "armed_group": 3, "party": 4, "civilians": 7, "international_org": 8,
    "media": 8, "company": 8,
}  # fmt: skip
"""ACLED interaction codes by actor kind: 1 state forces, 2 rebels, 3 militias, 4 identity militias,
5 rioters, 6 protesters, 7 civilians, 8 external/other forces (a party's own members are coded 4 here
only for want of a better code; ACLED codes them by what they do)."""
GEO_PRECISION = {"city": 1, "facility": 1, "border_crossing": 1, "district": 2, "region": 2, "natural": 2}


def _geo_precision(loc: dict[str, Any] | None) -> int:
    """ACLED geo-precision: 1 the place itself, 2 a district or region, or a place known only by the one
    it lies near (``precision`` ``near``), 3 no coordinates."""
    if not loc or loc.get("lat") is None:
        return 3
    if loc.get("precision") == "near":
        return 2
    return GEO_PRECISION.get(str(loc.get("feature")), 1)


ACLED_MODALITIES = ("asserted", "reported")
"""ACLED records what happened: threatened, planned, possible, denied and hypothetical events are left out."""


@lru_cache(maxsize=256)
def _country(code: str | None) -> tuple[str, str]:
    """(numeric ISO code, English name) of an alpha-2 code."""
    if not code:
        return "", ""
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    return (str(int(c.numeric)), c.name) if c else ("", "")


def _actor_name(ref: dict[str, Any] | None) -> str:
    if not ref:
        return ""
    return str(ref.get("latin") or ref.get("text") or "")


def _inter(ref: dict[str, Any] | None, event_type: str) -> int | None:
    if not ref:
        return None
    if event_type == "Protests":
        return 6
    if event_type == "Riots":
        return 5
    kind = ref.get("kind")
    return INTER.get(kind) if kind else None


def acled_rows(doc: Document) -> list[dict[str, Any]]:
    """One ACLED-style row per event that ACLED would record (an ACLED type and a modality of
    :data:`ACLED_MODALITIES`)."""
    rows = []
    a = doc.article
    for ev in doc.events:
        if not ev.get("acled_event_type") or ev.get("modality") not in ACLED_MODALITIES:
            continue
        loc = ev.get("location") or {}
        code = loc.get("country_code") or (doc.focus or {}).get("country_code")
        iso, country = _country(code)
        date = ev.get("date") or ""
        precision = 1 if len(date) == 10 else 2 if date else 0
        if len(date) != 10:
            date = a.published.isoformat() if a.published else ""
            precision = max(precision, 2) if date else 0
        i1 = _inter(ev.get("actor1"), ev["acled_event_type"])
        i2 = _inter(ev.get("actor2"), ev["acled_event_type"])
        codes = sorted(c for c in (i1, i2) if c)
        rows.append(
            {
                "event_id_cnty": ev["id"],
                "event_date": date,
                "year": date[:4],
                "time_precision": precision or "",
                "disorder_type": DISORDER.get(ev["acled_event_type"], ""),
                "event_type": ev["acled_event_type"],
                "sub_event_type": ev.get("acled_sub_event_type") or "",
                "actor1": _actor_name(ev.get("actor1")),
                "assoc_actor_1": "",
                "inter1": i1 or "",
                "actor2": _actor_name(ev.get("actor2")),
                "assoc_actor_2": "",
                "inter2": i2 or "",
                "interaction": "".join(str(c) for c in codes) if codes else "",
                "civilian_targeting": "Civilian targeting"
                if ev["acled_event_type"] == "Violence against civilians"
                else "",
                "iso": iso,
                "region": "",
                "country": country,
                "admin1": "",
                "admin2": "",
                "admin3": "",
                "location": loc.get("latin") or loc.get("text") or "",
                "latitude": loc.get("lat") if loc.get("lat") is not None else "",
                "longitude": loc.get("lon") if loc.get("lon") is not None else "",
                "geo_precision": _geo_precision(loc),
                "source": a.source or "",
                "source_scale": "",
                "notes": ev.get("sentence", ""),
                "fatalities": ev.get("fatalities") or 0,
                "tags": "",
                "timestamp": "",
                "marsad_event_id": ev["id"],
                "article_id": a.id,
                "url": a.url or "",
                "modality": ev["modality"],
                "confidence": ev.get("confidence", ""),
                "actor1_arabic": (ev.get("actor1") or {}).get("text", ""),
                "actor2_arabic": (ev.get("actor2") or {}).get("text", ""),
                "location_arabic": loc.get("text", ""),
                "trigger_arabic": ev["trigger"]["text"],
            }
        )
    return rows


def _plover_actor(ref: dict[str, Any] | None) -> dict[str, Any] | None:
    if not ref:
        return None
    return {
        "name": ref.get("latin") or ref.get("text"),
        "text": ref.get("text"),
        "entity_id": ref.get("entity_id"),
        "actor_id": ref.get("actor_id"),
        "country": ref.get("country"),
        "type": ref.get("kind"),
    }


def plover_records(doc: Document) -> list[dict[str, Any]]:
    """One PLOVER event record per event (every modality; ``modality`` says which)."""
    a = doc.article
    out = []
    for ev in doc.events:
        loc = ev.get("location")
        out.append(
            {
                "id": ev["id"],
                "event_date": ev.get("date") or (a.published.isoformat() if a.published else None),
                "event_date_source": "text" if ev.get("date") else "publication",
                "event_type": ev["plover_type"],
                "mode": ev.get("plover_mode"),
                "context": [],
                "actor": _plover_actor(ev.get("actor1")),
                "recipient": _plover_actor(ev.get("actor2")),
                "location": {
                    "name": loc.get("latin") or loc.get("text"),
                    "text": loc.get("text"),
                    "country": loc.get("country_code"),
                    "lat": loc.get("lat"),
                    "lon": loc.get("lon"),
                    "feature": loc.get("feature"),
                }
                if loc
                else None,
                "fatalities": ev.get("fatalities"),
                "modality": ev["modality"],
                "acled_event_type": ev.get("acled_event_type"),
                "acled_sub_event_type": ev.get("acled_sub_event_type"),
                "text": ev.get("sentence"),
                "trigger": ev["trigger"],
                "story_id": a.id,
                "story_date": a.published.isoformat() if a.published else None,
                "source": a.source,
                "url": a.url,
                "language": "ar",
                "confidence": ev.get("confidence"),
            }
        )
    return out


class GeoJsonCollector:
    """Gathers the places of many documents into one GeoJSON FeatureCollection.

    One Feature per gazetteer place (all its mentions across the documents counted together);
    places without coordinates are left out and counted in the collection's ``unlocated`` member.
    """

    def __init__(self) -> None:
        self.features: dict[str, dict[str, Any]] = {}
        self.unlocated = 0

    def add(self, doc: Document) -> None:
        for p in doc.places:
            if p.lat is None or p.lon is None:
                self.unlocated += 1
                continue
            # places placed near another («near:…») share its source but are places of their own
            key = p.source if p.source and p.precision == "exact" else f"{p.name}|{p.lat}|{p.lon}"
            feat = self.features.get(key)
            if feat is None:
                feat = {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                    "properties": {
                        "name": p.name,
                        "latin": p.latin,
                        "country_code": p.country_code,
                        "feature": p.feature,
                        "geonames_id": p.geonames_id,
                        "gazetteer_id": p.source,
                        "precision": p.precision,
                        "mentions": 0,
                        "documents": [],
                    },
                }
                self.features[key] = feat
            props = feat["properties"]
            props["mentions"] += len(p.mentions)
            if doc.article.id not in props["documents"]:
                props["documents"].append(doc.article.id)

    def collection(self) -> dict[str, Any]:
        feats = sorted(
            self.features.values(), key=lambda f: (-f["properties"]["mentions"], f["properties"]["gazetteer_id"])
        )
        return {"type": "FeatureCollection", "features": feats, "unlocated": self.unlocated}


class NetworkCollector:
    """The actor network of many documents: actors as nodes, relations as weighted, dated edges.

    A node is an actor with a stable ``actor_id`` (the actors stage); a relation end that is only a
    descriptor («القوات») names no actor and is counted in the graph's ``unresolved_ends`` attribute.
    One edge per (source, target, type): ``weight`` is the number of relation mentions, with the count
    per modality, the first and last publication dates, the number of documents and up to three
    evidence sentences.
    """

    def __init__(self) -> None:
        import networkx as nx

        self.graph = nx.MultiDiGraph(name="marsad actor network")
        self.graph.graph["unresolved_ends"] = 0
        self._edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def _node(self, doc: Document, ref: dict[str, Any]) -> str | None:
        actor = ref.get("actor_id")
        if not actor:
            return None
        if actor not in self.graph:
            ent = next((e for e in doc.entities if e.id == ref.get("entity_id")), None)
            self.graph.add_node(
                actor,
                label=ent.text if ent else ref.get("text", ""),
                latin=(ent.latin if ent else ref.get("latin")) or "",
                kind=(ent.kind if ent else ref.get("kind")) or "",
                country=(ent.country if ent else ref.get("country")) or "",
                type=ent.type if ent else "",
            )
        return str(actor)

    def add(self, doc: Document) -> None:
        date = doc.article.published.isoformat() if doc.article.published else ""
        for rel in doc.relations:
            src, tgt = self._node(doc, rel["source"]), self._node(doc, rel["target"])
            if src is None or tgt is None:
                self.graph.graph["unresolved_ends"] += 1
                continue
            key = (src, tgt, rel["type"])
            edge = self._edges.get(key)
            if edge is None:
                edge = {
                    "relation": rel["type"], "subtype": rel.get("subtype") or "", "directed": rel["directed"],
                    "weight": 0, "first_date": date, "last_date": date, "documents": set(), "evidence": [],
                    **{f"n_{m}": 0 for m in ("asserted", "reported", "denied", "ended", "unconfirmed", "hypothetical")},
                }  # fmt: skip
                self._edges[key] = edge
            edge["weight"] += 1
            edge[f"n_{rel['modality']}"] += 1
            edge["documents"].add(doc.article.id)
            if date:
                edge["first_date"] = min(filter(None, (edge["first_date"], date)))
                edge["last_date"] = max(edge["last_date"], date)
            if len(edge["evidence"]) < 3:
                edge["evidence"].append(rel["sentence"])

    def serialise(self, fmt: str) -> str:
        import io

        import networkx as nx

        g = self.graph.copy()
        for (src, tgt, rtype), e in sorted(self._edges.items()):
            attrs = {**e, "documents": len(e["documents"]), "evidence": " ‖ ".join(e["evidence"])}
            g.add_edge(src, tgt, key=rtype, **attrs)
        buf = io.BytesIO()
        if fmt == "graphml":
            nx.write_graphml(g, buf)
            return buf.getvalue().decode("utf-8")
        nx.write_gexf(g, buf)
        # networkx stamps today's date: dropped so that the same input always gives the same file
        return re.sub(r' lastmodifieddate="[^"]*"', "", buf.getvalue().decode("utf-8"), count=1)


class DocumentWriter:
    """Streams documents to a text file.

    ``json``: one pretty object when the run gives exactly one document, else a pretty array (written
    as documents arrive, so a long run is not held in memory). ``jsonl``: one compact object per line,
    flushed per document, so an interrupted run keeps every document written so far. ``geojson``: one
    FeatureCollection of the places of all documents, written at the end. ``acled-csv``: one row per
    event ACLED would record (:func:`acled_rows`), flushed per document. ``plover-jsonl``: one PLOVER
    event record per line (:func:`plover_records`). ``event-clusters``: one record per event of all the
    documents, reports of one event in several articles merged (:mod:`marsad.events.clusters`), written
    at the end as JSON Lines. ``graphml`` / ``gexf``: the actor network of all documents
    (:class:`NetworkCollector`), written at the end.
    """

    def __init__(self, out: TextIO, fmt: str = "json") -> None:
        if fmt not in FORMATS:
            raise InputError(f"output format {fmt!r} is not known; choose one of: {', '.join(FORMATS)}")
        self.out = out
        self.fmt = fmt
        self.count = 0
        self._held: Document | None = None
        self._geo = GeoJsonCollector() if fmt == "geojson" else None
        self._net = NetworkCollector() if fmt in ("graphml", "gexf") else None
        self._events: list[dict[str, Any]] | None = [] if fmt == "event-clusters" else None
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "acled-csv":
            self._csv = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
            self._csv.writeheader()

    def write(self, doc: Document) -> None:
        if self._geo is not None:
            self._geo.add(doc)
        elif self._net is not None:
            self._net.add(doc)
        elif self._events is not None:
            self._events.extend(plover_records(doc))
        elif self._csv is not None:
            self._csv.writerows(acled_rows(doc))
            self.out.flush()
        elif self.fmt == "plover-jsonl":
            for rec in plover_records(doc):
                self.out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            self.out.flush()
        elif self.fmt == "jsonl":
            self.out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            self.out.flush()
        elif self.count == 0:
            self._held = doc
        else:
            if self._held is not None:
                self.out.write("[\n" + _indent(self._held))
                self._held = None
            self.out.write(",\n" + _indent(doc))
        self.count += 1

    def close(self) -> None:
        if self._geo is not None:
            self.out.write(json.dumps(self._geo.collection(), ensure_ascii=False, indent=1) + "\n")
        elif self._net is not None:
            self.out.write(self._net.serialise(self.fmt))
        elif self._events is not None:
            from marsad.events.clusters import cluster_events

            for rec in cluster_events(self._events):
                self.out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            if self._held is not None and self.count == 1:
                self.out.write(json.dumps(self._held.to_dict(), ensure_ascii=False, indent=2) + "\n")
            elif self.count > 1:
                self.out.write("\n]\n")
            elif self.count == 0:
                self.out.write("[]\n")
        self.out.flush()

    def __enter__(self) -> DocumentWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _indent(doc: Document) -> str:
    text = json.dumps(doc.to_dict(), ensure_ascii=False, indent=2)
    return "\n".join("  " + line for line in text.splitlines())
