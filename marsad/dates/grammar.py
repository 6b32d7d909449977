"""Find temporal expressions in Arabic news text and resolve them against the publication date.

How it works: the text is normalised once (:mod:`marsad.text.normalize`: diacritics dropped, alef /
hamza / taa marbuta / alef maqsura folded, Eastern-Arabic digits to ASCII), then ONE compiled regular
expression, built from the word lists beside this module, scans it. The regex is an ordered
alternation of productions (numeric dates, quarters / halves of a year, weeks / halves / ten-day thirds
of a month, a weekday with a day/month, a day of «الشهر الجاري» or of the month just named, full dates,
year parts, years with a keyword, named periods, plural spans, durations, vague times, deictic days,
weekdays, bare years); at each word start the first production that matches
wins and every production ends with its optional parts taken greedily, so the match found is the
longest reading at that point. Each match is then checked (the context that ambiguous words need) and
resolved; a match that fails its check is retried with the later productions at the same place.
A few expressions contain a date that the date production resolves (ranges «1 يناير إلى 30 يونيو 2015»,
«الأسبوع الأول من مارس»), and a small per-text state carries what earlier expressions said to later
ones (the year of «الربع الأول» after «النصف الأول من عام 2014», a weekday named again, the month of
«30 منه», the calendar the text dates in, the month it was written in: see _DocState).

Spans: a proclitic glued to the first word (و، ف، ب، ل and their pairs وب، ول، فب، فل) stays outside the
span: «وأمس» gives «أمس», «بنهاية» gives «نهاية». With ل before the article (للعام = ل + العام) the
article has lost its alef, so the span starts at the second ل («لعام الماضي»). Prepositions written as
separate words (في، خلال، منذ before a year) are outside the span too; the words that carry the meaning
of a duration (قبل، بعد، منذ + a count) are inside it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from marsad.model import TimeExpression
from marsad.text.normalize import FOLDING_TABLE, normalize, normalize_with_map, original_span

from . import resolve as R
from .lexicon import Lexicon, MonthName, load_lexicon

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


_CLITIC = r"(?P<clitic>[وف]?[بل]|[وف])?"
"""Proclitics kept outside the span: و ف (conjunctions), ب ل (prepositions) and their pairs. ك is not
stripped: it starts month names (كانون) and gains nothing in dates."""


def _productions(lex: Lexicon) -> tuple[str, list[tuple[str, str]]]:
    month = _alt(lex.months)
    marker = _alt(lex.markers)
    part = _alt(lex.parts)
    wd = _alt(lex.weekdays)
    ordinal = _alt(lex.ordinals)
    year_kw = _alt(lex.year_keywords)
    era = _alt(lex.eras)
    tod = _alt(lex.tod)
    card = _alt(lex.cardinals)
    yawm = _n("يوم")
    min_, fi = _n("من"), _n("في")
    ila, hatta = _n("إلى"), _n("حتى")
    this_year = _alt([_n("هذا العام"), _n("هذه السنة")])
    part_head = rf"(?:(?P<{{p}}>{part}){_S}(?:(?:{min_}|{fi}){_S})?)"
    num_year = r"[0-9]{4}(?![0-9]|[.,][0-9])"
    the_num = rf"(?:{_n('ال')}{_OS}(?=[0-9]))?"  # «الـ5», «الـ 15» (the article before a day number)
    beyond = _alt(lex.beyond)

    numeric = (
        rf"(?:(?:{yawm}{_S})?{wd}{_OS}[،,]?{_OS})?"  # «يوم الجمعة 9/9/1436»: one expression with its weekday
        r"(?:(?P<n_y1>[0-9]{4})(?P<n_s1>[/.\-])(?P<n_m1>[0-9]{1,2})(?P=n_s1)(?P<n_d1>[0-9]{1,2})"
        r"|(?P<n_d2>[0-9]{1,2})(?P<n_s2>[/.\-])(?P<n_m2>[0-9]{1,2})(?P=n_s2)(?P<n_y2>[0-9]{4}))"
        r"(?![0-9]|[/.\-][0-9])" + rf"(?:{_OS}(?P<n_era>{era}){_END})?"
    )
    date = (
        part_head.format(p="d_part")
        + "?"
        + rf"(?:(?:(?:{yawm}{_S})?(?P<d_wd>{wd}){_OS}[،,]?{_OS})?(?:{yawm}{_S})?"
        + rf"{the_num}(?P<d_day>[0-9]{{1,2}}(?![0-9])|{ordinal})"
        + rf"(?:{_OS}(?:-|–|{_n('و')}|{ila}|{hatta}){_OS}(?P<d_day2>[0-9]{{1,2}})(?![0-9]))?"
        + rf"(?:{_S}{min_})?{_S})?"
        + rf"(?P<d_shahr>{_n('شهر')}{_S})?"
        + rf"(?P<d_month>{month}){_END}"
        + rf"(?:{_OS}[/\\]{_OS}(?P<d_alt>{month}){_END}|{_OS}\({_OS}(?P<d_alt2>{month}){_OS}\)"
        + rf"|(?:{_OS}[-–]{_OS}|{_S})(?P<d_alt3>{month}){_END})?"
        + r"(?:"
        + rf"{_OS}[،,]?{_OS}(?:(?:{min_}{_S})?{year_kw}{_S})?(?P<d_year>{num_year})"
        + rf"(?:{_OS}(?P<d_era>{era}){_END})?"
        + rf"|{_S}(?P<d_marker>{marker}){_END}"
        + rf"|{_S}{min_}{_S}(?:{year_kw}{_S}(?P<d_ymarker>{marker})|(?P<d_this>{this_year})){_END}"
        + r")?"
    )
    part_year = (
        part_head.format(p="py_part") + rf"(?:{year_kw}{_S})?(?P<py_year>{num_year})(?:{_OS}(?P<py_era>{era}){_END})?"
    )
    year_with_kw = rf"(?P<yk_kw>{year_kw}){_S}(?P<yk_year>{num_year})(?:{_OS}(?P<yk_era>{era}){_END})?"
    period = (
        part_head.format(p="per_part")
        + "?"
        + rf"(?P<per_unit>{_alt(lex.periods)}){_END}"
        + rf"(?:{_S}(?:(?P<per_beyond>{beyond}){_S})?(?P<per_marker>{marker}){_END})?"
    )
    plural = (
        rf"(?:(?P<pl_dual>{_alt(lex.units_dual)})|(?P<pl_unit>{_alt(lex.units_def)})(?:{_S}(?P<pl_few>{_alt(lex.few)}))?)"
        + rf"(?:{_S}(?P<pl_num>{_alt(lex.definite_cardinals)}|[0-9]{{1,3}}))?"
        + rf"{_S}(?P<pl_marker>{_alt(lex.plural_markers)}){_END}"
    )
    not_a_duration = rf"(?!{_S}(?:[0-9]|{month}{_END}|{wd}|{_alt([_n('أمس'), _n('غد'), _n('الغد')])}))"
    def_units = _alt(set(lex.units_def) | {"ال" + u for u in lex.units})
    duration = (
        rf"(?P<rel_dir>{_alt(lex.directions)}){_S}(?:(?P<rel_approx>{_alt(lex.approx)}){_S})?"
        + rf"(?:(?P<rel_num>[0-9]{{1,3}}(?![0-9])|{card}){_OS})?"
        + rf"(?P<rel_unit>{_alt(lex.units)}){_END}{not_a_duration}"
        + rf"(?:{_S}{_alt([_n('واحد'), _n('واحدة')])}{_END})?"
        + rf"(?P<rel_half>{_S}{_n('و')}{_OS}{_n('نصف')}{_END}(?:{_S}{def_units}{_END})?)?"
        + rf"(?:{_S}(?P<rel_now>{_alt(lex.from_now)}){_END})?"
        + rf"(?:(?={_S}(?P<rel_link>{_alt(lex.event_links)}){_END}))?"
    )
    deictic = (
        rf"(?:(?P<dx_tod>{tod}){_S})?(?:(?P<dx_yawm>{yawm}){_S})?(?P<dx_word>{_alt(lex.deictic)}){_END}"
        + rf"(?:{_OS}[،,]?{_OS}(?P<dx_wd>{wd}){_END}|{_OS}\({_OS}(?P<dx_wd2>{wd}){_OS}\))?"
    )
    weekday = (
        rf"(?:(?P<wd_tod>{tod}){_S})?(?:(?P<wd_yawm>{yawm}){_S})?(?P<wd_name>{wd}){_END}"
        + rf"(?:{_S}(?:(?P<wd_beyond>{beyond}){_S})?(?P<wd_marker>{marker}){_END})?"
    )
    bare_year = rf"(?P<yr_year>{num_year})(?:{_OS}(?P<yr_era>{era}){_END})?"
    fiscal = _alt(lex.fiscal)
    pord = _alt(lex.part_ordinals)
    year_ref = (
        rf"(?:(?:{year_kw}{_S}(?:(?P<yp_fisc>{fiscal}){_S})?)?(?P<yp_y>{num_year})"
        + rf"(?:{_OS}[/\-]{_OS}(?P<yp_y2>{num_year}))?(?:{_OS}(?P<yp_era>{era}){_END})?"
        + rf"|{_alt([_n('العام'), _n('السنة')])}{_END}(?:{_S}(?P<yp_fisc2>{fiscal}){_END})?"
        + rf"(?:{_S}(?P<yp_ymark>{marker}){_END})?"
        + rf"(?:{_OS}[،,]?{_OS}(?P<yp_y3>{num_year})(?:{_OS}(?P<yp_era3>{era}){_END})?)?"
        + rf"|(?P<yp_this>{this_year}){_END}(?:{_S}(?P<yp_fisc3>{fiscal}){_END})?)"
    )
    year_part = (
        rf"(?:(?P<yp_frac>{_alt(lex.fractions)}){_S}(?:(?P<yp_ord>{pord})|(?P<yp_mark>{marker})){_END}"
        + rf"|(?P<yp_units>{_alt([_n('الأشهر'), _n('الشهور')])}){_S}"
        + rf"(?P<yp_num>{_alt(lex.definite_cardinals)}|[0-9]{{1,2}}){_S}(?P<yp_edge>{_alt(lex.span_edges)}){_END})"
        + rf"(?P<yp_tail>{_S}(?:(?:{min_}|{fi}){_S}|{_n('ل')})?{year_ref})?"
    )
    this_month = _n("هذا الشهر")
    the_month = _n("الشهر")
    week_of_month = (
        rf"(?:{_n('الأسبوع')}{_S}(?P<wm_ord>{pord})|(?P<wm_part>{_alt(lex.month_parts)})){_END}{_S}{min_}{_S}"
        + rf"(?=(?:{_n('شهر')}{_S})?{month}{_END}|{the_month}{_S}{marker}{_END}|{this_month}{_END})"
    )
    anaphor = {v: _alt(f for f, k in lex.anaphors.items() if k == v) for v in ("after", "before", "of_it")}
    day_of_month = (
        rf"(?:(?:{yawm}{_S})?(?P<dom_wd>{wd}){_OS}[،,]?{_OS})?(?:(?:{_n('ال')})?{yawm}{_S})?{the_num}"
        + rf"(?P<dom_day>[0-9]{{1,2}}(?![0-9])|{ordinal}){_S}"
        + rf"(?:{min_}{_S}(?:(?P<dom_this>{this_month})|{the_month}{_S}(?P<dom_marker>{marker})"
        + rf"|{the_month}{_S}(?P<dom_after>{anaphor['after']})|(?P<dom_before>{anaphor['before']}){_S}{the_month})"
        + rf"|(?P<dom_of_it>{anaphor['of_it']})){_END}"
    )
    weekday_dm = (
        rf"(?:{yawm}{_S})?(?P<wdm_name>{wd}){_OS}[،,]?{_OS}(?P<wdm_d>[0-9]{{1,2}})(?P<wdm_s>[/\-.])"
        + rf"(?P<wdm_m>[0-9]{{1,2}})(?![0-9]|[/\-.][0-9])(?:{_OS}(?P<wdm_era>{era}){_END})?"
    )
    vague = rf"(?P<vg_word>{_alt(lex.vague)}){_END}"
    return _gate(lex), [
        ("numeric", numeric),
        ("year_part", year_part),
        ("week_of_month", week_of_month),
        ("weekday_dm", weekday_dm),
        ("day_of_month", day_of_month),
        ("date", date),
        ("part_year", part_year),
        ("year_kw", year_with_kw),
        ("period", period),
        ("plural", plural),
        ("duration", duration),
        ("vague", vague),
        ("deictic", deictic),
        ("weekday", weekday),
        ("bare_year", bare_year),
    ]


def _gate(lex: Lexicon) -> str:
    """A lookahead that every expression passes at its first word: a digit or one of the words that can
    open a production. Most words of a text fail it after a letter or two, so the productions proper
    are only tried at the few words that may start a date (this is what makes the scan fast)."""
    firsts: set[str] = {_n("يوم"), _n("شهر"), _n("الأسبوع"), _n("الأشهر"), _n("الشهور")}
    for table in (
        lex.parts,
        lex.weekdays,
        lex.ordinals,
        lex.months,
        lex.periods,
        lex.units_def,
        lex.directions,
        lex.tod,
        lex.deictic,
        lex.year_keywords,
        lex.fractions,
        lex.vague,
        lex.month_parts,
        lex.units_dual,
    ):
        firsts.update(form.split()[0] for form in table)
    return rf"(?=[0-9]|{_n('ال')}{_OS}[0-9]|{_alt(firsts)}{_END})"


@dataclass(frozen=True, slots=True, eq=False)
class _Grammar:
    lex: Lexicon
    gate: str
    names: tuple[str, ...]
    bodies: tuple[str, ...]
    future_cue: re.Pattern[str]
    prev_word: re.Pattern[str]
    next_word: re.Pattern[str]
    year_chain: re.Pattern[str]
    removable: re.Pattern[str]
    pair_marker: re.Pattern[str]

    def pattern(self, first: int) -> re.Pattern[str]:
        return _compile(self, first)


@lru_cache(maxsize=16)
def _compile(grammar: _Grammar, first: int) -> re.Pattern[str]:
    """The scanning regex made of productions ``first`` onwards (0: all of them)."""
    alts = "|".join(f"(?P<{n}>{b})" for n, b in zip(grammar.names[first:], grammar.bodies[first:], strict=True))
    return re.compile(rf"(?<!\w){_CLITIC}{grammar.gate}(?:{alts})")


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    lex = load_lexicon()
    gate, prods = _productions(lex)
    future = rf"(?<!\w)(?:{_alt(lex.future_cues)}){_END}|(?<!\w)[وف]?(?P<sverb>س[يتن]\w{{2,}})"
    removable = "[" + "".join(re.escape(c) for c, v in FOLDING_TABLE.items() if not v) + "]"
    return _Grammar(
        lex=lex,
        gate=gate,
        names=tuple(n for n, _ in prods),
        bodies=tuple(b for _, b in prods),
        future_cue=re.compile(future),
        prev_word=re.compile(r"(\w+)\W*$"),
        next_word=re.compile(r"[^\S\n]*[،,]?[^\S\n]*(\w+)"),
        year_chain=re.compile(rf"^[\s\-–/]*(?:{_n('و')}|{_n('أو')}|{_n('إلى')}|{_n('حتى')}|{_n('ثم')})?[\s\-–/]*$"),
        removable=re.compile(removable),
        pair_marker=re.compile(
            rf"{_OS}{_n('و')}{_OS}(?:{_n('يوم')}{_S})?(?:[0-9]{{1,2}}{_S})?(?:{_alt(lex.weekdays)}|{_alt(lex.months)})"
            + rf"{_END}{_S}(?P<mk>{_alt(lex.dual_markers)}){_END}"
        ),
    )


# --- offsets --------------------------------------------------------------------------------------------


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


# --- the scan -------------------------------------------------------------------------------------------


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


# --- resolution of each production ----------------------------------------------------------------------


def _numeric(c: _Context) -> R.Value | None:
    g = c.group
    if g("n_y1"):
        y, mo, d = int(g("n_y1") or 0), int(g("n_m1") or 0), int(g("n_d1") or 0)
    else:
        y, mo, d = int(g("n_y2") or 0), int(g("n_m2") or 0), int(g("n_d2") or 0)
    era = c.lex.eras.get(g("n_era") or "")
    if era == "hijri" or (era is None and 1300 <= y <= 1500):
        # «15/8/1436هـ», «1436/10/15»: Gulf papers write Hijri dates so; a year 1300-1500 can be nothing else
        if not 1300 <= y <= 1600:
            return None
        try:
            day = R.hijri_to_gregorian(y, mo, d)
        except R.HijriError as exc:
            if not (1 <= mo <= 12 and 1 <= d <= 30):
                return None
            return R.unresolved("day", str(exc))
        c.calendar = "hijri"
        return R.Value(day.isoformat(), "day", "hijri")
    if not 1900 <= y <= 2100:
        return None
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None  # 2019/31/07 and the like: not a date (or month-first, which Arab media do not use)
    c.calendar = "gregorian"
    return R.Value(day.isoformat(), "day", "absolute")


def _month_context_ok(month: MonthName, c: _Context, has_day: bool, has_year: bool) -> bool:
    g = c.group
    has_word = bool(g("d_marker") or g("d_ymarker") or g("d_this") or g("d_part") or g("d_shahr"))
    level = month.needs_context
    if level == "no":
        return True
    if level in ("weak", "strong"):
        if has_day or has_year or has_word:
            return True
        cue = c.lex.month_cues.get(c.prev_word())
        if cue == "strong":
            return True
        if level == "strong":
            return False
        if cue == "weak":
            return True
        # «ستجري في تموز القادم بعدما تم تأجيلها من نيسان»: in a sentence that has just named a month of
        # the same family (here the Levantine names), a preposition is enough for another one when the
        # phrase ends there or goes on to another date («من نيسان إلى حزيران»); «سيارة من نيسان» with no
        # month before stays a car maker, «كل من مارس التعذيب» (who practised) has an object.
        return (
            cue == "discourse"
            and bool(month.families & c.state.families)
            and _same_sentence_as_last_month(c)
            and _phrase_ends(c)
        )
    if level == "year":
        return has_year or has_word
    if level == "number":
        return has_day or has_year
    return has_day  # "day"


_CLAUSE_END = re.compile(rf"[^\S\n]*(?:$|[\n.،,؛;:!?؟)»\"]|(?:{_n('إلى')}|{_n('حتى')}|{_n('لغاية')})(?!\w))")


def _same_sentence_as_last_month(c: _Context) -> bool:
    """Whether the last month named in the text ends in the sentence of this match."""
    last = c.state.last_month
    return last is not None and _SENTENCE_END.search(c.key, last[3], c.m.start()) is None


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _phrase_ends(c: _Context) -> bool:
    """Whether the match is followed by punctuation, the end of the text, or a range link (إلى، حتى)."""
    return _CLAUSE_END.match(c.key, c.end) is not None


def _day_number(c: _Context, group: str) -> int | None:
    raw = c.group(group)
    if raw is None:
        return None
    return int(raw) if raw.isdigit() else _need(c.lex.ordinals, raw)


def _date(c: _Context) -> R.Value | None:
    g, lex = c.group, c.lex
    month = _need(lex.months, g("d_month"))
    alt = g("d_alt") or g("d_alt2") or g("d_alt3")
    alt_month = _need(lex.months, alt) if alt else None
    if g("d_alt3") and alt_month is not None and (alt_month.month, alt_month.calendar) != (month.month, month.calendar):
        # «مارس - يونيو 2018», «في يوليو ناصر…»: two months or a month and a name, not one month in two
        # names of the same calendar («مارس آذار 2010», «أغسطس - آب»)
        return _without_alt(c)
    day = _day_number(c, "d_day")
    if g("d_day") and not g("d_wd") and not (g("d_day") or "").isdigit() and c.prev_word() in _FRACTION_WORDS:
        return None  # «النصف الأول من شهر مارس» is not «الأول من مارس» (the 1st)
    day2 = _day_number(c, "d_day2")
    raw_year = g("d_year")
    year = int(raw_year) if raw_year else None
    era = lex.eras.get(g("d_era") or "")
    calendar = month.calendar
    if calendar == "libyan" and alt_month is not None:
        calendar = alt_month.calendar
    hijri = calendar == "hijri"
    if hijri and year is not None and era != "hijri" and 1900 <= year <= 2100:
        year = _hijri_year_in(year, month.month)  # «رمضان 2019»: the Ramadan that began in 2019
    if year is not None and not _plausible_year(year, hijri, calendar == "libyan"):
        year = None
        c.end = max(c.m.end("d_month"), c.m.end("d_alt"), c.m.end("d_alt2"), c.m.end("d_alt3"))
        if c.end < 0:
            c.end = c.m.end("d_month")
    ok = _month_context_ok(month, c, day is not None, year is not None)
    if not ok and alt_month is not None:
        ok = _month_context_ok(alt_month, c, day is not None, year is not None)
    part = _get(lex.parts, g("d_part"))
    if not ok:
        # «من مارس إلى يونيو 2018»: opening a range to a dated month is context enough
        return _range_to_dated(c, month.month, day, part) if year is None and day2 is None and not hijri else None
    if part == "first" and day is None:
        day, part = 1, None
    c.families = month.families | (alt_month.families if alt_month else frozenset())
    if not hijri:
        c.calendar = "gregorian"
    elif day is not None or year is not None:
        c.calendar = "hijri"  # a Hijri date; «رمضان» alone names a season of any text, not its calendar
    marker = lex.markers.get(g("d_marker") or "") or (None if g("d_year") else c.pair_marker())
    granularity = "day" if day is not None else ("interval" if part or hijri else "month")
    if day2 is not None:
        granularity = "interval"

    resolution = "hijri" if hijri else "absolute"
    note: str | None = None
    if year is not None and calendar == "libyan" and year < 1900:
        year += 632
        note = "Libyan solar year counted from the Prophet's death (year + 632)"
    if year is None and not hijri and day2 is None and not (marker or g("d_ymarker") or g("d_this")):
        joined = _range_to_dated(c, month.month, day, part)
        if joined is not None:
            return joined
    if year is None:
        resolution = "hijri" if hijri else "relative"
        if c.published is None:
            if day2 is None:
                c.month_ref = (None, month.month, hijri)  # «30 منه» after it is found, unresolved too
            return R.unresolved(granularity)
        try:
            ref = (
                R.gregorian_to_hijri(c.published) if hijri else _tuple(_written_on(c, c.published, month.month, marker))
            )
        except R.HijriError as exc:
            return R.unresolved(granularity, str(exc))
        if g("d_ymarker") or g("d_this"):
            shift = {"past": -1, "future": 1}.get(lex.markers.get(g("d_ymarker") or "", ""), 0)
            year = ref[0] + shift
        else:
            if marker is None and c.prev_word() == _MUNDHU:
                marker = "since"  # «منذ ماي»: since a May that has begun, the latest one up to publication
            year = R.pick_year(month.month, day, marker, ref)
    try:
        value = _month_value(year, month.month, day, day2, part, hijri)
    except R.HijriError as exc:
        return R.unresolved(granularity, str(exc))
    if value is None:
        return R.unresolved(granularity, f"no such day in month {month.month} of {year}")
    if day2 is None:
        c.month_ref = (year, month.month, hijri)
    return R.Value(value, granularity, resolution, note)


_FRACTION_WORDS = frozenset(_n(w) for w in ("النصف", "الربع", "الثلث", "الأسبوع", "العشر", "العشرة"))
"""Words before an ordinal that make it the ordinal of a part, not a day («النصف الأول من مارس»)."""
_WRITTEN_EARLY = 3
"""How many days into a month a paper may print a text written in the month before (see _written_on)."""


def _written_on(c: _Context, pub: dt.date, month: int, marker: str | None) -> dt.date:
    """The day a text was written, as far as placing a month without a year goes: the publication date,
    unless the text calls the month before it «الحالي/الجاري» in the first days of the month («يوليو
    الحالي» in a paper dated 1 August was written in July). Then it was written on the last day of that
    month, and the rest of the text counts from there («أغسطس المقبل» of the same text is this August,
    not next year's)."""
    if c.state.written_on is not None:
        return c.state.written_on
    if marker == "current" and pub.day <= _WRITTEN_EARLY and month == R.add_months(pub.year, pub.month, -1)[1]:
        c.written_on = pub - dt.timedelta(days=pub.day)
        return c.written_on
    return pub


def _without_alt(c: _Context) -> R.Value | None:
    """The date production matched again up to the end of the first month name only."""
    m = c.g.pattern(c.g.names.index("date")).match(c.key, c.m.start(), c.m.end("d_month"))
    if m is None or m.lastgroup != "date":
        return None
    sub = _Context(c.key, m, "date", c.published, c.g, c.last_year_end, c.state)
    value = _date(sub)
    c.end, c.families, c.calendar, c.month_ref, c.written_on = (
        sub.end,
        sub.families,
        sub.calendar,
        sub.month_ref,
        sub.written_on,
    )
    return value


_RANGE_LINK = re.compile(
    rf"[^\S\n]*(?:-|–|{_n('و')}?(?:{_n('إلى')}|{_n('حتى')}|{_n('لغاية')})(?!\w)|(?P<and>{_n('و')}))[^\S\n]*"
)
_BETWEEN = _n("بين")


def _range_to_dated(c: _Context, month: int, day: int | None, part: str | None) -> R.Value | None:
    """«1 يناير إلى 30 يونيو من العام 2015»: a Gregorian date without a year that opens a range (إلى، حتى،
    لغاية، a dash; و after بين) whose end has one is one interval, its start in the year of the end (the year before
    if it would fall after the end: «15 ديسمبر إلى 10 يناير 2016»)."""
    link = _RANGE_LINK.match(c.key, c.end)
    if link is None or (link.group("and") and c.prev_word() != _BETWEEN):
        return None  # «و» links a range only after «بين» (بين 5 مارس و6 أبريل 2018)
    found = _sub_date(c, link.start("and") if link.group("and") else link.end())  # و: a clitic of the date
    if found is None:
        return None
    sub, value = found
    if value.value is None or value.resolution != "absolute":
        return None
    first, last = _bounds(value.value)
    year = first.year if (month, day or 1) <= (first.month, first.day) else first.year - 1
    start = _month_value(year, month, day, None, part, False)
    if start is None:
        return None
    c.end = sub.end
    return R.Value(R.interval(_bounds(start)[0], last), "interval", "absolute")


def _month_value(year: int, month: int, day: int | None, day2: int | None, part: str | None, hijri: bool) -> str | None:
    length = R.hijri_month_length(year, month) if hijri else R.month_length(year, month)
    if day is not None:
        if not 1 <= day <= length or (day2 is not None and not day < day2 <= length):
            return None
        if hijri:
            if day2 is not None:
                return R.hijri_month_interval(year, month, day, day2)
            return R.hijri_to_gregorian(year, month, day).isoformat()
        if day2 is not None:
            return R.interval(dt.date(year, month, day), dt.date(year, month, day2))
        return dt.date(year, month, day).isoformat()
    if part is not None:
        first, last = R.part_bounds(part, length)
        if hijri:
            return R.hijri_month_interval(year, month, first, last)
        return R.interval(dt.date(year, month, first), dt.date(year, month, last))
    if hijri:
        return R.hijri_month_interval(year, month)
    return f"{year:04d}-{month:02d}"


def _plausible_year(year: int, hijri: bool, libyan: bool) -> bool:
    if hijri:
        return 1300 <= year <= 1600
    if libyan and 1300 <= year <= 1450:
        return True
    return 1000 <= year <= 2199


def _year_value(year: int, era: str | None, part: str | None) -> R.Value:
    if era == "hijri":
        try:
            if part:
                first, last = R.part_bounds(part, 12)
                return R.Value(R.hijri_year_interval(year, first, last), "interval", "hijri")
            return R.Value(R.hijri_year_interval(year), "interval", "hijri")
        except R.HijriError as exc:
            return R.unresolved("interval", str(exc))
    if part:
        first, last = R.part_bounds(part, 12)
        start, end = dt.date(year, first, 1), dt.date(year, last, R.month_length(year, last))
        return R.Value(R.interval(start, end), "interval", "absolute")
    return R.Value(f"{year:04d}", "year", "absolute")


def _part_year(c: _Context) -> R.Value | None:
    year = int(c.group("py_year") or 0)
    era = c.lex.eras.get(c.group("py_era") or "")
    if not _plausible_year(year, era == "hijri", False):
        return None
    return _year_value(year, era, _need(c.lex.parts, c.group("py_part")))


def _year_kw(c: _Context) -> R.Value | None:
    year = int(c.group("yk_year") or 0)
    era = c.lex.eras.get(c.group("yk_era") or "")
    if not _plausible_year(year, era == "hijri", False):
        return None
    return _year_value(year, era, None)


def _bare_year(c: _Context) -> R.Value | None:
    year = int(c.group("yr_year") or 0)
    era = c.lex.eras.get(c.group("yr_era") or "")
    if era == "hijri":
        return _year_value(year, era, None) if 1300 <= year <= 1600 else None
    if not 1900 <= year <= 2100:
        return None
    chained = c.last_year_end >= 0 and c.g.year_chain.match(c.key[c.last_year_end : c.m.start("yr_year")])
    if c.next_word() in c.lex.units:
        return None  # «قبل 2000 عام»: a count of years, not a year
    if era or chained or c.prev_word() in c.lex.year_cues or _year_range_start(c, year):
        return _year_value(year, None, None)
    return None


_YEAR_RANGE = re.compile(
    rf"[^\S\n]*(?:(?P<and>{_n('و')})|{_n('إلى')}(?!\w)|{_n('حتى')}(?!\w)|[-–])[^\S\n]*(?P<y2>[0-9]{{4}})(?![0-9]|[.,][0-9])"
)
_YEAR_RANGE_MAX = 50
"""The longest span of years read as a range of years: «بين 1500 و2000» is more likely a count."""


def _year_range_start(c: _Context, year: int) -> bool:
    """«بين 2015 و2017», «من 2015 إلى 2017»: a bare number after بين (linked by و) or من (by إلى، حتى, a
    dash) opens a range of years when the number after the link is a later year close to it and not a
    count (no unit after it). The second year is then read by the year chain."""
    prev = c.prev_word()
    if prev not in (_BETWEEN, _n("من")):
        return False
    link = _YEAR_RANGE.match(c.key, c.end)
    if link is None or bool(link.group("and")) != (prev == _BETWEEN):
        return False
    y2 = int(link.group("y2"))
    if not year < y2 <= min(year + _YEAR_RANGE_MAX, 2100):
        return False
    after = c.next_word(link.end())
    return not (after in c.lex.units or after in c.lex.count_nouns or (len(after) > 2 and after.endswith("ا")))


def _period(c: _Context) -> R.Value | None:
    g, lex = c.group, c.lex
    unit, is_this = _need(lex.periods, g("per_unit"))
    part = _get(lex.parts, g("per_part"))
    marker = lex.markers.get(g("per_marker") or "")
    if not (is_this or part or marker):
        return None  # bare العام / الشهر / الأسبوع: "the general", "the month" (of a story)
    offset = _offset(c, marker, "per_beyond")
    if offset is None:
        return None
    granularity = "interval" if part else unit
    if c.published is None:
        return R.unresolved(granularity)
    pub = c.published
    if unit == "week":
        start, _ = R.week_of(pub + dt.timedelta(days=7 * offset))
        first, last = R.part_bounds(part, 7) if part else (1, 7)
        span = R.interval(start + dt.timedelta(days=first - 1), start + dt.timedelta(days=last - 1))
        return R.Value(span, "interval" if part else "week", "relative")
    if unit == "month":
        try:
            y, mo, hijri = _relative_month(c, pub, offset)
            if hijri:
                if part:
                    lo, hi = R.part_bounds(part, R.hijri_month_length(y, mo))
                    span = R.hijri_month_interval(y, mo, lo, hi)
                else:
                    span = R.hijri_month_interval(y, mo)
                return R.Value(span, "interval", "hijri", R.HIJRI_TEXT)
        except R.HijriError as exc:
            return R.unresolved("interval", str(exc))
        c.month_ref = (y, mo, False)
        if part:
            first, last = R.part_bounds(part, R.month_length(y, mo))
            return R.Value(R.interval(dt.date(y, mo, first), dt.date(y, mo, last)), "interval", "relative")
        return R.Value(f"{y:04d}-{mo:02d}", "month", "relative")
    value = _year_value(pub.year + offset, None, part)
    return R.Value(value.value, value.granularity, "relative")


def _offset(c: _Context, marker: str | None, beyond_group: str) -> int | None:
    """How many periods from the publication date's a marker moves: -1 for الماضي, +1 for المقبل, -2
    for «قبل الماضي» (the one before last), +2 for «بعد المقبل»; None for «قبل المقبل» and the like."""
    offset = {"past": -1, "future": 1}.get(marker or "", 0)
    beyond = _get(c.lex.beyond, c.group(beyond_group))
    if beyond is None:
        return offset
    return 2 * offset if beyond == marker else None


def _relative_month(c: _Context, pub: dt.date, offset: int) -> tuple[int, int, bool]:
    """(year, month, Hijri?) of «الشهر» moved by ``offset`` months from the publication month: a Hijri
    month in a text that has so far dated only in Hijri months (Saudi local news: «يوم السبت السابع من
    شهر ذي القعدة… يوم 25 من الشهر الجاري»), else a Gregorian one."""
    if c.state.hijri_text():
        hy, hm, _ = R.gregorian_to_hijri(pub)
        y, mo = R.add_months(hy, hm, offset)
        return y, mo, True
    y, mo = R.add_months(pub.year, pub.month, offset)
    return y, mo, False


def _plural(c: _Context) -> R.Value | None:
    lex = c.lex
    raw = c.group("pl_num")
    if c.group("pl_dual"):
        if raw:
            return None  # «الشهرين الثلاثة»: not a phrase of dates
        unit, n = _need(lex.units_dual, c.group("pl_dual")), 2
    else:
        unit = _need(lex.units_def, c.group("pl_unit"))
        n = (int(raw) if raw.isdigit() else _need(lex.definite_cardinals, raw)) if raw else 0
        if c.group("pl_few"):
            n = 0  # «الأيام القليلة الماضية»: a few, no number
    if not n:
        return R.unresolved("unknown", R.VAGUE.format(unit=unit))
    if c.published is None:
        return R.unresolved("interval")
    pub = c.published
    if _need(lex.plural_markers, c.group("pl_marker")) == "past":
        span = R.interval(R.shift(pub, unit, -n), pub - dt.timedelta(days=1))
    else:
        span = R.interval(pub + dt.timedelta(days=1), R.shift(pub, unit, n))
    return R.Value(span, "interval", "relative")


_MUNDHU = _n("منذ")
_UNIT_GRANULARITY = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}


