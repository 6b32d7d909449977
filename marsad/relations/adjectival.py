"""A nationality adjective as the agent of an adverb of means: «التحالف الدولي بقيادة أميركية», «التحالف العربي
بقيادة سعودية», «وتقدمت القوات السورية بدعم روسي», «بدعم عسكري إيراني». The indefinite adjective stands for its
country (the conventions' nisba rule, «الدعم التركي» → «التركي»): it leads or supports the actor right before the
adverb. The adjective must be in ``marsad/actors/data/nationalities.tsv`` (read, not edited, here) and come right
after the adverb, or after one word of the kind of help («بدعم جوي روسي»); the actor before must be a candidate
outside a prepositional phrase and no place (a body for «بقيادة»). Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.fighters import support_subtype
from marsad.relations.nisbas import bare_nisba, definite_nisba
from marsad.relations.slots import SentenceSlots, clitics, is_person, is_town, with_ba
from marsad.text.normalize import normalize

ADVERBS = {normalize(w): t for w, t in (("بقيادة", "leads"), ("بدعم", "support"), ("بمساندة", "support"))}
"""The adverb of means, written with its ب, and the relation its agent has with the actor before it."""
KINDS = {normalize(w): k for w, k in (("عسكري", "military"), ("جوي", "military"), ("سياسي", "political"))}
"""One word of the kind of help between «بدعم» and the adjective («بدعم جوي روسي»)."""


def has_adverb(tokens: Iterable[tuple[str, str]]) -> bool:
    """A cheap test before the sentence's candidates are built: ``(core, prefix)`` of each token."""
    return any(with_ba(c, p) in ADVERBS for c, p in tokens)


def adjectival_agents(
    ctx: SentenceSlots, nationalities: Mapping[str, str], actor_nouns: Container[str]
) -> list[tuple[int, str, str | None, Candidate, Candidate]]:
    """``(adverb token, type, subtype, the adjective, the actor before)`` for each adverb of means whose agent is an
    indefinite nationality adjective."""
    toks = ctx.sent.tokens
    out: list[tuple[int, str, str | None, Candidate, Candidate]] = []
    for i, tok in enumerate(toks[:-1]):
        kind = ADVERBS.get(with_ba(tok.core, tok.prefix))
        if kind is None or i == 0:
            continue
        j, subtype = i + 1, None
        if kind == "support" and toks[j].core in KINDS and j + 1 < len(toks):
            subtype, j = KINDS[toks[j].core], j + 1
        if not bare_nisba(toks[j], nationalities):
            continue
        pair = agent_and_actor(ctx, i, j, nationalities, actor_nouns)
        if pair is None:
            continue
        agent, before = pair
        if kind == "leads" and is_person(before):
            continue
        if kind == "support" and subtype is None:
            subtype = support_subtype(before)
        out.append((i, kind, subtype, agent, before))
    return out


def agent_and_actor(
    ctx: SentenceSlots, i: int, j: int, nationalities: Mapping[str, str], actor_nouns: Container[str]
) -> tuple[Candidate, Candidate] | None:
    """``(the adjective at token j, the actor before the adverb at token i)``: the adjective alone or tagged as
    the country itself («روسي»), the actor outside a prepositional phrase and no town; else None. Shared with
    :mod:`marsad.relations.adverbial`."""
    own = ctx.at(j)
    if own is not None and not own.first == own.last == j:
        return None
    before = actor_before(ctx, i, nationalities, actor_nouns)
    if before is None or before.after_prep or is_town(before):
        return None
    return own or ctx.word(j), before


def actor_before(
    ctx: SentenceSlots, i: int, nationalities: Mapping[str, str], actor_nouns: Container[str]
) -> Candidate | None:
    """The actor right before the adverb at token ``i``: a candidate ending there (also over its nationality
    adjective: «القوات السورية بدعم», as the events stage's candidates run), or before its own nationality adjective
    or another definite adjective («التحالف الدولي بقيادة»), or a definite actor noun with its adjective the
    recogniser did not tag."""
    toks = ctx.sent.tokens
    end = i - 1
    if end > 0 and definite_nisba(toks[end], nationalities):
        whole = next((c for c in ctx.cands if c.last == end and c.first < end), None)
        if whole is not None:
            return whole  # «القوات السورية بدعم»: the candidate runs over its adjective (events.arg_adjectives)
        end -= 1  # «القوات السورية»: the adjective split off the forces
    c = next((c for c in ctx.cands if c.last == end), None)
    if c is None and end > 0 and toks[end].core.startswith("ال") and not clitics(toks[end]) and ctx.at(end) is None:
        c = next((c for c in ctx.cands if c.last == end - 1), None)  # «التحالف الدولي»: its adjective untagged
    if c is not None:
        return c
    for first in (end - 1, end):
        if first < 0 or any(ctx.at(k) is not None for k in range(first, i)):
            continue
        head = toks[first]
        if not head.core.startswith("ال") or clitics(head) not in ("", "و"):
            continue
        if strip_article(ctx.keys[first]) in actor_nouns or strip_article(head.core) in actor_nouns:
            start, end_char = head.core_start, toks[i - 1].end
            return Candidate(first, i - 1, start, end_char, ctx.doc.text[start:end_char], None, None, False)
    return None
