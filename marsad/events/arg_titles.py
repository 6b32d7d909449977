"""A bare title and the person named a few words after it are one side: «على يد الزعيم الجديد لطالبان الملا
أختر محمد منصور», «قتل القيادي في مليشيات الحوثي الإيرانية، عبدالملك مقبل طاوس أبو طه».

News gives a person by a title, its adjectives and its body («الزعيم الجديد لطالبان», «القيادي في
الميليشيات») and then the name, sometimes after a comma. When a rule picked the title alone («الزعيم»,
«القيادي»), the side is the person: the title is extended over the words of its description to the person's
name (carrying the person's entity). The description may hold adjectives, a ل or في phrase with its body and
one comma; another verb, a clause word or a second comma ends it.

Likewise a country or a body taken as the side where it only names the office of the person after it («أمير
قطر الشيخ تميم», «وزير خارجية إيران محمد جواد ظريف»): the side is the office holder.
"""

from __future__ import annotations

from marsad.events.arg_joins import text_to
from marsad.events.constructions import TITLES, bare_nisba
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate
from marsad.events.sharing import TOLD
from marsad.model import Token
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics

LEADERS = TITLES | frozenset(
    strip_article(normalize(w))
    for w in "قيادي القيادي قيادية القيادية الزعيم القائد المتحدث الناطق الشيخ الأمير العقيد".split()
)
"""Titles and roles that introduce a person's name («القيادي في …، فلان»)."""
IN = frozenset(normalize(w) for w in ("في", "ب"))
REACH = 7
"""Words of the description between the title and the name."""


def titled_person(c: Candidate | None, every: list[Candidate], toks: list[Token], keys: list[str]) -> Candidate | None:
    """``c`` extended to the person named after its title and description, or ``c`` unchanged."""
    if c is None:
        return c
    if c.entity is not None and c.entity.type in ("GPE", "ORG") and not c.after_prep:
        return _office_holder(c, every, toks, keys)
    if c.entity is not None or strip_article(keys[c.first]) not in LEADERS:
        return c
    if c.last > c.first and (
        strip_article(keys[c.first]) in TITLES
        or any(
            clitics(toks[k]) not in ("", "ال") or not toks[k].core[:1].isalpha() or strip_article(keys[k]) in LEADERS
            for k in range(c.first + 1, c.last + 1)
        )
    ):
        # a role with its adjectives only («القيادي السابق بحزب الدستور، شادي الغزالي حرب»); an office in construct
        # is the person already («رئيس الوزراء», not extended over «وزير الخارجية سامح شكري» after it)
        return c
    commas = 0
    for j in range(c.last + 1, min(c.last + 1 + REACH, len(toks))):
        person = next((n for n in every if n.first == j), None)
        if person is not None and person.entity is not None and person.entity.type == "PER":
            if clitics(toks[j]):
                return c  # «قال الرئيس لبوتين»: a person behind a preposition is another
            text = text_to(toks, c, person.last)
            return Candidate(c.first, person.last, c.start, person.end, text, person.entity, None, False)
        tok = toks[j]
        if tok.text in "،,":
            commas += 1
            if commas > 1:
                return c
            name = _apposed_name(toks, j + 1)
            if name is not None and not any(n.first == j + 1 for n in every):
                # «القيادي السابق بحزب الدستور، شادي الغزالي حرب، …»: a name the tagger missed, set off by commas
                return Candidate(c.first, name, c.start, toks[name].end, text_to(toks, c, name), None, None, False)
            continue
        if not tok.core[:1].isalpha():
            return c
        word_ok = (
            bare_nisba(tok)
            or tok.core.startswith("ال")
            or "ل" in tok.prefix
            or keys[j] in IN
            or (person is not None and person.entity is not None)
        )
        if not word_ok and not any(
            n.entity is not None and n.entity.type == "PER" and n.first == j + 1 and not tok.prefix for n in every
        ):
            return c  # (a bare word may be the start of the name the tagger cut: «الملا أختر محمد منصور»)
    return c


NAME_WORDS = (2, 4)
"""Words of a name set off by commas after a title's description (at least, at most)."""


def _apposed_name(toks: list[Token], a: int) -> int | None:
    """The last token of a name of 2–4 bare words starting at ``a`` and closed by a comma or a full stop: its
    first word has no article (a given name: «شادي الغزالي حرب»), none has a clitic; else None."""
    if a >= len(toks) or toks[a].core.startswith("ال") or clitics(toks[a]) or not toks[a].core[:1].isalpha():
        return None
    if strip_article(normalize(toks[a].core)) in TOLD:
        return None  # «القيادي في الحركة، قال المتحدث، …»: an aside, no name
    for k in range(a + 1, min(a + NAME_WORDS[1] + 1, len(toks))):
        if toks[k].text in "،,.":
            return k - 1 if k - a >= NAME_WORDS[0] else None
        if clitics(toks[k]) not in ("", "ال") or not toks[k].core[:1].isalpha():
            return None
    return None


OFFICE_REACH = 3
"""Words between the country or body of an office and the holder's name («أمير قطر الشيخ تميم»)."""


def _office_holder(c: Candidate, every: list[Candidate], toks: list[Token], keys: list[str]) -> Candidate:
    """A country or body in construct with a title before it is the office, not the side: «أمير قطر الشيخ تميم بن
    حمد», «وزير خارجية إيران محمد جواد ظريف», «ملك الأردن عبد الله الثاني» name the person after it. ``c``
    extended from the title to the person's name, or ``c`` unchanged."""
    t = c.first - 1
    if t >= 1 and not toks[t].core.startswith("ال") and strip_article(keys[t - 1]) in TITLES:
        t -= 1  # «وزير خارجية إيران»
    if t < 0 or strip_article(keys[t]) not in TITLES or toks[t].prefix.replace("و", ""):
        return c
    for j in range(c.last + 1, min(c.last + 1 + OFFICE_REACH, len(toks))):
        person = next((n for n in every if n.first == j), None)
        if person is not None and person.entity is not None and person.entity.type == "PER":
            start = toks[t].core_start
            text = toks[t].text[start - toks[t].start :] + "".join(
                " " * (toks[k].start - toks[k - 1].end) + toks[k].text for k in range(t + 1, person.last + 1)
            )
            return Candidate(t, person.last, start, person.end, text, person.entity, None, False)
        if not (toks[j].core.startswith("ال") and not clitics(toks[j])):
            return c  # only definite words between («الشيخ»), no clause
    return c
