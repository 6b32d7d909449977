"""Word vectors for any word from the shipped int8 table (numpy only; no gensim at inference).

The table holds the most frequent words of the unlabeled corpus and the hashed character n-gram
buckets of a fastText model (see :mod:`marsad.ner.neural.embeddings`). A word in the table gets its
stored vector; any other word gets the mean of its n-gram vectors, computed exactly as fastText does
(n-grams of ``<word>`` in characters, hashed with FNV-1a over the UTF-8 bytes read as signed chars),
so a name never seen in training — or glued to a clitic — still gets a vector close to its spelling
neighbours.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

_FNV_OFFSET = 2166136261
_FNV_PRIME = 16777619


def ft_hash(data: bytes) -> int:
    """fastText's n-gram hash (FNV-1a, bytes as signed chars), as gensim's ``ft_hash_bytes``."""
    h = _FNV_OFFSET
    for b in data:
        h ^= (b - 256 if b > 127 else b) & 0xFFFFFFFF
        h = (h * _FNV_PRIME) & 0xFFFFFFFF
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


class SubwordVectors:
    """Loaded vector table; :meth:`vector` returns a float32 vector for any word (cached)."""

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
        i = self.index.get(word)
        if i is not None:
            return self.word_vectors[i]
        v = self._cache.get(word)
        if v is None:
            v = self._from_ngrams(word)
            if len(self._cache) < 100_000:
                self._cache[word] = v
        return v

    def _from_ngrams(self, word: str) -> np.ndarray:
        if not word:
            return self._zero
        rows = np.fromiter(
            (ft_hash(g.encode("utf-8")) % self.buckets for g in char_ngrams(word, self.min_n, self.max_n)),
            dtype=np.int64,
        )
        if rows.size == 0:
            return self._zero
        m = self.ngram_q[rows].astype(np.float32) * self.ngram_scale[rows, None]
        return m.mean(axis=0)
