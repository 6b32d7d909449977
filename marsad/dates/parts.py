"""Resolution of parts of years and months, and of days of a month named by «الشهر».

Quarters, halves and thirds of a year and its first or last months («الربع الثاني من العام الحالي»,
«الأشهر الثلاثة الأولى من 2015», «الربع الماضي»); weeks, halves and ten-day thirds of a month («الأسبوع
الأول من مارس», «العشر الأواخر من رمضان», «النصف الثاني من الشهر الجاري»); days of «الشهر الجاري» or of
the month just named («يوم 25 من الشهر الجاري», «إلى غاية 30 منه»).

These lean on the rest of the text (the year of the last quarter named, the last month named: see
``_DocState`` in :mod:`.context`) and on the month or period they contain, resolved by
:mod:`.calendar_dates` and :mod:`.relative_times`.
"""

from __future__ import annotations

import datetime as dt
import re

from . import resolve as R
from .calendar_dates import _day_number, _month_value, _plausible_year, _sub_date
from .context import _Context, _sub_match
from .helpers import _SENTENCE_END, _bounds, _n, _need, _norm_spaces
from .relative_times import _period, _relative_month

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
