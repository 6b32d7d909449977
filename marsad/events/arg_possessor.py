"""The possessive pronoun on an event noun refers back to its actor: «وتشن غاراتها», «بسطت سيطرتها».

News Arabic names who acts through a pronoun on the event noun when the actor is the clause's subject: «وتقول
روسيا إنها تتحاشى المدنيين وتشن غاراتها على مواقع …», «إن تحالفا من الجماعات الجنوبية … بسطت سيطرتها على
مدينة الحوطة», «الأحمر، الذي عبر عن استنكاره», «واستعرضت اللجنة مشاوراتها مع الفصائل». On nouns whose genitive
is their subject (attacks, battles, control, meetings and talks, statements, protests) the pronoun is the
actor, and it refers to the nearest side before it that can act. On nouns whose genitive is their object
(«اعتقاله», «استهدافها», «دحرها») the pronoun is the target, which other rules find
(:func:`marsad.events.objects.pronoun_object`); they are not listed here.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import INTRANSITIVE, STOPS, THIRD_PERSON, preposition
from marsad.events.lexicon import strip_article
from marsad.events.mention import STATEMENTS, Candidate, EventMention
from marsad.model import Token
from marsad.text.normalize import normalize

AGENT_NOUNS = INTRANSITIVE | frozenset(
    strip_article(normalize(w))
    for w in (
        "سيطرة سيطرت عمليات عملية حملة حملات مشاورات مباحثات محادثات لقاء لقاءات زيارة زيارات وساطة "
        "استنكار إدانة تنديد رفض دعم تأييد مساندة احتجاج احتجاجات وقفة مظاهرة مظاهرات اعتصام إضراب انسحاب"
    ).split()
)
"""Event nouns whose possessive pronoun is their actor («غاراتها», «سيطرتها», «مشاوراتها», «استنكاره»)."""
REACH = 15
"""Words back from the noun to its referent."""


def possessor(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The side the possessive pronoun on the noun trigger ``m`` refers to, when the noun's genitive is its
    subject; None otherwise."""
    tok = m.sentence.tokens[m.last]
    if not _possessed(tok, m.entry.plover_type in STATEMENTS):
        return None
    toks = m.sentence.tokens
    stop = next(
        (
            j
            for j in range(m.first - 1, max(-1, m.first - REACH), -1)
            if toks[j].text in STOPS and not _speech_colon(toks, j)
        ),
        -1,
    )
    near = [
        c
        for c in every
        if stop < c.first
        and c.last < m.first
        and m.first - c.last <= REACH
        and not c.after_prep
        and not c.unknown_place
        and not preposition(toks[c.first])
        and can(c)
    ]
    return near[-1] if near else None


CONTENT = frozenset(normalize(w) for w in ("إن", "أن", "ان"))


def _speech_colon(toks: list[Token], j: int) -> bool:
    """The colon at ``j`` introduces indirect speech («قال نائب الرئيس اليمني خالد بحاح: إن زيارته …»): a
    pronoun after it refers to the speaker before it, so the colon stops no search for the referent."""
    return toks[j].text == ":" and j + 1 < len(toks) and toks[j + 1].core in CONTENT


def _possessed(tok: Token, statement: bool) -> bool:
    """The token is an agent noun with a possessive pronoun: split off by the tokenizer («سيطرتها») or still on
    a word it did not split («مشاوراتها»)."""
    if tok.suffix:
        return tok.suffix in THIRD_PERSON and (statement or strip_article(tok.stem) in AGENT_NOUNS)
    word = strip_article(tok.core)
    if word in AGENT_NOUNS:
        return False  # the bare noun («وقفة» is written «وقفه» once normalised)
    for ending in THIRD_PERSON:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            if stem in AGENT_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in AGENT_NOUNS):
                return True  # «مشاوراتها»; «سيطرتها» with its ta marbuta opened
    return False
