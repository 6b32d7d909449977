"""One event argument over several candidates or words: «مفرزة للجيش الوطني الشعبي», «وفدا عن المجلس الرئاسي».

News often names a side by a head noun that names nobody alone and the body after it: a unit and its force
(«مفرزة للجيش الوطني الشعبي», :mod:`marsad.events.arg_units`), a delegation and the body it comes from («وفدا
عن المجلس الرئاسي الليبي», :mod:`marsad.events.delegations`), counted people and their body («46 عنصرا من
ميليشيات الحوثي», :mod:`marsad.events.arg_partitive`), a title and the person it introduces («الزعيم الجديد
لطالبان الملا أختر محمد منصور», :mod:`marsad.events.arg_titles`). The helpers here build that one argument, so
that each construction's module says only when the words belong together.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.mention import Candidate
from marsad.model import Token


def join_next(cands: list[Candidate], text: str, joins: Callable[[Candidate, Candidate], bool]) -> list[Candidate]:
    """``cands`` (in token order) with each candidate that ``joins`` the next one merged with it: one candidate
    from the first's start to the second's end, carrying the second's entity (the body named). A candidate
    merged into the one before it is not tried against the one after it."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and joins(c, nxt):
            out.append(Candidate(c.first, nxt.last, c.start, nxt.end, text[c.start : nxt.end], nxt.entity, None, False))
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def text_to(toks: list[Token], c: Candidate, last: int) -> str:
    """The original text from ``c``'s start to the end of token ``last`` (the spaces between tokens kept)."""
    return c.text + "".join(" " * (toks[j].start - toks[j - 1].end) + toks[j].text for j in range(c.last + 1, last + 1))
