"""A subject and an object the name tagger ran into one span after a verb.

In verb-subject-object order the subject's last adjective and the object's first word often stand side by side
with nothing between them, and the tagger reads them as one organisation: «وأدانت [المحكمة الزفزافي]», «واعتقلت
[السلطات المغربية الزفزافي]», «وأغلقت [السلطات السودانية الحدود]», «وطالب [وزير الدولة الإماراتي المجتمع
الدولي]». A noun phrase ends where a definite word can no longer be its adjective: a nisba adjective agrees in
gender with its head (the feminine ends in «ية», a broken or feminine plural of things takes it too), and a
definite noun that is no adjective opens a new phrase. The first phrase is the subject, the rest the object.
"""

from __future__ import annotations

from marsad.events.mention import Candidate, unnamed
from marsad.model import Token

ARTICLE = "ال"
FEMININE = ("ه", "ات")
"""Endings of a feminine or feminine-plural head (normalised: ة is written ه)."""


def _feminine(core: str) -> bool:
    return core.endswith(FEMININE)


def _nisba(core: str) -> bool:
    return core.endswith(("ي", "يه")) and len(core) >= 5


def split_point(toks: list[Token], c: Candidate) -> int | None:
    """The index where the object begins inside the candidate ``c`` that follows a verb, or None when ``c`` reads
    as one noun phrase. The head may take definite genitives when it has no article («وزير الدولة الإماراتي»);
    the words after must then be adjectives agreeing with the head or with its last genitive, each with the
    article; a word with no article (a name: «وزير الخارجية جون كيري») keeps the span whole."""
    if c.last <= c.first or any(toks[j].prefix for j in range(c.first + 1, c.last + 1)):
        return None

    head = toks[c.first].core
    if not head.startswith(ARTICLE) and toks[c.first].prefix != ARTICLE:
        genders = {_feminine(head)}
        j = c.first + 1
        # «وزير الدولة», «وزير الخارجية»: a head with no article takes its genitive (a definite word after an
        # indefinite noun is never its adjective; one genitive: a longer chain is rare here)
        if j <= c.last and toks[j].core.startswith(ARTICLE):
            genders.add(_feminine(toks[j].core))
            j += 1
        else:
            return None
    else:
        genders = {_feminine(head)}
        j = c.first + 1
    seen_adjective = False
    while j <= c.last:
        core = toks[j].core
        if not core.startswith(ARTICLE) or len(core) < 5:
            return None  # a name or a short word: not a run-on of two phrases
        if _nisba(core) and core.endswith("يه") in genders:
            seen_adjective = True
            j += 1
            continue
        if _nisba(core) and not seen_adjective and j == c.first + 1 and len(genders) == 1:
            return j  # «المحكمة الزفزافي»: a masculine nisba after a feminine head is no adjective of it
        if _nisba(core):
            return j if seen_adjective else None
        if core.startswith(ARTICLE + "م") and core.endswith("ه") and True in genders:
            j += 1  # a feminine participle adjective: «القوات المسلحة»
            seen_adjective = True
            continue
        return j if j > c.first + 1 or seen_adjective else None
    return None


def split_run_on(toks: list[Token], c: Candidate) -> tuple[Candidate, Candidate] | None:
    """(subject, object) cut from a candidate after a verb, or None (see :func:`split_point`)."""
    j = split_point(toks, c)
    if j is None or j <= c.first or j > c.last:
        return None
    if any(not toks[k].core.startswith(ARTICLE) for k in range(j, c.last + 1)):
        return None  # «وزير الأوقاف المصري الدكتور مختار جمعة»: a title and the bare name after it are one person
    return unnamed(toks, c.first, j - 1), unnamed(toks, j, c.last)
