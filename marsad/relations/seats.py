"""Seats: where a body sits, said by the noun of its seat — «مقر الأمم المتحدة في جنيف», «قاعدة عسكرية
تركية في قطر», «مكتب حركة طالبان في الدوحة», «ومقرها طرابلس», «التي تتخذ من طرابلس مقرا لها» — give
``located_in`` (the body, the place). Only these head nouns: a bare «X في Y» is as often where something
happened as where X sits («اجتمع المجلس في تونس»)."""

from __future__ import annotations

from collections.abc import Container

from marsad.events.arguments import PLACE_WORDS
from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import IN_WORDS, RELATIVES, Hit, SentenceSlots, norm_words
from marsad.relations.words import FROM, PRONOUN_ENDS

QUALIFIERS = frozenset(
    strip_article(w)
    for w in norm_words(
        "عسكرية عسكري جوية جوي بحرية بحري رئيسي رئيسية دائم دائمة إقليمي إقليمية جديد جديدة السابق السابقة"
    )
)
"""Adjectives of a seat noun before its owner or its place («قاعدة عسكرية تركية», «مقرها السابق في»)."""
NO_ARTICLE = norm_words("مكتب")
"""Seat nouns that are seats only without the article: «المكتب السياسي لحماس» names a body."""


def _place(ctx: SentenceSlots, j: int) -> Candidate | None:
    """The place starting at token ``j``, or after a place word («في مدينة حلب»)."""
    if j < len(ctx.keys) and ctx.keys[j] in PLACE_WORDS:
        j += 1
    c = ctx.at(j)
    return c if c is not None and c.first == j and (c.place is not None or c.unknown_place) else None


def _skip(keys: list[str], j: int) -> int:
    while j < len(keys) and keys[j] in QUALIFIERS:
        j += 1
    return j


def seat_ends(
    ctx: SentenceSlots, h: Hit, subject: Candidate | None, nisba: Container[str]
) -> list[tuple[Candidate, Candidate]]:
    """The body and the place of a seat noun ``h``; ``subject`` is the subject of its clause (for
    «ومقرها طرابلس» and «تتخذ من طرابلس مقرا لها»), ``nisba`` the adjectives of nationality («تركية»)."""
    keys, toks, last = ctx.keys, ctx.sent.tokens, h.last
    n = len(keys)
    if keys[h.first] in NO_ARTICLE and toks[h.first].prefix.endswith("ال"):
        return []
    if h.pronoun:
        # «الأمم المتحدة، ومقرها في نيويورك», «ومقره طرابلس»
        # «مقرها السابق في تونس»: the adjective stays out (and «السابق» makes the relation ended)
        j = _skip(keys, last + 1)
        j = j + 1 if j < n and keys[j] in IN_WORDS else j
        place = _place(ctx, j)
        return [(subject, place)] if subject is not None and place is not None else []
    if last + 1 < n and keys[last + 1] in PRONOUN_ENDS:
        # «حكومة الوفاق التي تتخذ من طرابلس مقرا لها»: the place after «من», right before the noun
        place = next((c for c in ctx.cands if c.last == h.first - 1), None)
        if place is None or place.first == 0 or keys[place.first - 1] != FROM or _place(ctx, place.first) is None:
            return []
        r = next((k for k in range(place.first - 2, max(-1, place.first - 5), -1) if keys[k] in RELATIVES), None)
        if r is not None:
            # «بحكومة الوفاق التي تتخذ …»: the relative's antecedent, even inside a prepositional phrase
            subject = next((c for c in ctx.cands if c.last == r - 1), None)
        return [(subject, place)] if subject is not None else []
    j = _skip(keys, last + 1)
    owner: Candidate | None
    if j < n and toks[j].core in nisba:
        # «قاعدة عسكرية تركية في قطر»: the country of the nationality adjective
        tok = toks[j]
        owner = Candidate(j, j, tok.core_start, tok.end, tok.text, None, None, False)
        j = _skip(keys, j + 1)
    else:
        owner = ctx.slot(j)
        if owner is None or owner.place is not None or owner.unknown_place:
            return []
        j = owner.last + 1
    if j + 1 >= n or keys[j] not in IN_WORDS:
        return []
    place = _place(ctx, j + 1)
    return [(owner, place)] if place is not None else []
