"""Resolution of the expressions that write a date on the calendar.

Numeric dates («15/8/1436هـ», «2015-07-31»); a month by name with its day, year or marker («5 مارس
الماضي», «رمضان 1436», «3 يوليو/تموز 2018», «منتصف مايو»), including a range that ends in a dated one
(«1 يناير إلى 30 يونيو 2015»); and years («عام 2012», «النصف الأول من 2015», a bare year where the words
around make it one: «في 2015», «بين 2015 و2017»). A month without a year is placed on its calendar
relative to the publication date by the rules of :mod:`.resolve`.

Each resolver takes the context of a match of its production (:mod:`.context`) and returns its value, or
``None`` when the check of the words around fails (the scan then tries the later productions there).
"""

from __future__ import annotations

import datetime as dt
import re

from . import resolve as R
from .context import _Context, _sub_match
from .helpers import _MUNDHU, _SENTENCE_END, _bounds, _get, _n, _need, _tuple
from .lexicon import MonthName


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


def _sub_date(c: _Context, pos: int) -> tuple[_Context, R.Value] | None:
    """The date production matched and resolved at ``pos`` (for expressions that contain a date)."""
    return _sub_match(c, pos, "date", _date)


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