def _duration(c: _Context) -> R.Value | None:
    lex = c.lex
    unit = _need(lex.units, c.group("rel_unit"))
    raw = c.group("rel_num")
    if raw:
        n = int(raw) if raw.isdigit() else _need(lex.cardinals, raw)
    else:
        n = {"1": 1, "2": 2}.get(unit.count, 0)
    granularity = _UNIT_GRANULARITY[unit.unit]
    if not n:
        return R.unresolved("unknown", R.VAGUE.format(unit=unit.unit))
    direction = _need(lex.directions, c.group("rel_dir"))
    link = _get(lex.event_links, c.group("rel_link"))
    if link and not c.group("rel_now") and direction in link and _norm_spaces(c.group("rel_dir")) != _MUNDHU:
        # «بعد يومين من الاعتقال», «قبل 18 شهرا من نهاية الولاية»: counted from another event, so no date
        # of the calendar (the event's own date, if the text gives one, is found on its own). After منذ
        # the من / على belong to the verb: «يعاني منذ ثلاث سنوات من مرض» is three years ago.
        return None
    if c.group("rel_half"):
        return R.unresolved("unknown", R.APPROXIMATE)
    approx = _get(lex.approx, c.group("rel_approx"))
    if _get(lex.from_now, c.group("rel_now")) == "more":
        approx = "more"
    before = direction == "before"
    if approx in ("more", "less"):
        # «منذ أكثر من عام» dates something vaguely in the past; «بعد أكثر من سنة من دون رئيس» is a
        # stretch of time, not a date
        return R.unresolved("unknown", R.BOUNDED) if before else None
    if c.published is None:
        return R.unresolved(granularity)
    day = R.shift(c.published, unit.unit, -n if before else n)
    value = {"day": day.isoformat(), "month": f"{day.year:04d}-{day.month:02d}", "year": f"{day.year:04d}"}
    return R.Value(value[granularity], granularity, "relative", R.ABOUT if approx else None)


