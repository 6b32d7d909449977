"""The sides of a repelled attack: «تصدت قوات المقاومة لهجومين شنهما الحوثيون», «تصدت قوات الأمن لمسلحين».

War reports give a defence by a verb of repelling (:data:`REPEL`) whose object is the attack or the attackers:

* the repelling verb's target is the attackers: the «لـ» object when it is a side («تصدت قوات الأمن لمسلحين
  هاجموا نقطة تفتيش», «تصدوا للإرهاب»), or the agent the attack noun names («لهجومين شنهما الحوثيون», «لهجوم
  الحوثيين», «هجوما لمسلحي الحوثي»);
* the attack noun, whose own agent acts, takes the repelling side as its target: «تصدت قوات المقاومة … لهجومين
  شنهما الحوثيون» (the development records code it so; an attack repelled that names no agent of its own is left
  alone, the records disagreeing on it).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arg_backed import BETWEEN_WORDS
from marsad.events.constructions import STOPS, preposition
from marsad.events.lexicon import strip_article, word_keys
from marsad.events.mention import Candidate, EventMention
from marsad.model import Token

REPEL = word_keys("تصدى تصدت تصدوا يتصدى تتصدى يتصدون صد صدت صدوا يصد تصد أحبط أحبطت أحبطوا يحبط تحبط أفشل أفشلت")
"""Verbs of repelling or foiling an attack."""
ATTACK_NOUNS = word_keys("هجوم هجوما هجومين هجومان هجمات هجوما محاولة محاولات اعتداء اعتداءات زحف تقدم غارة غارات")
"""Nouns of the attack a repelling verb takes («لهجوم», «محاولة تقدم»)."""
LAUNCHED = word_keys("شنه شنها شنهما شنوه شنته نفذه نفذها نفذهما نفذته قام قامت")
"""A light verb with the pronoun of the attack noun before it («هجوم شنه الحوثيون»)."""
ADJECTIVE_SKIP = word_keys("واسع واسعا كبير كبيرا عنيف عنيفا جديد جديدا مباغت مباغتا حوثي حوثيا")
"""Adjectives of an attack noun between it and its light verb («لهجوم واسع شنه»)."""
BEFORE_LIGHT = BETWEEN_WORDS | ADJECTIVE_SKIP
REACH = 14
"""Words from the repelling verb to its object (the subject and a backing aside come first)."""


def _agent_of(
    toks: list[Token], keys: list[str], j: int, every: list[Candidate], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The agent an attack noun at ``j`` names: after a light verb with its pronoun («هجوم شنه الحوثيون»), or its
    genitive («لهجوم الحوثيين», «هجوما لمسلحي الحوثي»)."""
    k = j + 1
    while k < len(toks) and k - j <= 3 and not toks[k].prefix and keys[k] in BEFORE_LIGHT:
        k += 1
    if k < len(keys) and keys[k] in LAUNCHED:
        return next((c for c in every if c.first in (k + 1, k + 2) and not c.after_prep and can(c)), None)
    return next(
        (
            c
            for c in every
            if c.first == j + 1 and (not toks[c.first].prefix or "ل" in preposition(toks[c.first])) and can(c)
        ),
        None,
    )


def repel_target(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    actor: Candidate | None,
    can: Callable[[Candidate], bool],
) -> Candidate | None:
    """The attackers a repelling verb trigger stands against (see the module docstring), or ``None``."""
    if m.entry.plover_type != "ASSAULT" or strip_article(keys[m.first]) not in REPEL:
        return None
    toks = m.sentence.tokens
    for j in range(m.last + 1, min(m.last + 1 + REACH, len(toks))):
        if toks[j].text in STOPS:
            return None
        if strip_article(keys[j]) in ATTACK_NOUNS and (toks[j].prefix or j == m.last + 1 or actor is not None):
            side = _agent_of(toks, keys, j, every, can)
            return side if side is not actor else None
        if "ل" in preposition(toks[j]):
            side = next((c for c in every if c.first == j and can(c)), None)
            return side if side is not actor else None
    return None


def repelling_side(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    actor: Candidate | None,
    can: Callable[[Candidate], bool],
) -> Candidate | None:
    """The side that repels an attack noun whose own agent ``actor`` follows it («تصدت قوات المقاومة … لهجومين شنهما
    الحوثيون»): the subject of the repelling verb before the noun; else ``None``."""
    if m.entry.plover_type != "ASSAULT" or actor is None or actor.first <= m.last:
        return None
    toks = m.sentence.tokens
    for j in range(m.first - 1, max(-1, m.first - REACH), -1):
        if toks[j].text in STOPS:
            return None
        if strip_article(keys[j]) in REPEL:
            subject = next(
                (
                    c
                    for c in every
                    if j < c.first
                    and c.last < m.first
                    and not c.after_prep
                    and not preposition(toks[c.first])
                    and can(c)
                ),
                None,
            )
            if subject is None:
                subject = next((c for c in every if c.last == j - 1 and not c.after_prep and can(c)), None)
            return subject if subject is not None and subject is not actor else None
    return None
