"""A demand that an actor go: «طالبت حركة النهضة الحكومة بالاستقالة», «تطالبان العبادي بالاستقالة», «يطالبون
نتنياهو بالرحيل», «طالب … المشير بالتنحي» — the one who demands opposes the one asked to resign, leave or step down
(`oppose`, as «طالب … بتنحية» and «دعوات … لاستقالة» in the dev conventions). The cue table's «باستقالة/برحيل» take
the end after them («بإسقاط النظام»); here the end asked to go stands between the verb of demanding and the
definite verbal noun, which names no one. The verb must be a finite form of «طالب» with no object pronoun
(«يطالبونه»: the pronoun is the end, left alone); the object is the last actor between the verb and the noun, and
the subject is the actor before it in a verb-first clause («طالبت A B بـ»), else the nearest actor before the
verb in the same clause («A تطالب B بـ»). Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

import re

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import CLAUSE_WORDS, PREPOSITIONS, SentenceSlots, is_town, norm_words
from marsad.relations.words import BODY_HEADS, COMMAS, STOPS

GOING = norm_words("استقالة رحيل تنحي تنحية")
"""The verbal nouns of going, as keys (article stripped): «بالاستقالة», «بالرحيل», «بالتنحي»."""
DEMANDING = re.compile(r"^[يتنس]?[يت]?طالب(?:ت|وا|ون|ان|ا)?$")
"""Finite forms of «طالب»: طالب، طالبت، طالبوا، يطالب، تطالب، يطالبون، تطالبان، سيطالب (normalised cores)."""
RULERS = norm_words("الحكومة حكومة الرئيس رئيس رئيسة الوزير وزير الوزيرة وزيرة المحافظ محافظ") | BODY_HEADS
"""Unnamed ends that can be asked to go: a government, a head, a minister, a body («الحكومة بالاستقالة»); not
residents told to leave («طالبت السلطات مئات الآلاف من السكان بالرحيل»)."""
REACH = 7
"""At most this many words between the verb and the verbal noun of going."""


def has_demand(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built."""
    return any(strip_article(k) in GOING for k in keys)


def demand_pairs(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(token of the verb, who demands, who is asked to go)``."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for d, tok in enumerate(toks):
        if "ب" not in tok.prefix or not tok.core.startswith("ال") or strip_article(keys[d]) not in GOING:
            continue
        verb = None
        for v in range(d - 1, max(-1, d - REACH - 1), -1):
            if keys[v] in CLAUSE_WORDS or keys[v] in STOPS or keys[v] in COMMAS:
                break
            if DEMANDING.match(toks[v].core):
                verb = v
                break
        if verb is None or toks[verb].suffix:
            continue
        between = [c for c in ctx.cands if verb < c.first and c.last < d and not c.after_prep and not is_town(c)]
        if not between:
            continue
        target = between[-1]
        if target.entity is None and keys[target.first] not in RULERS:
            continue
        if target.first > 0 and keys[target.first - 1] in PREPOSITIONS:
            continue  # «من السكان»: a part of a count, no end
        source = between[-2] if len(between) > 1 else None
        if source is None:
            before = [c for c in ctx.cands if c.last < verb and verb - c.last <= 4 and not c.after_prep]
            # «منشور على تطبيق "إنستغرام" يطالب مورينيو بالرحيل»: not an actor a preposition governs
            before = [
                c for c in before if not any(keys[j] in PREPOSITIONS for j in range(max(0, c.first - 2), c.first))
            ]
            if before and not any(
                keys[j] in CLAUSE_WORDS or keys[j] in COMMAS for j in range(before[-1].last + 1, verb)
            ):
                source = before[-1]
        if source is not None and not is_town(source):
            out.append((verb, source, target))
    return out
