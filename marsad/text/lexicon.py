"""The Arabic word lexicon: word frequencies from wordfreq, folded with marsad's normalisation.

wordfreq (Apache-2.0 code, CC BY-SA 4.0 data) ships an Arabic frequency list of ~620,000 word forms
compiled from Wikipedia, subtitles, news, books and the web. marsad uses it to validate clitic
segmentations (a split is kept only when the stem is a word) and as a NER feature (rare words are
more often names). The list is loaded once per process and keyed by :func:`normalize`, so spelling
variants (أ/ا, ة/ه, ى/ي …) share one entry.
"""

from __future__ import annotations

import math
from functools import lru_cache

from marsad.text.normalize import normalize

ABSENT = -1.0
"""Zipf value returned for a word the lexicon does not know."""


@lru_cache(maxsize=1)
def zipf_table() -> dict[str, float]:
    """``{normalised word: Zipf frequency}`` (log10 of occurrences per billion words)."""
    import wordfreq

    summed: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar").items():
        key = normalize(word)
        summed[key] = summed.get(key, 0.0) + freq
    return {k: round(math.log10(v * 1e9), 2) for k, v in summed.items() if v > 0}


def zipf(norm_word: str) -> float:
    """Zipf frequency of an already normalised word, :data:`ABSENT` when unknown."""
    return zipf_table().get(norm_word, ABSENT)
