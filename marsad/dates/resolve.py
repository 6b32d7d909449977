"""Calendar arithmetic for the date grammar: which year a month without a year means, parts of periods,
weeks, and the Hijri calendar.

Rules (each chosen for how Arab news writes dates; the tests pin them down):

* **A month (or day and month) without a year** is placed on the calendar of its name (Gregorian or
  Hijri) relative to the publication date ``ref``:

  - with a past marker (الماضي، الفارط، المنصرم، المنقضي…): the latest such month strictly before the
    publication month («مارس الماضي» written in March means last year's March; a writer meaning this
    month says «الشهر الجاري»); with a day, the latest such date strictly before the publication day
    («5 مارس الماضي» written on 10 March is 5 March of the same year);
  - with a future marker (القادم، المقبل): the first such month strictly after the publication month,
    or with a day the first such date strictly after the publication day;
  - with a "current" marker (الجاري، الحالي): the publication year;
  - after «منذ» (since): the latest such month up to the publication month, or date up to the
    publication day (a "since" cannot lie ahead);
  - unmarked: the closest one to the publication date (among last year, this year and next year),
    ties going to the past because news mostly reports what has happened.

  A text that calls the month before publication «الحالي/الجاري» in the first three days of a month
  was written in that month (a paper dated 1 August prints what was written on 31 July), and its
  months are placed from the last day of that month instead.

* **«الشهر»** (الشهر الجاري / الماضي / المقبل, «يوم 25 من الشهر الجاري») is the Gregorian month, unless
  the text has so far dated only in the Hijri calendar (a Hijri day or year, not a bare «رمضان»): then
  it is the Hijri month, as in Saudi local news.

* **Parts of periods**: early / mid / late thirds. Of a month: days 1-10, 11-20, 21-last (also «العشر
  الأوائل / الأواسط / الأواخر»); its halves («النصف الأول / الثاني من مارس») are days 1-15 and 16-last.
  Of a year: January-April, May-August, September-December (months 1-4, 5-8, 9-12 of a Hijri year).
  Of a week: its days 1-2, 3-5, 6-7. «أول» before a month name means its first day (أول يناير).

* **Weeks** run Monday to Sunday (ISO 8601), the convention of the Maghrebi press and of ISO dates;
  Gulf and Egyptian calendars start the week on Saturday or Sunday, which moves «الأسبوع الماضي» by at
  most two days. :data:`WEEK_START` is the one place to change it.

* **Hijri** conversion uses the Umm al-Qura tables of the ``hijridate`` package (1343-1500 AH, i.e.
  1924-2077): the calendar Saudi and most Gulf media print. Other countries start months by local
  sighting, which may differ by a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

WEEK_START = 0
"""The first day of a week, in Python's numbering (0 = Monday)."""

NO_PUBLISHED = "no publication date; give --published or a 'published' field"
VAGUE = "vague: the text names no number of {unit}s, so no single date can be given"
VAGUE_TIME = "vague: the text names no date, only a rough time (مؤخرا، في الآونة الأخيرة، الفترة المقبلة…)"
APPROXIMATE = "approximate: a duration with a fraction («عام ونصف») gives no single date"
ABOUT = "approximate: the text says «about» (نحو، حوالي، قرابة…); the date its number gives"
HIJRI_TEXT = "the text dates in Hijri months, so «الشهر» is read as the Hijri month"
BOUNDED = "vague: «more / less than» (أكثر من، أقل من…) a number of units gives no single date"
FISCAL_SPLIT = "fiscal year written as two years: taken to run from July to June (Egypt, Pakistan…)"
FISCAL_CALENDAR = "fiscal year taken as the calendar year (the Gulf states'); elsewhere it may run July-June"
WEEKDAY_MISMATCH = "the weekday named does not fall on this date in either calendar: the Gregorian date is given"
HIJRI_RANGE = "outside the Hijri years the converter covers (1343-1500 AH, 1924-2077)"
NO_HIJRIDATE = "Hijri conversion needs the 'hijridate' package; install it with: pip install hijridate"


class HijriError(ValueError):
    """A Hijri date that cannot be converted (out of range, no such day, converter missing)."""


@dataclass(frozen=True, slots=True)
class Value:
    """A resolved value, as the fields of :class:`marsad.model.TimeExpression` take it."""

    value: str | None
    granularity: str
    resolution: str
    reason: str | None = None


def unresolved(granularity: str, reason: str = NO_PUBLISHED) -> Value:
    return Value(None, granularity, "unresolved", reason)


