"""Language-model pretraining of the tagger's network on unlabeled news (training time only: needs torch).

Before it learns tags from ANERcorp's 130,000 words, the network learns to read news from millions: the
form network and the two LSTMs of :class:`marsad.ner.neural.model.Encoder` are trained to predict, at
each word, the next word (from the forward LSTM's state) and the previous one (from the backward
LSTM's), over sentences of the ANT multi-source corpus (Apache 2.0). What a name is likely to be
followed or preceded by («قال», «مدينة», «وزير») is what tells a new name's type, and the network
then sees it for thousands of names that ANERcorp never shows. The tagger then starts from these
weights (its output layer, word embedding and CRF start fresh) and is trained on ANERcorp as before;
the exported networks are the same size and cost the same to run.

The words predicted are the clitic-free cores (:attr:`marsad.model.Token.core`) of the ``LM_VOCAB``
most frequent ones in the pretraining sentences; rarer ones are not predicted. The output layer is
torch's adaptive softmax (frequent words cost a full score, rare ones a cheaper cluster), which makes
a large vocabulary affordable on a CPU.

Hand-written because the network is marsad's own (no library pretrains a custom torch module); the
pretraining objective is the bidirectional language model of Peters et al., "Semi-supervised sequence
tagging with bidirectional language models" (ACL 2017), applied to the tagger's own LSTMs.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from marsad.ner.corpus import TaggedSentence
from marsad.ner.neural.inputs import InputBuilder

LM_VOCAB = 30_000
"""Words the language model predicts (the most frequent cores of the pretraining sentences)."""
CUTOFFS = (2_000, 10_000)
"""Adaptive-softmax clusters: the 2,000 most frequent words, the next 8,000, the rest."""
PRETRAIN_PARAMS: dict[str, float] = {"lr": 2e-3, "batch": 64, "clip": 5.0}


def lm_vocabulary(sentences: Sequence[TaggedSentence], size: int = LM_VOCAB) -> dict[str, int]:
    """The ``size`` most frequent cores of ``sentences`` → their class ids (1 … size; 0 is not predicted)."""
    counts = Counter(t.core for s in sentences for t in s.tokens())
    ranked = sorted(counts, key=lambda w: (-counts[w], w))[:size]
    return {w: i + 1 for i, w in enumerate(ranked)}


def prepare_lm(builder: InputBuilder, sentences: Sequence[TaggedSentence], vocab: dict[str, int]) -> list[Any]:
    """The network inputs of each sentence with, in place of tags, the ids of its words' cores."""
    from marsad.ner.neural.train import Prepared

    out = []
    for s in sentences:
        toks = s.tokens()
        ids = np.array([vocab.get(t.core, 0) for t in toks], dtype=np.int64)
        out.append(Prepared(builder.batch([toks]), ids))
    return out


def pretrain(
    encoder: Any,
    data: Sequence[Any],
    n_classes: int,
    epochs: int,
    params: dict[str, float],
    seed: int,
    say: Callable[[str], None],
) -> list[float]:
    """Train ``encoder``'s form network and LSTMs as a bidirectional language model on ``data``
    (from :func:`prepare_lm`); returns the mean loss per predicted word of each epoch."""
    import torch
    from torch import nn

    from marsad.ner.neural.train import collate, length_batches

    torch.manual_seed(seed)
    rng = random.Random(seed)
    hidden = encoder.cfg.hidden
    cutoffs = [c for c in CUTOFFS if c < n_classes - 1] or [max(1, n_classes // 2)]
    heads = nn.ModuleList(
        [nn.AdaptiveLogSoftmaxWithLoss(hidden, n_classes, cutoffs=cutoffs, div_value=4.0) for _ in range(2)]
    )
    trained = [*encoder.form.parameters(), *encoder.sentence.fwd.parameters(), *encoder.sentence.bwd.parameters()]
    opt = torch.optim.Adam([*trained, *heads.parameters()], lr=params["lr"])
    lengths = [int(d.batch.lengths[0]) for d in data]
    bs = int(params["batch"])
    losses = []
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        encoder.train()
        batches = length_batches(lengths, bs, rng)
        total, words = 0.0, 0
        for n_batch, ids in enumerate(batches, 1):
            arrays, targets, _, _ = collate([data[i] for i in ids])
            inputs = {n: torch.from_numpy(a) for n, a in arrays.items()}
            # no word ids: the word embedding is learnt on ANERcorp's vocabulary afterwards
            x = encoder.forms(inputs["vecs"], inputs["chars"], inputs["feats"], torch.zeros_like(inputs["words"]))
            hf, hb = encoder.sentence.states(x, inputs["match"], inputs["rev"])
            y = torch.from_numpy(targets)
            loss = torch.zeros(())
            n_words = 0
            # forward state at i predicts word i+1; backward state at i predicts word i-1
            for head, states, gold in ((heads[0], hf[:, :-1], y[:, 1:]), (heads[1], hb[:, 1:], y[:, :-1])):
                keep = gold.reshape(-1) > 0
                if not bool(keep.any()):
                    continue
                flat = encoder.sentence.drop(states.reshape(-1, hidden)[keep])
                out = head(flat, gold.reshape(-1)[keep])
                loss = loss + out.loss * int(keep.sum())
                n_words += int(keep.sum())
            if not n_words:
                continue
            loss = loss / n_words
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*trained, *heads.parameters()], params["clip"])
            opt.step()
            total += loss.item() * n_words
            words += n_words
            if n_batch % 200 == 0:
                say(f"pretrain epoch {epoch}: batch {n_batch}/{len(batches)}, loss {total / max(1, words):.3f}")
        losses.append(total / max(1, words))
        say(f"pretrain epoch {epoch}: loss {losses[-1]:.3f} per word ({time.perf_counter() - t0:.0f} s)")
    return losses


def pretrained_encoder(
    sentences: Sequence[TaggedSentence],
    builder: InputBuilder,
    cfg: Any,
    epochs: int,
    checkpoint: Path,
    seed: int,
    say: Callable[[str], None],
) -> None:
    """Pretrain a fresh encoder of config ``cfg`` on ``sentences`` and save its weights to ``checkpoint``."""
    import torch

    from marsad.ner.neural.model import Encoder

    vocab = lm_vocabulary(sentences)
    t0 = time.perf_counter()
    data = prepare_lm(builder, sentences, vocab)
    say(f"pretraining inputs: {len(data)} sentences, {len(vocab)} predicted words ({time.perf_counter() - t0:.0f} s)")
    torch.manual_seed(seed)
    encoder = Encoder(cfg)
    losses = pretrain(encoder, data, len(vocab) + 1, epochs, PRETRAIN_PARAMS, seed, say)
    state = {k: v for k, v in encoder.state_dict().items() if k.startswith(("form.", "sentence.fwd", "sentence.bwd"))}
    state = {k: v for k, v in state.items() if not k.startswith("form.word_emb")}
    torch.save({"cfg": cfg.to_dict(), "state": state, "losses": losses, "sentences": len(data)}, checkpoint)
