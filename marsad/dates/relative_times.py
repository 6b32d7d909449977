"""Resolution of the expressions counted from the publication date, and of vague times.

Named periods («الشهر الماضي», «الأسبوع المقبل», «العام قبل الماضي»), plural spans («الأيام الثلاثة
الماضية»), durations («قبل ثلاث سنوات», «بعد يومين»), deictic days («أمس», «اليوم», «مساء الغد»),
weekdays («الجمعة الماضية», «يوم الاثنين 18/10»), and vague times («مؤخرا», «في وقت سابق»), which are
found but have no value.

Many of these words have other senses, so each resolver checks the words around and returns ``None`` when
the match is not a date (اليوم التالي، كل جمعة، بعد يومين من الاعتقال). Without a publication date the
expression is still found but left unresolved with a reason: relative times are never resolved against
today's date.
"""

from __future__ import annotations

import datetime as dt
import re

from . import resolve as R
from .calendar_dates import _year_value
from .context import _Context
from .helpers import _MUNDHU, _get, _n, _need, _norm_spaces, _tuple


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


def _vague(c: _Context) -> R.Value | None:
    return R.unresolved("unknown", R.VAGUE_TIME)
