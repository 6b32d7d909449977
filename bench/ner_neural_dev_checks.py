"""Post-passes of the neural tagger measured on the development split (last 10% of ANERcorp train).

Run:  python bench/ner_neural_dev_checks.py --checkpoint .cache/neural/dev.pt [--vectors DIR/vectors.npz]
          [--crf-model /tmp/dev.crfsuite]

Decodes the dev split with a checkpoint of ``python -m marsad.ner.neural.train dev`` and scores:
the plain output; with the CRF's nisba rule (:func:`marsad.ner.crf.drop_leading_nisba`); and with a
gazetteer post-pass that labels untagged multi-word names found whole in the name lists under one
type only; and with the pipeline's consistency pass (:mod:`marsad.ner.consistency`) over documents of
10, 20 and 30 consecutive sentences (ANERcorp has no document boundaries). With ``--crf-model`` (a
model of ``marsad train ner --dev-fraction 0.1``), the CRF's plain and consistency figures too.
Also the recall of unseen names on the dev split (surface never an entity in the rest of
train), the figure ``bench/ner_neural.py`` gives on the test. Only the development split is read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

from marsad.ner.consistency import propagate_in_windows
from marsad.ner.corpus import read_conll
from marsad.ner.crf import drop_leading_nisba, load_tagger, split_dev
from marsad.ner.evaluate import evaluate, format_scores, spans
from marsad.ner.gazetteer import load_gazetteer
from marsad.ner.neural import DATA
from marsad.ner.neural.inputs import InputBuilder
from marsad.ner.neural.train import decode_all, load_checkpoint, prepare, vocabulary
from marsad.ner.neural.vectors import SubwordVectors
from marsad.text.normalize import normalize

GAZ_TYPES = {"fane_PER": "PER", "fane_ORG": "ORG", "fane_LOC": "LOC", "geo": "LOC", "country": "LOC"}


def gazetteer_pass(tokens, tags):  # type: ignore[no-untyped-def]
    g = load_gazetteer()
    out = list(tags)
    matches = g.match(tokens)
    i = 0
    while i < len(tokens):
        b = [m[2:] for m in matches[i] if m.startswith("B-")]
        types = {GAZ_TYPES[x] for x in b if x in GAZ_TYPES}
        if len(types) == 1:
            j = i + 1
            while j < len(tokens) and any(m.startswith("I-") for m in matches[j]):
                j += 1
            if j - i >= 2 and all(t == "O" for t in out[i:j]):
                typ = types.pop()
                out[i] = "B-" + typ
                for k in range(i + 1, j):
                    out[k] = "I-" + typ
            i = j
        else:
            i += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--checkpoint", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--vectors", type=Path, default=DATA / "vectors.npz", help="the vector table it was trained with")
    ap.add_argument("--crf-model", default=None, help="a CRF trained on the rest of train, scored beside it")
    args = ap.parse_args()
    torch.set_num_threads(1)
    sents = read_conll(args.data / "anercorp" / "ANERCorp_CamelLab_train.reconstructed.txt")
    train_part, dev = split_dev(sents, 0.1)
    enc, crf, ck = load_checkpoint(args.checkpoint)
    net = {"word_dim": ck["cfg"].get("word_dim", 0)}
    words = ck.get("word_vocab")
    if words is None:
        # checkpoints of older code did not keep their vocabulary; rebuilt from today's tokenizer it may
        # differ from the one the weights learnt (word ids shift), which lowers the figures
        print("(checkpoint without its word vocabulary: rebuilt from the current tokenizer)")
        words = vocabulary(train_part, net)
    builder = InputBuilder(SubwordVectors(args.vectors), vocabulary=words)
    pred = decode_all(enc, crf, prepare(builder, dev))
    gold = [s.tags for s in dev]
    toks = [s.tokens() for s in dev]
    variants = {
        "plain": pred,
        "nisba rule": [drop_leading_nisba(t, list(p)) for t, p in zip(toks, pred, strict=True)],
        "gazetteer post-pass": [gazetteer_pass(t, p) for t, p in zip(toks, pred, strict=True)],
    }
    forms = [[t.norm for t in ts] for ts in toks]
    for k in (10, 20, 30):
        variants[f"consistency pass, documents of {k} sentences"] = propagate_in_windows(forms, pred, k)
    if args.crf_model:
        crf_pred = load_tagger(args.crf_model).tag_many(toks)
        variants["CRF plain"] = crf_pred
        for k in (10, 20, 30):
            variants[f"CRF, consistency pass, documents of {k} sentences"] = propagate_in_windows(forms, crf_pred, k)
    for name, p in variants.items():
        print(f"== {name}")
        print(format_scores(evaluate(gold, p)))
    seen = {" ".join(normalize(w) for w in s.words[a:b]) for s in train_part for a, b, _ in spans(s.tags)}
    unseen = found = 0
    for s, p in zip(dev, pred, strict=True):
        got = set(spans(p))
        for a, b, t in spans(s.tags):
            if " ".join(normalize(w) for w in s.words[a:b]) not in seen:
                unseen += 1
                found += (a, b, t) in got
    print(f"== unseen names: recall {found / max(unseen, 1):.3f} ({unseen} entities)")
    print(json.dumps({"checkpoint": str(args.checkpoint), "epoch": ck["epoch"]}))


if __name__ == "__main__":
    main()
