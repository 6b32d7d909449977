"""A title, the body it serves after «في/عن/باسم», and the person named after it are one side.

«دعا النائب عن ائتلاف الوطنية محمود المشهداني إلى …», «ودعا القيادي في حركة حماس خالد مشعل …», «وندد المتحدث
باسم وزارة الخارجية أحمد أبو زيد بالهجوم»: the press names an official by a bare title, the body after a
preposition and then the name. Left apart, the body behind its preposition is taken for the verb's object and the
person for the actor of the next event of the sentence. The title (a candidate already, like «المتحدث», or a
bare word, like «النائب») is joined with the body and the person's name right after it into one candidate that
carries the person's entity; with no name after the body, the title and the body are one candidate carrying the
body's entity (the ministry's spokesman speaks for the ministry).
"""

from __future__ import annotations

from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate
from marsad.model import Token

OFFICIALS = word_keys(
    "نائب النائب قيادي القيادي قيادية القيادية عضو العضو متحدث المتحدث ناطق الناطق مسؤول المسؤول سفير السفير "
    "ممثل الممثل مندوب المندوب مبعوث المبعوث رئيس وزير مستشار المستشار قائد القائد زعيم الزعيم"
)
"""Titles of officials that take the body they serve after a preposition."""
SERVES = word_keys("في عن باسم لدى")
"""«النائب عن», «القيادي في», «المتحدث باسم», «السفير لدى»."""
BODY_TYPES = ("ORG", "GPE")


def join_offices(cands: list[Candidate], toks: list[Token], keys: list[str], text: str) -> list[Candidate]:
    """``cands`` (in token order) with each «title + في/عن/باسم + body [+ person]» made one candidate."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        body = cands[i]
        at = body.first - 1
        if (
            at >= 1
            and body.entity is not None
            and body.entity.type in BODY_TYPES
            and keys[at] in SERVES
            and not toks[at].prefix.replace("و", "")
            and keys[at - 1] in OFFICIALS
            and not toks[at - 1].prefix.replace("ال", "").replace("و", "")
        ):
            title = at - 1
            held = out[-1] if out and out[-1].last == title else None
            if held is None and any(c.first <= title <= c.last for c in out):
                out.append(body)  # the title is the end of another candidate's words
                i += 1
                continue
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            person = nxt if nxt is not None and nxt.first == body.last + 1 and _person(nxt, toks) else None
            end = person if person is not None else body
            start = toks[title].core_start
            joined = Candidate(
                title, end.last, start, end.end, text[start : end.end], end.entity, None, False, end.civilian
            )
            if held is not None:
                out[-1] = joined
            else:
                out.append(joined)
            i += 2 if person is not None else 1
            continue
        out.append(body)
        i += 1
    return out


def _person(c: Candidate, toks: list[Token]) -> bool:
    return c.entity is not None and c.entity.type == "PER" and not toks[c.first].prefix
