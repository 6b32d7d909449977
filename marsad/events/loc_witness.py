"""Where an event happened when a place «witnessed» it: the subject of شهد is the place of its object.

Arabic news prose locates fighting, attacks and protests with the verb شهد («to witness»): «شهدت الأطراف الغربية
لمدينة حلب اشتباكات عنيفة», «وكانت مقديشو قد شهدت هجمات», «الحديدة التي يسيطر عليها الحوثيون وتشهد معارك», and
with the verb in a relative clause after the event noun: «سلسلة من الهجمات الدامية التي شهدتها تركيا», «ثاني هجوم
تشهده المنطقة». The place is the verb's subject, whatever other place the sentence names (the place a strike came
from, a town a statement was made in). An attack after لـ is located the same way by the subject of تعرض («تعرض
مركز المسيال بقطاع ظهران الجنوب لقذائف», «تعرضت قرى سهرة والحيمة لقصف مدفعي»). Called by
:func:`marsad.events.location.locate`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from marsad.events.constructions import STOPS
from marsad.events.loc_nouns import noun_span
from marsad.events.mention import Candidate, unnamed
from marsad.model import Token

WITNESS = frozenset(("شهد", "شهدت", "تشهد", "يشهد", "ستشهد", "سيشهد"))
"""The verb with no object pronoun: its object follows («شهدت المدينة اشتباكات»)."""
EXPOSED = frozenset(("تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضا", "تعرضتا"))
"""«تعرض مركز المسيال بقطاع ظهران الجنوب لقذائف», «تعرضت أحياء المدينة القديمة لقصف مدفعي»: the subject of
تعرض is the place the attack (after لـ) hit."""
WITNESSED = frozenset(verb + pronoun for verb in ("شهد", "شهدت", "تشهد", "يشهد") for pronoun in ("ه", "ها"))
"""The verb with an object pronoun, in a relative clause after the event noun («الهجمات التي شهدتها تركيا»)."""
REACH = 8
"""At most this many words between the place and the verb after it («الحديدة اليمنية التي يسيطر عليها الحوثيون
وتشهد معارك»)."""
OBJECT_REACH = 12
"""At most this many words between the verb and the event noun it takes as object (a date may stand between: «قد
شهدت في وقت متأخر من مساء 22 شباط/فبراير، هجمات»)."""


def witness_place(
    toks: list[Token],
    keys: list[str],
    first: int,
    last: int,
    cands: list[Candidate],
    is_place: Callable[[Candidate], bool],
) -> Candidate | None:
    """The place that «witnessed» the event at tokens ``first``..``last``: the subject of شهد among the
    sentence's candidates ``cands`` (in token order) when ``is_place`` holds for it, or None when no شهد governs
    the trigger or its subject is no place («وشهدت عناصر ميليشيات الحوثي الموالية لإيران انهيارات»)."""
    places = [c for c in cands if is_place(c)]
    # «التي شهدتها تركيا», «تشهده المنطقة»: the verb right after the noun (an adjective and a relative pronoun
    # may stand between: «الهجمات الدامية التي شهدتها تركيا»)
    for k in range(last + 1, min(last + 5, len(keys))):
        if keys[k] in WITNESSED:
            after = [c for c in places if k < c.first <= k + 2]
            return after[0] if after else None
        if keys[k] in STOPS:
            break
    # «شهدت المدينة اشتباكات», «وكانت مقديشو قد شهدت هجمات»: the verb a few words before the noun
    for k in range(first - 1, max(-1, first - OBJECT_REACH - 1), -1):
        if keys[k] in STOPS:
            return None
        exposed = keys[k] in EXPOSED and "ل" in toks[first].prefix
        if keys[k] in WITNESS or exposed:
            span = noun_span(toks, keys, k + 1) if k + 1 < first else None
            if span is not None and not any(c.first <= span[1] and c.last >= k + 1 for c in cands):
                # «تعرضت قرى سهرة والحيمة لقصف»: a place word and a name the gazetteer does not know
                return replace(unnamed(toks, k + 1, span[1]), unknown_place=True)
            between = [c for c in cands if k < c.first and c.last < first]
            if between:
                return between[0] if is_place(between[0]) else None  # the subject after the verb
            if exposed:
                return None
            before = [c for c in places if c.last < k and k - c.last <= REACH]
            if before and not any(keys[j] in STOPS for j in range(before[-1].last + 1, k)):
                return before[-1]  # the subject (or the antecedent of its relative clause) before it
            return None
    return None
