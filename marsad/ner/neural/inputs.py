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
per distinct form per process; at inference only the form network's output is kept (:class:`FormTable`).
"""

from __future__ import annotations

import threading
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
"""Distinct token forms whose inputs (training) or representations (inference) are kept per process (news
is Zipfian; the CRF's caches are as large). At inference that is 300,000 × 128 float32, about 150 MB."""

FORM_CHUNK = 4096
"""At most this many new forms go through the form network in one call (bounds memory on huge inputs)."""

FormNet = Callable[[dict[str, np.ndarray]], np.ndarray]
"""The form network: ``{"vecs", "chars", "feats", "words"}`` of N forms → their representations [N, width]."""

_PREFIX_COLS = {p: FEATURE_IDS[f"prefix={p}"] for p in PREFIXES}
_PREFIX_OTHER = FEATURE_IDS["prefix=other"]
_SUFFIX_COLS = {s: FEATURE_IDS[f"suffix={s}"] for s in SUFFIXES}
_SHAPE_COLS = {s: FEATURE_IDS[f"shape={s}"] for s in SHAPES}
_ZIPF_COLS = [FEATURE_IDS[f"zipf={b}"] for b in range(8)]
_ZIPF_STEM_COLS = [FEATURE_IDS[f"zipf_stem={b}"] for b in range(8)]
_UNIT_COLS = {g: FEATURE_IDS[f"unit={g}"] for g in GAZ_LABELS}
_SINGLE_COLS = {g: FEATURE_IDS[f"single={g}"] for g in GAZ_LABELS}
"""Columns of the multi-hot features, looked up without building their names (run once per new form)."""
_NO_CHARS = [0] * MAX_CHARS


def _zbin(z: float) -> int:
    return 0 if z < 0 else 1 + min(int(z), 6)


@dataclass(slots=True)
class _Form:
    vec: np.ndarray
    chars: np.ndarray
    feats: np.ndarray
    word: int


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

    @classmethod
    def padded(cls, b: int, t: int, vec_dim: int) -> Batch:
        """An all-padding batch of ``b`` sentences of ``t`` positions, to be filled in place."""
        return cls(
            np.zeros((b, t, vec_dim), dtype=np.float32),
            np.zeros((b, t, MAX_CHARS), dtype=np.int64),
            np.zeros((b, t, N_FEATURES), dtype=np.float32),
            np.zeros((b, t, N_MATCHES), dtype=np.float32),
            np.zeros((b, t), dtype=np.int64),
            np.tile(np.arange(t, dtype=np.int64), (b, 1)),
            np.zeros(b, dtype=np.int64),
        )

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
        """The network inputs of one token form (training; cached)."""
        f = self._forms.get(tok.text)
        if f is None:
            x = self.form_inputs([tok])
            f = _Form(x["vecs"][0], x["chars"][0], x["feats"][0], int(x["words"][0]))
            if len(self._forms) < MAX_CACHED_FORMS:
                self._forms[tok.text] = f
        return f

    def form_inputs(self, tokens: Sequence[Token]) -> dict[str, np.ndarray]:
        """The form network's inputs of ``tokens`` (one row each): ``vecs``, ``chars``, ``feats``, ``words``.

        Built for many forms at once: a few numpy calls for the lot instead of a few per form.
        """
        n = len(tokens)
        vecs = self.vectors.vectors([w for tok in tokens for w in (tok.norm, tok.core)]).reshape(n, -1)
        chars: list[int] = []
        rows: list[int] = []
        cols: list[int] = []
        for r, tok in enumerate(tokens):
            ids = [CHAR_IDS.get(c, 1) for c in tok.norm[:MAX_CHARS]]
            chars += ids
            chars += _NO_CHARS[len(ids) :]
            on = self._feature_columns(tok)
            rows += [r] * len(on)
            cols += on
        feats = np.zeros((n, N_FEATURES), dtype=np.float32)
        feats[rows, cols] = 1.0
        return {
            "vecs": vecs,
            "chars": np.array(chars, dtype=np.int64).reshape(n, MAX_CHARS),
            "feats": feats,
            "words": np.array([self.vocabulary.get(tok.core, 0) for tok in tokens], dtype=np.int64),
        }

    def _feature_columns(self, tok: Token) -> list[int]:
        """The columns of :data:`FEATURES` that are on for ``tok``."""
        stem, core = tok.stem, tok.core
        on = [
            _PREFIX_COLS.get(tok.prefix, _PREFIX_OTHER),
            _SUFFIX_COLS.get(tok.suffix, _SUFFIX_COLS[""]),
            _SHAPE_COLS[_shape(tok.text)],
            _ZIPF_COLS[_zbin(zipf(tok.norm))],
            _ZIPF_STEM_COLS[_zbin(zipf(stem))],
        ]
        bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
        if stem.startswith("ال") or core.startswith("ال") or tok.prefix.endswith(("ال", "لل")):
            on.append(FEATURE_IDS["article"])
        if bare.endswith(("ي", "يه", "يون", "يين")):
            on.append(FEATURE_IDS["nisba"])
        if core in PERSON_CUES or stem in PERSON_CUES:
            on.append(FEATURE_IDS["cue=PER"])
        if bare in ORG_CUES or stem in ORG_CUES:
            on.append(FEATURE_IDS["cue=ORG"])
        if bare in LOC_CUES or stem in LOC_CUES:
            on.append(FEATURE_IDS["cue=LOC"])
        g = self.gazetteer
        for key in (core, stem, bare, "ال" + bare):
            on += [_UNIT_COLS[lab] for lab in g.unit.get(key, ()) if lab in _UNIT_COLS]
            on += [_SINGLE_COLS[lab] for lab in g.entries.get((key,), ()) if lab in _SINGLE_COLS]
        return on

    def batch(self, sentences: Sequence[Sequence[Token]]) -> Batch:
        out = Batch.padded(len(sentences), max(len(s) for s in sentences), 2 * self.vectors.dim)
        for i, sent in enumerate(sentences):
            n = len(sent)
            out.lengths[i] = n
            forms = [self.form(tok) for tok in sent]
            out.vecs[i, :n] = [f.vec for f in forms]
            out.chars[i, :n] = [f.chars for f in forms]
            out.feats[i, :n] = [f.feats for f in forms]
            out.words[i, :n] = [f.word for f in forms]
            out.rev[i, :n] = np.arange(n - 1, -1, -1)
            self._match(sent, out.match[i])
        return out

    def _match(self, sent: Sequence[Token], out: np.ndarray) -> None:
        for j, labs in enumerate(self.gazetteer.match(sent)):
            for lab in labs:
                k = MATCH_IDS.get(lab)
                if k is not None:
                    out[j, k] = 1.0

    def sentence_inputs(self, sentences: Sequence[Sequence[Token]], table: FormTable) -> SentenceInputs:
        """Inputs of the sentence network for ``sentences`` (inference), to be cut into padded batches.

        Forms not in ``table`` yet go through its form network together, once.
        """
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        starts = np.zeros(len(sentences), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        n = int(lengths.sum())
        rows = np.zeros(n + 1, dtype=np.intp)  # the last entry stands for padding: the table's zero row
        rows[:n], forms = table.rows([tok for s in sentences for tok in s], self.form_inputs)
        match = np.zeros((n + 1, N_MATCHES), dtype=np.float32)
        hits: list[int] = []
        cols: list[int] = []
        for sent, start in zip(sentences, starts.tolist(), strict=True):
            for j, labs in enumerate(self.gazetteer.match(sent)):
                for lab in labs:
                    k = MATCH_IDS.get(lab)
                    if k is not None:
                        hits.append(start + j)
                        cols.append(k)
        match[hits, cols] = 1.0
        return SentenceInputs(forms, rows, match, starts, lengths)


class FormTable:
    """The form network's output for every token form seen so far (the inference cache), one row each.

    Row 0 is all zeros (padding). Holds up to :data:`MAX_CACHED_FORMS` forms, then starts again empty:
    the frequent forms come back at once, and memory stays bounded however long the run.

    :meth:`rows` gives the array its rows point into: a row once given out is never written again in
    that array (growing copies it, starting again takes a new one), so the rows one thread got stay
    right while another thread adds forms.
    """

    def __init__(self, form_net: FormNet) -> None:
        self.form_net = form_net
        self.table = np.zeros((1, 0), dtype=np.float32)
        self._rows: dict[str, int] = {}
        self._lock = threading.Lock()

    def rows(
        self, tokens: Sequence[Token], inputs: Callable[[Sequence[Token]], dict[str, np.ndarray]]
    ) -> tuple[list[int], np.ndarray]:
        """The row of each token's form, and the table they index.

        New forms get their network inputs from ``inputs`` and are run through the form network, once.
        """
        with self._lock:
            get = self._rows.get
            rows = [get(tok.text, 0) for tok in tokens]
            if 0 in rows:
                rows = self._add(tokens, rows, inputs)
            return rows, self.table

    def _add(
        self, tokens: Sequence[Token], rows: list[int], inputs: Callable[[Sequence[Token]], dict[str, np.ndarray]]
    ) -> list[int]:
        if len(self._rows) + rows.count(0) > MAX_CACHED_FORMS:
            self._rows.clear()
            self.table = np.zeros((1, 0), dtype=np.float32)
            rows = [0] * len(tokens)
        base = len(self._rows) + 1
        new: dict[str, int] = {}  # the rows given to new forms, in order
        todo: list[Token] = []
        for i, tok in enumerate(tokens):
            if not rows[i]:
                r = new.get(tok.text)
                if r is None:
                    r = new[tok.text] = base + len(todo)
                    todo.append(tok)
                rows[i] = r
        xs = [self.form_net(inputs(todo[i : i + FORM_CHUNK])) for i in range(0, len(todo), FORM_CHUNK)]
        self._store(base, np.concatenate(xs))
        self._rows.update(new)
        return rows

    def _store(self, base: int, xs: np.ndarray) -> None:
        """Write ``xs`` from row ``base`` on, growing the table by doubling (never past the limit unless one
        input needs more)."""
        need = base + len(xs)
        if self.table.shape[1] != xs.shape[1] or need > len(self.table):
            cap = max(need, min(2 * len(self.table), MAX_CACHED_FORMS + 1), 4096)
            grown = np.zeros((cap, xs.shape[1]), dtype=np.float32)
            if self.table.shape[1] == xs.shape[1]:
                grown[:base] = self.table[:base]
            self.table = grown
        self.table[base:need] = xs


@dataclass(slots=True)
class SentenceInputs:
    """The sentence network's inputs of a list of sentences, as flat per-token arrays (see :meth:`feed`)."""

    table: np.ndarray  # float32 [rows, width]: form representations, row 0 zeros
    rows: np.ndarray  # [N + 1]: each token's row in ``table`` (the last entry: 0, padding)
    match: np.ndarray  # float32 [N + 1, N_MATCHES]: gazetteer matches (the last row: zeros, padding)
    starts: np.ndarray  # int64 [S]: each sentence's first token in the flat arrays
    lengths: np.ndarray  # int64 [S]

    def feed(self, a: int, b: int) -> dict[str, np.ndarray]:
        """The network inputs of sentences ``a`` to ``b - 1``, padded to the longest of them."""
        lengths = self.lengths[a:b, None]
        pos = np.arange(int(lengths.max()), dtype=np.int64)
        inside = pos < lengths  # [B, T]
        flat = np.where(inside, self.starts[a:b, None] + pos, len(self.rows) - 1)
        return {
            "x": self.table[self.rows[flat]],
            "match": self.match[flat],
            # per sentence, positions reversed within its length (padding left where it is)
            "rev": np.where(inside, lengths - 1 - pos, pos),
        }
