"""The two sides of «بين X و Y» after a verb of taking place: «معارك عنيفة تدور في عدد من المواقع بمديرية بيحان
بين الجيش الوطني وميليشيات الحوثي», «المعارك المسلحة، التي تدور في مدينة درنة بين مجلس مقاتلي درنة وتنظيم
داعش», «اجتماع عقد أمس في الرياض بين الوفدين».

News copy puts where a battle or a meeting takes place between the noun and its «بين» phrase, with a verb of
occurring (تدور، جرت، اندلعت، عقد …) and often a relative pronoun or a comma before it. The «بين» right after
the noun is read by :func:`marsad.events.arguments.attach`; this module reaches past the verb of occurring and
its place phrase, up to :data:`REACH` words, within the sentence; a comma ends the search unless a relative
pronoun follows it, and the two sides must be joined by «و» («بين الطرفين» is one plural side).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import COMMAS, RELATIVE_PRONOUNS, STOPS
from marsad.events.mention import Candidate, EventMention
from marsad.events.objects import split_pair
from marsad.text.normalize import normalize

BETWEEN = normalize("بين")
OCCUR = frozenset(
    normalize(w)
    for w in (
        "تدور دارت يدور دار تجري جرت يجري جرى اندلعت تندلع اندلع وقعت تقع وقع تتواصل تواصلت استمرت تستمر "
        "عقد عقدت يعقد تعقد انعقد"
    ).split()
)
"""Verbs of taking place between an event noun and its «بين» phrase."""
REACH = 16
"""Words from the noun to «بين»."""
SIDE_REACH = 10
"""Words from «بين» to the second side, which must be joined to the first by «و»."""


def occurring_between(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> tuple[Candidate, Candidate] | None:
    """``(first side, second side)`` of a «بين X و Y» phrase after a verb of occurring that follows the noun
    trigger ``m``, or None."""
    toks = m.sentence.tokens
    occurs = False
    for j in range(m.last + 1, min(m.last + 1 + REACH, len(keys))):
        if toks[j].text in STOPS:
            return None
        if toks[j].text in COMMAS and not (j + 1 < len(keys) and keys[j + 1] in RELATIVE_PRONOUNS):
            return None  # «هجمات استخدمت فيها سيارات مفخخة، تلاها تبادل إطلاق نار جرى بين …»: another event's
        if keys[j] in OCCUR or (len(keys[j]) > 3 and keys[j][0] == "و" and keys[j][1:] in OCCUR):
            occurs = True
        elif keys[j] == BETWEEN and occurs:
            pair = [c for c in every if j < c.first <= j + SIDE_REACH and not c.after_prep and can(c)]
            if len(pair) == 1:
                pair = split_pair(pair[0], toks)
            if len(pair) < 2:
                return None
            rest = [c for c in pair[1:] if "و" in toks[c.first].prefix]
            if not rest:
                return None  # «بين الطرفين في منطقة سناح، عقب محاولة الحوثيين»: one plural side, not two
            return pair[0], rest[0]
    return None


SIDE = normalize("جهة")
ONE_SIDE_REACH = 25
"""Words from «بين» to the «من جهة» that closes the first side."""


def after_one_side(rest: list[Candidate], keys: list[str], between: int) -> list[Candidate]:
    """Of the conjuncts ``rest`` (candidates with و), those of «بين A و B من جهة، و C من جهة أخرى» after the first
    «من جهة» (the second side: C), or an empty list when no «من جهة» is within reach of «بين»."""
    side = next(
        (
            j
            for j in range(between + 2, min(between + ONE_SIDE_REACH, len(keys)))
            if keys[j] == SIDE and keys[j - 1] == "من"
        ),
        None,
    )
    if side is None:
        return []
    return [c for c in rest if side < c.first <= side + SIDE_REACH]