_TODAY_BLOCK = frozenset(
    _n(w)
    for w in (
        "التالي السابق الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الأخير نفسه ذاته "
        "الذي الذى العالمي الوطني الدولي المفتوح الموعود المشهود المحدد المقرر المذكور الواحد الكامل"
    ).split()
)
"""Words after «اليوم» that make it "the day" of a story or a name (اليوم التالي، اليوم السابع), not today."""
_TODAY_PREV_BLOCK = frozenset(
    _n(w)
    for w in (
        "في نفس ذات ذلك تلك طوال طيلة طول مدار مدى نهاية منتصف بداية مطلع بقية خلال عين صحيفة جريدة موقع "
        "عالم شباب جيل أطفال أخبار روسيا برنامج"
    ).split()
)
"""Words before «اليوم» that make it "the day" or a name (في نفس اليوم، طوال اليوم، عين اليوم، صحيفة اليوم)."""
_AN = _n("أن")  # also إن: both fold to ان
_TODAY_BEFORE = frozenset(_n(w) for w in ("حتى", "إلى", "لغاية", "هذا"))
_NIGHT_BEFORE_BLOCK = frozenset(_n(w) for w in ("تلك", "ذات", "نفس", "طوال", "طيلة"))
_NIGHT_AFTER_BLOCK = frozenset(
    _n(w) for w in "الأولى الثانية الثالثة التي نفسها ذاتها الأخيرة السابقة التالية الموعودة".split()
)


