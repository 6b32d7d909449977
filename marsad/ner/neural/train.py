"""Rebuild the neural tagger from ``../shared/data``: vectors, network, ONNX export (needs torch, gensim).

Run all steps (fixed seeds; times are printed)::

    python -m marsad.ner.neural.train all --data ../shared/data --work .cache/neural

Steps, each resumable from the files of the previous one in ``--work``:

* ``vectors``: tokenise the ANT multi-source corpus, train fastText (one thread), write the pruned
  int8 table ``data/vectors.npz``;
* ``teacher``: train one network per seed of :data:`TEACHER_SEEDS` on ANERcorp train alone, first
  without its last 10% of sentences (the development split, which picks each one's epoch; exported
  together as ``teacher-dev``), then on all of it (``teacher-final``);
* ``dev``: tag :data:`PSEUDO` sentences of the ANT corpus with ``teacher-dev``
  (:mod:`marsad.ner.neural.pseudo`), train the shipped network on ANERcorp train minus the
  development split plus those sentences, and pick the epoch on the development split (the test
  files are never read here);
* ``final``: the same with ``teacher-final`` and the whole of ANERcorp train, for the chosen number
  of epochs; export ``data/form.onnx``, ``data/sentence.onnx`` and ``data/tagger.json``.

The ``teacher`` step and the teacher-tagged sentences are used only with ``--pseudo N`` (see
:data:`PSEUDO` for what they measured); by default ``dev`` and ``final`` train on ANERcorp alone. Also
reached through ``marsad train ner --backend neural``.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import random
import shutil
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marsad.ner.corpus import TaggedSentence, _map_tag, read_conll
from marsad.ner.crf import split_dev
from marsad.ner.evaluate import evaluate
from marsad.ner.gazetteer import FANE_TYPES
from marsad.ner.neural import DATA
from marsad.ner.neural.inputs import MAX_CHARS, N_CHARS, N_FEATURES, N_MATCHES, TAGS, Batch, InputBuilder
from marsad.ner.neural.vectors import SubwordVectors
from marsad.ner.neural.viterbi import bio_constraints, viterbi

SEED = 1729
SEEDS = (1729,)
"""One model is trained per seed; several are shipped as one ensemble (see :func:`export`)."""
TEACHER_SEEDS = (1729, 7, 42, 99)
"""The teacher: an ensemble of one model per seed, trained on ANERcorp alone."""
PSEUDO = 0
"""ANT sentences tagged by the teacher and added to the shipped model's training data (0: no teacher).

Measured with a teacher of four seeds (dev split F1 of the members 0.742–0.754, of the ensemble 0.758;
the four final members together score 0.740 on the official test against 0.733 for one): 10,000
teacher-tagged sentences raised one network's dev F1 from 0.754 to 0.766, but on the official test it
scored 0.723 (unseen-name recall 0.545 against 0.560), below the shipped network trained on ANERcorp
alone, so the shipped model uses none (``--pseudo 10000`` reproduces the experiment)."""
PRETRAIN = 0
"""ANT sentences the network is first trained on as a language model (0: none), see
:mod:`marsad.ner.neural.pretrain`.

Measured with seed 1729 on the dev split: 98,321 sentences (up to 8 per article of 120,000 asked),
3 epochs (37 min on one busy core; the loss per predicted word fell from 7.43 to 6.55): the tagger
started from those weights reached dev F1 0.736 (best of 25 epochs), against 0.754 from scratch,
and was below the scratch run at every epoch after the fifth. The shipped model is not pretrained;
``--pretrain 120000 --pretrain-epochs 3`` reproduces the experiment."""
PRETRAIN_EPOCHS = 2
PER_ARTICLE = 8
"""Pretraining sentences taken from one ANT article at most."""
NET: dict[str, Any] = {"word_dim": 32}
"""Network settings that differ from :class:`marsad.ner.neural.model.NetConfig`'s defaults (chosen on dev).

