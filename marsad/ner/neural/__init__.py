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
"""Sentences are tagged in batches of similar length holding about this many padded tokens."""


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
        from marsad.ner.neural.inputs import InputBuilder
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
        """Tags of many sentences; batching sentences of similar length is much faster than one by one."""
        from marsad.ner.neural.viterbi import viterbi

        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        k = 0
        while k < len(order):
            # grow the batch while the padded size stays under BATCH_TOKENS (sorted: the last is longest)
            j = k + 1
            while j < len(order) and (j + 1 - k) * len(sentences[order[j]]) <= BATCH_TOKENS:
                j += 1
            idx = order[k:j]
            feed = self._inputs.sentence_inputs([sentences[i] for i in idx], self._run_form)
            (em,) = self._sentence.run(None, feed)
            lengths = np.array([len(sentences[i]) for i in idx], dtype=np.int64)
            for i, path in zip(idx, viterbi(em, lengths, self._trans, self._start, self._end), strict=True):
                out[i] = [self.tags[p] for p in path]
            k = j
        return out


@lru_cache(maxsize=4)
def load_neural_tagger(path: str | None = None) -> NeuralTagger:
    """The neural tagger for the model folder ``path`` (the bundled model when None), loaded once per process."""
    return NeuralTagger(Path(path) if path else DATA)


__all__ = ["DATA", "NeuralTagger", "load_neural_tagger"]
