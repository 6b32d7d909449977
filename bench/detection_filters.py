"""Events: which condition or drop rule of the trigger finder removes each dev gold trigger the lexicon matched.

Run:  python bench/detection_filters.py [--top N] [--show] [--entries]

``--entries`` lists every lexicon entry seen on dev with the mentions the finder kept (on a gold trigger of its
type or not) and those its condition removed (gold or not): how a batch of new entries fares.
``--show`` prints each dev gold trigger a rule removed in its context (dev only).

Counts only (dev split; the test split is never read). The trigger finder
(:meth:`marsad.events.triggers.TriggerFinder.find`) is instrumented for the run: each ``if`` of it that ends in
``continue`` (an entry's condition failing, or a found word dropped by a rule) records the rule's source line,
the token and the entry's PLOVER type before it fires. A record is

* ``gold removed`` when it overlaps a dev gold trigger of the same type that the system misses,
* ``gold (found anyway)`` when that gold trigger is found all the same (another entry or reading),
* ``false removed`` when it overlaps no gold trigger of its type: the rule removed a false mention (or an
  entry that would have lost to another reading).

Gold triggers missed with no record are split into ``no lexicon entry`` (no entry of the type at the word),
``other type`` (a record of the word's other type only) and ``later stage`` (the finder kept it; a later step
dropped or merged it). The dev P/R of detection is printed too (the figure of ``events_eval.py``, dev only).
"""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from _devsets import load

from marsad.events import triggers as trig_mod
from marsad.events.lexicon import load_lexicon
from marsad.model import Article
from marsad.pipeline import Pipeline

RECORDS: list[tuple[int, int, int, str, str]] = []
"""(rule line, start char, end char, PLOVER type, entry source) of each entry or found word a rule removed."""

FOUND: list[tuple[int, int, str, str]] = []
"""(start char, end char, PLOVER type, entry source) of each mention the finder kept."""
BLOCKED: list[tuple[int, int]] = []
"""Tokens skipped as inside a person or organisation name (:func:`marsad.events.triggers.inside_names`)."""


def _trace(line: int, sent: Any, i: int, entry: Any) -> None:
    tokens = sent.tokens
    last = min(len(tokens) - 1, i + len(entry.words)) if entry is not None else i
    ptype, source = (entry.plover_type, entry.source.rsplit("/", 1)[-1]) if entry is not None else ("?", "?")
    RECORDS.append((line, tokens[i].start, tokens[last].end, ptype, source))


class _Instrument(ast.NodeTransformer):
    def __init__(self) -> None:
        self.tests: dict[int, str] = {}

    def visit_If(self, node: ast.If) -> ast.If:
        self.generic_visit(node)
        test = ast.unparse(node.test)
        skip = ("blocked" in test and "keys" not in test) or "best is None" in test or "_words_follow" in test
        if node.body and isinstance(node.body[-1], ast.Continue) and test == "i in blocked":
            node.body.insert(0, ast.parse("BLOCKED.append((tokens[i].start, tokens[i].end))").body[0])
        if node.body and isinstance(node.body[-1], ast.Continue) and not skip:
            call = ast.parse(f"_trace({node.lineno}, sent, i, locals().get('entry'))").body[0]
            node.body.insert(0, call)
            self.tests[node.lineno] = test
        return node


def instrument() -> dict[int, str]:
    """Replaces ``TriggerFinder.find`` by a traced copy; returns the test of each traced rule by its line in
    the function."""
    src, _ = inspect.getsourcelines(trig_mod.TriggerFinder.find)
    code = textwrap.dedent("".join(src))
    tree = ast.parse(code)
    tracer = _Instrument()
    tree = tracer.visit(tree)
    ast.fix_missing_locations(tree)
    ns = dict(vars(trig_mod))
    ns["_trace"] = _trace
    ns["BLOCKED"] = BLOCKED
    exec(compile(tree, trig_mod.__file__, "exec"), ns)
    traced = ns["find"]

    def find(self: Any, sent: Any, *args: Any, **kwargs: Any) -> Any:
        out = traced(self, sent, *args, **kwargs)
        for m in out:
            source = m.entry.source.rsplit("/", 1)[-1]
            FOUND.append((sent.tokens[m.first].start, sent.tokens[m.last].end, m.entry.plover_type, source))
        return out

    trig_mod.TriggerFinder.find = find  # type: ignore[method-assign]
    return tracer.tests