Also measured with seed 1729 on the dev split, against 0.7580 for these settings (unseen-name recall
on the split 0.586, 498 names): word ids dropped in training 3 times as often (``word_dropout`` 0.3,
meant to lean less on remembered names) 0.7453, unseen recall 0.578; a character CNN twice as wide
(``char_filters`` 128) 0.7298 at epoch 15, 0.015 below these settings at every epoch from the 8th,
so stopped there; LSTM dropout 0.4 instead of 0.5: 0.7545 (epoch 39 of 40), unseen recall 0.584.
One checkpoint's dev F1 also moves by up to 0.004 when the place lists change (they decide which
words are never cut into clitics, :func:`marsad.text.lexicon.protected_names`), so differences of
that size between runs made at different times are noise."""
WIKIFANE = 0
"""WikiFANE sentences added to ANERcorp train. Measured on the dev split: 100-unit LSTM without word
embedding 0.7476 without WikiFANE, 0.7431 with 5,000 sentences; 200 units + word embedding + 4,000
sentences 0.7588 against 0.7562 for the shipped 100-unit model without them — a tie within the
split's noise (PER gains, ORG and MISC lose), at three times the tagging cost, so none are used.
With the shipped settings and only sentences whose names all map (``--wikifane 4000
--wikifane-whole``, see :func:`read_wikifane`): 0.7393 at epoch 19 against 0.7580 without (PER 0.777
against 0.767, ORG 0.634 against 0.683, LOC 0.837 against 0.866; unseen-name recall on the split 0.546
against 0.586), below at every epoch from the 10th, so stopped there. WikiFANE's conventions differ
from ANERcorp's: it often takes the head noun into the name (« جزر تاسوس », « جبل » and « نهر » are
B- there 116 and 92 times; ANERcorp train leaves them O 4 and 17 times out of 6 and 19), and it has no
MISC."""
TAG_IDS = {t: i for i, t in enumerate(TAGS)}

TRAIN_PARAMS: dict[str, float] = {
    "lr": 2e-3,
    "batch": 32,
    "max_epochs": 40,
    "patience": 8,
    "clip": 5.0,
    "decay": 0.93,
    "ema": 0.995,
}
"""Adam with the learning rate multiplied by ``decay`` after each epoch; early stopping on the dev split.
With ``ema`` > 0 the saved (and dev-scored) weights are an exponential moving average of the weights
after each step (``ema`` is the decay per step), which smooths the epoch-to-epoch noise."""


def log(msg: str) -> None:
    print(time.strftime("%H:%M:%S"), msg, flush=True)


def read_wikifane(path: Path, limit: int | None = None, whole: bool = False) -> list[TaggedSentence]:
    """WikiFANE Gold sentences with its fine classes mapped to PER/ORG/LOC (others become O).

    ``whole``: only the sentences with at least one name, every one of them of a mapped class (a
    sentence naming a book, a weapon or a planet would otherwise teach that a name there is no entity).

    WikiFANE writes clitics as separate tokens (و هي، عاصمة ها); they are glued back to the next
    or previous word so the text looks like ANERcorp's whole words.
    """
    fine: list[TaggedSentence] = []
    words: list[str] = []
    tags: list[str] = []
    unmapped = False

    def keep() -> bool:
        return bool(words) and not (whole and (unmapped or all(t == "O" for t in tags)))

    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            parts = line.rstrip("\r\n").replace("\u200e", "").replace("\ufeff", "").split("\t")
            if len(parts) != 2 or not parts[0].strip():  # blank lines are written "\t"
                if keep():
                    fine.append(TaggedSentence(words, tags))
                words, tags, unmapped = [], [], False
                continue
            w, t = parts
            bio, _, typ = t.partition("-")
            mapped = FANE_TYPES.get(typ)
            tags.append(f"{bio}-{mapped}" if mapped and bio in ("B", "I") else "O")
            unmapped |= bio in ("B", "I") and not mapped
            words.append(w)
    if keep():
        fine.append(TaggedSentence(words, tags))
    out: list[TaggedSentence] = []
    for s in fine:
        ws: list[str] = []
        ts: list[str] = []
        glue_next = ""
        for w, t in zip(s.words, s.tags, strict=True):
            if w in ("و", "ف", "ب", "ل", "ك") and t == "O":
                glue_next += w
                continue
            if w in ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم") and ws and not glue_next:
                ws[-1] += w
                continue
            ws.append(glue_next + w)
            ts.append(t)
            glue_next = ""
        if ws and 2 <= len(ws) <= 120:
            out.append(TaggedSentence(ws, [_map_tag(t) for t in ts]))
    rng = random.Random(SEED)
    rng.shuffle(out)
    return out[:limit] if limit else out


@dataclass
class Prepared:
    batch: Batch
    tags: np.ndarray


def prepare(builder: InputBuilder, sentences: Sequence[TaggedSentence]) -> list[Prepared]:
    out = []
    for s in sentences:
        b = builder.batch([s.tokens()])
        out.append(Prepared(b, np.array([TAG_IDS[t] for t in s.tags], dtype=np.int64)))
    return out


def collate(items: Sequence[Prepared]) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray, np.ndarray]:
    """One padded training batch of prepared sentences: the network inputs, the tags, the mask, the lengths."""
    t = max(int(it.batch.lengths[0]) for it in items)
    out = Batch.padded(len(items), t, items[0].batch.vecs.shape[2])
    arrays = out.arrays()
    tags = np.zeros((len(items), t), dtype=np.int64)
    mask = np.zeros((len(items), t), dtype=bool)
    for i, it in enumerate(items):
        n = int(it.batch.lengths[0])
        for name, src in it.batch.arrays().items():
            arrays[name][i, :n] = src[0]
        tags[i, :n] = it.tags
        mask[i, :n] = True
        out.lengths[i] = n
    return arrays, tags, mask, out.lengths


def decode_all(encoder: Any, crf: Any, data: Sequence[Prepared], batch: int = 64) -> list[list[str]]:
    import torch

    trans_c, start_c = bio_constraints(TAGS)
    trans = crf.trans.detach().numpy() + trans_c
    start = crf.start.detach().numpy() + start_c
    end = crf.end.detach().numpy()
    out: list[list[str]] = []
    encoder.eval()
    with torch.no_grad():
        for k in range(0, len(data), batch):
            arrays, _, _, lengths = collate(data[k : k + batch])
            em = encoder(**{n: torch.from_numpy(a) for n, a in arrays.items()}).numpy()
            for path in viterbi(em, lengths, trans, start, end):
                out.append([TAGS[i] for i in path])
    return out


def length_batches(lengths: Sequence[int], size: int, rng: random.Random) -> list[list[int]]:
    """One epoch's batches of indices: sentences of similar length together (little padding), the
    batches in random order."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i] + rng.uniform(0, 8))
    batches = [order[k : k + size] for k in range(0, len(order), size)]
    rng.shuffle(batches)
    return batches