def _deictic(c: _Context) -> R.Value | None:
    g = c.group
    offset, rule = _need(c.lex.deictic, g("dx_word"))
    framed = bool(g("dx_tod") or g("dx_yawm"))
    clitic = g("clitic") or ""
    if clitic[-1:] in ("ل", "ب") and not (g("dx_word") or "").startswith("ال"):
        return None  # لامس "touched", لغد أفضل "for a better tomorrow": not glued prepositions on a date
    named_wd = g("dx_wd") or g("dx_wd2")  # «اليوم الجمعة», «أمس (الجمعة)»
    if rule == "today" and not named_wd and (_day_of_a_story(c) or not (framed or _today_adverb(c))):
        return None  # «صباح اليوم التالي», «عشية اليوم العالمي»: the day of a story or a name, not today
    elif rule == "tod" and not framed:
        return None
    elif rule == "b" and not framed and clitic[-1:] != "ب":
        return None
    elif rule == "night" and (c.prev_word() in _NIGHT_BEFORE_BLOCK or _night_of_a_story(c.next_word())):
        return None
    if c.published is None:
        return R.unresolved("day")
    day = c.published + dt.timedelta(days=offset)
    if named_wd:
        # «اليوم الجمعة» in a paper dated Saturday was written on Friday: the weekday named wins, and the
        # day word only says which Friday (the one closest to it).
        weekday = _need(c.lex.weekdays, named_wd).weekday
        diff = (weekday - day.weekday()) % 7
        day += dt.timedelta(days=diff - 7 if diff > 3 else diff)
        c.state.weekdays[weekday] = day
    return R.Value(day.isoformat(), "day", "relative")


