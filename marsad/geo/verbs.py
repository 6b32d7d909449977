"""Place names that are also verbs: «بينما نجد أن …» (we find), «ينبع من إيمانه» (it stems from).

A few place names are written exactly like an imperfect verb that news prose uses often: «نجد» (Najd; «we
find»: «بينما نجد أن», «نجد بعض الإدارات»), «ينبع» (Yanbu; «it springs, stems»: «ينبع من حرصه») and «يزد»
(Yazd; «لم يزد» it did not increase). The verb is told by its neighbours (:func:`verb_use`): an object or
complement right after it («أن», «بعض», «من», a demonstrative …) or a particle that only a verb follows
right before it («لا», «لم», «قد», «بينما» …), or a glued «ف»/«ل» («فنجد», «لنجد»). As a place the name
comes after a preposition, a noun or «و» («في نجد», «هضبة نجد», «الحجاز ونجد»), which none of these is.

Hand-written: the word lists are Arabic grammar, not a statistical fact.
"""

from __future__ import annotations

from marsad.geo.words_near import word_ending_at
from marsad.model import Document, Mention
from marsad.text.normalize import normalize

VERB_NAMES = frozenset(normalize(w) for w in "نجد ينبع يزد".split())
"""Place names written like an imperfect verb of news prose."""
OBJECTS = frozenset(
    normalize(w)
    for w in (
        "أن أنّ ان أنه أنها أنهم بأن بعض كثيرا الكثير كل من منه منها فيه فيها فيهم لها له لهم هذا هذه ذلك تلك أنفسنا"
    ).split()
)
"""Words that follow the verb, not the place («نجد أن», «ينبع من», «نجد فيه»)."""
PARTICLES = frozenset(
    normalize(w)
    for w in "لا لن لم قد بينما حين حينما عندما حيث لذا لذلك هنا إننا فإننا لكننا ولكننا كما وهكذا فقد ولا".split()
)
"""Particles that a verb follows, not a place name («بينما نجد», «لم يزد», «لذا نجد»)."""
PREPOSITIONS = frozenset(normalize(w) for w in "من في إلى الى عن قرب نحو حتى".split())
"""Prepositions before the place («القادم من ينبع أن …»: «أن» then completes the clause's verb)."""


def _next_word(text: str, end: int) -> str:
    """The normalised word one space after ``end``, or "" (punctuation, a line break or nothing)."""
    if end + 1 >= len(text) or text[end] != " ":
        return ""
    stop = end + 1
    while stop < len(text) and stop - end < 16 and not text[stop].isspace() and text[stop] not in "،,.:؛;":
        stop += 1
    return normalize(text[end + 1 : stop])


def verb_use(doc: Document, m: Mention) -> bool:
    """Whether a place mention named like a verb (:data:`VERB_NAMES`) is that verb."""
    glued = m.start > 0 and doc.text[m.start - 1] in "فل" and (m.start < 2 or doc.text[m.start - 2].isspace())
    if glued:
        return normalize(doc.text[m.start - 1 : m.end])[1:] in VERB_NAMES
    if normalize(m.text) not in VERB_NAMES:
        return False
    before = word_ending_at(doc.text, m.start)
    if before in PREPOSITIONS:
        return False
    return _next_word(doc.text, m.end) in OBJECTS or before in PARTICLES
