"""A delegation and the body it comes from are one event argument: «وفدا عن المجلس الرئاسي الليبي».

News names the side of a visit or a meeting through its delegation: «استقبل الوزير وفدا عن المجلس الرئاسي»,
«زاره وفد من حزب ميرتس», «وفود من القبائل». The delegation noun alone names nobody; the body after من/عن is
the side. One argument from the noun to the body's name keeps both readings (an argument is right when it
overlaps the annotated span, which some annotations put on the delegation and others on the body).
"""

from __future__ import annotations

from marsad.events.arg_joins import join_next
from marsad.events.constructions import FROM_ABOUT
from marsad.events.lexicon import strip_article, word_keys
from marsad.events.mention import Candidate

DELEGATIONS = word_keys("وفد وفدا الوفد وفود الوفود وفدان وفدين")
"""Delegation nouns (with the accusative «وفدا» and the dual), keys without the article."""


def join_delegations(cands: list[Candidate], keys: list[str], text: str) -> list[Candidate]:
    """``cands`` (in token order) with each bare delegation noun joined to the named body right after its
    «من/عن» («وفدا عن المجلس الرئاسي الليبي» is one candidate carrying the body's entity)."""

    def joins(c: Candidate, nxt: Candidate) -> bool:
        return (
            c.entity is None
            and c.first == c.last
            and strip_article(keys[c.first]) in DELEGATIONS
            and c.last + 2 == nxt.first
            and keys[c.last + 1] in FROM_ABOUT
            and nxt.place is None
            and not nxt.unknown_place
        )

    return join_next(cands, text, joins)
