"""The genitive after an event noun as its agent (إضافة المصدر إلى فاعله).

A verbal noun takes its object in the genitive («اعتقال المتهمين», «قصف مواقع الحوثيين»), but its agent
when an object follows in the accusative or with «لـ» («اعتقال قوات المقاومة عشرات المسلحين», «توقيف
الشرطة لأحد أتباع الفرقة»), and always when the genitive is an aircraft, which strikes and is never what a
strike hits in news copy («قصف طيران التحالف», «غارات مكثفة لمقاتلات التحالف»). An indefinite accusative that is a
side or a thing hit makes the genitive the agent even when the sentence gave a side before («إثر استهداف المقاومة
رتلا عسكريا»), and so does a «لـ» object right after the genitive of a statement («رفض السلطات الجزائرية للتصريحات»).
"""

from __future__ import annotations

from marsad.events.arg_candidates import OBJECT_HEADS
from marsad.events.arg_joins import text_to
from marsad.events.casualties import DIGITS, count_word
from marsad.events.constructions import THIRD_PERSON_ALL, bare_nisba
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.model import Token
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics

AIRCRAFT = frozenset(
    strip_article(normalize(w)) for w in "طائرة طائرات طيران مقاتلات مروحيات طائرتي مقاتلة مروحية".split()
)
"""Heads of a genitive that strike: the agent of an attack noun."""
SAID = frozenset(("ACCUSE", "REJECT", "REQUEST", "THREATEN"))
"""Statements whose «لـ» after the genitive opens their object («رفض السلطات للتصريحات»); not backing, whose «لـ» is
mostly a purpose («دعم القوات الأمنية لدحر تنظيم داعش»)."""
LAM = ("ل", "لل")
"""The preposition «لـ» as the tokenizer leaves it, alone or fused with the article («للأحياء»)."""


def _adjectives(toks: list[Token], a: int, b: int) -> bool:
    """Tokens ``a``..``b-1`` are adjectives without a clitic («غارات مكثفة»), at most two."""
    return b - a <= 2 and all(not toks[j].prefix and toks[j].core[:1].isalpha() for j in range(a, b))


def _object(tok: Token, key: str) -> bool:
    """A word that opens an object after a genitive agent: «لـ» + noun, or a bare count («عشرات»)."""
    if not tok.core[:1].isalpha() and not DIGITS.match(key):
        return False
    return tok.prefix in LAM or count_word(key)


ADVERBS = frozenset(
    normalize(w)
    for w in (
        "ليلا صباحا مساء مساءا ظهرا عصرا فجرا نهارا أيضا ايضا مجددا مؤخرا سابقا لاحقا حاليا رسميا تماما فورا أخيرا "
        "يوميا أسبوعيا شهريا سنويا مثلا جدا كثيرا قليلا معا جميعا أولا ثانيا كذلك عمدا بعيدا قريبا داخليا خارجيا "
        "جوا برا بحرا بحريا جويا بريا مباشرة"
    ).split()
)
"""Adverbs in the accusative («ليلا», «مجددا», «جوا»): they follow an event noun's genitive, they are no object."""


def accusative_object(tok: Token) -> bool:
    """An indefinite noun in the accusative with no clitic («رتلا», «مسلحا»): the object of a verbal noun whose agent
    stands in the genitive before it, when it is a side or a thing hit (the caller checks); not an adverb («ليلا»,
    «مجددا») nor a nisba adverb («عسكريا»)."""
    core = normalize(tok.core)
    return (
        not tok.prefix
        and not tok.suffix
        and len(core) >= 4
        and core.endswith("ا")
        and not core.startswith("ال")
        and not core.endswith(("يا", "ئا", "اا"))
        and core not in ADVERBS
    )


def _possessed(tok: Token) -> bool:
    """A bare noun with a possessive pronoun: an object in the accusative after a genitive agent."""
    return not tok.prefix and tok.core[:1].isalpha() and tok.suffix in THIRD_PERSON_ALL


