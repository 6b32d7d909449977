"""Token inputs of the neural tagger, shared by training and inference (numpy only).

Per token: the fastText vectors of its normalised form and of its clitic-free ``core`` (so وبنغازي and
لحفتر are also read as بنغازي and حفتر), the ids of its first :data:`MAX_CHARS` normalised characters
for the character CNN, and a multi-hot vector of the features listed in :data:`FEATURES`: clitic
prefix and pronoun suffix, word shape, lexicon frequency bins of the word and its stem, the article,
the nisba ending, cue words (الرئيس، وزارة، مدينة …, shared with the CRF), and the gazetteer
(:mod:`marsad.ner.gazetteer`): whether the word is a one-word name or part of a longer name in the
lists, and the B/I position of longest-matching names over the sentence.

Optionally, the id of the token's ``core`` in the training vocabulary (words seen at least twice in
training) feeds a small trainable embedding, so that the model can remember names as the CRF does.

Everything but the gazetteer match depends on the token's surface form only, so it is computed once
per distinct form per process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from marsad.model import Token
from marsad.ner.features import LOC_CUES, ORG_CUES, PERSON_CUES, _shape
from marsad.ner.gazetteer import Gazetteer, load_gazetteer
from marsad.ner.neural.vectors import SubwordVectors
from marsad.text.lexicon import zipf

TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")

MAX_CHARS = 16
CHARS = "ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىيپچژگکی0123456789abcdefghijklmnopqrstuvwxyz.,،؛;:!?؟\"'()[]«»-_/%$&@#+*=<>|"
"""Characters with their own id in the character CNN (after normalisation); others share one id."""
CHAR_IDS = {c: i + 2 for i, c in enumerate(CHARS)}  # 0 = padding, 1 = other
N_CHARS = len(CHARS) + 2

PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال",
            "وب", "ول", "فب", "فل", "وك", "س", "وس")  # fmt: skip
SUFFIXES = ("", "ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "ي", "ني", "نا")
SHAPES = ("digit", "ar", "lat_up", "lat", "num", "punct")
GAZ_LABELS = ("fane_PER", "fane_ORG", "fane_LOC", "geo", "country")

FEATURES: tuple[str, ...] = (
    *(f"prefix={p}" for p in PREFIXES),
    "prefix=other",
    *(f"suffix={s}" for s in SUFFIXES),
    *(f"shape={s}" for s in SHAPES),
    *(f"zipf={b}" for b in range(8)),
    *(f"zipf_stem={b}" for b in range(8)),
    "article",
    "nisba",
    "cue=PER",
    "cue=ORG",
    "cue=LOC",
    *(f"unit={g}" for g in GAZ_LABELS),
    *(f"single={g}" for g in GAZ_LABELS),
)
"""The names of the multi-hot columns of a token form's features, in order."""
FEATURE_IDS = {f: i for i, f in enumerate(FEATURES)}
N_FEATURES = len(FEATURES)

MATCHES: tuple[str, ...] = (*(f"B-{g}" for g in GAZ_LABELS), *(f"I-{g}" for g in GAZ_LABELS))
"""The columns of the sentence-level gazetteer match (longest names over the sentence)."""
MATCH_IDS = {f: i for i, f in enumerate(MATCHES)}
N_MATCHES = len(MATCHES)

MAX_CACHED_FORMS = 300_000
"""Distinct token forms whose inputs are kept per process (news is Zipfian; the CRF's caches are as large)."""


_EMPTY = np.zeros(0, dtype=np.float32)


def _zbin(z: float) -> int:
    return 0 if z < 0 else 1 + min(int(z), 6)


@dataclass(slots=True)
class _Form:
    vec: np.ndarray
    chars: np.ndarray
    feats: np.ndarray
    word: int
    x: np.ndarray | None = None
    """The form network's output for this form (inference cache, filled by the tagger)."""


@dataclass(slots=True)
class Batch:
    """Network inputs for a list of sentences (padded to the longest)."""

    vecs: np.ndarray  # float32 [B, T, 2·dim]
    chars: np.ndarray  # int64 [B, T, MAX_CHARS]
    feats: np.ndarray  # float32 [B, T, N_FEATURES]
    match: np.ndarray  # float32 [B, T, N_MATCHES]
    words: np.ndarray  # int64 [B, T]: ids in the training vocabulary (0: not in it)
    rev: np.ndarray  # int64 [B, T]: per sentence, positions reversed within its length
    lengths: np.ndarray  # int64 [B]

    def arrays(self) -> dict[str, np.ndarray]:
        return {
            "vecs": self.vecs,
            "chars": self.chars,
            "feats": self.feats,
            "match": self.match,
            "words": self.words,
            "rev": self.rev,
        }