def train_net(
    train_data: Sequence[Prepared],
    dev_data: Sequence[Prepared],
    dev_gold: Sequence[Sequence[str]],
    epochs: int,
    params: dict[str, float],
    net_overrides: dict[str, Any],
    checkpoint: Path,
    say: Callable[[str], None] = log,
    seed: int = SEED,
    init: Path | None = None,
    vocab: Sequence[str] = (),
) -> tuple[int, float]:
    """Train; with dev data keep the best epoch by dev micro F1 (early stopping); save ``checkpoint``.

    ``init``: a checkpoint of :func:`marsad.ner.neural.pretrain.pretrained_encoder` to start from.
    ``vocab``: the word vocabulary the inputs were built with (:func:`vocabulary`), saved with the
    weights: it depends on the tokenizer, so a checkpoint read later must not rebuild it.
    """
    import torch

    from marsad.ner.neural.model import Crf, Encoder

    torch.manual_seed(seed)
    rng = random.Random(seed)
    cfg = net_config(train_data[0].batch.vecs.shape[2], net_overrides)
    encoder, crf = Encoder(cfg), Crf(len(TAGS))
    if init is not None:
        pretrained = torch.load(init, weights_only=False)["state"]
        missing = [k for k in pretrained if k not in encoder.state_dict()]
        if missing:
            raise SystemExit(f"{init} does not fit this network ({missing[:3]}…): pretrain it again")
        encoder.load_state_dict(pretrained, strict=False)
        say(f"network starts from the pretrained weights of {init}")
    opt = torch.optim.Adam([*encoder.parameters(), *crf.parameters()], lr=params["lr"])
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=params["decay"])
    lengths = [int(d.batch.lengths[0]) for d in train_data]
    bs = int(params["batch"])
    ema = float(params.get("ema", 0.0))
    avg_encoder, avg_crf = (copy.deepcopy(encoder), copy.deepcopy(crf)) if ema else (encoder, crf)
    averaged = [*avg_encoder.parameters(), *avg_crf.parameters()]
    pairs = list(zip(averaged, [*encoder.parameters(), *crf.parameters()], strict=True))
    step = 0
    best_f, best_epoch, stale = -1.0, 0, 0
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        encoder.train()
        total = 0.0
        for batch_ids in length_batches(lengths, bs, rng):
            arrays, tags, mask, _ = collate([train_data[i] for i in batch_ids])
            em = encoder(**{n: torch.from_numpy(a) for n, a in arrays.items()})
            loss = crf.nll(em, torch.from_numpy(tags), torch.from_numpy(mask))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*encoder.parameters(), *crf.parameters()], params["clip"])
            opt.step()
            step += 1
            if ema:
                d = min(ema, (1 + step) / (10 + step))
                with torch.no_grad():
                    for pa, pm in pairs:
                        pa.mul_(d).add_(pm.detach(), alpha=1 - d)
            total += loss.item() * len(arrays["vecs"])
        sched.step()
        msg = f"epoch {epoch}: loss {total / len(train_data):.3f} ({time.perf_counter() - t0:.0f} s)"
        if dev_data:
            scores = evaluate(dev_gold, decode_all(avg_encoder, avg_crf, dev_data))
            f = scores["micro"].f1
            per = " ".join(f"{t} {s.f1:.3f}" for t, s in scores.items() if t != "micro")
            msg += f"  dev F1 {f:.4f} ({per})"
            if f > best_f:
                best_f, best_epoch, stale = f, epoch, 0
                torch.save(
                    {
                        "cfg": cfg.to_dict(),
                        "encoder": avg_encoder.state_dict(),
                        "crf": avg_crf.state_dict(),
                        "epoch": epoch,
                        "word_vocab": list(vocab),
                    },
                    checkpoint,
                )
            else:
                stale += 1
        say(msg)
        if dev_data and stale >= params["patience"]:
            break
    if not dev_data:
        torch.save(
            {
                "cfg": cfg.to_dict(),
                "encoder": avg_encoder.state_dict(),
                "crf": avg_crf.state_dict(),
                "epoch": epochs,
                "word_vocab": list(vocab),
            },
            checkpoint,
        )
        best_epoch = epochs
    return best_epoch, best_f


