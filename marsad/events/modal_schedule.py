"""A meeting or a visit told in the present tense is scheduled: «وذكرت أن لافروف يزور قطر لمناقشة التحركات», «ويلتقي
كيري في العاصمة القطرية الاثنين نظراءه». News reports a visit under way or done in the past tense or in a relative
clause («خالد بحاح الذي يزور الإمارات حاليا», «الوزراء الذين يزورون قطر»: asserted), and one to come in the main
clause's imperfect, as Arabic papers announce a programme; the modality coder (:mod:`marsad.events.modality`) calls
it planned. A negation before it makes it denied first («ولا يجتمع بأطراف الأزمة»); a word of now keeps it told
(«يجتمع الوزراء حاليا»)."""

from __future__ import annotations

from marsad.events.detect_clauses import RELATIVES
from marsad.events.lexicon import word_keys
from marsad.events.mention import EventMention

NOW = word_keys("حاليا حاليًا الآن الان حالياً")
"""Words of the present moment after the verb: the visit is under way, not scheduled."""
NOW_SPAN = 6
RELATIVE_SPAN = 2
"""The relative pronoun right before the verb (or one word before it: «التي تزور حاليا»)."""


def scheduled(m: EventMention, keys: list[str]) -> bool:
    """The CONSULT mention ``m`` is a main-clause imperfect verb (ي/ن, or ت on the irregular forms the lexicon
    lists whole, «تلتقي»: a perfect such as «تباحث» also begins with ت) with no relative pronoun just before it
    and no word of now after it."""
    if m.entry.plover_type != "CONSULT" or m.entry.pos not in ("verb", "form"):
        return False
    tok = m.sentence.tokens[m.first]
    if "س" in tok.prefix or tok.core.startswith("ال"):
        return False  # the future prefix is coded planned before this test
    lead = tok.core[:1]
    if not (lead in "ين" or (lead == "ت" and m.entry.pos == "form")):
        return False
    first = m.first
    if any(keys[j] in RELATIVES for j in range(max(0, first - RELATIVE_SPAN), first)):
        return False
    return not any(k in NOW for k in keys[m.last + 1 : m.last + 1 + NOW_SPAN])
