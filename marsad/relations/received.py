"""Support stated from the receiving side: «وتتلقى الميليشيات المسلحة في مصراتة أسلحة وذخائر من تركيا»,
«اتهم الجيش قوات الدعم السريع بتلقي أسلحة من جهات خارجية», «يتلقى الحوثيون دعما عسكريا من إيران». The
cue is a verb or a verbal noun of receiving (pattern ``received`` in ``data/cues.tsv``); it is support only
when what is received is named right after it — weapons, money, training or «دعم/مساعدات» — and the giver
follows that noun after «من». The giver is the source, the receiver the target: the subject inside the
verb-first gap («تتلقى الميليشيات … أسلحة»), else the actor right before the cue (the verbal noun's
subject, or the accused of «اتهم X بتلقي»), else the subject of its clause. Used by
:class:`marsad.relations.patterns.EndFinder`."""

from __future__ import annotations

from collections.abc import Container

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import CLAUSE_WORDS, Ends, SentenceSlots, clitics, norm_words
from marsad.relations.words import FROM, WEAPONS

MONEY = norm_words("أموال أموالا تمويل تمويلا تمويلات")
"""Money received: financial support («تتلقى تمويلا من قطر»)."""
TRAINING = norm_words("تدريب تدريبا تدريبات")
"""Training received from a side: military support («تلقوا تدريبات من الحرس الثوري»)."""
AID = norm_words("دعم دعما مساعدات مساعدة إمدادات شحنات") | MONEY | TRAINING
"""What is received that makes the giver a supporter (with :data:`WEAPONS`); not «تعليمات», «اتصالا»,
«دعوة» (orders, a call, an invitation: other relations or none)."""

UNNAMED_GIVERS = norm_words("جهات دول أطراف")
"""Unnamed givers («من جهات خارجية», «من دول إقليمية»): a side, unlike «من خلال», «من جانبها»."""


def _aid(key: str) -> str | None:
    """The kind of help a word names: military, financial, None (bare aid), or «» when it is no help."""
    for form in (key, key[1:] if key[:1] in "وب" else key):
        bare = strip_article(form)
        if bare in WEAPONS or bare in TRAINING:
            return "military"
        if bare in MONEY:
            return "financial"
        if bare in AID:
            return None
    return ""


def received_ends(
    ctx: SentenceSlots, first: int, last: int, subject: Candidate | None, military: Container[str]
) -> Ends:
    """``(giver, receiver, subtype)`` for the receiving cue at tokens ``first`` … ``last``; ``military`` are the
    words that make help military («دعما عسكريا»)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    n = len(keys)
    # what is received: within five words after the cue (the verb-first subject may stand between)
    noun = next((j for j in range(last + 1, min(last + 7, n)) if _aid(keys[j]) != ""), None)
    if noun is None or any(toks[j].text in ".؟!:" or keys[j] in CLAUSE_WORDS for j in range(last + 1, noun)):
        return []
    subtype = _aid(keys[noun])
    # «أسلحة وذخائر من», «دعما عسكريا ولوجستيا من»: other kinds and adjectives before «من»
    k = noun + 1
    while k < n and k - noun <= 3 and keys[k] != FROM and toks[k].text not in ".؟!:،," and ctx.at(k) is None:
        subtype = subtype or (_aid(keys[k]) or None) or ("military" if keys[k] in military else None)
        k += 1
    if k >= n - 1 or keys[k] != FROM:
        return []
    giver = ctx.slot(k + 1)
    if giver is None and k + 1 < n and keys[k + 1] in UNNAMED_GIVERS and not clitics(toks[k + 1]):
        # «بتلقي أسلحة من جهات خارجية»: an unnamed side and the adjective that qualifies it
        end = k + 2 if k + 2 < n and toks[k + 2].text.endswith(("ية", "ة")) and not clitics(toks[k + 2]) else k + 1
        start = toks[k + 1].start
        giver = Candidate(k + 1, end, start, toks[end].end, ctx.doc.text[start : toks[end].end], None, None, False)
    if giver is None:
        return []
    receiver = next(
        (c for c in ctx.cands if last < c.first and c.last < noun and not c.after_prep and c.first not in ctx.obliques),
        None,
    )
    if receiver is None and noun > last + 1:
        receiver = ctx.unnamed_at(last + 1) or (ctx.unnamed_at(last + 1, last + 2) if last + 2 < noun else None)
    if receiver is None and noun == last + 1:
        # the verbal noun's subject or the accused right before it («اتهم الجيش قوات الدعم السريع بقيادة … بتلقي»)
        receiver = next(
            (
                c
                for c in reversed(ctx.cands)
                if c.last < first
                and first - c.last <= 8
                and not c.after_prep
                and c.first not in ctx.obliques
                and not any(toks[j].text in ".؟!:" or keys[j] in CLAUSE_WORDS for j in range(c.last + 1, first))
            ),
            None,
        )
        if receiver is not None and "ب" not in clitics(toks[first]) and first - receiver.last > 2:
            receiver = None  # only the accused of «بتلقي» stands further back, past his leader's name
    receiver = receiver or subject
    if receiver is None or receiver.first == giver.first:
        return []
    return [(giver, receiver, subtype)]
