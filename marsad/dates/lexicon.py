"""The word lists of the date grammar, read once from the TSV files beside this module.

Every form is stored normalised (:func:`marsad.text.normalize.normalize`), because the grammar matches
on the normalised text. The files document their own columns and sources in their ``#`` header.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.errors import ModelError
from marsad.text.normalize import normalize

DATA_DIR = Path(__file__).parent

NEEDS_CONTEXT_LEVELS = ("no", "weak", "strong", "year", "number", "day")


@dataclass(frozen=True, slots=True)
class MonthName:
    form: str
    """Normalised spelling."""
    month: int
    calendar: str
    """``gregorian``, ``hijri`` or ``libyan``."""
    needs_context: str
    """One of :data:`NEEDS_CONTEXT_LEVELS` (see the header of ``months.tsv``)."""
    families: frozenset[str] = frozenset()
    """The regional naming systems that print this spelling (``msa``, ``maghrebi``, ``levantine``…)."""


@dataclass(frozen=True, slots=True)
class Weekday:
    form: str
    weekday: int
    block_before: frozenset[str]
    block_after: frozenset[str]


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str
    count: str
    """``1``, ``2``, ``n`` or ``acc`` (see ``relative.tsv``)."""


@dataclass(slots=True)
class Lexicon:
    """All word lists, keyed by normalised form."""

    months: dict[str, MonthName] = field(default_factory=dict)
    weekdays: dict[str, Weekday] = field(default_factory=dict)
    cardinals: dict[str, int] = field(default_factory=dict)
    """Counts before a unit; 0 for the vague ones (بضعة، عدة)."""
    definite_cardinals: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    """Day-of-month ordinals 1-31, compounds included, and the day words غرة / الفاتح."""
    deictic: dict[str, tuple[int, str]] = field(default_factory=dict)
    """form → (offset in days, context rule)."""
    markers: dict[str, str] = field(default_factory=dict)
    dual_markers: dict[str, str] = field(default_factory=dict)
    """form → past | future | current: the marker after a pair (الخميس والجمعة المقبلين); also in markers."""
    parts: dict[str, str] = field(default_factory=dict)
    tod: dict[str, str] = field(default_factory=dict)
    periods: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """form → (week | month | year, already means "this one")."""
    units: dict[str, Unit] = field(default_factory=dict)
    units_def: dict[str, str] = field(default_factory=dict)
    plural_markers: dict[str, str] = field(default_factory=dict)
    directions: dict[str, str] = field(default_factory=dict)
    year_keywords: set[str] = field(default_factory=set)
    year_cues: set[str] = field(default_factory=set)
    eras: dict[str, str] = field(default_factory=dict)
    future_cues: set[str] = field(default_factory=set)
    not_future: set[str] = field(default_factory=set)
    event_links: dict[str, frozenset[str]] = field(default_factory=dict)
    """form → the directions (before, after) after which it counts a duration from an event."""
    fractions: dict[str, int] = field(default_factory=dict)
    """form → length in months (الربع 3, النصف 6)."""
    part_ordinals: dict[str, int] = field(default_factory=dict)
    """form → 1-4, 0 for «الأخير» (the last)."""
    span_edges: dict[str, str] = field(default_factory=dict)
    fiscal: set[str] = field(default_factory=set)
    vague: dict[str, str] = field(default_factory=dict)
    month_cues: dict[str, str] = field(default_factory=dict)
    """form → weak | strong | discourse: the word before a month name that is context enough."""
    units_dual: dict[str, str] = field(default_factory=dict)
    """form → unit: the definite dual of «اليومين الماضيين», a count of two."""
    few: set[str] = field(default_factory=set)
    """«القليلة» in «الأيام القليلة الماضية»: a plural span with no number."""
    approx: dict[str, str] = field(default_factory=dict)
    """form → about | more | less: a word between قبل/منذ/بعد and the count (قبل نحو عام)."""
    anaphors: dict[str, str] = field(default_factory=dict)
    """form → after | before | of_it: «الشهر نفسه», «نفس الشهر», «منه» (the month just named)."""
    month_parts: dict[str, str] = field(default_factory=dict)
    """form → first_half | second_half | early | mid | late: «النصف الأول من», «العشر الأواخر من»."""
    beyond: dict[str, str] = field(default_factory=dict)
    """form → past | future: «قبل» in «العام قبل الماضي», «بعد» in «الأسبوع بعد المقبل»."""
    from_now: dict[str, str] = field(default_factory=dict)
    """form → now | more: «من الآن» after a duration, counted from the publication date, not an event."""
    count_nouns: set[str] = field(default_factory=set)
    """Nouns after a number that make it a count («بين 2000 و2010 نقطة»), not a year."""


def _rows(name: str, columns: int) -> list[list[str]]:
    """The data rows of a TSV file: ``#`` lines and the column-name line skipped, short rows padded."""
    path = DATA_DIR / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ModelError(f"cannot read the date word list {path}: {exc}; reinstall marsad") from exc
    rows: list[list[str]] = []
    header_seen = False
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cells = line.split("\t")
        if not cells[0].strip():
            raise ModelError(f"{path}:{number}: empty first column; fix the line")
        rows.append([c.strip() for c in cells] + [""] * (columns - len(cells)))
    return rows


