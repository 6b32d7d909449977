"""A head noun and the name it introduces in quotes are one candidate: «تنظيم «داعش»», «حركة «حماس»», «قوات
"الجيش السوري الحر"».

The Gulf and Levantine press put the names of movements in guillemets or double quotes after their head noun.
Read as two candidates, the head became the subject and the quoted name the object of the verb («اتهمت حركة
«حماس» إسرائيل»: Hamas taken for the accused, Israel lost) or a target of its own. Joined, the verb's subject
and object are found as for any name, and the genitive of a noun is the whole name («مبايعة تنظيم «داعش»»).
A country right after the closing quote is left apart: it may complete the name («حركة «طالبان» باكستان») or
be the verb's object («اتهمت حركة «حماس» إسرائيل»). A head behind a preposition stays apart too («تابعة لقوات
«فجر ليبيا»»: the owner's phrase, which other constructions read on their own).
"""

from __future__ import annotations

from marsad.events.constructions import preposition
from marsad.events.mention import Candidate
from marsad.model import Token

QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”"}


def join_quoted(cands: list[Candidate], toks: list[Token], text: str) -> list[Candidate]:
    """``cands`` (in token order) with each head candidate that no name covers and no preposition governs,
    followed by a name in quotes («تنظيم» + «داعش»), joined with that name into one candidate carrying the
    name's entity; ``text`` is the document's text, into which the candidates' offsets point."""
    out: list[Candidate] = []
    k = 0
    while k < len(cands):
        head = cands[k]
        name = cands[k + 1] if k + 1 < len(cands) else None
        opening = head.last + 1
        if (
            name is None
            or head.entity is not None
            or head.place is not None
            or preposition(toks[head.first])
            or opening >= len(toks)
            or toks[opening].text not in QUOTE_PAIRS
            or name.first != opening + 1
            or name.entity is None
            or name.last + 1 >= len(toks)
            or toks[name.last + 1].text != QUOTE_PAIRS[toks[opening].text]
        ):
            out.append(head)
            k += 1
            continue
        last = name.last + 1
        end = toks[last].end
        out.append(
            Candidate(head.first, last, head.start, end, text[head.start : end], name.entity, None, head.after_prep)
        )
        k += 2
    return out
