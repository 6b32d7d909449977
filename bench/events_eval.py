"""Events: detection and coding accuracy on the hand-annotated set bench/dev/events.jsonl.

Run:  python bench/events_eval.py [--errors] [--from-doc N] [--to-doc N]

``--from-doc N`` scores only the real documents numbered dN and above (a newly annotated batch, e.g.
``--from-doc 102`` for the fourth round), to measure a batch before any rule is written for it.
``--to-doc N`` scores only the real documents numbered below dN, and the written sentences (e.g. the set
as an earlier stop had it).

Runs the whole pipeline on each annotated article (SaudiNewsNet or ANT multi-source 2018, read from
../shared/data) or written sentence and compares event *mentions* (every trigger occurrence; an event
mentioned three times has three evidence mentions):

* detection: a predicted mention is right when its trigger overlaps a gold trigger of the same PLOVER
  type (one-to-one); precision, recall and F1 (the issue's figure is F1);
* on the correctly detected mentions (each mention's own arguments, as the gold codes each mention from
  its own clause; the event's fields merge its mentions'): actor (actor1) right, target (actor2)
  right, both right, place right, modality right, ACLED sub-event type right. An argument is right
  when the predicted span overlaps the gold span, or both are empty;
* events: gold distinct events and predicted events (after within-article merging) per part.

Both parts are reported: ``dev`` (used while writing the rules) and ``test`` (never used for tuning),
each as a whole and by source: ``saudinewsnet`` (2015 Saudi papers), ``ant`` (2018 Al Arabiya, BBC, CNN,
France 24 and Sky News Arabic articles) and ``written`` (Maghrebi-style sentences).
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from _common import matching_trigger, trigger_spans
from _devsets import DevDoc, by_split, load, pipeline_from_argv

from marsad.model import Article
from marsad.pipeline import Pipeline


def overlaps(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a["start"] < b["end"] and b["start"] < a["end"]


def score(pipeline: Pipeline, docs: list[DevDoc], show: bool) -> dict[str, Any]:
    c: Counter[str] = Counter()
    gold_events: set[str] = set()
    for d in docs:
        doc = pipeline(Article(d.key, d.text, published=d.published))
        preds = [(ev, m) for ev in doc.events for m in ev["mentions"]]
        spans = trigger_spans(doc.events)
        c["pred"] += len(preds)
        c["events"] += len(doc.events)
        used: set[int] = set()
        for g in d.gold:
            gold_events.add(g["event"])
            c["gold"] += 1
            hit = matching_trigger(spans, used, g)
            any_type = [ev["plover_type"] for ev, m in preds if overlaps(m["trigger"], g["trigger"])]
            if any_type:
                c["found_any_type"] += 1
            if hit is None:
                if show:
                    got = f"typed {any_type}" if any_type else "not found"
                    print(f"  miss  {g['id']}: {g['trigger']['text']!r} {g['plover_type']} — {got}")
                continue
            used.add(hit)
            ev, m = preds[hit]
            c["tp"] += 1
            a1 = overlaps(m["actor1"], g["actor1"])
            a2 = overlaps(m["actor2"], g["actor2"])
            loc = overlaps(m["location"], g["location"])
            c["actor1"] += a1
            c["actor2"] += a2
            c["both"] += a1 and a2
            c["place"] += loc
            c["modality"] += m["modality"] == g["modality"]
            c["acled"] += ev["acled_sub_event_type"] == g["acled_sub_event_type"]
            c["mode"] += ev["plover_mode"] == g["plover_mode"]
            if show:
                wrong = []
                for name, ok, p, gg in (
                    ("actor1", a1, m["actor1"], g["actor1"]),
                    ("actor2", a2, m["actor2"], g["actor2"]),
                    ("place", loc, m["location"], g["location"]),
                ):
                    if not ok:
                        wrong.append(f"{name} {p and p['text']!r}≠{gg and gg['text']!r}")
                if m["modality"] != g["modality"]:
                    wrong.append(f"modality {m['modality']}≠{g['modality']}")
                if wrong:
                    print(f"  args  {g['id']}: {g['trigger']['text']!r} " + "; ".join(wrong))
        for k, (ev, m) in enumerate(preds):
            if k not in used and show:
                print(f"  false {d.key[-40:]}: {m['trigger']['text']!r} {ev['plover_type']} «{ev['sentence'][:70]}»")
    c["gold_events"] = len(gold_events)
    return dict(c)


def main() -> None:
    show = "--errors" in sys.argv
    docs = load("events.jsonl", "written_events.jsonl", span="trigger")
    if "--from-doc" in sys.argv:
        first = int(sys.argv[sys.argv.index("--from-doc") + 1])
        docs = [d for d in docs if d.corpus != "written" and int(d.gold[0]["event"].split("-")[0][1:]) >= first]
    if "--to-doc" in sys.argv:
        stop = int(sys.argv[sys.argv.index("--to-doc") + 1])
        docs = [d for d in docs if d.corpus == "written" or int(d.gold[0]["event"].split("-")[0][1:]) < stop]
    pipeline = pipeline_from_argv(sys.argv)
    head = ["gold", "pred", "P", "R", "F1", "actor", "target", "both", "place", "modal", "acled", "mode", "ev g/p"]
    print(f"{'part':<18}" + "".join(f"{h:>8}" for h in head))
    for split, part in sorted(by_split(docs).items()):
        for name in ("all", "saudinewsnet", "ant", "written"):
            corpus = "ant_multisource" if name == "ant" else name
            subset = part if name == "all" else [d for d in part if d.corpus == corpus]
            if not subset:
                continue
            s = score(pipeline, subset, show and split == "dev" and name == "all")
            tp = s.get("tp", 0)
            p = tp / s["pred"] if s.get("pred") else 0.0
            r = tp / s["gold"] if s.get("gold") else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            share = [
                s.get(k, 0) / tp if tp else 0.0
                for k in ("actor1", "actor2", "both", "place", "modality", "acled", "mode")
            ]
            row = [str(s.get("gold", 0)), str(s.get("pred", 0))] + [f"{x:.3f}" for x in (p, r, f, *share)]
            row.append(f"{s.get('gold_events', 0)}/{s.get('events', 0)}")
            print(f"{split + ' ' + name:<18}" + "".join(f"{x:>8}" for x in row))
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
