"""Support expressed by a verbal noun with its giver in the genitive and its recipient after ل:
«دعم روسيا للأسد», «الدعم التركي للسراج», «لدعم الجيش اليمني», «الدعم الذي تقدمه X لـ Y»; two nouns of support
joined by و are one cue («الدعم والمساندة لـ»)."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.ends import lam_slot
from marsad.relations.hosted import met_after
from marsad.relations.slots import PREPOSITIONS, RELATIVES, Hit, SentenceSlots, clitics, has_lam, norm_words
from marsad.relations.words import DEMONSTRATIVES, PROVIDES

JOINED_MASDARS = norm_words("المساندة مساندة المساعدة مساعدة التأييد تأييد التمويل تمويل التسليح تسليح التدريب تدريب")
"""A second noun of support joined to the cue by و: «الدعم والمساندة لـ», «دعم وتسليح الميليشيات»."""
NEEDED = norm_words("اللازم اللازمة اللازمين الضروري الضرورية الضروريين")
"""Adjectives of the support itself, after the cue: never its giver («الدعم والمساندة اللازمين لـ»)."""


def genitive_ends(
    ctx: SentenceSlots,
    h: Hit,
    before: list[Candidate],
    after: list[Candidate],
    subject: Candidate | None,
    nisba: dict[str, str],
) -> list[tuple[Candidate, Candidate]]:
    """«دعم روسيا للأسد», «الدعم التركي للسراج», «دعمه لحكومة الفخفاخ»: the target carries ل."""
    toks, keys, last = ctx.sent.tokens, ctx.keys, h.last
    src: Candidate | None = None
    nxt = last + 1
    if nxt + 1 < len(toks) and clitics(toks[nxt]) == "و" and keys[nxt] in JOINED_MASDARS:
        last, nxt = nxt, nxt + 1  # «لتقديم الدعم والمساندة اللازمين للخرطوم»: two nouns of one support
    while nxt + 1 < len(toks) and keys[nxt] in NEEDED:
        last, nxt = nxt, nxt + 1  # «الدعم اللازم للحكومة»: an adjective of the support, no giver
    definite = toks[h.first].core.startswith("ال")  # «أشاد بالدعم الذي تقدمه …»: a noun after ب, no masdar of means
    if clitics(toks[h.first]) in ("ل", "ب", "ول", "وب") and not h.pronoun and not definite:
        # «لدعم الجيش اليمني والمقاومة», «بدعم الحكومة»: a masdar of purpose or means; what follows is
        # its object, the source is the subject before (or the actor right before: «من دول التحالف لدعم»)
        src = subject or (before[-1] if before and h.first - before[-1].last <= 2 else None)
        if nxt + 1 < len(toks) and keys[nxt] in DEMONSTRATIVES:
            nxt += 1  # «لمساندة تلك القوات»
        obj = ctx.slot(nxt)
        if src is None or obj is None:
            return []
        k = obj.last + 1
        beneficiary = ctx.slot(k, lam=True) if k < len(toks) and obj.entity is None else None
        if beneficiary is not None:  # «لدعم الشرعية للحكومة»
            return [(src, beneficiary)]
        return [(src, t) for t in ctx.members(obj)]
    if nxt + 2 < len(toks) and keys[nxt] in RELATIVES and keys[nxt + 1] in PROVIDES:
        # «الدعم العسكري الذي تقدمه الولايات المتحدة لقوات التحالف»: the giver is the subject of the
        # relative clause, the recipient carries ل
        giver = ctx.slot(nxt + 2)
        if giver is None or has_lam(toks[nxt + 2]):
            return []
        j = giver.last + 1
        tgt = lam_slot(ctx, j) if j < len(toks) else None
        return [(s, tgt) for s in ctx.members(giver)] if tgt is not None else []
    if nxt < len(toks) and toks[nxt].core in nisba:
        tok = toks[nxt]
        src = Candidate(nxt, nxt, tok.core_start, tok.end, tok.text, None, None, False)
    elif h.pronoun:
        src = subject
        nxt = last
    elif after and after[0].first - last <= 2 and not has_lam(toks[after[0].first]):
        src = after[0]
    elif nxt < len(toks) and not has_lam(toks[nxt]) and ctx.slot(nxt) is not None:
        src = ctx.slot(nxt)  # «دعم الخرطوم لقوات حفتر»: a name the recogniser missed, before the ل
        if src is not None and (src.last + 1 >= len(toks) or not has_lam(toks[src.last + 1])):
            src = None
    elif nxt < len(toks) and has_lam(toks[nxt]):
        src, nxt = subject, last  # «قدمت تركيا دعما عسكريا لحكومة الوفاق»
    if src is None:
        return []
    # «دعم إيران وحزب الله لأطراف جنوبية»: every giver of a list after the cue
    givers = ctx.members(src) if src.first > last else [src]
    end = max(nxt, givers[-1].last)
    j = end + 1
    while j < len(toks) and j <= end + 2 and not has_lam(toks[j]) and keys[j] not in PREPOSITIONS:
        j += 1  # «الدعم الروسي العسكري للنظام»
    tgt = lam_slot(ctx, j) if j < len(toks) else None
    if tgt is None and h.pronoun and h.cue.type == "negotiates_with":
        tgt = met_after(ctx, h.last)  # «لدى استقباله وزير الخارجية السعودي عادل الجبير»: met with no ل
        if tgt is src:
            tgt = None
    return [(s, tgt) for s in givers] if tgt is not None else []


__all__ = ["genitive_ends"]