def net_config(vec_dim: int, net_overrides: dict[str, Any]) -> Any:
    from marsad.ner.neural.model import NetConfig

    return NetConfig(
        vec_dim=vec_dim, n_chars=N_CHARS, n_feats=N_FEATURES, n_matches=N_MATCHES, n_tags=len(TAGS), **net_overrides
    )


def pretrain_step(run: Run, n: int, epochs: int, data: Path) -> Path | None:
    """Pretrain the network on ``n`` ANT sentences (:mod:`marsad.ner.neural.pretrain`), once per run folder."""
    from marsad.ner.neural.pretrain import pretrained_encoder
    from marsad.ner.neural.pseudo import unlabeled_sentences

    if n <= 0:
        return None
    checkpoint = run.work / f"pretrain-{n}-{epochs}.pt"
    if not checkpoint.exists():
        t0 = time.perf_counter()
        plain = list(
            unlabeled_sentences(data / "ant_multisource" / "ant_multisource.jsonl.xz", n, per_article=PER_ARTICLE)
        )
        sentences = [TaggedSentence(words, ["O"] * len(words)) for words in plain]
        builder = InputBuilder(run.vectors)
        cfg = net_config(builder.batch([sentences[0].tokens()]).vecs.shape[2], {**run.net, "word_vocab": 1})
        pretrained_encoder(sentences, builder, cfg, epochs, checkpoint, SEED, log)
        log(f"pretrain step: {len(sentences)} sentences, {epochs} epochs, {time.perf_counter() - t0:.0f} s")
    return checkpoint