def _day_of_a_story(c: _Context) -> bool:
    """Whether an adjective or ordinal follows «اليوم» (اليوم التالي، اليوم الأول، اليوم الوطني: a definite
    word ending in ي is taken as such an adjective), with or without a time of day before it."""
    after = c.next_word()
    return after in _TODAY_BLOCK or (after.startswith("ال") and after.endswith("ي") and len(after) > 4)


def _night_of_a_story(after: str) -> bool:
    """Whether the word after «الليلة» makes it "the … night" (الليلة الأولى، الليلة المقررة، الليلة
    الختامية: a definite feminine adjective), not "tonight"."""
    return after in _NIGHT_AFTER_BLOCK or (after.startswith("ال") and after.endswith("ه") and len(after) > 4)


def _today_adverb(c: _Context) -> bool:
    """Whether a bare «اليوم» (no time of day, no weekday after it) is the adverb "today".

    It is, as news writes it («أعلن اليوم»، «تبدأ اليوم في»، «اليوم، …»، «حتى اليوم» = up to today), unless
    the words around make it "the day" of a story or part of a name: an adjective or ordinal after it
    (اليوم التالي، اليوم الأول، اليوم الوطني، اليوم العالمي: a definite word ending in ي is taken as such an
    adjective), a demonstrative or a noun of which it is the complement before it (ذلك اليوم، نفس اليوم،
    طوال اليوم، في اليوم = per day / on the day, عين اليوم، صحيفة اليوم), quotes or a dateline dash around
    it («اليوم» the Saudi paper, «اليوم - الدمام»).
    """
    start = c.m.start("dx_word")
    after = c.next_word()
    if after.isdigit() or after in c.lex.months or after == _AN:
        return True
    prev = c.prev_word()
    if prev in _TODAY_BEFORE:
        return True
    if prev in _TODAY_PREV_BLOCK or (c.group("clitic") or "")[-1:] in ("ل", "ب"):
        return False
    before = c.key[max(0, start - 2) : start].strip()[-1:]
    following = c.key[c.end : c.end + 3].lstrip()[:1]
    quoted = bool(before) and before in '"«“(' and bool(following) and following in '"»”)'
    return not quoted and following not in ("-", "–", ":")


