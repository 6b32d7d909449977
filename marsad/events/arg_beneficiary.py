"""The beneficiary of aid: «حزمة مساعدات سنوية لصالح تونس», «مساعدات إنسانية لفائدة اللاجئين السوريين».

Aid, support and cooperation nouns name whom they serve after «لصالح», «لفائدة» (Maghrebi and official prose)
or «لمصلحة»; that side is the target of the mention when its clause names none, as a ل-phrase right after the
noun would be. The phrase must follow the trigger closely (its adjectives between) and in the same clause.
Called by :func:`marsad.events.arguments.attach`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import PHRASE_BREAKS
from marsad.events.mention import Candidate, EventMention
from marsad.text.normalize import normalize

BENEFIT_CORES = frozenset(normalize(w) for w in ("صالح", "فائدة", "مصلحة"))
"""«لصالح X», «لفائدة X», «لمصلحة X»: with ل glued on, X benefits."""
BENEFIT_TYPES = frozenset(("AID", "SUPPORT", "COOPERATE"))
REACH = 4
"""Words from the trigger to «لصالح»: the noun's adjectives («مساعدات إنسانية عاجلة لصالح»)."""


def beneficiary(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The candidate right after «لصالح/لفائدة» at most :data:`REACH` words after an aid, support or cooperation
    trigger, or None."""
    if m.entry.plover_type not in BENEFIT_TYPES:
        return None
    toks = m.sentence.tokens
    for j in range(m.last + 1, min(len(toks) - 1, m.last + REACH + 1)):
        if toks[j].text in PHRASE_BREAKS:
            return None
        tok = toks[j]
        if tok.prefix.endswith("ل") and tok.core in BENEFIT_CORES and not tok.suffix:
            return next((c for c in every if c.first == j + 1 and (can(c) or c.civilian)), None)
    return None
