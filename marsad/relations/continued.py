"""Continued support: «وقال قاسمي إن إيران "ستواصل دعم الحكومة السورية"», «وتواصل روسيا دعم النظام السوري». After
a verb of continuing, the masdar «دعم» (or «مساندة», «تسليح», «تمويل») governs the one supported in construct and
its agent is the verb's subject — not the actor after the masdar, as the genitive cue «دعم X لـ Y» reads it. The
subject is an actor between the verb and the masdar (verb-subject-object), or else the actor right before the verb
(past a quote or «إن/أن»). Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.fighters import support_subtype
from marsad.relations.slots import SentenceSlots, clitics, is_town, norm_words

CONTINUE = norm_words("واصل واصلت واصلا واصلوا يواصل تواصل نواصل يواصلون تواصلان يواصلان")
"""Verbs of continuing (the future «ست/سي» and a glued و/ف are split off by the tokenizer)."""
MASDARS = {
    w: s for ws, s in (("دعم مساندة", None), ("تسليح", "military"), ("تمويل", "financial")) for w in norm_words(ws)
}
"""The masdar after the verb, and its subtype (None: military for an armed force, else political)."""
BEFORE = norm_words("إن أن")
"""Words allowed between the subject and the verb («إيران ستواصل», «إن إيران "ستواصل»)."""
SUBJECT_GAP = 3
"""At most this many tokens between the subject and the verb."""


def has_continuing(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built."""
    return not CONTINUE.isdisjoint(keys)


def continued_support(ctx: SentenceSlots) -> list[tuple[int, str, Candidate, Candidate]]:
    """``(masdar token, subtype, the supporter, the supported)`` for each verb of continuing and masdar."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, str, Candidate, Candidate]] = []
    for k, key in enumerate(keys):
        if key not in CONTINUE:
            continue
        inner = next((c for c in ctx.cands if c.first == k + 1 and not c.after_prep), None)
        m = inner.last + 1 if inner is not None else k + 1
        if m + 1 >= len(toks) or keys[m] not in MASDARS or clitics(toks[m]) or toks[m].suffix:
            continue
        supported = ctx.slot(m + 1)
        if supported is None or supported.after_prep or is_town(supported):
            continue
        subject = inner if inner is not None else _subject_before(ctx, k)
        if subject is None or subject is supported:
            continue
        subtype = MASDARS[keys[m]] or support_subtype(supported)
        out.append((m, subtype, subject, supported))
    return out


def _subject_before(ctx: SentenceSlots, k: int) -> Candidate | None:
    """The actor right before the verb at token ``k``, past quotes and «إن/أن»."""
    toks, keys = ctx.sent.tokens, ctx.keys
    c = next((c for c in reversed(ctx.cands) if c.last < k), None)
    if c is None or c.after_prep or is_town(c) or k - c.last > SUBJECT_GAP:
        return None
    if any(toks[j].text.isalpha() and keys[j] not in BEFORE for j in range(c.last + 1, k)):
        return None
    return c
