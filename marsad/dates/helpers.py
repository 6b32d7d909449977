"""Small helpers shared by the date grammar and its resolvers.

* Regex pieces: the spaces between the words of one expression (``_S``, ``_OS``), a word end (``_END``),
  a literal word normalised like the text (``_n``), and any of a list of word forms compiled into a
  character trie (``_alt``), which is what keeps one regex of several hundred words fast.
* Look-ups of a matched form in a word list of :mod:`.lexicon` (``_get``, ``_need``), its spaces
  collapsed and the article elided after the clitic ل (لعام = العام) undone.
* Values: the first and last day of a resolved value (``_bounds``), a date as a tuple (``_tuple``).
* Patterns and words that several resolvers use: the end of a sentence, «منذ».
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

from marsad.text.normalize import normalize

from . import resolve as R

_S = r"[^\S\n]+"  # spaces between the words of one expression (never a line break)
_OS = r"[^\S\n]*"
_END = r"(?!\w)"


def _n(word: str) -> str:
    """A literal word of the grammar, normalised like the text it is matched against."""
    return normalize(word)


def _alt(forms: Iterable[str]) -> str:
    """A regex matching any of the normalised ``forms``, the longest one where several fit.

    The forms are compiled into a character trie (``(?:ا(?:ب(?:ريل)|...)|...)``): Python's ``re`` tries
    the branches of an alternation one by one, so a flat list of 400 words costs 400 failed tries at
    every word of the text, the trie about one per letter. Spaces inside a form match any run of
    spaces. A form that starts with the article ال also matches with its alef elided after the
    preposition ل (للعام = ل + العام): ``(?<=ل)ل`` can only succeed right after a clitic ل.
    """
    forms = set(forms)
    with_article = {f[2:] for f in forms if f.startswith("ال") and len(f) > 2}
    others = {f for f in forms if not (f.startswith("ال") and len(f) > 2)}
    branches = []
    if with_article:
        branches.append("(?:ال|(?<=ل)ل)" + _trie(with_article))
    if others:
        branches.append(_trie(others))
    return "(?:" + "|".join(branches) + ")"


def _trie(forms: set[str]) -> str:
    """The regex of a trie of ``forms``: at each node the longer continuations are tried first."""
    heads: dict[str, set[str]] = {}
    ends_here = False
    for form in forms:
        if form:
            heads.setdefault(form[0], set()).add(form[1:])
        else:
            ends_here = True
    branches = []
    for head in sorted(heads):
        tail = heads[head]
        piece = _S if head == " " else re.escape(head)
        rest = _trie(tail)
        branches.append(piece + rest if rest else piece)
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


def _norm_spaces(s: str | None) -> str:
    """A matched multi-word form with its spaces collapsed, as the lexicon keys it."""
    return " ".join(s.split()) if s else ""


_T = TypeVar("_T")


def _get(table: Mapping[str, _T], matched: str | None) -> _T | None:
    """Look a matched form up; ``لعام`` (the article after the clitic ل, alef elided) is ``العام``."""
    form = _norm_spaces(matched)
    if form in table:
        return table[form]
    return table.get("ا" + form) if form.startswith("ل") else None


def _need(table: Mapping[str, _T], matched: str | None) -> _T:
    found = _get(table, matched)
    if found is None:  # pragma: no cover - the regex is built from the same tables
        raise KeyError(f"date grammar: {matched!r} matched but is not in the word list; report this bug")
    return found


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of a resolved value (a day, a month, a year or an interval)."""
    if "/" in value:
        a, b = value.split("/")
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], R.month_length(parts[0], parts[1]))
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _tuple(day: dt.date) -> tuple[int, int, int]:
    return day.year, day.month, day.day


_SENTENCE_END = re.compile(r"[.!?؟\n]")


_MUNDHU = _n("منذ")
