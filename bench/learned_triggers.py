"""Events: would a learned trigger detector generalise to unseen news better than the rules? (an experiment)

Run:  python bench/learned_triggers.py [--fresh-from 288] [--cv]

Trains a CRF (python-crfsuite, the library of marsad's NER) on the gold triggers of the ``dev`` documents of
bench/dev/events.jsonl numbered below ``--fresh-from`` and of the written dev sentences (never on a test record),
one label per token (the PLOVER type of the gold trigger it overlaps, or O), with the token's stem, core, clitics
and affixes, its neighbours' stems and what marsad's trigger lexicon says of it and of its neighbours. It then scores,
on the documents numbered ``--fresh-from`` and above (annotated after the rules were written, dev and test parts
together, aggregate figures only), four detectors as bench/events_eval.py scores detection (a trigger overlapping a
gold trigger of the same type, one-to-one): the rules (marsad's pipeline as it is now), the CRF alone, the union
(the rules plus the CRF's triggers of mean marginal ≥ 0.7 that overlap no rule trigger) and the rules filtered by
the CRF (a rule trigger dropped when every token of it is O with probability ≥ 0.9). ``--cv`` adds a 5-fold
cross-validation by document on the training documents (in-sample for the rules, which were written on them).

Not shipped: on 2026-12-01 the CRF alone scored 0.563 against the rules' 0.583 on d288–d305 (rules as they stood
before each batch), the union 0.597 and the filter 0.570, none significantly different (paired bootstrap over the
17 documents); see bench/dev/README-events.md. The CRF re-weights the lexicon and learns no new trigger words.
bench/learned_triggers_neural.py trains the neural NER's network (pretrained subword vectors) on the same data instead.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from collections import Counter
from pathlib import Path

import pycrfsuite
from _common import Span, matching_trigger, trigger_spans
from _devsets import DevDoc, load

from marsad.events.lexicon import candidate_keys, load_lexicon
from marsad.model import Article, Token
from marsad.pipeline import Pipeline
from marsad.text.sentences import split_sentences
from marsad.text.tokens import clitics, is_arabic_word, tokenize

UNION_AT = 0.7
FILTER_AT = 0.9


def number(d: DevDoc) -> int | None:
    """``k`` of a real document ``dk`` (None for a written sentence)."""
    event = d.gold[0]["event"]
    return int(event.split("-")[0][1:]) if event.startswith("d") else None


class Features:
    """Token features, with the trigger lexicon's types of a token looked up once per core."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()
        self.cache: dict[str, frozenset[str]] = {}

    def types(self, core: str) -> frozenset[str]:
        if core not in self.cache:
            out = set()
            for form, verb_ok in candidate_keys(core):
                for e in self.lexicon.triggers.get(form, ()):
                    if verb_ok or e.pos != "verb":
                        out.add(e.plover_type)
            self.cache[core] = frozenset(out)
        return self.cache[core]

    def __call__(self, toks: list[Token]) -> list[list[str]]:
        base = [(t.stem, t.core, clitics(t), self.types(t.core) if is_arabic_word(t) else frozenset()) for t in toks]
        rows = []
        for i, (stem, core, clitic, types) in enumerate(base):
            f = ["b", f"s={stem}", f"c={core}", f"cl={clitic}", f"suf={toks[i].suffix}", f"p3={stem[:3]}"]
            f += [f"x3={stem[-3:]}", f"x2={stem[-2:]}"] + ([f"lx={x}" for x in types] or ["nolex"])
            for k in (-2, -1, 1, 2):
                j = i + k
                f.append(f"s{k:+d}={base[j][0]}" if 0 <= j < len(base) else f"s{k:+d}=<b>")
                if abs(k) == 1 and 0 <= j < len(base):
                    f += [f"cl{k:+d}={base[j][2]}"] + [f"lx{k:+d}={x}" for x in base[j][3]]
            rows.append(f)
        return rows


Sentence = tuple[list[Token], list[list[str]], list[str]]


def sentences(d: DevDoc, features: Features) -> list[Sentence]:
    out = []
    for s, e in split_sentences(d.text):
        toks = tokenize(d.text, s, e)
        if toks:
            gold = [
                next(
                    (
                        g["plover_type"]
                        for g in d.gold
                        if t.start < g["trigger"]["end"] and g["trigger"]["start"] < t.end
                    ),
                    "O",
                )
                for t in toks
            ]
            out.append((toks, features(toks), gold))
    return out


