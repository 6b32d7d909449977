"""The dead named after a verb of result that follows the attack: «مما نتج عنه استشهاد أحد المواطنين».

Official communiqués (the Saudi civil defence and interior ministry, Gulf and Egyptian papers) report an attack
and then its toll through a verb of result: «سقط مقذوف عسكري … على منزل …، مما نتج عنه استشهاد أحد المواطنين»,
«مما تسبب في استشهاد المواطن …», «أسفر عن مقتل الجندي …», «أدى إلى وفاة …». The result clause may come far
after the trigger (the place and the weapon's origin stand between), so the usual reach of the victims does not
find it; the person named after the death word is the attack's target, as ACLED codes the killed. Counted
victims («أسفر عن مقتل 4 مدنيين») are :func:`marsad.events.objects.counted_victims`'s; this finds a named or
described one («أحد المواطنين», «المواطن فلان»).
"""

from __future__ import annotations

from marsad.events.arg_objects import ONE_OF
from marsad.events.constructions import STOPS, VICTIM_WORDS
from marsad.events.mention import Candidate, EventMention
from marsad.text.normalize import normalize

RESULTS = tuple(normalize(w) for w in ("أسفر", "أدى", "أدت", "خلف", "أوقع", "تسبب"))
"""Verbs of result whose object is the toll of the attack before them («أسفرت عن مقتل», «أدى إلى مقتل», «خلف
عشرة قتلى», «أوقع», «تسبب في مقتل»), any person; matched as the start of the key."""
RESULT_VERBS = (*RESULTS, normalize("نتج"))
"""Verbs of result after an event noun, with «نتج عنه» (matched as the start of the key: «أسفرت», «تسببت»)."""
DEATH_WORDS = VICTIM_WORDS | frozenset(normalize(w) for w in ("وفاة", "وفاه"))
"""Nouns of death or wounding after the verb of result."""
RESULT_REACH = 30
"""Words between the trigger and the verb of result."""
LINK_REACH = 3
"""Words between the verb of result and the death word («نتج عنه», «أدى ذلك إلى»)."""


def resulted_victim(
    m: EventMention, every: list[Candidate], keys: list[str], actor: Candidate | None
) -> Candidate | None:
    """The candidate named right after the death word of a verb of result that follows the attack ``m`` in its
    sentence («مما نتج عنه استشهاد أحد المواطنين»), or None."""
    toks = m.sentence.tokens
    for j in range(m.last + 1, min(m.last + 1 + RESULT_REACH, len(keys))):
        if toks[j].text in STOPS:
            return None
        if not keys[j].startswith(RESULT_VERBS):
            continue
        for d in range(j + 1, min(j + 1 + LINK_REACH, len(keys))):
            if keys[d] in DEATH_WORDS:
                at = d + 1
                if at < len(keys) and keys[at] in ONE_OF:
                    at += 1
                found = next((c for c in every if at <= c.first <= at + 1 and c.place is None), None)
                if found is None or found is actor or found.unknown_place:
                    return None
                return found
        return None
    return None
