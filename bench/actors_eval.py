"""Actors: within- and cross-document clustering (B-cubed) and Latin-name accuracy.

Run:  python bench/actors_eval.py [--split dev|test|all]

Gold: ``bench/dev/actors.jsonl`` (one record per mention with a global ``cluster``; see
``bench/dev/README-actors.md``) over SaudiNewsNet articles read from
``../shared/data/saudinewsnet_sample/<file>`` (matched by url; offsets into ``content``), and
``bench/dev/latin_names.tsv`` (wire-service spellings).

Method: the real pipeline (``marsad.pipeline.Pipeline``, whose ``actors`` stage keeps one registry), one
registry per split, on each gold article. Predicted mentions are aligned to gold mentions by exact span,
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
import json
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


def load_articles(files: set[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """``{(file, url): record}`` of the SaudiNewsNet sample files named by the gold set."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
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


def evaluate_split(
    split: str, records: list[dict[str, Any]], articles: dict[tuple[str, str], dict[str, Any]], backend: str = ""
) -> None:
    from marsad.model import Article
    from marsad.pipeline import Pipeline
    from marsad.settings import Settings

    settings = Settings.from_dict({"ner": {"backend": backend}}) if backend else Settings()
    pipeline = Pipeline(settings)  # a new pipeline per split: a fresh actor registry
    by_doc: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by_doc[(r["file"], r["url"])].append(r)
    within_p = within_r = within_n = 0.0
    cross_gold: dict[str, str] = {}
    cross_pred: dict[str, str] = {}
    found = 0
    t0 = time.perf_counter()
    for (fname, url), gold in sorted(by_doc.items()):
        rec = articles.get((fname, url))
        if rec is None:
            print(f"  missing article {fname} {url}", file=sys.stderr)
            continue
        doc = pipeline(Article(url, rec["content"]))
        mentions = [(m.start, m.end, e.id, e.actor_id or e.id) for e in doc.entities for m in e.mentions]
        aligned = align(gold, mentions)
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
    print(f"== split {split}: {len(by_doc)} articles, {n} gold mentions ({time.perf_counter() - t0:.1f} s)")
    print(f"  mention detection recall   {found / (n or 1):.3f} ({found}/{n})")
    print(f"  within-document B-cubed    P {wp:.3f}  R {wr:.3f}  F1 {wf:.3f}")
    print(f"  cross-document B-cubed     P {cp:.3f}  R {cr:.3f}  F1 {cf:.3f}")


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all", help="which gold split (default: both)")
    ap.add_argument("--backend", default="", help="NER backend (crf or neural; default: the settings' default)")
    args = ap.parse_args()
    if GOLD.exists():
        records = [json.loads(ln) for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
        records = [r for r in records if "file" in r and "url" in r]
        articles = load_articles({r["file"] for r in records})
        for split in ("dev", "test"):
            if args.split in (split, "all"):
                evaluate_split(split, [r for r in records if r["split"] == split], articles, args.backend)
    else:
        print(f"{GOLD} not found: skipping the clustering figures")
    if LATIN.exists():
        evaluate_latin()
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
