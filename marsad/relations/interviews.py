"""Ends that no relation has: a news outlet met for an interview («وقال هادي في لقاء مع بي بي سي»,
«في مقابلة مع قناة "روسيا اليوم"») is no side of talks, and a verb of being read as a name after a glued ل
(«ولولا دعم التحالف لكانت هذه المناطق …»: «لكانت هذه» is "would have been", no actor supported). Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import norm_words
from marsad.text.normalize import normalize

MEDIA_NOUNS = norm_words("قناة القناة صحيفة الصحيفة جريدة مجلة وكالة إذاعة تلفزيون التلفزيون موقع")
"""Nouns that head a news outlet's name («قناة "روسيا اليوم"», «صحيفة الشرق الأوسط», «وكالة رويترز»)."""
OUTLETS = frozenset(
    normalize(w)
    for w in (
        "بي بي سي",
        "بي بي سي عربي",
        "سي إن إن",
        "سي ان ان",
        "رويترز",
        "سكاي نيوز",
        "سكاي نيوز عربية",
        "فرانس 24",
        "فرانس برس",
        "الجزيرة",
        "العربية",
        "الحدث",
        "الميادين",
        "المنار",
    )
)
"""News outlets named alone, as interviewers («في لقاء مع بي بي سي», «في حديث للعربية»)."""
BEING = norm_words("كان كانت كانوا كانا يكون تكون يكونون")
"""Forms of «كان», never the first word of an actor's name."""


def outlet(name: str) -> bool:
    """Whether an end's text is a news outlet: a known outlet's name or a media noun heading it."""
    text = normalize(name).strip('"«»“” ')
    words = text.split()
    return bool(words) and (text in OUTLETS or words[0] in MEDIA_NOUNS)


def being(name: str) -> bool:
    """Whether an end's text starts with a form of «كان» (a verb read as a name)."""
    words = normalize(name).split()
    return bool(words) and words[0] in BEING


def no_interview(kind: str, source: Candidate, target: Candidate) -> bool:
    """Whether a relation of type ``kind`` between the two ends may stand: not talks with a news outlet, and
    no end that is a verb of being."""
    if being(source.text) or being(target.text):
        return False
    return not (kind == "negotiates_with" and (outlet(source.text) or outlet(target.text)))
