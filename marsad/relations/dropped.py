"""Ends a relative verb leaves unsaid or puts out of reach.

Arabic drops a verb's subject when it is the person the sentence is about: «… النفوذ الواسع الذي يتمتع به
في صفوف "الحركة الشعبية" التي يتزعمها.», «أعلن مقتدى الصدر … شروطا حتى تمنح قائمة "سائرون" التي يتزعمها
الثقة للحكومة» — the leader is the person named earlier in the sentence, not a word after the verb. A
«وهي/وهو» apposition with an indefinite actor noun («هيئة تحرير الشام، وهي ائتلاف لمقاتلي المعارضة تقوده
جبهة النصرة») puts the actor before it out of the verb's reach, though the relative verb describes it. Used by
:class:`marsad.relations.patterns.EndFinder`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.names import QUOTES
from marsad.relations.slots import CLAUSE_WORDS, SentenceSlots, clitics, is_person
from marsad.relations.words import HE_IS

LEADER_WORDS = 30
"""At most this many words between the person and the body he leads: a sentence's subject, not one
several clauses back."""


def leader_before(ctx: SentenceSlots, body: Candidate) -> Candidate | None:
    """The person named nearest before ``body`` in its sentence, when a relative verb of leading after
    ``body`` has no subject of its own; ``None`` when a full stop or a question mark lies between (another
    sentence of a run-on line) or no person is close enough."""
    toks = ctx.sent.tokens
    person = next((c for c in reversed(ctx.cands) if c.last < body.first and is_person(c)), None)
    if person is None or body.first - person.last > LEADER_WORDS:
        return None
    if any(toks[j].text in ".؟!" for j in range(person.last + 1, body.first)):
        return None
    return person


APPOSED_WORDS = 6
"""At most this many words between «وهي/وهو» and the relative verb: the apposition's noun and its genitive."""


def apposed_head(ctx: SentenceSlots, i: int) -> Candidate | None:
    """«هيئة تحرير الشام، وهي ائتلاف لمقاتلي المعارضة تقوده جبهة النصرة»: a verb with an object pronoun
    at ``i`` inside a «وهي/وهو» apposition whose noun is indefinite («ائتلاف», «تنظيم») describes the actor
    named before «وهي», not the genitive of that noun («لمقاتلي المعارضة»). ``None`` elsewhere."""
    toks, keys = ctx.sent.tokens, ctx.keys
    he = next((j for j in range(i - 1, max(-1, i - 1 - APPOSED_WORDS), -1) if keys[j] in HE_IS), None)
    if he is None or he + 1 >= i:
        return None
    noun = toks[he + 1]
    named = ctx.at(he + 1)
    if named is None or named.entity is not None or noun.core.startswith("ال") or clitics(noun):
        # «وهي الجماعة التي …», «وهو حزب الله»: the apposition names an actor of its own; «وهو مطلب
        # يؤيده …»: a noun that is no actor (a demand) is what the pronoun stands for
        return None
    if any(toks[j].text in ".،,:؟!" or keys[j] in CLAUSE_WORDS for j in range(he + 1, i)):
        return None
    k = he - 1
    if k >= 0 and toks[k].text in "،,":
        k -= 1
    if k >= 0 and toks[k].text in QUOTES:
        k -= 1
    c = ctx.at(k) if k >= 0 else None
    return c if c is not None and c.last == k and c.entity is not None and c.place is None else None
