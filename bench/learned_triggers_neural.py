"""Events: does a neural trigger tagger with pretrained word vectors generalise to unseen news? (an experiment)

Run:  python bench/learned_triggers_neural.py [--fresh-from 288] [--epochs 40] [--seed 1729] [--no-lexicon]
      [--rules-at 288=CHECKOUT 296=CHECKOUT ...] [--bootstrap 2000]

bench/learned_triggers.py found that a feature CRF re-weights the trigger lexicon and learns no new trigger words.
This script trains the network of marsad's neural NER instead (marsad/ner/neural/model.py: fastText subword vectors
learnt from 7.8M words of Arabic news for the token and its core, a character CNN and affix features, a BiLSTM and a
CRF), one IO label per token (the PLOVER type of the gold trigger it overlaps, or O), on the same training documents
and labels as the CRF (learned_triggers.sentences: the dev documents numbered below ``--fresh-from`` and the written
dev sentences; never a test record). Its sentence network reads, in the place of the NER's gazetteer matches, the
PLOVER types the trigger lexicon gives the token (``--no-lexicon``: none, vectors only). Epochs are fixed (no early
stopping: 40, chosen on a held-out fifth of the training documents, F1 0.578/0.644/0.637/0.654 after 10/20/30/40),
Adam with the NER's rate, decay, clipping and weight averaging; about 3 minutes on one thread.

It then scores on the documents numbered ``--fresh-from`` and above (dev and test parts together, aggregate figures
only) the rules, the CRF, the network, and for each learned tagger the union (rules + its triggers of mean marginal
≥ 0.7 overlapping no rule trigger) and the filter (rule triggers dropped when every token is O with probability ≥
0.9), with learned_triggers' matching, and a paired bootstrap over documents of each detector's F1 minus the rules'.
``--rules-at K=CHECKOUT`` takes the rules of the documents from dK on from that checkout of marsad (e.g. a worktree
at the commit before the batch was annotated): the fair "unseen news" comparison; without it, today's rules.
Lastly: of the fresh gold triggers whose tokens the lexicon has no entry for, how many each detector finds.

Not shipped: on 2026-12-01, on d288–d313 (25 documents, 392 gold triggers) against the rules as they stood before
each batch (0.599), the network alone scored 0.532–0.536 (seeds 1729, 1, 2; 0.516 without the lexicon input), the
union 0.606–0.611 (+0.007 to +0.012, none significant; one unseeded run +0.018 [+0.002, +0.035]) and the filter
0.589–0.593. Of the 73 fresh gold triggers whose words the lexicon lacks it finds 3–4 (the CRF 0): the word vectors
add little vocabulary from 46k training tokens.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import numpy as np
import torch
from _common import REPO, Span, matching_trigger, trigger_spans
from _devsets import DevDoc, load
from learned_triggers import UNION_AT, Features, Sentence, count, detectors, line, number, sentences
from learned_triggers import predict as crf_predict
from learned_triggers import train as crf_train

from marsad.model import Article, Token
from marsad.ner.neural.inputs import N_CHARS, N_FEATURES, InputBuilder
from marsad.ner.neural.model import Crf, Encoder, NetConfig
from marsad.ner.neural.train import TRAIN_PARAMS, Prepared, collate, length_batches
from marsad.ner.neural.vectors import SubwordVectors
from marsad.ner.neural.viterbi import viterbi
from marsad.pipeline import Pipeline
from marsad.text.tokens import is_arabic_word

PARAMS = {k: TRAIN_PARAMS[k] for k in ("lr", "batch", "clip", "decay", "ema")}
"""The NER's training parameters less its early stopping."""

Preds = tuple[list[tuple[int, int, str, float]], list[tuple[int, int, float]]]
"""A tagger's triggers (start, end, type, mean marginal) and each token's (start, end, probability of O)."""


class Item(NamedTuple):
    prepared: Prepared
    lex: np.ndarray
    """[tokens, types]: the PLOVER types the trigger lexicon gives each token (in the place of the NER's gazetteer)"""


def inputs(items: list[Item]) -> tuple[dict[str, torch.Tensor], torch.Tensor, torch.Tensor, np.ndarray]:
    """A padded batch (marsad.ner.neural.train.collate) with the lexicon's types as the sentence network's matches."""
    arrays, tags, mask, lengths = collate([it.prepared for it in items])
    match = np.zeros((len(items), tags.shape[1], items[0].lex.shape[1]), dtype=np.float32)
    for i, it in enumerate(items):
        match[i, : len(it.lex)] = it.lex
    arrays["match"] = match
    return {n: torch.from_numpy(a) for n, a in arrays.items()}, torch.from_numpy(tags), torch.from_numpy(mask), lengths