def _put(table: dict[str, object], key: str, value: object, where: str) -> None:
    if key in table:
        raise ModelError(f"{where}: {key!r} is listed twice once normalised; keep one line")
    table[key] = value


def _compose_ordinals(units: dict[int, list[str]], tens: dict[int, list[str]]) -> dict[str, int]:
    """Day ordinals 11-19, 21-29 and 31 built from their parts (الحادي عشر، الخامس والعشرين)."""
    out: dict[str, int] = {}
    for u, forms in units.items():
        if u > 9:
            continue
        for form in forms:
            out[f"{form} عشر"] = 10 + u
            for t, tforms in tens.items():
                if t + u > 31:
                    continue
                for tform in tforms:
                    out[f"{form} و{tform}"] = t + u
    return out


_WORD_TABLES = {
    "marker": "markers",
    "part": "parts",
    "tod": "tod",
    "unit_def": "units_def",
    "plural_marker": "plural_markers",
    "direction": "directions",
    "era": "eras",
    "span_edge": "span_edges",
    "unit_dual": "units_dual",
    "approx": "approx",
    "anaphor": "anaphors",
    "month_part": "month_parts",
    "beyond": "beyond",
    "from_now": "from_now",
}
"""Kinds of relative.tsv read as ``{word: value}`` into the Lexicon attribute named here."""
_WORD_SETS = {
    "year_keyword": "year_keywords",
    "year_cue": "year_cues",
    "future_cue": "future_cues",
    "not_future": "not_future",
    "fiscal": "fiscal",
    "few": "few",
    "count_noun": "count_nouns",
}
"""Kinds of relative.tsv read as a set of words into the Lexicon attribute named here."""


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the four TSV files (once per process)."""
    lex = Lexicon()
    for form, month, calendar, families, needs, *_ in _rows("months.tsv", 6):
        if calendar not in ("gregorian", "hijri", "libyan") or needs not in NEEDS_CONTEXT_LEVELS:
            raise ModelError(f"months.tsv: bad calendar or needs_context on the line of {form!r}")
        key = normalize(form)
        name = MonthName(key, int(month), calendar, needs, frozenset(families.split()))
        _put(lex.months, key, name, "months.tsv")  # type: ignore[arg-type]

    for form, weekday, before, after in _rows("weekdays.tsv", 4):
        key = normalize(form)
        wd = Weekday(key, int(weekday), frozenset(before.split()), frozenset(after.split()))
        _put(lex.weekdays, key, wd, "weekdays.tsv")  # type: ignore[arg-type]

    unit_ordinals: dict[int, list[str]] = {}
    tens: dict[int, list[str]] = {}
    for kind, form, value in _rows("numbers.tsv", 3):
        key, n = normalize(form), int(value)
        if kind in ("cardinal", "vague"):
            lex.cardinals[key] = n
            lex.definite_cardinals["ال" + key] = n
        elif kind in ("ordinal", "day_word"):
            lex.ordinals[key] = n
            if kind == "ordinal" and n > 1:
                unit_ordinals.setdefault(n, []).append(key)
        elif kind == "unit_ordinal":
            unit_ordinals.setdefault(n, []).append(key)
        elif kind == "tens_ordinal":
            lex.ordinals[key] = n
            tens.setdefault(n, []).append(key)
        else:
            raise ModelError(f"numbers.tsv: unknown kind {kind!r}; see the file header")
    lex.ordinals.update(_compose_ordinals(unit_ordinals, tens))

    for kind, form, value, context in _rows("relative.tsv", 4):
        key = normalize(form)
        if kind in _WORD_TABLES:
            getattr(lex, _WORD_TABLES[kind])[key] = value
        elif kind in _WORD_SETS:
            getattr(lex, _WORD_SETS[kind]).add(key)
        elif kind == "deictic":
            lex.deictic[key] = (int(value), context)
        elif kind == "dual_marker":
            lex.markers[key] = value
            lex.dual_markers[key] = value
        elif kind == "period":
            lex.periods[key] = (value, context == "this")
        elif kind == "unit":
            lex.units[key] = Unit(value, context)
        elif kind == "event_link":
            lex.event_links[key] = frozenset(value.split())
        elif kind == "fraction":
            lex.fractions[key] = int(value)
        elif kind == "part_ordinal":
            lex.part_ordinals[key] = int(value)
        elif kind == "vague":
            _put(lex.vague, key, value, "relative.tsv")  # type: ignore[arg-type]
        elif kind == "month_cue":
            _put(lex.month_cues, key, value, "relative.tsv")  # type: ignore[arg-type]
        else:
            raise ModelError(f"relative.tsv: unknown kind {kind!r}; see the file header")
    return lex
