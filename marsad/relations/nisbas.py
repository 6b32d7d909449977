"""«سورية» after an indefinite noun is its adjective, not the country: «فصائل سورية موالية لأنقرة», «طائرات حربية
سورية مدعومة من القوات الروسية» (the Syrian factions, the Syrian warplanes). The press of Syria and the Gulf
spells the country «سورية» too, so the recogniser tags the adjective as the state; the actor is the noun it
describes, and the candidate is widened back over it. Likewise an indefinite nationality adjective after a
masdar cue («بدعم روسي») is the giver, never the genitive's recipient (:func:`no_adjective_recipients`). Used by
:class:`marsad.relations.RelationStage`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from marsad.events.coder import Candidate
from marsad.model import Document, Sentence, Token
from marsad.relations.slots import Ends, Hit, SentenceSlots, clitics, norm_words

ADJECTIVE_NAMES = norm_words("سورية")
"""Country names that are also the feminine adjective of their people."""
GROUP_NOUNS = norm_words("فصائل فصيل")
"""Nouns of armed groups the events stage's actor nouns lack."""


def bare_nisba(tok: Token, nationalities: Mapping[str, str]) -> bool:
    """An indefinite nationality adjective with no clitic: «روسي» in «بدعم روسي»."""
    return not clitics(tok) and not tok.core.startswith("ال") and tok.core in nationalities


def definite_nisba(tok: Token, nationalities: Mapping[str, str], glued: tuple[str, ...] = ("",)) -> bool:
    """A definite nationality adjective («السوري», «الروسية») whose clitics are one of ``glued`` (none by
    default; «والإماراتي» with ``("", "و")``)."""
    return tok.core.startswith("ال") and tok.core in nationalities and clitics(tok) in glued


def adjective_actor(ctx: SentenceSlots, j: int) -> Candidate:
    """The nationality adjective at token ``j`` as an actor (the conventions' nisba rule, «الدعم التركي» →
    «التركي»): its own candidate when the recogniser tagged it alone, else the word."""
    own = ctx.at(j)
    return own if own is not None and own.first == own.last == j else ctx.word(j)


def _noun(key: str, actor_nouns: frozenset[str]) -> bool:
    return key in actor_nouns or key in GROUP_NOUNS


def nisba_heads(
    doc: Document, sent: Sentence, keys: list[str], cands: list[Candidate], actor_nouns: frozenset[str]
) -> list[Candidate]:
    """``cands`` with an adjective «سورية» after an indefinite actor noun (and at most one adjective in «ـية»
    between) widened back over that noun."""
    toks = sent.tokens
    taken = {j for c in cands for j in range(c.first, c.last + 1)}
    out: list[Candidate] = []
    for c in cands:
        j = c.first
        if c.last != j or j == 0 or keys[j] not in ADJECTIVE_NAMES or clitics(toks[j]):
            out.append(c)
            continue
        head = j - 1
        if head > 0 and keys[head].endswith("يه") and not clitics(toks[head]) and head not in taken:
            head -= 1  # «طائرات حربية سورية»
        key = keys[head]
        if head in taken or key.startswith("ال") or not _noun(key, actor_nouns):
            out.append(c)
            continue
        start = toks[head].core_start
        out.append(replace(c, first=head, start=start, text=doc.text[start : c.end]))
    return out


def no_adjective_recipients(ctx: SentenceSlots, h: Hit, ends: Ends, nationalities: Mapping[str, str]) -> Ends:
    """``ends`` of a masdar cue without the pairs whose recipient is an indefinite nationality adjective right after
    it: «ويواصل الأسد الهجوم، بدعم روسي» — Russia gives, it does not receive (:mod:`marsad.relations.adjectival`
    reads the adverb when the actor stands right before it)."""
    if h.cue.pattern != "genitive" or h.last + 1 >= len(ctx.keys):
        return ends
    if not bare_nisba(ctx.sent.tokens[h.last + 1], nationalities):
        return ends
    return [(s, t, st) for s, t, st in ends if not (ctx.owns(t) and t.first == h.last + 1)]
