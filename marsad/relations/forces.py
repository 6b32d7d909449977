"""Forces named after a person: «الحوثيين وقوات صالح», «قوات الرئيس المخلوع علي عبدالله صالح», «قوات حفتر» — the
forces are loyal to him (as «القوات الموالية لـ»; the convention of the twelfth batch, `rel-1194`). Only the
indefinite «قوات» in construct with a person the recogniser tagged, right after it or past a title of up to three
definite words («الرئيس المخلوع»); «قوات الأمن», «قواته» and «القوات التابعة لـ» are read elsewhere or not at
all. Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import SentenceSlots, clitics, is_person, norm_words

FORCES = norm_words("قوات")
TITLE_WORDS = 3
"""At most this many definite words (a title: «الرئيس المخلوع», «المشير») between «قوات» and the person."""


def has_forces(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built."""
    return any(k in FORCES or (k[:1] in "وف" and k[1:] in FORCES) for k in keys)


def named_forces(ctx: SentenceSlots, persons: frozenset[str]) -> list[tuple[int, Candidate, Candidate]]:
    """``(token of «قوات», the forces, the person)`` for each «قوات X» with X a person: a person the recogniser
    tagged, or the rest of a name it ran from «قوات» on («قوات صالح» as one organisation) when the document names
    that person elsewhere (``persons``: :func:`marsad.relations.ruled.person_words`)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for j, k in enumerate(keys[:-1]):
        tok = toks[j]
        bare = k[1:] if k[:1] in "وف" and k[1:] in FORCES else k  # the tokenizer may leave و on «وقوات»
        if bare not in FORCES or tok.core.startswith("ال") or tok.suffix or set(clitics(tok)) - {"و", "ف", "ل", "ب"}:
            continue
        own = ctx.at(j)
        forces = Candidate(j, j, tok.core_start, tok.end, ctx.doc.text[tok.core_start : tok.end], None, None, False)
        if own is not None and own.last > j:
            # «قوات سوريا الديمقراطية»: a name of its own, unless the rest is a person the document names
            if own.first == j and " ".join(keys[j + 1 : own.last + 1]) in persons:
                start = toks[j + 1].start
                rest = Candidate(j + 1, own.last, start, own.end, ctx.doc.text[start : own.end], None, None, False)
                out.append((j, forces, rest))
            continue
        n = j + 1
        while n < len(toks) and n - j <= TITLE_WORDS and ctx.at(n) is None and toks[n].core.startswith("ال"):
            n += 1
        person = ctx.at(n)
        if person is None or person.first != n or not is_person(person) or n - j > TITLE_WORDS:
            continue
        out.append((j, forces, person))
    return out
