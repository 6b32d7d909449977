"""Loading the hand-annotated development sets of bench/dev/ with the texts they point to.

Records about SaudiNewsNet articles carry ``file`` (the daily zip) and ``url``; their offsets point
into the article's ``content``. Records about ANT multi-source articles (2018: Al Arabiya, BBC, CNN,
France 24, Sky News Arabic) carry ``"corpus": "ant_multisource"`` and ``ant_id`` (the article's
``id``); their offsets point into its ``text``. Both are read here from ../shared/data (the articles
are never copied into the repository). Records about sentences written for the project carry
``doc``, the id of a sentence stored in a ``written_*.jsonl`` file beside them.
"""

from __future__ import annotations

import datetime as dt
import json
import lzma
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from _common import REPO, corpus

if TYPE_CHECKING:
    from marsad.pipeline import Pipeline

DEV = REPO / "bench" / "dev"


@dataclass
class DevDoc:
    key: str
    text: str
    published: dt.date | None
    split: str
    corpus: str
    gold: list[dict[str, Any]] = field(default_factory=list)


@lru_cache(maxsize=8)
def _zip_articles(name: str) -> dict[str, dict[str, Any]]:
    path = corpus("saudinewsnet_sample", name)
    with zipfile.ZipFile(path) as z:
        member = next(n for n in z.namelist() if n.endswith(".json"))
        return {a["url"]: a for a in json.loads(z.read(member))}


@lru_cache(maxsize=1)
def _ant_articles() -> dict[str, dict[str, Any]]:
    with lzma.open(corpus("ant_multisource", "ant_multisource.jsonl.xz"), "rt", encoding="utf-8") as fh:
        return {a["id"]: a for a in map(json.loads, fh)}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load(records_file: str, written_file: str, span: str | None = None) -> list[DevDoc]:
    """Documents of a development set, each with its gold records, checked against the texts.

    ``span`` names the member of a record holding its span (``trigger`` for events); by default the
    record itself has ``start``/``end``/``text``.
    """
    written = {r["id"]: r for r in read_jsonl(DEV / written_file)}
    docs: dict[str, DevDoc] = {}
    for rec in read_jsonl(DEV / records_file):
        if rec.get("corpus") == "written" or "doc" in rec:
            w = written[rec["doc"]]
            key = rec["doc"]
            if key not in docs:
                pub = w.get("published")
                docs[key] = DevDoc(key, w["text"], dt.date.fromisoformat(pub) if pub else None, w["split"], "written")
        elif rec.get("corpus") == "ant_multisource":
            key = f"ant|{rec['ant_id']}"
            if key not in docs:
                art = _ant_articles()[rec["ant_id"]]
                pub = rec.get("published") or art["published"]
                docs[key] = DevDoc(key, art["text"], dt.date.fromisoformat(pub), rec["split"], "ant_multisource")
        else:
            key = f"{rec['file']}|{rec['url']}"
            if key not in docs:
                art = _zip_articles(rec["file"])[rec["url"]]
                pub = rec.get("published") or art["date_extracted"][:10]
                docs[key] = DevDoc(key, art["content"], dt.date.fromisoformat(pub), rec["split"], "saudinewsnet")
        doc = docs[key]
        sp = rec[span] if span else rec
        if doc.text[sp["start"] : sp["end"]] != sp["text"]:
            raise SystemExit(f"{records_file} {rec['id']}: offsets do not match the text; fix the record")
        doc.gold.append(rec)
    return list(docs.values())


def by_split(docs: list[DevDoc]) -> dict[str, list[DevDoc]]:
    out: dict[str, list[DevDoc]] = defaultdict(list)
    for d in docs:
        out[d.split].append(d)
    return out


def record_bound(argv: list[str], flag: str, prefix: str) -> int | None:
    """The number N of ``flag PREFIXN`` on the command line (``--from p-900`` → 900), or None without the flag."""
    if flag not in argv:
        return None
    k = argv.index(flag)
    if k + 1 >= len(argv) or not argv[k + 1].startswith(prefix) or not argv[k + 1][len(prefix) :].isdigit():
        raise SystemExit(f"{flag} needs a record id such as {prefix}900")
    return int(argv[k + 1][len(prefix) :])


def pipeline_from_argv(argv: list[str]) -> Pipeline:
    """A pipeline with the settings' defaults, or the NER backend that ``--backend crf|neural`` names."""
    from marsad.pipeline import Pipeline
    from marsad.settings import Settings

    if "--backend" not in argv:
        return Pipeline()
    k = argv.index("--backend")
    if k + 1 >= len(argv) or argv[k + 1] not in ("crf", "neural"):
        raise SystemExit("--backend needs crf or neural")
    return Pipeline(Settings.from_dict({"ner": {"backend": argv[k + 1]}}))