def train(data: dict[str, list[Sentence]], keys: list[str], path: str) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for k in keys:
        for _, x, y in data[k]:
            trainer.append(x, y)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    trainer.train(path)


def predict(path: str, sents: list[Sentence]) -> tuple[list[tuple[int, int, str, float]], list[tuple[int, int, float]]]:
    """The CRF's triggers (runs of one label, with their mean marginal) and each token's probability of O."""
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    spans, p_o = [], []
    for toks, x, _ in sents:
        ys = tagger.tag(x)
        p_o += [(t.start, t.end, tagger.marginal("O", i)) for i, t in enumerate(toks)]
        i = 0
        while i < len(ys):
            j = i
            while j + 1 < len(ys) and ys[j + 1] == ys[i]:
                j += 1
            if ys[i] != "O":
                conf = sum(tagger.marginal(ys[i], m) for m in range(i, j + 1)) / (j - i + 1)
                spans.append((toks[i].start, toks[j].end, ys[i], conf))
            i = j + 1
    tagger.close()
    return spans, p_o


def detectors(
    rules: list[Span], spans: list[tuple[int, int, str, float]], p_o: list[tuple[int, int, float]]
) -> dict[str, list[Span]]:
    union = rules + [
        (s, e, y) for s, e, y, c in spans if c >= UNION_AT and not any(s < b and a < e for a, b, _ in rules)
    ]
    kept = []
    for a, b, y in rules:
        probs = [p for s, e, p in p_o if s < b and a < e]
        if not (probs and min(probs) >= FILTER_AT):
            kept.append((a, b, y))
    return {"rules": rules, "crf": [(s, e, y) for s, e, y, _ in spans], "union": union, "filtered": kept}


def count(d: DevDoc, preds: list[Span], c: Counter[str]) -> None:
    used: set[int] = set()
    c["pred"] += len(preds)
    for g in d.gold:
        c["gold"] += 1
        hit = matching_trigger(preds, used, g)
        if hit is not None:
            used.add(hit)
            c["tp"] += 1


def line(name: str, c: Counter[str]) -> str:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"  {name:<13} gold {c['gold']:5d}  pred {c['pred']:5d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def evaluate(
    title: str, docs: list[DevDoc], data: dict[str, list[Sentence]], model: str, rules: dict[str, list[Span]]
) -> None:
    totals: dict[str, Counter[str]] = {}
    for d in docs:
        spans, p_o = predict(model, data[d.key])
        for name, preds in detectors(rules[d.key], spans, p_o).items():
            count(d, preds, totals.setdefault(name, Counter()))
    print(title)
    for name, c in totals.items():
        print(line(name, c))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fresh-from", type=int, default=288)
    ap.add_argument("--cv", action="store_true")
    a = ap.parse_args()
    docs = load("events.jsonl", "written_events.jsonl", span="trigger")
    training = [d for d in docs if d.split == "dev" and ((number(d) or 0) < a.fresh_from)]
    fresh = [d for d in docs if (number(d) or 0) >= a.fresh_from]
    features = Features()
    data = {d.key: sentences(d, features) for d in training + fresh}
    pipeline = Pipeline()
    rules = {}
    for d in training + fresh:
        doc = pipeline(Article(d.key, d.text, published=d.published))
        rules[d.key] = trigger_spans(doc.events)
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "triggers.crfsuite")
        train(data, [d.key for d in training], model)
        evaluate(f"fresh documents d{a.fresh_from}+ ({len(fresh)}, dev and test parts)", fresh, data, model, rules)
        if a.cv:
            real = [d for d in training if number(d) is not None]
            written = [d.key for d in training if number(d) is None]
            keys = [d.key for d in real]
            random.Random(0).shuffle(keys)
            for i in range(5):
                fold = set(keys[i::5])
                train(data, [k for k in keys if k not in fold] + written, model)
                evaluate(
                    f"cross-validation fold {i + 1} (rules in-sample)",
                    [d for d in real if d.key in fold],
                    data,
                    model,
                    rules,
                )
    print(f"reproduce: python bench/learned_triggers.py --fresh-from {a.fresh_from}{' --cv' if a.cv else ''}")


if __name__ == "__main__":
    main()
