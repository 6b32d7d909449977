"""A nationality adjective right before a cue is its agent: «القرار المغربي بقطع العلاقات مع إيران», «السلوك القطري
الساعي إلى دعم الميليشيات الحوثية», «الإعلان الأمريكي عن دعم …».

A definite noun of an act or a stance that is no actor itself («القرار», «السلوك», «الحملة») followed by a
country's adjective (past the noun's other adjectives: «الحملة العسكرية التركية العنيفة ضد») names what that
country does; the verbal noun of the cue after it (glued ب or after «الساعي
إلى») is the country's deed. The adjective stands for its country (the conventions' nisba rule, «الدعم التركي» →
«التركي») and replaces whatever subject the clause would give further back («جاء ذلك في بيان … نشرته وكالة
الأنباء …: "تعليقا على القرار المغربي بقطع العلاقات مع إيران"»: Morocco cuts the ties, not the news agency). Only for
cues read as a clause or a genitive (``before_after``, ``genitive``); the noun must not be a candidate (an actor
with its adjective, «الحكومة اليمنية», is the subject itself) and the adjective must be in
``marsad/actors/data/nationalities.tsv`` (read, not edited, here)."""

from __future__ import annotations

from collections.abc import Mapping

from marsad.relations.nisbas import adjective_actor
from marsad.relations.slots import TO_WORDS, Ends, Hit, SentenceSlots, clitics, norm_words

PURPOSES = norm_words("الساعي الساعية الرامي الرامية الهادف الهادفة")
"""A participle of aiming between the adjective and the cue, with «إلى»: «السلوك القطري الساعي إلى دعم»."""
PEOPLE = norm_words("الشعب شعب الشارع المواطنين المواطنون الجمهور الرأي")
"""A people is no act: «انتفاضة الشعب العراقي ضد حكومته» sets no country against the government."""
PHRASE_WORDS = 4
"""At most this many words in the noun phrase before the cue: the noun and its adjectives."""


def _plain(ctx: SentenceSlots, k: int, glued: bool) -> bool:
    """A definite word no candidate covers, with no clitic (``glued``: a conjunction or a preposition on it)."""
    tok = ctx.sent.tokens[k]
    return tok.core.startswith("ال") and ctx.at(k) is None and clitics(tok) in (("و", "ب", "ل") if glued else ("",))


def _gap_adjective(ctx: SentenceSlots, h: Hit, nationalities: Mapping[str, str]) -> int | None:
    """The token of a nationality adjective among the words a noun cue's gap holds when they are all the noun's
    definite adjectives («العقوبات الاقتصادية الأمريكية على»), or None."""
    if h.gap is None or h.cue.verb or h.gap[0] != h.first + 1 or not ctx.sent.tokens[h.first].core.startswith("ال"):
        return None
    words = range(*h.gap)
    toks = ctx.sent.tokens
    if any(clitics(toks[k]) or not toks[k].core.startswith("ال") for k in words):
        return None
    return next((k for k in words if toks[k].core in nationalities), None)


def adjective_agent(ctx: SentenceSlots, h: Hit, ends: Ends, nationalities: Mapping[str, str]) -> Ends:
    """``ends`` with the source replaced by the nationality adjective standing right before the cue (see the
    module's docstring); unchanged when there is none."""
    if h.cue.pattern not in ("before_after", "genitive") or (not ends and h.cue.pattern != "before_after"):
        return ends
    toks, keys = ctx.sent.tokens, ctx.keys
    inner = _gap_adjective(ctx, h, nationalities)
    if inner is not None:
        # «العقوبات الأمريكية على بلاده»: the cue noun's own adjective, in the gap before its preposition
        agent = adjective_actor(ctx, inner)
        obj = ctx.slot(h.last + 1)
        kept = [(agent, tgt, subtype) for _, tgt, subtype in ends if tgt.first > h.last]
        return kept or ([(agent, obj, h.cue.subtype)] if obj is not None and h.cue.type != "support" else ends)
    j = h.first - 1
    if j >= 1 and keys[j] in TO_WORDS and keys[j - 1] in PURPOSES:
        j -= 2  # «السلوك القطري الساعي إلى دعم»
    # the noun phrase right before the cue: «القرار المغربي», «الحملة العسكرية التركية العنيفة»
    first = j
    while first >= 0 and j - first < PHRASE_WORDS and _plain(ctx, first, glued=False):
        first -= 1
    if first >= 0 and first < j and _plain(ctx, first, glued=True):
        first -= 1  # the phrase's noun may carry a conjunction or a preposition («بالقرار المغربي»)
    first += 1
    adjs = [k for k in range(first + 1, j + 1) if toks[k].core in nationalities]
    if not adjs or keys[first] in PEOPLE:
        return ends
    agent = adjective_actor(ctx, adjs[0])
    if not ends:
        # «الحملة العسكرية التركية العنيفة ضد حزب العمال»: no subject was found; the object is the actor after the cue
        obj = ctx.slot(h.last + 1)
        if obj is None or h.cue.type == "support":
            return ends
        return [(agent, obj, h.cue.subtype)]
    return [(agent, tgt, subtype) for _, tgt, subtype in ends if tgt.first > h.last]
