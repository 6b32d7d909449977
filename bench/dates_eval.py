"""Temporal expressions: found and resolved, on the hand-annotated set bench/dev/times.jsonl.

Run:  python bench/dates_eval.py

A gold expression counts as *found* when a predicted expression overlaps it, and as *right* when
that expression's value equals the gold value (null for vague expressions such as «منذ سنوات»).
Precision counts predicted expressions that overlap no gold expression as false. Figures are given
for the dev part (used while developing) and the test part (never used for tuning), and per corpus.
"""

from __future__ import annotations

import sys

from _devsets import DevDoc, by_split, load

from marsad.dates import find_times


def score(docs: list[DevDoc], show_errors: bool = False) -> dict[str, float]:
    gold_n = found = right = exact = pred_n = pred_ok = 0
    for d in docs:
        pred = find_times(d.text, d.published)
        pred_n += len(pred)
        for p in pred:
            if any(p.start < g["end"] and g["start"] < p.end for g in d.gold):
                pred_ok += 1
        for g in d.gold:
            gold_n += 1
            hits = [p for p in pred if p.start < g["end"] and g["start"] < p.end]
            if hits:
                found += 1
                if any(p.value == g["value"] for p in hits):
                    right += 1
                    if any(p.start == g["start"] and p.end == g["end"] for p in hits):
                        exact += 1
                elif show_errors:
                    print(f"  wrong  {g['id']}: {g['text']!r} gold={g['value']} got={[p.value for p in hits]}")
            elif show_errors:
                print(f"  missed {g['id']}: {g['text']!r} gold={g['value']}")
    return {
        "gold": gold_n,
        "found": found / gold_n if gold_n else 0.0,
        "right": right / gold_n if gold_n else 0.0,
        "right_exact_span": exact / gold_n if gold_n else 0.0,
        "precision": pred_ok / pred_n if pred_n else 0.0,
    }


def main() -> None:
    docs = load("times.jsonl", "written_dates.jsonl")
    show = "--errors" in sys.argv
    print(f"{'part':<22}{'gold':>6}{'found':>8}{'right':>8}{'exact':>8}{'prec':>8}")
    for split, part in sorted(by_split(docs).items()):
        if show and split == "dev":
            print("errors on the dev part:")
        for name in ["all", *sorted({d.corpus for d in part})]:
            subset = part if name == "all" else [d for d in part if d.corpus == name]
            s = score(subset, show_errors=show and split == "dev" and name == "all")
            print(
                f"{split + ' ' + str(name):<22}{s['gold']:>6}{s['found']:>8.3f}{s['right']:>8.3f}"
                f"{s['right_exact_span']:>8.3f}{s['precision']:>8.3f}"
            )
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
