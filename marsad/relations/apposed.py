"""A participle after a comma describes the head of the phrase before it: «المؤتمر العام، المدعوم من تحالف
فجر ليبيا», «القوات الموالية للحكومة اليمنية، المدعومة من التحالف», «فصائل متشددة، مدعومة من قطر».

A participle cue read right to left («المدعوم من», ``after_before`` without a glued ب) agrees with a noun
before it. Set off by a comma it is an apposition to the whole phrase before the comma, whose head is the
noun the phrase starts with: not the recipient inside the slot of another cue there («الموالية للحكومة»),
and where the recogniser tagged nothing, a definite actor noun («المؤتمر العام») or an indefinite group with
its adjective («فصائل متشددة»). (The adverb «بدعم من», «بقيادة», with its ب, speaks of the clause and is
read elsewhere: when an apposition between commas stands right before it, «الهجوم الذي تحضر له القوات السورية على
إدلب، آخر أبرز معاقل المعارضة في سوريا، بدعم من روسيا», the adverb speaks of the clause before the apposition,
:func:`past_apposition`.)
"""

from __future__ import annotations

from collections.abc import Container

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.ends import apposition, lam_group
from marsad.relations.fighters import armed
from marsad.relations.slots import Hit, SentenceSlots, is_town
from marsad.relations.words import COMMAS

PHRASE_WORDS = 6
"""How far back the head of the phrase before the comma may start."""


def _ending_at(ctx: SentenceSlots, e: int, actor_nouns: Container[str]) -> Candidate | None:
    """The actor whose last word is token ``e``: a candidate, a definite actor noun the recogniser did not
    tag, or an indefinite group with its adjective."""
    c = next((c for c in ctx.cands if c.last == e), None)
    if c is not None:
        return None if c.after_prep or is_town(c) else c
    for k in (e - 1, e):
        u = ctx.unnamed_at(k, e) if k >= 0 else None
        if u is not None and (armed(u) or strip_article(ctx.keys[u.first]) in actor_nouns):
            return u
    return lam_group(ctx, e - 1, lam=False)


def apposed_head(ctx: SentenceSlots, i: int, actor_nouns: Container[str]) -> Candidate | None:
    """The head of the phrase that ends at the comma right before token ``i``, or None."""
    if i < 2 or ctx.keys[i - 1] not in COMMAS:
        return None
    head = _ending_at(ctx, i - 2, actor_nouns)
    if head is None:
        return None
    # «القوات الموالية للحكومة اليمنية،»: the recipient in another cue's slot is not the head; the
    # actor that cue describes is
    k = head.first - 1
    if k in ctx.cue_tokens and ctx.keys[k] not in COMMAS:
        while k - 1 in ctx.cue_tokens and head.first - k < PHRASE_WORDS:
            k -= 1
        return _ending_at(ctx, k - 1, actor_nouns) if k > 0 else None
    return head


def apposed_pairs(
    ctx: SentenceSlots, h: Hit, after: list[Candidate], actor_nouns: Container[str]
) -> list[tuple[Candidate, Candidate]]:
    """``(agent, head)`` pairs of a participle cue set off by a comma, one per member of the agent list
    («المدعومة من النهضة والتيار الديمقراطي»); [] where the cue is no such apposition."""
    cue = h.cue
    if cue.pattern != "after_before" or cue.ba_first or h.pronoun:
        return []
    head = apposed_head(ctx, h.first, actor_nouns)
    if head is None:
        return []
    agent = ctx.slot(h.last + 1) or (after[0] if after and after[0].first - h.last <= 2 else None)
    if agent is None:
        return []
    return [(s, head) for s in ctx.members(agent) if s is not head]


def past_apposition(ctx: SentenceSlots, last: Candidate, i: int) -> Candidate:
    """The actor an adverb cue at token ``i`` («، بدعم من») speaks of, given ``last``, the actor right before it:
    when ``last`` lies inside an apposition set off by commas that closes right before the cue («، آخر أبرز معاقل
    المعارضة في سوريا، بدعم من»), the last actor before the apposition that is neither a place nor inside a
    prepositional phrase (the clause's subject: «القوات السورية»); else ``last``."""
    toks, keys = ctx.sent.tokens, ctx.keys
    if i < 2 or keys[i - 1] not in COMMAS:
        return last
    opening = next((o for o in range(last.first - 1, 0, -1) if keys[o] in COMMAS), None)
    if opening is None or apposition(toks, keys, opening) != i - 1:
        return last
    subject = next(
        (
            c
            for c in reversed(ctx.cands)
            if c.last < opening and not c.after_prep and c.place is None and not c.unknown_place
        ),
        None,
    )
    return subject if subject is not None else last