def _weekday(c: _Context) -> R.Value | None:
    g = c.group
    wd = _need(c.lex.weekdays, g("wd_name"))
    marker = c.lex.markers.get(g("wd_marker") or "") or c.pair_marker()
    weeks = _offset(c, marker, "wd_beyond")
    if weeks is None:
        return None
    framed = bool(g("wd_tod") or g("wd_yawm"))
    if not framed and marker is None:
        if c.prev_word() in wd.block_before or c.next_word() in wd.block_after:
            return None
    if marker is None and (c.prev_word() in _HABITUAL_BEFORE or _HABITUAL_AFTER.match(c.key, c.end)):
        return None  # «كل جمعة», «أيام السبت», «يومي الجمعة والسبت من كل أسبوع»: every week, not a date
    if c.published is None:
        return R.unresolved("day")
    pub = c.published
    back = (pub.weekday() - wd.weekday) % 7  # days since the most recent one, 0 if today
    ahead = (wd.weekday - pub.weekday()) % 7
    if marker == "past":
        day = pub - dt.timedelta(days=(back or 7) - 7 * (weeks + 1))  # «الأحد قبل الماضي»: a week earlier
    elif marker == "future":
        day = pub + dt.timedelta(days=(ahead or 7) + 7 * (weeks - 1))
    elif wd.weekday in c.state.weekdays:
        day = c.state.weekdays[wd.weekday]  # named before with a marker or a day word: the same day
    elif c.future_context():
        day = pub + dt.timedelta(days=ahead)
    else:
        day = pub - dt.timedelta(days=back)
    if marker is not None:
        c.state.weekdays[wd.weekday] = day
    return R.Value(day.isoformat(), "day", "relative")


