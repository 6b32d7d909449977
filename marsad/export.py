"""Writing analysed documents: pretty JSON, JSON Lines and GeoJSON."""

from __future__ import annotations

import json
from types import TracebackType
from typing import Any, TextIO

from marsad.errors import InputError
from marsad.model import Document

FORMATS = ("json", "jsonl", "geojson")


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
            key = p.source or f"{p.name}|{p.lat}|{p.lon}"
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


class DocumentWriter:
    """Streams documents to a text file.

    ``json``: one pretty object when the run gives exactly one document, else a pretty array (written
    as documents arrive, so a long run is not held in memory). ``jsonl``: one compact object per line,
    flushed per document, so an interrupted run keeps every document written so far. ``geojson``: one
    FeatureCollection of the places of all documents, written at the end.
    """

    def __init__(self, out: TextIO, fmt: str = "json") -> None:
        if fmt not in FORMATS:
            raise InputError(f"output format {fmt!r} is not known; choose one of: {', '.join(FORMATS)}")
        self.out = out
        self.fmt = fmt
        self.count = 0
        self._held: Document | None = None
        self._geo = GeoJsonCollector() if fmt == "geojson" else None

    def write(self, doc: Document) -> None:
        if self._geo is not None:
            self._geo.add(doc)
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
