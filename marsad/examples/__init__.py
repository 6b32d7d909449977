"""The bundled example articles that ``marsad demo`` runs on (written for the project, Apache-2.0).

The plain-text articles get their publication date and outlet from ``published.tsv`` beside them;
``articles.jsonl`` carries its own metadata.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from marsad.ingest import read_inputs
from marsad.model import Article, Rejection

HERE = Path(__file__).parent


def example_paths() -> list[Path]:
    """The example article files, in a stable order."""
    return sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".jsonl"))


def _metadata() -> dict[str, tuple[dt.date | None, str | None]]:
    meta: dict[str, tuple[dt.date | None, str | None]] = {}
    path = HERE / "published.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] in ("file", "filename"):
            continue
        published = dt.date.fromisoformat(cols[1]) if len(cols) > 1 and cols[1] else None
        meta[cols[0]] = (published, cols[2] if len(cols) > 2 and cols[2] else None)
    return meta


def example_records() -> Iterator[Article | Rejection]:
    """The example articles as ingestion records, with their dates and outlets."""
    meta = _metadata()
    for path in example_paths():
        published, source = meta.get(path.name, (None, None))
        for record in read_inputs([path], default_published=published):
            if isinstance(record, Article) and source and not record.source:
                record.source = source
            yield record
