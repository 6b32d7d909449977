"""The accused of «اتهم X Y بـ…» carried out the act the ب-masdar names: «وتتهم السعودية إيران بدعم الحوثيين»
(Iran backs the Houthis), «متهما طهران وحليفها اللبناني بدعم جبهة البوليساريو», «واتهم زعيم حزب معارض
اردوغان بشن الضربات الجوية».

The event is the masdar glued to ب that first follows a verb or participle of accusing; the accused is the
object of that verb, the candidate standing between them with no preposition and no و (a conjunct joins it):
after a finite verb with two such candidates the first is its subject, the accuser («اتهمت حركة حماس
إسرائيل»); after the participle «متهما» or with one candidate (the subject dropped or before the verb) it is
the only one. The accuser only reports the act: it is no side of it (the ACCUSE event itself is coded on the
verb). Called by :func:`marsad.events.arguments.attach` for noun triggers.
"""

from __future__ import annotations

from marsad.events.arg_blame import BEHIND
from marsad.events.constructions import STOPS, preposition
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention
from marsad.model import Token
from marsad.text.normalize import normalize

ACCUSING_VERBS = word_keys("اتهم اتهمت اتهموا يتهم تتهم يتهمون تتهمان يتهمان اتهام")
"""Finite verbs of accusing (VSO: the subject, then the accused), and their masdar, which takes the accuser in the
genitive and the accused after it («بعد اتهام لندن موسكو بالوقوف وراء تسميم»)."""
ACCUSING_PARTICIPLES = word_keys("متهما متهمة متهمين متهمتين متهمون")
"""«…، متهما طهران بدعم …»: the circumstantial participle, whose subject is the main clause's."""
REACH = 12
"""Words from the verb of accusing to the masdar (the accuser's and the accused's descriptions between)."""
LIGHT_MASDARS = word_keys("شن تنفيذ ارتكاب قيام تدبير تخطيط")
"""Light masdars that carry the ب before the event noun («بشن الضربات», «بتنفيذ الهجوم»)."""
STANDING = word_keys("الوقوف")
"""«بالوقوف وراء/خلف» + event noun: the accused stood behind the act («اتهمت الوكالة الحوثيين بالوقوف خلف القصف»)."""
SEPARATE_PREPOSITIONS = frozenset(normalize(w) for w in "في من على إلى الى عن مع ضد لدى أمام".split())


def accusing_verb(toks: list[Token], keys: list[str], first: int) -> int | None:
    """The index of the verb or participle of accusing whose first ب-phrase is the masdar at ``first``, or None
    (also read by the coder: «بدعم» after it is the accused's backing, not the clause subject's)."""
    if first > 0 and keys[first - 1] in LIGHT_MASDARS:
        first -= 1  # «اتهم … اردوغان بشن الضربات»: the ب is on the light masdar before the event noun
    elif first > 1 and keys[first - 1] in BEHIND and keys[first - 2] in STANDING:
        first -= 2  # «اتهام لندن موسكو بالوقوف وراء تسميم الجاسوس»: the ب is on «الوقوف»
    if "ب" not in preposition(toks[first]):
        return None
    for j in range(first - 1, max(-1, first - 1 - REACH), -1):
        if keys[j] in STOPS or toks[j].text in STOPS:
            return None
        if j < first - 1 and "ب" in preposition(toks[j]) and toks[j].core[:1].isalpha():
            return None  # another ب-phrase stands between: the trigger is not the first
        if keys[j] in ACCUSING_VERBS or keys[j] in ACCUSING_PARTICIPLES:
            return j
    return None


def accused(m: EventMention, every: list[Candidate], keys: list[str]) -> tuple[Candidate, Candidate | None] | None:
    """``(accused, accuser)`` when the noun trigger ``m`` is the ب-masdar of a verb of accusing, or None."""
    toks = m.sentence.tokens
    verb = accusing_verb(toks, keys, m.first)
    if verb is None:
        return None
    head = m.first
    while head > verb and "ب" not in preposition(toks[head]):
        head -= 1  # the ب-phrase opens on the trigger, the light masdar or «الوقوف» before it
    between = [
        c
        for c in every
        if c.first > verb
        and c.last < head
        and not preposition(toks[c.first])
        and "و" not in toks[c.first].prefix
        and keys[c.first - 1] not in SEPARATE_PREPOSITIONS
        # «المجلس البلدي لمدينة مصراتة»: a name after a word under a preposition is in its phrase
        and not (c.first - 1 > verb and preposition(toks[c.first - 1]))
    ]
    if not between:
        return None
    if keys[verb] in ACCUSING_VERBS and len(between) >= 2:
        return between[1], between[0]
    return between[0], None


def accused_object(m: EventMention, every: list[Candidate], accused: Candidate) -> Candidate | None:
    """The masdar's object right after it («بدعم الحوثيين», «بدعم لجبهة البوليساريو»), not the accused."""
    toks = m.sentence.tokens
    c = next((c for c in every if c.first > m.last), None)
    if c is None or c is accused or c.first != m.last + 1 or "ب" in preposition(toks[c.first]):
        return None
    return c
