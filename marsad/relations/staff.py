"""A member's title followed by the body it serves glued to ب: «وزير بحكومة الحوثيين», «الوزير بالحكومة
الإسرائيلية، نفتالي بينيت», «مسؤول بوزارة الداخلية», «عضو بمجلس النواب», «ضابط بالجيش».

The press writes «ب» for «في» after a post (Maghrebi and Egyptian papers above all, the wires too); the cue
table has «مسؤول في», «وزير في», «القيادي» (whose body may carry ب), but a bare «وزير» or «مسؤول» cannot be a
cue of its own («وزير الخارجية السعودي» is a title, no relation). Only the word right after the title is
looked at, and it must carry ب and start a body the recogniser tagged (not a person, not a place: «مسؤول
بمصر» names where he is). The holder is the person named right after the body (past a comma) or right
before the title; else the title noun itself. A count before the title («329 عضوا بالبرلمان») is no one's
membership, and «مسؤولة» after «مصادر» is the source's adjective («مصادر مسؤولة بالحوثيين», left unannotated in
the dev set). Read by :func:`marsad.relations.partitive.partitive_members`.
"""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.counted import after_count
from marsad.relations.slots import SentenceSlots, clitics, is_person, norm_words
from marsad.relations.words import COMMAS, SOURCE_NOUNS

STAFF = norm_words(
    "وزير وزيرا الوزير وزيرة مسؤول مسؤولا المسؤول مسؤولة مسؤولون مسؤولين عضو عضوا عضوة ضابط ضابطا ضباط "
    "موظف موظفا موظفون موظفين مستشار مستشارا المستشار قيادي قياديا قياديون قياديين"
)
"""Member titles that take the body they serve with ب. «نائب» is left out («نائب بالبرلمان» is a member, but
«نائب برئاسة الحكومة» is no body)."""


def staff_members(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(title token, holder, body)`` for each member title right before a ب-body."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for j in range(len(keys) - 1):
        if keys[j] not in STAFF or j in ctx.cue_tokens:
            continue
        title = ctx.at(j)
        if title is not None and (title.entity is not None or title.first != title.last):
            continue  # the title is part of a name
        if clitics(toks[j + 1]) != "ب":
            continue
        if after_count(toks, keys, j):
            continue  # «329 عضوا بالبرلمان» (counted.py)
        if j > 0 and keys[j - 1] in SOURCE_NOUNS:
            continue  # «مصادر مسؤولة بالحوثيين»: the adjective of an unnamed source, left unannotated
        body = ctx.at(j + 1)
        if body is None or not is_body(body, j + 1):
            continue
        out.append((j, holder(ctx, j, body), body))
    return out


def is_body(c: Candidate, k: int) -> bool:
    """The candidate ``c`` starts at token ``k`` and may be a body: no person, no place and no tagged entity but
    an organisation («مسؤول بمصر»: a country named where the official is, not his body). Shared with
    :mod:`marsad.relations.qualified`."""
    return (
        c.first == k
        and not is_person(c)
        and c.place is None
        and not c.unknown_place
        and (c.entity is None or c.entity.type == "ORG")
    )


def holder(ctx: SentenceSlots, j: int, body: Candidate) -> Candidate:
    """The person named right after the body (a comma between allowed) or right before the title (likewise);
    else the title noun: «الوزير بالحكومة الإسرائيلية، نفتالي بينيت», «وزير بحكومة الحوثيين»."""
    toks = ctx.sent.tokens
    k = body.last + 1
    if k < len(toks) and toks[k].text in COMMAS:
        k += 1
    after = ctx.at(k) if k < len(toks) else None
    if after is not None and after.first == k and is_person(after) and not clitics(toks[k]):
        return after
    k = j - 1
    if k >= 0 and toks[k].text in COMMAS:
        k -= 1
    before = ctx.at(k) if k >= 0 else None
    if before is not None and before.last == k and is_person(before):
        return before
    return ctx.word(j)
