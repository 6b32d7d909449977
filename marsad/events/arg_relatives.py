"""The dead named as the antecedent of a relative clause of dying that the attack noun hangs on.

Reports recall who fell in an attack through a relative clause: «قائد التنظيم أبو بصير ناصر الوحيشي، الذي
قتل في غارة استهدفته», «الجنود الذين قتلوا في الهجوم», «الصحفي الثاني الذي يقتل برصاص الجيش». The verb of
dying after the relative pronoun is passive in sense (unvocalised «قتل», or the present «يقتل»), so its
antecedent is the dead, the attack's target (as ACLED codes the killed and wounded, and as the events dev set
annotates them). The attack noun must hang on that verb through a circumstance word («في», «خلال», «جراء»,
«برصاص») a few words after it.

The antecedent is the target too when the attack noun is the subject of a verb of aim in the relative clause,
the antecedent its object pronoun: «الجنود الذين استهدفهم الهجوم», «القافلة التي استهدفتها الغارة».
"""

from __future__ import annotations

from marsad.events.constructions import RELATIVE_PRONOUNS, STOPS
from marsad.events.mention import Candidate, EventMention
from marsad.events.victims import DYING_VERBS, LINKS
from marsad.text.normalize import normalize

PRESENT_DYING = frozenset(normalize(w) for w in "يقتل تقتل يقتلون يصاب تصاب يصابون يستشهد يستشهدون".split())
"""Present forms of dying, passive in sense after a relative pronoun («الذي يقتل برصاص …»)."""
REACH = 8
"""Words between the verb of dying and the attack noun (a time, a place)."""
ANTECEDENT_REACH = 3
"""Words between the antecedent's last word and the relative pronoun (a comma, an adjective)."""


def relative_victim(m: EventMention, every: list[Candidate], keys: list[str], verbish: bool) -> Candidate | None:
    """The antecedent of «الذي/التي/الذين + verb of dying» when the attack noun ``m`` hangs on that verb
    («الوحيشي، الذي قتل في غارة»): the dead, the target."""
    if verbish or m.entry.plover_type != "ASSAULT":
        return None
    toks = m.sentence.tokens
    first = m.first
    if not ((first > 0 and keys[first - 1] in LINKS) or "ب" in toks[first].prefix):
        return None
    for j in range(first - 1, max(0, first - REACH) - 1, -1):
        if toks[j].text in STOPS or toks[j].text in "،,":
            return None
        if keys[j] in DYING_VERBS or keys[j] in PRESENT_DYING:
            if j == 0 or keys[j - 1] not in RELATIVE_PRONOUNS or toks[j].suffix:
                return None
            rel = j - 1
            near = [
                c
                for c in every
                if c.last < rel and rel - c.last <= ANTECEDENT_REACH and not c.after_prep and c.place is None
            ]
            return near[-1] if near else None
    return None


AIMED = tuple(normalize(w) for w in ("استهدف", "طال", "أصاب", "اصاب"))
"""Verbs of aim whose subject is the attack noun after them («استهدفهم الهجوم», «طالتها الغارات»)."""


def aimed_antecedent(m: EventMention, every: list[Candidate], keys: list[str], verbish: bool) -> Candidate | None:
    """The antecedent of «الذين استهدفهم» right before the attack noun ``m`` (its subject), or None."""
    if verbish or m.entry.plover_type != "ASSAULT" or m.first < 2:
        return None
    toks = m.sentence.tokens
    verb = toks[m.first - 1]
    if not verb.suffix or not normalize(verb.core).startswith(AIMED) or keys[m.first - 2] not in RELATIVE_PRONOUNS:
        return None
    rel = m.first - 2
    near = [c for c in every if c.last < rel and rel - c.last <= ANTECEDENT_REACH and not c.after_prep]
    return near[-1] if near else None


def relative_target(m: EventMention, every: list[Candidate], keys: list[str], verbish: bool) -> Candidate | None:
    """The attack's target named as the antecedent of a relative clause of dying (:func:`relative_victim`) or
    of a verb of aim (:func:`aimed_antecedent`), or None. The caller takes it as the target when no target was
    found or it was taken for the actor."""
    return relative_victim(m, every, keys, verbish) or aimed_antecedent(m, every, keys, verbish)
