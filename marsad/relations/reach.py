"""How far a cue's end may lie, and what can never be one (used by :class:`marsad.relations.patterns.EndFinder`):
the end of a participle ending in a preposition is what the preposition governs («المتمركزين في أراضيه داعيا خلال
زيارته واشنطن»: not Washington, further on), and weapons are neither the supporter nor the supported
(«مدعومة بالدبابات», «تدعم حيازة حزب الله للسلاح»)."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import SentenceSlots, clitics
from marsad.relations.words import WEAPONS
from marsad.text.tokens import is_arabic_word

GOVERNED_WORDS = 4
"""At most this many words from the preposition to the name it governs («في العاصمة القطرية الدوحة»)."""


def governed(ctx: SentenceSlots, after: list[Candidate], last: int) -> list[Candidate]:
    """The ends after a cue ending in a preposition at ``last`` that the preposition governs: a name right
    after it or past plain nouns («المتمركزة في مدينة ترهونة», «المقيم في العاصمة القطرية الدوحة»), not an
    actor past a noun with a pronoun or a clitic."""
    toks = ctx.sent.tokens
    return [
        c
        for c in after
        if c.first - last <= GOVERNED_WORDS
        and all(
            not clitics(toks[j]) and not toks[j].suffix and is_arabic_word(toks[j]) for j in range(last + 1, c.first)
        )
    ]


def no_weapons(ctx: SentenceSlots, pairs: list[tuple[Candidate, Candidate]]) -> list[tuple[Candidate, Candidate]]:
    """The pairs with no unnamed weapon at either end."""

    def weapon(c: Candidate) -> bool:
        return c.entity is None and strip_article(ctx.key_of(c)) in WEAPONS

    return [(s, t) for s, t in pairs if not weapon(s) and not weapon(t)]