def _weekday_dm(c: _Context) -> R.Value | None:
    """«الاثنين 18/10»: a weekday with a day/month and no year. Saudi and other Gulf papers write Hijri
    day/months so, others Gregorian ones: both readings are placed near the publication date (as a month
    without a year is) and the one that falls on the weekday named wins; if neither does, the Gregorian
    one is given with a reason. An era (هـ، م) after it settles the calendar."""
    g = c.group
    weekday = _need(c.lex.weekdays, g("wdm_name")).weekday
    d, mo = int(g("wdm_d") or 0), int(g("wdm_m") or 0)
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    if c.published is None:
        return R.unresolved("day")
    pub = c.published
    era = c.lex.eras.get(g("wdm_era") or "")
    greg = hijri = None
    if era != "hijri":
        try:
            greg = dt.date(R.pick_year(mo, d, None, _tuple(pub)), mo, d)
        except ValueError:
            greg = None
    if era != "gregorian":
        try:
            ref = R.gregorian_to_hijri(pub)
            hijri = R.hijri_to_gregorian(R.pick_year(mo, d, None, ref), mo, d)
        except R.HijriError:
            hijri = None
    if greg is not None and greg.weekday() == weekday:
        value = R.Value(greg.isoformat(), "day", "relative")
        c.calendar = "gregorian"
    elif hijri is not None and (hijri.weekday() == weekday or greg is None):
        reason = None if hijri.weekday() == weekday else R.WEEKDAY_MISMATCH
        value = R.Value(hijri.isoformat(), "day", "hijri", reason)
        c.calendar = "hijri"
    elif greg is not None:
        value = R.Value(greg.isoformat(), "day", "relative", R.WEEKDAY_MISMATCH)
    else:
        return None
    return value


_HABITUAL_BEFORE = frozenset((_n("كل"), _n("أيام")))
_HABITUAL_AFTER = re.compile(rf"[^\S\n]*(?:{_n('و')}?[^\S\n]*\w+[^\S\n]+)?{_n('من')}[^\S\n]+{_n('كل')}(?!\w)")
_PREVIOUS = frozenset((_n("السابق"), _n("السابقة")))
_OF_SOMETHING_ELSE = re.compile(rf"[^\S\n]+(?:{_n('من')}[^\S\n]|{_n('لل')})")


def _year_part(c: _Context) -> R.Value | None:
    """Quarters, halves and thirds of a year («الربع الثاني من العام الحالي», «النصف الأول لعام 2015»,
    «الربع الماضي») and its first or last months («الأشهر الثلاثة الأولى من العام»).

    The year is the one written after it (من / ل / في + a year, العام + a marker, هذا العام); without one,
    the year of the last quarter or half of the same text that had one (a report goes on «… وفي الربع
    الثاني»), else the publication year. «الربع الماضي / المقبل / الحالي» count from the publication date's
    quarter; «الربع السابق» from the last quarter named in the text, if any (the one before it). A fiscal
    year written as two years (2014/2015) runs July-June, and makes «العام المالي» of the rest of the text
    do so; otherwise a fiscal year is the calendar year (see the notes in :mod:`.resolve`).
    """
    g, lex, st = c.group, c.lex, c.state
    if g("yp_frac"):
        length = _need(lex.fractions, g("yp_frac"))
        if g("yp_mark"):
            return _relative_part(c, length)
        k = _need(lex.part_ordinals, g("yp_ord")) or 12 // length
        if k > 12 // length:
            return None
        offset = (k - 1) * length
    else:
        raw = g("yp_num") or ""
        length = int(raw) if raw.isdigit() else _need(lex.definite_cardinals, raw)
        if not 1 <= length <= 11 or g("yp_tail") is None:
            return None  # «الأشهر الثلاثة الأخيرة» alone: the last three months before publication
        offset = 0 if _need(lex.span_edges, g("yp_edge")) == "first" else 12 - length
    if g("yp_tail") is None and _OF_SOMETHING_ELSE.match(c.key, c.end):
        return None  # «النصف الأول من المباراة», «الربع الأول من القرن»: a part of something else
    first_month, note, absolute, hijri = 1, None, False, False
    pub = c.published
    if g("yp_tail") is None:
        if st.part_year is not None:
            year, first_month = st.part_year
        elif pub is None:
            return R.unresolved("interval")
        else:
            year = pub.year
    elif g("yp_y") or g("yp_y3"):
        year, absolute = int(g("yp_y") or g("yp_y3") or 0), True
        hijri = lex.eras.get(g("yp_era") or g("yp_era3") or "") == "hijri"
        if g("yp_y2"):
            other = int(g("yp_y2") or 0)
            if abs(other - year) != 1 or hijri:
                return None
            year, first_month, note = min(year, other), 7, R.FISCAL_SPLIT
            st.fiscal_start = 7
        elif g("yp_fisc") or g("yp_fisc2"):
            note = R.FISCAL_CALENDAR
        if not _plausible_year(year, hijri, False):
            return None
    else:
        if pub is None:
            return R.unresolved("interval")
        fiscal = bool(g("yp_fisc2") or g("yp_fisc3"))
        shift = {"past": -1, "future": 1}.get(lex.markers.get(g("yp_ymark") or "", ""), 0)
        if fiscal and st.fiscal_start != 1:
            first_month, note = st.fiscal_start, R.FISCAL_SPLIT
            year = (pub.year if pub.month >= first_month else pub.year - 1) + shift
        else:
            year, note = pub.year + shift, R.FISCAL_CALENDAR if fiscal else None
    if g("yp_tail") is not None:
        st.part_year = (year, first_month)
    start = year * 12 + first_month - 1 + offset
    st.last_part = (start, length)
    resolution = "absolute" if absolute else "relative"
    if hijri:
        try:
            return R.Value(R.hijri_year_interval(year, offset + 1, offset + length), "interval", "hijri", note)
        except R.HijriError as exc:
            return R.unresolved("interval", str(exc))
    return R.Value(_months_interval(start, length), "interval", resolution, note)