def interval(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}/{end.isoformat()}"


# --- Gregorian helpers ---------------------------------------------------------------------------------


def month_length(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def shift(ref: dt.date, unit: str, n: int) -> dt.date:
    """``ref`` moved by ``n`` units (negative: earlier); month steps keep the day where they can."""
    if unit == "day":
        return ref + dt.timedelta(days=n)
    if unit == "week":
        return ref + dt.timedelta(days=7 * n)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    y, m = add_months(ref.year, ref.month, months)
    return dt.date(y, m, min(ref.day, month_length(y, m)))


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    start = day - dt.timedelta(days=(day.weekday() - WEEK_START) % 7)
    return start, start + dt.timedelta(days=6)


def part_bounds(part: str, length: int) -> tuple[int, int]:
    """First and last index (1-based) of a third of a period of ``length`` units.

    Months (length 28-31) split 1-10 / 11-20 / 21-end; years (12) split 1-4 / 5-8 / 9-12; weeks (7)
    split 1-2 / 3-5 / 6-7.
    """
    if length == 7:
        cuts = {"early": (1, 2), "first": (1, 2), "mid": (3, 5), "late": (6, 7)}
    elif length == 12:
        cuts = {"early": (1, 4), "first": (1, 4), "mid": (5, 8), "late": (9, 12)}
    else:
        cuts = {"early": (1, 10), "first": (1, 10), "mid": (11, 20), "late": (21, length)}
    return cuts[part]


# --- Hijri helpers ---------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    try:
        from hijridate import Hijri
    except ImportError as exc:  # pragma: no cover - hijridate is a declared dependency
        raise HijriError(NO_HIJRIDATE) from exc
    try:
        g = Hijri(year, month, day).to_gregorian()
    except OverflowError as exc:
        raise HijriError(HIJRI_RANGE) from exc
    except ValueError as exc:
        raise HijriError(f"no such Hijri day: {exc}") from exc
    return dt.date(g.year, g.month, g.day)


@lru_cache(maxsize=4096)
def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int]:
    try:
        from hijridate import Gregorian
    except ImportError as exc:  # pragma: no cover
        raise HijriError(NO_HIJRIDATE) from exc
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except OverflowError as exc:
        raise HijriError(HIJRI_RANGE) from exc
    return h.year, h.month, h.day


@lru_cache(maxsize=4096)
def hijri_month_length(year: int, month: int) -> int:
    try:
        from hijridate import Hijri
    except ImportError as exc:  # pragma: no cover
        raise HijriError(NO_HIJRIDATE) from exc
    try:
        return int(Hijri(year, month, 1).month_length())
    except OverflowError as exc:
        raise HijriError(HIJRI_RANGE) from exc


def hijri_month_interval(year: int, month: int, first: int = 1, last: int | None = None) -> str:
    """The Gregorian days of Hijri ``month`` of ``year`` (or of its days ``first``-``last``)."""
    if last is None:
        last = hijri_month_length(year, month)
    return interval(hijri_to_gregorian(year, month, first), hijri_to_gregorian(year, month, last))


def hijri_year_interval(year: int, first_month: int = 1, last_month: int = 12) -> str:
    start = hijri_to_gregorian(year, first_month, 1)
    end = hijri_to_gregorian(year, last_month, hijri_month_length(year, last_month))
    return interval(start, end)


# --- Placing a month without a year ---------------------------------------------------------------------


def pick_year(month: int, day: int | None, marker: str | None, ref: tuple[int, int, int]) -> int:
    """The year of ``month`` (and ``day``) as read from a text published on ``ref`` = (y, m, d).

    Works on any 12-month calendar, so the same rule serves Gregorian and Hijri months (see the module
    docstring for the rule). Distances use 31-day months, which only matters for ties.
    """
    ref_y, ref_m, ref_d = ref
    if marker == "current":
        return ref_y

    def key(y: int) -> int:
        return (y * 12 + month - 1) * 31 + (day if day is not None else 0)

    ref_key = (ref_y * 12 + ref_m - 1) * 31 + (ref_d if day is not None else 0)
    years = (ref_y - 1, ref_y, ref_y + 1)
    if marker == "past":
        return max(y for y in years if key(y) < ref_key)
    if marker == "future":
        return min(y for y in years if key(y) > ref_key)
    if marker == "since":
        return max(y for y in years if key(y) <= ref_key)
    return min(years, key=lambda y: (abs(key(y) - ref_key), y))