def _widen(toks: list[Token], c: Candidate, last: int) -> Candidate:
    text = text_to(toks, c, last)
    return Candidate(c.first, last, c.start, toks[last].end, text, c.entity, c.place, c.after_prep, c.civilian)


def _span(toks: list[Token], a: int) -> Candidate:
    """The object opened at ``a`` with the noun it governs («عشرات المسلحين», «لأحد أتباع»)."""
    b = a + 1 if a + 1 < len(toks) and toks[a + 1].core[:1].isalpha() and not clitics(toks[a + 1]) else a
    return unnamed(toks, a, b)


def genitive_agent(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    verbish: bool,
    actor: Candidate | None,
    target: Candidate | None,
) -> tuple[Candidate | None, Candidate | None]:
    """``(actor, target)`` with a target in the genitive of the event noun moved to the actor where the
    construction makes it the agent; the object after it, when it is a candidate, becomes the target."""
    if verbish or target is None or target.first <= m.last:
        return actor, target
    outside = actor  # a side taken from outside the noun's phrase gives way to its own agent (below)
    if actor is not None and actor.last >= m.first:
        return actor, target
    toks = m.sentence.tokens
    gap = target.first - (m.last + 1)
    glued = toks[target.first].prefix in LAM
    if gap and not (glued and _adjectives(toks, m.last + 1, target.first)):
        return actor, target  # «غارات مكثفة لمقاتلات التحالف»: adjectives only before a «لـ» genitive
    if not glued and toks[target.first].prefix:
        return actor, target
    head = keys[target.first]
    nxt = target.last + 1
    if head in AIRCRAFT and m.entry.plover_type == "ASSAULT" and outside is None:
        obj = next((c for c in every if c.first == nxt), None)
        return target, obj
    if glued:
        return actor, target
    agent = target
    while nxt < len(toks) and nxt - target.last <= 2 and bare_nisba(toks[nxt]):
        nxt += 1  # «إحراق مستوطنين إسرائيليين منزلهم»: the agent's adjectives
    conj = (
        toks[nxt].prefix == "و" or (not toks[nxt].prefix and toks[nxt].text.startswith("و"))
        if nxt < len(toks)
        else False
    )
    if nxt + 1 < len(toks) and conj and toks[nxt].core[:1].isalpha():
        if _object(toks[nxt + 1], keys[nxt + 1]):
            # «قصف ميليشيات الحوثي وصالح للأحياء السكنية»: two agents coordinated
            nxt += 1
            agent = _widen(toks, target, nxt - 1)
    # an indefinite accusative object makes the genitive the agent whatever side the sentence gave before
    # («…؛ إثر استهداف المقاومة رتلا عسكريا»), and so does a «لـ» object right after the genitive of a statement
    # («أعرب عن رفض السلطات الجزائرية للتصريحات»; in «قتل قائد ميداني للمليشيا» the «لـ» names the victim's side)
    said = m.entry.plover_type in SAID and nxt == target.last + 1 < len(toks) and toks[nxt].prefix in LAM
    if nxt < len(toks) and (
        (_object(toks[nxt], keys[nxt]) and (outside is None or said))
        or (accusative_object(toks[nxt]) and (keys[nxt][:-1] in OBJECT_HEADS or any(c.first == nxt for c in every)))
    ):
        obj = next((c for c in every if c.first == nxt), None)
        if (
            obj is None
            and (outside is None or not said)
            and (m.entry.plover_type != "ASSAULT" or toks[nxt].prefix not in LAM)
        ):
            obj = _span(toks, nxt)  # not «استهداف قوات التحالف لمستودعات أسلحة»: a building hit is no side
        return agent, obj
    if nxt < len(toks) and _possessed(toks[nxt]):
        # «إحراق مستوطنين منزلهم»: the object's pronoun refers back to the victims; the verbal noun has its
        # agent inside its own phrase, so a side taken from the sentence before gives way
        return agent, None
    return actor, target
