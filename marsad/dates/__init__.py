"""Temporal expressions of Arabic news: find them, then resolve them against the publication date.

``find_times(text, published)`` is the whole API. The parts, in the order a text goes through them:

* :mod:`.scan`: ``find_times`` itself, the scan of the normalised text and the offsets back to the original;
* :mod:`.grammar`: the regular expression of all the productions, built from the word lists;
* :mod:`.context`: what the resolvers know of a match and of the text around it;
* :mod:`.calendar_dates`, :mod:`.relative_times`, :mod:`.parts`: the checks and the values of each
  production (dates written on the calendar; times counted from the publication date; parts of years
  and months and days of «الشهر»);
* :mod:`.resolve`: the calendar rules (which year a month without a year means, Hijri conversion);
* :mod:`.helpers`: small pieces shared by the others;
* :mod:`.lexicon` and the TSV files beside it (``months.tsv``, ``weekdays.tsv``, ``relative.tsv``,
  ``numbers.tsv``): the words, each file with a header saying what its columns mean.
"""

from __future__ import annotations

from .scan import find_times

__all__ = ["find_times"]
