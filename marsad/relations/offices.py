"""A head of government named by his office is a title, not a relation: «رئيس الحكومة المنتهية ولايته، حيدر
العبادي», «تسمية سعد الحريري رئيسا للوزراء», «رئيس الوزراء الإسرائيلي بنيامين نتنياهو» name the office of prime
minister, as «الرئيس التونسي» names a head of state (the gold convention). A government named after its head or by
its name («حكومة الوفاق», «حكومة العبادي», «الحكومة برئاسة نجلاء بودن») is a body and keeps its leader. Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import Ends, Hit, norm_words
from marsad.text.normalize import normalize

OFFICE_BODIES = norm_words("حكومة وزراء وزاء")
"""The bodies of the prime minister's title (with «الوزاء», a common misspelling of «الوزراء»)."""
OFFICE_TITLES = norm_words("رئيس رئيسا رئيسة")


def _office(target: Candidate) -> bool:
    """The target is the bare government or cabinet, with at most adjectives after it («الإسرائيلي»,
    «المنتهية»)."""
    if target.entity is not None:
        return False
    words = [normalize(w) for w in target.text.split()]
    if not words:
        return False
    head = strip_article(words[0].removeprefix("ل") if words[0].startswith("لل") else words[0])
    head = strip_article(head) if head.startswith("ال") else head
    if head not in OFFICE_BODIES and strip_article("ال" + head.removeprefix("ل")) not in OFFICE_BODIES:
        return False
    return all(w.startswith("ال") and w.endswith(("ي", "يه", "ه")) for w in words[1:])


def no_offices(keys: list[str], h: Hit, ends: Ends) -> Ends:
    """``ends`` without a head's title of government («رئيس الحكومة», «رئيسا للوزراء»)."""
    if h.cue.type != "leads" or keys[h.first] not in OFFICE_TITLES:
        return ends
    # «حكومة رئيس الوزراء حيدر العبادي»: the government named before the title is his (a body)
    return [(s, t, sub) for s, t, sub in ends if t.last < h.first or not _office(t)]
