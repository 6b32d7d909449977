"""Tests of the language-model pretraining of the neural tagger (marsad.ner.neural.pretrain)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import shared

from marsad.ner.corpus import TaggedSentence
from marsad.ner.neural import DATA
from marsad.ner.neural.inputs import InputBuilder
from marsad.ner.neural.pretrain import lm_vocabulary, prepare_lm
from marsad.ner.neural.pseudo import unlabeled_sentences
from marsad.ner.neural.vectors import SubwordVectors

SENTENCES = [
    "قصفت طائرات التحالف مواقع للحوثيين في صنعاء".split(),
    "وقصفت الطائرات مواقع الحوثيين قرب عدن".split(),
    "التقى الرئيس وزير الخارجية في القاهرة".split(),
]


def test_several_sentences_per_article_come_in_article_order() -> None:
    path = shared("ant_multisource", "ant_multisource.jsonl.xz")
    one = list(unlabeled_sentences(path, 30))
    many = list(unlabeled_sentences(path, 30, per_article=5))
    assert len(many) == 30 and many == list(unlabeled_sentences(path, 30, per_article=5))
    assert len({tuple(s) for s in many}) == 30
    assert many[0] == one[0]  # the first sentence of the first article starts both
    assert len(set(map(tuple, many)) - set(map(tuple, one))) > 0


def test_lm_targets_are_word_cores_ranked_by_frequency() -> None:
    tagged = [TaggedSentence(w, ["O"] * len(w)) for w in SENTENCES]
    vocab = lm_vocabulary(tagged)
    assert sorted(vocab.values()) == list(range(1, len(vocab) + 1))
    # «قصفت» and «وقصفت» share a core, so it is among the most frequent words
    assert vocab["قصفت"] <= 3
    small = lm_vocabulary(tagged, size=2)
    assert len(small) == 2
    data = prepare_lm(InputBuilder(SubwordVectors(DATA / "vectors.npz")), tagged, small)
    assert [len(d.tags) for d in data] == [len(w) for w in SENTENCES]
    ids = np.concatenate([d.tags for d in data])
    assert set(ids.tolist()) <= {0, 1, 2} and 0 in ids  # words outside the vocabulary are not predicted


def test_pretraining_lowers_the_loss_and_the_tagger_starts_from_it(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    from marsad.ner.neural.model import Encoder
    from marsad.ner.neural.pretrain import PRETRAIN_PARAMS, pretrain, pretrained_encoder
    from marsad.ner.neural.train import net_config, prepare, train_net

    builder = InputBuilder(SubwordVectors(DATA / "vectors.npz"))
    tagged = [TaggedSentence(w, ["O"] * len(w)) for w in SENTENCES * 4]
    vocab = lm_vocabulary(tagged)
    data = prepare_lm(builder, tagged, vocab)
    cfg = net_config(data[0].batch.vecs.shape[2], {"word_dim": 8, "word_vocab": 1})
    losses = pretrain(Encoder(cfg), data, len(vocab) + 1, 6, {**PRETRAIN_PARAMS, "batch": 4}, 1, lambda _: None)
    assert losses[-1] < losses[0]

    ck = tmp_path / "lm.pt"
    pretrained_encoder(tagged, builder, cfg, 1, ck, 1, lambda _: None)
    state = torch.load(ck, weights_only=False)["state"]
    assert any(k.startswith("sentence.fwd") for k in state) and not any("out" in k.split(".")[1] for k in state)
    assert not any(k.startswith("form.word_emb") for k in state)

    ner = [TaggedSentence(SENTENCES[0], ["O", "O", "B-ORG", "O", "O", "O", "B-LOC"])]
    said: list[str] = []
    train_net(
        prepare(builder, ner),
        [],
        [],
        1,
        {"lr": 0.0, "batch": 1, "clip": 5.0, "decay": 1.0},
        {"word_dim": 8},
        tmp_path / "ner.pt",
        say=said.append,
        init=ck,
    )
    assert any("pretrained" in s for s in said)
    tuned = torch.load(tmp_path / "ner.pt", weights_only=False)["encoder"]
    # with a zero learning rate the LSTM weights are the pretrained ones
    assert torch.equal(tuned["sentence.fwd.weight_ih_l0"], state["sentence.fwd.weight_ih_l0"])