def _months_interval(start: int, length: int) -> str:
    """The days of ``length`` months from month ``start`` (counted as year * 12 + month - 1)."""
    last = start + length - 1
    first_day = dt.date(start // 12, start % 12 + 1, 1)
    y, mo = last // 12, last % 12 + 1
    return R.interval(first_day, dt.date(y, mo, R.month_length(y, mo)))


def _relative_part(c: _Context, length: int) -> R.Value | None:
    marker = c.lex.markers.get(_norm_spaces(c.group("yp_mark")), "current")
    if c.published is None:
        return R.unresolved("interval")
    pub, last = c.published, c.state.last_part
    if _norm_spaces(c.group("yp_mark")) in _PREVIOUS and last is not None and last[1] == length:
        base = last[0]
    else:
        base = pub.year * 12 + (pub.month - 1) // length * length
    start = base + {"past": -length, "future": length}.get(marker, 0)
    c.state.last_part = (start, length)
    return R.Value(_months_interval(start, length), "interval", "relative")


def _sub_date(c: _Context, pos: int) -> tuple[_Context, R.Value] | None:
    """The date production matched and resolved at ``pos`` (for expressions that contain a date)."""
    return _sub_match(c, pos, "date", _date)


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


def _week_of_month(c: _Context) -> R.Value | None:
    """A part of a month named before «من» + the month («مارس», «شهر رمضان», «الشهر الجاري»).

    «الأسبوع الثاني من مارس»: days 1-7, 8-14, 15-21, 22-28 of the month; «الأسبوع الأخير»: its last 7.
    «النصف الأول / الثاني»: days 1-15 / 16-end. «العشر الأوائل / الأواسط / الأواخر» (the Gulf way of
    dividing Ramadan and Dhu al-Hijjah): the thirds 1-10, 11-20, 21-end, like مطلع / منتصف / نهاية.
    """
    found = _sub_date(c, c.end)
    if found is None:
        found = _sub_match(c, c.end, "period", _period)
        if found is None or found[0].group("per_part"):
            return None
    elif found[0].group("d_day") or found[0].group("d_part"):
        return None
    sub, value = found
    c.end = sub.end
    c.month_ref, c.families, c.calendar = sub.month_ref, sub.families, sub.calendar
    if value.value is None:
        return R.unresolved("interval", value.reason or R.NO_PUBLISHED)
    first, last = _bounds(value.value)
    if c.group("wm_part"):
        part = _need(c.lex.month_parts, c.group("wm_part"))
        lo, hi = {
            "first_half": (0, 14),
            "second_half": (15, None),
            "early": (0, 9),
            "mid": (10, 19),
            "late": (20, None),
        }[part]
        start = first + dt.timedelta(days=lo)
        end = last if hi is None else first + dt.timedelta(days=hi)
        return R.Value(R.interval(start, end), "interval", value.resolution, value.reason)
    k = _need(c.lex.part_ordinals, c.group("wm_ord"))
    if k == 0:
        start = last - dt.timedelta(days=6)
    else:
        start = first + dt.timedelta(days=7 * (k - 1))
    return R.Value(R.interval(start, start + dt.timedelta(days=6)), "interval", value.resolution, value.reason)


def _day_of_month(c: _Context) -> R.Value | None:
    """A day of a month named by «الشهر» rather than by its name: «يوم 25 من الشهر الجاري», «العاشر من
    الشهر الماضي», «الخامس من هذا الشهر», and the month just named («في 12 من الشهر نفسه», «من نفس
    الشهر», «إلى غاية 30 منه» after «فاتح شتنبر المقبل»). «منه» ("of it") counts only right after a month
    of the same sentence, since it is mostly "of it" of anything else («باع 30 منه»). A day written in
    digits needs يوم, a weekday, «الـ» or a preposition before it («سجل 3 من الشهر الماضي» is a count)."""
    g, lex = c.group, c.lex
    day = _day_number(c, "dom_day") or 0
    framed = c.m.start("dom_day") > c.m.start("day_of_month")  # يوم، a weekday or الـ before the day
    raw = g("dom_day") or ""
    if not framed and (raw.isdigit() or g("dom_of_it")) and c.prev_word() not in _DAY_CUES:
        return None
    if g("dom_marker") or g("dom_this"):
        if c.published is None:
            return R.unresolved("day")
        marker = lex.markers.get(_norm_spaces(g("dom_marker")), "current")
        try:
            year, month, hijri = _relative_month(c, c.published, {"past": -1, "future": 1}.get(marker, 0))
        except R.HijriError as exc:
            return R.unresolved("day", str(exc))
        note = R.HIJRI_TEXT if hijri else None
    else:
        last = c.state.last_month
        if last is None:
            return None
        last_year, month, hijri, end = last
        if g("dom_of_it") and _SENTENCE_END.search(c.key, end, c.m.start()):
            return None
        if last_year is None:
            return R.unresolved("day")  # the month named before was left unresolved (no publication date)
        year, note = last_year, None
    try:
        value = _month_value(year, month, day, None, None, hijri)
    except R.HijriError as exc:
        return R.unresolved("day", str(exc))
    if value is None:
        return None  # «40 منه»: not a day of that month
    c.month_ref = (year, month, hijri)
    if hijri:
        c.calendar = "hijri"
    return R.Value(value, "day", "hijri" if hijri else "relative", note)


_DAY_CUES = frozenset(_n(w) for w in ("في", "منذ", "حتى", "إلى", "غاية", "لغاية", "بتاريخ", "قبل", "بعد", "من", "و"))
"""Words before a day number that make it a date: «في 25 من الشهر الجاري», «إلى غاية 30 منه»."""


def _vague(c: _Context) -> R.Value | None:
    return R.unresolved("unknown", R.VAGUE_TIME)


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


def _hijri_year_in(gregorian_year: int, month: int) -> int:
    """The Hijri year whose ``month`` begins in ``gregorian_year`` (the first, if two do)."""
    try:
        h0 = R.gregorian_to_hijri(dt.date(gregorian_year, 1, 1))[0]
        for h in (h0, h0 + 1):
            if R.hijri_to_gregorian(h, month, 1).year == gregorian_year:
                return h
    except R.HijriError:
        pass
    return gregorian_year  # left implausible: the year is dropped from the match


def _tuple(day: dt.date) -> tuple[int, int, int]:
    return day.year, day.month, day.day
