"""A counted or generic side and the body it is part of are one event argument: «46 عنصرا من ميليشيات الحوثي».

Tolls and arrests name their people by a count or a member noun and then the body they belong to after a
partitive «من»: «مقتل 46 عنصرا من ميليشيات الحوثي», «مقتل حوالى 260 عنصرا من حزب العمال», «اعتقال 35 مسلحا من
تنظيم داعش», «أسر عدد من مقاتلي …». The member noun alone says little («عنصرا»); the body names the side (as
ACLED codes the target's group). One argument from the count to the body's name keeps both readings (an
argument is right when it overlaps the annotated span, which some annotations put on the counted people and
others on the body) and carries the body's entity.
"""

from __future__ import annotations

from marsad.events.arg_joins import text_to
from marsad.events.casualties import count_word
from marsad.events.constructions import FROM_WORD
from marsad.events.mention import Candidate, unnamed
from marsad.model import Token

BODY_TYPES = ("ORG", "MISC", "NORP")
"""Entity types of a body people belong to (never a place: «5 أشخاص من عدن» are people from a town)."""


def with_body(c: Candidate | None, every: list[Candidate], toks: list[Token], keys: list[str]) -> Candidate | None:
    """``c`` extended over the named body right after it behind a partitive «من» («46 عنصرا من ميليشيات
    الحوثي»), when ``c`` names no entity of its own; else ``c``."""
    if c is None or c.entity is not None or c.place is not None or c.unknown_place:
        return c
    at = c.last + 1
    if at + 1 >= len(toks) or keys[at] != FROM_WORD or toks[at].suffix:
        return c  # «منهم» refers back: «أربعة منهم»
    body = next((n for n in every if n.first == at + 1), None)
    if (
        body is None
        or body.entity is None
        or body.entity.type not in BODY_TYPES
        or body.place is not None
        or body.after_prep
        or body.unknown_place
    ):
        return c
    if c.first > 0 and count_word(keys[c.first - 1]) and not toks[c.first - 1].prefix:
        c = unnamed(toks, c.first - 1, c.last)  # «12 عنصرا»: the count belongs to the counted noun
    return Candidate(c.first, body.last, c.start, body.end, text_to(toks, c, body.last), body.entity, None, False)