class Net:
    """The NER's encoder + CRF over IO trigger labels; its inputs are built once per sentence."""

    def __init__(self, features: Features, labels: list[str], lexicon: bool, seed: int = 1729) -> None:
        self.features = features
        self.labels = labels
        self.ids = {y: i for i, y in enumerate(labels)}
        self.types = [y for y in labels if y != "O"]
        self.lexicon = lexicon
        self.builder = InputBuilder(SubwordVectors(REPO / "marsad" / "ner" / "neural" / "data" / "vectors.npz"))
        cfg = NetConfig(
            vec_dim=2 * self.builder.vectors.dim,
            n_chars=N_CHARS,
            n_feats=N_FEATURES,
            n_matches=len(self.types),
            n_tags=len(labels),
        )
        torch.manual_seed(seed)  # the initial weights too
        self.encoder, self.crf = Encoder(cfg), Crf(len(labels))

    def prepare(self, sent: Sentence) -> Item:
        """The NER's token inputs (its gazetteer matches unused) and the lexicon's types of each token."""
        toks, _, gold = sent
        lex = np.zeros((len(toks), len(self.types)), dtype=np.float32)
        if self.lexicon:
            for j, t in enumerate(toks):
                for y in self.features.types(t.core) if is_arabic_word(t) else ():
                    if y in self.ids:
                        lex[j, self.ids[y] - 1] = 1.0
        tags = np.array([self.ids.get(y, 0) for y in gold], dtype=np.int64)
        return Item(Prepared(self.builder.batch([toks]), tags), lex)

    def train(self, data: list[Item], epochs: int, seed: int = 1729) -> None:
        torch.manual_seed(seed)
        rng = random.Random(seed)
        params = [*self.encoder.parameters(), *self.crf.parameters()]
        opt = torch.optim.Adam(params, lr=PARAMS["lr"])
        sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=PARAMS["decay"])
        avg_enc, avg_crf = copy.deepcopy(self.encoder), copy.deepcopy(self.crf)
        pairs = list(zip([*avg_enc.parameters(), *avg_crf.parameters()], params, strict=True))
        lengths = [len(d.lex) for d in data]
        step = 0
        for epoch in range(1, epochs + 1):
            t0, total = time.perf_counter(), 0.0
            self.encoder.train()
            for ids in length_batches(lengths, int(PARAMS["batch"]), rng):
                x, tags, mask, _ = inputs([data[i] for i in ids])
                loss = self.crf.nll(self.encoder(**x), tags, mask)
                opt.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(params, PARAMS["clip"])
                opt.step()
                step += 1
                d = min(PARAMS["ema"], (1 + step) / (10 + step))
                with torch.no_grad():
                    for pa, pm in pairs:
                        pa.mul_(d).add_(pm.detach(), alpha=1 - d)
                total += loss.item() * len(ids)
            sched.step()
            print(f"  epoch {epoch}: loss {total / len(data):.3f} ({time.perf_counter() - t0:.0f} s)", flush=True)
        self.encoder, self.crf = avg_enc, avg_crf

    def predict(self, sents: list[Sentence]) -> Preds:
        """Viterbi labels, grouped into runs of one label with their mean marginal, and P(O) per token."""
        self.encoder.eval()
        trans, start, end = (p.detach().numpy() for p in (self.crf.trans, self.crf.start, self.crf.end))
        spans, p_o = [], []
        with torch.no_grad():
            for sent in sents:
                toks = sent[0]
                x, _, _, lengths = inputs([self.prepare(sent)])
                em = self.encoder(**x).numpy()[0]
                ys = viterbi(em[None], lengths, trans, start, end)[0]
                marg = marginals(em, trans, start, end)
                p_o += [(t.start, t.end, float(marg[i, 0])) for i, t in enumerate(toks)]
                spans += runs(toks, ys, marg, self.labels)
        return spans, p_o


