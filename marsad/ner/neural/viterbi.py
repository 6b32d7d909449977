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
    emissions: np.ndarray, lengths: np.ndarray | Sequence[int], trans: np.ndarray, start: np.ndarray, end: np.ndarray
) -> list[list[int]]:
    """Best tag index paths for a batch: ``emissions`` [B, T, K], ``lengths`` [B] (each ≥ 1).

    ``trans[i, j]`` scores tag ``i`` followed by tag ``j``; ``start``/``end`` score the first and last
    tag. Positions beyond a sentence's length are ignored.
    """
    b, t, k = emissions.shape
    lens = np.asarray(lengths, dtype=np.int64)
    # Longest first: at step i the sentences still running are a prefix of the batch, so each step works
    # on a slice, and a finished sentence's score stays as it was at its last word. The cost is numpy's
    # per-call overhead (a few µs a call), so a step makes as few calls as it can.
    order = np.argsort(-lens, kind="stable")
    lens = lens[order]
    em = emissions[order].transpose(1, 0, 2)  # [T, B, K]
    running = np.searchsorted(-lens, -np.arange(t), side="left").tolist()  # at step i: lengths > i
    score = start[None, :] + em[0]  # [B, K]
    to_from = np.ascontiguousarray(trans.T)  # [K(next), K(prev)]: the argmax runs over the last axis
    cells = np.arange(b * k) * k  # offset of each (sentence, next tag) row in a flattened step
    back = np.zeros((t, b * k), dtype=np.intp)  # per step, per (sentence, next tag): the best previous tag
    for i in range(1, t):
        m = running[i]
        cand = score[:m, None, :] + to_from  # [m, K(next), K(prev)]
        best_prev = cand.argmax(axis=2).ravel()
        back[i, : m * k] = best_prev
        score[:m] = cand.ravel().take(best_prev + cells[: m * k]).reshape(m, k) + em[i, :m]
    best = (score + end[None, :]).argmax(axis=1)
    paths = np.empty((t, b), dtype=np.intp)
    rows = np.arange(b) * k
    for i in range(t - 1, 0, -1):
        m = running[i]
        cur = best[:m]
        paths[i, :m] = cur
        best[:m] = back[i].take(cur + rows[:m])
    paths[0] = best
    out: list[list[int]] = [[] for _ in range(b)]
    for s, path, n in zip(order.tolist(), paths.T.tolist(), lens.tolist(), strict=True):
        out[s] = path[:n]
    return out
