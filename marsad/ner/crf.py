"""The feature CRF named-entity tagger (python-crfsuite): training, loading and tagging."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from marsad.errors import ModelError
from marsad.model import Token
from marsad.ner.corpus import TaggedSentence, read_conll
from marsad.ner.evaluate import Scores, evaluate
from marsad.ner.features import CONTEXT_KEYS, context_features, sentence_features, word_features
from marsad.ner.gazetteer import load_gazetteer
from marsad.ner.neural.viterbi import viterbi

MODEL = Path(__file__).parent / "data" / "ner.crfsuite"
"""The bundled model, produced by ``marsad train ner``."""

DEFAULT_PARAMS: dict[str, float] = {"c1": 0.05, "c2": 0.01, "max_iterations": 200}
"""Training parameters, chosen on a development split carved out of ANERcorp train (see README)."""

SEED = 1729


@dataclass(slots=True)
class TrainReport:
    model: Path
    sentences: int
    tokens: int
    seconds: float
    dev_scores: dict[str, Scores] | None


def _features(sentences: Sequence[TaggedSentence]) -> list[list[list[str]]]:
    return [sentence_features(s.tokens()) for s in sentences]


def split_dev(sentences: list[TaggedSentence], fraction: float) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """Hold out the last ``fraction`` of the sentences (contiguous: whole articles stay on one side)."""
    cut = int(len(sentences) * (1.0 - fraction))
    return sentences[:cut], sentences[cut:]


def train(
    corpus: str | Path,
    out: str | Path = MODEL,
    *,
    c1: float = DEFAULT_PARAMS["c1"],
    c2: float = DEFAULT_PARAMS["c2"],
    max_iterations: int = int(DEFAULT_PARAMS["max_iterations"]),
    dev_fraction: float = 0.0,
    log: Callable[[str], None] | None = None,
) -> TrainReport:
    """Train the CRF on a CoNLL corpus and write the model file.

    With ``dev_fraction`` > 0 the last part of the corpus is held out and scored (for tuning);
    the bundled model is trained on the whole corpus (``dev_fraction=0``). L-BFGS is deterministic;
    the seed is set anyway for any sampling a future change adds.
    """
    import pycrfsuite

    random.seed(SEED)
    say = log or (lambda _m: None)
    sentences = read_conll(corpus)
    train_part, dev_part = split_dev(sentences, dev_fraction) if dev_fraction > 0 else (sentences, [])
    t0 = time.perf_counter()
    say(f"features for {len(train_part)} sentences …")
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent, feats in zip(train_part, _features(train_part), strict=True):
        trainer.append(feats, sent.tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True})
    out_path = Path(out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    say(f"training (c1={c1}, c2={c2}, {max_iterations} iterations) …")
    trainer.train(str(out_path))
    seconds = time.perf_counter() - t0
    dev_scores = None
    if dev_part:
        tagger = CrfTagger(out_path)
        dev_scores = evaluate([s.tags for s in dev_part], tagger.tag_many([s.tokens() for s in dev_part]))
    return TrainReport(out_path, len(train_part), sum(len(s.words) for s in train_part), seconds, dev_scores)


def drop_leading_nisba(tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A person span never starts with a nisba adjective: «الرئيس الجزائري عبد المجيد تبون».

    ANERcorp has few such phrases, so the CRF sometimes pulls the adjective (ال…ي) into the name; a
    multi-token person span whose first word has the article and the nisba ending loses that word.
    (Measured on the development split: no change there, 1 gold name of 295 has this shape.)
    """
    for i in range(len(tags) - 1):
        if tags[i] == "B-PER" and tags[i + 1] == "I-PER":
            core = tokens[i].core
            if core.startswith("ال") and core.endswith("ي") and len(core) > 4:
                tags[i] = "O"
                tags[i + 1] = "B-PER"
    return tags


