"""Actor and target nouns of the events stage only, from ``data/argument_nouns.tsv``.

The candidates of a sentence are shared with the relations stage, which reads some heads its own way
(«جهاز المخابرات العامة» is an organisation there, with members); these nouns are candidates only when the
events stage asks (:meth:`marsad.events.arg_candidates.ArgumentFinder.candidates` with ``peoples``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from marsad.events.lexicon import tsv_rows
from marsad.text.normalize import normalize

DATA = Path(__file__).parent / "data" / "argument_nouns.tsv"
CONSTRUCT_ONLY = frozenset(normalize(w) for w in ("أبناء", "جهاز"))
"""Heads that name a side only with their genitive («أبناء الطائفة», «جهاز الخدمة السرية»); alone they are no
candidate."""


@cache
def event_nouns() -> frozenset[str]:
    """The normalised forms of the file, with the duals of «حارس» («حارسان», «حارسين»)."""
    out: set[str] = set()
    for _, (written, _note) in tsv_rows(DATA, 2):
        form = normalize(written)
        out.add(form)
        if form == normalize("حارس"):
            out.update((form + "ان", form + "ين"))
    return frozenset(out)
