"""The agent of an attack noun named behind a hedge: «هجوم شنه من يشتبه بأنهم عناصر من حزب العمال».

Wire copy (Reuters and AFP in Arabic, and the papers that take it) names a suspected perpetrator through a
relative «من» and a verb of suspicion: «في هجوم … شنه من يشتبه بأنهم عناصر من حزب العمال الكردستاني»,
«حريق عمدي نفذه من يشتبه أنهم متطرفون يهود», «الهجوم الذي نفذه من يشتبه بأنهم أعضاء من تنظيم داعش»,
«من يعتقد أنهم …». The hedge pushes the agent past the few words an agent verb («شنه», «نفذه») usually
reaches; the side named after it is still the attack's actor (the events dev set annotates it so; the hedge
is the modality of the attribution, not of the attack).
"""

from __future__ import annotations

from marsad.events.constructions import BY_AGENT, FROM_WORD, RELATIVE_PRONOUNS, STOPS
from marsad.events.mention import Candidate, EventMention
from marsad.events.sharing import PRONOUN_SUBJECT
from marsad.text.normalize import normalize

SUSPECT = frozenset(normalize(w) for w in "يشتبه يعتقد يرجح يظن يزعم".split())
"""Verbs of suspicion after «من» («من يشتبه», «من يعتقد», «من يرجح»)."""
IN = normalize("في")
AGENT_REACH = 5
"""Words between the attack noun and its agent verb (adjectives, a relative pronoun)."""
NAME_REACH = 3
"""Words between «أنهم» and the candidate naming the suspects («أنهم أعضاء من تنظيم داعش»)."""


def hedged_agent(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """The side after «شنه/نفذه من يشتبه (ب)أنهم» following the attack noun ``m``, or None."""
    toks = m.sentence.tokens
    n = len(keys)
    for j in range(m.last + 1, min(m.last + 1 + AGENT_REACH, n)):
        if toks[j].text in STOPS or toks[j].text in "،,":
            return None
        if keys[j] in RELATIVE_PRONOUNS or keys[j] not in BY_AGENT or keys[j] == "قبل":
            continue
        k = j + 1
        if k + 2 >= n or keys[k] != FROM_WORD or keys[k + 1] not in SUSPECT:
            return None
        k += 2
        if keys[k] == IN:
            k += 1  # «يشتبه في أنهم»
        if k >= n or keys[k] not in PRONOUN_SUBJECT:  # «أنهم», «بأنهم», «في أنهم»
            return None
        return next((c for c in every if k < c.first <= k + NAME_REACH and c.place is None and not c.after_prep), None)
    return None
