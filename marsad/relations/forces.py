"""Forces named after a person: «الحوثيين وقوات صالح», «قوات الرئيس المخلوع علي عبدالله صالح», «قوات حفتر» — the
forces are loyal to him (as «القوات الموالية لـ»; the convention of the twelfth batch, `rel-1194`). Only the
indefinite «قوات» in construct with a person the recogniser tagged, right after it or past a title of up to three
definite words («الرئيس المخلوع»); «قوات الأمن», «قواته» and «القوات التابعة لـ» are read elsewhere or not at
all. Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from collections.abc import Mapping

from marsad.events.coder import Candidate
from marsad.relations.slots import SentenceSlots, clitics, is_person, norm_words, unglued

FORCES = norm_words("قوات")
TITLE_WORDS = 3
"""At most this many definite words (a title: «الرئيس المخلوع», «المشير») between «قوات» and the person."""
EPITHETS = norm_words("المخلوع المعزول")
"""A deposed leader named by his epithet alone («وقوات المخلوع», «قوات الرئيس المخلوع»; Gulf and Yemeni press for
Saleh, Egyptian for Morsi): the forces are his, the epithet is the end."""


def has_forces(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built."""
    return any(unglued(k, FORCES) in FORCES for k in keys)


def named_forces(
    ctx: SentenceSlots, persons: frozenset[str], name_units: Mapping[str, str] | None = None
) -> list[tuple[int, Candidate, Candidate]]:
    """``(token of «قوات», the forces, the person)`` for each «قوات X» with X a person: a person the recogniser
    tagged, or the rest of a name it ran from «قوات» on («قوات صالح» as one organisation) when the document names
    that person elsewhere (``persons``: :func:`marsad.relations.ruled.person_words`). An epithet alone («وقوات
    المخلوع») is the end when no name follows it (``name_units``: words of persons' names in the gazetteer)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for j, k in enumerate(keys[:-1]):
        tok = toks[j]
        bare = unglued(k, FORCES)  # the tokenizer may leave و on «وقوات»
        if bare not in FORCES or tok.core.startswith("ال") or tok.suffix or set(clitics(tok)) - {"و", "ف", "ل", "ب"}:
            continue
        own = ctx.at(j)
        forces = Candidate(j, j, tok.core_start, tok.end, ctx.doc.text[tok.core_start : tok.end], None, None, False)
        if own is not None and own.last > j:
            # «قوات سوريا الديمقراطية»: a name of its own, unless the rest is a person the document names
            named = ctx.at(own.last + 1) if own.last + 1 < len(toks) else None
            if own.first == j and own.last - j <= TITLE_WORDS and keys[own.last] in EPITHETS:
                start = toks[j + 1].core_start  # «وقوات المخلوع» as one actor noun phrase
                epithet = Candidate(j + 1, own.last, start, own.end, ctx.doc.text[start : own.end], None, None, False)
                # «قوات الرئيس المخلوع علي عبدالله صالح»: the name after the epithet, when there is one
                out.append((j, forces, named if named is not None and is_person(named) else epithet))
            elif own.first == j and (is_person(own) or " ".join(keys[j + 1 : own.last + 1]) in persons):
                # «قوات صالح» as one organisation, «قوات المخلوع علي صالح» as one person: the rest is the person
                start = toks[j + 1].start
                rest = Candidate(j + 1, own.last, start, own.end, ctx.doc.text[start : own.end], None, None, False)
                out.append((j, forces, rest))
            continue
        n = j + 1
        while n < len(toks) and n - j <= TITLE_WORDS and ctx.at(n) is None and toks[n].core.startswith("ال"):
            n += 1
        person = ctx.at(n)
        if person is not None and n == j + 1 and person.first == person.last == n and keys[n] in EPITHETS:
            n, person = n + 1, None  # «وقوات المخلوع»: the epithet tagged as an actor noun
        # «الرئيس المخلوع علي عبدالله صالح» untagged: a name follows (not the preposition «على», folded to «علي»)
        name_next = n < len(keys) and keys[n] in (name_units or {}) and toks[n].core != "على"
        if (
            (person is None or person.first != n)
            and j + 1 < n <= j + TITLE_WORDS
            and keys[n - 1] in EPITHETS
            and not name_next
        ):
            start = toks[j + 1].core_start
            epithet = Candidate(
                j + 1, n - 1, start, toks[n - 1].end, ctx.doc.text[start : toks[n - 1].end], None, None, False
            )
            out.append((j, forces, epithet))
            continue
        if person is None or person.first != n or not is_person(person) or n - j > TITLE_WORDS:
            continue
        out.append((j, forces, person))
    return out