def load_ensemble(paths: Sequence[Path]) -> tuple[Any, Any, dict[str, Any]]:
    """The encoders and CRFs of ``paths`` as one model (one checkpoint: that model itself)."""
    from marsad.ner.neural.model import EncoderEnsemble, mean_crf

    loaded = [load_checkpoint(p) for p in paths]
    if len(loaded) == 1:
        return loaded[0]
    encoder = EncoderEnsemble([enc for enc, _, _ in loaded])
    encoder.eval()
    return encoder, mean_crf([crf for _, crf, _ in loaded]), loaded[0][2]


def load_checkpoint(path: Path) -> tuple[Any, Any, dict[str, Any]]:
    import torch

    from marsad.ner.neural.model import Crf, Encoder, NetConfig

    ck = torch.load(path, weights_only=False)
    cfg = NetConfig(**ck["cfg"])
    encoder, crf = Encoder(cfg), Crf(cfg.n_tags)
    encoder.load_state_dict(ck["encoder"])
    crf.load_state_dict(ck["crf"])
    encoder.eval()
    return encoder, crf, ck


def export(checkpoints: Sequence[Path], out_dir: Path, info: dict[str, object]) -> None:
    """Write ``form.onnx``, ``sentence.onnx`` and ``tagger.json`` (tags, CRF scores) from checkpoints.

    Several checkpoints are exported as one ensemble: the form network gives each member's
    representation side by side, the sentence network the mean of the members' emission scores, and
    ``tagger.json`` the mean of their CRF scores.
    """
    import torch

    encoder, crf, ck = load_ensemble(checkpoints)
    cfg = encoder.cfg
    width = cfg.proj_dim * len(checkpoints)
    out_dir.mkdir(parents=True, exist_ok=True)
    n, b, t = 3, 2, 5
    torch.onnx.export(
        encoder.form,
        (
            torch.zeros(n, cfg.vec_dim),
            torch.ones(n, MAX_CHARS, dtype=torch.int64),
            torch.zeros(n, N_FEATURES),
            torch.ones(n, dtype=torch.int64),
        ),
        str(out_dir / "form.onnx"),
        input_names=["vecs", "chars", "feats", "words"],
        output_names=["x"],
        opset_version=17,
        dynamo=False,
        dynamic_axes={"vecs": {0: "n"}, "chars": {0: "n"}, "feats": {0: "n"}, "words": {0: "n"}, "x": {0: "n"}},
    )
    torch.onnx.export(
        encoder.sentence,
        (torch.zeros(b, t, width), torch.zeros(b, t, N_MATCHES), torch.arange(t).repeat(b, 1)),
        str(out_dir / "sentence.onnx"),
        input_names=["x", "match", "rev"],
        output_names=["emissions"],
        opset_version=17,
        dynamo=False,
        dynamic_axes={
            "x": {0: "b", 1: "t"},
            "match": {0: "b", 1: "t"},
            "rev": {0: "b", 1: "t"},
            "emissions": {0: "b", 1: "t"},
        },
    )
    meta = {
        "tags": list(TAGS),
        "transitions": crf.trans.detach().numpy().round(6).tolist(),
        "start": crf.start.detach().numpy().round(6).tolist(),
        "end": crf.end.detach().numpy().round(6).tolist(),
        "max_chars": MAX_CHARS,
        "n_features": N_FEATURES,
        "n_matches": N_MATCHES,
        "network": ck["cfg"],
        "members": len(checkpoints),
        **info,
    }
    (out_dir / "tagger.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


def teacher_sentences(teacher: Path, n: int, data: Path, work: Path) -> list[TaggedSentence]:
    """``n`` ANT sentences tagged by the model in ``teacher`` (cached in ``work``), see
    :mod:`marsad.ner.neural.pseudo`."""
    from marsad.ner.neural import NeuralTagger
    from marsad.ner.neural.pseudo import pseudo_label, unlabeled_sentences, write_tagged

    if n <= 0:
        return []
    if not (teacher / "tagger.json").exists():
        raise SystemExit(f"no teacher model in {teacher}: run the teacher step first, or give --teacher")
    cached = work / f"pseudo-{teacher.name}-{n}.tsv"
    if not cached.exists():
        t0 = time.perf_counter()
        plain = list(unlabeled_sentences(data / "ant_multisource" / "ant_multisource.jsonl.xz", n))
        write_tagged(cached, pseudo_label(NeuralTagger(teacher).tag_many, plain))
        log(f"{len(plain)} ANT sentences tagged by {teacher} in {time.perf_counter() - t0:.0f} s → {cached}")
    return read_conll(cached)


def vocabulary(sentences: Sequence[TaggedSentence], net: dict[str, Any], min_count: int = 2) -> list[str]:
    """The training words (``Token.core``) seen ``min_count`` times, when the network has a word embedding.

    Sets ``net["word_vocab"]`` to the embedding's size.
    """
    if not net.get("word_dim"):
        net["word_vocab"] = 1
        return []
    counts = Counter(t.core for s in sentences for t in s.tokens())
    words = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    net["word_vocab"] = len(words) + 1
    return words


@dataclass
class Run:
    """What every training step of one run shares."""

    vectors_file: Path
    vectors: SubwordVectors
    sentences: list[TaggedSentence]
    """ANERcorp train."""
    net: dict[str, Any]
    params: dict[str, float]
    work: Path
    extra: list[TaggedSentence]
    """Sentences added to training (WikiFANE, teacher-tagged ANT sentences)."""
    init: Path | None = None
    """Pretrained weights every network starts from (:func:`pretrain_step`)."""

    def adding(self, more: list[TaggedSentence]) -> Run:
        return Run(
            self.vectors_file,
            self.vectors,
            self.sentences,
            dict(self.net),
            self.params,
            self.work,
            [*self.extra, *more],
            self.init,
        )


def dev_step(run: Run, seeds: Sequence[int], tag: str, export_to: Path | None = None) -> dict[str, Any]:
    """Train one model per seed on ANERcorp train minus its last 10% (plus ``run.extra``), each keeping its
    best epoch on that development split; score them together; optionally export them as one model.

    A member already trained (its result file in ``run.work``) is not trained again, so members can be
    trained by parallel processes and gathered by a last call.
    """
    t0 = time.perf_counter()
    train_part, dev_part = split_dev(run.sentences, 0.1)
    vocab = vocabulary(train_part, run.net)
    builder = InputBuilder(run.vectors, vocabulary=vocab)
    train_data = prepare(builder, [*train_part, *run.extra])
    dev_data = prepare(builder, dev_part)
    dev_gold = [s.tags for s in dev_part]
    log(f"dev step{tag}: {len(train_data)} training sentences ({len(run.extra)} added), {len(dev_data)} dev")
    members: dict[str, Any] = {}
    for seed in seeds:
        member = run.work / f"dev{tag}-{seed}.json"
        if not member.exists():
            t1 = time.perf_counter()
            best_epoch, best_f = train_net(
                train_data,
                dev_data,
                dev_gold,
                int(run.params["max_epochs"]),
                run.params,
                run.net,
                run.work / f"dev{tag}-{seed}.pt",
                seed=seed,
                init=run.init,
                vocab=vocab,
            )
            member.write_text(
                json.dumps({"best_epoch": best_epoch, "dev_f1": best_f, "seconds": time.perf_counter() - t1})
            )
        members[str(seed)] = json.loads(member.read_text())
        log(f"seed {seed}: best epoch {members[str(seed)]['best_epoch']}, dev F1 {members[str(seed)]['dev_f1']:.4f}")
    checkpoints = [run.work / f"dev{tag}-{seed}.pt" for seed in seeds]
    encoder, crf, _ = load_ensemble(checkpoints)
    f1 = evaluate(dev_gold, decode_all(encoder, crf, dev_data))["micro"].f1
    result = {
        "dev_f1": f1,
        "members": members,
        "seconds": time.perf_counter() - t0,
        "added_sentences": len(run.extra),
        "net": run.net,
        "params": run.params,
    }
    (run.work / f"dev{tag}.json").write_text(json.dumps(result))
    if export_to is not None:
        _copy_vectors(run, export_to)
        export(checkpoints, export_to, {"word_vocab": vocab, "seeds": list(seeds)})
    log(f"dev step{tag}: {len(seeds)} member(s), dev micro F1 of the model {f1:.4f} ({result['seconds']:.0f} s)")
    return result


def final_step(
    run: Run, seeds: Sequence[int], tag: str, out: Path, epochs: int, info: dict[str, object] | None = None
) -> None:
    """Train one model per seed on the whole of ANERcorp train (plus ``run.extra``) for its dev step's best
    number of epochs (or ``epochs``) and export them to ``out`` as one model."""
    t0 = time.perf_counter()
    dev_result = run.work / f"dev{tag}.json"
    dev_info = json.loads(dev_result.read_text()) if dev_result.exists() else {}
    vocab = vocabulary(run.sentences, run.net)
    builder = InputBuilder(run.vectors, vocabulary=vocab)
    train_data = prepare(builder, [*run.sentences, *run.extra])
    checkpoints: list[Path] = []
    n_epochs: dict[str, int] = {}
    for seed in seeds:
        n = epochs or int(dev_info["members"][str(seed)]["best_epoch"])
        n_epochs[str(seed)] = n
        ck = run.work / f"final{tag}-{seed}-{n}.pt"
        if not ck.exists():
            log(f"final step{tag}, seed {seed}: {len(train_data)} sentences, {n} epochs")
            train_net(train_data, [], [], n, run.params, run.net, ck, seed=seed, init=run.init, vocab=vocab)
        checkpoints.append(ck)
    _copy_vectors(run, out)
    export(
        checkpoints,
        out,
        {
            "epochs": n_epochs,
            "seeds": list(seeds),
            "added_sentences": len(run.extra),
            "dev_micro_f1": dev_info.get("dev_f1"),
            "train_params": run.params,
            **(info or {}),
            "word_vocab": vocab,
        },
    )
    log(f"final step{tag}: {time.perf_counter() - t0:.0f} s; model files in {out}")


def _copy_vectors(run: Run, out: Path) -> None:
    """Put the vector table beside exported networks (a no-op when it is already there)."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / "vectors.npz"
    if not target.exists() or not target.samefile(run.vectors_file):
        shutil.copyfile(run.vectors_file, target)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=["vectors", "teacher", "dev", "final", "all"])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared corpora folder")
    ap.add_argument("--corpus", type=Path, default=None, help="training corpus (default: ANERcorp train in --data)")
    ap.add_argument("--work", type=Path, default=Path(".cache/neural"), help="intermediate files")
    ap.add_argument("--out", type=Path, default=DATA, help="where the model files go (default: the bundled ones)")
    ap.add_argument("--top-words", type=int, default=150_000, help="words kept in the shipped vector table")
    ap.add_argument(
        "--wikifane", type=int, default=WIKIFANE, help=f"WikiFANE sentences added to training (default {WIKIFANE})"
    )
    ap.add_argument(
        "--with-saudinewsnet",
        action="store_true",
        help="vectors step: learn the vectors from ANT and SaudiNewsNet full (non-commercial: experiments only, "
        "needs --out elsewhere than the bundled model)",
    )
    ap.add_argument(
        "--wikifane-whole",
        action="store_true",
        help="only WikiFANE sentences whose names are all of a mapped class (see read_wikifane)",
    )
    ap.add_argument(
        "--pseudo",
        type=int,
        default=PSEUDO,
        help="ANT sentences tagged by the teacher added to training (default %(default)s)",
    )
    ap.add_argument(
        "--teacher",
        type=Path,
        default=None,
        help="model folder that tags the --pseudo sentences (default: the teacher step's, in --work)",
    )
    ap.add_argument(
        "--teacher-seeds",
        default=",".join(map(str, TEACHER_SEEDS)),
        help="teacher step: one model per seed, run as one ensemble (default: %(default)s)",
    )
    ap.add_argument("--epochs", type=int, default=0, help="final step: epochs (default: the dev step's best)")
    ap.add_argument(
        "--threads", type=int, default=1, help="torch threads (1: reproducible; 2 stall when the other core is busy)"
    )
    ap.add_argument("--net", default=json.dumps(NET), help=f"network settings as JSON (default: {json.dumps(NET)})")
    ap.add_argument("--params", default="{}", help='training parameter overrides as JSON, e.g. {"lr": 0.001}')
    ap.add_argument(
        "--seeds",
        default=",".join(map(str, SEEDS)),
        help="comma-separated seeds, one ensemble member each (default: %(default)s)",
    )
    ap.add_argument(
        "--pretrain",
        type=int,
        default=PRETRAIN,
        help=f"ANT sentences to pretrain the network on as a language model (default {PRETRAIN}: none)",
    )
    ap.add_argument("--pretrain-epochs", type=int, default=PRETRAIN_EPOCHS, help="language-model epochs")
    ap.add_argument("--tag", default="", help="suffix of the dev checkpoint/result names (experiments)")
    args = ap.parse_args(argv)
    if args.with_saudinewsnet and args.out.resolve() == DATA.resolve():
        raise SystemExit(
            "--with-saudinewsnet: SaudiNewsNet is CC BY-NC-SA, so vectors learnt from it must not replace the "
            "bundled model; give --out another folder (an experiment's)"
        )
    t_all = time.perf_counter()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    vectors_file = args.out / "vectors.npz"
    anercorp = args.corpus or args.data / "anercorp" / "ANERCorp_CamelLab_train.reconstructed.txt"

    if args.step in ("vectors", "all"):
        from marsad.ner.neural.embeddings import (
            article_texts,
            export_table,
            saudinewsnet_texts,
            train_fasttext,
            write_token_corpus,
        )

        t0 = time.perf_counter()
        ant = args.data / "ant_multisource" / "ant_multisource.jsonl.xz"
        snn = "-saudinewsnet" if args.with_saudinewsnet else ""
        tokens = work / f"ant{snn}_tokens.txt"
        if not tokens.exists():
            texts = itertools.chain(article_texts(ant), saudinewsnet_texts(args.data / "saudinewsnet_full"))
            write_token_corpus(texts if snn else ant, tokens, log)
        ft = work / f"fasttext{snn}.model"
        if not ft.exists():
            train_fasttext(tokens, ft, log=log)
        export_table(ft, vectors_file, args.top_words, log)
        log(f"vectors step: {time.perf_counter() - t0:.0f} s")
    if args.step == "vectors":
        return

    import torch

    torch.set_num_threads(args.threads)
    np.random.seed(SEED)
    run = Run(
        vectors_file=vectors_file,
        vectors=SubwordVectors(vectors_file),
        sentences=read_conll(anercorp),
        net=json.loads(args.net),
        params={**TRAIN_PARAMS, **json.loads(args.params)},
        work=work,
        extra=(
            read_wikifane(args.data / "wikifane" / "WikiFANE_Gold_2014_500K.txt", args.wikifane, args.wikifane_whole)
            if args.wikifane
            else []
        ),
    )
    seeds = [int(x) for x in args.seeds.split(",")]
    run.init = pretrain_step(run, args.pretrain, args.pretrain_epochs, args.data)
    if args.step == "teacher" or (args.step == "all" and args.pseudo):
        teacher_seeds = [int(x) for x in args.teacher_seeds.split(",")]
        dev_step(run, teacher_seeds, "-teacher", export_to=work / "teacher-dev")
        final_step(run, teacher_seeds, "-teacher", work / "teacher-final", epochs=0)
    if args.step in ("dev", "all"):
        pseudo = teacher_sentences(args.teacher or work / "teacher-dev", args.pseudo, args.data, work)
        dev_step(run.adding(pseudo), seeds, args.tag)
    if args.step in ("final", "all"):
        pseudo = teacher_sentences(args.teacher or work / "teacher-final", args.pseudo, args.data, work)
        final_step(run.adding(pseudo), seeds, args.tag, args.out, args.epochs, info={"pseudo_sentences": args.pseudo})
    log(f"total: {time.perf_counter() - t_all:.0f} s")


if __name__ == "__main__":
    main()
