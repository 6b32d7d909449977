"""Relations: detection accuracy on the hand-annotated set bench/dev/relations.jsonl.

Run:  python bench/relations_eval.py [--errors] [--from rel-N] [--to rel-N]

``--from rel-N`` scores only the articles whose first record is numbered N or above (an annotation batch,
to measure it before any rule is written for it); ``--to rel-N`` only the articles whose first record is
numbered below N, and the written sentences (the set as it stood before a batch was added).

Runs the whole pipeline on each annotated article (SaudiNewsNet and ANT multi-source 2018, read from
../shared/data) or written sentence; the parts are reported per corpus. A predicted relation is right when
it has the gold type and both ends overlap the gold ends (in either order for an undirected relation),
one-to-one; precision, recall and F1 (the issue's figure). On the right ones: modality right. Both parts
are reported: ``dev`` (used while writing the cue table) and ``test`` (never used for tuning).
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from _devsets import DevDoc, by_split, load, pipeline_from_argv, record_bound

from marsad.model import Article
from marsad.pipeline import Pipeline


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def same(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if pred["type"] != gold["type"]:
        return False
    if overlaps(pred["source"], gold["source"]) and overlaps(pred["target"], gold["target"]):
        return True
    undirected = not gold["directed"] or not pred["directed"]
    return undirected and overlaps(pred["source"], gold["target"]) and overlaps(pred["target"], gold["source"])


def score(pipeline: Pipeline, docs: list[DevDoc], show: bool) -> Counter[str]:
    c: Counter[str] = Counter()
    for d in docs:
        doc = pipeline(Article(d.key, d.text, published=d.published))
        preds = doc.relations
        c["pred"] += len(preds)
        used: set[int] = set()
        for g in d.gold:
            c["gold"] += 1
            hit = next((k for k, p in enumerate(preds) if k not in used and same(p, g)), None)
            if hit is None:
                if show:
                    print(
                        f"  miss  {g['id']}: {g['type']} {g['source']['text']!r} → {g['target']['text']!r} ({g['cue']})"
                    )
                continue
            used.add(hit)
            c["tp"] += 1
            c["modality"] += preds[hit]["modality"] == g["modality"]
            c["subtype"] += preds[hit]["subtype"] == g["subtype"]
        for k, p in enumerate(preds):
            if k not in used and show:
                print(
                    f"  false {d.key[-30:]}: {p['type']} {p['source']['text']!r} → {p['target']['text']!r}"
                    f" ({p['evidence']['text']})"
                )
    return c


def _in_range(doc: DevDoc, bound: int, from_bound: bool) -> bool:
    """Whether an article's first record is numbered ``bound`` or above (``from_bound``), else below it."""
    if doc.corpus == "written":
        return not from_bound
    first = min(int(g["id"][4:]) for g in doc.gold)
    return first >= bound if from_bound else first < bound


def main() -> None:
    show = "--errors" in sys.argv
    docs = load("relations.jsonl", "written_relations.jsonl", span="source")
    for flag in ("--from", "--to"):
        bound = record_bound(sys.argv, flag, "rel-")
        if bound is not None:
            docs = [d for d in docs if _in_range(d, bound, flag == "--from")]
    pipeline = pipeline_from_argv(sys.argv)
    head = ["gold", "pred", "P", "R", "F1", "modal", "subtype"]
    print(f"{'part':<22}" + "".join(f"{h:>8}" for h in head))
    for split, part in sorted(by_split(docs).items()):
        for name in ("all", "saudinewsnet", "ant_multisource", "written"):
            subset = part if name == "all" else [d for d in part if d.corpus == name]
            s = score(pipeline, subset, show and split == "dev" and name == "all")
            tp = s["tp"]
            p = tp / s["pred"] if s["pred"] else 0.0
            r = tp / s["gold"] if s["gold"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            row = [str(s["gold"]), str(s["pred"])] + [
                f"{x:.3f}" for x in (p, r, f, s["modality"] / tp if tp else 0.0, s["subtype"] / tp if tp else 0.0)
            ]
            print(f"{split + ' ' + name:<22}" + "".join(f"{x:>8}" for x in row))
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
