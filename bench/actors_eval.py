"""Actors: within- and cross-document clustering (B-cubed) and Latin-name accuracy.

Run:  python bench/actors_eval.py [--split dev|test|all]
      python bench/actors_eval.py --split dev --from-id 1079   (only the articles annotated from a-1079 on)
      python bench/actors_eval.py --split dev --errors         (dev errors only; never on test)

Gold: ``bench/dev/actors.jsonl`` (one record per mention with a global ``cluster``; see
``bench/dev/README-actors.md``) over SaudiNewsNet articles read from
``../shared/data/saudinewsnet_sample/<file>`` (matched by url; offsets into ``content``) and ANT
multi-source articles read from ``../shared/data/ant_multisource/ant_multisource.jsonl.xz`` (records
with ``"corpus": "ant_multisource"`` and ``ant_id``; offsets into ``text``), and
``bench/dev/latin_names.tsv`` (wire-service spellings).

Method: the real pipeline up to ``actors`` (``marsad.pipeline.Pipeline``; its ``actors`` stage keeps one
registry), one registry per split, on each gold article. Predicted mentions are aligned to gold mentions by exact span,
else by the largest overlap. B-cubed is computed over the GOLD mentions; a gold mention with no aligned
prediction counts as a singleton predicted cluster. Within-document: clusters are restricted to each
article (predicted cluster = entity id); cross-document: predicted cluster = ``actor_id`` over all the
split's mentions. Mention detection recall = aligned gold mentions / gold mentions.

Latin: for each row, marsad's Latin name of the Arabic name and type; score = normalised Levenshtein
similarity (rapidfuzz) on lower-case ASCII-folded strings without hyphens/apostrophes and a leading
al-/el-, best over the reference and alternates; reported is the share of rows scoring ≥ 0.85.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import lzma
import re
import sys
import time
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
GOLD = REPO / "bench" / "dev" / "actors.jsonl"
LATIN = REPO / "bench" / "dev" / "latin_names.tsv"


def doc_key(record: dict[str, Any]) -> tuple[str, str]:
    """The article a gold record points to: ``(file, url)``, or ``("ant", id)`` for an ANT article."""
    if record.get("corpus") == "ant_multisource":
        return ("ant", record["ant_id"])
    return (record["file"], record["url"])


def load_articles(
    files: set[str], ant_ids: set[str] | frozenset[str] = frozenset()
) -> dict[tuple[str, str], dict[str, Any]]:
    """``{doc_key: record}`` of the SaudiNewsNet sample files and ANT articles named by the gold set.

    Every record carries ``content`` (an ANT article's ``text``) and ``published``.
    """
    out: dict[tuple[str, str], dict[str, Any]] = {}
    if ant_ids:
        path = SHARED / "ant_multisource" / "ant_multisource.jsonl.xz"
        if not path.exists():
            raise SystemExit(f"corpus {path} not found: put the shared data beside the checkout")
        with lzma.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in ant_ids:
                    out[("ant", rec["id"])] = {**rec, "content": rec["text"]}
    for name in sorted(files):
        path = SHARED / "saudinewsnet_sample" / name
        if not path.exists():
            raise SystemExit(f"corpus {path} not found: put the shared data beside the checkout")
        with zipfile.ZipFile(path) as z:
            for member in z.namelist():
                if not member.endswith(".json"):
                    continue
                for rec in json.loads(z.read(member).decode("utf-8")):
                    out[(name, rec.get("url", ""))] = rec
    return out


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over the items of ``gold`` (item → cluster)."""
    gc: dict[str, set[str]] = defaultdict(set)
    pc: dict[str, set[str]] = defaultdict(set)
    for item, c in gold.items():
        gc[c].add(item)
        pc[pred[item]].add(item)
    p = r = 0.0
    for item in gold:
        g, q = gc[gold[item]], pc[pred[item]]
        inter = len(g & q)
        p += inter / len(q)
        r += inter / len(g)
    n = len(gold) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def align(gold: list[dict[str, Any]], mentions: list[tuple[int, int, str, str]]) -> dict[str, tuple[str, str]]:
    """Gold mention id → (entity id, actor id) of the aligned predicted mention."""
    out: dict[str, tuple[str, str]] = {}
    exact = {(s, e): (eid, aid) for s, e, eid, aid in mentions}
    for g in gold:
        hit = exact.get((g["start"], g["end"]))
        if hit is None:
            best = 0
            for s, e, eid, aid in mentions:
                ov = min(e, g["end"]) - max(s, g["start"])
                if ov > best:
                    best, hit = ov, (eid, aid)
        if hit is not None:
            out[g["id"]] = hit
    return out


def print_errors(rec: dict[str, Any], gold: list[dict[str, Any]], aligned: dict[str, tuple[str, str]]) -> None:
    """Missed gold mentions and the gold clusters the prediction splits, of one DEV article."""
    print(f"-- {rec.get('url') or rec.get('id')}")
    text = rec["content"]
    for g in gold:
        if g["id"] not in aligned:
            ctx = text[max(0, g["start"] - 25) : g["end"] + 25].replace("\n", " ")
            print(f"   MISS {g['type']} {g['text']!r} [{g['cluster']}]  …{ctx}…")
    by_cluster: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        if g["id"] in aligned:
            by_cluster[g["cluster"]].add(aligned[g["id"]][0])
    by_entity: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        if g["id"] in aligned:
            by_entity[aligned[g["id"]][0]].add(g["cluster"])
    for c, ents in sorted(by_cluster.items()):
        if len(ents) > 1:
            texts = sorted({g["text"] for g in gold if g["cluster"] == c and g["id"] in aligned})
            print(f"   SPLIT {c}: {len(ents)} entities  {texts}")
    for e, clusters in sorted(by_entity.items()):
        if len(clusters) > 1:
            texts = sorted({g["text"] for g in gold if g["id"] in aligned and aligned[g["id"]][0] == e})
            print(f"   MERGE {sorted(clusters)}  {texts}")


def evaluate_split(
    split: str,
    records: list[dict[str, Any]],
    articles: dict[tuple[str, str], dict[str, Any]],
    backend: str = "",
    errors: bool = False,
    quiet: bool = False,
) -> dict[str, float]:
    """Score one split; returns ``within_f1``, ``cross_f1`` and ``mention_recall`` (and prints them)."""
    from marsad.model import Article
    from marsad.pipeline import Pipeline
    from marsad.settings import Settings

    # the stages after ``actors`` do not change entities: they are left out
    conf: dict[str, Any] = {"pipeline": {"skip": ["dates", "events", "relations"]}}
    if backend:
        conf["ner"] = {"backend": backend}
    pipeline = Pipeline(Settings.from_dict(conf))  # a new pipeline per split: a fresh actor registry
    by_doc: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by_doc[doc_key(r)].append(r)
    within_p = within_r = within_n = 0.0
    cross_gold: dict[str, str] = {}
    cross_pred: dict[str, str] = {}
    found = 0
    t0 = time.perf_counter()
    for key, gold in sorted(by_doc.items()):
        rec = articles.get(key)
        if rec is None:
            print(f"  missing article {key[0]} {key[1]}", file=sys.stderr)
            continue
        pub = rec.get("published") or (rec.get("date_extracted") or "")[:10]
        published = dt.date.fromisoformat(pub) if pub else None
        doc = pipeline(Article(key[1], rec["content"], published=published))
        mentions = [(m.start, m.end, e.id, e.actor_id or e.id) for e in doc.entities for m in e.mentions]
        aligned = align(gold, mentions)
        if errors and split == "dev":
            print_errors(rec, gold, aligned)
        found += len(aligned)
        g = {x["id"]: x["cluster"] for x in gold}
        p = {k: aligned[k][0] if k in aligned else f"single:{k}" for k in g}
        bp, br, _ = bcubed(g, p)
        within_p += bp * len(g)
        within_r += br * len(g)
        within_n += len(g)
        cross_gold.update(g)
        cross_pred.update({k: aligned[k][1] if k in aligned else f"single:{k}" for k in g})
    wp, wr = within_p / (within_n or 1), within_r / (within_n or 1)
    wf = 2 * wp * wr / (wp + wr) if wp + wr else 0.0
    cp, cr, cf = bcubed(cross_gold, cross_pred)
    n = len(cross_gold)
    figures = {"within_f1": wf, "cross_f1": cf, "mention_recall": found / (n or 1)}
    if quiet:
        return figures
    print(f"== split {split}: {len(by_doc)} articles, {n} gold mentions ({time.perf_counter() - t0:.1f} s)")
    print(f"  mention detection recall   {found / (n or 1):.3f} ({found}/{n})")
    print(f"  within-document B-cubed    P {wp:.3f}  R {wr:.3f}  F1 {wf:.3f}")
    print(f"  cross-document B-cubed     P {cp:.3f}  R {cr:.3f}  F1 {cf:.3f}")
    return figures


def fold(text: str) -> str:
    """Lower-case ASCII without hyphens/apostrophes and without a leading al-/el- (the scoring form)."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"^(al|el)[- ]", "", t.strip())
    return re.sub(r"[-'`’ʼ]", "", t).strip()


def evaluate_latin() -> None:
    from marsad.actors import latin_name, load_actor_list
    from marsad.actors.names import name_key

    actors = load_actor_list()
    lines = [ln for ln in LATIN.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]
    region_country = {"maghreb": "TN", "egypt_sudan": "EG", "levant": "SY", "iraq": "IQ", "gulf_yemen": "SA"}
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        refs = [r["reference"], *[a for a in (r.get("alternates") or "").split("|") if a]]
        cur = actors.lookup(name_key(r["arabic"]))
        country = cur.country if cur is not None else region_country.get(r.get("region", ""))
        got = latin_name(r["arabic"], r["type"], country, actors)
        score = max(Levenshtein.normalized_similarity(fold(got), fold(ref)) for ref in refs)
        per_type[r["type"]][1] += 1
        per_type[r["type"]][0] += score >= 0.85
    total = [sum(v[0] for v in per_type.values()), sum(v[1] for v in per_type.values())]
    print(f"== Latin names: {total[1]} rows of {LATIN.name}")
    for t, (ok, n) in sorted(per_type.items()):
        print(f"  {t:4s} {ok / n:6.1%} within 0.85 ({ok}/{n})")
    print(f"  all  {total[0] / (total[1] or 1):6.1%} within 0.85 ({total[0]}/{total[1]})")


def read_gold() -> list[dict[str, Any]]:
    """The gold mention records that point to an article (SaudiNewsNet or ANT)."""
    records = [json.loads(ln) for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return [r for r in records if ("file" in r and "url" in r) or r.get("corpus") == "ant_multisource"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all", help="which gold split (default: both)")
    ap.add_argument("--backend", default="", help="NER backend (crf or neural; default: the settings' default)")
    ap.add_argument(
        "--from-id", type=int, default=0, help="only the articles whose gold ids are a-N with N ≥ this (a new batch)"
    )
    ap.add_argument("--errors", action="store_true", help="print missed mentions, split and merged clusters (dev only)")
    args = ap.parse_args()
    if GOLD.exists():
        records = read_gold()
        if args.from_id:
            keep = {doc_key(r) for r in records if int(r["id"].split("-")[1]) >= args.from_id}
            records = [r for r in records if doc_key(r) in keep]
        articles = load_articles(
            {r["file"] for r in records if "file" in r}, {r["ant_id"] for r in records if "ant_id" in r}
        )
        for split in ("dev", "test"):
            if args.split in (split, "all"):
                part = [r for r in records if r["split"] == split]
                evaluate_split(split, part, articles, args.backend, args.errors)
    else:
        print(f"{GOLD} not found: skipping the clustering figures")
    if LATIN.exists():
        evaluate_latin()
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
