"""Cross-article event clustering: how much it merges, and how right its merges are.

Run:  python bench/event_clusters_eval.py [--docs DOCS.jsonl] [--max-days 1] [--max-km 25]

Without ``--docs`` the whole pipeline runs over the SaudiNewsNet sample (3,906 articles of 1–3 August
2015) first; with it, the documents ``marsad analyze --format jsonl`` wrote are read. Prints the event
records before and after clustering, the events reported by several articles and the time clustering
took; then, on the hand-judged pairs of ``bench/dev/event_pairs.jsonl`` (see README-event-pairs.md):
pair precision (judged pairs the clustering puts in one event that are one happening) and pair recall
(pairs judged one happening that it puts in one event), per split; and the precision on the pairs
whose two mentions both denote a happening (where the event stage found no event, the pair says
nothing about clustering). The pairs were drawn half from pairs the first version merged, half from
candidate pairs it did not (see the README), so the figures are those of that sample. A judged pair whose mentions the
pipeline no longer finds (triggers at those offsets) is counted as unavailable.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _common import corpus

from marsad.events.clusters import MAX_DAYS, MAX_KM, cluster_records, records_from_documents

PAIRS = Path(__file__).parent / "dev" / "event_pairs.jsonl"


def documents(path: Path | None) -> Path:
    """The analyze output to read (running the pipeline over the SaudiNewsNet sample when none is given)."""
    if path is not None:
        return path
    from marsad.cli import main as cli_main

    out = Path(tempfile.mkdtemp()) / "docs.jsonl"
    code = cli_main(["analyze", str(corpus("saudinewsnet_sample")), "-f", "jsonl", "-o", str(out), "-q"])
    if code:
        raise SystemExit(f"marsad analyze failed with status {code}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, default=None, help="JSON Lines of 'marsad analyze -f jsonl'")
    ap.add_argument("--max-days", type=int, default=MAX_DAYS)
    ap.add_argument("--max-km", type=float, default=MAX_KM)
    args = ap.parse_args()
    path = documents(args.docs)
    with path.open(encoding="utf-8") as fh:
        records = list(records_from_documents(fh, str(path)))
    # where each mention is: (story, trigger start, trigger end) → record id
    at: dict[tuple[str, int, int], str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            for ev in d.get("events") or []:
                for m in ev.get("mentions") or [{"trigger": ev["trigger"]}]:
                    at[(d["id"], m["trigger"]["start"], m["trigger"]["end"])] = ev["id"]
    t0 = time.perf_counter()
    groups = cluster_records(records, args.max_days, args.max_km)
    seconds = time.perf_counter() - t0
    group_of = {r["id"]: k for k, g in enumerate(groups) for r in g}
    multi = [g for g in groups if len({r["story_id"] for r in g}) > 1]
    sizes = Counter(min(len(g), 6) for g in multi)
    print(f"event records {len(records):,} → events {len(groups):,} ({seconds:.2f} s)")
    print(
        f"events reported by several articles: {len(multi):,}, holding {sum(len(g) for g in multi):,} records; "
        + ", ".join(f"{'6+' if k == 6 else k} reports: {v}" for k, v in sorted(sizes.items()))
    )
    print("by type: " + ", ".join(f"{t} {n}" for t, n in Counter(g[0]["event_type"] for g in multi).most_common()))
    if not PAIRS.exists():
        print(f"(no judged pairs: {PAIRS} is missing)")
        return
    tally: dict[str, Counter[str]] = {}
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        p: dict[str, Any] = json.loads(line)
        c = tally.setdefault(p["split"], Counter())
        ids = [at.get((s["story_id"], s["trigger_start"], s["trigger_end"])) for s in (p["a"], p["b"])]
        if None in ids:
            c["unavailable"] += 1
            continue
        merged = group_of.get(str(ids[0])) == group_of.get(str(ids[1]))
        c["pairs"] += 1
        c["same"] += p["same"]
        c["merged"] += merged
        c["both"] += merged and p["same"]
        # the annotator's note says when a trigger denotes no happening (an event detection error)
        real = "no_event" not in p.get("note", "")
        c["merged_real"] += merged and real
    print("judged pairs   pairs  same  merged  precision  recall  unavailable  precision (both happenings)")
    for split in ("dev", "test"):
        c = tally.get(split, Counter())
        prec = c["both"] / c["merged"] if c["merged"] else 0.0
        rec = c["both"] / c["same"] if c["same"] else 0.0
        prec_real = c["both"] / c["merged_real"] if c["merged_real"] else 0.0
        print(
            f"{split:<13}{c['pairs']:>7}{c['same']:>6}{c['merged']:>8}{prec:>11.3f}{rec:>8.3f}{c['unavailable']:>13}"
            f"{prec_real:>29.3f}"
        )
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