class _LinearScorer:
    """The model's weights as numpy arrays, and the emission scores of sentences from them.

    A linear-chain CRF scores a tag at a token as the sum of the weights of the token's active features
    (all of value 1). :func:`sentence_features` builds each token's features from its own form's
    features, its neighbours' (their context features under a position prefix), gazetteer matches, a
    stem bigram and BOS/EOS.
    The form-level parts are summed once per distinct form and reused, so a token costs a few vector
    additions instead of handing ~40 feature strings to crfsuite; :func:`viterbi` then decodes all the
    sentences of a document together. ``CrfTagger.tag_reference`` keeps crfsuite's own decoding, and
    the tests check the two give the same tags.
    """

    def __init__(self, tagger: Any) -> None:
        info = tagger.info()
        by_id = sorted(info.labels.items(), key=lambda kv: int(kv[1]))
        self.labels = [name for name, _ in by_id]
        col = {name: j for j, name in enumerate(self.labels)}
        k = len(self.labels)
        self.row: dict[str, int] = {}
        at: list[int] = []
        to: list[int] = []
        for attr, label in info.state_features:
            at.append(self.row.setdefault(attr, len(self.row)))
            to.append(col[label])
        self.zero_row = len(self.row)
        self._by_prefix: tuple[dict[str, int], ...] = tuple(
            {a[2:]: r for a, r in self.row.items() if a.startswith(p)} for p in ("-1", "+1", "-2", "+2")
        )
        self.weights = np.zeros((len(self.row) + 1, k))
        self.weights[at, to] = list(info.state_features.values())
        self.trans = np.zeros((k, k))
        for (a, b), weight in info.transitions.items():
            self.trans[col[a], col[b]] = weight
        self.zero = np.zeros(k)
        self._forms: dict[tuple[str, ...], int] = {}
        self._table = np.zeros((1024, 5, k))
        """Row ``i``: the ``[5, K]`` scores of the form :attr:`_forms` maps to ``i``."""

    def _form(self, t: Token) -> int:
        """The row of :attr:`_table` holding a form's own score and its scores as left, right,
        second-left and second-right neighbour (``[5, K]``).

        The neighbour parts are :func:`bundle`'s prefixed features, looked up through one dictionary
        per prefix keyed by the unprefixed feature (no prefixed string is built).
        """
        key = (t.norm, t.stem, t.prefix, t.suffix, t.core, t.text)
        got = self._forms.get(key)
        if got is None:
            if len(self._forms) >= _FORM_CACHE:
                self._forms.clear()
            got = len(self._forms)
            if got == len(self._table):
                self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            base = word_features(*key)
            ctx = [f for f in base if f.startswith(CONTEXT_KEYS)]
            left, right, left2, right2 = self._by_prefix
            # one gather and one segmented sum for the five parts; the last row of the weights is zero,
            # so a part without any known feature still has a row to sum
            rows: list[int] = []
            starts: list[int] = []
            for table, part in ((self.row, base), (left, ctx), (right, ctx), (left2, base[:2]), (right2, base[:2])):
                starts.append(len(rows))
                rows.extend([r for r in map(table.get, part) if r is not None])
                if len(rows) == starts[-1]:
                    rows.append(self.zero_row)
            self._table[got] = np.add.reduceat(self.weights[rows], starts, axis=0)
            self._forms[key] = got
        return got

    def emissions(self, tokens: Sequence[Token]) -> np.ndarray:
        """``[n, K]`` emission scores, equal to the summed weights of :func:`sentence_features`."""
        return self.emissions_many([tokens])[0]

    def emissions_many(self, sentences: Sequence[Sequence[Token]]) -> list[np.ndarray]:
        """The emissions of many (non-empty) sentences, computed together: one gather of the form
        scores for all their tokens, the neighbours' parts added with sentence-boundary masks, and the
        sentence-level features (:func:`context_features`) added in one scatter."""
        lengths = [len(s) for s in sentences]
        ids = [self._form(t) for s in sentences for t in s]  # may grow the table: before reading it
        f = self._table[ids]  # [N, 5, K]
        n = len(ids)
        # position of each token in its sentence and its sentence's length, to mask the neighbours
        pos = np.concatenate([np.arange(m) for m in lengths]) if n else np.zeros(0, dtype=np.intp)
        size = np.repeat(lengths, lengths)
        em = f[:, 0].copy()
        em[1:] += f[:-1, 1] * (pos[1:] >= 1)[:, None]
        em[:-1] += f[1:, 2] * (pos[:-1] < size[:-1] - 1)[:, None]
        em[2:] += f[:-2, 3] * (pos[2:] >= 2)[:, None]
        em[:-2] += f[2:, 4] * (pos[:-2] < size[:-2] - 2)[:, None]
        at: list[int] = []
        rows: list[int] = []
        row = self.row
        gazetteer = load_gazetteer()
        offset = 0
        for tokens in sentences:
            gz = gazetteer.match(tokens)
            for i in range(len(tokens)):
                for part in context_features(tokens, gz, i):
                    for x in part:
                        r = row.get(x)
                        if r is not None:
                            at.append(offset + i)
                            rows.append(r)
            offset += len(tokens)
        if rows:
            np.add.at(em, at, self.weights[rows])
        return np.split(em, np.cumsum(lengths)[:-1])


