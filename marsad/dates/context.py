"""What the resolvers know about a candidate match: the match and its surroundings, and the text so far.

``_Context`` is one match of one production with the words around it (the word before and after, a
future tense in the sentence, the marker after a second month joined by و) and what the expression tells
the rest of the text once accepted. ``_DocState`` is that discourse of one article: a small per-text state
that carries what earlier expressions said to later ones (the year of «الربع الأول» after «النصف الأول من
عام 2014», a weekday named again, the month of «30 منه», the calendar the text dates in, the month it was
written in). A few expressions contain a date that the date production resolves (ranges «1 يناير إلى 30
يونيو 2015», «الأسبوع الأول من مارس»): ``_sub_match`` matches and resolves such an inner production in a
context of its own that shares the text's state.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import resolve as R
from .grammar import _Grammar
from .helpers import _norm_spaces


@dataclass(slots=True)
class _DocState:
    """What earlier expressions of the same text tell the later ones (the discourse of one article)."""

    part_year: tuple[int, int] | None = None
    """(year, first month) of the last quarter / half that named its year: a later bare «الربع الأول»
    of the same text belongs to the same (possibly fiscal) year."""
    last_part: tuple[int, int] | None = None
    """(first month as year * 12 + month - 1, length in months) of the last quarter / half found:
    «الربع السابق» is the one before it."""
    fiscal_start: int = 1
    """The first month of «العام المالي» in this text: 7 once a fiscal year was written as two years."""
    weekdays: dict[int, dt.date] = field(default_factory=dict)
    """Weekday number → the date an earlier mention of that weekday resolved to."""
    families: set[str] = field(default_factory=set)
    """The regional families (msa, maghrebi, levantine…) of the month names read so far."""
    calendars: set[str] = field(default_factory=set)
    """The calendars (gregorian, hijri) of the dates written so far: a text that has dated only in
    Hijri months counts «الشهر الجاري» in them."""
    last_month: tuple[int | None, int, bool, int] | None = None
    """(year, month, Hijri?, end offset) of the last month named: the month of «30 منه», «الشهر نفسه»."""
    written_on: dt.date | None = None
    """The day the text was written, when it shows it was not the publication date (see _written_on)."""

    def note(self, c: _Context, end: int) -> None:
        """Record what the expression just accepted tells the rest of the text."""
        self.families |= c.families
        if c.calendar:
            self.calendars.add(c.calendar)
        if c.month_ref is not None:
            self.last_month = (*c.month_ref, end)
        if c.written_on is not None:
            self.written_on = c.written_on

    def hijri_text(self) -> bool:
        return self.calendars == {"hijri"}


class _Context:
    """One candidate match with what the checks and the resolution need to know about it."""

    def __init__(
        self,
        key: str,
        m: re.Match[str],
        name: str,
        published: dt.date | None,
        grammar: _Grammar,
        last_year_end: int,
        state: _DocState | None = None,
    ) -> None:
        self.state = state if state is not None else _DocState()
        self.key = key
        self.m = m
        self.name = name
        self.published = published
        self.g = grammar
        self.lex = grammar.lex
        self.end = m.end(name)
        self.last_year_end = last_year_end
        # what the expression tells the rest of the text, recorded by _DocState.note once it is accepted
        self.families: frozenset[str] = frozenset()
        self.calendar: str | None = None
        self.month_ref: tuple[int | None, int, bool] | None = None
        self.written_on: dt.date | None = None

    def group(self, name: str) -> str | None:
        return self.m.group(name)

    def prev_word(self) -> str:
        """The normalised word before the match (its clitic included, the clitics و ف stripped)."""
        before = self.key[max(0, self.m.start() - 30) : self.m.start()]
        found = self.g.prev_word.search(before)
        return _strip_conj(found.group(1)) if found else ""

    def next_word(self, after: int | None = None) -> str:
        at = self.end if after is None else after
        found = self.g.next_word.match(self.key, at)
        return found.group(1) if found else ""

    def pair_marker(self) -> str | None:
        """The marker after a second month or weekday joined to this one by و, which places both («يومي
        الخميس والجمعة المقبلين», «يناير وفبراير الماضيين»)."""
        found = self.g.pair_marker.match(self.key, self.end)
        return self.lex.dual_markers.get(_norm_spaces(found.group("mk"))) if found else None

    def future_context(self) -> bool:
        """Whether the sentence before the match speaks of the future (سوف، من المقرر، سيعقد…)."""
        start = self.m.start()
        window = self.key[max(0, start - 100) : start]
        cut = max(window.rfind(c) for c in ".!?؟\n")
        window = window[cut + 1 :]
        for cue in self.g.future_cue.finditer(window):
            verb = cue.group("sverb")
            if verb is None or verb not in self.lex.not_future:
                return True
        return False


def _strip_conj(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def _sub_match(
    c: _Context, pos: int, name: str, resolve: Callable[[_Context], R.Value | None]
) -> tuple[_Context, R.Value] | None:
    """Production ``name`` matched at ``pos`` and resolved by ``resolve``."""
    m = c.g.pattern(c.g.names.index(name)).match(c.key, pos)
    if m is None or m.lastgroup != name:
        return None
    sub = _Context(c.key, m, name, c.published, c.g, c.last_year_end, c.state)
    value = resolve(sub)
    return None if value is None else (sub, value)
