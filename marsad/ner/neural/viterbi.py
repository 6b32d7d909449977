"""Viterbi decoding of the CRF layer in numpy (no torch at inference)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

NEG = -1e4


def bio_constraints(tags: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Penalties that forbid invalid BIO sequences: ``I-X`` only after ``B-X`` or ``I-X``.

    Returns ``(transition [K, K], start [K])`` additive masks (0 or a large negative number).
    """
    k = len(tags)
    trans = np.zeros((k, k), dtype=np.float32)
    start = np.zeros(k, dtype=np.float32)
    for j, tj in enumerate(tags):
        if tj.startswith("I-"):
            start[j] = NEG
            for i, ti in enumerate(tags):
                if ti[2:] != tj[2:] or ti == "O":
                    trans[i, j] = NEG
    return trans, start


def viterbi(
    emissions: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray
) -> list[list[int]]:
    """Best tag index paths for a batch: ``emissions`` [B, T, K], ``lengths`` [B] (each ≥ 1).

    ``trans[i, j]`` scores tag ``i`` followed by tag ``j``; ``start``/``end`` score the first and last
    tag. Padding positions (beyond a sentence's length) carry the scores through unchanged.
    """
    b, t, k = emissions.shape
    score = start[None, :] + emissions[:, 0]  # [B, K]
    back = np.zeros((b, t, k), dtype=np.int64)
    ident = np.broadcast_to(np.arange(k), (b, k))
    for i in range(1, t):
        cand = score[:, :, None] + trans[None, :, :]  # [B, K(prev), K(next)]
        best_prev = cand.argmax(axis=1)
        new = np.take_along_axis(cand, best_prev[:, None, :], axis=1)[:, 0] + emissions[:, i]
        active = (i < lengths)[:, None]
        score = np.where(active, new, score)
        back[:, i] = np.where(active, best_prev, ident)
    score = score + end[None, :]
    paths: list[list[int]] = []
    for s in range(b):
        n = int(lengths[s])
        best = int(score[s].argmax())
        path = [best]
        for i in range(n - 1, 0, -1):
            best = int(back[s, i, best])
            path.append(best)
        path.reverse()
        paths.append(path)
    return paths
