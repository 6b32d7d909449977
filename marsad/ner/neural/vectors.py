"""Word vectors for any word from the shipped int8 table (numpy only; no gensim at inference).

The table holds the most frequent words of the unlabeled corpus and the hashed character n-gram
buckets of a fastText model (see :mod:`marsad.ner.neural.embeddings`). A word in the table gets its
stored vector; any other word gets the mean of its n-gram vectors, computed exactly as fastText does
(n-grams of ``<word>`` in characters, hashed with FNV-1a over the UTF-8 bytes read as signed chars),
so a name never seen in training — or glued to a clitic — still gets a vector close to its spelling
neighbours.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

_FNV_OFFSET = 2166136261
_FNV_PRIME = 16777619
_SIGNED = tuple((b - 256 if b > 127 else b) & 0xFFFFFFFF for b in range(256))
"""A byte read as a signed char, as the unsigned 32-bit value fastText XORs into the hash."""

MAX_CACHED_WORDS = 100_000
"""Vectors of words outside the table kept per process."""


def ft_hash(data: bytes) -> int:
    """fastText's n-gram hash (FNV-1a, bytes as signed chars), as gensim's ``ft_hash_bytes``."""
    h = _FNV_OFFSET
    for b in data:
        h = ((h ^ _SIGNED[b]) * _FNV_PRIME) & 0xFFFFFFFF
    return h


def char_ngrams(word: str, min_n: int, max_n: int) -> list[str]:
    """The character n-grams fastText uses for ``word`` (with ``<`` and ``>`` boundary marks)."""
    w = f"<{word}>"
    out: list[str] = []
    for i in range(len(w)):
        for n in range(min_n, max_n + 1):
            if i + n > len(w):
                break
            out.append(w[i : i + n])
    return out


@lru_cache(maxsize=4096)
def _char_bytes(c: str) -> tuple[int, ...]:
    return tuple(_SIGNED[b] for b in c.encode("utf-8"))


def ngram_hashes(word: str, min_n: int, max_n: int) -> list[int]:
    """:func:`ft_hash` of each of ``char_ngrams(word, min_n, max_n)``, in the same order.

    FNV-1a reads the bytes in order, so the hash of an n-gram goes on from the hash of the shorter
    n-gram it extends: each start position is hashed once up to ``max_n`` characters.
    """
    chars = [_char_bytes(c) for c in f"<{word}>"]
    out: list[int] = []
    for i in range(len(chars)):
        h = _FNV_OFFSET
        for n, c in enumerate(chars[i : i + max_n], 1):
            for b in c:
                h = ((h ^ b) * _FNV_PRIME) & 0xFFFFFFFF
            if n >= min_n:
                out.append(h)
    return out


class SubwordVectors:
    """Loaded vector table; :meth:`vectors` gives float32 vectors for any words (cached)."""

    def __init__(self, path: Path) -> None:
        with np.load(path) as z:
            words = str(z["words"]).split("\n")
            self.word_vectors = z["word_q"].astype(np.float32) * z["word_scale"].astype(np.float32)[:, None]
            self.ngram_q = z["ngram_q"]
            self.ngram_scale = z["ngram_scale"].astype(np.float32)
            self.min_n = int(z["min_n"])
            self.max_n = int(z["max_n"])
        self.index = {w: i for i, w in enumerate(words)}
        self.dim = int(self.word_vectors.shape[1])
        self.buckets = int(self.ngram_q.shape[0])
        self._cache: dict[str, np.ndarray] = {}
        self._zero = np.zeros(self.dim, dtype=np.float32)

    def vector(self, word: str) -> np.ndarray:
        """The vector of one word."""
        return self.vectors([word])[0]

    def vectors(self, words: Sequence[str]) -> np.ndarray:
        """The vectors of ``words``, one row each (float32 [len(words), dim])."""
        get = self.index.get
        rows = [get(w, -1) for w in words]
        out = self.word_vectors.take(rows, axis=0)
        unknown = [i for i, r in enumerate(rows) if r < 0]
        if unknown:
            cache = self._cache
            new = [w for w in dict.fromkeys(words[i] for i in unknown) if w not in cache]
            fresh = dict(zip(new, self._from_ngrams(new), strict=True))
            out[unknown] = [cache[w] if w in cache else fresh[w] for w in (words[i] for i in unknown)]
            for w, v in itertools.islice(fresh.items(), max(0, MAX_CACHED_WORDS - len(cache))):
                cache[w] = v
        return out

    def _from_ngrams(self, words: Sequence[str]) -> list[np.ndarray]:
        """The mean n-gram vector of each word (a zero vector when it has none), for many words at once."""
        hashes = [ngram_hashes(w, self.min_n, self.max_n) for w in words]
        rows = np.array([h for hs in hashes for h in hs], dtype=np.int64) % self.buckets
        m = self.ngram_q[rows].astype(np.float32) * self.ngram_scale[rows, None]
        out: list[np.ndarray] = []
        a = 0
        for hs in hashes:
            b = a + len(hs)
            # the same bits as m[a:b].mean(axis=0) word by word: the rows are summed in the same order
            # (np.add.reduceat would not), and a float32 division gives what np.mean's float64 one rounds to
            out.append(np.true_divide(m[a:b].sum(axis=0), b - a, dtype=np.float32) if b > a else self._zero)
            a = b
        return out
