"""The agent of a purpose after a relative clause: in «التحالف الذي تقوده السعودية لدعم الشرعية» the coalition,
not the state that leads it, acts «لدعم» (the relative clause describes the antecedent; the purpose continues the
main noun phrase). Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.relations.slots import RELATIVES, Ends, Hit, SentenceSlots, has_lam


def purpose_agent(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` with the antecedent as source when the cue is a purpose «لـ» right after «X الذي VERB Y»."""
    if not ends or not has_lam(ctx.sent.tokens[h.first]):
        return ends
    out = []
    for src, tgt, sub in ends:
        v = src.first - 1
        if src.last + 1 == h.first and v >= 1 and ctx.keys[v - 1] in RELATIVES and ctx.at(v) is None:
            antecedent = next((c for c in ctx.cands if c.last == v - 2), None)
            if antecedent is not None and antecedent is not tgt and antecedent.place is None:
                src = antecedent
        out.append((src, tgt, sub))
    return out