class InputBuilder:
    """Turns token sequences into :class:`Batch` arrays; per-form results are cached."""

    def __init__(
        self, vectors: SubwordVectors, gazetteer: Gazetteer | None = None, vocabulary: Sequence[str] = ()
    ) -> None:
        self.vectors = vectors
        self.vocabulary = {w: i + 1 for i, w in enumerate(vocabulary)}
        self.gazetteer = gazetteer or load_gazetteer()
        self._forms: dict[str, _Form] = {}

    def form(self, tok: Token) -> _Form:
        f = self._forms.get(tok.text)
        if f is None:
            f = self._compute(tok)
            if len(self._forms) < MAX_CACHED_FORMS:
                self._forms[tok.text] = f
        return f

    def _compute(self, tok: Token) -> _Form:
        v = self.vectors
        vec = np.concatenate([v.vector(tok.norm), v.vector(tok.core)])
        chars = np.zeros(MAX_CHARS, dtype=np.int64)
        for i, c in enumerate(tok.norm[:MAX_CHARS]):
            chars[i] = CHAR_IDS.get(c, 1)
        feats = np.zeros(N_FEATURES, dtype=np.float32)
        on = [
            f"prefix={tok.prefix}" if tok.prefix in PREFIXES else "prefix=other",
            f"suffix={tok.suffix}" if tok.suffix in SUFFIXES else "suffix=",
            f"shape={_shape(tok.text)}",
            f"zipf={_zbin(zipf(tok.norm))}",
            f"zipf_stem={_zbin(zipf(tok.stem))}",
        ]
        stem, core = tok.stem, tok.core
        bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
        if stem.startswith("ال") or core.startswith("ال") or tok.prefix.endswith(("ال", "لل")):
            on.append("article")
        if bare.endswith(("ي", "يه", "يون", "يين")):
            on.append("nisba")
        if core in PERSON_CUES or stem in PERSON_CUES:
            on.append("cue=PER")
        if bare in ORG_CUES or stem in ORG_CUES:
            on.append("cue=ORG")
        if bare in LOC_CUES or stem in LOC_CUES:
            on.append("cue=LOC")
        g = self.gazetteer
        for key in (core, stem, bare, "ال" + bare):
            for lab in g.unit.get(key, ()):
                on.append(f"unit={lab}")
            for lab in g.entries.get((key,), ()):
                on.append(f"single={lab}")
        for name in on:
            col = FEATURE_IDS.get(name)
            if col is not None:
                feats[col] = 1.0
        return _Form(vec.astype(np.float32), chars, feats, self.vocabulary.get(tok.core, 0))

    def batch(self, sentences: Sequence[Sequence[Token]]) -> Batch:
        b = len(sentences)
        t = max(len(s) for s in sentences)
        dim = 2 * self.vectors.dim
        vecs = np.zeros((b, t, dim), dtype=np.float32)
        chars = np.zeros((b, t, MAX_CHARS), dtype=np.int64)
        feats = np.zeros((b, t, N_FEATURES), dtype=np.float32)
        match = np.zeros((b, t, N_MATCHES), dtype=np.float32)
        words = np.zeros((b, t), dtype=np.int64)
        rev = np.tile(np.arange(t, dtype=np.int64), (b, 1))
        lengths = np.zeros(b, dtype=np.int64)
        for i, sent in enumerate(sentences):
            n = len(sent)
            lengths[i] = n
            # a form whose inputs were dropped after inference is recomputed (not cached again)
            forms = [f if f.x is None else self._compute(tok) for tok in sent for f in (self.form(tok),)]
            vecs[i, :n] = [f.vec for f in forms]
            chars[i, :n] = [f.chars for f in forms]
            feats[i, :n] = [f.feats for f in forms]
            words[i, :n] = [f.word for f in forms]
            rev[i, :n] = np.arange(n - 1, -1, -1)
            self._match(sent, match[i])
        return Batch(vecs, chars, feats, match, words, rev, lengths)

    def _match(self, sent: Sequence[Token], out: np.ndarray) -> None:
        for j, labs in enumerate(self.gazetteer.match(sent)):
            for lab in labs:
                k = MATCH_IDS.get(lab)
                if k is not None:
                    out[j, k] = 1.0

    def sentence_inputs(
        self, sentences: Sequence[Sequence[Token]], form_net: Callable[[dict[str, np.ndarray]], np.ndarray]
    ) -> dict[str, np.ndarray]:
        """Inputs of the sentence network (inference): the cached form outputs, matches and reversal.

        Forms seen for the first time are run through ``form_net`` together, once.
        """
        b = len(sentences)
        t = max(len(s) for s in sentences)
        forms = [[self.form(tok) for tok in s] for s in sentences]
        new = list({id(f): f for fs in forms for f in fs if f.x is None}.values())
        if new:
            xs = form_net(
                {
                    "vecs": np.stack([f.vec for f in new]),
                    "chars": np.stack([f.chars for f in new]),
                    "feats": np.stack([f.feats for f in new]),
                    "words": np.array([f.word for f in new], dtype=np.int64),
                }
            )
            for f, x in zip(new, xs, strict=True):
                f.x = x
                # the network inputs are not needed again: keep the cache small on long runs
                f.vec = f.chars = f.feats = _EMPTY
        width = forms[0][0].x.shape[0]  # type: ignore[union-attr]
        x = np.zeros((b, t, width), dtype=np.float32)
        match = np.zeros((b, t, N_MATCHES), dtype=np.float32)
        rev = np.tile(np.arange(t, dtype=np.int64), (b, 1))
        for i, (sent, fs) in enumerate(zip(sentences, forms, strict=True)):
            n = len(sent)
            x[i, :n] = [f.x for f in fs]
            rev[i, :n] = np.arange(n - 1, -1, -1)
            self._match(sent, match[i])
        return {"x": x, "match": match, "rev": rev}