def main() -> None:
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 40
    show = "--show" in sys.argv
    labels = instrument()
    docs = [d for d in load("events.jsonl", "written_events.jsonl", span="trigger") if d.split == "dev"]
    pipeline = Pipeline()
    finder = trig_mod.TriggerFinder(load_lexicon())
    c: Counter[str] = Counter()
    by_rule: dict[int, Counter[str]] = defaultdict(Counter)
    by_entry: dict[str, Counter[str]] = defaultdict(Counter)
    cond_line = next(k for k, t in labels.items() if t.startswith("not self._condition"))
    unexplained: Counter[str] = Counter()
    for d in docs:
        RECORDS.clear()
        BLOCKED.clear()
        FOUND.clear()
        doc = pipeline(Article(d.key, d.text, published=d.published))
        preds = [(ev, m) for ev in doc.events for m in ev["mentions"]]
        c["pred"] += len(preds)
        used: set[int] = set()
        missed = []
        golds = []
        for g in d.gold:
            c["gold"] += 1
            gs, ge = g["trigger"]["start"], g["trigger"]["end"]
            golds.append((gs, ge, g["plover_type"]))
            hit = None
            for k, (ev, m) in enumerate(preds):
                t = m["trigger"]
                if k not in used and t["start"] < ge and gs < t["end"] and ev["plover_type"] == g["plover_type"]:
                    hit = k
                    break
            if hit is None:
                missed.append((gs, ge, g["plover_type"]))
            else:
                used.add(hit)
                c["tp"] += 1
        seen: set[tuple[int, int, int]] = set()
        for line, s, e, ptype, source in RECORDS:
            if (line, s, e) in seen:
                continue
            seen.add((line, s, e))
            gold_hit = [(gs, ge, gt) for gs, ge, gt in golds if gs < e and s < ge and gt == ptype]
            outcome = (
                "false removed"
                if not gold_hit
                else "gold removed"
                if any(g in missed for g in gold_hit)
                else "gold (found anyway)"
            )
            by_rule[line][outcome] += 1
            if show and outcome == "gold removed":
                ctx = f"{d.text[max(0, s - 70) : s]}[[{d.text[s:e]}]]{d.text[e : e + 70]}".replace("\n", " ")
                print(f"  {line} {source} {ptype}: {ctx}")
            if line == cond_line:
                by_entry[source][outcome] += 1
        for s, e, ptype, source in FOUND:
            right = any(gs < e and s < ge and gt == ptype for gs, ge, gt in golds)
            by_entry[source]["kept, on a gold trigger" if right else "kept, false"] += 1
        for gs, ge, gt in missed:
            recs = [(line, ptype) for line, s, e, ptype, _ in RECORDS if gs < e and s < ge]
            if any(ptype == gt for _, ptype in recs):
                continue
            if recs:
                unexplained["other type removed"] += 1
                continue
            if any(s < ge and gs < e for s, e in BLOCKED):
                unexplained["inside a name (blocked)"] += 1
                continue
            entry_there = any(
                e.plover_type == gt and (not e.words or finder._words_follow(sent.tokens, k, e.words))
                for sent in doc.sentences
                for k, t in enumerate(sent.tokens)
                if t.start < ge and gs < t.end
                for e, _ in finder.for_token(t)
            )
            if not entry_there:
                unexplained["no lexicon entry of the type"] += 1
                if show:
                    print(f"  no entry {gt}: {d.text[gs:ge]}")
            elif any(
                ev["plover_type"] == gt and m["trigger"]["start"] < ge and gs < m["trigger"]["end"] for ev, m in preds
            ):
                unexplained["found, but its mention matched another gold trigger"] += 1
            else:
                unexplained["kept by the finder, lost later (alone rule, demands, threats, records)"] += 1
                if show:
                    ctx = f"{d.text[max(0, gs - 70) : gs]}[[{d.text[gs:ge]}]]{d.text[ge : ge + 70]}".replace("\n", " ")
                    print(f"  later {gt}: {ctx}")
    tp = c["tp"]
    p, r = tp / c["pred"], tp / c["gold"]
    print(f"dev detection: gold {c['gold']} pred {c['pred']} P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")
    print(f"{'gold rm':>8}{'found':>8}{'false rm':>9}  rule (line: source)")
    ranked = sorted(by_rule.items(), key=lambda kv: (-kv[1]["gold removed"], -kv[1]["false removed"]))
    for line, cnt in ranked[:top]:
        label = labels.get(line, "?")[:100]
        print(f"{cnt['gold removed']:>8}{cnt['gold (found anyway)']:>8}{cnt['false removed']:>9}  {line}: {label}")
    tsv = (Path(trig_mod.__file__).parent / "data" / "triggers.tsv").read_text(encoding="utf-8").splitlines()
    print("\nentry conditions (triggers.tsv line) that failed:")
    ranked_entries = sorted(by_entry.items(), key=lambda kv: (-kv[1]["gold removed"], -kv[1]["false removed"]))
    for source, cnt in ranked_entries[:top]:
        if cnt["gold removed"]:
            row = tsv[int(source.rsplit(":", 1)[1]) - 1].split("\t") if source.startswith("triggers.tsv:") else []
            what = " ".join(row[:3]) + " " + row[-1][:60] if len(row) > 3 else ""
            print(f"{cnt['gold removed']:>8}{cnt['gold (found anyway)']:>8}{cnt['false removed']:>9}  {source} {what}")
    if "--entries" in sys.argv:
        print("\nevery entry: kept on gold / kept false / condition removed gold / condition removed false")
        for source, cnt in sorted(by_entry.items()):
            row = tsv[int(source.rsplit(":", 1)[1]) - 1].split("\t") if source.startswith("triggers.tsv:") else []
            what = " ".join(row[:3]) if len(row) > 3 else ""
            print(
                f"  {source} {what}: {cnt['kept, on a gold trigger']} / {cnt['kept, false']} / "
                f"{cnt['gold removed']} / {cnt['false removed']}"
            )
    for k, v in unexplained.items():
        print(f"missed, {k}: {v}")


if __name__ == "__main__":
    main()
