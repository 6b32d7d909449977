"""Clauses around a cue: the «مع» of a meeting noun, the subject of the verb that holds the meeting, and
the actor a chain of relative verbs joined by و describes. Used by :class:`marsad.relations.RelationStage`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import CLAUSE_WORDS, PREPOSITIONS, Hit, SentenceSlots, clitics, is_town
from marsad.relations.words import BETWEEN, LIGHT_VERBS, NOT_PARTNERS, STOPS, WITH, WITH_WORDS


def with_partner(ctx: SentenceSlots, h: Hit) -> int | None:
    """The «مع» that names the other side of a meeting noun: right after it, or past a time and a
    place («مشاورات السبت في أربيل مع», «لقاء، اليوم الاثنين، بقصر قرطاج مع»), but not past another
    actor, a clause, a purpose («اجتماعا لبحث …») or a noun that takes the «مع» itself («اجتماعا
    حول العلاقات مع تركيا»)."""
    keys, toks, last = ctx.keys, ctx.sent.tokens, h.last
    for k in range(last + 1, min(last + 1 + WITH_WORDS, len(keys))):
        if keys[k] == WITH:
            return k
        if keys[k] in NOT_PARTNERS:
            return None
        if k - last <= 2:
            continue  # «اجتماع وزراء الخارجية مع كيري»: the actor that meets, between cue and «مع»
        if (
            keys[k] in CLAUSE_WORDS
            or keys[k] in STOPS
            or keys[k] == BETWEEN
            or k in ctx.cue_tokens
            or clitics(toks[k]) in ("ل", "ول")
        ):
            return None
        c = ctx.at(k)
        if c is not None and c.place is None and not is_town(c):
            return None
    return None


def light_subject(ctx: SentenceSlots, h: Hit) -> Candidate | None:
    """The subject right after a verb that holds the meeting («أجرى وفد … مشاورات مع»,
    «وعقد وزير الخارجية اجتماعا مع»), when that verb opens the cue's clause."""
    keys = ctx.keys
    for v in range(h.first - 1, max(-1, h.first - 21), -1):
        if keys[v] in CLAUSE_WORDS or keys[v] in STOPS:
            return None
        if keys[v] in LIGHT_VERBS:
            if v + 1 >= h.first:
                return None
            c = ctx.slot(v + 1)
            return c if c is not None and c.last < h.first else None
    return None


def described_actor(ctx: SentenceSlots, i: int) -> Candidate | None:
    """The actor an earlier relative verb described, for a verb with و at ``i`` in the same chain
    of up to eight words with no other clause between («تحالف تقوده السعودية ويضم عشر دول، وتدعمه …»)."""
    if ctx.described is None or "و" not in ctx.sent.tokens[i].prefix:
        return None
    actor, end = ctx.described
    if i <= end or i - end > 8 or any(ctx.keys[j] in CLAUSE_WORDS or ctx.keys[j] in STOPS for j in range(end + 1, i)):
        return None
    return actor


def dual_pair(ctx: SentenceSlots, i: int) -> tuple[Candidate, Candidate] | None:
    """The two actors joined by و in the clause before token ``i``, for a dual that stands for them
    («أعلن رئيس الوزراء حيدر العبادي ورجل الدين مقتدى الصدر السبت تحالفا بين كتلتيهما»): the last actor
    before ``i`` out of a prepositional phrase and, before it, the actor the «و» of the second item
    follows (past that item's title: «ورجل الدين»). Not across a clause."""
    toks, keys = ctx.sent.tokens, ctx.keys
    usable = [
        c
        for c in ctx.cands
        if c.last < i and i - c.last <= 14 and not c.after_prep and not c.unknown_place and c.first not in ctx.obliques
    ]
    usable = [c for c in usable if not any(keys[k] in CLAUSE_WORDS or keys[k] in STOPS for k in range(c.last + 1, i))]
    if len(usable) < 2:
        return None
    second = usable[-1]
    # the second item opens with و, on its name or on the title before it, at most three words back
    opener = next(
        (k for k in range(second.first, max(second.first - 4, -1), -1) if "و" in clitics(toks[k])),
        None,
    )
    if opener is None or any(keys[k] in PREPOSITIONS for k in range(opener, second.first)):
        return None
    first = next((c for c in reversed(usable[:-1]) if c.last < opener), None)
    if first is None or opener - first.last > 1:
        return None
    return first, second
