"""The neural named-entity tagger: subword vectors + character CNN + BiLSTM, with a CRF layer.

Inference needs numpy and onnxruntime only. The model files in ``data/`` are

* ``vectors.npz``: int8 fastText vectors (frequent words and character n-gram buckets) learnt from
  the ANT multi-source news corpus (Apache 2.0), see :mod:`marsad.ner.neural.vectors`;
* ``form.onnx``: the network that turns a token form (vectors, characters, features) into its
  representation, run once per distinct form and cached;
* ``sentence.onnx``: the BiLSTM that turns a sentence's representations into one score per BIO tag;
* ``tagger.json``: the tag list and the CRF's transition scores, decoded with Viterbi in numpy.

They are rebuilt by ``python -m marsad.ner.neural.train all`` (needs the ``train`` extra: torch,
gensim). The tagger has the interface of :class:`marsad.ner.crf.CrfTagger`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from marsad.errors import ModelError
from marsad.model import Token

DATA = Path(__file__).parent / "data"
"""The bundled model folder."""

MODEL_FILES = ("vectors.npz", "form.onnx", "sentence.onnx", "tagger.json")

BATCH_TOKENS = 2048
"""A batch of the sentence network holds at most this many padded tokens (or one longer sentence)."""

DECODE_TOKENS = 32_768
"""Sentences are decoded (Viterbi) in groups of at most this many padded tokens (or one longer sentence)."""

# The cost of one sentence-network call, in µs on one core, measured with onnxruntime 1.32: about 60 per
# call, 2 per time step and 4.3 per padded token. Padding is paid in full (the LSTMs run over it), so a
# document's sentences, sorted by length, are cut into the batches that minimise this estimate (the total
# is flat near the optimum: halving or doubling CALL_COST changes it by a few per cent at most).
CALL_COST = 60.0
STEP_COST = 2.0
TOKEN_COST = 4.3
MAX_BATCH = 64
"""Most sentences in one batch (beyond a few dozen a larger batch is no cheaper per token)."""


class NeuralTagger:
    """A loaded neural model; tags token sequences with BIO labels (PER, ORG, LOC, MISC)."""

    def __init__(self, path: str | Path = DATA, threads: int = 1) -> None:
        self.path = Path(path)
        missing = [f for f in MODEL_FILES if not (self.path / f).is_file()]
        if missing:
            raise ModelError(
                f"neural NER model files missing in {self.path}: {', '.join(missing)}; run "
                "'python -m marsad.ner.neural.train all' or set [ner] backend = \"crf\" in the settings"
            )
        try:
            import onnxruntime as ort
        except ImportError:
            raise ModelError(
                "the neural NER backend needs onnxruntime; run 'pip install onnxruntime' "
                'or set [ner] backend = "crf" in the settings'
            ) from None
        from marsad.ner.neural.inputs import FormTable, InputBuilder
        from marsad.ner.neural.vectors import SubwordVectors
        from marsad.ner.neural.viterbi import bio_constraints

        try:
            meta = json.loads((self.path / "tagger.json").read_text(encoding="utf-8"))
            self.tags: list[str] = meta["tags"]
            trans_c, start_c = bio_constraints(self.tags)
            self._trans = np.asarray(meta["transitions"], dtype=np.float32) + trans_c
            self._start = np.asarray(meta["start"], dtype=np.float32) + start_c
            self._end = np.asarray(meta["end"], dtype=np.float32)
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
            # every batch has a new shape: onnxruntime's arena and memory patterns would keep a
            # buffer per shape and grow without bound over a long run
            opts.enable_cpu_mem_arena = False
            opts.enable_mem_pattern = False
            self._form = ort.InferenceSession(str(self.path / "form.onnx"), opts, providers=["CPUExecutionProvider"])
            self._sentence = ort.InferenceSession(
                str(self.path / "sentence.onnx"), opts, providers=["CPUExecutionProvider"]
            )
            self._inputs = InputBuilder(
                SubwordVectors(self.path / "vectors.npz"), vocabulary=meta.get("word_vocab") or ()
            )
            self._form_inputs = {i.name for i in self._form.get_inputs()}
            self._forms = FormTable(self._run_form)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"neural NER model in {self.path} could not be read ({exc}); retrain it") from None
        except Exception as exc:  # onnxruntime raises its own exception classes
            raise ModelError(f"neural NER model in {self.path} could not be loaded ({exc}); retrain it") from None
        self.meta = meta

    def _run_form(self, feed: dict[str, np.ndarray]) -> np.ndarray:
        out: np.ndarray = self._form.run(None, {k: v for k, v in feed.items() if k in self._form_inputs})[0]
        return out

    def tag(self, tokens: Sequence[Token]) -> list[str]:
        if not tokens:
            return []
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: Sequence[Sequence[Token]]) -> list[list[str]]:
        """Tags of many sentences; batching sentences of similar length is much faster than one by one.

        Every sentence gets the tags it would get alone (padding only ever follows the words).
        """
        from marsad.ner.neural.viterbi import viterbi

        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        tags = self.tags
        # a document's sentences are usually one group: their inputs are built together (new forms run
        # through the form network in one call), then cut into batches, then decoded together
        for first, stop in _decode_groups([len(sentences[i]) for i in order]):
            idx = order[first:stop]
            inputs = self._inputs.sentence_inputs([sentences[i] for i in idx], self._forms)
            lengths = inputs.lengths
            em = np.zeros((len(idx), lengths[-1], len(tags)), dtype=np.float32)
            for a, b in plan_batches(lengths.tolist()):
                em[a:b, : lengths[b - 1]] = self._sentence.run(None, inputs.feed(a, b))[0]
            for i, path in zip(idx, viterbi(em, lengths, self._trans, self._start, self._end), strict=True):
                out[i] = [tags[p] for p in path]
        return out


def _decode_groups(lengths: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs (``start``, ``stop``) of the ascending ``lengths`` of at most :data:`DECODE_TOKENS`
    padded tokens each (a longer sentence alone)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(lengths):
        j = k + 1
        while j < len(lengths) and (j + 1 - k) * lengths[j] <= DECODE_TOKENS:
            j += 1
        out.append((k, j))
        k = j
    return out


def plan_batches(lengths: Sequence[int]) -> list[tuple[int, int]]:
    """Cut sentences sorted by ascending length into the batches (``start``, ``stop``) cheapest to run.

    The cost of a batch is estimated as ``CALL_COST + longest · (STEP_COST + TOKEN_COST · size)``; the
    cheapest cut is found exactly by dynamic programming over the cut points. A batch holds at most
    :data:`MAX_BATCH` sentences and :data:`BATCH_TOKENS` padded tokens (one longer sentence goes alone).
    """
    n = len(lengths)
    best = [0.0] * (n + 1)  # best[j]: cheapest cost of the first j sentences
    cut = [0] * (n + 1)  # cut[j]: where the last batch of that cheapest cost starts
    for j in range(1, n + 1):
        longest = lengths[j - 1]
        best[j] = best[j - 1] + CALL_COST + longest * (STEP_COST + TOKEN_COST)
        cut[j] = j - 1
        for k in range(j - 2, max(-1, j - 1 - MAX_BATCH), -1):
            size = j - k
            if size * longest > BATCH_TOKENS:
                break
            cost = best[k] + CALL_COST + longest * (STEP_COST + TOKEN_COST * size)
            if cost < best[j]:
                best[j], cut[j] = cost, k
    batches: list[tuple[int, int]] = []
    j = n
    while j > 0:
        batches.append((cut[j], j))
        j = cut[j]
    batches.reverse()
    return batches


@lru_cache(maxsize=4)
def load_neural_tagger(path: str | None = None) -> NeuralTagger:
    """The neural tagger for the model folder ``path`` (the bundled model when None), loaded once per process."""
    return NeuralTagger(Path(path) if path else DATA)


__all__ = ["DATA", "NeuralTagger", "load_neural_tagger", "plan_batches"]
