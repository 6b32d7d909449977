"""An indefinite group with its own describing participle is an item of its own: «بين العبادي وأحزاب متحالفة مع
الصدر» — «متحالفة» (feminine singular, agreeing with the non-human plural «أحزاب») describes the parties alone, not
al-Abadi joined to them by و. Used by :meth:`marsad.relations.RelationStage.extract` on the ends of each cue."""

from __future__ import annotations

from marsad.relations.slots import GROUPS, Ends, Hit, SentenceSlots, clitics


def group_alone(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of a participle cue without the sources listed before the indefinite group right before it."""
    if h.cue.pattern != "modifier" or h.first == 0 or len(ends) < 2:
        return ends
    g = h.first - 1
    tok = ctx.sent.tokens[g]
    if ctx.keys[g] not in GROUPS or tok.core.startswith("ال") or tok.suffix or clitics(tok) not in ("", "و"):
        return ends
    if not any(src.first == g for src, _, _ in ends):
        return ends
    return [e for e in ends if e[0].first == g or e[0].first > h.last]