def marginals(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Each token's label probabilities under the linear-chain CRF (forward-backward in log space)."""
    t = len(em)
    alpha, beta = np.zeros_like(em), np.zeros_like(em)
    alpha[0] = start + em[0]
    for i in range(1, t):
        alpha[i] = np.logaddexp.reduce(alpha[i - 1][:, None] + trans, axis=0) + em[i]
    beta[-1] = end
    for i in range(t - 2, -1, -1):
        beta[i] = np.logaddexp.reduce(trans + (em[i + 1] + beta[i + 1])[None, :], axis=1)
    logz = np.logaddexp.reduce(alpha[-1] + end)
    return np.exp(alpha + beta - logz)


def runs(toks: list[Token], ys: list[int], marg: np.ndarray, labels: list[str]) -> list[tuple[int, int, str, float]]:
    out, i = [], 0
    while i < len(ys):
        j = i
        while j + 1 < len(ys) and ys[j + 1] == ys[i]:
            j += 1
        if ys[i]:
            out.append((toks[i].start, toks[j].end, labels[ys[i]], float(marg[i : j + 1, ys[i]].mean())))
        i = j + 1
    return out


DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1])
from _devsets import load
from _common import trigger_spans
from marsad.model import Article
from marsad.pipeline import Pipeline
keys = set(json.loads(sys.stdin.read()))
pipeline = Pipeline()
out = {}
for d in load("events.jsonl", "written_events.jsonl", span="trigger"):
    if d.key in keys:
        out[d.key] = trigger_spans(pipeline(Article(d.key, d.text, published=d.published)).events)
