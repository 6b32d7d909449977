"""Longest-match look-up of multi-word name keys over a token sequence.

A name key is a tuple of normalised words (see :func:`marsad.geo.gazetteer.name_key`). Keys are
indexed by their first two words, so that a position whose next word cannot continue any key costs
one dictionary look-up, not a walk over every key that starts with the same word (thousands of names
begin with «جبل» or «مدينة»).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from marsad.model import Token


class KeyIndex:
    """The keys of a name list, indexed for :meth:`longest`."""

    def __init__(self, keys: Iterable[tuple[str, ...]]) -> None:
        self.single: set[str] = set()
        self.firsts: set[str] = set()
        multi: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
        for key in keys:
            if not key:
                continue
            self.firsts.add(key[0])
            if len(key) == 1:
                self.single.add(key[0])
            else:
                multi[(key[0], key[1])].append(key)
        for lst in multi.values():
            lst.sort(key=len, reverse=True)
        self.multi = dict(multi)

    def longest(self, tokens: Sequence[Token], i: int, first: str) -> tuple[str, ...] | None:
        """The longest key that starts at ``tokens[i]`` (whose first word is matched as ``first``)."""
        if first not in self.firsts:
            return None
        n = len(tokens)
        if i + 1 < n:
            for key in self.multi.get((first, tokens[i + 1].norm), ()):
                k = len(key)
                if i + k <= n and all(tokens[i + j].norm == key[j] for j in range(2, k)):
                    return key
        return (first,) if first in self.single else None
