"""The regular-expression grammar of temporal expressions, built once from the word lists of :mod:`.lexicon`.

The text is scanned (:mod:`.scan`) after normalisation (:mod:`marsad.text.normalize`: diacritics dropped,
alef / hamza / taa marbuta / alef maqsura folded, Eastern-Arabic digits to ASCII), so every word of the
grammar is normalised the same way. ONE compiled regular expression, built from the word lists beside
this module, scans the text. It is an ordered alternation of productions, each a named group (numeric
dates, quarters / halves of a year, weeks / halves / ten-day thirds of a month, a weekday with a
day/month, a day of «الشهر الجاري» or of the month just named, full dates, year parts, years with a
keyword, named periods, plural spans, durations, vague times, deictic days, weekdays, bare years); at each
word start the first production that matches wins and every production ends with its optional parts taken
greedily, so the match found is the longest reading at that point. A lookahead (``_gate``) lets the
productions be tried only at the few words that may start a date. ``_Grammar.pattern(first)`` is the
regex of the productions from ``first`` onwards: the scan retries a match that fails its check with the
later productions, and expressions that contain a date match the date production inside them.

Spans: a proclitic glued to the first word (و، ف، ب، ل and their pairs وب، ول، فب، فل) stays outside the
span: «وأمس» gives «أمس», «بنهاية» gives «نهاية». With ل before the article (للعام = ل + العام) the
article has lost its alef, so the span starts at the second ل («لعام الماضي»). Prepositions written as
separate words (في، خلال، منذ before a year) are outside the span too; the words that carry the meaning
of a duration (قبل، بعد، منذ + a count) are inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.text.normalize import FOLDING_TABLE

from .helpers import _END, _OS, _S, _alt, _n
from .lexicon import Lexicon, load_lexicon

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
