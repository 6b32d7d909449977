"""Serving «ضمن» a body: «القوات الأميركية التي تعمل في سوريا ضمن التحالف الدولي», «بادي الذي يعمل حاليا
ضمن فريق الحكومة», «وكان للقوات السودانية دور بارز ضمن قوات التحالف العربي» — the actor before «ضمن» is a
member of the organisation after it.

«ضمن» also frames programmes, stages and laws («تدريبات ضمن برنامج», «ضمن المرحلة الثانية», «ضمن قانون
الجنايات»): the end after it must be an organisation the recogniser tagged (no place, no person). The member
is the nearest actor before «ضمن», at most :data:`REACH` words back, with no comma or clause break between,
and neither a place nor a count. Read by :func:`marsad.relations.partitive.partitive_members`.
"""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import PREPOSITIONS, SentenceSlots, clitics, is_country, is_person, norm_words

WITHIN = norm_words("ضمن")
BODIES = norm_words("تحالف ائتلاف قوات جيش حكومة")
"""Actor nouns that name a body after «ضمن» when the recogniser tagged none («ضمن التحالف الدولي»)."""
REACH = 6
BREAKS = frozenset('،,.:؛;()"«»')


def within_members(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(«ضمن» token, member, body)`` for each «ضمن» before a tagged organisation."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for j in range(1, len(keys) - 1):
        if keys[j] not in WITHIN:
            continue
        body = ctx.at(j + 1)
        if (
            body is None
            or body.first != j + 1
            or (body.entity is None and strip_article(keys[j + 1]) not in BODIES)
            or (body.entity is not None and body.entity.type != "ORG")
            or body.place is not None
            or body.unknown_place
        ):
            continue
        member = None
        for k in range(j - 1, max(-1, j - REACH - 1), -1):
            if toks[k].text in BREAKS:
                break
            c = ctx.at(k)
            if c is None or c.unknown_place or (c.place is not None and not _state(ctx, c)):
                continue  # «تعمل في سوريا ضمن التحالف»: where the member serves
            member = c
            break
        if member is None:
            continue
        if member.entity is not None and member.entity.type not in ("ORG", "PER", "NORP"):
            continue
        if member.entity is None and is_person(body):
            continue
        out.append((j, member, body))
    return out


def _state(ctx: SentenceSlots, c: Candidate) -> bool:
    """A country named as an actor, not as where something is: no preposition before it («وتعمل الإمارات ضمن
    التحالف», not «تعمل في سوريا ضمن التحالف»)."""
    tok = ctx.sent.tokens[c.first]
    if not is_country(c) or c.after_prep or {"ب", "ل"} & set(clitics(tok)):
        return False
    return c.first == 0 or ctx.keys[c.first - 1] not in PREPOSITIONS