_FORM_CACHE = 200_000
"""Distinct token forms whose scores are kept (news is Zipfian: the cache rarely fills)."""


class CrfTagger:
    """A loaded CRF model; tags token sequences with BIO labels (PER, ORG, LOC, MISC)."""

    def __init__(self, path: str | Path = MODEL) -> None:
        import pycrfsuite

        self.path = Path(path)
        if not self.path.is_file():
            raise ModelError(
                f"NER model {self.path} not found; run 'marsad train ner' or set [ner] model in the settings"
            )
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except OSError as exc:
            raise ModelError(f"NER model {self.path} could not be read ({exc}); retrain it") from None

        self._scorer = _LinearScorer(self._tagger)

    def tag(self, tokens: Sequence[Token]) -> list[str]:
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: Sequence[Sequence[Token]]) -> list[list[str]]:
        """BIO tags of each sentence, all decoded together (see :class:`_LinearScorer`)."""
        out: list[list[str]] = [[] for _ in sentences]
        todo = [i for i, s in enumerate(sentences) if s]
        if not todo:
            return out
        sc = self._scorer
        ems = sc.emissions_many([sentences[i] for i in todo])
        lengths = [len(e) for e in ems]
        batch = np.zeros((len(ems), max(lengths), len(sc.labels)))
        for b, e in enumerate(ems):
            batch[b, : len(e)] = e
        paths = viterbi(batch, lengths, sc.trans, sc.zero, sc.zero)
        for i, path in zip(todo, paths, strict=True):
            out[i] = drop_leading_nisba(sentences[i], [sc.labels[j] for j in path])
        return out

    def tag_reference(self, tokens: Sequence[Token]) -> list[str]:
        """The tags crfsuite's own decoder gives (slower; the tests compare :meth:`tag` with it)."""
        if not tokens:
            return []
        return drop_leading_nisba(tokens, list(self._tagger.tag(sentence_features(tokens))))


@lru_cache(maxsize=4)
def load_tagger(path: str | None = None) -> CrfTagger:
    """The tagger for ``path`` (the bundled model when None), loaded once per process."""
    return CrfTagger(Path(path) if path else MODEL)


def evaluate_file(
    corpus: str | Path, model: str | Path | None = None, backend: str = "crf", window: int = 0
) -> dict[str, Scores]:
    """Scores of a backend's model on a CoNLL corpus (exact spans, conlleval rules).

    ``window`` > 0 reads the corpus as documents of that many consecutive sentences and applies the
    pipeline's consistency pass (:mod:`marsad.ner.consistency`) to each; 0 scores sentence by sentence.
    """
    from marsad.ner import load_backend
    from marsad.ner.consistency import tag_in_windows

    sentences = read_conll(corpus)
    tagger = load_backend(backend, str(model) if model else None)
    return evaluate(
        [s.tags for s in sentences], tag_in_windows(tagger.tag_many, [s.tokens() for s in sentences], window)
    )
