"""Temporal expressions of Arabic news: find them, then resolve them against the publication date.

``find_times(text, published)`` is the whole API. The grammar lives in :mod:`.grammar`, the calendar
rules in :mod:`.resolve`, and the words in the TSV files beside them (``months.tsv``, ``weekdays.tsv``,
``relative.tsv``, ``numbers.tsv``), each with a header saying what its columns mean.
"""

from __future__ import annotations

from .grammar import find_times

__all__ = ["find_times"]
