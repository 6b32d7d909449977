"""Exact-span NER evaluation with the conlleval rules.

A span starts at a ``B-`` tag, or at an ``I-`` tag whose type differs from the previous tag's (an
``I-`` after ``O`` starts a span, as conlleval and seqeval's default mode count it), and continues over
``I-`` tags of the same type. A predicted span is correct only when its type and both ends match.
Hand-written rather than seqeval because it is 30 lines and seqeval would pull scikit-learn into the
core install.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """``(start, end, type)`` spans of a BIO tag sequence (end exclusive)."""
    out: set[tuple[int, int, str]] = set()
    start = -1
    typ = ""
    for i, tag in enumerate([*tags, "O"]):
        bio, _, t = tag.partition("-")
        continues = bio == "I" and t == typ and start >= 0
        if not continues:
            if start >= 0:
                out.add((start, i, typ))
                start, typ = -1, ""
            if bio in ("B", "I"):
                start, typ = i, t
    return out


@dataclass(slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int
    correct: int


def _prf(correct: int, predicted: int, gold: int) -> Scores:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f, gold, predicted, correct)


def evaluate(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Scores]:
    """Per-type and ``"micro"`` scores of predicted tag sequences against gold ones."""
    g_count: Counter[str] = Counter()
    p_count: Counter[str] = Counter()
    c_count: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        gs, ps = spans(g_tags), spans(p_tags)
        for s in gs:
            g_count[s[2]] += 1
        for s in ps:
            p_count[s[2]] += 1
        for s in gs & ps:
            c_count[s[2]] += 1
    out = {t: _prf(c_count[t], p_count[t], g_count[t]) for t in sorted(set(g_count) | set(p_count))}
    out["micro"] = _prf(sum(c_count.values()), sum(p_count.values()), sum(g_count.values()))
    return out


def format_scores(scores: dict[str, Scores]) -> str:
    lines = [f"{'type':<8}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}"]
    for name, s in scores.items():
        lines.append(f"{name:<8}{s.precision:>10.4f}{s.recall:>10.4f}{s.f1:>10.4f}{s.support:>10d}")
    return "\n".join(lines)
