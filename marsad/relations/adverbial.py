"""Backing named by a nationality adverb after the participle: «ميليشيا الحوثي المدعومة إيرانيا», «قوات سوريا
الديمقراطية المدعومة أمريكيا», «الفصائل المدعومين تركيا».

The participle «المدعوم(ة)» with «من» is a cue of the table («المدعومة من الإمارات»); news also writes the backer
as an indefinite accusative nationality adjective, the adverb «إيرانيا» («Iranian-backed»). The adjective stands for
its country (the conventions' nisba rule, as «بدعم روسي» in :mod:`marsad.relations.adjectival`): it supports the
actor right before the participle. Only adjectives of ``marsad/actors/data/nationalities.tsv`` count («دوليا»,
«حكوميا», «نسبيا» do not). Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping

from marsad.events.coder import Candidate
from marsad.relations.adjectival import agent_and_actor
from marsad.relations.fighters import support_subtype
from marsad.relations.slots import SentenceSlots, clitics, norm_words

BACKED = norm_words("المدعوم المدعومة المدعومين المدعومون")
"""The participle «backed», with or without the article, in every gender and number."""
ADVERB_END = "يا"
"""The accusative indefinite nisba: «إيرانيا» is «إيراني» + ا."""


def has_backed(cores: Iterable[str]) -> bool:
    """A cheap test before the sentence's candidates are built: the tokens' cores (already normalised)."""
    return not BACKED.isdisjoint(cores)


def adverbial_backers(
    ctx: SentenceSlots, nationalities: Mapping[str, str], actor_nouns: Container[str]
) -> list[tuple[int, str, Candidate, Candidate]]:
    """``(participle token, subtype, the adverb's country, the actor backed)`` for each «المدعومة إيرانيا»."""
    toks = ctx.sent.tokens
    out: list[tuple[int, str, Candidate, Candidate]] = []
    for i, tok in enumerate(toks[:-1]):
        if i == 0 or clitics(tok) or tok.core not in BACKED:
            continue
        adv = toks[i + 1]
        if clitics(adv) or not adv.core.endswith(ADVERB_END) or adv.core[:-1] not in nationalities:
            continue
        pair = agent_and_actor(ctx, i, i + 1, nationalities, actor_nouns)  # «تركيا» may be tagged as the country
        if pair is not None:
            country, backed = pair
            out.append((i, support_subtype(backed), country, backed))
    return out