print(json.dumps(out))
"""


def rule_spans(docs: list[DevDoc], rules_at: list[str]) -> dict[str, list[Span]]:
    """Each document's rule triggers: from the checkout named for the highest ``K`` ≤ its number, else today's."""
    at = sorted((int(k), path) for k, path in (x.split("=", 1) for x in rules_at))
    groups: dict[str, list[str]] = {}
    for d in docs:
        where = [path for k, path in at if (number(d) or 0) >= k]
        groups.setdefault(where[-1] if where else "", []).append(d.key)
    out: dict[str, list[Span]] = {}
    for path, keys in groups.items():
        if not path:
            pipeline = Pipeline()
            for d in docs:
                if d.key in keys:
                    out[d.key] = trigger_spans(pipeline(Article(d.key, d.text, published=d.published)).events)
            continue
        env = {**os.environ, "PYTHONPATH": path}  # and cwd: ``python -c`` puts the working directory first
        cmd = [sys.executable, "-c", DUMP, str(Path(__file__).parent)]
        got = subprocess.run(cmd, input=json.dumps(keys), env=env, cwd=path, capture_output=True, text=True, check=True)
        out.update({k: [tuple(s) for s in v] for k, v in json.loads(got.stdout).items()})
    return out


def f1(c: Counter[str]) -> float:
    return 2 * c["tp"] / (c["pred"] + c["gold"]) if c["pred"] + c["gold"] else 0.0


def bootstrap(per_doc: list[dict[str, Counter[str]]], n: int) -> None:
    """Paired bootstrap over documents: each detector's F1 minus the rules', with a 95% interval."""
    rng = random.Random(0)
    names = [k for k in per_doc[0] if k != "rules"]
    diffs: dict[str, list[float]] = {k: [] for k in names}
    for _ in range(n):
        sample = [per_doc[rng.randrange(len(per_doc))] for _ in per_doc]
        tot = {k: sum((d[k] for d in sample), Counter()) for k in per_doc[0]}
        for k in names:
            diffs[k].append(f1(tot[k]) - f1(tot["rules"]))
    whole = {k: sum((d[k] for d in per_doc), Counter()) for k in per_doc[0]}
    print(f"paired bootstrap over {len(per_doc)} documents ({n} samples), F1 minus the rules':")
    for k in names:
        lo, hi = np.percentile(diffs[k], [2.5, 97.5])
        sig = "significant" if lo > 0 or hi < 0 else "not significant"
        print(f"  {k:<16} {f1(whole[k]) - f1(whole['rules']):+.3f} [{lo:+.3f}, {hi:+.3f}]  {sig}")


def unknown_words(
    docs: list[DevDoc],
    features: Features,
    data: dict[str, list[Sentence]],
    preds: dict[str, dict[str, list[Span]]],
    show: bool = False,
) -> None:
    """How many gold triggers none of whose tokens the lexicon has each detector finds (``show``: list the network's
    finds in the dev part)."""
    found: Counter[str] = Counter()
    total = 0
    for d in docs:
        toks = [t for s in data[d.key] for t in s[0]]
        for g in d.gold:
            over = [t for t in toks if t.start < g["trigger"]["end"] and g["trigger"]["start"] < t.end]
            if any(is_arabic_word(t) and features.types(t.core) for t in over):
                continue
            total += 1
            for name, spans in preds[d.key].items():
                hit = matching_trigger(spans, set(), g) is not None
                found[name] += hit
                if hit and show and name == "neural" and d.split == "dev":
                    print(f"    {d.key}: {d.text[g['trigger']['start'] : g['trigger']['end']]} {g['plover_type']}")
    print(
        f"  {total} gold triggers whose words the lexicon lacks; found by: "
        + ", ".join(f"{k} {v}" for k, v in found.items())
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fresh-from", type=int, default=288)
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--no-lexicon", action="store_true")
    ap.add_argument("--rules-at", nargs="*", default=[], metavar="K=CHECKOUT")
    ap.add_argument("--bootstrap", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1729)
    ap.add_argument(
        "--show-unknown", action="store_true", help="list the network's finds of the lexicon's unknown words (dev part)"
    )
    a = ap.parse_args()
    torch.set_num_threads(1)
    docs = load("events.jsonl", "written_events.jsonl", span="trigger")
    training = [d for d in docs if d.split == "dev" and ((number(d) or 0) < a.fresh_from)]
    fresh = [d for d in docs if (number(d) or 0) >= a.fresh_from]
    features = Features()
    data = {d.key: sentences(d, features) for d in training + fresh}
    rules = rule_spans(fresh, a.rules_at)
    labels = ["O", *sorted({y for d in training for _, _, ys in data[d.key] for y in ys} - {"O"})]
    net = Net(features, labels, not a.no_lexicon, a.seed)
    train_data = [net.prepare(s) for d in training for s in data[d.key]]
    n_tok = sum(len(it.lex) for it in train_data)
    print(f"training: {len(training)} dev documents, {len(train_data)} sentences, {n_tok} tokens; {a.epochs} epochs")
    t0 = time.perf_counter()
    net.train(train_data, a.epochs, a.seed)
    print(f"  trained in {time.perf_counter() - t0:.0f} s")
    per_doc: list[dict[str, Counter[str]]] = []
    found: dict[str, dict[str, list[Span]]] = {}
    words, t_net = 0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "triggers.crfsuite")
        crf_train(data, [d.key for d in training], model)
        for d in fresh:
            t1 = time.perf_counter()
            net_preds = net.predict(data[d.key])
            t_net += time.perf_counter() - t1
            words += sum(len(s[0]) for s in data[d.key])
            out = {}
            for tag, preds in (("crf", crf_predict(model, data[d.key])), ("neural", net_preds)):
                dets = detectors(rules[d.key], *preds)
                out["rules"] = dets["rules"]
                out[tag] = dets["crf"]
                out[f"union {tag}"] = dets["union"]
                out[f"filter {tag}"] = dets["filtered"]
            c = {k: Counter[str]() for k in out}
            for k, preds_k in out.items():
                count(d, preds_k, c[k])
            per_doc.append(c)
            found[d.key] = out
    print(f"fresh documents d{a.fresh_from}+ ({len(fresh)}, dev and test parts; union at {UNION_AT})")
    for k in per_doc[0]:
        print(line(k, sum((c[k] for c in per_doc), Counter())))
    bootstrap(per_doc, a.bootstrap)
    for part, ds in (("dev part", [d for d in fresh if d.split == "dev"]), ("all fresh", fresh)):
        print(f"{part}:")
        unknown_words(ds, features, data, found, a.show_unknown and part == "dev part")
    size = sum(p.numel() for p in [*net.encoder.parameters(), *net.crf.parameters()])
    print(
        f"network: {size} parameters ({size * 4 / 1e6:.1f} MB float32) + vectors.npz (shared with the NER);"
        f" {1000 * t_net / words:.2f} s per 1,000 tokens (torch, 1 thread, with marginals)"
    )
    print(
        "reproduce: python bench/learned_triggers_neural.py --fresh-from",
        a.fresh_from,
        "--epochs",
        a.epochs,
        "--seed",
        a.seed,
        *(["--no-lexicon"] if a.no_lexicon else []),
        *(["--rules-at", *a.rules_at] if a.rules_at else []),
    )


if __name__ == "__main__":
    main()
