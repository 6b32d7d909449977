"""Find the temporal expressions of a text: the scan that applies the grammar and resolves each match.

How it works: the text is normalised once (:mod:`marsad.text.normalize`), then the one compiled regular
expression of :mod:`.grammar` scans it; at each word start the first production that matches wins, with
the longest reading at that point. Each match is then checked (the context that ambiguous words need) and
resolved by the function of its production (``_DISPATCH``, from :mod:`.calendar_dates`,
:mod:`.relative_times` and :mod:`.parts`); a match that fails its check is retried with the later
productions at the same place. A small per-text state (``_DocState`` in :mod:`.context`) carries what
earlier expressions said to later ones. The spans found in the normalised text are mapped back to the
original text (``_OffsetMap``), so that ``text[te.start:te.end] == te.text``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from marsad.model import TimeExpression
from marsad.text.normalize import normalize, normalize_with_map, original_span

from . import resolve as R
from .calendar_dates import _bare_year, _date, _numeric, _part_year, _year_kw
from .context import _Context, _DocState
from .grammar import _Grammar, _grammar
from .parts import _day_of_month, _week_of_month, _year_part
from .relative_times import _deictic, _duration, _period, _plural, _vague, _weekday, _weekday_dm


class _OffsetMap:
    """Maps spans of the normalised key back to the original text.

    Most articles only lose characters to the folding (diacritics, tatweel, bidi marks) and never gain
    any (no presentation-form ligatures, no case-folding that expands). Then the offset of key position
    ``k`` is ``k`` plus the number of removed characters before it, found by bisection over the few
    removed positions: no Python loop over the whole text. Otherwise the exact per-character map of
    :func:`normalize_with_map` is used. Both give what :func:`original_span` gives (tested).
    """

    def __init__(self, text: str, grammar: _Grammar) -> None:
        key = normalize(text)
        removed = [m.start() for m in grammar.removable.finditer(text)]
        self.offsets: list[int] | None = None
        if len(key) == len(text) - len(removed) and not re.search("[\ufb50-\ufdff\ufe70-\ufefe]", text):
            self.key = key
            self.kept_before = [r - j for j, r in enumerate(removed)]
        else:
            self.key, self.offsets = normalize_with_map(text)
            self.kept_before = []

    def _orig(self, k: int) -> int:
        return k + bisect.bisect_right(self.kept_before, k)

    def span(self, i: int, j: int) -> tuple[int, int]:
        if self.offsets is not None:
            return original_span(self.offsets, i, j)
        if j <= i:
            return self._orig(i), self._orig(i)
        return self._orig(i), self._orig(j)


def find_times(text: str, published: dt.date | None) -> list[TimeExpression]:
    """Every temporal expression of ``text``, in order and non-overlapping, resolved against ``published``.

    Offsets are into ``text`` itself (``text[te.start:te.end] == te.text``). Absolute dates resolve
    without ``published``; relative ones (أمس، الشهر الماضي، مارس المقبل…) are still found when it is
    ``None`` but left unresolved, with a reason saying how to give the date: they are never resolved
    against today's date.

    >>> [t.value for t in find_times("وصل أمس إلى تونس", dt.date(2019, 3, 10))]
    ['2019-03-09']
    """
    grammar = _grammar()
    omap = _OffsetMap(text, grammar)
    key = omap.key
    out: list[TimeExpression] = []
    state = _DocState()
    scan = grammar.pattern(0)
    pos = 0
    last_year_end = -1
    while True:
        m = scan.search(key, pos)
        if m is None:
            break
        start_at, first = m.start(), 0
        found: tuple[re.Match[str], R.Value, int, int, _Context] | None = None
        while m is not None:
            name = m.lastgroup
            if name is None:  # pragma: no cover - one production always matches
                break
            ctx = _Context(key, m, name, published, grammar, last_year_end, state)
            value = _DISPATCH[name](ctx)
            if value is not None:
                found = (m, value, m.start(name), ctx.end, ctx)
                break
            first = grammar.names.index(name) + 1
            m = grammar.pattern(first).match(key, start_at) if first < len(grammar.names) else None
        if found is None:
            pos = start_at + 1
            continue
        m, value, i, j, ctx = found
        state.note(ctx, j)
        s, e = omap.span(i, j)
        out.append(TimeExpression(text[s:e], s, e, value.value, value.granularity, value.resolution, value.reason))
        if m.lastgroup in ("year_kw", "bare_year", "date", "numeric", "part_year") and value.value:
            last_year_end = j
        pos = j
    return out


_DISPATCH = {
    "numeric": _numeric,
    "year_part": _year_part,
    "week_of_month": _week_of_month,
    "weekday_dm": _weekday_dm,
    "day_of_month": _day_of_month,
    "vague": _vague,
    "date": _date,
    "part_year": _part_year,
    "year_kw": _year_kw,
    "period": _period,
    "plural": _plural,
    "duration": _duration,
    "deictic": _deictic,
    "weekday": _weekday,
    "bare_year": _bare_year,
}
